/**
 * English content of <prp-doctor-checklist>. Facts and sources: shared/research/health-content.md
 * (B1 red flags: NHS back pain, cauda equina leaflets, red-flag summaries; B2 aftercare; B3 ASIPP).
 * Levels follow NHS care cards: emergency (999/911 now), urgent (today), routine (next visit).
 * Before-treatment items are limited to what the research sources support.
 */
import type { ChecklistContent, ChecklistLocaleContent } from '../../components/prp-doctor-checklist/types.js';
import { redFlags } from './red-flags.js';

const emergencySigns = [
  { id: 'bladder-bowel', ...redFlags.bladderBowel },
  { id: 'saddle-numbness', ...redFlags.saddleNumbness },
  { id: 'both-legs', ...redFlags.bothLegs },
];
const chestPain = { id: 'chest-pain', text: 'You have chest pain.', sources: ['nhs-back-pain'] };

const afterInjection: ChecklistContent = {
  title: 'When to get help after your injection',
  intro: [{ text: 'Some soreness, bruising and swelling for a few days is normal after the injection.', sources: ['seattle-prp'] }],
  emergency: [...emergencySigns, chestPain],
  urgent: [
    { id: 'fever', text: 'You have a fever.', sources: ['seattle-prp', 'peng-prp'] },
    { id: 'wound', text: 'Redness spreads, or pus or fluid leaks from the injection area.', sources: ['seattle-prp', 'peng-prp'] },
    {
      id: 'worse-pain',
      text: 'Pain or swelling at the injection area is getting worse after the first 3 days.',
      sources: ['seattle-prp'],
    },
    { id: 'leg-numbness', ...redFlags.legNumbness },
    { id: 'night-pain', text: 'You have new back pain that is worse at night or does not ease with rest.', sources: ['nhs-back-pain', 'dutch-rct-2024'] },
  ],
  routine: [
    { id: 'lasting-soreness', text: 'Soreness at the injection area lasts more than 10 days.', sources: ['seattle-prp'] },
    { id: 'no-better', text: 'Your back pain is no better after 6 weeks.', sources: ['seattle-prp', 'jointandspine-timing'] },
    {
      id: 'restart-questions',
      text: 'You are not sure when to restart exercise or your usual pain medicines.',
      sources: ['tios-instructions', 'prp-london-faq'],
    },
  ],
};

const backPain: ChecklistContent = {
  title: 'When to get help for back pain',
  intro: [{ text: 'Most back pain is not serious. A few signs mean you need a doctor quickly.', sources: ['nhs-back-pain', 'nice-ng59'] }],
  emergency: [
    ...emergencySigns,
    chestPain,
    { id: 'accident', text: 'Your back pain started after a serious accident, such as a car crash.', sources: ['nhs-back-pain'] },
  ],
  urgent: [
    { id: 'fever', text: 'You have back pain and a fever.', sources: ['nhs-back-pain'] },
    { id: 'weight-loss', text: 'You are losing weight without trying.', sources: ['nhs-back-pain', 'glos-red-flags'] },
    { id: 'cancer', text: 'You have had cancer, and this back pain is new.', sources: ['glos-red-flags'] },
    { id: 'night-pain', text: 'The pain does not ease with rest, or it is worse at night.', sources: ['nhs-back-pain'] },
    {
      id: 'lump',
      text: 'There is a lump or swelling on your back, or your back has changed shape.',
      sources: ['nhs-back-pain'],
    },
  ],
  routine: [
    { id: 'no-better', text: 'Your back pain is not getting better after about 4 weeks.', sources: ['glos-red-flags'] },
    { id: 'new-over-50', text: 'Your back pain is new and you are over 50.', sources: ['glos-red-flags'] },
    { id: 'sleep', text: 'The pain keeps you from sleeping or doing daily tasks.', sources: ['nhs-back-pain'] },
  ],
};

const beforeTreatment: ChecklistContent = {
  title: 'What to tell your clinic before your treatment',
  intro: [
    {
      text: 'Some medicines and health problems change how safe or useful an injection is. Tell your clinic about them before the day.',
      sources: ['leach-2024', 'asipp-2019'],
    },
  ],
  emergency: emergencySigns,
  urgent: [
    {
      id: 'blood-thinner',
      text: 'A doctor prescribed a blood thinner or aspirin for you. Do not stop it on your own.',
      sources: ['leach-2024'],
    },
    { id: 'fever-now', text: 'You have a fever or an infection now.', sources: ['glos-red-flags'] },
    { id: 'weak-immune', text: 'Your immune system is weak because of an illness or a medicine.', sources: ['glos-red-flags'] },
  ],
  routine: [
    {
      id: 'nsaids',
      text: 'You take NSAIDs, such as ibuprofen or naproxen. Your clinic may ask you to stop them for a few days.',
      sources: ['leach-2024', 'prp-london-faq', 'seattle-prp'],
    },
    { id: 'steroids', text: 'You take steroid medicine, or had a steroid shot in the last few weeks.', sources: ['asipp-2019', 'glos-red-flags'] },
    { id: 'cancer-history', text: 'You have had cancer.', sources: ['glos-red-flags'] },
  ],
};

export const doctorChecklist: ChecklistLocaleContent = {
  strings: {
    help: 'Tick any sign you have now. The box at the end tells you what to do.',
    headings: {
      emergency: 'Call {emergency} or go to the emergency room now if:',
      urgent: 'Call {clinic} today if:',
      routine: 'Mention it at your next visit if:',
    },
    resultHeading: 'What to do now',
    results: {
      none: {
        title: 'Nothing ticked',
        text: 'You have not ticked any of these signs. If something else worries you, call {clinic}.',
      },
      routine: {
        title: 'Not urgent: mention it at your next visit',
        text: 'Write it down so you remember to ask. Call {clinic} sooner if it gets worse.',
      },
      urgent: {
        title: 'Urgent: call {clinic} today',
        text: 'Call {clinic} today. If you cannot reach them, get medical care today.',
      },
      emergency: {
        title: 'Emergency: call {emergency} now',
        text: 'Call {emergency} or go to the emergency room now. Do not wait to hear back from your clinic.',
      },
    },
    reset: 'Clear all ticks',
    cleared: 'All ticks cleared.',
    privacy: 'What you tick stays on this page. It is not saved or sent anywhere.',
  },
  contexts: { 'after-injection': afterInjection, 'back-pain': backPain, 'before-treatment': beforeTreatment },
};
