// The Vue example: built from the packed tarball (examples/node_modules/prp-widgets, made by
// scripts/examples.mjs), with Vue from the repository's node_modules.
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  // Tell Vue's template compiler that <prp-*> tags are custom elements, not Vue components.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('prp-') } } })],
  build: { outDir: 'dist', emptyOutDir: true },
  logLevel: 'warn',
});
