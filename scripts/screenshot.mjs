// Screenshots of a page at several widths in headless Chromium, for looking at what a patient sees.
// Usage: node scripts/screenshot.mjs <url> <out-prefix> [widths=360,1280] [--full] [--media=print] [--scheme=dark]
//        [--element=css-selector]  (screenshot just that element)
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from './chromium.mjs';

const [url, prefix = 'screenshots/page', widthList = '360,1280'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const full = process.argv.includes('--full');
const media = process.argv.find((a) => a.startsWith('--media='))?.slice(8);
const selector = process.argv.find((a) => a.startsWith('--element='))?.slice(10);
const scheme = process.argv.find((a) => a.startsWith('--scheme='))?.slice(9);
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
try {
  for (const width of widthList.split(',').map(Number)) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
    page.on('console', (message) => console.log(`[${width}px console.${message.type()}] ${message.text()}`));
    page.on('pageerror', (error) => console.log(`[${width}px pageerror] ${error.message}`));
    if (media || scheme) await page.emulateMedia({ media: media ?? null, colorScheme: scheme ?? null });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.evaluate(() => Promise.all([...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('prp-')).map((el) => el.updateComplete)));
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const file = `${prefix}-${width}.png`;
    if (selector) await page.locator(selector).first().screenshot({ path: file });
    else await page.screenshot({ path: file, fullPage: full });
    console.log(`${file}${scroll > 0 ? ` (horizontal overflow ${scroll}px)` : ''}`);
    await page.close();
  }
} finally {
  await browser.close();
}
