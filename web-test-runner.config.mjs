// @web/test-runner 0.20 on Node 20 with Debian's browsers (never a downloaded one), TypeScript via esbuild.
// One engine per run: PRP_ENGINE=chromium (default) | firefox | webkit; `npm test` runs all three.
// Besides the console, each run writes reports/elements-<engine>.json (scripts/web-test-runner-report.mjs).
import { fileURLToPath } from 'node:url';

import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

import { requireChromium } from './scripts/chromium.mjs';
import {
  chromiumLaunchOptions,
  currentEngine,
  firefoxLaunchOptions,
  missingFor,
  startWebKit,
} from './scripts/engines.mjs';
import { jsonReporter } from './scripts/web-test-runner-report.mjs';

const engine = currentEngine();
const missing = missingFor(engine);
if (missing) throw new Error(`Cannot test in ${engine}: install ${missing}.`);

/** WebKitGTK over WebDriver; its window gets the keyboard focus once the session has opened it. */
class WebKitLauncher extends WebdriverLauncher {
  constructor(webkit) {
    super(webkit.connection);
    this.webkit = webkit;
  }
  async createDriverManager() {
    const manager = await super.createDriverManager();
    await this.webkit.focus();
    return manager;
  }
  async stop() {
    await super.stop();
    this.webkit.stop();
  }
}

const browsers = {
  chromium: () => chromeLauncher({ launchOptions: { ...chromiumLaunchOptions(), executablePath: requireChromium() } }),
  firefox: () => puppeteerLauncher({ launchOptions: firefoxLaunchOptions() }),
  webkit: async () => new WebKitLauncher(await startWebKit()),
};

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
  browsers: [await browsers[engine]()],
  reporters: [
    defaultReporter(),
    jsonReporter({ file: fileURLToPath(new URL(`./reports/elements-${engine}.json`, import.meta.url)), engine }),
  ],
  // Lit's one-time dev-mode notice is not ours to test.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  concurrency: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  // A timeout catches a hang, not slowness (timing goals live in `npm run bench`). WebKitGTK under Xvfb on a
  // busy 2-core machine has taken 5 s for one rendering update (a ResizeObserver report), so a test that
  // resizes three times outlived 10 s now and then.
  testFramework: { config: { timeout: engine === 'webkit' ? 30000 : 10000 } },
};
