/**
 * `npm run new-element` writes an element that passes: the repository is copied to a temporary directory
 * (the files git lists, tracked or new, and a link to node_modules), the generator runs there for a sample
 * name, and the copy then builds and type-checks, with the new tag, its attribute and its event in the
 * manifest; the files the generator wrote or changed pass lint, and the unit tests that walk the list of
 * elements pass with the new one in it. The generator also refuses what it cannot handle, with one line.
 * The copy's checks run two at a time. (Linting the whole copy and running every unit test there, one step
 * after another, took 75 s; the parts that check nothing the generator touches are left out.)
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve('.');
const NAME = 'pain-diary';
const TAG = `prp-${NAME}`;
const STEP_TIMEOUT = 120_000;
/** The unit tests that go through every element (sources, content, safety rules, reading level, sizes, docs). */
const LIST_WALKING_TESTS = [
  'tests/unit/bibliography.test.ts',
  'tests/unit/content.test.ts',
  'tests/unit/safety-rules.test.ts',
  'tests/unit/readability.test.ts',
  'tests/unit/size-budget.test.ts',
  'tests/unit/docs.test.ts',
];

let copy = '';
/** The files the generator printed as written or changed, relative to the copy. */
let touched: string[] = [];

/** This process's environment without Vitest's own variables, which would confuse the Vitest run in the copy. */
const ENV = {
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(key))),
  NO_COLOR: '1',
  FORCE_COLOR: '0',
};

interface Outcome {
  command: string;
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `command` in the copy, without blocking, so that several can run at once. */
function runAsync(command: string, args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: copy, env: ENV });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ command: `${command} ${args.join(' ')}`, status, stdout, stderr }));
  });
}

/** Fails the test with the end of the output (where errors are summed up) unless `outcome` exited with 0. */
function succeeded(outcome: Outcome): string {
  const output = `${outcome.stdout}\n${outcome.stderr}`.slice(-6000);
  expect(outcome.status, `${outcome.command} failed:\n${output}`).toBe(0);
  return outcome.stdout;
}

/** The generator in the copy: its exit code and what it printed. */
function generate(...args: string[]) {
  const result = spawnSync('node', ['scripts/new-element.mjs', ...args], { cwd: copy, encoding: 'utf8', env: ENV });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'prp-new-element-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    // node_modules is a link here (git's `node_modules/` rule only ignores a folder); deleted files are gone.
    .filter((file) => file && file !== 'node_modules' && existsSync(join(ROOT, file)));
  for (const file of files) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(ROOT, file), join(copy, file));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
});

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('npm run new-element', () => {
  // Six runs of the generator, each a Node start: about 4 s alone, more on a busy machine.
  it('refuses a bad name or an element that exists, with one line, and writes nothing', { timeout: 30_000 }, () => {
    for (const [args, message] of [
      [[], /usage: npm run new-element -- <name>/],
      [['Pain_Diary'], /is not a name/],
      [['prp-pain-diary'], /leave out the prefix/],
      [['faq'], /<prp-faq> already exists/],
      [['docs'], /tests\/unit\/docs\.test\.ts has the name of a file the skeleton writes/],
      [['pain-diary', 'extra'], /one name at a time/],
    ] as const) {
      const { status, stdout, stderr } = generate(...args);
      expect(status, args.join(' ')).toBe(1);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n'), stderr).toHaveLength(1);
      expect(stderr).toMatch(message);
    }
    expect(existsSync(join(copy, 'src/components/prp-docs'))).toBe(false);
  });

  it('refuses when a list it edits has moved, naming the file and the anchor, and writes nothing', () => {
    const readme = join(copy, 'README.md');
    const original = readFileSync(readme, 'utf8');
    const index = readFileSync(join(copy, 'src/index.ts'), 'utf8');
    writeFileSync(readme, original.replace('### Your own wording', '### Wording of your own'));
    try {
      const { status, stderr } = generate(NAME);
      expect(status).toBe(1);
      expect(stderr).toMatch(/^new-element: README\.md: expected one heading "### Your own wording" .*, found 0/);
      expect(existsSync(join(copy, `src/components/${TAG}`))).toBe(false);
      expect(readFileSync(join(copy, 'src/index.ts'), 'utf8')).toBe(index);
    } finally {
      writeFileSync(readme, original);
    }
  });

  it(`writes <${TAG}> and prints every file it wrote or changed, and what to do next`, { timeout: 30_000 }, () => {
    const { status, stdout, stderr } = generate(NAME);
    expect(status, stderr).toBe(0);
    for (const file of [
      `src/components/${TAG}/${NAME}.ts`,
      `src/components/${TAG}/${NAME}.styles.ts`,
      `src/components/${TAG}/${NAME}.logic.ts`,
      `src/components/${TAG}/${NAME}.schema.ts`,
      `src/components/${TAG}/sources.ts`,
      `src/components/${TAG}/types.ts`,
      `src/components/${TAG}/define.ts`,
      `src/content/en/${NAME}.ts`,
      `src/content/es/${NAME}.ts`,
      `stories/${NAME}.stories.ts`,
      `stories/${NAME}.args.ts`,
      `tests/browser/${NAME}.test.ts`,
      `tests/unit/${NAME}.logic.test.ts`,
      'src/index.ts',
      'src/classes.ts',
      'package.json',
      'tests/unit/size-budget.test.ts',
      'tests/shared/elements.ts',
      'tests/embed/pages.ts',
      'src/ssr/render.ts',
      'README.md',
      'docs/theming.md',
    ]) {
      expect(stdout).toContain(`  ${file}\n`);
      expect(existsSync(join(copy, file)), file).toBe(true);
    }
    touched = [...stdout.matchAll(/^ {2}(\S+)$/gm)].map((match) => match[1]);
    expect(stdout).toMatch(/Next:[\s\S]*docs\/evidence\.md[\s\S]*README[\s\S]*npm run sizes/);
    expect(readFileSync(join(copy, 'tests/embed/pages.ts'), 'utf8')).toContain(`'${TAG}',`);
  });

  it('refuses a second run for the same name', () => {
    const { status, stderr } = generate(NAME);
    expect(status).toBe(1);
    expect(stderr.trim()).toBe(`new-element: <${TAG}> already exists (src/components/${TAG}/)`);
  });

  describe('the copy with the new element', () => {
    // Lint runs beside the build; the type-check (it reads the built manifest) beside the unit tests (they
    // read the built files): about 30 s on two cores, where one after another took 45 s.
    let checks: Record<'build' | 'types' | 'lint' | 'walk', Promise<Outcome>>;
    beforeAll(() => {
      const code = touched.filter((file) => /\.(ts|mjs)$/.test(file));
      const build = runAsync('node', ['scripts/build.mjs']);
      const afterBuild = (command: string, args: string[]) =>
        build.then((built) => (built.status === 0 ? runAsync(command, args) : built));
      checks = {
        build,
        lint: runAsync('node_modules/.bin/eslint', ['--max-warnings', '0', ...code]).then((eslint) =>
          eslint.status === 0
            ? runAsync('node_modules/.bin/prettier', ['--check', '--log-level', 'warn', ...touched])
            : eslint,
        ),
        types: afterBuild('node_modules/.bin/tsc', ['--noEmit', '-p', 'tsconfig.json']),
        walk: afterBuild('node_modules/.bin/vitest', [
          'run',
          '--project',
          'unit',
          '--reporter',
          'verbose',
          ...LIST_WALKING_TESTS,
          `tests/unit/${NAME}.logic.test.ts`,
        ]),
      };
    });

    it(
      'builds, and the manifest lists the new tag with its attribute and event',
      async () => {
        succeeded(await checks.build);
        const manifest = JSON.parse(readFileSync(join(copy, 'dist/custom-elements.json'), 'utf8')) as {
          modules: {
            declarations?: { tagName?: string; attributes?: { name: string }[]; events?: { name: string }[] }[];
          }[];
        };
        const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === TAG);
        expect(element?.attributes?.map((a) => a.name)).toContain('preview');
        // Its own event, and the one every element inherits.
        expect(element?.events?.map((e) => e.name)).toEqual(['prp-intro-toggle', 'prp-warning']);
      },
      STEP_TIMEOUT,
    );

    it('type-checks', async () => succeeded(await checks.types), STEP_TIMEOUT);

    it(
      'every file the generator wrote or changed passes lint (ESLint with types, and Prettier)',
      async () => {
        expect(touched.filter((file) => /\.(ts|mjs)$/.test(file)).length).toBeGreaterThanOrEqual(16);
        succeeded(await checks.lint);
      },
      STEP_TIMEOUT,
    );

    it(
      'the unit tests that walk the elements pass, with the new element in every list',
      async () => {
        const output = succeeded(await checks.walk);
        for (const test of [
          `<${TAG}> lists exactly the sources its content cites, in both languages`,
          `<${TAG}>: all of its English text, interface words included, scores grade 8 or lower`,
          `./${TAG} is within its budget`,
          `the README's attribute table of <${TAG}> lists exactly its attributes`,
          `${NAME.replace('-', ' ')} logic`,
        ])
          expect(output).toContain(test);
      },
      STEP_TIMEOUT,
    );
  });
});
