// Part of npm run build, after custom-elements.json: editor data and JSX types, all generated from the
// manifest so they can never disagree with the elements.
// - dist/vscode.html-custom-data.json  (VS Code: html.customData)
// - dist/web-types.json                (JetBrains IDEs: the package.json "web-types" field)
// - dist/jsx/attributes.d.ts, react.d.ts, preact.d.ts (typed attributes and events for React 19 / Preact TSX)
// Enumerated values come from the TypeScript types the manifest names (Procedure, Theme…), read from the
// built .d.ts files with the TypeScript compiler.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

import ts from 'typescript';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const DOCS = 'https://www.npmjs.com/package/prp-widgets';

const program = ts.createProgram(['dist/index.d.ts'], {
  strict: true,
  skipLibCheck: true,
  types: [],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
});
const checker = program.getTypeChecker();
const aliases = new Map();
for (const file of program.getSourceFiles()) {
  if (!file.fileName.includes('/dist/')) continue;
  ts.forEachChild(file, (node) => {
    if (ts.isTypeAliasDeclaration(node)) aliases.set(node.name.text, node);
  });
}

/** The string literals of a type such as `Procedure | undefined`, or undefined if it is not a union of them. */
function literals(typeText) {
  const values = [];
  for (const name of typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined')) {
    const declaration = aliases.get(name);
    if (!declaration) return undefined;
    const type = checker.getTypeAtLocation(declaration);
    for (const member of type.isUnion() ? type.types : [type]) {
      if (!member.isStringLiteral()) return undefined;
      values.push(member.value);
    }
  }
  return values.length ? values : undefined;
}

const LANGUAGES = literals('Locale') ?? ['en', 'es'];

/** What an attribute accepts: `enum` (with values), `boolean` (present or not), `number`, `date` (YYYY-MM-DD) or `text`. */
function kindOf(attribute) {
  const text = attribute.type?.text ?? 'string';
  if (attribute.name === 'lang') return { kind: 'language', values: LANGUAGES };
  if (text === 'boolean') return { kind: 'boolean' };
  const values = literals(text);
  if (values) return { kind: 'enum', values };
  if (/\bnumber\b/.test(text)) return { kind: 'number' };
  if (/YYYY-MM-DD/.test(attribute.description ?? '')) return { kind: 'date' };
  return { kind: 'text' };
}

const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName))
  .map((declaration) => ({
    tag: declaration.tagName,
    className: declaration.name,
    description: [declaration.summary, declaration.description].filter(Boolean).join('\n\n'),
    attributes: (declaration.attributes ?? []).map((attribute) => ({ ...attribute, ...kindOf(attribute) })),
    events: declaration.events ?? [],
    cssProperties: declaration.cssProperties ?? [],
    cssParts: declaration.cssParts ?? [],
  }));

mkdirSync('dist/jsx', { recursive: true });

// VS Code custom data (https://github.com/microsoft/vscode-custom-data).
writeFileSync(
  'dist/vscode.html-custom-data.json',
  `${JSON.stringify(
    {
      $schema:
        'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
      version: 1.1,
      tags: elements.map((element) => ({
        name: element.tag,
        description: element.description,
        attributes: element.attributes.map((attribute) => ({
          name: attribute.name,
          description: attribute.description,
          ...(attribute.values ? { values: attribute.values.map((name) => ({ name })) } : {}),
          ...(attribute.kind === 'boolean' ? { valueSet: 'v' } : {}),
        })),
        references: [{ name: 'prp-widgets documentation', url: DOCS }],
      })),
    },
    null,
    2,
  )}\n`,
);

// JetBrains web-types (https://github.com/JetBrains/web-types).
writeFileSync(
  'dist/web-types.json',
  `${JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/web-types',
      name: pkg.name,
      version: pkg.version,
      'description-markup': 'markdown',
      contributions: {
        html: {
          elements: elements.map((element) => ({
            name: element.tag,
            description: element.description,
            'doc-url': DOCS,
            attributes: element.attributes.map((attribute) => ({
              name: attribute.name,
              description: attribute.description,
              value:
                attribute.kind === 'boolean'
                  ? { kind: 'no-value' }
                  : attribute.values
                    ? { kind: 'plain', type: 'enum' }
                    : { kind: 'plain', type: attribute.kind === 'number' ? 'number' : 'string' },
              ...(attribute.values ? { values: attribute.values.map((name) => ({ name })) } : {}),
            })),
            events: element.events.map((event) => ({ name: event.name, description: event.description })),
            css: {
              properties: element.cssProperties.map((property) => ({
                name: property.name,
                description: property.description,
              })),
              parts: element.cssParts.map((part) => ({ name: part.name, description: part.description })),
            },
          })),
        },
      },
    },
    null,
    2,
  )}\n`,
);

// JSX: one attributes interface per element, then the React and Preact registrations.
const tsType = (attribute) => {
  switch (attribute.kind) {
    case 'enum':
      return attribute.values.map((value) => `'${value}'`).join(' | ');
    case 'boolean':
      return "boolean | ''";
    case 'number':
      return 'number | `${number}`';
    case 'date':
      return '`${number}-${number}-${number}`';
    default:
      return 'string';
  }
};
const doc = (text, indent) => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\n+/g, ' ')} */\n` : '');
const detailType = (event) => /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1];
const detailTypes = [...new Set(elements.flatMap((element) => element.events.map(detailType)).filter(Boolean))].sort();

const attributes = [
  '// Generated by scripts/editor-types.mjs from custom-elements.json. Do not edit.',
  `import type { ${[...elements.map((element) => element.className), ...detailTypes].sort().join(', ')} } from '../index.js';`,
  '',
  ...elements.flatMap((element) => [
    `/** Attributes and events of \`<${element.tag}>\` in JSX. */`,
    `export interface ${element.className}Attributes {`,
    ...element.attributes.map(
      (attribute) => `${doc(attribute.description, '  ')}  '${attribute.name}'?: ${tsType(attribute)};`,
    ),
    ...element.events.map(
      (event) =>
        `${doc(event.description, '  ')}  'on${event.name}'?: (event: ${event.type?.text ?? 'Event'}) => void;`,
    ),
    '}',
    '',
  ]),
  '/** Every element with its class and JSX attributes, for the framework registrations. */',
  'export interface PrpElements {',
  ...elements.map((element) => `  '${element.tag}': [${element.className}, ${element.className}Attributes];`),
  '}',
  '',
];
writeFileSync('dist/jsx/attributes.d.ts', attributes.join('\n'));

writeFileSync(
  'dist/jsx/react.d.ts',
  `// Generated by scripts/editor-types.mjs. Use: import type {} from 'prp-widgets/jsx-react';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { PrpElements } from './attributes.js';

type PrpIntrinsicElements = {
  [Tag in keyof PrpElements]: DetailedHTMLProps<HTMLAttributes<PrpElements[Tag][0]>, PrpElements[Tag][0]> & PrpElements[Tag][1];
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends PrpIntrinsicElements {}
  }
}
`,
);

writeFileSync(
  'dist/jsx/preact.d.ts',
  `// Generated by scripts/editor-types.mjs. Use: import type {} from 'prp-widgets/jsx-preact';
import type { JSX as PreactJSX } from 'preact';
import type { PrpElements } from './attributes.js';

type PrpIntrinsicElements = {
  [Tag in keyof PrpElements]: PreactJSX.HTMLAttributes<PrpElements[Tag][0]> & PrpElements[Tag][1];
};

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements extends PrpIntrinsicElements {}
  }
}
`,
);
// Type-only entries still need a module for bundlers that follow the import.
writeFileSync('dist/jsx/empty.js', 'export {};\n');

console.log(`Generated editor data and JSX types for ${elements.length} elements.`);
