/** The sources the default content of <prp-process-diagram> cites, in both languages (checked by tests/unit/bibliography.test.ts). */
import {
  asipp2019,
  bioeng2023Layers,
  changPark2021,
  cochraneProlotherapy,
  dutchRct2024,
  hopkinsEsi,
  ijcedPrp,
  jointandspineSafety,
  jointandspineTiming,
  pengPrp,
  pmc7607802Spins,
  pmc7704139Volumes,
  rabago2010,
  seattlePrp,
  sosbonesPrp,
  tuakli2016,
} from '../../content/sources.js';
import type { CitedSource } from '../../content/types.js';

export const DIAGRAM_SOURCES: readonly CitedSource[] = [
  asipp2019,
  bioeng2023Layers,
  changPark2021,
  cochraneProlotherapy,
  dutchRct2024,
  hopkinsEsi,
  ijcedPrp,
  jointandspineSafety,
  jointandspineTiming,
  pengPrp,
  pmc7607802Spins,
  pmc7704139Volumes,
  rabago2010,
  seattlePrp,
  sosbonesPrp,
  tuakli2016,
];
