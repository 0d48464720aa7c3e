/**
 * The words of every warning sign in English, one statement each; the level of each is in
 * `../warning-signs.ts`. Facts and sources: docs/evidence.md, "Warning signs".
 */
import type { SignWords } from '../warning-signs.js';

export const warningSigns: SignWords = {
  'saddle-numbness': {
    text: 'The skin around your genitals or bottom (the part you sit on) feels numb, tingly or different, for example when you wipe.',
    sources: ['nhs-back-pain', 'royalfree-ces'],
  },
  'bladder-bowel': {
    text: 'It is hard to pee, you leak pee or poo, or you cannot feel when you need to go.',
    sources: ['nhs-back-pain', 'royalfree-ces'],
  },
  'leg-weakness': {
    text: 'A leg is getting weaker: your foot drags, or you suddenly cannot walk or stand normally. Or both legs feel weak, numb, tingly or painful.',
    sources: ['nhs-back-pain', 'glos-red-flags', 'royalfree-ces'],
  },
  'chest-pain': { text: 'You have chest pain.', sources: ['nhs-back-pain'] },
  accident: {
    text: 'Your back pain started after a serious accident, such as a car crash.',
    sources: ['nhs-back-pain'],
  },
  fever: { text: 'You have a fever.', sources: ['nhs-back-pain', 'seattle-prp', 'peng-prp'] },
  wound: {
    text: 'Redness spreads, or pus or fluid leaks from the injection area.',
    sources: ['seattle-prp', 'peng-prp'],
  },
  'leg-numbness': {
    text: 'You have new numbness or tingling in a leg that is still there hours later.',
    sources: ['glos-red-flags', 'alberta-esi-home'],
  },
  'worse-pain': {
    text: 'From day 4 after the injection, your back pain keeps getting worse, is severe, or is worse at night or at rest. This matters even if you have no fever.',
    sources: ['dutch-rct-2024', 'bmri-2022-prp', 'yoon-choi-2024', 'nhs-back-pain'],
  },
  'night-pain': {
    text: 'Your back pain is worse at night, or it does not ease with rest.',
    sources: ['nhs-back-pain'],
  },
  'weight-loss': { text: 'You are losing weight without trying.', sources: ['nhs-back-pain', 'glos-red-flags'] },
  cancer: { text: 'You have had cancer, and this back pain is new.', sources: ['glos-red-flags'] },
  lump: {
    text: 'There is a lump or swelling on your back, or your back has changed shape.',
    sources: ['nhs-back-pain'],
  },
  'lasting-soreness': { text: 'Soreness at the injection area lasts more than 10 days.', sources: ['seattle-prp'] },
  'no-better-at-check': {
    text: 'Your back pain is no better at your check-up 6 to 8 weeks after the injection.',
    sources: ['savemed-prp', 'jointandspine-timing'],
  },
  'restart-questions': {
    text: 'You are not sure when to restart exercise or your usual pain medicines.',
    sources: ['tios-instructions', 'prp-london-faq'],
  },
  'no-better': {
    text: 'Your back pain is not getting better after about 4 weeks.',
    sources: ['nhs-back-pain', 'glos-red-flags'],
  },
  'new-over-50': { text: 'Your back pain is new and you are over 50.', sources: ['glos-red-flags'] },
  'daily-tasks': { text: 'The pain makes it hard to do your daily tasks.', sources: ['nhs-back-pain'] },
};

/** The emergency notice of the timeline and the FAQ: what to do, then the signs that need it. */
export const emergencyNotice = {
  title: 'Call {emergency} or go to the emergency room now if you have back pain and:',
  signs: [warningSigns['saddle-numbness'], warningSigns['bladder-bowel'], warningSigns['leg-weakness']],
};
