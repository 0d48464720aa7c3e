// A plain Node script that prerenders a page: every prp-widgets element in page.html is written out with
// its declarative shadow root (prp-widgets/ssr), the rest of the page as it was. scripts/examples.mjs runs
// it: node examples/ssr-node/build.mjs → examples/ssr-node/dist/index.html
import { mkdir, readFile, writeFile } from 'node:fs/promises';

import { prerender } from 'prp-widgets/ssr';

const page = await readFile(new URL('page.html', import.meta.url), 'utf8');
await mkdir(new URL('dist/', import.meta.url), { recursive: true });
await writeFile(new URL('dist/index.html', import.meta.url), await prerender(page));
console.log('Wrote examples/ssr-node/dist/index.html');
