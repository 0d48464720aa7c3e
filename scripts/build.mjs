// npm run build: the npm modules, the CDN files, the .d.ts types and custom-elements.json, in that order.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (command, ...args) => execFileSync(command, args, { stdio: 'inherit' });
const bin = (name) => `node_modules/.bin/${name}`;

rmSync('dist', { recursive: true, force: true });
run(bin('vite'), 'build', '--logLevel', 'warn');
run(bin('vite'), 'build', '--mode', 'cdn', '--logLevel', 'warn');
run(bin('tsc'), '-p', 'tsconfig.build.json');
run(bin('cem'), 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet');
console.log('Built dist/ (npm modules, types, custom-elements.json) and dist/cdn/ (script-tag files).');
