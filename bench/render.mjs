// Render cost of the script-tag build (dist/cdn/prp-widgets.js) against a static-HTML twin of the same
// content, in headless Chromium with the CPU throttled 4x through the DevTools protocol.
//
//   node bench/render.mjs [--dist dist] [--runs 7] [--large-runs N] [--breakdown] [--json]
//
// For each case (1, 10 and 100 instances of each element) it serves two pages:
//  - widget: the element markup + <script src="/bench-start.js"> + <script type="module" src="/dist/cdn/prp-widgets.js">;
//  - static: a twin made from the rendered widgets with declarative shadow DOM (each element's shadow
//    root innerHTML + the CSS text of its adoptedStyleSheets in a <style>), no script at all.
// The 10-of-each page is also traced for long tasks, beside its static twin and the same page prerendered by
// dist/ssr (declarative shadow DOM and the script: the elements hydrate in turn).
// Every run loads one page in a fresh browser context with the CPU throttled 4x and reads the DevTools
// `TaskDuration` (main-thread busy time) once everything is rendered; the median over the runs is reported.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS, requireChromium } from '../scripts/chromium.mjs';
import {
  cliDist,
  isMain,
  median,
  parseArgs,
  printTable,
  resolveDist,
  round,
  safeJoin,
  startServer,
} from './common.mjs';

export const TAGS = [
  'prp-recovery-timeline',
  'prp-doctor-checklist',
  'prp-process-diagram',
  'prp-treatment-comparison',
  'prp-faq',
];

/** Realistic attributes for each element (fixed dates: the injection 9 days before "today"). */
export const ATTRIBUTES = {
  'prp-recovery-timeline': 'procedure-date="2026-11-12" today="2026-11-21"',
  'prp-doctor-checklist': 'mode="checklist"',
  'prp-process-diagram': '',
  'prp-treatment-comparison': 'highlight="prp"',
  'prp-faq': 'searchable',
};

const CPU_THROTTLE = 4;
const VIEWPORT = { width: 1280, height: 800 };
const METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'];
const COUNTS = ['LayoutCount', 'RecalcStyleCount', 'Nodes'];

const BENCH_START_JS = "window.__benchStart = performance.now();\nperformance.mark('bench-start');\n";

function pageHtml(title, head, body) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
${head}</head>
<body>
${body}
</body>
</html>
`;
}

function widgetBody(perTag, tags = TAGS) {
  const group = tags.map((tag) => `<${tag}${ATTRIBUTES[tag] ? ` ${ATTRIBUTES[tag]}` : ''}></${tag}>`);
  return Array.from({ length: perTag }, () => group.join('\n')).join('\n');
}

function widgetPage(title, perTag, tags) {
  const head =
    '<script src="/bench-start.js"></script>\n<script type="module" src="/dist/cdn/prp-widgets.js"></script>\n';
  return pageHtml(title, head, widgetBody(perTag, tags));
}

/**
 * Runs in the page before any of its scripts (addInitScript). Sets `window.__benchDone`, a promise of
 * `{ end, start, rounds }` (performance.now() values):
 *  - static: end = two animation frames after DOMContentLoaded;
 *  - widget: every tag defined, every element's updateComplete, then two frames. One more frame is
 *    then watched: if anything in a shadow root changed (the comparison re-renders as a table in the
 *    frame after its ResizeObserver first reports a width), it waits again, so `end` is two frames after
 *    the last render. `start` is window.__benchStart, set by /bench-start.js.
 */
function benchInit({ mode, tags }) {
  const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
  window.__benchDone = new Promise((resolve, reject) => {
    document.addEventListener(
      'DOMContentLoaded',
      async () => {
        try {
          if (mode === 'static') {
            await frame();
            await frame();
            resolve({ end: performance.now(), rounds: 0 });
            return;
          }
          await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
          const elements = [...document.querySelectorAll(tags.join(','))];
          let mutated = false;
          const observer = new MutationObserver(() => (mutated = true));
          for (const element of elements) {
            if (element.shadowRoot)
              observer.observe(element.shadowRoot, {
                subtree: true,
                childList: true,
                attributes: true,
                characterData: true,
              });
          }
          let end;
          let rounds = 0;
          for (;;) {
            rounds++;
            await Promise.all(elements.map((element) => element.updateComplete));
            await frame();
            await frame();
            mutated = false;
            end = performance.now();
            await frame();
            await Promise.all(elements.map((element) => element.updateComplete));
            if (!mutated || rounds >= 10) break;
          }
          observer.disconnect();
          resolve({ end, start: window.__benchStart, rounds });
        } catch (error) {
          reject(error);
        }
      },
      { once: true },
    );
  });
}

/** In the page: the static twin markup of every prp element, in document order. */
function serializeTwins(tags) {
  const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return [...document.querySelectorAll(tags.join(','))].map((element) => {
    const root = element.shadowRoot;
    if (!root) throw new Error(`<${element.localName}> has no open shadow root`);
    const attributes = [...element.attributes].map((a) => ` ${a.name}="${escapeAttribute(a.value)}"`).join('');
    const css = root.adoptedStyleSheets
      .map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join(''))
      .join('\n');
    if (/<\/style/i.test(css)) throw new Error('CSS text contains </style>');
    const styleElements = root.querySelectorAll('style').length;
    return {
      html: `<${element.localName}${attributes}><template shadowrootmode="open"><style>${css}</style>${root.innerHTML}</template></${element.localName}>`,
      styleElements,
      sheets: root.adoptedStyleSheets.length,
    };
  });
}

/** In the page: the visible text of every prp element's shadow root (style/script/template text left out). */
function shadowTexts(tags) {
  return [...document.querySelectorAll(tags.join(','))].map((element) => {
    const root = element.shadowRoot;
    if (!root) return { tag: element.localName, text: null };
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const parts = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('style, script, template')) continue;
      parts.push(node.data);
    }
    return { tag: element.localName, text: parts.join('').replace(/\s+/g, ' ').trim() };
  });
}

/** One page load in a fresh context; optionally CPU-throttled with DevTools metrics. */
async function load(browser, url, mode, { throttle = CPU_THROTTLE, then } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    await context.addInitScript(benchInit, { mode, tags: TAGS });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const cdp = await context.newCDPSession(page);
    if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await cdp.send('Performance.enable');
    // 100 of each element at 4x slower CPU can take well over the default 30 s to load.
    await page.goto(url, { waitUntil: 'load', timeout: 300_000 });
    const done = await page.evaluate(() => window.__benchDone);
    const { metrics } = await cdp.send('Performance.getMetrics');
    if (errors.length) throw new Error(`page error on ${url}: ${errors[0]}`);
    const byName = Object.fromEntries(metrics.map((m) => [m.name, m.value]));
    const result = {
      done,
      ...Object.fromEntries(METRICS.map((name) => [name, (byName[name] ?? NaN) * 1000])),
      ...Object.fromEntries(COUNTS.map((name) => [name, byName[name]])),
    };
    if (then) result.extra = await then(page);
    return result;
  } finally {
    await context.close();
  }
}

/**
 * The main-thread tasks of one throttled load, from a Chromium trace, counting from the library script's start
 * (widget pages) or from navigation (static twins): the longest and how many took over 50 ms (a long task);
 * and the same for the library's tasks, those that run its code (evaluating the module, or a function
 * from a script under /dist/: a hydration turn, a listener). A page's other tasks (parsing a prerendered page's HTML, laying it
 * out) are long on its static twin too.
 */
async function longTasks(browser, url, mode) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    await context.addInitScript(benchInit, { mode, tags: TAGS });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
    });
    await page.goto(url, { waitUntil: 'load', timeout: 300_000 });
    await page.evaluate(() => window.__benchDone);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    const events = trace.traceEvents ?? trace;
    const main = events.find(
      (e) =>
        e.name === 'thread_name' &&
        e.args?.name === 'CrRendererMain' &&
        events.some((r) => r.pid === e.pid && r.tid === e.tid && r.name === 'RunTask' && r.dur > 1000),
    );
    const start = events.find((e) => e.name === 'bench-start' && e.pid === main?.pid)?.ts ?? 0;
    const onMain = events.filter((e) => e.pid === main?.pid && e.tid === main?.tid && e.ph === 'X');
    const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ts >= start);
    // Start times of the events that run the library's code, sorted; whether one of them is inside `task`.
    // Evaluating a module names no script, but the library is the only module on these pages.
    const libraryStarts = onMain
      .filter((e) => e.name === 'v8.evaluateModule' || /\/dist\//.test(e.args?.data?.url ?? ''))
      .map((e) => e.ts)
      .sort((a, b) => a - b);
    const runsLibrary = (task) => {
      let low = 0;
      let high = libraryStarts.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (libraryStarts[middle] < task.ts) low = middle + 1;
        else high = middle;
      }
      return low < libraryStarts.length && libraryStarts[low] < task.ts + task.dur;
    };
    const ms = (list) => list.map((e) => e.dur / 1000);
    const summary = (list) => ({ longestMs: round(Math.max(0, ...list)), over50: list.filter((t) => t > 50).length });
    const library = summary(ms(tasks.filter(runsLibrary)));
    return { ...summary(ms(tasks)), libraryLongestMs: library.longestMs, libraryOver50: library.over50 };
  } finally {
    await context.close();
  }
}

/** Makes the static twin of a widget page and checks its shadow roots carry the same text. */
async function makeTwin(browser, origin, pages, key, title) {
  const widgetUrl = `${origin}/page/${key}/widget.html`;
  const { extra } = await load(browser, widgetUrl, 'widget', {
    throttle: 1,
    then: async (page) => ({
      twins: await page.evaluate(serializeTwins, TAGS),
      texts: await page.evaluate(shadowTexts, TAGS),
      height: await page.evaluate(() => document.documentElement.scrollHeight),
    }),
  });
  if (extra.twins.some((t) => t.styleElements > 0)) {
    console.warn(`note: some shadow roots in ${key} also contain <style> elements (kept as they are)`);
  }
  pages.set(
    `/page/${key}/static.html`,
    pageHtml(`${title} (static twin)`, '', extra.twins.map((t) => t.html).join('\n')),
  );
  const check = await load(browser, `${origin}/page/${key}/static.html`, 'static', {
    throttle: 1,
    then: async (page) => ({
      texts: await page.evaluate(shadowTexts, TAGS),
      height: await page.evaluate(() => document.documentElement.scrollHeight),
      defined: await page.evaluate((tags) => tags.some((tag) => customElements.get(tag)), TAGS),
    }),
  });
  const want = extra.texts;
  const got = check.extra.texts;
  if (check.extra.defined) throw new Error(`static twin ${key}: a prp element is defined; the twin must run no script`);
  if (got.length !== want.length)
    throw new Error(`static twin ${key}: ${got.length} elements, widget page has ${want.length}`);
  want.forEach((w, i) => {
    if (got[i].text === null)
      throw new Error(
        `static twin ${key}: <${got[i].tag}> #${i} has no shadow root (declarative shadow DOM not attached)`,
      );
    if (w.text !== got[i].text) {
      let at = 0;
      while (at < w.text.length && w.text[at] === got[i].text[at]) at++;
      throw new Error(
        `static twin ${key}: <${w.tag}> #${i} text differs at ${at}:\n  widget: …${w.text.slice(Math.max(0, at - 40), at + 40)}…\n  static: …${got[i].text.slice(Math.max(0, at - 40), at + 40)}…`,
      );
    }
  });
  const bytes = Buffer.byteLength(pages.get(`/page/${key}/static.html`));
  return { textChecked: want.length, widgetHeight: extra.height, staticHeight: check.extra.height, staticBytes: bytes };
}

function summarize(samples) {
  const out = {};
  for (const name of [...METRICS, ...COUNTS]) out[name] = median(samples.map((s) => s[name]));
  return out;
}

/**
 * Render cost of the script-tag build vs. a static declarative-shadow-DOM twin, CPU throttled 4x.
 * @param {{ distDir?: string, runs?: number, largeRuns?: number, breakdown?: boolean, log?: (message: string) => void }} [options]
 *   distDir: the build to measure (relative paths are taken from the repository root); runs: page loads
 *   per page per case (median reported); largeRuns: the same for the 100-instance pages (default `runs`;
 *   each of those loads takes ~15 s at 4x); breakdown: also time 100 instances of each element alone.
 */
export async function renderCost({
  distDir = 'dist',
  runs = 7,
  largeRuns = runs,
  breakdown = false,
  log = () => {},
} = {}) {
  const dist = resolveDist(distDir);
  const cases = [
    { name: '1 of each', perTag: 1, tags: TAGS },
    { name: '10 of each', perTag: 10, tags: TAGS },
    { name: '100 of each', perTag: 100, tags: TAGS },
  ];
  if (breakdown)
    for (const tag of TAGS) cases.push({ name: `100 × ${tag}`, perTag: 100, tags: [tag], breakdown: true });
  const pages = new Map([['/bench-start.js', BENCH_START_JS]]);
  const { prerender } = await import(pathToFileURL(join(dist, 'ssr/index.js')).href);
  for (const [i, c] of cases.entries()) {
    c.key = `case${i}`;
    pages.set(`/page/${c.key}/widget.html`, widgetPage(c.name, c.perTag, c.tags));
    if (c.perTag === 10 && !c.breakdown)
      pages.set(`/page/${c.key}/prerendered.html`, await prerender(pages.get(`/page/${c.key}/widget.html`)));
  }

  const server = await startServer((pathname) => {
    if (pages.has(pathname))
      return {
        body: pages.get(pathname),
        type: pathname.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8',
      };
    if (pathname.startsWith('/dist/')) return { file: safeJoin(dist, pathname.slice('/dist'.length)) };
    return undefined;
  });
  let browser;
  try {
    browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
    const results = [];
    let warm = false;
    for (const c of cases) {
      const t0 = Date.now();
      const twin = await makeTwin(browser, server.origin, pages, c.key, c.name);
      if (!warm) {
        // One throttled load of each page first, not counted: the first fresh renderer in a new browser
        // is slower (cold caches), which showed up as an outlier in the first run.
        await load(browser, `${server.origin}/page/${c.key}/widget.html`, 'widget');
        await load(browser, `${server.origin}/page/${c.key}/static.html`, 'static');
        warm = true;
      }
      const widget = [];
      const stat = [];
      const caseRuns = c.perTag >= 100 ? largeRuns : runs;
      for (let run = 0; run < caseRuns; run++) {
        // Alternate the two pages so slow drift on the machine affects both alike.
        widget.push(await load(browser, `${server.origin}/page/${c.key}/widget.html`, 'widget'));
        stat.push(await load(browser, `${server.origin}/page/${c.key}/static.html`, 'static'));
      }
      const w = summarize(widget);
      const s = summarize(stat);
      // Long tasks, from traced loads of the 10-of-each page (tracing costs time of its own, so these loads
      // are not in the medians above): the run with the longest task of three.
      let longTasksOf;
      if (c.perTag === 10 && !c.breakdown) {
        const traced = { widget: [], prerendered: [], static: [] };
        for (let run = 0; run < 3; run++) {
          for (const kind of ['widget', 'prerendered']) {
            const url = `${server.origin}/page/${c.key}/${kind}.html`;
            traced[kind].push(await longTasks(browser, url, 'widget'));
          }
          traced.static.push(await longTasks(browser, `${server.origin}/page/${c.key}/static.html`, 'static'));
        }
        const worst = (list) => list.reduce((a, b) => (b.longestMs > a.longestMs ? b : a));
        longTasksOf = Object.fromEntries(Object.entries(traced).map(([kind, list]) => [kind, worst(list)]));
      }
      const instances = c.perTag * c.tags.length;
      const result = {
        name: c.name,
        instances,
        runs: caseRuns,
        widgetTaskMs: round(w.TaskDuration),
        staticTaskMs: round(s.TaskDuration),
        ratio: round(w.TaskDuration / s.TaskDuration, 2),
        widgetWallMs: round(median(widget.map((r) => r.done.end - r.done.start))),
        staticWallMs: round(median(stat.map((r) => r.done.end))),
        // Extras, for diagnosis.
        widgetWallFromNavigationMs: round(median(widget.map((r) => r.done.end))),
        widgetTaskPerInstanceMs: round(w.TaskDuration / instances, 2),
        // DevTools ScriptDuration leaves out microtasks, where Lit renders: it undercounts the widgets' JS.
        widget: {
          layoutMs: round(w.LayoutDuration),
          recalcStyleMs: round(w.RecalcStyleDuration),
          scriptMsExclMicrotasks: round(w.ScriptDuration),
        },
        static: {
          layoutMs: round(s.LayoutDuration),
          recalcStyleMs: round(s.RecalcStyleDuration),
          scriptMsExclMicrotasks: round(s.ScriptDuration),
        },
        widgetCounts: { layouts: w.LayoutCount, styleRecalcs: w.RecalcStyleCount, nodes: w.Nodes },
        staticCounts: { layouts: s.LayoutCount, styleRecalcs: s.RecalcStyleCount, nodes: s.Nodes },
        ...(longTasksOf ? { longTasks: longTasksOf } : {}),
        widgetSettleRoundsMax: Math.max(...widget.map((r) => r.done.rounds)),
        widgetTaskMsRuns: widget.map((r) => round(r.TaskDuration)),
        staticTaskMsRuns: stat.map((r) => round(r.TaskDuration)),
        twin,
      };
      if (c.breakdown) result.breakdown = true;
      results.push(result);
      log(
        `${c.name}: widget ${result.widgetTaskMs} ms, static ${result.staticTaskMs} ms (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
      );
    }
    const main = results.filter((r) => !r.breakdown);
    const [one, ten, hundred] = main;
    return {
      cpuThrottle: CPU_THROTTLE,
      runs,
      largeRuns,
      viewport: VIEWPORT,
      browser: browser.version(),
      cases: main,
      // Whole-page widget cost, 100 of each over 10 of each: ≈ 10 when it grows linearly (the fixed cost of
      // loading the library pulls it below 10).
      growth100over10: round(hundred.widgetTaskMs / ten.widgetTaskMs, 2),
      // The same without the fixed cost: (cost(100) − cost(1)) / (cost(10) − cost(1)); 396/36 = 11 if linear.
      marginalGrowth100over10: round(
        (hundred.widgetTaskMs - one.widgetTaskMs) / (ten.widgetTaskMs - one.widgetTaskMs),
        2,
      ),
      marginalGrowthIfLinear: 11,
      ...(breakdown ? { breakdown: results.filter((r) => r.breakdown) } : {}),
    };
  } finally {
    await browser?.close();
    await server.close();
  }
}

function printReport(report) {
  console.log(
    `\nRender cost, ${report.browser}, CPU throttled ${report.cpuThrottle}x, ${report.viewport.width}x${report.viewport.height}, median of ${report.runs} runs${report.largeRuns !== report.runs ? ` (${report.largeRuns} for 100 of each)` : ''} (fresh context each)\n`,
  );
  printTable(
    [
      'case',
      'elements',
      'widget task ms',
      'static task ms',
      'ratio',
      'widget wall ms',
      'static wall ms',
      'per element ms',
    ],
    report.cases.map((c) => [
      c.name,
      c.instances,
      c.widgetTaskMs,
      c.staticTaskMs,
      `${c.ratio}x`,
      c.widgetWallMs,
      c.staticWallMs,
      c.widgetTaskPerInstanceMs,
    ]),
  );
  console.log('\ntask = DevTools Performance.getMetrics TaskDuration (main-thread busy time, whole page load)');
  console.log('widget wall = /bench-start.js (before the library) to two frames after the last element render');
  console.log('static wall = navigation start to two frames after DOMContentLoaded\n');
  console.log(
    'Medians of DevTools RecalcStyleDuration / LayoutDuration; rest = task − style − layout (JS incl. microtasks, HTML parse, paint, process start).\n',
  );
  printTable(
    [
      'case',
      'widget style',
      'widget layout',
      'widget rest',
      'static style',
      'static layout',
      'static rest',
      'layouts w/s',
      'widget wall from nav',
      'twin KB',
      'height widget/static',
    ],
    report.cases.map((c) => [
      c.name,
      c.widget.recalcStyleMs,
      c.widget.layoutMs,
      round(c.widgetTaskMs - c.widget.recalcStyleMs - c.widget.layoutMs),
      c.static.recalcStyleMs,
      c.static.layoutMs,
      round(c.staticTaskMs - c.static.recalcStyleMs - c.static.layoutMs),
      `${c.widgetCounts.layouts}/${c.staticCounts.layouts}`,
      c.widgetWallFromNavigationMs,
      Math.round(c.twin.staticBytes / 1024),
      `${c.twin.widgetHeight}/${c.twin.staticHeight}`,
    ]),
  );
  console.log(
    `\nGrowth, widget task time 100 of each / 10 of each: ${report.growth100over10}x (10 if linear; the fixed library cost pulls it lower)`,
  );
  console.log(
    `Marginal growth (cost(100) − cost(1)) / (cost(10) − cost(1)): ${report.marginalGrowth100over10}x (${report.marginalGrowthIfLinear} if linear)`,
  );
  const [, ten, hundred] = report.cases;
  console.log(
    `Per element: ${ten.widgetTaskPerInstanceMs} ms at 10 of each, ${hundred.widgetTaskPerInstanceMs} ms at 100 of each`,
  );
  console.log(`Static twin text check: passed (${report.cases.map((c) => c.twin.textChecked).join(', ')} elements)`);
  if (report.breakdown) {
    console.log('\nBreakdown, 100 instances of one element alone:\n');
    printTable(
      [
        'case',
        'widget task ms',
        'static task ms',
        'ratio',
        'widget − static',
        'widget style',
        'widget layout',
        'widget rest',
        'widget wall ms',
      ],
      report.breakdown.map((c) => [
        c.name,
        c.widgetTaskMs,
        c.staticTaskMs,
        `${c.ratio}x`,
        round(c.widgetTaskMs - c.staticTaskMs),
        c.widget.recalcStyleMs,
        c.widget.layoutMs,
        round(c.widgetTaskMs - c.widget.recalcStyleMs - c.widget.layoutMs),
        c.widgetWallMs,
      ]),
    );
  }
}

if (isMain(import.meta.url)) {
  const args = parseArgs();
  const started = Date.now();
  const report = await renderCost({
    distDir: cliDist(args.dist),
    runs: args.runs === undefined ? undefined : Number(args.runs),
    largeRuns: args['large-runs'] === undefined ? undefined : Number(args['large-runs']),
    breakdown: Boolean(args.breakdown),
    log: (message) => console.error(message),
  });
  if (args.json) console.log(JSON.stringify(report, null, 2));
  else printReport(report);
  console.error(`\n(${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
