import { PrpDoctorChecklist } from './doctor-checklist.js';

PrpDoctorChecklist.define('prp-doctor-checklist');

export { PrpDoctorChecklist };
