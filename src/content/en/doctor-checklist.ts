/**
 * English content of <prp-doctor-checklist>. Facts and sources: docs/evidence.md ("Warning signs",
 * "Before the injection"). The signs and their levels come from the triage registry
 * (`../warning-signs.ts`); only the before-treatment list is this element's own.
 */
import type { ChecklistLocaleContent } from '../../components/prp-doctor-checklist/types.js';
import { careCards, CHECKLIST_SIGNS } from '../warning-signs.js';
import { warningSigns } from './warning-signs.js';

export const doctorChecklist: ChecklistLocaleContent = {
  strings: {
    help: 'Tick any sign you have now. The box at the end tells you what to do.',
    resultHeading: 'What to do now',
    actions: {
      'after-injection': {
        headings: {
          emergency: 'Call {emergency} or go to the emergency room now if:',
          urgent: 'Call {clinic} today if:',
          routine: 'Tell {clinic} at your next visit, or call them, if:',
        },
        results: {
          none: {
            title: 'Nothing ticked',
            text: 'You have not ticked any of these signs. If something else worries you, call {clinic}.',
          },
          routine: {
            title: 'Not urgent: tell {clinic}',
            text: 'Mention it at your next visit, or call them sooner. Call them today if it gets worse.',
          },
          urgent: { title: 'Urgent: call {clinic} today', text: 'If you cannot reach them, get medical care today.' },
          emergency: {
            title: 'Emergency: call {emergency} now',
            text: 'Or go to the emergency room now. Do not wait to hear back from your clinic.',
          },
        },
      },
      'back-pain': {
        headings: {
          emergency: 'Call {emergency} or go to the emergency room now if:',
          urgent: 'Get an urgent appointment with a doctor today if:',
          routine: 'See a doctor within 1 to 2 weeks if:',
        },
        results: {
          none: {
            title: 'Nothing ticked',
            text: 'You have not ticked any of these signs. If something else worries you, talk with a doctor.',
          },
          routine: {
            title: 'Not urgent: see a doctor within 1 to 2 weeks',
            text: 'Make an appointment with a doctor. Get help today if it gets worse.',
          },
          urgent: {
            title: 'Urgent: see a doctor today',
            text: 'Call a doctor today for an urgent appointment. If you cannot get one, go to an urgent care center today.',
          },
          emergency: {
            title: 'Emergency: call {emergency} now',
            text: 'Or go to the emergency room now. Do not wait for an appointment.',
          },
        },
      },
      'before-treatment': {
        help: 'Tick anything that is true for you. The box at the end tells you what to do.',
        heading: 'Tell {clinic} at least 2 weeks before your injection if:',
        results: {
          none: {
            title: 'Nothing ticked',
            text: 'You have not ticked anything. Tell {clinic} about any other medicines or health problems before your injection.',
          },
          tell: {
            title: 'Tell {clinic} before your injection',
            text: 'Do this at least 2 weeks before your injection. Do not stop a prescribed medicine on your own.',
          },
        },
      },
    },
    reset: 'Clear all ticks',
    cleared: 'All ticks cleared.',
    privacy: 'What you tick stays on this page. It is not saved or sent anywhere.',
  },
  contexts: {
    'after-injection': {
      title: 'When to get help after your injection',
      intro: [
        {
          text: 'Some soreness, bruising and swelling where the needle went in are common for a few days. The soreness is usually worst on day 2 or 3, then eases.',
          sources: ['seattle-prp'],
        },
      ],
      ...careCards(warningSigns, ...CHECKLIST_SIGNS['after-injection']),
    },
    'back-pain': {
      title: 'When to get help for back pain',
      intro: [
        {
          text: 'Most back pain is not serious. A few signs mean you need a doctor quickly.',
          sources: ['nhs-back-pain', 'nice-ng59'],
        },
      ],
      ...careCards(warningSigns, ...CHECKLIST_SIGNS['back-pain']),
    },
    'before-treatment': {
      title: 'What to tell your clinic before your injection',
      intro: [
        {
          text: 'Some medicines and health problems change how safe or useful an injection is. Your clinic needs time to plan with you.',
          sources: ['leach-2024', 'narouze-2018', 'asipp-2019'],
        },
      ],
      tell: [
        {
          id: 'blood-thinner',
          text: 'A doctor prescribed a blood thinner, aspirin or another medicine for your heart or blood. Keep taking it unless that doctor says otherwise.',
          sources: ['narouze-2018'],
        },
        {
          id: 'nsaids',
          text: 'You take NSAIDs (anti-inflammatory pain pills), such as ibuprofen or naproxen. Many clinics ask you to stop them 3 to 10 days before.',
          sources: ['leach-2024', 'prp-london-faq', 'seattle-prp', 'tios-instructions'],
        },
        {
          id: 'steroids',
          text: 'You take steroid medicine, or you had a steroid injection in the last few weeks.',
          sources: ['asipp-2019', 'glos-red-flags'],
        },
        {
          id: 'infection',
          text: 'You have a fever or an infection, or you get one before the injection.',
          sources: ['glos-red-flags'],
        },
        {
          id: 'weak-immune',
          text: 'Your immune system is weak because of an illness or a medicine.',
          sources: ['glos-red-flags'],
        },
        { id: 'cancer-history', text: 'You have had cancer.', sources: ['glos-red-flags'] },
      ],
    },
  },
};
