// @ts-check
// A @web/test-runner reporter that writes the run's results as JSON, for scripts/test.mjs to count instead of
// reading the console: { runner, engine, passed, failed, skipped, files: [{ file, passed, failed, skipped,
// failures, errors }] }. A test file that fails outside its tests (it does not load, a hook throws) counts one
// failed, so it never passes unseen. web-test-runner.config.mjs writes reports/elements-<engine>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

/** @typedef {import('@web/test-runner').TestSuiteResult} TestSuiteResult */
/** @typedef {import('@web/test-runner').TestSession} TestSession */

/**
 * @typedef {object} FileCounts
 * @property {string} file the test file, from the working directory
 * @property {number} passed
 * @property {number} failed
 * @property {number} skipped
 * @property {string[]} failures each failed test, as "suite › test: message"
 * @property {string[]} errors what failed outside a test
 */

/**
 * Adds the tests of `suite` and its suites to `counts`.
 * @param {TestSuiteResult} suite
 * @param {FileCounts} counts
 * @param {string[]} path the names of the enclosing suites
 */
function countSuite(suite, counts, path) {
  const names = suite.name ? [...path, suite.name] : path;
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else {
      counts.failed += 1;
      counts.failures.push(`${[...names, test.name].join(' › ')}: ${test.error?.message ?? 'failed'}`);
    }
  }
  for (const child of suite.suites) countSuite(child, counts, names);
}

/**
 * The counts of one test session (one file in one browser).
 * @param {TestSession} session
 * @returns {FileCounts}
 */
export function countSession(session) {
  /** @type {FileCounts} */
  const counts = {
    file: relative(process.cwd(), session.testFile),
    passed: 0,
    failed: 0,
    skipped: 0,
    failures: [],
    errors: session.errors.map((error) => error.message),
  };
  if (session.testResults) countSuite(session.testResults, counts, []);
  if (session.passed === false && counts.failed === 0) {
    counts.failed = 1;
    if (!counts.errors.length) counts.errors.push('the test file failed outside its tests');
  }
  return counts;
}

/**
 * A reporter that writes `file` when the test run finishes.
 * @param {{ file: string, engine: string }} options
 * @returns {import('@web/test-runner').Reporter}
 */
export function jsonReporter({ file, engine }) {
  return {
    onTestRunFinished({ sessions }) {
      const files = sessions.map(countSession);
      const sum = (/** @type {'passed' | 'failed' | 'skipped'} */ key) =>
        files.reduce((total, counts) => total + counts[key], 0);
      const report = {
        runner: 'web-test-runner',
        engine,
        passed: sum('passed'),
        failed: sum('failed'),
        skipped: sum('skipped'),
        files,
      };
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    },
  };
}
