/**
 * Each story's args in doctor-checklist.stories.ts, keyed by story export name. The stories render them and
 * tests/browser/doctor-checklist.test.ts mounts them, so the test follows its story. No Storybook import:
 * the browser tests load this module.
 */
import type { PrpDoctorChecklist } from '../src/components/prp-doctor-checklist/doctor-checklist.js';
import type { ClinicArgs, SharedArgs } from './helpers.js';

/** What a story sets: the element's attributes (by attribute name) and its `content` property. */
export interface ChecklistArgs extends SharedArgs, ClinicArgs {
  context?: string;
  mode?: string;
  content?: PrpDoctorChecklist['content'];
}

export const CHECKLIST_ARGS = {
  AfterInjectionChecklist: { context: 'after-injection', mode: 'checklist' },
  AfterInjectionCards: { context: 'after-injection', mode: 'cards' },
  BackPainChecklist: { context: 'back-pain', mode: 'checklist' },
  BackPainCards: { context: 'back-pain', mode: 'cards' },
  BeforeTreatmentChecklist: { context: 'before-treatment', mode: 'checklist' },
  BeforeTreatmentCards: { context: 'before-treatment', mode: 'cards' },
  ResultNone: { mode: 'checklist' },
  ResultRoutine: { mode: 'checklist' },
  ResultUrgent: { mode: 'checklist', 'clinic-name': 'Riverside Spine Center', 'clinic-phone': '+1 (541) 555-0123' },
  ResultEmergency: { mode: 'checklist' },
  Spanish: { lang: 'es' },
  Dark: { theme: 'dark' },
  Narrow320: {},
  ClinicSettings: {
    'clinic-name': 'Riverside Spine (London)',
    'clinic-phone': '020 7946 0123',
    'emergency-number': '999',
    'reviewed-by': 'Dr. Ana Ortiz, MD',
    'reviewed-on': '2026-12-02',
  },
  UnitedKingdom: { lang: 'en-GB', context: 'back-pain' },
  BadInput: {
    context: 'after-surgery',
    mode: 'quiz',
    'emergency-number': 'call-help',
    'clinic-phone': 'call-us',
  },
} satisfies Record<string, ChecklistArgs>;
