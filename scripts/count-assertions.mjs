// Counts the assertions written in each test area, statically (from the source, not from a run), so a move
// of tests between areas can show that none was lost. It parses every .ts file with TypeScript and counts:
//   - assertions: each matcher called on an `expect(…)` chain, so `expect(a).toBe(b)` is one and chai's
//     `expect(a).to.contain(b).and.contain(c)` two; a chain with no call (chai's `expect(a).to.exist`) is one;
//     plus each `assert(…)` or `assert.<name>(…)` call. `expect.stringContaining(…)` and the other helpers on
//     `expect` itself are not assertions. An assertion inside a loop or a shared helper counts once.
//   - throws: each `throw` statement, the checks written by hand (`if (!found) throw new Error(…)`), such as
//     the Equal Access check in .storybook/ or the guards of the test helpers. Shown apart, not in the total.
// Comments and strings never count (they are not calls).
//
//   node scripts/count-assertions.mjs            a table per area
//   node scripts/count-assertions.mjs --files    also a line per file
//   node scripts/count-assertions.mjs --json     the same as JSON
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '..');

/** The areas, by folder: the unit tests, the embedding suite, the elements' browser tests, the stories, Storybook's own checks. */
export const AREAS = {
  'tests/unit': 'tests/unit',
  'tests/embed': 'tests/embed',
  'tests/browser': 'tests/browser',
  'tests/shared': 'tests/shared',
  stories: 'stories',
  '.storybook': '.storybook',
};

function* typeScriptFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* typeScriptFiles(path);
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) yield path;
  }
}

/** Matchers called on the chain that starts at `call` (an `expect(…)` call). */
function matchersOn(call) {
  let calls = 0;
  let links = 0;
  let node = call;
  for (;;) {
    const parent = node.parent;
    if (ts.isPropertyAccessExpression(parent) && parent.expression === node) links += 1;
    else if (ts.isCallExpression(parent) && parent.expression === node) calls += 1;
    else if (ts.isNonNullExpression(parent) || ts.isParenthesizedExpression(parent)) {
      // `expect(x)!.…` or `(expect(x)).…`: the same chain
    } else break;
    node = parent;
  }
  return calls || (links ? 1 : 0);
}

/** { assertions, throws } written in one file. */
export function countFile(path) {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  let assertions = 0;
  let throws = 0;
  const visit = (node) => {
    if (ts.isThrowStatement(node)) throws += 1;
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (ts.isIdentifier(callee) && callee.text === 'expect') assertions += matchersOn(node);
      else if (ts.isIdentifier(callee) && callee.text === 'assert') assertions += 1;
      else if (
        ts.isPropertyAccessExpression(callee) &&
        ts.isIdentifier(callee.expression) &&
        callee.expression.text === 'assert'
      )
        assertions += 1;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { assertions, throws };
}

/** Per area: { files: { path: counts }, assertions, throws }. */
export function countAreas() {
  const result = {};
  for (const [area, dir] of Object.entries(AREAS)) {
    const files = {};
    let assertions = 0;
    let throws = 0;
    for (const path of typeScriptFiles(join(ROOT, dir))) {
      const counts = countFile(path);
      files[relative(ROOT, path)] = counts;
      assertions += counts.assertions;
      throws += counts.throws;
    }
    result[area] = { assertions, throws, files };
  }
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const areas = countAreas();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(areas, null, 2));
  } else {
    const perFile = process.argv.includes('--files');
    let assertions = 0;
    let throws = 0;
    console.log(`${'area'.padEnd(16)}${'assertions'.padStart(11)}${'throws'.padStart(8)}`);
    for (const [area, counts] of Object.entries(areas)) {
      assertions += counts.assertions;
      throws += counts.throws;
      console.log(`${area.padEnd(16)}${String(counts.assertions).padStart(11)}${String(counts.throws).padStart(8)}`);
      if (perFile)
        for (const [file, each] of Object.entries(counts.files))
          console.log(`  ${file.padEnd(50)}${String(each.assertions).padStart(5)}${String(each.throws).padStart(8)}`);
    }
    console.log(`${'total'.padEnd(16)}${String(assertions).padStart(11)}${String(throws).padStart(8)}`);
  }
}
