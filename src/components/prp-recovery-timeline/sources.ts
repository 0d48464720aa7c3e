/** The sources the default content of <prp-recovery-timeline> cites, in both languages (checked by tests/unit/bibliography.test.ts). */
import * as bibliography from '../../content/sources.js';
import type { CitedSource } from '../../content/types.js';

export const TIMELINE_SOURCES: readonly CitedSource[] = [
  bibliography.albertaEsiHome,
  bibliography.bmri2022Prp,
  bibliography.changPark2021,
  bibliography.cochraneProlotherapy,
  bibliography.dutchRct2024,
  bibliography.glosRedFlags,
  bibliography.ijcedPrp,
  bibliography.jointandspineTiming,
  bibliography.leach2024,
  bibliography.narouze2018,
  bibliography.nhsBackPain,
  bibliography.niceNg59,
  bibliography.pengPrp,
  bibliography.prpLondonFaq,
  bibliography.rabago2010,
  bibliography.royalfreeCes,
  bibliography.savemedPrp,
  bibliography.seattlePrp,
  bibliography.sosbonesPrp,
  bibliography.spencerEpidural,
  bibliography.tiosInstructions,
  bibliography.tuakli2016,
  bibliography.yoonChoi2024,
];
