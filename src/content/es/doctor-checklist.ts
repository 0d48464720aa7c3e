/**
 * Spanish content of <prp-doctor-checklist>. It mirrors the English file
 * (src/content/en/doctor-checklist.ts) key for key: same ids, array order and sources.
 * Facts and sources: shared/research/health-content.md
 * (B1 red flags: NHS back pain, cauda equina leaflets, red-flag summaries; B2 aftercare; B3 ASIPP).
 * Levels follow NHS care cards: emergency (999/911 now), urgent (today), routine (next visit).
 * Before-treatment items are limited to what the research sources support.
 * Plain Latin-American Spanish, formal "usted"; each item continues its card heading ("... si:").
 */
import type { ChecklistContent, ChecklistLocaleContent } from '../../components/prp-doctor-checklist/types.js';
import { redFlags } from './red-flags.js';

const emergencySigns = [
  { id: 'bladder-bowel', ...redFlags.bladderBowel },
  { id: 'saddle-numbness', ...redFlags.saddleNumbness },
  { id: 'both-legs', ...redFlags.bothLegs },
];
const chestPain = { id: 'chest-pain', text: 'Tiene dolor en el pecho.', sources: ['nhs-back-pain'] };

const afterInjection: ChecklistContent = {
  title: 'Cuándo pedir ayuda después de su inyección',
  intro: [
    {
      text: 'Es normal tener algo de dolor, moretones e hinchazón por unos días después de la inyección.',
      sources: ['seattle-prp'],
    },
  ],
  emergency: [...emergencySigns, chestPain],
  urgent: [
    { id: 'fever', text: 'Tiene fiebre.', sources: ['seattle-prp', 'peng-prp'] },
    {
      id: 'wound',
      text: 'El enrojecimiento se extiende, o le sale pus o líquido de la zona de la inyección.',
      sources: ['seattle-prp', 'peng-prp'],
    },
    {
      id: 'worse-pain',
      text: 'El dolor o la hinchazón en la zona de la inyección empeoran después de los primeros 3 días.',
      sources: ['seattle-prp'],
    },
    { id: 'leg-numbness', ...redFlags.legNumbness },
    {
      id: 'night-pain',
      text: 'Tiene un dolor de espalda nuevo que es peor por la noche o que no se calma con el descanso.',
      sources: ['nhs-back-pain', 'dutch-rct-2024'],
    },
  ],
  routine: [
    { id: 'lasting-soreness', text: 'El dolor en la zona de la inyección dura más de 10 días.', sources: ['seattle-prp'] },
    {
      id: 'no-better',
      text: 'Su dolor de espalda no ha mejorado después de 6 semanas.',
      sources: ['seattle-prp', 'jointandspine-timing'],
    },
    {
      id: 'restart-questions',
      text: 'No sabe bien cuándo volver a hacer ejercicio o a tomar sus medicinas de siempre para el dolor.',
      sources: ['tios-instructions', 'prp-london-faq'],
    },
  ],
};

const backPain: ChecklistContent = {
  title: 'Cuándo pedir ayuda por dolor de espalda',
  intro: [
    {
      text: 'La mayoría de los dolores de espalda no son graves. Algunas señales indican que necesita ver a un médico rápido.',
      sources: ['nhs-back-pain', 'nice-ng59'],
    },
  ],
  emergency: [
    ...emergencySigns,
    chestPain,
    {
      id: 'accident',
      text: 'Su dolor de espalda empezó después de un accidente grave, como un choque de carro.',
      sources: ['nhs-back-pain'],
    },
  ],
  urgent: [
    { id: 'fever', text: 'Tiene dolor de espalda y fiebre.', sources: ['nhs-back-pain'] },
    { id: 'weight-loss', text: 'Está bajando de peso sin intentarlo.', sources: ['nhs-back-pain', 'glos-red-flags'] },
    { id: 'cancer', text: 'Ha tenido cáncer y este dolor de espalda es nuevo.', sources: ['glos-red-flags'] },
    { id: 'night-pain', text: 'El dolor no se calma con el descanso, o es peor por la noche.', sources: ['nhs-back-pain'] },
    {
      id: 'lump',
      text: 'Tiene un bulto o una hinchazón en la espalda, o su espalda ha cambiado de forma.',
      sources: ['nhs-back-pain'],
    },
  ],
  routine: [
    { id: 'no-better', text: 'Su dolor de espalda no mejora después de unas 4 semanas.', sources: ['glos-red-flags'] },
    { id: 'new-over-50', text: 'Su dolor de espalda es nuevo y usted tiene más de 50 años.', sources: ['glos-red-flags'] },
    { id: 'sleep', text: 'El dolor le impide dormir o hacer sus tareas de todos los días.', sources: ['nhs-back-pain'] },
  ],
};

const beforeTreatment: ChecklistContent = {
  title: 'Qué decirle a su clínica antes de su tratamiento',
  intro: [
    {
      text: 'Algunas medicinas y problemas de salud cambian qué tan segura o útil es una inyección. Avísele a su clínica antes del día del tratamiento.',
      sources: ['leach-2024', 'asipp-2019'],
    },
  ],
  emergency: emergencySigns,
  urgent: [
    {
      id: 'blood-thinner',
      text: 'Un médico le recetó un anticoagulante (medicina para diluir la sangre) o aspirina. No deje de tomar esa medicina por su cuenta.',
      sources: ['leach-2024'],
    },
    { id: 'fever-now', text: 'Tiene fiebre o una infección ahora.', sources: ['glos-red-flags'] },
    {
      id: 'weak-immune',
      text: 'Su sistema inmunitario (las defensas del cuerpo) está débil por una enfermedad o por una medicina.',
      sources: ['glos-red-flags'],
    },
  ],
  routine: [
    {
      id: 'nsaids',
      text: 'Toma antiinflamatorios (AINE), como ibuprofeno o naproxeno. Es posible que su clínica le pida dejar de tomarlos por unos días.',
      sources: ['leach-2024', 'prp-london-faq', 'seattle-prp'],
    },
    {
      id: 'steroids',
      text: 'Toma una medicina con esteroides, o le pusieron una inyección de esteroides en las últimas semanas.',
      sources: ['asipp-2019', 'glos-red-flags'],
    },
    { id: 'cancer-history', text: 'Ha tenido cáncer.', sources: ['glos-red-flags'] },
  ],
};

export const doctorChecklist: ChecklistLocaleContent = {
  strings: {
    help: 'Marque cualquier señal que tenga ahora. El recuadro del final le dice qué hacer.',
    headings: {
      emergency: 'Llame al {emergency} o vaya a la sala de emergencias ahora mismo si:',
      urgent: 'Llame a {clinic} hoy si:',
      routine: 'Menciónelo en su próxima cita si:',
    },
    resultHeading: 'Qué hacer ahora',
    results: {
      none: {
        title: 'No marcó nada',
        text: 'No ha marcado ninguna de estas señales. Si otra cosa le preocupa, llame a {clinic}.',
      },
      routine: {
        title: 'No urgente: menciónelo en su próxima cita',
        text: 'Anótelo para que se acuerde de preguntar. Si empeora, llame a {clinic} antes de la cita.',
      },
      urgent: {
        title: 'Urgente: llame a {clinic} hoy',
        text: 'Llame a {clinic} hoy. Si no logra comunicarse, busque atención médica hoy mismo.',
      },
      emergency: {
        title: 'Emergencia: llame al {emergency} ahora',
        text: 'Llame al {emergency} o vaya a la sala de emergencias ahora mismo. No espere a que su clínica le devuelva la llamada.',
      },
    },
    reset: 'Borrar todas las marcas',
    cleared: 'Se borraron todas las marcas.',
    privacy: 'Lo que marque se queda en esta página. No se guarda ni se envía a ningún lugar.',
  },
  contexts: { 'after-injection': afterInjection, 'back-pain': backPain, 'before-treatment': beforeTreatment },
};
