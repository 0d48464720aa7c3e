/**
 * Spanish content of <prp-faq>. It mirrors the English file (src/content/en/faq.ts) key for key:
 * same question ids and order, topics and sources. Facts and sources: shared/research/health-content.md
 * (B1 red flags, B2 aftercare and timing, B3 evidence, sessions, costs and risks by treatment, B4 how PRP
 * is made). Where the research has no source for a question, the answer says so. The emergency answer
 * reuses the shared red-flag statements word for word; chest pain and a serious accident sit in its
 * first statement, because an answer holds at most 4 statements.
 * Plain Latin-American Spanish, formal "usted".
 */
import type { FaqLocaleContent } from '../../components/prp-faq/types.js';
import { redFlags } from './red-flags.js';

export const faq: FaqLocaleContent = {
  strings: {
    searchLabel: 'Buscar en las preguntas',
    resultsOne: '1 pregunta coincide.',
    resultsMany: '{count} preguntas coinciden.',
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
        text: 'No hay una forma estándar de preparar el PRP, y los estudios del PRP para el dolor de espalda tienen resultados mixtos.',
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
            text: 'PRP quiere decir plasma rico en plaquetas. Se hace con su propia sangre y tiene más plaquetas (unas células muy pequeñas de la sangre) que la sangre normal.',
            sources: ['ijced-prp'],
          },
          {
            text: 'Se inyecta en la zona de donde su médico cree que viene el dolor, como un disco o una articulación.',
            sources: ['dutch-rct-2024', 'asipp-2019'],
          },
          {
            text: 'Los estudios del PRP para el dolor de espalda tienen resultados mixtos. No les ayuda a todas las personas.',
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
            text: 'Después es común tener dolor, moretones y algo de hinchazón en la zona de la inyección.',
            sources: ['seattle-prp'],
          },
          {
            text: 'El dolor suele ser peor el día 2 o 3. Puede durar de 3 a 10 días.',
            sources: ['seattle-prp'],
          },
          {
            text: 'Para el dolor, pregunte en su clínica por el acetaminofén (Tylenol). Pregunte también qué va a sentir durante la inyección.',
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
            text: 'En su mayoría, los estudios del PRP en la columna usaron una sola inyección.',
            sources: ['dutch-rct-2024'],
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
            text: 'Si el PRP le ayuda, lo hace despacio. Puede ser normal tener dolor en la zona, sentirse peor o no sentirse mejor hasta por unas 4 semanas.',
            sources: ['seattle-prp'],
          },
          {
            text: 'Algunas personas se sienten mejor entre las 2 y las 6 semanas. El efecto completo puede tardar de 3 a 6 meses.',
            sources: ['jointandspine-timing', 'peng-prp', 'savemed-prp'],
          },
          {
            text: 'El PRP no les ayuda a todas las personas.',
            sources: ['dutch-rct-2024', 'chang-park-2021'],
          },
        ],
      },
      {
        id: 'how-long-it-lasts',
        topics: ['prp'],
        question: '¿Cuánto dura el alivio del PRP?',
        answer: [
          {
            text: 'No se sabe bien. Algunos estudios pequeños encontraron un beneficio, pero los resultados son mixtos.',
            sources: ['chang-park-2021', 'dutch-rct-2024'],
          },
          {
            text: 'Un estudio de 2024 con 98 personas no encontró ninguna diferencia después de un año, en el dolor ni en las actividades diarias, entre quienes recibieron PRP y quienes no.',
            sources: ['dutch-rct-2024'],
          },
          {
            text: 'Pregunte en su clínica cómo van a revisar si el PRP le está funcionando.',
            sources: ['savemed-prp'],
          },
        ],
      },
      {
        id: 'risks',
        topics: ['prp', 'risks'],
        question: '¿Cuáles son los riesgos del PRP?',
        answer: [
          {
            text: 'Puede haber dolor en la zona o un aumento del dolor, moretones e infección. Ha habido casos de infección del disco después de inyecciones en el disco.',
            sources: ['seattle-prp', 'jointandspine-safety', 'dutch-rct-2024'],
          },
          {
            text: 'Llame a su clínica ese mismo día si tiene fiebre, o enrojecimiento que se extiende, pus, o dolor o hinchazón en la zona de la inyección que empeoran.',
            sources: ['seattle-prp', 'peng-prp'],
          },
        ],
      },
      {
        id: 'cost',
        topics: ['cost'],
        question: '¿Cuánto cuesta el PRP? ¿Lo paga mi seguro médico?',
        answer: [
          {
            text: 'En Estados Unidos, el PRP cuesta de $300 a $2,500 por tratamiento, más o menos.',
            sources: ['michiganfoot-prp', 'singlecare-prp'],
          },
          {
            text: 'Por lo general, el seguro médico no lo cubre. Se cobra con un código para tratamientos nuevos y emergentes (un código de Categoría III).',
            sources: ['michiganfoot-prp', 'singlecare-prp', 'pmc7005975-cpt'],
          },
          {
            text: 'Antes de sacar la cita, pregunte en su clínica el precio total y consulte con su seguro médico.',
            sources: ['singlecare-prp'],
          },
        ],
      },
      {
        id: 'nsaids',
        topics: ['medicines', 'recovery'],
        question: '¿Puedo tomar ibuprofeno u otras pastillas para el dolor antes y después?',
        answer: [
          {
            text: 'Cada clínica es diferente. Muchas le piden dejar de tomar antiinflamatorios (AINE), como ibuprofeno o naproxeno, de 3 a 10 días antes y de 1 a 3 semanas después.',
            sources: ['prp-london-faq', 'seattle-prp', 'tios-instructions', 'peng-prp'],
          },
          {
            text: 'El acetaminofén (Tylenol) no afecta las plaquetas de la misma manera, por eso muchas veces se permite.',
            sources: ['leach-2024'],
          },
          {
            text: 'Si un médico le recetó aspirina o un anticoagulante (medicina para diluir la sangre), no deje de tomarlo por su cuenta. Pregúntele a ese médico y a su clínica.',
            sources: ['leach-2024'],
          },
        ],
      },
      {
        id: 'who-should-not',
        topics: ['prp', 'risks'],
        question: '¿Quién no debe recibir PRP?',
        answer: [
          {
            text: 'Nuestras fuentes no dan una lista completa. Avísele a su clínica si toma un anticoagulante, aspirina o esteroides, si tiene fiebre o una infección ahora, si su sistema inmunitario (las defensas del cuerpo) está débil o si ha tenido cáncer.',
            sources: ['leach-2024', 'asipp-2019', 'glos-red-flags'],
          },
          {
            text: 'No deje de tomar por su cuenta un anticoagulante o una aspirina que le recetaron. Su clínica decide con usted si el PRP es seguro para usted.',
            sources: ['leach-2024'],
          },
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
            text: 'Los estudios del PRP son pequeños y tienen resultados mixtos. Una revisión dijo que el PRP podría aliviar el dolor más que otras inyecciones.',
            sources: ['cadth-rc1485', 'chang-park-2021', 'dutch-rct-2024'],
          },
          {
            text: 'Las guías del Reino Unido no recomiendan ninguna de las dos para el dolor de espalda sin dolor de pierna. Pregúntele a su médico cuál le conviene.',
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
            text: 'No. La proloterapia es una serie de inyecciones de una solución de azúcar (dextrosa) en los puntos donde los ligamentos y tendones se unen al hueso. El PRP se hace con su propia sangre.',
            sources: ['rabago-2010', 'ijced-prp'],
          },
          {
            text: 'En los estudios, la proloterapia sola no funcionó mejor que las inyecciones usadas para comparar. Fue común tener más dolor y rigidez por un tiempo corto.',
            sources: ['cochrane-prolotherapy'],
          },
          {
            text: 'Las guías del Reino Unido no la recomiendan si solo hay dolor de espalda.',
            sources: ['aomrc-ebi-injections'],
          },
        ],
      },
      {
        id: 'rfa',
        topics: ['alternatives'],
        question: '¿Qué es la ablación por radiofrecuencia (ARF)?',
        answer: [
          {
            text: 'La ARF usa ondas de radio para que los nervios pequeños de su espalda dejen de enviar señales de dolor.',
            sources: ['nice-qs155', 'cleveland-rfa', 'rapaindocs-rfa'],
          },
          {
            text: 'Las guías del Reino Unido dicen que se considere la ARF solo si ayudó una inyección de prueba que adormece esos nervios, si otros tratamientos no funcionaron y si el dolor es moderado o fuerte.',
            sources: ['nice-qs155'],
          },
          {
            text: 'El alivio muchas veces dura de 3 a 12 meses, hasta que los nervios vuelven a crecer. Estudios grandes encontraron poca ayuda extra al agregar la ARF al ejercicio.',
            sources: ['cleveland-rfa', 'rapaindocs-rfa', 'mint-2017'],
          },
        ],
      },
      {
        id: 'after-fusion',
        topics: ['conditions'],
        question: '¿Puedo recibir PRP después de una cirugía de fusión de columna?',
        answer: [
          {
            text: 'La fusión de columna es una operación que une huesos de la columna. Nuestras fuentes no hablan del PRP después de una fusión.',
            sources: ['aomrc-ebi-fusion'],
          },
          {
            text: 'Si su dolor de espalda es nuevo o ha cambiado, un médico debe buscar otras causas. Pregúntele a su cirujano antes de ponerse cualquier inyección en la espalda.',
            sources: ['nice-ng59'],
          },
        ],
      },
      {
        id: 'surgery',
        topics: ['alternatives'],
        question: '¿Cuándo es una opción la cirugía de espalda (fusión de columna)?',
        answer: [
          {
            text: 'Las guías del Reino Unido dicen que no se ofrezca la fusión si solo hay dolor de espalda, excepto dentro de un estudio de investigación.',
            sources: ['nice-ng59'],
          },
          {
            text: 'Puede ser una opción si hay una causa grave, como un tumor, una infección o un hueso de la columna que se aplastó por huesos débiles, o si la columna está curvada.',
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
            text: 'Nuestras fuentes no explican el dolor que aparece al sentarse. La mayoría de los dolores de espalda mejoran en pocas semanas.',
            sources: ['nhs-back-pain'],
          },
          {
            text: 'Vea a su médico si no mejora después de unas 4 semanas, o si el dolor le impide dormir o hacer sus tareas de todos los días.',
            sources: ['glos-red-flags', 'nhs-back-pain'],
          },
          {
            text: 'Comuníquese con su médico hoy mismo si el dolor no se calma con el descanso o es peor por la noche.',
            sources: ['nhs-back-pain'],
          },
        ],
      },
      {
        id: 'hip-or-back',
        topics: ['conditions'],
        question: '¿Mi dolor viene de la cadera o de la espalda?',
        answer: [
          {
            text: 'Nuestras fuentes no explican cómo distinguir el dolor de cadera del dolor de espalda. Pídale a su médico que le haga un examen y que busque otras causas.',
            sources: ['nice-ng59'],
          },
          {
            text: 'Llame al {emergency} ahora mismo si tiene dolor de espalda y siente las dos piernas débiles, adormecidas, con hormigueo o con dolor.',
            sources: ['nhs-back-pain'],
          },
        ],
      },
      {
        id: 'emergency-signs',
        topics: ['emergency'],
        question: '¿Cuándo es una emergencia el dolor de espalda?',
        answer: [
          {
            text: 'Llame al {emergency} o vaya a la sala de emergencias ahora mismo si tiene dolor en el pecho, o si su dolor de espalda empezó después de un accidente grave, como un choque de carro. Haga lo mismo si tiene dolor de espalda y alguna de estas señales:',
            sources: ['nhs-back-pain'],
          },
          { ...redFlags.bladderBowel },
          { ...redFlags.saddleNumbness },
          { ...redFlags.bothLegs },
        ],
      },
    ],
  },
};
