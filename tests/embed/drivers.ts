/**
 * One page API over the three engines' automation protocols, so every embedding scenario runs unchanged in
 * Chromium (Playwright over the DevTools protocol), Firefox ESR (Puppeteer over WebDriver BiDi) and WebKitGTK
 * (plain WebDriver, under Xvfb). Clicks and keys are real input events at the element's place on screen, the
 * way a patient's tap arrives, in every engine. What a page logs is collected in `PageRecord`: from the
 * protocol where it has a console (Chromium, Firefox), from a hook in the page where it has none (WebKit).
 */
import { type Browser as PlaywrightBrowser, type CDPSession, chromium } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser } from 'puppeteer-core';

import {
  chromiumLaunchOptions,
  type Engine,
  firefoxLaunchOptions,
  setWebKitViewport,
  startWebKit,
  type WebDriverCall,
  webkitClient,
} from '../../scripts/engines.mjs';

/** Where the test server serves the recorder to engines that cannot run a script before the page's own (WebKit). */
export const RECORDER_PATH = '/__recorder.js';

/** Requests the browser makes of its own accord, or the harness for it: not the page's. */
const notThePage = (url: string) =>
  url.startsWith('data:') || url.endsWith('/favicon.ico') || url.endsWith(RECORDER_PATH);

/** What a page reported while a test ran. */
export interface PageRecord {
  readonly warnings: string[];
  readonly errors: string[];
  readonly requests: string[];
}

export interface OpenOptions {
  /** Viewport width; WebKit's is never under MINIBROWSER_MIN_WIDTH (447 px). */
  readonly width?: number;
  /** Chromium only: Playwright emulates forced colours through the DevTools protocol. */
  readonly forcedColors?: 'active' | 'none';
  /** The reader's default font size in px (the browser setting), where the engine has one: Chromium and Firefox. */
  readonly defaultFontSize?: number;
  /** A script run in every page before the page's own (the recorder). */
  readonly initScript: () => void;
  /** The test server's request log: WebKit, with no network events over WebDriver, reads requests there. */
  readonly serverLog: ServerLog;
}

/** Every URL the test server was asked for, in order; `mark()` and `since()` read the part one page caused. */
export interface ServerLog {
  mark(): number;
  since(mark: number): string[];
}

type PageFunction<A, R> = (arg: A) => R | Promise<R>;

/** A browser tab, in any engine. */
export interface EmbedPage {
  readonly engine: Engine;
  /** Loads `url`; `commit` returns once the page has started loading, not when it has loaded. */
  goto(url: string, options?: { waitUntil?: 'load' | 'commit' }): Promise<void>;
  /** Runs `fn(arg)` in the page, or an expression given as a string, and returns its JSON-serialisable result. */
  evaluate<R, A = undefined>(fn: PageFunction<A, R> | string, arg?: A): Promise<R>;
  /** Waits until `fn(arg)` is truthy in the page. */
  waitForFunction<A = undefined>(fn: PageFunction<A, unknown>, arg?: A, timeout?: number): Promise<void>;
  waitForTimeout(ms: number): Promise<void>;
  /** Sets the viewport (the layout width the page sees). */
  setViewportSize(size: { width: number; height: number }): Promise<void>;
  /** Taps the `nth` match of `inner` inside `host`'s shadow root (or `host` itself), at its centre on screen. */
  click(host: string, inner?: string, nth?: number): Promise<void>;
  /** Gives the `nth` match of `inner` inside `host`'s shadow root the keyboard focus. */
  focus(host: string, inner?: string, nth?: number): Promise<void>;
  /** Presses a key (names as in the DOM `key` property, e.g. `Enter`, `Tab`, `ArrowRight`). */
  press(key: string): Promise<void>;
  /** The print layout: real print media in Chromium, the print events elsewhere. */
  emulatePrint(on: boolean): Promise<void>;
  /** Chromium only: a DevTools protocol session, for heap metrics. */
  cdp?(): Promise<CDPSession>;
  close(): Promise<void>;
}

/** A running browser that opens isolated pages (a fresh profile or context each); it ends with the process. */
export interface EmbedBrowser {
  open(options: OpenOptions, record: PageRecord): Promise<EmbedPage>;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** In-page: the centre of the target on screen, after scrolling it into view, or an error naming what is missing. */
function target({ host, inner, nth, focus }: { host: string; inner?: string; nth: number; focus: boolean }) {
  const element = document.querySelector(host);
  const found = inner
    ? element?.shadowRoot?.querySelectorAll<HTMLElement>(inner)[nth]
    : (element as HTMLElement | null);
  if (!found) return { missing: `${host}${inner ? ` ${inner} #${nth}` : ''}` };
  found.scrollIntoView({ block: 'center', inline: 'center' });
  if (focus) found.focus();
  const box = found.getBoundingClientRect();
  return { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2) };
}

/** Polls `check` until it returns true or `timeout` passes; navigation may interrupt a poll, which is retried. */
async function poll(check: () => Promise<unknown>, timeout: number, what: string): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
    await sleep(50);
  }
}

/** The shared part of every engine's page: waiting, clicking and focusing are built on evaluate and the pointer. */
abstract class BasePage implements EmbedPage {
  abstract readonly engine: Engine;
  abstract goto(url: string, options?: { waitUntil?: 'load' | 'commit' }): Promise<void>;
  abstract evaluate<R, A = undefined>(fn: PageFunction<A, R> | string, arg?: A): Promise<R>;
  abstract setViewportSize(size: { width: number; height: number }): Promise<void>;
  abstract press(key: string): Promise<void>;
  protected abstract tap(x: number, y: number): Promise<void>;
  /** Ends the page: its context, or (WebKit) its turn in the one window. */
  protected abstract end(): Promise<void>;
  private closed = false;

  /** Closing twice is harmless: the harness closes what a failed test left open. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.end();
  }

  /** Neither WebDriver BiDi (Firefox) nor WebDriver (WebKit) emulates print media: fire what a real print fires. */
  async emulatePrint(on: boolean): Promise<void> {
    await this.evaluate((type) => void window.dispatchEvent(new Event(type)), on ? 'beforeprint' : 'afterprint');
  }

  async waitForFunction<A = undefined>(fn: PageFunction<A, unknown>, arg?: A, timeout = 20_000): Promise<void> {
    // Only the truth of the answer crosses back (an element would not serialise in every protocol).
    const check = `Promise.resolve((${fn.toString()})(${JSON.stringify(arg ?? null)})).then(Boolean)`;
    await poll(() => this.evaluate<boolean>(check), timeout, fn.toString().slice(0, 80));
  }

  async waitForTimeout(ms: number): Promise<void> {
    await sleep(ms);
  }

  private async locate(host: string, inner: string | undefined, nth: number, focus: boolean) {
    const at = await this.evaluate(target, { host, inner, nth, focus });
    if ('missing' in at) throw new Error(`Nothing to ${focus ? 'focus' : 'click'}: ${at.missing}`);
    return at;
  }

  async click(host: string, inner?: string, nth = 0): Promise<void> {
    const { x, y } = await this.locate(host, inner, nth, false);
    await this.tap(x, y);
  }

  async focus(host: string, inner?: string, nth = 0): Promise<void> {
    await this.locate(host, inner, nth, true);
  }
}

// Chromium through Playwright.

class ChromiumPage extends BasePage {
  readonly engine = 'chromium' as const;
  constructor(
    private readonly page: import('playwright-core').Page,
    private readonly context: import('playwright-core').BrowserContext,
  ) {
    super();
  }
  async goto(url: string, { waitUntil = 'load' }: { waitUntil?: 'load' | 'commit' } = {}) {
    await this.page.goto(url, { waitUntil });
  }
  evaluate<R, A>(fn: PageFunction<A, R> | string, arg?: A): Promise<R> {
    // Playwright's own types unbox handles; these functions take plain JSON.
    return typeof fn === 'string' ? this.page.evaluate(fn) : this.page.evaluate(fn as (arg: unknown) => R, arg);
  }
  setViewportSize(size: { width: number; height: number }) {
    return this.page.setViewportSize(size);
  }
  press(key: string) {
    return this.page.keyboard.press(key);
  }
  override async emulatePrint(on: boolean) {
    await this.page.emulateMedia({ media: on ? 'print' : 'screen' });
    if (on) await this.page.pdf().catch(() => undefined); // lays the page out for print
  }
  protected tap(x: number, y: number) {
    return this.page.mouse.click(x, y);
  }
  cdp() {
    return this.context.newCDPSession(this.page);
  }
  protected end() {
    return this.context.close();
  }
}

async function startChromium(): Promise<EmbedBrowser> {
  const browser: PlaywrightBrowser = await chromium.launch(chromiumLaunchOptions());
  return {
    async open({ width = 1024, forcedColors = 'none', defaultFontSize, initScript }, record) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, forcedColors });
      const page = await context.newPage();
      // The setting under chrome://settings/fonts, which the session keeps for the page's life.
      if (defaultFontSize)
        await (
          await context.newCDPSession(page)
        ).send('Page.setFontSizes', { fontSizes: { standard: defaultFontSize } });
      await page.addInitScript(initScript);
      page.on('console', (message) => {
        if (message.type() === 'warning') record.warnings.push(message.text());
        if (message.type() === 'error') record.errors.push(`console.error: ${message.text()}`);
      });
      page.on('pageerror', (error) => record.errors.push(`uncaught: ${error.message}`));
      page.on('request', (request) => record.requests.push(request.url()));
      return new ChromiumPage(page, context);
    },
  };
}

// Firefox ESR through Puppeteer over WebDriver BiDi.

class FirefoxPage extends BasePage {
  readonly engine = 'firefox' as const;
  constructor(
    private readonly page: import('puppeteer-core').Page,
    private readonly context: import('puppeteer-core').BrowserContext,
  ) {
    super();
  }
  async goto(url: string, { waitUntil = 'load' }: { waitUntil?: 'load' | 'commit' } = {}) {
    if (waitUntil === 'load') {
      await this.page.goto(url, { waitUntil: 'load' });
      return;
    }
    // A page whose script never answers never loads: start it, then wait only for the new document.
    void this.page.goto(url, { waitUntil: 'load', timeout: 0 }).catch(() => undefined);
    await poll(() => this.page.evaluate((href) => location.href === href, url), 20_000, url);
  }
  evaluate<R, A>(fn: PageFunction<A, R> | string, arg?: A): Promise<R> {
    return (
      typeof fn === 'string' ? this.page.evaluate(fn) : this.page.evaluate(fn as (arg: unknown) => R, arg)
    ) as Promise<R>;
  }
  setViewportSize({ width, height }: { width: number; height: number }) {
    return this.page.setViewport({ width, height });
  }
  press(key: string) {
    return this.page.keyboard.press(key as import('puppeteer-core').KeyInput);
  }
  protected tap(x: number, y: number) {
    return this.page.mouse.click(x, y);
  }
  protected end() {
    return this.context.close();
  }
}

async function startFirefox(): Promise<EmbedBrowser> {
  const launch = (prefs: Record<string, unknown> = {}) => puppeteer.launch(firefoxLaunchOptions(prefs));
  const browser: PuppeteerBrowser = await launch();
  // A default font size is a preference of the whole browser: one more Firefox per size asked for.
  const sized = new Map<number, Promise<PuppeteerBrowser>>();
  const withFontSize = (size: number) => {
    if (!sized.has(size))
      sized.set(size, launch({ 'font.size.variable.x-western': size, 'font.size.variable.x-unicode': size }));
    return sized.get(size)!;
  };
  return {
    async open({ width = 1024, defaultFontSize, initScript }, record) {
      const context = await (defaultFontSize ? await withFontSize(defaultFontSize) : browser).createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width, height: 900 });
      await page.evaluateOnNewDocument(initScript);
      page.on('console', (message) => {
        if (message.type() === 'warn') record.warnings.push(message.text());
        if (message.type() === 'error') record.errors.push(`console.error: ${message.text()}`);
      });
      page.on('pageerror', (error) =>
        record.errors.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`),
      );
      // Firefox reports its own data: fonts and the favicon as requests.
      page.on('request', (request) => {
        if (!notThePage(request.url())) record.requests.push(request.url());
      });
      return new FirefoxPage(page, context);
    },
  };
}

// WebKitGTK (MiniBrowser) through WebDriver: a small client.

/** The WebDriver key code for a DOM key name. */
const WEBDRIVER_KEYS: Record<string, string> = {
  Enter: '\uE007',
  Tab: '\uE004',
  Escape: '\uE00C',
  ' ': ' ',
  Home: '\uE011',
  End: '\uE010',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Backspace: '\uE003',
};

/** What the page hook (see `recorderLog`) collected since it was last read. */
interface PageLog {
  warnings: string[];
  errors: string[];
  resources: string[];
}

class WebKitPage extends BasePage {
  readonly engine = 'webkit' as const;
  /** Where this page's requests start in the test server's log. */
  private serverMark: number;
  /** Every request already put in the record. */
  private readonly reported = new Set<string>();

  constructor(
    private readonly command: WebDriverCall,
    private readonly record: PageRecord,
    private readonly serverLog: ServerLog,
    private readonly finish: () => Promise<void>,
  ) {
    super();
    this.serverMark = serverLog.mark();
  }

  async goto(url: string, { waitUntil = 'load' }: { waitUntil?: 'load' | 'commit' } = {}) {
    this.serverMark = this.serverLog.mark();
    // The session's page load strategy is "none": navigation returns at once, and this waits as asked.
    await this.command('POST', '/url', { url });
    await poll(
      () =>
        this.run<boolean>(
          `return location.href === ${JSON.stringify(url)} && (${waitUntil === 'commit'} || document.readyState === 'complete')`,
        ),
      30_000,
      url,
    );
  }

  /** Runs a script body with the WebDriver "execute async" command; the page hook's log comes back with every result. */
  private async run<R>(body: string, args: unknown[] = []): Promise<R> {
    const script = `const done = arguments[arguments.length - 1];
      const log = () => { const l = window.__prpLog; if (!l) return null; const taken = { warnings: l.warnings.splice(0), errors: l.errors.splice(0) };
        taken.resources = performance.getEntriesByType('resource').map((e) => e.name); return taken; };
      Promise.resolve().then(async () => { ${body} }).then(
        (value) => done({ value: value === undefined ? null : value, log: log() }),
        (error) => done({ error: String(error && error.stack || error), log: log() }));`;
    const result = await this.command<{ value?: R; error?: string; log: PageLog | null }>('POST', '/execute/async', {
      script,
      args,
    });
    this.record.warnings.push(...(result.log?.warnings ?? []));
    this.record.errors.push(...(result.log?.errors ?? []));
    // Requests: what reached the test server since this page loaded, and what the page fetched elsewhere.
    for (const url of [...this.serverLog.since(this.serverMark), ...(result.log?.resources ?? [])]) {
      if (this.reported.has(url) || notThePage(url)) continue;
      this.reported.add(url);
      this.record.requests.push(url);
    }
    if (result.error !== undefined) throw new Error(result.error);
    return result.value as R;
  }

  evaluate<R, A>(fn: PageFunction<A, R> | string, arg?: A): Promise<R> {
    return typeof fn === 'string'
      ? this.run<R>(`return await (${fn});`)
      : this.run<R>(`return await (${fn.toString()})(arguments[0]);`, [arg ?? null]);
  }

  setViewportSize({ width, height }: { width: number; height: number }) {
    return setWebKitViewport(this.command, width, height);
  }

  async press(key: string) {
    const value = WEBDRIVER_KEYS[key] ?? key;
    await this.command('POST', '/actions', {
      actions: [
        {
          type: 'key',
          id: 'keyboard',
          actions: [
            { type: 'keyDown', value },
            { type: 'keyUp', value },
          ],
        },
      ],
    });
  }

  protected async tap(x: number, y: number) {
    await this.command('POST', '/actions', {
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', duration: 0, x, y, origin: 'viewport' },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
    await this.command('DELETE', '/actions');
  }

  protected end() {
    return this.finish();
  }
}

/** The in-page hook for an engine without a console over its protocol: keeps warnings, errors and uncaught errors. */
export function recorderLog() {
  const log: { warnings: string[]; errors: string[] } = { warnings: [], errors: [] };
  (window as unknown as { __prpLog: typeof log }).__prpLog = log;
  const text = (args: unknown[]) => args.map(String).join(' ');
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => (log.warnings.push(text(args)), warn.apply(console, args));
  console.error = (...args: unknown[]) => (log.errors.push(`console.error: ${text(args)}`), error.apply(console, args));
  window.addEventListener('error', (event) => log.errors.push(`uncaught: ${event.message}`));
}

function startWebKitBrowser(): EmbedBrowser {
  // One MiniBrowser for the run (starting one costs about a second): each page starts from about:blank, and
  // each test file's server has its own port, so no two files share an origin or its storage.
  let driver: ReturnType<typeof startWebKit> | undefined;
  let session: Promise<WebDriverCall> | undefined;
  const newSession = async () =>
    webkitClient(await (driver ??= startWebKit())).newSession({ pageLoadStrategy: 'none' });
  return {
    // WebDriver has no init scripts: the test server puts the recorder first in every page it serves.
    async open({ width = 1024, defaultFontSize, serverLog }, record) {
      if (defaultFontSize) throw new Error('WebKit has no default font size setting (ENGINE_LIMITS)');
      for (let attempt = 1; ; attempt++) {
        try {
          const command = await (session ??= newSession());
          // Each page starts, and ends, on a blank page that has finished loading (navigation returns at once).
          const page: WebKitPage = new WebKitPage(command, record, serverLog, () => page.goto('about:blank'));
          await page.goto('about:blank');
          await page.setViewportSize({ width, height: 900 });
          return page;
        } catch (error) {
          if (attempt === 2) throw error;
          // MiniBrowser crashed or hangs, and its session with it: without a new one every later test would fail.
          console.warn(`WebKit stopped answering (${String(error)}); starting WebKitWebDriver and MiniBrowser again`);
          (await driver)?.stop();
          driver = session = undefined;
        }
      }
    },
  };
}

export function startEngine(engine: Engine): Promise<EmbedBrowser> {
  if (engine === 'firefox') return startFirefox();
  if (engine === 'webkit') return Promise.resolve(startWebKitBrowser());
  return startChromium();
}
