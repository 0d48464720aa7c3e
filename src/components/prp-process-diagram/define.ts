import { PrpProcessDiagram } from './process-diagram.js';

PrpProcessDiagram.define('prp-process-diagram');

export { PrpProcessDiagram };
