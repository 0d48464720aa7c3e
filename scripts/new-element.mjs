// npm run new-element -- <name>: writes a complete, passing skeleton for <prp-<name>> from the templates in
// scripts/templates/element/ (the class and its files, content in both languages, a story, browser and unit
// tests) and registers it everywhere the elements are listed: the entries and exports, the size budget, the
// content tests, the embedding suite, the examples, the README, the theming guide and the bench. Everything
// is planned and checked first; a bad name, an element that exists, leftovers of an earlier run or a list
// whose anchor has moved stop it with one line and exit code 1, before it writes anything. Then it prints
// every file it wrote or changed, and what the author does next. See CONTRIBUTING.md, "Adding an element".
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { Linter } from 'eslint';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import * as prettier from 'prettier';
import tseslint from 'typescript-eslint';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TEMPLATES = join(ROOT, 'scripts/templates/element');
const SNIPPETS = join(ROOT, 'scripts/templates/snippets');
/**
 * KB brotli: the new element's starting budget (the skeleton is about 9 KB), and what a skeleton adds to
 * the budgets of the files that hold every element (`.`, the CDN files, their on-demand chunks: it measured
 * 0.4 to 0.5 KB each).
 */
const ELEMENT_BUDGET_KB = 9.5;
const SKELETON_SHARE_KB = 0.75;
/** The example event every skeleton declares; a second skeleton can only declare it once the first renamed its. */
const EXAMPLE_EVENT = 'prp-intro-toggle';

class Refusal extends Error {}
/** Stops the generator: one line, exit code 1, nothing written. */
const refuse = (message) => {
  throw new Refusal(message);
};

const path = (file) => join(ROOT, file);
const read = (file) => readFileSync(path(file), 'utf8');

// ---------------------------------------------------------------------------------------------------------
// The name and what follows from it.

const RESERVED = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if implements import in instanceof interface let new null package private protected public return static super switch this throw true try typeof var void while with yield await'.split(
    ' ',
  ),
);

function namesFor(name) {
  if (name === undefined)
    refuse('usage: npm run new-element -- <name>   (lowercase words and dashes, e.g. pain-diary)');
  if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(name) || name.length > 40)
    refuse(`"${name}" is not a name: use lowercase words joined by dashes, at most 40 characters (e.g. pain-diary)`);
  if (name.startsWith('prp-')) refuse(`leave out the prefix: "${name.slice(4)}" makes <${name}>`);
  const words = name.split('-');
  const pascal = words.map((word) => word[0].toUpperCase() + word.slice(1)).join('');
  const camel = pascal[0].toLowerCase() + pascal.slice(1);
  if (RESERVED.has(camel)) refuse(`"${name}" is a JavaScript keyword, which cannot name the content export`);
  return {
    name,
    tag: `prp-${name}`,
    Class: `Prp${pascal}`,
    Pascal: pascal,
    camel,
    CONST: words.join('_').toUpperCase(),
    words: words.join(' '),
    Words: words.join(' ')[0].toUpperCase() + words.join(' ').slice(1),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Editing by anchors: each edit names the lines it looks for, and refuses when they are not there.

/** Index of the first line at or after `from` that matches `pattern`; refuses when there is none. */
function lineIndex(lines, pattern, file, what, from = 0) {
  const index = lines.findIndex((line, i) => i >= from && pattern.test(line));
  if (index < 0)
    refuse(`${file}: cannot find ${what} (${pattern}); was it moved or renamed? Update scripts/new-element.mjs`);
  return index;
}

/** The lines from the one matching `start` to the next matching `end`, as [start, end] indexes. */
function block(lines, start, end, file, what) {
  const from = lineIndex(lines, start, file, `the start of ${what}`);
  return [from, lineIndex(lines, end, file, `the end of ${what}`, from + 1)];
}

/** Indexes of the lines of [from, to] that match `pattern`; refuses when there are none. */
function matchingLines(lines, pattern, file, what, [from, to] = [0, lines.length - 1]) {
  const matching = lines.map((_, i) => i).filter((i) => i >= from && i <= to && pattern.test(lines[i]));
  if (!matching.length)
    refuse(`${file}: cannot find ${what} (${pattern}); was it moved? Update scripts/new-element.mjs`);
  return matching;
}

/** Inserts `added` among the lines of `range` that match `pattern`, in sorted order. */
function insertSorted(lines, pattern, added, file, what, range) {
  const matching = matchingLines(lines, pattern, file, what, range);
  const before = matching.find((i) => lines[i] > added[0]);
  lines.splice(before ?? matching.at(-1) + 1, 0, ...added);
}

/** Inserts `added` after the last line of `range` that matches `pattern`. */
function insertAfterLast(lines, pattern, added, file, what, range) {
  lines.splice(matchingLines(lines, pattern, file, what, range).at(-1) + 1, 0, ...added);
}

/** Inserts `added` before the one line that matches `pattern`; refuses unless exactly one does. */
function insertBefore(lines, pattern, added, file, what) {
  const matching = lines.map((line, i) => i).filter((i) => pattern.test(lines[i]));
  if (matching.length !== 1)
    refuse(`${file}: expected one ${what} (${pattern}), found ${matching.length}; update scripts/new-element.mjs`);
  lines.splice(matching[0], 0, ...added);
}

/** Reads `file`, lets `change` edit its lines, and returns the new text. */
function editLines(file, change) {
  const lines = read(file).split('\n');
  change(lines, file);
  return lines.join('\n');
}

/** The same `{ year, month, day }` every element gives as the date its content was last checked. */
function contentUpdated() {
  const dates = new Set();
  for (const folder of readdirSync(path('src/components'))) {
    for (const file of readdirSync(path(`src/components/${folder}`))) {
      const match = /const CONTENT_UPDATED: CivilDate = (\{[^}]*\});/.exec(read(`src/components/${folder}/${file}`));
      if (match) dates.add(match[1]);
    }
  }
  if (dates.size !== 1)
    refuse(`the elements give ${dates.size} different CONTENT_UPDATED dates; expected one shared date to copy`);
  return [...dates][0];
}

// ---------------------------------------------------------------------------------------------------------
// The plan: every file to write and every file to change, checked before anything is written.

/** `template` with each `{{key}}` replaced by `names[key]`; refuses a placeholder it does not know. */
function fill(template, names) {
  return template.replace(/\{\{(\w+)\}\}/g, (token, key) => {
    if (!(key in names)) refuse(`unknown placeholder ${token} in a template`);
    return names[key];
  });
}

/** Every template file under `dir`, as paths relative to it. */
function templateFiles(dir, prefix = '') {
  return readdirSync(join(dir, prefix)).flatMap((entry) => {
    const relativePath = join(prefix, entry);
    return statSync(join(dir, relativePath)).isDirectory() ? templateFiles(dir, relativePath) : [relativePath];
  });
}

function writes(names) {
  return templateFiles(TEMPLATES).map((template) => ({
    file: template.replaceAll('__name__', names.name).replace(/\.tpl$/, ''),
    text: fill(readFileSync(join(TEMPLATES, template), 'utf8'), names),
  }));
}

function edits(names) {
  const { name, tag, camel, CONST, words } = names;
  const snippet = (file) =>
    fill(readFileSync(join(SNIPPETS, file), 'utf8'), names)
      .replace(/\n$/, '')
      .split('\n');
  const title = `Placeholder: ${words}`;
  const exampleMarkup = (indent) =>
    [`<${tag}>`, `  <p><a href="/${name}">${title}</a></p>`, `</${tag}>`].map((line) => indent + line);

  return [
    [
      'src/index.ts',
      (lines, file) =>
        insertSorted(
          lines,
          /^import '\.\/components\/prp-[a-z0-9-]+\/define\.js';$/,
          [`import './components/${tag}/define.js';`],
          file,
          'the imports that register each element',
        ),
    ],
    [
      'src/classes.ts',
      (lines, file) =>
        insertAfterLast(
          lines,
          /^export type \* from '\.\/components\/prp-[a-z0-9-]+\/types\.js';$/,
          [
            `export { ${names.Class} } from './components/${tag}/${name}.js';`,
            `export type * from './components/${tag}/types.js';`,
          ],
          file,
          "the elements' class and type exports",
        ),
    ],
    ['package.json', (lines) => lines.splice(0, lines.length, ...withExport(names).split('\n'))],
    [
      'tests/unit/size-budget.test.ts',
      (lines, file) => {
        const budgets = block(lines, /^const BUDGETS\b/, /^};$/, file, 'BUDGETS');
        const starting = `${ELEMENT_BUDGET_KB} * KB, // a starting budget: set it from \`npm run sizes\` once the element is done`;
        insertSorted(
          lines,
          /^ {2}'\.\/prp-[a-z0-9-]+': /,
          [`  './${tag}': ${starting}`],
          file,
          "the elements' budgets",
          budgets,
        );
        // The files that hold every element grow with it.
        for (const pattern of [
          /^( {2}'\.\/cdn\/prp-widgets\.js': )([\d.]+)( \* KB,)(.*)$/,
          /^( {2}'\.\/cdn\/prp-widgets\.iife\.js': )([\d.]+)( \* KB,)(.*)$/,
          /^( {2}'\.': )([\d.]+)( \* KB,)(.*)$/,
          /^(const CDN_ON_DEMAND_BUDGET = )([\d.]+)( \* KB;)(.*)$/,
        ]) {
          const at = lineIndex(lines, pattern, file, 'a budget of the files that hold every element');
          lines[at] = lines[at].replace(pattern, (_, start, kb, end, comment) => {
            const note = `+ ${SKELETON_SHARE_KB} KB for the <${tag}> skeleton: set it from \`npm run sizes\``;
            return `${start}${Number(kb) + SKELETON_SHARE_KB}${end}${comment ? `${comment}; ${note}` : ` // ${note}`}`;
          });
        }
      },
    ],
    [
      'tests/shared/elements.ts',
      (lines, file) => {
        insertAfterLast(
          lines,
          /^ {2}\{ tag: 'prp-[a-z0-9-]+', /,
          [`  { tag: '${tag}', bibliography: ${CONST}_SOURCES, en: ${camel}En, es: ${camel}Es },`],
          file,
          'the list of elements',
        );
        insertAfterLast(
          lines,
          /^import /,
          [
            `import { ${CONST}_SOURCES } from '../../src/components/${tag}/sources.js';`,
            `import { ${camel} as ${camel}En } from '../../src/content/en/${name}.js';`,
            `import { ${camel} as ${camel}Es } from '../../src/content/es/${name}.js';`,
          ],
          file,
          'the imports',
        );
      },
    ],
    [
      'src/ssr/render.ts',
      (lines, file) => {
        const tags = block(lines, /^export const TAGS = \[$/, /^\] as const;$/, file, 'TAGS');
        insertAfterLast(lines, /^ {2}'prp-[a-z0-9-]+',$/, [`  '${tag}',`], file, 'the tags in TAGS', tags);
      },
    ],
    [
      'tests/embed/pages.ts',
      (lines, file) => {
        const tags = block(lines, /^export const TAGS = \[$/, /^\] as const;$/, file, 'TAGS');
        insertAfterLast(lines, /^ {2}'prp-[a-z0-9-]+',$/, [`  '${tag}',`], file, 'the tags in TAGS', tags);
        const [, end] = block(lines, /^export const ALL_ELEMENTS = `$/, /`;$/, file, 'ALL_ELEMENTS');
        lines[end] = lines[end].replace(/`;$/, '');
        const markup = [
          `<${tag} id="${tag}">`,
          `  <p class="fallback"><a href="/${name}">${title}</a></p>`,
          `</${tag}>\`;`,
        ];
        lines.splice(end + 1, 0, ...markup.map((line) => `  ${line}`));
      },
    ],
    [
      'tests/embed/prerendered-stories.test.ts',
      (lines, file) => {
        const stories = block(lines, /^const STORIES\b/, /^};$/, file, 'STORIES');
        insertAfterLast(
          lines,
          /^ {2}'prp-[a-z0-9-]+': [A-Z_]+_ARGS,$/,
          [`  '${tag}': ${CONST}_ARGS,`],
          file,
          'STORIES',
          stories,
        );
        insertSorted(
          lines,
          /^import \{ [A-Z_]+_ARGS \} from '\.\.\/\.\.\/stories\/[a-z0-9-]+\.args\.js';$/,
          [`import { ${CONST}_ARGS } from '../../stories/${name}.args.js';`],
          file,
          "the stories' args imports",
        );
      },
    ],
    [
      'tests/embed/memory.test.ts',
      (lines, file) => {
        const [, end] = block(lines, /^const CONFIGS\b/, /^};$/, file, 'CONFIGS');
        lines.splice(end, 0, `  '${tag}': { preview: '1' },`);
      },
    ],
    [
      'tests/embed/examples.test.ts',
      (lines, file) => {
        const [, end] = block(lines, /expect\(titles\)\.toEqual\(\[$/, /^\s*\]\);$/, file, 'the expected titles');
        lines.splice(end, 0, `${lines[end].match(/^\s*/)[0]}  ${camel}.content.title,`);
        insertAfterLast(
          lines,
          /^import /,
          [`import { ${camel} } from '../../src/content/en/${name}.js';`],
          file,
          'the imports',
        );
      },
    ],
    ...['module', 'classic', 'import-map'].map((example) => [
      `examples/html/${example}.html`,
      (lines, file) => insertBefore(lines, /^ {4}<\/main>$/, exampleMarkup('      '), file, 'closing </main>'),
    ]),
    [
      'examples/react/src/App.tsx',
      (lines, file) => insertBefore(lines, /^ {4}<\/main>$/, [`      <${tag} />`], file, 'closing </main>'),
    ],
    [
      'examples/vue/src/App.vue',
      (lines, file) => insertBefore(lines, /^ {2}<\/main>$/, [`    <${tag} />`], file, 'closing </main>'),
    ],
    [
      'src/cdn/prp-widgets.css',
      (lines, file) => {
        const text = lines.join('\n');
        const match = /:where\(([^)]*)\):not\(/.exec(text);
        if (!match)
          refuse(`${file}: cannot find the ":where(<tags>):not(" list of elements; update scripts/new-element.mjs`);
        const tags = match[1].split(',').map((entry) => entry.trim());
        const updated = text.replace(match[0], `:where(${[...tags, tag].join(', ')}):not(`);
        lines.splice(0, lines.length, ...updated.split('\n'));
      },
    ],
    [
      'README.md',
      (lines, file) => {
        const header = lineIndex(lines, /^\| element \| what it shows \| status \|$/, file, 'the table of elements');
        const rows = lines.findIndex((line, i) => i > header && !line.startsWith('|'));
        lines.splice(rows, 0, `| \`<${tag}>\` | PLACEHOLDER: what it shows | placeholder |`);
        insertBefore(lines, /^### Your own wording$/, snippet('readme.md.tpl'), file, 'heading "### Your own wording"');
      },
    ],
    [
      'docs/theming.md',
      (lines, file) =>
        insertBefore(
          lines,
          /^## The optional stylesheet$/,
          snippet('theming.md.tpl'),
          file,
          'heading "## The optional stylesheet"',
        ),
    ],
    [
      'bench/render.mjs',
      (lines, file) => {
        const tags = block(lines, /^export const TAGS = \[$/, /^\];$/, file, 'TAGS');
        insertAfterLast(lines, /^ {2}'prp-[a-z0-9-]+',$/, [`  '${tag}',`], file, 'the tags in TAGS', tags);
        const [, end] = block(lines, /^export const ATTRIBUTES = \{$/, /^\};$/, file, 'ATTRIBUTES');
        lines.splice(end, 0, `  '${tag}': '',`);
      },
    ],
  ].map(([file, change]) => ({ file, change }));
}

/** package.json with `./prp-<name>` in `exports`, beside the other elements in alphabetical order. */
function withExport({ tag }) {
  const pkg = JSON.parse(read('package.json'));
  const keys = Object.keys(pkg.exports ?? {});
  const elements = keys.filter((key) => key.startsWith('./prp-'));
  if (!elements.length) refuse('package.json: cannot find the elements in "exports"; update scripts/new-element.mjs');
  const key = `./${tag}`;
  const next = elements.find((other) => other > key);
  keys.splice(next ? keys.indexOf(next) : keys.indexOf(elements.at(-1)) + 1, 0, key);
  const entry = { types: `./dist/components/${tag}/define.d.ts`, default: `./dist/components/${tag}/define.js` };
  pkg.exports = Object.fromEntries(keys.map((k) => [k, k === key ? entry : pkg.exports[k]]));
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** Refuses what the generator cannot handle: an element that exists, leftovers, names already taken. */
function checkSituation(names, planned) {
  const { tag, Class } = names;
  if (existsSync(path(`src/components/${tag}`))) refuse(`<${tag}> already exists (src/components/${tag}/)`);
  for (const { file } of planned.writes) {
    if (existsSync(path(file)))
      refuse(
        `${file} already exists (src/components/${tag}/ does not): pick another name, or remove what an earlier run left`,
      );
  }
  const testNames = new Set(
    planned.writes.map(({ file }) => file.split('/').at(-1)).filter((f) => /\.(test|stories)\.ts$/.test(f)),
  );
  for (const file of repositoryFiles()) {
    if (testNames.has(file.split('/').at(-1)))
      refuse(`${file} has the name of a file the skeleton writes; test and story names are unique in the repository`);
  }
  const mention = new RegExp(`${tag}(?![\\w-])`);
  for (const { file } of planned.edits) {
    if (mention.test(read(file))) refuse(`${file} already mentions <${tag}>: remove what an earlier run left`);
  }
  for (const file of repositoryFiles().filter((f) => f.startsWith('src/'))) {
    const text = read(file);
    if (new RegExp(`\\b${Class}\\b`).test(text)) refuse(`${file} already uses the name ${Class}; pick another name`);
    if (text.includes(`'${EXAMPLE_EVENT}'`))
      refuse(
        `${file} still declares the skeleton's example event ${EXAMPLE_EVENT}: rename that element's event first, then run this again`,
      );
  }
}

/** The repository's source files (not node_modules, dist or other generated folders). */
function repositoryFiles(dir = '') {
  const skip = new Set([
    'node_modules',
    'dist',
    'storybook-static',
    'coverage',
    'reports',
    '.git',
    'examples/node_modules',
  ]);
  return readdirSync(path(dir || '.')).flatMap((entry) => {
    const file = dir ? `${dir}/${entry}` : entry;
    if (skip.has(file) || skip.has(entry) || /^examples\/\w+\/dist$/.test(file)) return [];
    return statSync(path(file)).isDirectory() ? repositoryFiles(file) : [file];
  });
}

// ---------------------------------------------------------------------------------------------------------
// Formatting: imports sorted as ESLint sorts them, then Prettier, so `npm run lint` passes on what it wrote.

const linter = new Linter({ cwd: ROOT });
const SORT_IMPORTS = [
  {
    files: ['**/*.{ts,mjs}'],
    languageOptions: { parser: tseslint.parser, sourceType: 'module' },
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: { 'simple-import-sort/imports': 'error', 'simple-import-sort/exports': 'error' },
  },
];

async function formatted(file, text) {
  let output = text;
  // Only where `npm run lint` sorts imports (it leaves the framework examples as their own tools write them).
  if (/^(src|tests|stories|scripts|bench)\/.*\.(ts|mjs)$/.test(file)) {
    const result = linter.verifyAndFix(output, SORT_IMPORTS, { filename: path(file) });
    const fatal = result.messages.find((message) => message.fatal);
    if (fatal) refuse(`${file}: the generated code does not parse (${fatal.message}, line ${fatal.line})`);
    output = result.output;
  }
  const info = await prettier.getFileInfo(path(file), { ignorePath: path('.prettierignore') });
  if (info.ignored || !info.inferredParser) return output;
  const options = await prettier.resolveConfig(path(file));
  return prettier.format(output, { ...options, filepath: path(file) });
}

// ---------------------------------------------------------------------------------------------------------

async function main() {
  const args = process.argv.slice(2);
  if (args.length > 1) refuse(`one name at a time, got ${args.length}: ${args.join(' ')}`);
  const names = { ...namesFor(args[0]) };
  names.updated = contentUpdated();
  const planned = { writes: writes(names), edits: edits(names) };
  // The situation first, so a second run is told the element exists rather than that an anchor is missing.
  checkSituation(names, planned);
  for (const entry of planned.edits) entry.text = editLines(entry.file, entry.change);
  for (const entry of [...planned.writes, ...planned.edits]) entry.text = await formatted(entry.file, entry.text);

  for (const { file, text } of [...planned.writes, ...planned.edits]) {
    mkdirSync(dirname(path(file)), { recursive: true });
    writeFileSync(path(file), text);
  }

  const { tag, name } = names;
  const list = (entries) => entries.map(({ file }) => `  ${file}`).join('\n');
  console.log(`Wrote <${tag}>, a skeleton that passes the tests, from scripts/templates/element/.

Wrote ${planned.writes.length} files:
${list(planned.writes)}

Changed ${planned.edits.length} files (vite.config.ts and the footer test find the element by themselves):
${list(planned.edits)}

Next:
  1. The content: replace every PLACEHOLDER (grep -rn PLACEHOLDER src stories README.md docs). Each fact comes
     from docs/evidence.md with its sources (add a new fact there first), in plain words, cited by source id
     in src/content/en/${name}.ts and src/content/es/${name}.ts (a native speaker reviews the Spanish); list
     exactly the cited sources in src/components/${tag}/sources.ts.
  2. The element: replace the example attribute (preview), event (${EXAMPLE_EVENT}) and parts (intro,
     intro-toggle) with its own, and keep its browser test, story, README section (attribute table and
     events), docs/theming.md parts and docs/content-guide.md (what a clinic may override) true to it.
  3. The size budgets: npm run build && npm run sizes, then set './${tag}' and the budgets marked
     "<${tag}> skeleton" in tests/unit/size-budget.test.ts to the sizes reached plus a small margin.
  4. The story pictures: npm run test:screens:update -- --only=elements-${name}, and look at every one.
  5. A line in CHANGELOG.md, then npm test.`);
}

try {
  await main();
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  console.error(`new-element: ${error.message}`);
  process.exitCode = 1;
}
