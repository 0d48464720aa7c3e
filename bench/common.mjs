// Shared helpers for the benchmarks in bench/: a tiny static http server, statistics, argument parsing.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, isAbsolute, join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The repository root (bench/..). */
export const ROOT = resolve(import.meta.dirname, '..');

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A dist directory as an absolute path: relative paths are taken from the repository root. */
export function resolveDist(distDir = 'dist') {
  return isAbsolute(distDir) ? distDir : resolve(ROOT, distDir);
}

/** `pathname` below `base`, or undefined when it would escape it. */
export function safeJoin(base, pathname) {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(base, clean.endsWith('/') ? `${clean}index.html` : clean);
  return file === base || file.startsWith(base + '/') ? file : undefined;
}

/**
 * Starts an http server on 127.0.0.1 (port 0). `route(pathname, request)` returns
 * `{ body, type?, delayMs? }`, `{ file, delayMs? }` or undefined (404). Resolves to `{ origin, close }`.
 * `gzip`: text is sent gzip-compressed to a browser that accepts it, as web hosts and CDNs send it.
 */
export async function startServer(route, { gzip = false } = {}) {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    try {
      const hit = await route(pathname, request);
      if (!hit) throw new Error('not found');
      let { body, type } = hit;
      if (hit.file) {
        if (!(await stat(hit.file)).isFile()) throw new Error('not found');
        body = await readFile(hit.file);
        type ??= TYPES[extname(hit.file)];
      }
      if (hit.delayMs) await new Promise((done) => setTimeout(done, hit.delayMs));
      const headers = { 'content-type': type ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (
        gzip &&
        /^text\/|json/.test(headers['content-type']) &&
        /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
      ) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
      response.writeHead(200, headers);
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('Not found');
    }
  });
  // Keep-alive sockets would make close() wait; track and destroy them.
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const round = (value, digits = 1) =>
  value === undefined || Number.isNaN(value) ? value : Number(value.toFixed(digits));

/** Prints rows (arrays of cells) as an aligned plain-text table. */
export function printTable(header, rows) {
  const all = [header, ...rows].map((row) => row.map((cell) => String(cell ?? '')));
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(line(all[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of all.slice(1)) console.log(line(row));
}

/** Command-line flags: `--name value`, `--name=value` and bare `--flag` (true). */
export function parseArgs(argv = process.argv.slice(2)) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([^=]+)(?:=(.*))?$/.exec(argv[i]);
    if (!match) continue;
    const [, name, inline] = match;
    if (inline !== undefined) options[name] = inline;
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) options[name] = argv[++i];
    else options[name] = true;
  }
  return options;
}

/** True when the module at `metaUrl` is the script node was started with. */
export function isMain(metaUrl) {
  return Boolean(process.argv[1]) && pathToFileURL(resolve(process.argv[1])).href === metaUrl;
}

/** A CLI --dist value: relative to the current directory (the function's own default is relative to the repo). */
export function cliDist(value) {
  return value === undefined ? undefined : resolve(process.cwd(), value);
}

export { fileURLToPath };
