/**
 * Spanish content of <prp-doctor-checklist>. It mirrors the English file
 * (src/content/en/doctor-checklist.ts) key for key: same ids, array order and sources.
 * Facts and sources: docs/evidence.md ("Warning signs", "Before the injection"). The signs and their
 * levels come from the triage registry (`../warning-signs.ts`); only the before-treatment list is this
 * element's own. Plain Latin-American Spanish, formal "usted"; each item continues its heading ("... si:").
 */
import type { ChecklistLocaleContent } from '../../components/prp-doctor-checklist/types.js';
import { careCards, CHECKLIST_SIGNS } from '../warning-signs.js';
import { warningSigns } from './warning-signs.js';

export const doctorChecklist: ChecklistLocaleContent = {
  strings: {
    help: 'Marque cualquier señal que tenga ahora. El recuadro del final le dice qué hacer.',
    resultHeading: 'Qué hacer ahora',
    actions: {
      'after-injection': {
        headings: {
          emergency: 'Llame al {emergency} o vaya a la sala de emergencias ahora mismo si:',
          urgent: 'Llame a {clinic} hoy si:',
          routine: 'Avísele a {clinic} en su próxima cita, o llame, si:',
        },
        results: {
          none: {
            title: 'No marcó nada',
            text: 'No ha marcado ninguna de estas señales. Si otra cosa le preocupa, llame a {clinic}.',
          },
          routine: {
            title: 'No urgente: avísele a {clinic}',
            text: 'Dígalo en su próxima cita, o llame antes. Si empeora, llame hoy.',
          },
          urgent: {
            title: 'Urgente: llame a {clinic} hoy',
            text: 'Si no logra comunicarse, busque atención médica hoy mismo.',
          },
          emergency: {
            title: 'Emergencia: llame al {emergency} ahora',
            text: 'O vaya a la sala de emergencias ahora mismo. No espere a que su clínica le devuelva la llamada.',
          },
        },
      },
      'back-pain': {
        headings: {
          emergency: 'Llame al {emergency} o vaya a la sala de emergencias ahora mismo si:',
          urgent: 'Consiga hoy una cita urgente con un médico si:',
          routine: 'Vea a un médico en 1 a 2 semanas si:',
        },
        results: {
          none: {
            title: 'No marcó nada',
            text: 'No ha marcado ninguna de estas señales. Si otra cosa le preocupa, hable con un médico.',
          },
          routine: {
            title: 'No urgente: vea a un médico en 1 a 2 semanas',
            text: 'Haga una cita con un médico. Si empeora, busque ayuda hoy.',
          },
          urgent: {
            title: 'Urgente: vea a un médico hoy',
            text: 'Llame hoy a un médico para pedir una cita urgente. Si no la consigue, vaya hoy a un centro de atención urgente.',
          },
          emergency: {
            title: 'Emergencia: llame al {emergency} ahora',
            text: 'O vaya a la sala de emergencias ahora mismo. No espere a tener una cita.',
          },
        },
      },
      'before-treatment': {
        help: 'Marque todo lo que sea cierto en su caso. El recuadro del final le dice qué hacer.',
        heading: 'Avísele a {clinic} por lo menos 2 semanas antes de su inyección si:',
        results: {
          none: {
            title: 'No marcó nada',
            text: 'No ha marcado nada. Antes de su inyección, avísele a {clinic} si toma otras medicinas o tiene otros problemas de salud.',
          },
          tell: {
            title: 'Avísele a {clinic} antes de su inyección',
            text: 'Hágalo por lo menos 2 semanas antes de su inyección. No deje de tomar por su cuenta una medicina recetada.',
          },
        },
      },
    },
    reset: 'Borrar todas las marcas',
    cleared: 'Se borraron todas las marcas.',
    privacy: 'Lo que marque se queda en esta página. No se guarda ni se envía a ningún lugar.',
  },
  contexts: {
    'after-injection': {
      title: 'Cuándo pedir ayuda después de su inyección',
      intro: [
        {
          text: 'Por unos días, es común tener algo de dolor, moretones e hinchazón donde entró la aguja. El dolor suele ser peor el día 2 o 3, y luego baja.',
          sources: ['seattle-prp'],
        },
      ],
      ...careCards(warningSigns, ...CHECKLIST_SIGNS['after-injection']),
    },
    'back-pain': {
      title: 'Cuándo pedir ayuda por dolor de espalda',
      intro: [
        {
          text: 'La mayoría de los dolores de espalda no son graves. Algunas señales indican que necesita ver a un médico pronto.',
          sources: ['nhs-back-pain', 'nice-ng59'],
        },
      ],
      ...careCards(warningSigns, ...CHECKLIST_SIGNS['back-pain']),
    },
    'before-treatment': {
      title: 'Qué decirle a su clínica antes de su inyección',
      intro: [
        {
          text: 'Algunas medicinas y problemas de salud cambian qué tan segura o útil es una inyección. Su clínica necesita tiempo para planear con usted.',
          sources: ['leach-2024', 'narouze-2018', 'asipp-2019'],
        },
      ],
      tell: [
        {
          id: 'blood-thinner',
          text: 'Un médico le recetó un anticoagulante (medicina para diluir la sangre), aspirina u otro medicamento para el corazón o la sangre. Siga tomándolo a menos que ese médico le diga otra cosa.',
          sources: ['narouze-2018'],
        },
        {
          id: 'nsaids',
          text: 'Toma antiinflamatorios no esteroides (NSAIDs, por sus siglas en inglés), como el ibuprofeno o el naproxeno. Muchas clínicas le piden dejar de tomarlos de 3 a 10 días antes.',
          sources: ['leach-2024', 'prp-london-faq', 'seattle-prp', 'tios-instructions'],
        },
        {
          id: 'steroids',
          text: 'Toma una medicina con esteroides, o le pusieron una inyección de esteroides en las últimas semanas.',
          sources: ['asipp-2019', 'glos-red-flags'],
        },
        {
          id: 'infection',
          text: 'Tiene fiebre o una infección, ahora o en los días antes de la inyección.',
          sources: ['glos-red-flags'],
        },
        {
          id: 'weak-immune',
          text: 'Su sistema inmunitario (las defensas del cuerpo) está débil por una enfermedad o por una medicina.',
          sources: ['glos-red-flags'],
        },
        { id: 'cancer-history', text: 'Ha tenido cáncer.', sources: ['glos-red-flags'] },
      ],
    },
  },
};
