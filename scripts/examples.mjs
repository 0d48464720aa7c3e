// Part of npm test, after the build: packs the package as npm would publish it, unpacks the tarball into
// examples/node_modules/prp-widgets, type-checks the React example and builds the React and Vue examples
// with Vite, and the prerendered pages (a Node script, an Eleventy site). tests/embed/examples.test.ts then
// opens them (and the no-build pages in examples/html).
// The frameworks themselves come from the repository's node_modules, so CI installs nothing extra.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (command, ...args) => execFileSync(command, args, { stdio: 'inherit' });
const bin = (name) => `node_modules/.bin/${name}`;

const work = mkdtempSync(join(tmpdir(), 'prp-pack-'));
try {
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  );
  run('tar', '-xzf', join(work, filename), '-C', work);
  rmSync('examples/node_modules', { recursive: true, force: true });
  mkdirSync('examples/node_modules', { recursive: true });
  renameSync(join(work, 'package'), 'examples/node_modules/prp-widgets');
  console.log(`Unpacked ${filename} into examples/node_modules/prp-widgets.`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

run(bin('tsc'), '-p', 'examples/react/tsconfig.json');
run(bin('vite'), 'build', '--config', 'examples/react/vite.config.ts');
run(bin('vite'), 'build', '--config', 'examples/vue/vite.config.ts');
// Prerendered pages (prp-widgets/ssr): a plain Node script, and an Eleventy site with a transform.
run('node', 'examples/ssr-node/build.mjs');
execFileSync('../../node_modules/.bin/eleventy', ['--config=eleventy.config.mjs', '--quiet'], {
  cwd: 'examples/eleventy',
  stdio: 'inherit',
});
console.log('Built examples/react, vue, ssr-node and eleventy (each dist/) from the packed package.');
