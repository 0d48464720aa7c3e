/**
 * The embedding suite's machinery: an http server on 127.0.0.1 that serves the built `dist/` files and
 * pages written by each test (with the response headers the test asks for), and Debian's Chromium driven
 * through playwright-core. Every page records what a clinic's web admin could see go wrong: console
 * warnings, uncaught errors and unhandled rejections, CSP violation reports, requests, and any sign that
 * a payload executed (`window.__executed`).
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../../scripts/chromium.mjs';

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

/** Files under these prefixes come from the repository (examples/ after scripts/examples.mjs); `/never/*` never answers. */
const FROM_DISK = ['/dist/', '/examples/', '/node_modules/lit/', '/node_modules/lit-html/', '/node_modules/lit-element/', '/node_modules/@lit/reactive-element/'];

export class EmbedServer {
  private readonly pages = new Map<string, PageSpec>();
  private server?: Server;
  origin = '';

  async start(): Promise<void> {
    this.server = createServer(async (request, response) => {
      const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
      const page = this.pages.get(pathname);
      if (page) {
        response.writeHead(200, { 'content-type': page.type ?? TYPES['.html']!, 'cache-control': 'no-store', ...page.headers });
        response.end(page.html);
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
          response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
          response.end(body);
          return;
        } catch {
          // falls through to 404
        }
      }
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('Not found');
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

/** What a page reported while a test ran. */
export interface PageRecord {
  readonly warnings: string[];
  readonly errors: string[];
  readonly requests: string[];
}

/** Runs before any page script: the execution detector and the CSP violation log. */
const RECORDER = () => {
  const w = window as unknown as { __executed: string[]; __pwned: (id: string) => void; __violations: string[]; __uncaught: string[] };
  w.__executed = [];
  w.__violations = [];
  w.__uncaught = [];
  window.addEventListener('error', (event) => w.__uncaught.push(`error: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) => w.__uncaught.push(`unhandled rejection: ${String(event.reason)}`));
  // Payloads call this; if anything ever runs, the test sees it.
  w.__pwned = (id: string) => void w.__executed.push(String(id));
  document.addEventListener('securitypolicyviolation', (event) => {
    w.__violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
  });
};

export class EmbedBrowser {
  private browser?: Browser;

  async start(): Promise<void> {
    this.browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS, headless: true });
  }

  /** A fresh context and page that records warnings, errors and requests; `width` sets the viewport. */
  async open(
    width = 1024,
    options: { reducedMotion?: 'reduce' | 'no-preference'; forcedColors?: 'active' | 'none' } = {},
  ): Promise<{ page: Page; context: BrowserContext; record: PageRecord }> {
    const context = await this.browser!.newContext({
      viewport: { width, height: 900 },
      reducedMotion: options.reducedMotion ?? 'no-preference',
      forcedColors: options.forcedColors ?? 'none',
    });
    const page = await context.newPage();
    const record: PageRecord = { warnings: [], errors: [], requests: [] };
    await page.addInitScript(RECORDER);
    page.on('console', (message) => {
      if (message.type() === 'warning') record.warnings.push(message.text());
      if (message.type() === 'error') record.errors.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => record.errors.push(`uncaught: ${error.message}`));
    page.on('request', (request) => record.requests.push(request.url()));
    return { page, context, record };
  }

  async stop(): Promise<void> {
    await this.browser?.close();
  }
}

/** Payload executions, CSP violations, uncaught errors and unhandled rejections the page recorded. */
export async function pageAlarms(page: Page): Promise<{ executed: string[]; violations: string[]; uncaught: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __executed: string[]; __violations: string[]; __uncaught: string[] };
    return { executed: w.__executed, violations: w.__violations, uncaught: w.__uncaught };
  });
}

/** Waits until every `prp-*` element on the page is defined and has finished rendering. */
export async function widgetsReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const all = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('prp-'));
    return all.length > 0 && all.every((el) => customElements.get(el.localName) && el.shadowRoot?.childElementCount);
  });
  await page.evaluate(async () => {
    const all = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('prp-'));
    for (let round = 0; round < 2; round++) {
      await Promise.all(all.map((el) => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    }
  });
}

/** One server and one browser for a test file, started before its tests and stopped after them. */
export function embedSuite(): { server: EmbedServer; browser: EmbedBrowser } {
  const server = new EmbedServer();
  const browser = new EmbedBrowser();
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
