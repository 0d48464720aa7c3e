// The React example: built from the packed tarball (examples/node_modules/prp-widgets, made by
// scripts/examples.mjs), with React from the repository's node_modules.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  logLevel: 'warn',
});
