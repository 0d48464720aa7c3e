/**
 * Señales de alarma que comparten varios elementos; reflejan src/content/en/red-flags.ts clave por clave.
 */
import type { Statement } from '../types.js';

export const redFlags = {
  bladderBowel: { text: 'No puede controlar la orina o las heces, o le cuesta orinar.', sources: ['nhs-back-pain'] },
  saddleNumbness: {
    text: 'Siente adormecida la piel alrededor de los genitales o las nalgas (la parte en la que se sienta).',
    sources: ['nhs-back-pain'],
  },
  bothLegs: { text: 'Siente las dos piernas débiles, adormecidas, con hormigueo o con dolor.', sources: ['nhs-back-pain'] },
  infection: {
    text: 'Tiene fiebre, o enrojecimiento que se extiende, le sale pus o líquido, o empeora la hinchazón o el dolor en la zona de la inyección.',
    sources: ['seattle-prp', 'peng-prp'],
  },
  lateWarning: {
    text: 'Tiene fiebre, o un dolor de espalda nuevo que es peor por la noche o que no se calma con el descanso.',
    sources: ['nhs-back-pain', 'dutch-rct-2024'],
  },
  legNumbness: { text: 'Empieza a sentir adormecimiento o debilidad en una pierna.', sources: ['glos-red-flags'] },
} as const satisfies Record<string, Statement>;

/** The timeline's emergency notice: the NHS signs to call the emergency number for; `{emergency}` is the emergency-number attribute. */
export const emergencyNotice = {
  title: 'Llame al {emergency} o vaya a la sala de emergencias ahora mismo si tiene dolor de espalda y:',
  signs: [redFlags.bladderBowel, redFlags.saddleNumbness, redFlags.bothLegs],
};
