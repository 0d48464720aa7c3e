import { PrpTreatmentComparison } from './treatment-comparison.js';

PrpTreatmentComparison.define('prp-treatment-comparison');

export { PrpTreatmentComparison };
