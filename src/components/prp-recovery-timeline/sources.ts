/** The sources the default content of <prp-recovery-timeline> cites, in both languages (checked by tests/unit/bibliography.test.ts). */
import {
  changPark2021,
  cochraneProlotherapy,
  dutchRct2024,
  glosRedFlags,
  ijcedPrp,
  jointandspineTiming,
  leach2024,
  nhsBackPain,
  niceNg59,
  pengPrp,
  prpLondonFaq,
  rabago2010,
  savemedPrp,
  seattlePrp,
  sosbonesPrp,
  tiosInstructions,
} from '../../content/sources.js';
import type { CitedSource } from '../../content/types.js';

export const TIMELINE_SOURCES: readonly CitedSource[] = [
  changPark2021,
  cochraneProlotherapy,
  dutchRct2024,
  glosRedFlags,
  ijcedPrp,
  jointandspineTiming,
  leach2024,
  nhsBackPain,
  niceNg59,
  pengPrp,
  prpLondonFaq,
  rabago2010,
  savemedPrp,
  seattlePrp,
  sosbonesPrp,
  tiosInstructions,
];
