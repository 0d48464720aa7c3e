/**
 * The guides stay true to the package: the README's attribute tables list exactly the attributes, and its
 * text every event, of the built manifest; the theming guide names every custom property and part; CDN
 * URLs in the guides are pinned to this version, and relative links point at files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { describe, expect, it } from 'vitest';

interface Declaration {
  tagName?: string;
  cssProperties?: { name: string }[];
  cssParts?: { name: string }[];
  attributes?: { name: string }[];
  events?: { name: string }[];
}
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8')) as {
  modules: { declarations?: Declaration[] }[];
};
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const GUIDES = ['docs/README.md', 'docs/platforms.md', 'docs/theming.md', 'docs/content-guide.md'];

describe('docs', () => {
  it('the theming guide names every --prp-* property and every part of every element', () => {
    const theming = readFileSync('docs/theming.md', 'utf8');
    const properties = new Set(elements.flatMap((e) => (e.cssProperties ?? []).map((p) => p.name)));
    const parts = new Set(elements.flatMap((e) => (e.cssParts ?? []).map((p) => p.name)));
    expect(properties.size).toBeGreaterThan(10);
    expect(parts.size).toBeGreaterThan(10);
    expect([...properties].filter((name) => !theming.includes(`\`${name}\``))).toEqual([]);
    expect([...parts].filter((name) => !theming.includes(`\`${name}\``))).toEqual([]);
  });

  it.each(GUIDES)('%s pins CDN URLs to this version and links only to files that exist', (guide) => {
    const text = readFileSync(guide, 'utf8');
    for (const [url] of text.matchAll(/https:\/\/cdn\.jsdelivr\.net\/npm\/prp-widgets[^\s"'`)<]*/g)) {
      expect(url, url).toContain(`prp-widgets@${version}/`);
    }
    for (const [, target] of text.matchAll(/\]\((?!https?:|#|mailto:)([^)#\s]+)/g)) {
      expect(existsSync(join(dirname(guide), target)), `${guide} links to ${target}`).toBe(true);
    }
  });

  it.each(elements.map((element) => element.tagName!))(
    "the README's attribute table of <%s> lists exactly its attributes, and the README names its events",
    (tag) => {
      const readme = readFileSync('README.md', 'utf8');
      const heading = `### \`<${tag}>\` attributes`;
      const start = readme.indexOf(heading);
      expect(start, heading).toBeGreaterThan(-1);
      // The table: the first run of table rows after the heading.
      const table: string[] = [];
      for (const line of readme
        .slice(start + heading.length)
        .split('\n')
        .slice(1)) {
        if (line.startsWith('|')) table.push(line);
        else if (table.length) break;
      }
      const listed = table
        .slice(2)
        .flatMap((row) => [...row.split('|')[1].matchAll(/`([a-z-]+)`/g)].map((match) => match[1]));
      const element = elements.find((candidate) => candidate.tagName === tag)!;
      const attributes = (element.attributes ?? []).map((attribute) => attribute.name);
      expect(attributes.length).toBeGreaterThan(3);
      expect([...new Set(listed)].sort()).toEqual([...new Set(attributes)].sort());
      for (const event of element.events ?? []) expect(readme, event.name).toContain(`\`${event.name}\``);
    },
  );
});
