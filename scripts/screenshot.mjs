// Screenshots of a page at several widths, for looking at what a patient sees, in any of the three engines.
// Usage: node scripts/screenshot.mjs <url> <out-prefix> [widths=360,1280] [--engine=chromium|firefox|webkit]
//        [--full] [--media=print] [--scheme=dark] [--element=css-selector]  (media, scheme, element: Chromium only)
// WebKit (WebDriver) screenshots only the window, and a full page over ~16,000 px comes out black, so --full
// there writes the page as numbered tiles of 2,000 px: <prefix>-<width>-1.png, -2.png…
import { writeFileSync } from 'node:fs';

import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';

import { CHROMIUM_ARGS, requireChromium } from './chromium.mjs';
import {
  firefoxLaunchOptions,
  MINIBROWSER_MIN_WIDTH,
  missingFor,
  setWebKitViewport,
  startWebKit,
  webkitClient,
} from './engines.mjs';

const [url, prefix = 'screenshots/page', widthList = '360,1280'] = process.argv
  .slice(2)
  .filter((a) => !a.startsWith('--'));
const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const full = process.argv.includes('--full');
const media = option('media');
const selector = option('element');
const scheme = option('scheme');
const engine = option('engine') ?? 'chromium';
const widths = widthList.split(',').map(Number);
const missing = missingFor(engine);
if (missing) throw new Error(`Cannot take pictures in ${engine}: install ${missing}.`);

/** In-page: waits for every prp-* element to finish rendering; returns the horizontal overflow in px. */
const READY = `Promise.all([...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('prp-')).map((el) => el.updateComplete))
  .then(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
  .then(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)`;

const report = (file, scroll) => console.log(`${file}${scroll > 0 ? ` (horizontal overflow ${scroll}px)` : ''}`);

async function inChromium() {
  const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
  try {
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
      page.on('console', (message) => console.log(`[${width}px console.${message.type()}] ${message.text()}`));
      page.on('pageerror', (error) => console.log(`[${width}px pageerror] ${error.message}`));
      if (media || scheme) await page.emulateMedia({ media: media ?? null, colorScheme: scheme ?? null });
      await page.goto(url, { waitUntil: 'networkidle' });
      const scroll = await page.evaluate(READY);
      const file = `${prefix}-${width}.png`;
      if (selector) await page.locator(selector).first().screenshot({ path: file });
      else await page.screenshot({ path: file, fullPage: full });
      report(file, scroll);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

async function inFirefox() {
  const browser = await puppeteer.launch(firefoxLaunchOptions());
  try {
    for (const width of widths) {
      const page = await browser.newPage();
      page.on('console', (message) => console.log(`[${width}px console.${message.type()}] ${message.text()}`));
      page.on('pageerror', (error) => console.log(`[${width}px pageerror] ${error.message}`));
      await page.setViewport({ width, height: 900 });
      await page.goto(url, { waitUntil: 'load' });
      const scroll = await page.evaluate(READY);
      const file = `${prefix}-${width}.png`;
      await page.screenshot({ path: file, fullPage: full });
      report(file, scroll);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

async function inWebKit() {
  const webkit = await startWebKit();
  const session = await webkitClient(webkit).newSession();
  const run = (script) =>
    session('POST', '/execute/async', {
      script: `const done = arguments[0]; Promise.resolve(${script}).then(done, (e) => done(String(e)));`,
      args: [],
    });
  try {
    for (const width of widths) {
      const tile = full ? 2000 : 900;
      await setWebKitViewport(session, width, tile);
      await session('POST', '/url', { url });
      const scroll = await run(READY);
      const actual = await run('innerWidth');
      if (actual !== width)
        console.log(`WebKit's window is at least ${MINIBROWSER_MIN_WIDTH} px wide: ${width} px shows as ${actual} px`);
      const height = full ? await run('document.documentElement.scrollHeight') : tile;
      for (let top = 0, n = 1; top < height; top += tile, n++) {
        await run(
          `new Promise((done) => { scrollTo(0, ${top}); requestAnimationFrame(() => requestAnimationFrame(done)); })`,
        );
        const file = full ? `${prefix}-${width}-${n}.png` : `${prefix}-${width}.png`;
        writeFileSync(file, Buffer.from(await session('GET', '/screenshot'), 'base64'));
        report(file, scroll);
      }
    }
  } finally {
    await session('DELETE', '').catch(() => undefined);
    webkit.stop();
  }
}

await { chromium: inChromium, firefox: inFirefox, webkit: inWebKit }[engine]();
