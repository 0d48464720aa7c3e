// Visual regression for every story of the static Storybook, as designers get it: each story at 360 and
// 1280 px in Debian's Chromium, compared pixel for pixel (pixelmatch) with the baselines in
// tests/screens/baselines/. Deterministic: the fonts Debian's fonts-dejavu-core and fonts-liberation
// install (named, not left to the system), reduced motion and `--prp-motion-duration: 0s`, no caret, the
// stories' fixed `today`. A failing comparison writes the actual and the diff image to
// tests/screens/output/ and names the story. The counts and the failures also go to reports/screens.json
// (what scripts/test.mjs reads).
//
//   node scripts/screens.mjs            compare (part of npm test); builds storybook-static first
//   node scripts/screens.mjs --update   rewrite the baselines (npm run test:screens:update): only after
//                                       looking at every picture it changes
//   --no-build                          use the storybook-static already built
//   --only=<text>                       only stories whose id contains <text>
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve } from 'node:path';

import pixelmatch from 'pixelmatch';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import UPNG from 'upng-js';

import { CHROMIUM_ARGS, requireChromium } from './chromium.mjs';

const WIDTHS = [360, 1280];
/**
 * Baselines are stored with a 256-colour palette (UPNG), a third of the size of full colour. The screenshot
 * is quantised the same way before it is compared, so an unchanged story matches exactly.
 */
const COLOURS = 128;
/** Pictures stop at this height: the top of a tall story (title, cards, the first rows) shows what changed. */
const MAX_HEIGHT = 2000;
const ROOT = resolve(import.meta.dirname, '..');
const STATIC = join(ROOT, 'storybook-static');
const BASELINES = join(ROOT, 'tests/screens/baselines');
const OUTPUT = join(ROOT, 'tests/screens/output');
const REPORT = join(ROOT, 'reports/screens.json');
const args = process.argv.slice(2);
const update = args.includes('--update');
const only = args.find((a) => a.startsWith('--only='))?.slice(7);

/** Fonts by name (Debian: fonts-dejavu-core, fonts-liberation), so no system default decides the look. */
const FONTS = `
  html, body { font-family: 'DejaVu Sans', sans-serif !important; }
  :root { --prp-font-family: 'DejaVu Sans', sans-serif; --prp-motion-duration: 0s; caret-color: transparent; }
  *, *::before, *::after { caret-color: transparent !important; }
`;

if (!args.includes('--no-build')) {
  const built = spawnSync('npm', ['run', 'build-storybook'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
  const file = join(STATIC, path.endsWith('/') ? `${path}index.html` : path);
  if (!file.startsWith(STATIC) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404);
    response.end();
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(readFileSync(join(STATIC, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter(
  (entry) => entry.type === 'story' && (!only || entry.id.includes(only)),
);

/** Before any page script: note when Storybook reports the story (and its play function) done. */
const WATCH_STORY = () => {
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      const done = (status) => () => (window.__storyDone = status);
      value.on('storyRendered', done('rendered'));
      value.on('storyErrored', done('errored'));
      value.on('storyThrewException', done('errored'));
      value.on('playFunctionThrewException', done('errored'));
    },
  });
};

mkdirSync(BASELINES, { recursive: true });
rmSync(OUTPUT, { recursive: true, force: true });
rmSync(REPORT, { force: true });
const browser = await chromium.launch({
  executablePath: requireChromium(),
  args: [...CHROMIUM_ARGS, '--font-render-hinting=none', '--disable-lcd-text'],
});
let passed = 0;
const failures = [];
const started = Date.now();
try {
  // One page a width, side by side: a machine with two cores takes both at once.
  await Promise.all(WIDTHS.map((width) => screenshotAll(width)));
} finally {
  await browser.close();
  server.close();
}

async function screenshotAll(width) {
  const context = await browser.newContext({
    viewport: { width, height: 400 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    colorScheme: 'light',
  });
  await context.addInitScript(WATCH_STORY);
  const page = await context.newPage();
  let loaded = false;
  for (const story of stories) {
    const name = `${story.id}-${width}`;
    try {
      // PRP_SCREENS_RELOAD=1 loads each story afresh, to rule out anything the story before left behind.
      if (!loaded || process.env.PRP_SCREENS_RELOAD) {
        await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story&globals=motion:reduced`);
        loaded = true;
      } else {
        // The next story in the same preview, as Storybook's own sidebar switches stories: no reload of
        // Storybook and the library for each one.
        await page.evaluate((storyId) => {
          window.__storyDone = undefined;
          window.scrollTo(0, 0);
          window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' });
        }, story.id);
      }
      await page.waitForFunction(() => window.__storyDone, null, { timeout: 20_000 });
      await page.addStyleTag({ content: FONTS });
      await page.evaluate(async () => {
        await document.fonts.ready;
        const all = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('prp-'));
        await Promise.all(all.map((el) => el.updateComplete));
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      });
      // In page coordinates: a story may have scrolled (a deep link, a focused answer).
      const box = await page.evaluate(() => {
        const root = document.querySelector('#storybook-root');
        const rect = root.getBoundingClientRect();
        // A story in a fixed-width wrapper wider than the viewport is shown whole, not cut at the edge.
        return {
          x: rect.x + scrollX,
          y: rect.y + scrollY,
          width: Math.max(rect.width, root.scrollWidth),
          height: rect.height,
        };
      });
      const clip = { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, MAX_HEIGHT) };
      const shot = PNG.sync.read(
        await page.screenshot({ clip, fullPage: true, animations: 'disabled', caret: 'hide' }),
      );
      const encoded = Buffer.from(UPNG.encode([toArrayBuffer(shot.data)], shot.width, shot.height, COLOURS));
      const actual = decode(encoded);
      const file = join(BASELINES, `${name}.png`);
      if (update) {
        writeFileSync(file, encoded);
        passed += 1;
        continue;
      }
      if (!existsSync(file))
        throw new Error('no baseline (run npm run test:screens:update after looking at the story)');
      const expected = decode(readFileSync(file));
      if (expected.width !== actual.width || expected.height !== actual.height) {
        writeOutput(name, actual);
        throw new Error(`size ${actual.width}×${actual.height}, baseline ${expected.width}×${expected.height}`);
      }
      const diff = new PNG({ width: actual.width, height: actual.height });
      const changed = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, {
        threshold: 0.1,
      });
      if (changed > 0) {
        writeOutput(name, actual, diff);
        throw new Error(`${changed} pixels differ`);
      }
      passed += 1;
    } catch (error) {
      failures.push(
        `${story.title} › ${story.name} at ${width} px (${name}): ${String(error.message ?? error).split('\n')[0]}`,
      );
    }
  }
  await context.close();
}

function toArrayBuffer(buffer) {
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.length);
}

/** A PNG file as { width, height, data } with RGBA bytes. */
function decode(file) {
  const image = UPNG.decode(toArrayBuffer(file));
  return { width: image.width, height: image.height, data: Buffer.from(UPNG.toRGBA8(image)[0]) };
}

function writeOutput(name, actual, diff) {
  mkdirSync(OUTPUT, { recursive: true });
  const png = new PNG({ width: actual.width, height: actual.height });
  actual.data.copy(png.data);
  writeFileSync(join(OUTPUT, `${name}-actual.png`), PNG.sync.write(png));
  if (diff) writeFileSync(join(OUTPUT, `${name}-diff.png`), PNG.sync.write(diff));
}

const bytes = readdirSync(BASELINES).reduce((sum, file) => sum + statSync(join(BASELINES, file)).size, 0);
for (const failure of failures) console.log(`✗ ${failure}`);
if (failures.length) console.log(`Actual and diff images: ${OUTPUT}`);
console.log(
  `${stories.length} stories × ${WIDTHS.length} widths in ${((Date.now() - started) / 1000).toFixed(0)} s; baselines ${(bytes / 1024 / 1024).toFixed(1)} MB`,
);
console.log(`screens: ${passed} passed, ${failures.length} failed`);
mkdirSync(dirname(REPORT), { recursive: true });
const report = { runner: 'screens', engine: 'chromium', passed, failed: failures.length, skipped: 0, failures };
writeFileSync(REPORT, `${JSON.stringify(report, null, 2)}\n`);
process.exit(failures.length ? 1 : 0);
