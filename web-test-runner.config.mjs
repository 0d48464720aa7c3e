// @web/test-runner 0.20 on Node 20 with Debian's Chromium (never a downloaded browser), TypeScript via esbuild.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, requireChromium } from './scripts/chromium.mjs';

export default {
  files: 'tests/browser/**/*.test.ts',
  nodeResolve: true,
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'auto',
      // the same decorator settings as the build (legacy decorators, no define semantics)
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath: requireChromium(), headless: true, args: CHROMIUM_ARGS } })],
  // Lit's one-time dev-mode notice is not ours to test.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  concurrency: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
};
