/**
 * Warning signs shared by several elements (the timeline's emergency notice and "call us if" lists, the
 * checklist's cards), written once so the elements can never contradict each other.
 * Sources: shared/research/health-content.md B1 (NHS back pain, red-flag summaries) and B2.
 */
import type { Statement } from '../types.js';

export const redFlags = {
  /** NHS: call 999 / go to A&E. */
  bladderBowel: { text: 'You cannot control your bladder or bowels, or it is hard to pee.', sources: ['nhs-back-pain'] },
  saddleNumbness: {
    text: 'The skin around your genitals or bottom (the part you sit on) feels numb.',
    sources: ['nhs-back-pain'],
  },
  bothLegs: { text: 'Both legs feel weak, numb, tingly or painful.', sources: ['nhs-back-pain'] },
  /** Infection at the injection site (clinic aftercare instructions). */
  infection: {
    text: 'You have a fever, or redness that spreads, pus or fluid leaking, or swelling or pain at the injection area that gets worse.',
    sources: ['seattle-prp', 'peng-prp'],
  },
  /** Later on, a disc or spine infection shows as fever or new pain at night or at rest. */
  lateWarning: {
    text: 'You have a fever, or new back pain that is worse at night or does not ease with rest.',
    sources: ['nhs-back-pain', 'dutch-rct-2024'],
  },
  legNumbness: { text: 'You have new numbness or weakness in a leg.', sources: ['glos-red-flags'] },
} as const satisfies Record<string, Statement>;

/** The timeline's emergency notice: the NHS signs to call the emergency number for; `{emergency}` is the emergency-number attribute. */
export const emergencyNotice = {
  title: 'Call {emergency} or go to the emergency room now if you have back pain and:',
  signs: [redFlags.bladderBowel, redFlags.saddleNumbness, redFlags.bothLegs],
};
