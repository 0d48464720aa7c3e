/** The sources the default content of <{{tag}}> cites, in both languages (checked by tests/unit/bibliography.test.ts). */
import * as bibliography from '../../content/sources.js';
import type { CitedSource } from '../../content/types.js';

// PLACEHOLDER (npm run new-element): the sources of the skeleton's borrowed intro. List exactly the sources
// the element's own content cites.
export const {{CONST}}_SOURCES: readonly CitedSource[] = [
  bibliography.acp2017,
  bibliography.nhsBackPain,
  bibliography.niceNg59Bmj,
];
