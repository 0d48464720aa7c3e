/**
 * Spanish content of <prp-treatment-comparison>. It mirrors the English file
 * (src/content/en/treatment-comparison.ts) key for key: same treatments, rows, evidence levels and sources.
 * Facts and sources: shared/research/health-content.md (B3 evidence, sessions, costs and risks by treatment;
 * B2 PRP aftercare and timing; B4 PRP guidance; B1 FDA warning). Where the research has no fact for a cell,
 * the cell says "Varía" and sends the reader to their clinic instead of giving a number. No treatment is
 * called "el mejor". Evidence labels avoid gender agreement, because they stand alone before a period.
 * Plain Latin-American Spanish, formal "usted".
 */
import type { ComparisonLocaleContent } from '../../components/prp-treatment-comparison/types.js';

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
      evidence: 'Qué dicen los estudios',
      risks: 'Riesgos comunes',
      cost: 'Costo y seguro médico',
    },
    treatmentHeading: 'Tratamiento',
    scaleHeading: 'Qué significan las palabras sobre los estudios',
    highlighted: 'Se ofrece en esta clínica',
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
    scale: {
      recommended: {
        label: 'Se recomienda primero',
        meaning: 'Las guías médicas lo recomiendan como un tratamiento principal para el dolor de espalda.',
      },
      'small-benefit': {
        label: 'Beneficio pequeño',
        meaning: 'Estudios de calidad moderada muestran un beneficio pequeño para algunas personas, por poco tiempo.',
      },
      limited: {
        label: 'Pocos estudios o resultados mixtos',
        meaning: 'Los estudios son pocos o pequeños, o no están de acuerdo entre sí.',
      },
      'not-recommended': {
        label: 'No se recomienda si solo hay dolor de espalda',
        meaning:
          'Las guías del Reino Unido (NICE) no recomiendan este tratamiento para el dolor de espalda que no tiene otra causa.',
      },
    },
    treatments: {
      prp: {
        name: 'Inyección de PRP',
        detail: 'plasma rico en plaquetas, hecho con su propia sangre',
        how: {
          text: 'Su sangre se hace girar para obtener plasma con más plaquetas. Luego se inyecta en la zona de donde puede venir su dolor. La forma de prepararlo cambia de una clínica a otra.',
          sources: ['ijced-prp', 'asipp-2019', 'dutch-rct-2024'],
        },
        procedure: {
          text: 'Le sacan sangre, la hacen girar y luego se la inyectan. La aguja debe guiarse con rayos X o ultrasonido. La cita suele durar de 20 a 60 minutos.',
          sources: ['sosbones-prp', 'seattle-prp', 'dutch-rct-2024', 'jointandspine-safety'],
        },
        sessions: {
          text: 'En su mayoría, los estudios en la columna usaron una sola inyección. Algunas clínicas ponen 2 o 3 inyecciones, con 4 a 8 semanas entre una y otra.',
          sources: ['dutch-rct-2024', 'prp-london-faq'],
        },
        downtime: {
          text: 'Por lo general puede hacer sus actividades normales de todos los días. El dolor en la zona puede durar de 3 a 10 días. Cada clínica da consejos diferentes sobre cuándo volver a hacer ejercicio fuerte.',
          sources: ['seattle-prp', 'tios-instructions', 'peng-prp'],
        },
        onset: {
          text: 'Si le ayuda, lo hace despacio. Puede ser normal tener dolor en la zona, sentirse peor o no sentirse mejor hasta por 4 semanas. Algunas personas se sienten mejor entre las 2 y las 6 semanas.',
          sources: ['jointandspine-timing', 'seattle-prp'],
        },
        duration: {
          text: 'No se sabe bien, porque los estudios son pequeños y tienen resultados mixtos. Una clínica dice que el efecto completo, si lo hay, puede tardar de 3 a 6 meses.',
          sources: ['chang-park-2021', 'dutch-rct-2024', 'savemed-prp'],
        },
        evidence: {
          level: 'limited',
          text: 'Estudios pequeños muestran un beneficio, pero un estudio de 2024 con 98 personas no encontró ninguna diferencia después de un año. Las guías del Reino Unido no recomiendan este tratamiento si solo hay dolor de espalda.',
          sources: ['chang-park-2021', 'dutch-rct-2024', 'cadth-rc1485', 'nice-ng59', 'aomrc-ebi-injections'],
        },
        risks: {
          text: 'Dolor en la zona o un aumento del dolor, moretones e infección. Ha habido casos de infección del disco después de inyecciones en el disco.',
          sources: ['seattle-prp', 'jointandspine-safety', 'dutch-rct-2024'],
        },
        cost: {
          text: 'De $300 a $2,500 por tratamiento, más o menos, en Estados Unidos. Por lo general, el seguro médico no lo cubre.',
          sources: ['michiganfoot-prp', 'singlecare-prp', 'pmc7005975-cpt'],
        },
      },
      steroid: {
        name: 'Inyección de esteroides',
        detail: 'inyección epidural para la ciática (dolor de pierna)',
        how: {
          text: 'Se inyecta una medicina con esteroides cerca de un nervio de su espalda, para aliviar el dolor de pierna. Muchas veces se pone junto con una medicina que adormece la zona.',
          sources: ['nice-ng59', 'cochrane-esi-2020'],
        },
        procedure: {
          text: 'Se pone una aguja en su espalda. La aguja debe guiarse con rayos X o ultrasonido. Pregunte cuánto dura la cita.',
          sources: ['nice-ng59'],
        },
        sessions: {
          text: 'Varía. Pregunte en su clínica cuántas inyecciones recomiendan.',
          sources: ['cochrane-esi-2020'],
        },
        downtime: {
          text: 'Varía. Pregunte en su clínica.',
          sources: ['cochrane-esi-2020'],
        },
        onset: {
          text: 'Varía. Pregunte en su clínica.',
          sources: ['cochrane-esi-2020'],
        },
        duration: {
          text: 'En los estudios, cuando hubo algún beneficio, duró poco tiempo.',
          sources: ['cochrane-esi-2020'],
        },
        evidence: {
          level: 'small-benefit',
          text: 'Estudios de calidad moderada muestran un beneficio pequeño, que dura poco, para el dolor de pierna causado por la ciática. Las guías del Reino Unido dicen que puede ser una opción solo para la ciática reciente y fuerte, no para el dolor de espalda de larga duración.',
          sources: ['cochrane-esi-2020', 'nice-ng59'],
        },
        risks: {
          text: 'En los estudios, los efectos secundarios fueron parecidos a los de una inyección falsa. Los esteroides no están aprobados por la FDA para inyecciones en la columna. La FDA advierte sobre problemas poco comunes pero graves: pérdida de la vista, derrame cerebral, parálisis y muerte.',
          sources: ['cochrane-esi-2020', 'fda-esi-2014'],
        },
        cost: {
          text: 'Varía. Pregunte en su clínica y a su seguro médico.',
          sources: ['cochrane-esi-2020'],
        },
      },
      prolotherapy: {
        name: 'Proloterapia',
        detail: 'inyecciones de una solución de azúcar (dextrosa)',
        how: {
          text: 'Se inyecta una solución de azúcar en los puntos donde los ligamentos y tendones se unen al hueso. El propósito es irritar la zona por un tiempo corto.',
          sources: ['rabago-2010'],
        },
        procedure: {
          text: 'Se ponen inyecciones pequeñas en varios puntos de su espalda. Pregunte cuánto dura la cita.',
          sources: ['rabago-2010'],
        },
        sessions: {
          text: 'Una serie de citas. El número de citas y el tiempo entre ellas varían.',
          sources: ['rabago-2010'],
        },
        downtime: {
          text: 'Es común tener más dolor y rigidez por un tiempo corto. Pregunte en su clínica cuánta actividad puede hacer.',
          sources: ['cochrane-prolotherapy'],
        },
        onset: {
          text: 'Varía. Pregunte en su clínica.',
          sources: ['rabago-2010'],
        },
        duration: {
          text: 'No se sabe bien. Pregunte en su clínica.',
          sources: ['cochrane-prolotherapy'],
        },
        evidence: {
          level: 'not-recommended',
          text: 'En los estudios, la proloterapia sola no funcionó mejor que otras inyecciones usadas para comparar. Las guías del Reino Unido no recomiendan este tratamiento si solo hay dolor de espalda.',
          sources: ['cochrane-prolotherapy', 'aomrc-ebi-injections'],
        },
        risks: {
          text: 'Es común tener más dolor y rigidez por un tiempo corto.',
          sources: ['cochrane-prolotherapy'],
        },
        cost: {
          text: 'Varía. Pregunte en su clínica y a su seguro médico.',
          sources: ['rabago-2010'],
        },
      },
      rfa: {
        name: 'Ablación por radiofrecuencia (ARF)',
        detail: 'trata nervios pequeños de la espalda',
        how: {
          text: 'Una aguja especial usa ondas de radio para que los nervios pequeños de su espalda dejen de enviar señales de dolor. Los nervios vuelven a crecer poco a poco.',
          sources: ['nice-qs155', 'cleveland-rfa', 'rapaindocs-rfa'],
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
          text: 'Varía. Pregunte en su clínica.',
          sources: ['cleveland-rfa'],
        },
        onset: {
          text: 'Por lo general, el efecto completo se nota de 1 a 3 semanas después.',
          sources: ['cleveland-rfa', 'rapaindocs-rfa'],
        },
        duration: {
          text: 'Muchas veces de 3 a 12 meses, más o menos, y a veces más, porque los nervios vuelven a crecer.',
          sources: ['cleveland-rfa', 'rapaindocs-rfa'],
        },
        evidence: {
          level: 'limited',
          text: 'Estudios grandes encontraron poca o ninguna ayuda extra cuando se agrega al ejercicio. Las guías del Reino Unido la limitan a algunos casos, si antes funcionó una inyección de prueba.',
          sources: ['mint-2017', 'nice-qs155'],
        },
        risks: {
          text: 'Nuestras fuentes no los mencionan. Pregúntele a su médico por los riesgos.',
          sources: ['cleveland-rfa'],
        },
        cost: {
          text: 'Varía. Pregunte en su clínica y a su seguro médico.',
          sources: ['cleveland-rfa'],
        },
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
        sessions: {
          text: 'Varía. Pregúntele a su terapeuta cuántas sesiones debe planear.',
          sources: ['nice-ng59-bmj'],
        },
        downtime: {
          text: 'Por lo general, ninguno. El ejercicio es el tratamiento.',
          sources: ['nice-ng59-bmj'],
        },
        onset: {
          text: 'Varía. Pregúntele a su terapeuta.',
          sources: ['nice-ng59-bmj'],
        },
        duration: {
          text: 'Varía. Pregúntele a su terapeuta.',
          sources: ['nice-ng59-bmj'],
        },
        evidence: {
          level: 'recommended',
          text: 'Las guías médicas del Reino Unido y de Estados Unidos recomiendan el ejercicio como un tratamiento principal y de primera opción para el dolor de espalda.',
          sources: ['nice-ng59-bmj', 'acp-2017'],
        },
        risks: {
          text: 'Nuestras fuentes no los mencionan. Pregúntele a su terapeuta.',
          sources: ['nice-ng59-bmj'],
        },
        cost: {
          text: 'Varía. Pregunte en su clínica y a su seguro médico.',
          sources: ['nice-ng59-bmj'],
        },
      },
      surgery: {
        name: 'Cirugía de fusión de columna',
        detail: 'une huesos de la columna',
        how: {
          text: 'Una operación junta huesos de su columna para que se unan al sanar.',
          sources: ['aomrc-ebi-fusion'],
        },
        procedure: {
          text: 'Es una operación en un hospital. Pregúntele a su cirujano en qué consiste.',
          sources: ['aomrc-ebi-fusion'],
        },
        sessions: {
          text: 'Una operación, pero algunas personas necesitan otra.',
          sources: ['froholdt-2012'],
        },
        downtime: {
          text: 'Varía. Pregúntele a su cirujano.',
          sources: ['aomrc-ebi-fusion'],
        },
        onset: {
          text: 'Varía. Pregúntele a su cirujano.',
          sources: ['aomrc-ebi-fusion'],
        },
        duration: {
          text: 'No se sabe bien. Después de 9 años, un estudio no encontró diferencia con la atención sin cirugía.',
          sources: ['froholdt-2012'],
        },
        evidence: {
          level: 'not-recommended',
          text: 'Los estudios encontraron que no funcionó mejor, o solo un poco mejor, que los programas intensivos de rehabilitación. Las guías del Reino Unido no recomiendan este tratamiento si solo hay dolor de espalda.',
          sources: ['fairbank-2005', 'froholdt-2012', 'nice-ng59', 'aomrc-ebi-fusion'],
        },
        risks: {
          text: 'En un estudio, cerca de 1 de cada 3 personas tuvo otra operación en los 9 años siguientes. Pregúntele a su cirujano por otros riesgos.',
          sources: ['froholdt-2012'],
        },
        cost: {
          text: 'Varía. Pregúntele a su cirujano y a su seguro médico.',
          sources: ['aomrc-ebi-fusion'],
        },
      },
    },
  },
};
