// Sizes of every built entry: raw, gzip -9 and brotli (quality 11). npm entries are measured as an app's
// bundler would ship them, minified: what loads with the entry (its static imports), and apart from that
// the chunks it loads on demand (languages other than English). Each is measured with `lit` external and
// with `lit` bundled; `lit` alone, bundled the same way, is the floor. CDN files are measured as shipped.
// Run after `npm run build`.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { build } from 'vite';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const LIT = [/^lit($|\/)/, /^@lit\//, /^lit-html($|\/)/, /^lit-element($|\/)/];

/** Minified ES bundle of one entry: `code` of what loads with it and `lazy`, the code of each on-demand chunk. */
export async function bundle(entry, { litExternal = true } = {}) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ['es'], fileName: 'entry' },
      rolldownOptions: { external: litExternal ? LIT : [], output: { minify: true } },
    },
  });
  const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
  // What loads with the page: the entry and every chunk it imports statically (code it shares with the
  // on-demand chunks goes into such a chunk). The rest is loaded on demand.
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const withPage = new Set();
  const visit = (chunk) => {
    if (!chunk || withPage.has(chunk)) return;
    withPage.add(chunk);
    chunk.imports.forEach((file) => visit(byFile.get(file)));
  };
  chunks.filter((c) => c.isEntry).forEach(visit);
  return {
    code: [...withPage].map((c) => c.code).join('\n'),
    lazy: chunks.filter((c) => !withPage.has(c)).map((c) => c.code),
  };
}

/** Files travel and are compressed one by one: the sum of each file's sizes. */
export function measureFiles(codes) {
  const total = { raw: 0, gzip: 0, brotli: 0, files: codes.length };
  for (const code of codes) {
    const sizes = measure(code);
    total.raw += sizes.raw;
    total.gzip += sizes.gzip;
    total.brotli += sizes.brotli;
  }
  return total;
}

export function measure(code) {
  const buffer = Buffer.from(code);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** `lit` alone (everything the `lit` entry exports), bundled and minified like our entries: the floor. */
export async function measureLit() {
  const dir = mkdtempSync(join(tmpdir(), 'prp-lit-'));
  const entry = join(dir, 'lit-floor.js');
  writeFileSync(entry, `export * from '${resolve('node_modules/lit/index.js')}';\n`);
  try {
    return measure((await bundle(entry, { litExternal: false })).code);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Every `.js` entry of the exports map. npm entries: `lit` external (the budget) and bundled, plus the
 * on-demand chunks; CDN files: as shipped.
 */
export async function measureEntries() {
  const rows = [];
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? target : target.default;
    if (file === undefined) continue; // `./ssr`: for Node only, never loaded in a browser
    if (!file.endsWith('.js') || file.endsWith('/empty.js')) continue; // JSON, CSS and the type-only JSX entries
    if (file.includes('/cdn/')) {
      // The module fetches its chunks (Spanish, override checks) only when a page needs them.
      const isModule = !file.endsWith('.iife.js');
      const chunks = isModule
        ? readdirSync('dist/cdn/chunks').map((name) => readFileSync(`dist/cdn/chunks/${name}`, 'utf8'))
        : [];
      rows.push({
        entry: subpath,
        file,
        isCdn: true,
        note: isModule
          ? 'as shipped, Lit bundled; other languages on demand'
          : 'as shipped, Lit bundled, everything in one file',
        ...measure(readFileSync(file, 'utf8')),
        onDemand: isModule ? measureFiles(chunks) : undefined,
      });
      continue;
    }
    const external = await bundle(file);
    const included = await bundle(file, { litExternal: false });
    rows.push({
      entry: subpath,
      file,
      isCdn: false,
      note: 'lit external',
      ...measure(external.code),
      withLit: measure(included.code),
      onDemand: external.lazy.length ? measureFiles(external.lazy) : undefined,
    });
  }
  return rows;
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** The size table in Markdown. */
export function sizeTable(rows, lit) {
  const lines = [
    '| entry | loads with the page (raw / gzip / brotli) | with `lit` bundled (brotli) | on demand: Spanish, prolotherapy, override checks (files, brotli total) |',
    '|---|---|---|---|',
  ];
  for (const r of rows) {
    const main = `${kb(r.raw)} / ${kb(r.gzip)} / **${kb(r.brotli)}**`;
    const where = r.isCdn ? `(${r.note})` : '(`lit` external)';
    const later = r.onDemand ? `${r.onDemand.files} files, ${kb(r.onDemand.brotli)}` : r.isCdn ? 'in the file' : '—';
    lines.push(
      `| \`${r.entry}\` | ${main} ${where} | ${r.withLit ? kb(r.withLit.brotli) : r.isCdn ? '(inside)' : '—'} | ${later} |`,
    );
  }
  lines.push(`| \`lit\` alone (the floor) | ${kb(lit.raw)} / ${kb(lit.gzip)} / **${kb(lit.brotli)}** | | |`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(sizeTable(await measureEntries(), await measureLit()));
}
