/**
 * Vitest projects: `unit` (Node: logic, parsing, content integrity, readability, size budget), `embed`
 * (the built files on hostile clinic pages, in the engine PRP_ENGINE names: Chromium, Firefox ESR or WebKitGTK;
 * tests/embed) and `storybook` (every story rendered in Debian's Chromium as a test, accessibility violations failing it).
 * Browser tests of the elements themselves run in @web/test-runner (web-test-runner.config.mjs).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const dirname = path.dirname(fileURLToPath(import.meta.url));

// A factory, not a shared object: Vitest mutates `instances`, so projects cannot share one.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS } }),
  instances: [{ browser: 'chromium' as const }],
});

export default defineConfig({
  define: { __PRP_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        // Embedding scenarios: the built dist/cdn files on real pages in one engine (PRP_ENGINE), driven from Node.
        extends: true,
        // One process, files in turn, modules shared: every file uses the one browser the harness starts.
        test: {
          name: 'embed',
          environment: 'node',
          include: ['tests/embed/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          isolate: false,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
        test: { name: 'storybook', browser: browser() },
      },
    ],
  },
});
