/**
 * Two library builds from one config:
 * - default: the npm build, ES modules with `lit` external, one module per source file so each element
 *   can be imported alone (`prp-widgets/prp-recovery-timeline`) and bundlers tree-shake the rest;
 * - `--mode cdn`: `dist/cdn/prp-widgets.js` (ES module, with on-demand chunks in `dist/cdn/chunks/`) and
 *   `--mode cdn-iife`: `prp-widgets.iife.js` (classic script, one file), Lit bundled and minified,
 *   registering every element.
 */
import { readdirSync, readFileSync } from 'node:fs';

import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';
import { minify } from 'terser';
import { defineConfig, type Plugin } from 'vite';

/**
 * For the one-file classic script: `import('./x.js').then((module) => module.name)` (another language,
 * the override checks) becomes a static import of `name`. Everything is in the one file anyway, and
 * lazily started modules cost bytes for nothing there.
 */
function staticImportsForOneFile(): Plugin {
  const LAZY = /\bimport\('(\.{1,2}\/[^']+)'\)\.then\(\((\w+)\) => \2\.(\w+)\)/g;
  return {
    name: 'prp-static-imports-for-one-file',
    enforce: 'pre', // on the TypeScript source, before it is compiled
    transform(code, id) {
      if (!id.includes('/src/')) return null;
      const imports: string[] = [];
      const rewritten = code.replace(LAZY, (_, path: string, _module: string, name: string) => {
        const local = `__prpStatic${imports.length}`;
        imports.push(`import { ${name} as ${local} } from '${path}';`);
        return `Promise.resolve(${local})`;
      });
      return imports.length ? { code: `${imports.join('\n')}\n${rewritten}`, map: null } : null;
    },
  };
}

/**
 * A second pass over the minified CDN files: terser's compressor, without renaming. oxc prints every plain
 * string as a template literal (`…`); terser turns them back into quoted strings, which brotli packs
 * better beside the templates' HTML, and folds a few expressions more: about 0.7% smaller (decision 0006).
 */
function compressAgain(module: boolean): Plugin {
  return {
    name: 'prp-compress-again',
    async generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const result = await minify(file.code, {
          module,
          ecma: 2020,
          compress: { ecma: 2020 },
          mangle: false,
          format: { comments: false, ecma: 2020 },
        });
        file.code = result.code!;
      }
    },
  };
}

/**
 * The compiler's helper for legacy decorators, written for what Lit's `@property()` and `@state()` on
 * fields need: call each decorator, last first; define the descriptor one returns. The generic helper also
 * routes through `Reflect.decorate` (reflect-metadata), which nothing here uses.
 */
function fieldDecoratorHelper(): Plugin {
  return {
    name: 'prp-field-decorator-helper',
    transform(_code, id) {
      if (!/@oxc-project\+runtime@[^/]+\/helpers\/esm\/decorate\.js$/.test(id)) return null;
      return {
        code: `export default function __decorate(decorators, target, key, descriptor) {
  for (let i = decorators.length; i--; ) descriptor = decorators[i](target, key, descriptor) || descriptor;
  if (descriptor) Object.defineProperty(target, key, descriptor);
  return descriptor;
}`,
        map: null,
      };
    },
  };
}

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig(({ mode }) => {
  const define = { __PRP_VERSION__: JSON.stringify(version) };
  // Collapses the whitespace inside Lit's html`` and css`` templates, which the JS minifier leaves alone.
  // `keepClosingSlash`: without it the minifier drops the `/>` of self-closing SVG shapes in svg``, so every
  // following shape parses as a child of the first and never paints (tests/embed/drawings.test.ts).
  const plugins: Plugin[] = [
    literalsHtmlCssMinifier({ options: { minifyOptions: { keepClosingSlash: true } } }) as Plugin,
    fieldDecoratorHelper(),
  ];
  if (mode === 'cdn' || mode === 'cdn-iife') {
    const module = mode === 'cdn';
    return {
      define,
      plugins: [...plugins, ...(module ? [] : [staticImportsForOneFile()]), compressAgain(module)],
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: module, // the module build runs first
        target: 'es2021',
        minify: true,
        sourcemap: false,
        lib: {
          entry: 'src/index.ts',
          name: 'PrpWidgets',
          formats: [module ? 'es' : 'iife'],
          fileName: () => (module ? 'prp-widgets.js' : 'prp-widgets.iife.js'),
        },
        rolldownOptions: {
          // Lets the entry also export what the chunks share with it, so that stays in the one file.
          preserveEntrySignatures: 'allow-extension',
          // Lib mode keeps whitespace in ES output unless the output itself is minified. The module keeps
          // other languages and the override checks in chunks beside it, fetched only when a page needs
          // them; a classic script cannot, so the IIFE holds everything.
          output: module
            ? {
                minify: true,
                // Pure annotations help a bundler that re-bundles the file; nothing re-bundles a CDN file.
                comments: { annotation: false },
                // es-*.js: Spanish text; en-*.js: English text a page may not need (prolotherapy); lit-*.js: Lit's
                // hydration, for pages with prerendered elements; checks-*.js: the override checks
                chunkFileNames: ({ moduleIds }) => {
                  const language = moduleIds.map((id) => /content[\\/](en|es)[\\/]/.exec(id)?.[1]).find(Boolean);
                  const hydration = moduleIds.some((id) => /internal[\\/]hydration\.ts$/.test(id));
                  return `chunks/${language ?? (hydration ? 'lit' : 'checks')}-[name]-[hash].js`;
                },
              }
            : { minify: true, codeSplitting: false },
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
          // Node only: `prp-widgets/ssr` and the `prp-widgets render` command.
          'ssr/index': 'src/ssr/index.ts',
          'ssr/cli': 'src/ssr/cli.ts',
          // One entry per element folder, each registering its tag (`prp-widgets/prp-faq`).
          ...Object.fromEntries(
            readdirSync('src/components').map((tag) => [`components/${tag}/define`, `src/components/${tag}/define.ts`]),
          ),
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^parse5($|\/)/, /^node:/],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
