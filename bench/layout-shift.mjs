// Cumulative layout shift of the demo clinic page (demo/index.html: the documented snippet, with fallback
// content inside each element), with and without the optional reserve-space stylesheet prp-widgets.css.
//
//   node bench/layout-shift.mjs [--dist dist] [--runs 3] [--delay 600] [--demo demo] [--json]
//
// Served as scripts/serve-demo.mjs does (/dist/* from the build, everything else from demo/), except that
// /dist/cdn/prp-widgets.js is answered 600 ms late, so the page paints before the widgets are defined,
// as on a phone. "Without" is demo/index.html with the <link> to prp-widgets.css taken out.
// CLS = the sum of `layout-shift` entries without recent input (a PerformanceObserver, buffered, added
// before any page script), read 1.5 s after every widget has rendered.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

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

const TAGS = ['prp-recovery-timeline', 'prp-doctor-checklist', 'prp-process-diagram', 'prp-treatment-comparison'];
const STYLESHEET_LINK = /^[ \t]*<link rel="stylesheet" href="\/dist\/cdn\/prp-widgets\.css" \/>[ \t]*\r?\n/m;
export const VIEWPORTS = [
  { width: 360, height: 800 },
  { width: 1280, height: 800 },
];
const SETTLE_MS = 1500;

/** Added to every page before its own scripts: collects layout shifts into window.__cls. */
function observeShifts() {
  const describe = (node) => {
    if (!node) return null;
    if (node.nodeType !== 1) return node.nodeName;
    let label = node.nodeName;
    if (node.id) label += `#${node.id}`;
    if (typeof node.className === 'string' && node.className.trim())
      label += `.${node.className.trim().split(/\s+/).join('.')}`;
    const root = node.getRootNode();
    if (root instanceof ShadowRoot)
      label = `${root.host.localName}${root.host.id ? `#${root.host.id}` : ''} >> ${label}`;
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    return text ? `${label} "${text.slice(0, 40)}${text.length > 40 ? '…' : ''}"` : label;
  };
  // Sources inside shadow roots come with node: null. As a hint, the (retargeted) element now at the
  // centre of the source's new rectangle: the shadow host, when the source is inside a widget.
  const at = (r) => {
    if (!r || !r.width || !r.height) return null;
    const element = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return element ? describe(element).replace(/ ".*$/, '') : null;
  };
  const rect = (r) =>
    r && { x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) };
  window.__cls = { value: 0, shifts: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__cls.value += entry.value;
      window.__cls.shifts.push({
        value: entry.value,
        startTime: Math.round(entry.startTime),
        sources: (entry.sources ?? []).map((source) => ({
          node: source.node?.nodeName ?? null,
          description: describe(source.node),
          elementAtCurrentRect: source.node ? undefined : at(source.currentRect),
          previousRect: rect(source.previousRect),
          currentRect: rect(source.currentRect),
        })),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** In the page: waits for every widget to be defined and rendered; returns when that was (ms). */
async function widgetsRendered(tags) {
  const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  const elements = [...document.querySelectorAll(tags.join(','))];
  await Promise.all(elements.map((element) => element.updateComplete));
  await frame();
  await frame();
  return { renderedAt: performance.now(), elements: elements.length };
}

/**
 * CLS of demo/index.html with and without dist/cdn/prp-widgets.css, the library answered `delayMs` late.
 * @param {{ distDir?: string, runs?: number, delayMs?: number, demoDir?: string, log?: (message: string) => void }} [options]
 *   demoDir: the page to measure (default demo/; for trying variants of it).
 */
export async function layoutShift({
  distDir = 'dist',
  runs = 3,
  delayMs = 600,
  demoDir = join(ROOT, 'demo'),
  log = () => {},
} = {}) {
  const dist = resolveDist(distDir);
  const demo = resolve(ROOT, demoDir);
  const withCss = await readFile(join(demo, 'index.html'), 'utf8');
  if (!STYLESHEET_LINK.test(withCss))
    throw new Error(
      'demo/index.html has no <link rel="stylesheet" href="/dist/cdn/prp-widgets.css" /> line to take out',
    );
  const withoutCss = withCss.replace(STYLESHEET_LINK, '');
  const scriptLoads = [];

  const server = await startServer((pathname) => {
    if (pathname === '/' || pathname === '/index.html') return { body: withCss, type: 'text/html; charset=utf-8' };
    if (pathname === '/index-no-stylesheet.html') return { body: withoutCss, type: 'text/html; charset=utf-8' };
    if (pathname.startsWith('/dist/')) {
      const file = safeJoin(dist, pathname.slice('/dist'.length));
      if (pathname === '/dist/cdn/prp-widgets.js') {
        scriptLoads.push(pathname);
        return { file, delayMs };
      }
      return { file };
    }
    return { file: safeJoin(demo, pathname) };
  });
  let browser;
  try {
    browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
    const cases = [];
    for (const viewport of VIEWPORTS) {
      for (const stylesheet of [true, false]) {
        const samples = [];
        for (let run = 0; run < runs; run++) {
          const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
          try {
            await context.addInitScript(observeShifts);
            const page = await context.newPage();
            const errors = [];
            page.on('pageerror', (error) => errors.push(error.message));
            const before = scriptLoads.length;
            await page.goto(`${server.origin}/${stylesheet ? 'index.html' : 'index-no-stylesheet.html'}`, {
              waitUntil: 'load',
            });
            const rendered = await page.evaluate(widgetsRendered, TAGS);
            await page.waitForTimeout(SETTLE_MS);
            const cls = await page.evaluate(() => {
              const paint = Object.fromEntries(
                performance.getEntriesByType('paint').map((e) => [e.name, Math.round(e.startTime)]),
              );
              return {
                ...window.__cls,
                firstPaint: paint['first-paint'],
                firstContentfulPaint: paint['first-contentful-paint'],
              };
            });
            if (errors.length) throw new Error(`page error: ${errors[0]}`);
            if (scriptLoads.length === before) throw new Error('the page did not load /dist/cdn/prp-widgets.js');
            samples.push({ ...cls, renderedAt: Math.round(rendered.renderedAt), elements: rendered.elements });
          } finally {
            await context.close();
          }
        }
        const values = samples.map((s) => s.value);
        const mid = median(values);
        // The shifts of the run whose CLS is nearest the median, for diagnosis.
        const typical = samples.reduce((best, s) => (Math.abs(s.value - mid) < Math.abs(best.value - mid) ? s : best));
        const result = {
          viewport: `${viewport.width}x${viewport.height}`,
          stylesheet,
          cls: round(mid, 4),
          clsMax: round(Math.max(...values), 4),
          clsRuns: values.map((v) => round(v, 4)),
          shifts: typical.shifts.map((s) => ({ ...s, value: round(s.value, 4) })),
          firstContentfulPaint: typical.firstContentfulPaint,
          widgetsRenderedAt: typical.renderedAt,
        };
        cases.push(result);
        log(`${result.viewport} stylesheet=${stylesheet}: CLS ${result.cls} (max ${result.clsMax})`);
      }
    }
    return { delayMs, runs, settleMs: SETTLE_MS, browser: browser.version(), cases };
  } finally {
    await browser?.close();
    await server.close();
  }
}

function printReport(report) {
  console.log(
    `\nLayout shift, demo/index.html, ${report.browser}, prp-widgets.js answered ${report.delayMs} ms late, CLS read ${report.settleMs} ms after render, ${report.runs} runs each\n`,
  );
  printTable(
    ['viewport', 'stylesheet', 'CLS median', 'CLS max', 'runs', 'shifts', 'FCP ms', 'rendered ms'],
    report.cases.map((c) => [
      c.viewport,
      c.stylesheet ? 'yes' : 'no',
      c.cls,
      c.clsMax,
      c.clsRuns.join(' / '),
      c.shifts.length,
      c.firstContentfulPaint,
      c.widgetsRenderedAt,
    ]),
  );
  for (const c of report.cases) {
    if (!c.shifts.length) continue;
    console.log(`\n${c.viewport}, stylesheet ${c.stylesheet ? 'yes' : 'no'} (run nearest the median):`);
    for (const shift of c.shifts) {
      console.log(`  ${shift.value.toFixed(4)} at ${shift.startTime} ms`);
      for (const source of shift.sources) {
        const from = source.previousRect;
        const to = source.currentRect;
        const move = from && to ? ` y ${from.y} → ${to.y}, h ${from.height} → ${to.height}` : '';
        const where =
          source.description ??
          `(node not exposed${source.elementAtCurrentRect ? `; now under ${source.elementAtCurrentRect}` : ''})`;
        console.log(`      ${where}${move}`);
      }
    }
  }
}

if (isMain(import.meta.url)) {
  const args = parseArgs();
  const report = await layoutShift({
    distDir: cliDist(args.dist),
    runs: args.runs === undefined ? undefined : Number(args.runs),
    delayMs: args.delay === undefined ? undefined : Number(args.delay),
    demoDir: args.demo === undefined ? undefined : resolve(process.cwd(), args.demo),
    log: (message) => console.error(message),
  });
  if (args.json) console.log(JSON.stringify(report, null, 2));
  else printReport(report);
}
