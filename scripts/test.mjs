// npm test: the whole suite. Finds Chromium (CHROME_PATH, then the usual paths), lints, builds, type-checks (also
// the generated JSX types), packs the package and builds the React and Vue examples from it, runs the unit
// tests in Node, then in each engine (Chromium, Firefox ESR, WebKitGTK; scripts/engines.mjs) the embedding
// suite and the elements' own tests (@web/test-runner), and in Chromium the Storybook stories and the visual
// comparison of every story (scripts/screens.mjs). It prints a line per engine (passed, failed, skipped and
// why) and one closing line with the totals, and exits non-zero if any step fails.
//   npm test -- --engine firefox     only that engine's browser steps (repeat or comma-separate for more)
import { spawn } from 'node:child_process';

import { requireChromium } from './chromium.mjs';
import { ENGINE_LIMITS, ENGINES, missingFor } from './engines.mjs';

process.env.CHROME_PATH = requireChromium();
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';
console.log(`Using Chromium at ${process.env.CHROME_PATH}`);

const asked = process.argv.flatMap((arg, i, all) =>
  all[i - 1] === '--engine' ? arg.split(',') : arg.startsWith('--engine=') ? arg.slice(9).split(',') : [],
);
for (const engine of asked)
  if (!ENGINES.includes(engine)) throw new Error(`--engine ${engine}: expected one of ${ENGINES.join(', ')}`);
const engines = asked.length ? ENGINES.filter((engine) => asked.includes(engine)) : [...ENGINES];
const lacking = engines.map((engine) => [engine, missingFor(engine)]).filter(([, missing]) => missing);
if (lacking.length) {
  for (const [engine, missing] of lacking) console.error(`Cannot test in ${engine}: install ${missing}.`);
  console.error('.ci/run installs them on Debian; or pick engines with: npm test -- --engine chromium');
  process.exit(1);
}

// eslint-disable-next-line no-control-regex -- ESC starts the terminal colour codes this removes
const strip = (text) => text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');

/** Runs a command, streaming its output, and resolves with its exit code and output. */
function run(label, command, args, env = {}) {
  console.log(
    `\n▶ ${label}: ${Object.entries(env)
      .map(([k, v]) => `${k}=${v} `)
      .join('')}${command} ${args.join(' ')}`,
  );
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
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

/** Vitest's closing "Tests" line: passed, failed, skipped. */
const vitestCount = (out) => {
  const line = out.match(/^\s*Tests\s+(.*)$/m)?.[1] ?? '';
  return ['passed', 'failed', 'skipped'].map((word) => Number(line.match(new RegExp(`(\\d+) ${word}`))?.[1] ?? 0));
};
/** @web/test-runner's last progress line: passed, failed (it reports skipped tests as passed nowhere: none here). */
const wtrCount = (out) => {
  const all = [...out.matchAll(/(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/g)].at(-1);
  return all ? [Number(all[1]), Number(all[2]), Number(all[3] ?? 0)] : [0, 0, 0];
};
const screensCount = (out) => {
  const line = out.match(/^screens: (\d+) passed, (\d+) failed$/m);
  return line ? [Number(line[1]), Number(line[2]), 0] : [0, 0, 0];
};

/** [label, command, args, count, engine ('node' for no browser), env] */
const steps = [
  // First: ESLint (with type information) and Prettier's check; `npm run format` fixes what can be fixed.
  ['lint (ESLint, Prettier)', 'npm', ['run', '--silent', 'lint']],
  ['build', 'node', ['scripts/build.mjs']],
  ['typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']],
  // The generated JSX types, as an app would use them: valid TSX compiles, each wrong value is an error.
  ['JSX types: React 19', bin('tsc'), ['-p', 'tests/types/tsconfig.react.json']],
  ['JSX types: Preact', bin('tsc'), ['-p', 'tests/types/tsconfig.preact.json']],
  // Pack, unpack into examples/node_modules, build the React and Vue examples (opened by tests/embed/).
  ['examples: pack and build', 'node', ['scripts/examples.mjs']],
  ['unit (Node: logic, content, package, sizes)', bin('vitest'), ['run', '--project', 'unit'], vitestCount, 'node'],
];
for (const engine of engines) {
  const env = { PRP_ENGINE: engine };
  steps.push([
    `embedding suite and examples in ${engine}`,
    bin('vitest'),
    ['run', '--project', 'embed'],
    vitestCount,
    engine,
    env,
  ]);
  steps.push([`elements in ${engine} (web-test-runner)`, bin('web-test-runner'), [], wtrCount, engine, env]);
  if (engine === 'chromium') {
    steps.push([
      'stories in chromium (Storybook, axe, Equal Access)',
      bin('vitest'),
      ['run', '--project', 'storybook'],
      vitestCount,
      engine,
    ]);
    // Every story of the static Storybook at 360 and 1280 px against the committed baselines (drawn in Chromium).
    steps.push([
      'screens in chromium (static Storybook pictures)',
      'node',
      ['scripts/screens.mjs'],
      screensCount,
      engine,
    ]);
  }
}

const totals = new Map();
const failures = [];
const started = Date.now();
for (const [label, command, args, count, group, env] of steps) {
  const stepStarted = Date.now();
  const { code, output } = await run(label, command, args, env);
  console.log(
    `◀ ${label}: ${code === 0 ? 'passed' : `failed (exit ${code})`} in ${Math.round((Date.now() - stepStarted) / 1000)} s`,
  );
  if (count) {
    const [passed, failed, skipped] = count(output);
    const sum = totals.get(group) ?? { passed: 0, failed: 0, skipped: 0 };
    totals.set(group, { passed: sum.passed + passed, failed: sum.failed + failed, skipped: sum.skipped + skipped });
  }
  if (code !== 0) failures.push(label);
}

console.log(`\n${failures.length ? `Failed steps: ${failures.join(', ')}` : 'All steps passed.'}`);
let passed = 0;
let failed = 0;
for (const [group, sum] of totals) {
  passed += sum.passed;
  failed += sum.failed;
  console.log(`${group}: ${sum.passed} passed, ${sum.failed} failed, ${sum.skipped} skipped`);
  for (const [name, limit] of Object.entries(ENGINE_LIMITS)) {
    if (group !== 'node' && !limit.engines.includes(group))
      console.log(`  skipped, ${limit.engines.join(' and ')} only (${name}): ${limit.why}`);
  }
}
console.log(`total: ${passed} passed, ${failed} failed (${Math.round((Date.now() - started) / 1000)} s)`);
process.exit(failures.length || failed ? 1 : 0);
