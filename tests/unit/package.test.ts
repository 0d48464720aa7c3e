/**
 * Package health, on what `npm pack` would publish (run after `npm run build`): publint and
 * arethetypeswrong report nothing, and the tarball holds exactly the files the exports map needs,
 * followed import by import (with each module's .d.ts), plus README, CHANGELOG and LICENSE; no sources,
 * tests, stories or source maps.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

import { publint } from 'publint';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  exports: Record<string, string | { types?: string; default?: string; node?: string }>;
  bin: Record<string, string>;
  [field: string]: unknown;
};
const packed = (
  JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  ) as {
    files: { path: string }[];
  }[]
)[0].files.map((file) => file.path);

const clean = (path: string) => posix.normalize(path).replace(/^\.\//, '');
const targets = [
  ...Object.values(pkg.exports).flatMap((target) =>
    typeof target === 'string' ? [target] : [target.types, target.default, target.node],
  ),
  ...Object.values(pkg.bin),
]
  .filter((t): t is string => !!t)
  .map(clean);

/** Every file reachable from `entries` through relative imports (static, dynamic, type-only). */
function closure(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.(js|d\.ts)$/.test(file)) continue;
    const code = readFileSync(file, 'utf8');
    for (const [, specifier] of code.matchAll(/(?:from|import)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g)) {
      let target = posix.join(posix.dirname(file), specifier);
      if (file.endsWith('.d.ts')) target = target.replace(/\.js$/, '.d.ts');
      queue.push(target);
    }
  }
  return seen;
}

describe('the published package', () => {
  it('publint reports nothing', async () => {
    const { messages } = await publint({ pkgDir: '.', pack: false, level: 'suggestion', strict: true });
    expect(messages.map((m) => `${m.type}: ${m.code} ${JSON.stringify(m.args)}`)).toEqual([]);
  }, 60_000);

  it('arethetypeswrong finds no problem for ES module consumers', () => {
    const nonScript = Object.keys(pkg.exports).filter((subpath) => /\.(css|json)$/.test(subpath));
    const result = spawnSync(
      'node_modules/.bin/attw',
      ['--pack', '.', '--profile', 'esm-only', '--exclude-entrypoints', ...nonScript],
      { encoding: 'utf8' },
    );
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const resolutions = result.stdout.split('\n').filter((line) => /^(node16 \(from ESM\)|bundler):/.test(line));
    expect(resolutions.length).toBeGreaterThanOrEqual(2 * 8);
    expect(resolutions.filter((line) => !line.includes('🟢'))).toEqual([]);
  }, 120_000);

  it('holds README, CHANGELOG, LICENSE and every file the exports map and package fields point to', () => {
    for (const file of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE']) expect(packed, file).toContain(file);
    for (const field of ['main', 'module', 'types', 'customElements', 'web-types'])
      expect(packed, field).toContain(clean(pkg[field] as string));
    for (const target of targets) expect(packed, target).toContain(target);
  });

  it('holds nothing else: exactly the files those entries import, and no sources, tests, stories or source maps', () => {
    const needed = closure(targets.filter((t) => /\.(js|d\.ts)$/.test(t)));
    for (const t of targets) needed.add(t);
    // Each shipped module keeps its declaration file beside it.
    for (const file of [...needed])
      if (file.endsWith('.js') && packed.includes(file.replace(/\.js$/, '.d.ts')))
        needed.add(file.replace(/\.js$/, '.d.ts'));
    const published = packed.filter((file) => file.startsWith('dist/'));
    expect(
      published.filter((file) => !needed.has(file)),
      'published but not needed',
    ).toEqual([]);
    expect(
      [...needed].filter((file) => file.startsWith('dist/') && !published.includes(file)),
      'needed but not published',
    ).toEqual([]);
    expect(
      packed.filter((file) => /^(src|tests|stories|demo|docs|bench|scripts|examples|\.storybook)\/|\.map$/.test(file)),
    ).toEqual([]);
    expect(published.some((file) => file.startsWith('dist/cdn/chunks/es-'))).toBe(true);
  });
});
