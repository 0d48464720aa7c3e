/**
 * The words of every warning sign in Spanish, one statement each; the level of each is in
 * `../warning-signs.ts`. Facts and sources: docs/evidence.md, "Warning signs". Mirrors
 * `../en/warning-signs.ts` key for key. Plain Latin-American Spanish, formal "usted".
 */
import type { SignWords } from '../warning-signs.js';

export const warningSigns: SignWords = {
  'saddle-numbness': {
    text: 'La piel alrededor de sus genitales o sus nalgas (la parte en la que se sienta) se siente adormecida, con hormigueo o diferente, por ejemplo al limpiarse.',
    sources: ['nhs-back-pain', 'royalfree-ces'],
  },
  'bladder-bowel': {
    text: 'Le cuesta orinar, se le escapa la orina o el excremento, o no siente cuándo necesita ir al baño.',
    sources: ['nhs-back-pain', 'royalfree-ces'],
  },
  'leg-weakness': {
    text: 'Una pierna se está poniendo más débil: se le arrastra el pie, o de repente no puede caminar ni estar de pie de forma normal. O siente las dos piernas débiles, adormecidas, con hormigueo o con dolor.',
    sources: ['nhs-back-pain', 'glos-red-flags', 'royalfree-ces'],
  },
  'chest-pain': { text: 'Tiene dolor en el pecho.', sources: ['nhs-back-pain'] },
  accident: {
    text: 'Su dolor de espalda empezó después de un accidente grave, como un choque de carro.',
    sources: ['nhs-back-pain'],
  },
  fever: { text: 'Tiene fiebre.', sources: ['nhs-back-pain', 'seattle-prp', 'peng-prp'] },
  wound: {
    text: 'El enrojecimiento se extiende, o le sale pus o líquido de la zona de la inyección.',
    sources: ['seattle-prp', 'peng-prp'],
  },
  'leg-numbness': {
    text: 'Tiene adormecimiento u hormigueo nuevo en una pierna, y todavía lo siente horas después.',
    sources: ['glos-red-flags', 'alberta-esi-home'],
  },
  'worse-pain': {
    text: 'Desde el día 4 después de la inyección, su dolor de espalda sigue empeorando, es muy fuerte, o es peor por la noche o en reposo. Esto es importante aunque no tenga fiebre.',
    sources: ['dutch-rct-2024', 'bmri-2022-prp', 'yoon-choi-2024', 'nhs-back-pain'],
  },
  'night-pain': {
    text: 'Su dolor de espalda es peor por la noche, o no se calma con el descanso.',
    sources: ['nhs-back-pain'],
  },
  'weight-loss': { text: 'Está bajando de peso sin intentarlo.', sources: ['nhs-back-pain', 'glos-red-flags'] },
  cancer: { text: 'Ha tenido cáncer, y este dolor de espalda es nuevo.', sources: ['glos-red-flags'] },
  lump: {
    text: 'Tiene un bulto o una hinchazón en la espalda, o su espalda ha cambiado de forma.',
    sources: ['nhs-back-pain'],
  },
  'lasting-soreness': { text: 'El dolor en la zona de la inyección dura más de 10 días.', sources: ['seattle-prp'] },
  'no-better-at-check': {
    text: 'Su dolor de espalda no ha mejorado para su cita de seguimiento, de 6 a 8 semanas después de la inyección.',
    sources: ['savemed-prp', 'jointandspine-timing'],
  },
  'restart-questions': {
    text: 'No sabe bien cuándo volver a hacer ejercicio o a tomar sus medicinas de siempre para el dolor.',
    sources: ['tios-instructions', 'prp-london-faq'],
  },
  'no-better': {
    text: 'Su dolor de espalda no ha mejorado después de aproximadamente 4 semanas.',
    sources: ['nhs-back-pain', 'glos-red-flags'],
  },
  'new-over-50': { text: 'Su dolor de espalda es nuevo y usted tiene más de 50 años.', sources: ['glos-red-flags'] },
  'daily-tasks': {
    text: 'El dolor hace que le cueste hacer sus tareas de todos los días.',
    sources: ['nhs-back-pain'],
  },
};

/** The emergency notice of the timeline and the FAQ: what to do, then the signs that need it. */
export const emergencyNotice = {
  title: 'Llame al {emergency} o vaya a la sala de emergencias ahora mismo si tiene dolor de espalda y:',
  signs: [warningSigns['saddle-numbness'], warningSigns['bladder-bowel'], warningSigns['leg-weakness']],
};
