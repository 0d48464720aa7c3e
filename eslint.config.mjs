// ESLint (flat config): `npm run lint` runs it first in `npm test`, with Prettier's check; `npm run format` fixes
// what can be fixed. TypeScript is linted with type information (typescript-eslint); the elements' templates
// with eslint-plugin-lit, eslint-plugin-wc and eslint-plugin-lit-a11y; imports are kept sorted.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'coverage/',
      'examples/node_modules/',
      'examples/*/dist/',
      'tests/screens/',
      // Type-only fixtures for the JSX types, checked by their own tsconfig (npm test: "JSX types").
      'tests/types/',
      // Framework examples: built and run by scripts/examples.mjs with their own configs.
      'examples/react/',
      'examples/vue/',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    // Scripts, configs and browser helpers in plain JavaScript: linted without type information.
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended'], litA11y.configs.recommended],
  },
  {
    // The member order of CONTRIBUTING.md ("Writing code"), as far as a rule can see it: statics, public
    // properties, state, other fields, the constructor, then accessors and methods.
    files: ['src/**/*.ts'],
    rules: {
      '@typescript-eslint/member-ordering': [
        'error',
        {
          default: {
            memberTypes: [
              'signature',
              'static-field',
              ['static-get', 'static-method'],
              'public-decorated-field',
              'protected-decorated-field',
              'private-decorated-field',
              'field',
              'constructor',
              ['get', 'set', 'method'],
            ],
          },
        },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      // `const { milestones: _, ...rest } = content` leaves a part out on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { varsIgnorePattern: '^_', argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Tests keep the platform's own methods (fetch, XMLHttpRequest#open) to restore them afterwards.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // One assertion style: Vitest's jest-style `expect` (vitest, storybook/test, tests/browser/expect.ts).
    files: ['tests/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@open-wc/testing',
              importNames: ['expect', 'assert', 'should', 'chai'],
              message: "Jest-style matchers: import { expect } from './expect.js' (tests/browser/expect.ts).",
            },
            { name: 'chai', message: 'Jest-style matchers: Vitest, storybook/test or tests/browser/expect.ts.' },
            { name: 'node:assert', message: "Jest-style matchers: import { expect } from 'vitest'." },
            { name: 'node:assert/strict', message: "Jest-style matchers: import { expect } from 'vitest'." },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          // expect(x).to.equal(y), expect(x).not.to.contain(y) and the other chai chains
          selector:
            "MemberExpression[property.name=/^(to|be|been|is|that|which|and|has|have|with|at|of|same|but|does|deep|include|includes|contain|contains|equal|equals|eql|exist|ok|true|false|null|undefined|length|lengthOf|match|a|an|above|below|least|most|within|members|keys|property|throw|satisfy|closeTo|oneOf|called|calledWith|calledOnce|callCount)$/]:matches([object.callee.name='expect'], [object.property.name='not'][object.object.callee.name='expect'])",
          message: 'Jest-style matchers (toBe, toStrictEqual, toContain …), not chai chains: CONTRIBUTING.md, Tests.',
        },
      ],
    },
  },
  {
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: { 'simple-import-sort/imports': 'error', 'simple-import-sort/exports': 'error' },
  },
);
