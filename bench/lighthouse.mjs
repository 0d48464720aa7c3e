// Lighthouse (the npm package, mobile preset, performance only) on three versions of the demo clinic page,
// side by side in one run, alternating, median of 5 each:
//   demo         demo/index.html as `npm start` serves it: the widgets render in the reader's browser
//   prerendered  the same page written by prp-widgets/ssr `prerender()` (declarative shadow DOM), script kept
//   static twin  the rendered widgets written out as declarative shadow DOM, with no script at all: the
//                fastest this content can be
//
//   node bench/lighthouse.mjs [--dist dist] [--runs 5] [--json]
//
// Debian's Chromium (scripts/chromium.mjs), never a downloaded one. The twin is made by loading the demo page
// in Playwright and writing each widget's shadow root (its nodes and the CSS of its adopted style sheets)
// into a <template shadowrootmode="open">; its visible text is checked against the demo's.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS, requireChromium } from '../scripts/chromium.mjs';
import {
  cliDist,
  isMain,
  median,
  parseArgs,
  printTable,
  resolveDist,
  ROOT,
  round,
  safeJoin,
  startServer,
} from './common.mjs';

export const PAGES = ['demo', 'prerendered', 'static twin'];

/** The demo's injection date, as demo/demo.js sets it (nine days ago), written into the HTML for the server. */
function withProcedureDate(html) {
  const date = new Date();
  date.setDate(date.getDate() - 9);
  const iso = date.toLocaleDateString('en-CA');
  return html.replace('<prp-recovery-timeline\n', `<prp-recovery-timeline\n          procedure-date="${iso}"\n`);
}

/** In the page: every prp element's shadow root as declarative shadow DOM, and the page with markers in their place. */
function twinOfPage() {
  const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('prp-'));
  const templates = widgets.map((element) => {
    const root = element.shadowRoot;
    const css = root.adoptedStyleSheets
      .map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join(''))
      .join('\n');
    return `<template shadowrootmode="open"><style>${css}</style>${root.innerHTML}</template>`;
  });
  const clone = document.documentElement.cloneNode(true);
  const cloned = [...clone.querySelectorAll('*')].filter((el) => el.localName.startsWith('prp-'));
  cloned.forEach((element, index) => (element.innerHTML = `@@twin-${index}@@`));
  for (const node of clone.querySelectorAll('script, link[href$="prp-widgets.css"]')) node.remove();
  let html = `<!doctype html>\n${clone.outerHTML}`;
  templates.forEach((template, index) => (html = html.replace(`@@twin-${index}@@`, () => template)));
  return html;
}

/** In the page: each widget's visible text. */
function visibleTexts() {
  return [...document.querySelectorAll('*')]
    .filter((el) => el.localName.startsWith('prp-'))
    .map((el) => (el.shadowRoot?.querySelector('[part="base"]')?.innerText ?? '').replace(/\s+/g, ' ').trim());
}

async function widgetsRendered(page) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('prp-'))
      .every((el) => customElements.get(el.localName) && el.shadowRoot?.querySelector('[part="base"]')),
  );
  await page.evaluate(async () => {
    for (let round = 0; round < 2; round++) {
      const all = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('prp-'));
      await Promise.all(all.map((el) => el.updateComplete));
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    }
  });
}

/** Makes the three pages and serves them, with demo/ and the build. */
async function servePages(distDir) {
  const dist = resolveDist(distDir);
  const demoHtml = await readFile(join(ROOT, 'demo/index.html'), 'utf8');
  const { prerender } = await import(pathToFileURL(join(dist, 'ssr/index.js')).href);
  const pages = new Map([
    ['/demo.html', demoHtml],
    ['/prerendered.html', await prerender(withProcedureDate(demoHtml))],
  ]);
  const server = await startServer(
    async (pathname) => {
      if (pages.has(pathname)) return { body: pages.get(pathname), type: 'text/html; charset=utf-8' };
      if (pathname.startsWith('/dist/')) return { file: safeJoin(resolve(dist, '..'), pathname) };
      return { file: safeJoin(join(ROOT, 'demo'), pathname) };
    },
    { gzip: true }, // as a clinic's web host and a CDN send HTML, scripts and styles
  );

  const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
    await page.goto(`${server.origin}/demo.html`);
    await widgetsRendered(page);
    const texts = await page.evaluate(visibleTexts);
    pages.set('/static-twin.html', await page.evaluate(twinOfPage));
    await page.goto(`${server.origin}/static-twin.html`);
    const twinTexts = await page.evaluate(visibleTexts);
    if (JSON.stringify(twinTexts) !== JSON.stringify(texts))
      throw new Error('the static twin shows other text than the demo');
    if (/<script\b/i.test(pages.get('/static-twin.html'))) throw new Error('the static twin still has a script');
  } finally {
    await browser.close();
  }
  return { server, urls: { demo: '/demo.html', prerendered: '/prerendered.html', 'static twin': '/static-twin.html' } };
}

/** One Lighthouse run (mobile preset, simulated throttling, performance only) in a fresh Chromium. */
async function audit(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: requireChromium(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: ['performance'] });
    const value = (id) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
      tbt: value('total-blocking-time'),
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      cls: value('cumulative-layout-shift'),
      lighthouse: lhr.lighthouseVersion,
    };
  } finally {
    chrome.kill();
  }
}

/**
 * Lighthouse on the demo, its prerendered version and its static twin, `runs` times each, alternating.
 * @param {{ distDir?: string, runs?: number, log?: (message: string) => void }} [options]
 */
export async function lighthouseComparison({ distDir = 'dist', runs = 5, log = () => {} } = {}) {
  const { server, urls } = await servePages(distDir);
  const samples = Object.fromEntries(PAGES.map((name) => [name, []]));
  try {
    for (let run = 0; run < runs; run++)
      for (const name of PAGES) {
        const sample = await audit(`${server.origin}${urls[name]}`);
        samples[name].push(sample);
        log(`  run ${run + 1}/${runs}, ${name}: performance ${sample.performance}, TBT ${round(sample.tbt, 0)} ms`);
      }
  } finally {
    await server.close();
  }
  const pages = PAGES.map((name) => {
    const list = samples[name];
    const of = (key) => median(list.map((sample) => sample[key]));
    return { name, performance: of('performance'), tbt: of('tbt'), fcp: of('fcp'), lcp: of('lcp'), cls: of('cls') };
  });
  return { runs, lighthouse: samples.demo[0].lighthouse, pages };
}

if (isMain(import.meta.url)) {
  const args = parseArgs();
  const report = await lighthouseComparison({
    distDir: args.dist ? cliDist(args.dist) : undefined,
    runs: Number(args.runs ?? 5),
    log: args.json ? () => {} : console.log,
  });
  if (args.json) console.log(JSON.stringify(report, null, 2));
  else
    printTable(
      ['page', 'performance', 'TBT', 'FCP', 'LCP', 'CLS'],
      report.pages.map((p) => [
        p.name,
        p.performance,
        `${round(p.tbt, 0)} ms`,
        `${round(p.fcp / 1000, 2)} s`,
        `${round(p.lcp / 1000, 2)} s`,
        round(p.cls, 3),
      ]),
    );
}
