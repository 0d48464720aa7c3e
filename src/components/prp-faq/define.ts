import { PrpFaq } from './faq.js';

PrpFaq.define('prp-faq');

export { PrpFaq };
