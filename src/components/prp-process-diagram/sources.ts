/** The sources the default content of <prp-process-diagram> cites, in both languages (checked by tests/unit/bibliography.test.ts). */
import * as bibliography from '../../content/sources.js';
import type { CitedSource } from '../../content/types.js';

export const DIAGRAM_SOURCES: readonly CitedSource[] = [
  bibliography.asipp2019,
  bibliography.bioeng2023Layers,
  bibliography.changPark2021,
  bibliography.cochraneProlotherapy,
  bibliography.dutchRct2024,
  bibliography.hopkinsEsi,
  bibliography.ijcedPrp,
  bibliography.jointandspineSafety,
  bibliography.jointandspineTiming,
  bibliography.pengPrp,
  bibliography.pmc7607802Spins,
  bibliography.pmc7704139Volumes,
  bibliography.rabago2010,
  bibliography.seattlePrp,
  bibliography.sosbonesPrp,
  bibliography.tuakli2016,
];
