// npm test: the whole suite. Finds Chromium (CHROME_PATH, then the usual paths), lints, builds, type-checks (also
// the generated JSX types), packs the package and builds the React and Vue examples from it, runs the unit
// tests in Node, then in each engine (Chromium, Firefox ESR, WebKitGTK; scripts/engines.mjs) the embedding
// suite and the elements' own tests (@web/test-runner), and in Chromium the Storybook stories and the visual
// comparison of every story (scripts/screens.mjs); the test steps two at a time (runTwoAtATime). It prints
// each failed test again, a line per engine (passed, failed, skipped and why) and one closing line with the
// totals, and exits non-zero if any step fails.
// The counts come from each runner's machine-readable report in reports/ (git-ignored): Vitest's JSON reporter,
// the JSON reporter of web-test-runner.config.mjs (scripts/web-test-runner-report.mjs) and the one
// scripts/screens.mjs writes. Each report is removed before its step runs; a step that leaves none has failed.
//   npm test -- --engine firefox     only that engine's browser steps (repeat or comma-separate for more)
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';

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

/**
 * Runs a command and resolves with its exit code. The output streams through, or,
 * for a step that runs beside another (`quiet`), is kept and printed in one piece when it ends, so that two
 * steps' lines never interleave.
 */
function run(label, command, args, env = {}, quiet = false) {
  const kept = [];
  const say = (text) => (quiet ? kept.push(text) : process.stdout.write(text));
  say(
    `\n▶ ${label}: ${Object.entries(env)
      .map(([k, v]) => `${k}=${v} `)
      .join('')}${command} ${args.join(' ')}\n`,
  );
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    if (quiet) {
      child.stdout.on('data', (chunk) => kept.push(chunk));
      child.stderr.on('data', (chunk) => kept.push(chunk));
    } else {
      child.stdout.pipe(process.stdout, { end: false });
      child.stderr.pipe(process.stderr, { end: false });
    }
    child.on('close', (code) => {
      if (quiet) process.stdout.write(Buffer.concat(kept.map((part) => Buffer.from(part))));
      resolve({ code: code ?? 1 });
    });
  });
}

const bin = (name) => `node_modules/.bin/${name}`;

/** Vitest with its usual console output, and its JSON report in `file`. */
const vitestArgs = (project, file) => [
  'run',
  '--project',
  project,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${file}`,
];

/** Vitest's JSON report (Jest's format): passed, failed, skipped (skipped and todo tests). */
const vitestCount = (report) => [
  report.numPassedTests,
  report.numFailedTests,
  report.numPendingTests + report.numTodoTests,
];
/** The reports of web-test-runner.config.mjs and scripts/screens.mjs: { passed, failed, skipped }. */
const ownCount = (report) => [report.passed, report.failed, report.skipped];

/**
 * What failed, as "file › test: first line of the message", from a step's report (Vitest's, or the ones with
 * `failures` lists): printed again at the end, since a quiet step's output may be far above the summary.
 */
function readFailures(file) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    const firstLine = (text) =>
      String(text ?? '')
        .split('\n')
        .find((line) => line.trim()) ?? '';
    if (report.testResults)
      return report.testResults.flatMap((result) =>
        result.assertionResults
          .filter((test) => test.status === 'failed')
          .map((test) => `${relative('.', result.name)} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`)
          .concat(
            result.status === 'failed' && !result.assertionResults.length
              ? [`${relative('.', result.name)}: ${firstLine(result.message)}`]
              : [],
          ),
      );
    return [
      ...(report.failures ?? []).map(firstLine),
      ...(report.files ?? []).flatMap((entry) =>
        [...entry.failures, ...entry.errors].map((line) => `${entry.file} › ${firstLine(line)}`),
      ),
    ];
  } catch {
    return [];
  }
}

/** The counts in a step's report, or why there are none. */
function readCounts(file, count) {
  if (!existsSync(file)) return { missing: `no report at ${file}` };
  try {
    const counts = count(JSON.parse(readFileSync(file, 'utf8')));
    if (counts.every((n) => Number.isInteger(n) && n >= 0)) return { counts };
    return { missing: `no counts in ${file}` };
  } catch (error) {
    return { missing: `unreadable report ${file}: ${error.message}` };
  }
}

/** [label, command, args, count, engine ('node' for no browser), env, report] */
const lint = [
  // ESLint (with type information) and Prettier's check; `npm run format` fixes what can be fixed.
  ['lint (ESLint, Prettier)', 'npm', ['run', '--silent', 'lint']],
];
const buildChain = [
  ['build', 'node', ['scripts/build.mjs']],
  ['typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']],
  // The generated JSX types, as an app would use them: valid TSX compiles, each wrong value is an error.
  ['JSX types: React 19', bin('tsc'), ['-p', 'tests/types/tsconfig.react.json']],
  ['JSX types: Preact', bin('tsc'), ['-p', 'tests/types/tsconfig.preact.json']],
  // Pack, unpack into examples/node_modules, build the React and Vue examples (opened by tests/embed/).
  ['examples: pack and build', 'node', ['scripts/examples.mjs']],
];
const unit = [
  'unit (Node: logic, content, package, sizes)',
  bin('vitest'),
  vitestArgs('unit', 'reports/unit.json'),
  vitestCount,
  'node',
  {},
  'reports/unit.json',
];

/** One engine's steps, in order: the embedding suite, the elements' tests, and in Chromium the stories. */
function engineSteps(engine) {
  const env = { PRP_ENGINE: engine };
  const steps = [
    [
      `embedding suite and examples in ${engine}`,
      bin('vitest'),
      vitestArgs('embed', `reports/embed-${engine}.json`),
      vitestCount,
      engine,
      env,
      `reports/embed-${engine}.json`,
    ],
    // web-test-runner.config.mjs writes the report of the engine PRP_ENGINE names.
    [
      `elements in ${engine} (web-test-runner)`,
      bin('web-test-runner'),
      [],
      ownCount,
      engine,
      env,
      `reports/elements-${engine}.json`,
    ],
  ];
  if (engine === 'chromium')
    steps.push(
      [
        'stories in chromium (Storybook, axe, Equal Access)',
        bin('vitest'),
        vitestArgs('storybook', 'reports/stories.json'),
        vitestCount,
        engine,
        {},
        'reports/stories.json',
      ],
      // Every story of the static Storybook at 360 and 1280 px against the committed baselines (drawn in Chromium).
      [
        'screens in chromium (static Storybook pictures)',
        'node',
        ['scripts/screens.mjs'],
        ownCount,
        engine,
        {},
        'reports/screens.json',
      ],
    );
  return engines.includes(engine) ? steps : [];
}

const totals = new Map();
const failures = [];
/** Each failed test, with its step. */
const failedTests = [];
const started = Date.now();

async function runStep([label, command, args, count, group, env, report], quiet) {
  const stepStarted = Date.now();
  if (report) rmSync(report, { force: true });
  const { code } = await run(label, command, args, env, quiet);
  const { counts, missing } = report ? readCounts(report, count) : {};
  const outcome = code !== 0 ? `failed (exit ${code})` : missing ? `failed (${missing})` : 'passed';
  console.log(`◀ ${label}: ${outcome} in ${Math.round((Date.now() - stepStarted) / 1000)} s`);
  if (report) {
    const [passed, failed, skipped] = counts ?? [0, 0, 0];
    const sum = totals.get(group) ?? { passed: 0, failed: 0, skipped: 0 };
    totals.set(group, { passed: sum.passed + passed, failed: sum.failed + failed, skipped: sum.skipped + skipped });
  }
  if (code !== 0 || missing) failures.push(label);
  const failedHere = report ? readFailures(report) : [];
  if ((code !== 0 || missing) && !failedHere.length) failedHere.push(`${outcome}; its output is above`);
  failedTests.push(...failedHere.map((line) => `${label}: ${line}`));
}

/**
 * Runs `steps` two at a time (this machine, and CI's, has two cores), the longest first (`SECONDS`): a step
 * starts when either lane is free. A step beside another keeps its output and prints it in one piece when it
 * ends, so that two steps' lines never interleave. Steps are independent: each engine's steps use their own
 * browser process, and every server a free port.
 */
async function runTwoAtATime(steps) {
  const queue = [...steps].sort((a, b) => (SECONDS[b[0]] ?? 0) - (SECONDS[a[0]] ?? 0));
  const lane = async () => {
    while (queue.length) await runStep(queue.shift(), steps.length > 1);
  };
  await Promise.all([lane(), lane()]);
}

/** About how long each step takes in CI, two at a time (fresh-clone runs, December 2026): the order to start them. */
const SECONDS = {
  'embedding suite and examples in chromium': 400,
  'embedding suite and examples in webkit': 270,
  'embedding suite and examples in firefox': 230,
  'unit (Node: logic, content, package, sizes)': 150,
  'screens in chromium (static Storybook pictures)': 140,
  'elements in webkit (web-test-runner)': 100,
  'elements in firefox (web-test-runner)': 100,
  'elements in chromium (web-test-runner)': 80,
  'stories in chromium (Storybook, axe, Equal Access)': 75,
};

// Lint, then the build and the checks that need it, one at a time: beside each other they took longer than in
// turn (both are busy on the processor). Then every test step, two at a time: the browsers often wait (on
// timers, frames, the other process), so two share the cores well.
for (const step of [...lint, ...buildChain]) await runStep(step, false);
await runTwoAtATime([unit, ...engineSteps('chromium'), ...engineSteps('webkit'), ...engineSteps('firefox')]);

console.log(`\n${failures.length ? `Failed steps: ${failures.join(', ')}` : 'All steps passed.'}`);
const FAILURES_SHOWN = 30;
for (const line of failedTests.slice(0, FAILURES_SHOWN)) console.log(`  ✗ ${line.slice(0, 400)}`);
if (failedTests.length > FAILURES_SHOWN)
  console.log(`  … and ${failedTests.length - FAILURES_SHOWN} more failed tests`);
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
