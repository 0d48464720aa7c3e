// npm start: serves the demo clinic page over http on 127.0.0.1, with dist/ beside it (the embed builder is
// dist/configurator/), and prints both URLs.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Maps a URL path to a file: /dist/* from the build, everything else from demo/. */
function fileFor(pathname) {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const base = clean.startsWith('/dist/') ? root : join(root, 'demo');
  const file = join(base, clean.endsWith('/') ? `${clean}index.html` : clean);
  return file.startsWith(root) ? file : undefined;
}

const server = createServer(async (request, response) => {
  const file = fileFor(new URL(request.url ?? '/', 'http://localhost').pathname);
  try {
    if (!file || !(await stat(file)).isFile()) throw new Error('not found');
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    response.end(await readFile(file));
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('Not found');
  }
});

const port = Number(process.env.PORT ?? 8080);
server.on('error', (error) => {
  if (error.code === 'EADDRINUSE' && !process.env.PORT) server.listen(0, '127.0.0.1');
  else throw error;
});
server.listen(port, '127.0.0.1', () => {
  const { port: actual } = server.address();
  console.log(
    `\nDemo clinic page: http://127.0.0.1:${actual}/\nEmbed builder: http://127.0.0.1:${actual}/dist/configurator/\n(Ctrl+C to stop.)`,
  );
});
