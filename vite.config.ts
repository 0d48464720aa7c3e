/**
 * Two library builds from one config:
 * - default: the npm build, ES modules with `lit` external, one module per source file so each element
 *   can be imported alone (`prp-widgets/prp-recovery-timeline`) and bundlers tree-shake the rest;
 * - `--mode cdn`: `dist/cdn/prp-widgets.js` (ES module) and `prp-widgets.iife.js` (classic script), Lit
 *   bundled and minified, registering every element.
 */
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig(({ mode }) => {
  const define = { __PRP_VERSION__: JSON.stringify(version) };
  // Collapses the whitespace inside Lit's html`` and css`` templates, which the JS minifier leaves alone.
  const plugins = [literalsHtmlCssMinifier()];
  if (mode === 'cdn') {
    return {
      define,
      plugins,
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        target: 'es2021',
        minify: true,
        sourcemap: false,
        lib: {
          entry: 'src/index.ts',
          name: 'PrpWidgets',
          formats: ['es', 'iife'],
          fileName: (format) => (format === 'es' ? 'prp-widgets.js' : 'prp-widgets.iife.js'),
        },
        rolldownOptions: {
          // Lib mode keeps whitespace in ES output unless the output itself is minified.
          output: { minify: true, codeSplitting: false },
        },
      },
    };
  }
  return {
    define,
    plugins,
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2021',
      minify: false,
      sourcemap: false,
      lib: {
        entry: {
          index: 'src/index.ts',
          classes: 'src/classes.ts',
          'components/prp-doctor-checklist/define': 'src/components/prp-doctor-checklist/define.ts',
          'components/prp-process-diagram/define': 'src/components/prp-process-diagram/define.ts',
          'components/prp-recovery-timeline/define': 'src/components/prp-recovery-timeline/define.ts',
          'components/prp-treatment-comparison/define': 'src/components/prp-treatment-comparison/define.ts',
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
