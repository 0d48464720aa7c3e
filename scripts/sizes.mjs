// Sizes of every built entry: raw, gzip -9 and brotli. npm entries are measured as an app's bundler would
// ship them: the entry and everything it imports, minified, with `lit` external. Run after `npm run build`.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Minified bundle of one npm entry with lit external, as a string. */
export async function bundle(entry) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ['es'], fileName: 'entry' },
      rolldownOptions: { external: [/^lit($|\/)/, /^@lit\//], output: { minify: true, codeSplitting: false } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  return outputs.filter((o) => o.type === 'chunk').map((o) => o.code).join('\n');
}

export function measure(code) {
  const buffer = Buffer.from(code);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Every `.js` entry of the exports map with its sizes. */
export async function measureEntries() {
  const rows = [];
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? target : target.default;
    if (!file.endsWith('.js')) continue;
    const isCdn = file.includes('/cdn/');
    const code = isCdn ? readFileSync(file, 'utf8') : await bundle(file);
    rows.push({ entry: subpath, file, isCdn, note: isCdn ? 'as shipped, Lit bundled' : 'bundled + minified, lit external', ...measure(code) });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log('| entry | measured | raw | gzip | brotli |\n|---|---|---|---|---|');
  for (const r of await measureEntries()) console.log(`| \`${r.entry}\` | ${r.note} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
}
