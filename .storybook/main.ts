import { fileURLToPath } from 'node:url';

import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The IBM Equal Access check (.storybook/equal-access.ts, an `afterEach`). Storybook runs afterEach hooks
  // in reverse order of registration, so listing it first makes it run last: axe (addon-a11y) always runs
  // and reports as before, and Equal Access fails a story that axe passed.
  previewAnnotations: (entries: string[] = []) => [
    fileURLToPath(new URL('./equal-access.ts', import.meta.url)),
    ...entries,
  ],
  core: {
    disableTelemetry: true, // no network calls (also: STORYBOOK_DISABLE_TELEMETRY=1)
    disableWhatsNewNotifications: true,
  },
  viteFinal(config) {
    // Pre-bundle lit with every lit entry point the renderer, the elements and the stories import, so
    // `storybook dev` never loads a second copy of lit-html ("Multiple versions of Lit loaded").
    config.optimizeDeps ??= {};
    config.optimizeDeps.include = [
      ...(config.optimizeDeps.include ?? []),
      'lit',
      'lit/directive-helpers.js',
      'lit/decorators.js',
      'lit/static-html.js',
      'lit/directives/if-defined.js',
      'lit/directives/style-map.js', // used by the frame decorator in preview.ts
      // CommonJS; loaded by the story tests' Equal Access check (.storybook/equal-access.ts). Listed so Vite
      // converts it before the first test instead of discovering it mid-run and reloading the page.
      'accessibility-checker-engine/ace-node.js',
    ];
    // The elements report their version from this build-time constant (src/internal/define.ts).
    config.define = { ...config.define, __PRP_VERSION__: JSON.stringify('storybook') };
    return config;
  },
};

export default config;
