#!/usr/bin/env node
/// <reference types="node" />
/**
 * `npx prp-widgets render '<prp-doctor-checklist context="back-pain" lang="es"></prp-doctor-checklist>'`
 * prints the HTML with every prp-widgets element in it prerendered (see `render` in ./index.ts); the rest of
 * the HTML is printed as it was. Without an argument it reads the HTML from standard input. An element's
 * `<script type="application/json">` child is its content override, as in the browser.
 */
import { readFileSync } from 'node:fs';

import { prerender } from './prerender.js';
import { TAGS } from './render.js';

const USAGE = `usage: prp-widgets render '<prp-faq lang="es"></prp-faq>'   (or the HTML on standard input)
Prints the HTML with each prp-widgets element prerendered: paste it into the page, with the script tag after it.`;

async function main(args: readonly string[]): Promise<number> {
  if (args[0] !== 'render' || args.length > 2) {
    console.error(USAGE);
    return 1;
  }
  const html = args[1] ?? readFileSync(0, 'utf8');
  const rendered = await prerender(html);
  if (rendered === html) {
    console.error(`prp-widgets render: no prp-widgets element found (expected one of ${TAGS.join(', ')})\n${USAGE}`);
    return 1;
  }
  process.stdout.write(rendered.endsWith('\n') ? rendered : `${rendered}\n`);
  return 0;
}

void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
