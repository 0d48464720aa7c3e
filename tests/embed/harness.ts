/**
 * The embedding suite's machinery: an http server on 127.0.0.1 that serves the built `dist/` files and
 * pages written by each test (with the response headers the test asks for), and a browser of the engine under
 * test (PRP_ENGINE: Chromium, Firefox ESR or WebKitGTK, all Debian's; see ./drivers.ts). Every page records
 * what a clinic's web admin could see go wrong: console warnings, uncaught errors and unhandled rejections,
 * CSP violation reports, requests, and any sign that a payload executed (`window.__executed`).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

import { afterAll, beforeAll, describe } from 'vitest';

import { currentEngine, type Engine, ENGINE_LIMITS } from '../../scripts/engines.mjs';
import {
  type EmbedBrowser as EngineBrowser,
  type EmbedPage,
  type PageRecord,
  RECORDER_PATH,
  recorderLog,
  startEngine,
} from './drivers.js';

export type { EmbedPage, PageRecord } from './drivers.js';

/** The engine this run tests in. */
export const ENGINE: Engine = currentEngine();
const root = resolve(import.meta.dirname, '../..');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** A page (or stylesheet) a test serves, and any extra response headers (such as a CSP). */
export interface PageSpec {
  readonly html: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Content type; default HTML. */
  readonly type?: string;
}

/** Files under these prefixes come from the repository (demo/: the demo clinic page; examples/ after scripts/examples.mjs); `/never/*` never answers. */
const FROM_DISK = [
  '/dist/',
  '/demo/',
  '/examples/',
  '/node_modules/lit/',
  '/node_modules/lit-html/',
  '/node_modules/lit-element/',
  '/node_modules/@lit/reactive-element/',
];

export class EmbedServer {
  private readonly pages = new Map<string, PageSpec>();
  private server?: Server;
  private readonly log: string[] = [];
  origin = '';
  /** Requests whose URL matches are cut off, as when a CDN path is blocked. */
  blocked?: RegExp;
  /** Puts the recorder first in every page served (WebKit, which has no init scripts over WebDriver). */
  injectRecorder = false;

  /** Every URL requested so far, in order; `mark()` and `since()` read the part one page caused. */
  mark(): number {
    return this.log.length;
  }
  since(mark: number): string[] {
    return this.log.slice(mark);
  }

  private html(body: string): string {
    return this.injectRecorder ? body.replace(/<head>/i, `<head><script src="${RECORDER_PATH}"></script>`) : body;
  }

  async start(): Promise<void> {
    // The handler is async: its promise is dropped on purpose (node:http ignores it; every path ends the response).
    this.server = createServer((request, response) => {
      void (async () => {
        const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
        if (pathname !== RECORDER_PATH && pathname !== '/favicon.ico')
          this.log.push(this.origin + (request.url ?? '/'));
        if (this.blocked?.test(this.origin + (request.url ?? '/'))) {
          request.socket.destroy();
          return;
        }
        if (pathname === RECORDER_PATH) {
          response.writeHead(200, { 'content-type': TYPES['.js'], 'cache-control': 'no-store' });
          response.end(`(${RECORDER.toString()})();(${recorderLog.toString()})();`);
          return;
        }
        const page = this.pages.get(pathname);
        if (page) {
          const type = page.type ?? TYPES['.html'];
          response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...page.headers });
          response.end(type === TYPES['.html'] ? this.html(page.html) : page.html);
          return;
        }
        if (pathname === '/favicon.ico') {
          // The browser asks for it on its own; the clinic's site has one.
          response.writeHead(204);
          response.end();
          return;
        }
        if (pathname.startsWith('/never/')) return; // the request stays open: a CDN that never answers
        const clean = normalize(decodeURIComponent(pathname));
        const file = join(root, clean);
        if (FROM_DISK.some((prefix) => clean.startsWith(prefix)) && file.startsWith(root)) {
          try {
            const body = await readFile(file);
            const type = TYPES[extname(file)] ?? 'application/octet-stream';
            response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
            response.end(type === TYPES['.html'] ? this.html(body.toString('utf8')) : body);
            return;
          } catch {
            // falls through to 404
          }
        }
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('Not found');
      })();
    });
    await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', done));
    const address = this.server.address();
    this.origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }

  /** Serves `spec` at `path` and returns its full URL. */
  page(path: string, spec: PageSpec): string {
    this.pages.set(path, spec);
    return this.origin + path;
  }

  /** Serves a stylesheet at `path` and returns its path. */
  stylesheet(path: string, css: string): string {
    this.pages.set(path, { html: css, type: TYPES['.css'] });
    return path;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((done) => this.server?.close(done));
  }
}

/** Runs before any page script: the execution detector and the CSP violation log. */
const RECORDER = () => {
  const w = window as unknown as {
    __executed: string[];
    __pwned: (id: string) => void;
    __violations: string[];
    __uncaught: string[];
  };
  w.__executed = [];
  w.__violations = [];
  w.__uncaught = [];
  window.addEventListener('error', (event) => w.__uncaught.push(`error: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) =>
    w.__uncaught.push(`unhandled rejection: ${String(event.reason)}`),
  );
  // Payloads call this; if anything ever runs, the test sees it.
  w.__pwned = (id: string) => void w.__executed.push(String(id));
  document.addEventListener('securitypolicyviolation', (event) => {
    w.__violations.push(
      `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
    );
  });
};

/**
 * The engine's browser, started once for the whole run: starting Firefox costs seconds, and the embed project
 * runs its files one after another in one process without isolation (vitest.config.ts), so they share it.
 * It ends with the process.
 */
let running: Promise<EngineBrowser> | undefined;

/** Opens pages in the engine under test, each in a fresh context (in WebKit, the one window, from about:blank). */
export class EmbedBrowser {
  private engine?: EngineBrowser;
  /** Pages still open: a failed test leaves its page open, and WebKit's driver allows one session at a time. */
  private readonly pages = new Set<EmbedPage>();

  constructor(private readonly server: EmbedServer) {}

  async start(): Promise<void> {
    this.server.injectRecorder = ENGINE === 'webkit';
    this.engine = await (running ??= startEngine(ENGINE));
  }

  /** A fresh page that records warnings, errors and requests; `width` sets the viewport. */
  async open(
    width = 1024,
    options: { forcedColors?: 'active' | 'none'; defaultFontSize?: number } = {},
  ): Promise<{ page: EmbedPage; record: PageRecord }> {
    await this.closeAll();
    const record: PageRecord = { warnings: [], errors: [], requests: [] };
    const page = await this.engine!.open({ ...options, width, initScript: RECORDER, serverLog: this.server }, record);
    this.pages.add(page);
    return { page, record };
  }

  /** Closes every page this browser opened; a page the test closed already stays closed. */
  private async closeAll(): Promise<void> {
    for (const page of this.pages) await page.close().catch(() => undefined);
    this.pages.clear();
  }

  async stop(): Promise<void> {
    await this.closeAll();
  }
}

/** Payload executions, CSP violations, uncaught errors and unhandled rejections the page recorded. */
export async function pageAlarms(
  page: EmbedPage,
): Promise<{ executed: string[]; violations: string[]; uncaught: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __executed: string[]; __violations: string[]; __uncaught: string[] };
    return { executed: w.__executed, violations: w.__violations, uncaught: w.__uncaught };
  });
}

/** Waits until every `prp-*` element on the page is defined and has finished rendering. */
export async function widgetsReady(page: EmbedPage): Promise<void> {
  await page.waitForFunction(() => {
    const all = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('prp-'));
    return all.length > 0 && all.every((el) => customElements.get(el.localName) && el.shadowRoot?.childElementCount);
  });
  await page.evaluate(async () => {
    const all = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('prp-'));
    for (let round = 0; round < 2; round++) {
      await Promise.all(
        all.map(
          (el) => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete ?? Promise.resolve(),
        ),
      );
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    }
  });
}

/** One server and one browser for a test file, started before its tests and stopped after them. */
export function embedSuite(): { server: EmbedServer; browser: EmbedBrowser } {
  const server = new EmbedServer();
  const browser = new EmbedBrowser(server);
  beforeAll(async () => {
    await server.start();
    await browser.start();
  });
  afterAll(async () => {
    await browser.stop();
    await server.stop();
  });
  return { server, browser };
}

/**
 * A describe block for what only some engines' protocols can do: `limit` names its entry in ENGINE_LIMITS
 * (scripts/engines.mjs), which gives the engines and the reason the test summary prints. Skipped elsewhere.
 */
export function describeLimited(limit: keyof typeof ENGINE_LIMITS, name: string, body: () => void): void {
  const { engines } = ENGINE_LIMITS[limit];
  describe.skipIf(!engines.includes(ENGINE))(`${name} [${engines.join(' and ')} only: ${limit}]`, body);
}
