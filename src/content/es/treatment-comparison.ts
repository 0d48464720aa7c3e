/**
 * Spanish content of <prp-treatment-comparison>. It mirrors the English file
 * (src/content/en/treatment-comparison.ts) key for key: same treatments, rows, levels and sources.
 * Facts and sources: docs/evidence.md ("Evidence by treatment", "What guidelines say", "Risks of
 * injections"). What studies show and what guidelines say are separate rows, each on its own scale. Every
 * injection gets the same kind of risk list. Where no source gives a fact, the cell only sends the reader
 * to their clinic and cites nothing. No treatment is called "el mejor". Treatment names start with a
 * capital; the element lowercases them inside sentences. Plain Latin-American Spanish, formal "usted".
 */
import type { ComparisonLocaleContent } from '../../components/prp-treatment-comparison/types.js';

/** The rare risks every injection in the back shares, as sourced in docs/evidence.md. */
const injectionRisks =
  'Poco comunes: infección, sangrado, daño a un nervio, o dolor de cabeza si la aguja perfora la bolsa de líquido que rodea los nervios.';
const injectionRiskSources = ['hopkins-esi', 'yoon-choi-2024'];

export const treatmentComparison: ComparisonLocaleContent = {
  strings: {
    caption: 'Comparación de {treatments} para el dolor de espalda',
    rowHeadings: {
      how: 'Cómo funciona',
      procedure: 'Cómo se hace',
      sessions: 'Cuántas sesiones suelen hacer falta',
      downtime: 'Tiempo de recuperación',
      onset: 'Cuándo puede empezar a ayudar',
      duration: 'Cuánto puede durar el alivio',
      studies: 'Qué muestran los estudios',
      guidelines: 'Qué dicen las guías médicas',
      risks: 'Riesgos',
      cost: 'Costo y seguro médico',
    },
    treatmentHeading: 'Tratamiento',
    scaleHeading: 'Qué significan las palabras sobre la evidencia',
    scaleHeadings: { studies: 'Qué muestran los estudios', guidelines: 'Qué dicen las guías médicas' },
    highlighted: 'Se ofrece en esta clínica',
    offeredDisclosure:
      'Esta clínica ofrece {treatment}. La información sobre cada tratamiento es la misma, lo ofrezca o no una clínica.',
  },
  content: {
    title: 'El PRP y otros tratamientos para el dolor de espalda',
    intro: [
      {
        text: 'La mayoría de los dolores de espalda nuevos mejoran en pocas semanas, sin importar el tratamiento.',
        sources: ['nhs-back-pain'],
      },
      {
        text: 'El ejercicio es el tratamiento principal que recomiendan las guías médicas. Use esta página para hablar de sus opciones con su médico.',
        sources: ['nice-ng59-bmj', 'acp-2017'],
      },
    ],
    scales: {
      studies: {
        'small-benefit': {
          label: 'Beneficio pequeño',
          meaning: 'Estudios de buena calidad muestran un beneficio pequeño para algunas personas.',
        },
        mixed: {
          label: 'Resultados variados',
          meaning: 'Hay pocos estudios, o son pequeños, o no coinciden entre sí.',
        },
        'no-better': {
          label: 'Poco o ningún beneficio',
          meaning:
            'En los estudios más grandes, no funcionó mejor, o solo un poco mejor, que un tratamiento simulado u otra atención.',
        },
      },
      guidelines: {
        recommended: {
          label: 'Se recomienda primero',
          meaning: 'Las guías médicas lo recomiendan como un primer tratamiento para el dolor de espalda.',
        },
        'some-cases': {
          label: 'Solo en algunos casos',
          meaning: 'Las guías médicas dicen que puede ser una opción solo para algunas personas.',
        },
        'not-recommended': {
          label: 'Se recomienda no usarlo',
          meaning:
            'Las guías del Reino Unido (NICE) dicen que no se ofrezca para el dolor de espalda sin dolor de pierna.',
        },
      },
    },
    treatments: {
      prp: {
        name: 'Inyección de PRP',
        detail: 'plasma rico en plaquetas, hecho con su propia sangre',
        how: {
          text: 'Su sangre se hace girar para obtener un plasma con más plaquetas. Este plasma se inyecta donde puede originarse su dolor. La forma de prepararlo cambia de una clínica a otra.',
          sources: ['ijced-prp', 'asipp-2019', 'dutch-rct-2024'],
        },
        procedure: {
          text: 'Le sacan sangre y la hacen girar. Luego le inyectan el PRP. La aguja debe guiarse con rayos X en vivo o con ultrasonido. Las inyecciones en un disco usan rayos X.',
          sources: ['dutch-rct-2024', 'tuakli-2016', 'jointandspine-safety'],
        },
        sessions: {
          text: 'En su mayoría, los estudios en la columna usaron una sola inyección. Algunas clínicas ponen 2 o 3 inyecciones, con 4 a 8 semanas entre una y otra.',
          sources: ['dutch-rct-2024', 'tuakli-2016', 'prp-london-faq'],
        },
        downtime: {
          text: 'Por lo general puede hacer sus actividades normales de todos los días. El dolor en la zona puede durar de 3 a 10 días. Cada clínica da consejos diferentes sobre cuándo volver a hacer ejercicio fuerte.',
          sources: ['seattle-prp', 'tios-instructions', 'peng-prp'],
        },
        onset: {
          text: 'Si ayuda, lo hace despacio. Puede que su dolor de espalda habitual no mejore hasta por aproximadamente 4 semanas. Algunas personas se sienten mejor entre las 2 y las 6 semanas.',
          sources: ['seattle-prp', 'jointandspine-timing'],
        },
        duration: {
          text: 'No se sabe bien, porque los estudios son pequeños y no coinciden. Una clínica dice que el efecto completo, si lo hay, puede tardar de 3 a 6 meses.',
          sources: ['chang-park-2021', 'dutch-rct-2024', 'savemed-prp'],
        },
        studies: {
          level: 'mixed',
          text: 'Estudios pequeños encontraron menos dolor, como un estudio de 47 personas en 2016. El estudio más grande hasta ahora (98 personas, 2024) no encontró diferencia con una inyección simulada después de un año.',
          sources: ['tuakli-2016', 'chang-park-2021', 'cadth-rc1485', 'dutch-rct-2024'],
        },
        guidelines: {
          level: 'not-recommended',
          text: 'Las guías del Reino Unido (NICE) dicen que no se ofrezcan inyecciones para el dolor de espalda sin dolor de pierna. Un grupo de médicos del dolor de Estados Unidos (ASIPP) considera baja la evidencia a favor del PRP.',
          sources: ['nice-ng59', 'aomrc-ebi-injections', 'asipp-2019'],
        },
        risks: {
          text: `Dolor en la zona o un aumento del dolor, y moretones. ${injectionRisks} Una infección del disco después de una inyección en el disco puede necesitar cirugía.`,
          sources: ['seattle-prp', ...injectionRiskSources, 'dutch-rct-2024', 'bmri-2022-prp'],
        },
        cost: {
          text: 'Alrededor de $300 a $2,500 por tratamiento en Estados Unidos. Por lo general, el seguro médico no lo cubre.',
          sources: ['michiganfoot-prp', 'singlecare-prp', 'pmc7005975-cpt'],
        },
      },
      steroid: {
        name: 'Inyección de esteroides',
        detail: 'inyección epidural para la ciática (dolor de pierna)',
        how: {
          text: 'Se inyecta una medicina con esteroides cerca de un nervio de su espalda para aliviar el dolor de pierna. Muchas veces va junto con una medicina para adormecer.',
          sources: ['nice-ng59', 'cochrane-esi-2020'],
        },
        procedure: {
          text: 'Primero le adormecen la piel, y luego le ponen una aguja en la espalda. La aguja debe guiarse con rayos X en vivo o con ultrasonido.',
          sources: ['hopkins-esi', 'nice-ng59'],
        },
        sessions: { text: 'Pregunte en su clínica cuántas inyecciones le sugieren.', ask: true },
        downtime: {
          text: 'Por lo general se va a casa poco después. Puede que haga menos de lo normal por unos días.',
          sources: ['hopkins-esi', 'uwhealth-esi-home'],
        },
        onset: {
          text: 'Si el esteroide ayuda, muchas veces empieza a funcionar en 1 a 5 días.',
          sources: ['uwhealth-esi-home', 'hopkins-esi'],
        },
        duration: {
          text: 'En los estudios, el beneficio, si lo hubo, duró poco: hasta aproximadamente 3 meses.',
          sources: ['cochrane-esi-2020', 'aafp-2021-esi'],
        },
        studies: {
          level: 'small-benefit',
          text: 'Estudios de calidad moderada muestran un beneficio pequeño, que dura poco, para el dolor de pierna causado por la ciática.',
          sources: ['cochrane-esi-2020'],
        },
        guidelines: {
          level: 'some-cases',
          text: 'Las guías del Reino Unido (NICE) dicen que puede ser una opción para la ciática reciente y fuerte. Recomiendan no usarla para el dolor de espalda sin dolor de pierna, ni para el dolor de espalda de larga duración.',
          sources: ['nice-ng59'],
        },
        risks: {
          text: `${injectionRisks} La FDA advierte sobre problemas poco comunes pero graves: pérdida de la vista, derrame cerebral, parálisis o la muerte.`,
          sources: [...injectionRiskSources, 'fda-esi-2014'],
        },
        cost: { text: 'Pregunte en su clínica y a su seguro médico cuánto le va a costar.', ask: true },
      },
      prolotherapy: {
        name: 'Proloterapia',
        detail: 'inyecciones de una solución de azúcar (dextrosa)',
        how: {
          text: 'Se inyecta una solución de azúcar en los puntos donde los ligamentos y los tendones se unen al hueso. El propósito es irritar la zona por un tiempo corto.',
          sources: ['rabago-2010'],
        },
        procedure: { text: 'Se ponen inyecciones pequeñas en varios puntos de su espalda.', sources: ['rabago-2010'] },
        sessions: {
          text: 'Una serie de citas. El número de citas y el tiempo entre ellas varían.',
          sources: ['rabago-2010'],
        },
        downtime: {
          text: 'Es común tener más dolor y rigidez por un tiempo corto. Pregunte en su clínica cuánta actividad puede hacer.',
          sources: ['cochrane-prolotherapy'],
        },
        onset: { text: 'Pregunte en su clínica cuándo podría notar un cambio.', ask: true },
        duration: { text: 'Pregunte en su clínica cuánto podría durar el alivio, si lo hay.', ask: true },
        studies: {
          level: 'no-better',
          text: 'En los estudios, la proloterapia sola no funcionó mejor que unas inyecciones simuladas.',
          sources: ['cochrane-prolotherapy'],
        },
        guidelines: {
          level: 'not-recommended',
          text: 'Las guías del Reino Unido dicen que no se ofrezca para el dolor de espalda sin dolor de pierna.',
          sources: ['aomrc-ebi-injections'],
        },
        risks: {
          text: `Es común tener más dolor y rigidez por un tiempo corto. ${injectionRisks}`,
          sources: ['cochrane-prolotherapy', ...injectionRiskSources],
        },
        cost: { text: 'Pregunte en su clínica y a su seguro médico cuánto le va a costar.', ask: true },
      },
      rfa: {
        name: 'Ablación por radiofrecuencia (RFA)',
        detail: 'trata con calor nervios pequeños de la espalda',
        how: {
          text: 'En la ablación por radiofrecuencia (RFA, por sus siglas en inglés), una aguja especial calienta nervios pequeños de su espalda. Así dejan de enviar señales de dolor. Los nervios vuelven a crecer poco a poco.',
          sources: ['cleveland-rfa', 'rapaindocs-rfa'],
        },
        procedure: {
          text: 'Primero, una inyección de prueba adormece los nervios. Si eso ayuda, se usa una aguja para tratarlos.',
          sources: ['nice-qs155'],
        },
        sessions: {
          text: 'Primero una inyección de prueba, y luego el tratamiento. Se puede repetir si el dolor regresa.',
          sources: ['nice-qs155', 'rapaindocs-rfa'],
        },
        downtime: {
          text: 'No maneje durante 24 horas. La mayoría de las personas vuelve a sus actividades normales al día siguiente.',
          sources: ['clevelandclinic-rfa'],
        },
        onset: {
          text: 'Por lo general, el efecto completo se nota de 1 a 3 semanas después.',
          sources: ['cleveland-rfa', 'rapaindocs-rfa'],
        },
        duration: {
          text: 'Muchas veces alrededor de 3 a 12 meses, y a veces más, porque los nervios vuelven a crecer.',
          sources: ['cleveland-rfa', 'rapaindocs-rfa'],
        },
        studies: {
          level: 'no-better',
          text: 'Estudios grandes (681 personas) encontraron poca o ninguna ayuda extra al agregar la RFA al ejercicio.',
          sources: ['mint-2017'],
        },
        guidelines: {
          level: 'some-cases',
          text: 'Las guías del Reino Unido dicen que se considere solo si se cree que el dolor viene de los nervios de las articulaciones facetarias. Además, otros tratamientos no deben haber ayudado, y una inyección de prueba debe haber funcionado.',
          sources: ['nice-qs155', 'nice-ng59'],
        },
        risks: {
          text: 'Por un tiempo corto: adormecimiento o debilidad en las piernas, hinchazón y moretones. La infección y el sangrado son poco comunes.',
          sources: ['clevelandclinic-rfa'],
        },
        cost: { text: 'Pregunte en su clínica y a su seguro médico cuánto le va a costar.', ask: true },
      },
      'physical-therapy': {
        name: 'Terapia física',
        detail: 'basada en ejercicio',
        how: {
          text: 'Usted hace ejercicios para estirarse, ganar fuerza y mantenerse en forma. Puede incluir clases en grupo o yoga.',
          sources: ['nice-ng59-bmj', 'acp-2017'],
        },
        procedure: {
          text: 'Sin agujas. Un terapeuta guía sus ejercicios, muchas veces en grupo.',
          sources: ['nice-ng59-bmj'],
        },
        sessions: { text: 'Pregúntele a su terapeuta cuántas sesiones debe planear.', ask: true },
        downtime: { text: 'Por lo general, ninguno. El ejercicio es el tratamiento.', sources: ['nice-ng59-bmj'] },
        onset: { text: 'Pregúntele a su terapeuta cuándo podría notar un cambio.', ask: true },
        duration: { text: 'Pregúntele a su terapeuta cómo mantener el beneficio.', ask: true },
        studies: {
          level: 'small-benefit',
          text: 'Los estudios muestran que el ejercicio puede aliviar un poco el dolor y ayudarle un poco con las actividades diarias.',
          sources: ['acp-2017'],
        },
        guidelines: {
          level: 'recommended',
          text: 'Las guías médicas del Reino Unido y de Estados Unidos recomiendan el ejercicio como un tratamiento principal y de primera opción para el dolor de espalda.',
          sources: ['nice-ng59-bmj', 'acp-2017'],
        },
        risks: { text: 'Pregúntele a su terapeuta si hay algún riesgo para usted.', ask: true },
        cost: { text: 'Pregunte en su clínica y a su seguro médico cuánto le va a costar.', ask: true },
      },
      surgery: {
        name: 'Cirugía de fusión espinal',
        detail: 'une huesos de la columna',
        how: {
          text: 'Una operación junta huesos de su columna para que se unan al sanar.',
          sources: ['aomrc-ebi-fusion'],
        },
        procedure: {
          text: 'Es una operación en un hospital. Pregúntele a su cirujano en qué consiste.',
          sources: ['aomrc-ebi-fusion'],
        },
        sessions: { text: 'Una operación, pero algunas personas necesitan otra.', sources: ['froholdt-2012'] },
        downtime: { text: 'Pregúntele a su cirujano cuánto tarda la recuperación.', ask: true },
        onset: { text: 'Pregúntele a su cirujano cuándo podría notar un cambio.', ask: true },
        duration: {
          text: 'No se sabe bien. Después de 9 años, un estudio no encontró diferencia con la atención sin cirugía.',
          sources: ['froholdt-2012'],
        },
        studies: {
          level: 'no-better',
          text: 'Los estudios encontraron que no funcionó mejor, o solo un poco mejor, que los programas intensivos de rehabilitación.',
          sources: ['fairbank-2005', 'froholdt-2012'],
        },
        guidelines: {
          level: 'not-recommended',
          text: 'Las guías del Reino Unido dicen que no se ofrezca para el dolor de espalda sin dolor de pierna. Las excepciones son un estudio de investigación o una causa grave, como un tumor.',
          sources: ['nice-ng59', 'aomrc-ebi-fusion'],
        },
        risks: {
          text: 'En un estudio, alrededor de 1 de cada 3 personas tuvo otra operación en los 9 años siguientes. Pregúntele a su cirujano por otros riesgos.',
          sources: ['froholdt-2012'],
        },
        cost: { text: 'Pregúntele a su cirujano y a su seguro médico cuánto le va a costar.', ask: true },
      },
    },
  },
};
