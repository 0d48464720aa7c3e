// The elements of dist/custom-elements.json with what each attribute accepts, for the files generated from the
// manifest (scripts/editor-types.mjs: editor data and JSX types; scripts/configurator.mjs: the embed builder's form).
// Enumerated values come from the TypeScript types the manifest names (Procedure, Theme…), read from the
// built .d.ts files with the TypeScript compiler.
import { readFileSync } from 'node:fs';

import ts from 'typescript';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));

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

export const elements = manifest.modules
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
