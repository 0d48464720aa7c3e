/**
 * Spanish content of <prp-faq>. It mirrors the English file (src/content/en/faq.ts) key for key:
 * same question ids and order, topics, sources and lists. Facts and sources: docs/evidence.md. Where no
 * source answers a question (PRP after fusion, pain when sitting, hip or back), the answer sends the reader
 * to a doctor and keeps to sourced facts. Warning signs come from the triage registry word for word, as a
 * list after the action for their level ("ahora mismo" for emergency signs, "hoy" for urgent ones).
 * Plain Latin-American Spanish, formal "usted".
 */
import type { FaqLocaleContent } from '../../components/prp-faq/types.js';
import { emergencyNotice, warningSigns } from './warning-signs.js';

const sign = warningSigns;
const keepPrescribed = {
  text: 'Si un médico le recetó aspirina u otro medicamento para el corazón o la sangre, siga tomándolo a menos que ese médico le diga otra cosa.',
  sources: ['narouze-2018'],
};

export const faq: FaqLocaleContent = {
  strings: {
    searchLabel: 'Buscar en las preguntas',
    results: { one: '{n} pregunta coincide.', other: '{n} preguntas coinciden.' },
    resultsNone: 'Ninguna pregunta coincide. Pruebe con otra palabra.',
    expandAll: 'Mostrar todas las respuestas',
    collapseAll: 'Ocultar todas las respuestas',
  },
  content: {
    title: 'Preguntas sobre las inyecciones de PRP para el dolor de espalda',
    intro: [
      {
        text: 'Estas respuestas son generales. Cada clínica da consejos diferentes, así que siga el plan que le dé su propia clínica.',
        sources: ['seattle-prp', 'tios-instructions', 'prp-london-faq'],
      },
      {
        text: 'No hay un método estándar para preparar el PRP, y los estudios del PRP para el dolor de espalda no coinciden en sus resultados.',
        sources: ['asipp-2019', 'dutch-rct-2024', 'chang-park-2021'],
      },
    ],
    questions: [
      {
        id: 'what-is-prp',
        topics: ['prp'],
        question: '¿Qué es el PRP?',
        answer: [
          {
            text: 'PRP quiere decir plasma rico en plaquetas. Se hace con su propia sangre y tiene más plaquetas, unas células muy pequeñas de la sangre, que la sangre normal.',
            sources: ['ijced-prp'],
          },
          {
            text: 'Se inyecta donde su médico cree que se origina el dolor. Puede ser una articulación, o un disco: el cojín blando entre los huesos de la columna.',
            sources: ['dutch-rct-2024', 'asipp-2019'],
          },
          {
            text: 'Los estudios del PRP para el dolor de espalda no coinciden en sus resultados. No les ayuda a todas las personas.',
            sources: ['dutch-rct-2024', 'chang-park-2021'],
          },
        ],
      },
      {
        id: 'does-it-hurt',
        topics: ['prp', 'recovery'],
        question: '¿Duele la inyección de PRP?',
        answer: [
          {
            text: 'Por lo general, primero le adormecen la piel. Puede sentir un ardor breve y luego presión.',
            sources: ['hopkins-esi'],
          },
          {
            text: 'Después es común tener dolor, moretones y algo de hinchazón en la zona de la inyección. El dolor muchas veces es peor el día 2 o 3, y luego baja.',
            sources: ['seattle-prp'],
          },
          {
            text: 'Para el dolor, pregunte en su clínica por el acetaminofén (Tylenol).',
            sources: ['leach-2024'],
          },
        ],
      },
      {
        id: 'how-many-sessions',
        topics: ['prp'],
        question: '¿Cuántas inyecciones de PRP voy a necesitar?',
        answer: [
          {
            text: 'En su mayoría, los estudios del PRP en la columna usaron una sola inyección. Un estudio encontró que les ayudó a algunas personas, y uno más grande encontró que no ayudó.',
            sources: ['tuakli-2016', 'dutch-rct-2024'],
          },
          {
            text: 'Algunas clínicas ponen 2 o 3 inyecciones, con 4 a 8 semanas entre una y otra. Pregunte en su clínica qué plan tienen para usted.',
            sources: ['prp-london-faq'],
          },
        ],
      },
      {
        id: 'how-soon',
        topics: ['prp', 'recovery'],
        question: '¿Cuándo me voy a sentir mejor?',
        answer: [
          {
            text: 'Si el PRP le ayuda, lo hace despacio. Puede que su dolor de espalda habitual no mejore hasta por aproximadamente 4 semanas. Algunas personas se sienten mejor entre las 2 y las 6 semanas.',
            sources: ['seattle-prp', 'jointandspine-timing', 'peng-prp'],
          },
          {
            text: 'Una clínica dice que el efecto completo puede tardar de 3 a 6 meses. El PRP no les ayuda a todas las personas.',
            sources: ['savemed-prp', 'dutch-rct-2024', 'chang-park-2021'],
          },
          { text: 'Llame a su clínica hoy si:', ask: true },
          { list: [sign['worse-pain']] },
        ],
      },
      {
        id: 'how-long-it-lasts',
        topics: ['prp'],
        question: '¿Cuánto dura el alivio del PRP?',
        answer: [
          {
            text: 'No se sabe bien. Algunos estudios pequeños encontraron un beneficio, pero los resultados no coinciden.',
            sources: ['chang-park-2021', 'tuakli-2016', 'dutch-rct-2024'],
          },
          {
            text: 'En un estudio de 2016 con 47 personas, el PRP ayudó más que una inyección de control con tinte durante 8 semanas. Después, el otro grupo también pudo recibir PRP.',
            sources: ['tuakli-2016'],
          },
          {
            text: 'El estudio más grande hasta ahora (98 personas, 2024) no encontró diferencia en el dolor ni en las actividades diarias después de un año. El otro grupo recibió una inyección simulada de agua con sal.',
            sources: ['dutch-rct-2024'],
          },
          { text: 'Pregunte en su clínica cómo van a revisar si el PRP le está funcionando.', ask: true },
        ],
      },
      {
        id: 'risks',
        topics: ['prp', 'risks'],
        question: '¿Cuáles son los riesgos del PRP?',
        answer: [
          {
            text: 'Es común tener dolor y moretones donde entró la aguja. Los riesgos poco comunes son infección, sangrado, daño a un nervio, o dolor de cabeza si la aguja perfora la bolsa de líquido que rodea los nervios.',
            sources: ['seattle-prp', 'hopkins-esi', 'yoon-choi-2024'],
          },
          {
            text: 'Ha habido casos de infección del disco después de inyecciones en el disco. Uno necesitó cirugía.',
            sources: ['dutch-rct-2024', 'bmri-2022-prp'],
          },
          { text: 'Llame a su clínica hoy si:', ask: true },
          { list: [sign.fever, sign.wound, sign['worse-pain']] },
        ],
      },
      {
        id: 'cost',
        topics: ['cost'],
        question: '¿Cuánto cuesta el PRP? ¿Lo paga mi seguro médico?',
        answer: [
          {
            text: 'En Estados Unidos, el PRP cuesta alrededor de $300 a $2,500 por tratamiento.',
            sources: ['michiganfoot-prp', 'singlecare-prp'],
          },
          {
            text: 'Por lo general, el seguro médico no lo cubre, porque todavía es un tratamiento nuevo.',
            sources: ['michiganfoot-prp', 'singlecare-prp', 'pmc7005975-cpt'],
          },
          {
            text: 'Antes de hacer la cita, pregunte en su clínica el precio total y pregúntele también a su seguro médico.',
            ask: true,
          },
        ],
      },
      {
        id: 'nsaids',
        topics: ['medicines', 'recovery'],
        question: '¿Puedo tomar ibuprofeno u otras pastillas para el dolor antes y después?',
        answer: [
          {
            text: 'Cada clínica es diferente. Muchas le piden dejar los antiinflamatorios no esteroides (NSAIDs, por sus siglas en inglés), como el ibuprofeno o el naproxeno. Suele ser de 3 a 10 días antes y de 1 a 3 semanas después.',
            sources: ['prp-london-faq', 'seattle-prp', 'tios-instructions', 'peng-prp'],
          },
          {
            text: 'El acetaminofén (Tylenol) no afecta las plaquetas de la misma manera, por eso muchas veces se permite.',
            sources: ['leach-2024'],
          },
          keepPrescribed,
        ],
      },
      {
        id: 'who-should-not',
        topics: ['prp', 'risks'],
        question: '¿Quién no debe recibir PRP?',
        answer: [
          {
            text: 'Avísele a su clínica por lo menos 2 semanas antes de su inyección qué medicinas toma, como anticoagulantes, aspirina o esteroides.',
            sources: ['narouze-2018', 'leach-2024', 'asipp-2019'],
          },
          {
            text: 'Avísele también si tiene fiebre o una infección, si su sistema inmunitario (las defensas del cuerpo) está débil o si ha tenido cáncer.',
            sources: ['glos-red-flags'],
          },
          keepPrescribed,
          { text: 'Su clínica decide con usted si el PRP es seguro para usted.', ask: true },
        ],
      },
      {
        id: 'prp-vs-steroid',
        topics: ['alternatives'],
        question: '¿Es mejor el PRP que una inyección de esteroides?',
        answer: [
          {
            text: 'Una inyección de esteroides cerca de un nervio (epidural) puede aliviar un poco, por poco tiempo, el dolor de pierna causado por la ciática. Pueden ocurrir problemas poco comunes pero graves.',
            sources: ['cochrane-esi-2020', 'fda-esi-2014'],
          },
          {
            text: 'Los estudios del PRP son pequeños y no coinciden. Una revisión dijo que el PRP podría aliviar el dolor más que otras inyecciones.',
            sources: ['cadth-rc1485', 'chang-park-2021', 'dutch-rct-2024'],
          },
          {
            text: 'Las guías del Reino Unido dicen que no se ofrezca ninguna de las dos para el dolor de espalda sin dolor de pierna. Pregúntele a su médico cuál le conviene.',
            sources: ['nice-ng59', 'aomrc-ebi-injections'],
          },
        ],
      },
      {
        id: 'prolotherapy',
        topics: ['alternatives'],
        question: '¿Qué es la proloterapia? ¿Es lo mismo que el PRP?',
        answer: [
          {
            text: 'No. La proloterapia es una serie de inyecciones de una solución de azúcar (dextrosa) donde los ligamentos y los tendones se unen al hueso. El PRP se hace con su propia sangre.',
            sources: ['rabago-2010', 'ijced-prp'],
          },
          {
            text: 'En los estudios, la proloterapia sola no funcionó mejor que unas inyecciones simuladas. Fue común tener más dolor y rigidez por un tiempo corto.',
            sources: ['cochrane-prolotherapy'],
          },
          {
            text: 'Las guías del Reino Unido dicen que no se ofrezca para el dolor de espalda sin dolor de pierna.',
            sources: ['aomrc-ebi-injections'],
          },
        ],
      },
      {
        id: 'rfa',
        topics: ['alternatives'],
        question: '¿Qué es la ablación por radiofrecuencia (RFA, por sus siglas en inglés)?',
        answer: [
          {
            text: 'La RFA usa el calor de una aguja especial para que los nervios pequeños de su espalda dejen de enviar señales de dolor.',
            sources: ['cleveland-rfa', 'rapaindocs-rfa'],
          },
          {
            text: 'Las guías del Reino Unido dicen que se considere solo si se cree que el dolor viene de los nervios de las articulaciones facetarias. Además, otros tratamientos no deben haber ayudado, y el dolor debe ser moderado o fuerte.',
            sources: ['nice-ng59', 'nice-qs155'],
          },
          {
            text: 'Primero debe ayudar una inyección de prueba que adormece esos nervios.',
            sources: ['nice-qs155'],
          },
          {
            text: 'El alivio muchas veces dura de 3 a 12 meses, hasta que los nervios vuelven a crecer. Estudios grandes encontraron poca ayuda extra al agregar la RFA al ejercicio.',
            sources: ['cleveland-rfa', 'rapaindocs-rfa', 'mint-2017'],
          },
        ],
      },
      {
        id: 'after-fusion',
        topics: ['conditions'],
        question: '¿Puedo recibir PRP después de una cirugía de fusión espinal?',
        answer: [
          {
            text: 'La fusión espinal es una operación que une huesos de la columna.',
            sources: ['aomrc-ebi-fusion'],
          },
          {
            text: 'Pregúntele a su cirujano antes de ponerse cualquier inyección en la espalda, incluido el PRP.',
            ask: true,
          },
          {
            text: 'Si su dolor de espalda es nuevo o ha cambiado, un médico debe buscar otras causas.',
            sources: ['nice-ng59'],
          },
        ],
      },
      {
        id: 'surgery',
        topics: ['alternatives'],
        question: '¿Cuándo es una opción la cirugía de espalda (fusión espinal)?',
        answer: [
          {
            text: 'Las guías del Reino Unido dicen que no se ofrezca la fusión para el dolor de espalda sin dolor de pierna, excepto dentro de un estudio de investigación.',
            sources: ['nice-ng59'],
          },
          {
            text: 'Puede ser una opción si hay una causa grave, como un tumor, una infección o un hueso de la columna que se aplastó por huesos débiles. También si la columna está curvada.',
            sources: ['aomrc-ebi-fusion'],
          },
          {
            text: 'En los estudios, la fusión no ayudó más, o solo un poco más, que los programas intensivos de rehabilitación.',
            sources: ['fairbank-2005', 'froholdt-2012'],
          },
        ],
      },
      {
        id: 'sitting-pain',
        topics: ['conditions'],
        question: '¿Por qué me duele la espalda al sentarme?',
        answer: [
          {
            text: 'La mayoría de los dolores de espalda mejoran en pocas semanas. Un médico puede revisar qué le causa el suyo.',
            sources: ['nhs-back-pain'],
          },
          { text: 'Consiga hoy una cita urgente con un médico si:', ask: true },
          { list: [sign['night-pain']] },
          { text: 'Vea a un médico en 1 a 2 semanas si:', ask: true },
          { list: [sign['no-better'], sign['daily-tasks']] },
        ],
      },
      {
        id: 'hip-or-back',
        topics: ['conditions'],
        question: '¿Mi dolor viene de la cadera o de la espalda?',
        answer: [
          {
            text: 'Pídale a un médico que le haga un examen. El médico puede saber si el dolor viene de la cadera o de la espalda.',
            ask: true,
          },
          { text: emergencyNotice.title, ask: true },
          { list: emergencyNotice.signs },
        ],
      },
      {
        id: 'emergency-signs',
        topics: ['emergency'],
        question: '¿Cuándo es una emergencia el dolor de espalda?',
        answer: [
          { text: 'Llame al {emergency} o vaya a la sala de emergencias ahora mismo si:', ask: true },
          { list: [sign['chest-pain'], sign.accident, ...emergencyNotice.signs] },
        ],
      },
    ],
  },
};
