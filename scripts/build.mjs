// npm run build: the npm modules, the CDN files, the .d.ts types, custom-elements.json, then the editor data,
// JSX types and the embed builder (dist/configurator/) generated from it, in that order.
import { execFileSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';

const run = (command, ...args) => execFileSync(command, args, { stdio: 'inherit' });
const bin = (name) => `node_modules/.bin/${name}`;

rmSync('dist', { recursive: true, force: true });
run(bin('vite'), 'build', '--logLevel', 'warn');
run(bin('vite'), 'build', '--mode', 'cdn', '--logLevel', 'warn');
run(bin('vite'), 'build', '--mode', 'cdn-iife', '--logLevel', 'warn');
// The optional reserve-space stylesheet ships beside the script-tag files, as written.
copyFileSync('src/cdn/prp-widgets.css', 'dist/cdn/prp-widgets.css');
run(bin('tsc'), '-p', 'tsconfig.build.json');
run(bin('cem'), 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet');
run('node', 'scripts/editor-types.mjs');
run('node', 'scripts/configurator.mjs');
console.log(
  'Built dist/ (npm modules, types, custom-elements.json, editor data, JSX types, the embed builder) and dist/cdn/ (script-tag files and prp-widgets.css).',
);
