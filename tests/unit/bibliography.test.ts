/**
 * Each element bundles only the sources its default content cites (its `sources.ts`), so a page that
 * uses one element does not download the whole bibliography. The lists must match the content exactly,
 * in both languages.
 */
import { describe, expect, it } from 'vitest';

import { SOURCES } from '../../src/content/sources.js';
import { collectSourceIds } from '../../src/internal/content.js';
import { ELEMENTS } from '../shared/elements.js';

const cases = ELEMENTS.map(({ tag, bibliography, en, es }) => [tag, bibliography, [en, es]] as const);

describe("each element's bibliography", () => {
  it.each(cases)('<%s> lists exactly the sources its content cites, in both languages', (_, bibliography, contents) => {
    const cited = new Set<string>();
    for (const content of contents) collectSourceIds(content, cited);
    expect(bibliography.map((source) => source.id).sort()).toEqual([...cited].sort());
  });

  it('every listed source is the one in the shared bibliography, and every shared source is cited somewhere', () => {
    const used = new Set<string>();
    for (const [, bibliography] of cases) {
      for (const source of bibliography) {
        expect(SOURCES[source.id], source.id).toBe(source);
        used.add(source.id);
      }
    }
    expect(Object.keys(SOURCES).filter((id) => !used.has(id))).toEqual([]);
  });
});
