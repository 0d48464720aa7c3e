/** The sources the default content of <prp-doctor-checklist> cites, in both languages (checked by tests/unit/bibliography.test.ts). */
import * as bibliography from '../../content/sources.js';
import type { CitedSource } from '../../content/types.js';

export const CHECKLIST_SOURCES: readonly CitedSource[] = [
  bibliography.albertaEsiHome,
  bibliography.asipp2019,
  bibliography.bmri2022Prp,
  bibliography.dutchRct2024,
  bibliography.glosRedFlags,
  bibliography.jointandspineTiming,
  bibliography.leach2024,
  bibliography.narouze2018,
  bibliography.nhsBackPain,
  bibliography.niceNg59,
  bibliography.pengPrp,
  bibliography.prpLondonFaq,
  bibliography.royalfreeCes,
  bibliography.savemedPrp,
  bibliography.seattlePrp,
  bibliography.tiosInstructions,
  bibliography.yoonChoi2024,
];
