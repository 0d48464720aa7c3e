// The three browser engines the tests run in, all from Debian's packages (no tool downloads a browser):
// Chromium (`chromium`, over the DevTools protocol), Firefox ESR (`firefox-esr`, over WebDriver BiDi through
// Puppeteer 24) and WebKitGTK (`webkit2gtk-driver`: WebKitWebDriver and MiniBrowser, over WebDriver, under Xvfb).
// PRP_ENGINE=chromium|firefox|webkit picks one; scripts/test.mjs sets it for each engine's run.
import { execFile, spawn } from 'node:child_process';
import { existsSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { promisify } from 'node:util';

import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

export const ENGINES = /** @type {const} */ (['chromium', 'firefox', 'webkit']);

/** @typedef {typeof ENGINES[number]} Engine */

const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
const MINIBROWSER = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];

/** The engine this process tests in: PRP_ENGINE, default Chromium. */
export function currentEngine() {
  const engine = process.env.PRP_ENGINE ?? 'chromium';
  if (!ENGINES.includes(engine)) throw new Error(`PRP_ENGINE=${engine}: expected one of ${ENGINES.join(', ')}`);
  return /** @type {Engine} */ (engine);
}

export const findFirefox = () => process.env.FIREFOX_PATH ?? FIREFOX.find((path) => existsSync(path));
export const findMiniBrowser = () => process.env.MINIBROWSER_PATH ?? MINIBROWSER.find((path) => existsSync(path));

/** What is missing to run `engine` here, in words with the Debian package to install; undefined when nothing is. */
export function missingFor(engine) {
  if (engine === 'chromium') return findChromium() ? undefined : 'Chromium (Debian package chromium, or CHROME_PATH)';
  if (engine === 'firefox')
    return findFirefox() ? undefined : 'Firefox ESR (Debian package firefox-esr, or FIREFOX_PATH)';
  const lacking = [
    !existsSync(WEBKIT_DRIVER) || !findMiniBrowser()
      ? 'WebKitWebDriver and MiniBrowser (Debian package webkit2gtk-driver)'
      : '',
    !onPath('Xvfb') && !process.env.DISPLAY ? 'Xvfb (Debian package xvfb)' : '',
    !onPath('xdotool') ? 'xdotool (Debian package xdotool)' : '',
  ].filter(Boolean);
  return lacking.length ? lacking.join(', ') : undefined;
}

function onPath(command) {
  return (process.env.PATH ?? '').split(':').some((dir) => existsSync(`${dir}/${command}`));
}

/** Puppeteer launch options for Debian's Firefox ESR over WebDriver BiDi. */
export function firefoxLaunchOptions(extraPrefsFirefox = {}) {
  return {
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    protocol: 'webDriverBiDi',
    extraPrefsFirefox,
  };
}

/** Playwright launch options for Debian's Chromium. */
export function chromiumLaunchOptions() {
  return { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS };
}

async function freePort() {
  const server = createServer();
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  await new Promise((done) => server.close(done));
  return port;
}

const running = new Set();
// A crashed run must not leave a driver or a browser behind: each runs in its own process group, ended here.
const endAll = () => {
  for (const child of running) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  running.clear();
};
process.once('exit', endAll);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => (endAll(), process.exit(130)));

function startGroup(command, args, env = process.env, stdio = 'ignore') {
  const child = spawn(command, args, { detached: true, stdio, env });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

/** The X display for MiniBrowser, which has no headless mode: DISPLAY, or one Xvfb for this process (a driver
 * started again after a crash reuses it). */
let xDisplay;
function display() {
  xDisplay ??= process.env.DISPLAY ? Promise.resolve(process.env.DISPLAY) : startXvfb();
  return xDisplay;
}

async function startXvfb() {
  const xvfb = startGroup(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'],
    process.env,
    ['ignore', 'ignore', 'ignore', 'pipe'],
  );
  let timer;
  const number = await new Promise((resolve, reject) => {
    let text = '';
    xvfb.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(text.trim());
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with code ${code}`)));
    timer = setTimeout(() => reject(new Error('Xvfb did not start within 10 s')), 10_000);
  }).finally(() => clearTimeout(timer));
  // Kept for the process's life (ended on exit), without keeping a finished script alive.
  xvfb.stdio[3].destroy();
  xvfb.unref();
  return `:${number}`;
}

/**
 * Starts WebKitWebDriver (and Xvfb when there is no display). Returns the WebdriverIO connection options and
 * `focus()`, which gives MiniBrowser's window the keyboard focus: with no window manager it never gets it, and
 * then `:focus-visible` never matches and Tab skips shadow roots.
 */
export async function startWebKit() {
  const DISPLAY = await display();
  const port = await freePort();
  // PRP_WEBKIT_LOG=<file> keeps what the driver and MiniBrowser print (why a session ended, say).
  const log = process.env.PRP_WEBKIT_LOG ? openSync(process.env.PRP_WEBKIT_LOG, 'a') : 'ignore';
  const driver = startGroup(WEBKIT_DRIVER, [`--port=${port}`], { ...process.env, DISPLAY }, ['ignore', log, log]);
  const deadline = Date.now() + 15_000;
  for (;;) {
    const ready = await fetch(`http://127.0.0.1:${port}/status`, { signal: AbortSignal.timeout(2000) })
      .then((response) => response.ok)
      .catch(() => false);
    if (ready) break;
    if (driver.exitCode !== null || Date.now() > deadline) throw new Error('WebKitWebDriver did not start');
    await new Promise((done) => setTimeout(done, 100));
  }
  return {
    connection: {
      hostname: '127.0.0.1',
      port,
      logLevel: /** @type {const} */ ('error'),
      // MiniBrowser hangs rather than failing when something is wrong: never wait forever.
      connectionRetryTimeout: 60_000,
      connectionRetryCount: 1,
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: findMiniBrowser(), args: ['--automation'] },
      },
    },
    focus: () => focusMiniBrowser(DISPLAY),
    stop: () => {
      try {
        process.kill(-driver.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    },
  };
}

/**
 * A WebDriver client for `startWebKit()`'s driver: `call(method, path, body)` returns the command's value or
 * throws with WebDriver's message, and never waits more than 90 s (MiniBrowser hangs rather than failing).
 * `newSession(extra)` opens MiniBrowser (one window) with extra capabilities, gives it the focus and returns the
 * session's own `call`, prefixed with its path.
 */
export function webkitClient(webkit) {
  const base = `http://${webkit.connection.hostname}:${webkit.connection.port}`;
  const call = async (method, path, body) => {
    const response = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(90_000),
    });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${value?.error} ${value?.message ?? ''}`);
    return value;
  };
  const newSession = async (extra = {}) => {
    const { capabilities } = webkit.connection;
    const { sessionId } = await call('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          browserName: capabilities.browserName,
          'webkitgtk:browserOptions': capabilities['webkitgtk:browserOptions'],
          ...extra,
        },
      },
    });
    await call('POST', `/session/${sessionId}/timeouts`, { script: 60_000, pageLoad: 60_000 });
    await webkit.focus();
    return (method, path, body) => call(method, `/session/${sessionId}${path}`, body);
  };
  return { call, newSession };
}

/** MiniBrowser's window is never narrower than this, whatever WebDriver asks. */
export const MINIBROWSER_MIN_WIDTH = 447;

/**
 * Sets the viewport of a WebKit session. WebDriver sizes the window, and X applies a new size a moment later:
 * so set it, wait until the viewport stops changing, and correct by the difference until it is exact.
 */
export async function setWebKitViewport(session, width, height) {
  const wanted = [Math.max(width, MINIBROWSER_MIN_WIDTH), height];
  const viewport = () => session('POST', '/execute/sync', { script: 'return [innerWidth, innerHeight];', args: [] });
  let outer = [...wanted];
  let inner = [0, 0];
  for (let attempt = 0; attempt < 5; attempt++) {
    await session('POST', '/window/rect', { width: outer[0], height: outer[1] });
    for (let previous = undefined, polls = 0; polls < 40; polls++) {
      inner = await viewport();
      if (
        previous &&
        inner[0] === previous[0] &&
        inner[1] === previous[1] &&
        (polls > 2 || inner.every((n, i) => n === wanted[i]))
      )
        break;
      previous = inner;
      await new Promise((done) => setTimeout(done, 25));
    }
    if (inner[0] === wanted[0] && inner[1] === wanted[1]) return;
    outer = outer.map((n, i) => n + wanted[i] - inner[i]);
  }
  throw new Error(`WebKit's viewport stays ${inner.join('×')} px; asked for ${wanted.join('×')}`);
}

/** Gives every visible MiniBrowser window the keyboard focus. */
async function focusMiniBrowser(DISPLAY) {
  const env = { ...process.env, DISPLAY };
  const { stdout } = await promisify(execFile)('xdotool', ['search', '--onlyvisible', '--class', 'MiniBrowser'], {
    env,
    timeout: 10_000,
  }).catch(() => ({ stdout: '' }));
  for (const id of stdout.split(/\s+/).filter(Boolean)) {
    await promisify(execFile)('xdotool', ['windowfocus', '--sync', id], { env, timeout: 10_000 }).catch(
      () => undefined,
    );
  }
}

/**
 * What runs in one engine only, and why: the test summary prints this list under each engine that skips them.
 * Keys are the names tests give `describeLimited` (tests/embed/harness.ts).
 */
export const ENGINE_LIMITS = {
  'heap metrics': {
    engines: ['chromium'],
    why: 'the memory scenario forces garbage collection and reads node, listener and heap counts through the Chrome DevTools Protocol; WebDriver BiDi and classic WebDriver have neither',
  },
  'forced colours': {
    engines: ['chromium'],
    why: 'only the DevTools protocol can switch forced-colors on; Firefox over BiDi and WebKit over WebDriver cannot emulate it',
  },
  'accessibility tree': {
    engines: ['chromium'],
    why: "the full accessibility tree (Accessibility.getFullAXTree) comes from the DevTools protocol; WebDriver BiDi and classic WebDriver expose only one element's computed name and role",
  },
  'default font size': {
    engines: ['chromium', 'firefox'],
    why: "WebKit has no default font size a reader sets (Safari offers zoom and a minimum size), and WebKitGTK's MiniBrowser exposes none to automation",
  },
};
