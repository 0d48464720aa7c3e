/** The sources the default content of <prp-doctor-checklist> cites, in both languages (checked by tests/unit/bibliography.test.ts). */
import {
  asipp2019,
  dutchRct2024,
  glosRedFlags,
  jointandspineTiming,
  leach2024,
  nhsBackPain,
  niceNg59,
  pengPrp,
  prpLondonFaq,
  seattlePrp,
  tiosInstructions,
} from '../../content/sources.js';
import type { CitedSource } from '../../content/types.js';

export const CHECKLIST_SOURCES: readonly CitedSource[] = [
  asipp2019,
  dutchRct2024,
  glosRedFlags,
  jointandspineTiming,
  leach2024,
  nhsBackPain,
  niceNg59,
  pengPrp,
  prpLondonFaq,
  seattlePrp,
  tiosInstructions,
];
