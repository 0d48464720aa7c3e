// npm test: the whole suite. Finds Chromium (CHROME_PATH, then the usual paths), builds, type-checks (also
// the generated JSX types), packs the package and builds the React and Vue examples from it, runs Vitest
// (unit, package health, the embedding suite with the examples, Storybook stories as tests) and
// @web/test-runner (elements in Chromium) and the visual comparison of every story (scripts/screens.mjs),
// then prints one closing line with the totals. Exits non-zero if any step fails.
import { spawn } from 'node:child_process';
import { requireChromium } from './chromium.mjs';

process.env.CHROME_PATH = requireChromium();
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';
console.log(`Using Chromium at ${process.env.CHROME_PATH}`);

const strip = (text) => text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');

/** Runs a command, streaming its output, and resolves with its exit code and output. */
function run(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        output += chunk;
        (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
      });
    }
    child.on('close', (code) => resolve({ code: code ?? 1, output: strip(output) }));
  });
}

const bin = (name) => `node_modules/.bin/${name}`;
let passed = 0;
let failed = 0;
const failures = [];

for (const [label, command, args, count] of [
  ['build', 'node', ['scripts/build.mjs']],
  ['typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']],
  // The generated JSX types, as an app would use them: valid TSX compiles, each wrong value is an error.
  ['JSX types: React 19', bin('tsc'), ['-p', 'tests/types/tsconfig.react.json']],
  ['JSX types: Preact', bin('tsc'), ['-p', 'tests/types/tsconfig.preact.json']],
  // Pack, unpack into examples/node_modules, build the React and Vue examples (opened by tests/embed/).
  ['examples: pack and build', 'node', ['scripts/examples.mjs']],
  ['vitest (unit, package, embedding, examples, stories)', bin('vitest'), ['run'], (out) => {
    const line = out.match(/^\s*Tests\s+(.*)$/m)?.[1] ?? '';
    return [Number(line.match(/(\d+) passed/)?.[1] ?? 0), Number(line.match(/(\d+) failed/)?.[1] ?? 0)];
  }],
  ['web-test-runner (elements in Chromium)', bin('web-test-runner'), [], (out) => {
    const all = [...out.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
    return all ? [Number(all[1]), Number(all[2])] : [0, 0];
  }],
  // Every story of the static Storybook at 360 and 1280 px against the committed baselines.
  ['screens (static Storybook pictures)', 'node', ['scripts/screens.mjs'], (out) => {
    const line = out.match(/^screens: (\d+) passed, (\d+) failed$/m);
    return line ? [Number(line[1]), Number(line[2])] : [0, 0];
  }],
]) {
  const { code, output } = await run(label, command, args);
  if (count) {
    const [p, f] = count(output);
    passed += p;
    failed += f;
  }
  if (code !== 0) failures.push(label);
}

console.log(`\n${failures.length ? `Failed steps: ${failures.join(', ')}` : 'All steps passed.'}`);
console.log(`total: ${passed} passed, ${failed} failed`);
process.exit(failures.length || failed ? 1 : 0);
