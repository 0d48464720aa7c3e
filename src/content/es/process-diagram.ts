/**
 * Spanish content of <prp-process-diagram>. It mirrors the English file
 * (src/content/en/process-diagram.ts) key for key: same step ids, illustrations and sources.
 * Facts and sources: docs/evidence.md ("How PRP is made", "Image guidance", "Evidence by treatment").
 * No standard protocol exists, so amounts and spins are given as ranges with "varía".
 * Plain Latin-American Spanish, formal "usted".
 */
import type { DiagramBaseContent, DiagramContent } from '../../components/prp-process-diagram/types.js';

const prp: DiagramContent = {
  title: 'Cómo se prepara y se aplica el PRP',
  intro: [
    {
      text: 'PRP quiere decir plasma rico en plaquetas. El plasma es la parte líquida de su sangre. Las plaquetas son células muy pequeñas de su sangre.',
      sources: ['ijced-prp'],
    },
    {
      text: 'El PRP se hace con su propia sangre durante una sola cita. Prepararlo e inyectarlo muchas veces toma alrededor de 20 a 60 minutos.',
      sources: ['sosbones-prp', 'seattle-prp'],
    },
    {
      text: 'No hay un método estándar. La cantidad de sangre, el número de veces que se gira y qué tan concentrado queda el PRP cambian de una clínica a otra.',
      sources: ['asipp-2019'],
    },
  ],
  steps: [
    {
      id: 'blood-draw',
      title: 'Sacar sangre',
      illustration: 'blood-draw',
      body: [
        {
          text: 'Le sacan un poco de sangre de una vena del brazo, muchas veces alrededor de 15 a 20 mL (3 a 4 cucharaditas).',
          sources: ['sosbones-prp'],
        },
        {
          text: 'La cantidad varía. En los estudios de PRP en el disco, la mayoría sacó de 30 a 60 mL (2 a 4 cucharadas). Algunos sacaron menos o mucho más.',
          sources: ['pmc7704139-volumes'],
        },
      ],
    },
    {
      id: 'centrifuge',
      title: 'Girar la sangre',
      illustration: 'centrifuge',
      body: [
        {
          text: 'El tubo se pone en una máquina llamada centrífuga. La máquina hace girar el tubo para separar las partes de su sangre.',
          sources: ['pmc7607802-spins', 'bioeng-2023-layers'],
        },
        {
          text: 'Algunas clínicas hacen girar la sangre una vez. Otras, dos veces: primero un giro suave para quitar los glóbulos rojos, y luego un giro más fuerte para juntar más las plaquetas. Con dos giros, el PRP suele quedar más concentrado.',
          sources: ['pmc7607802-spins'],
        },
      ],
    },
    {
      id: 'separation',
      title: 'Separar las capas',
      illustration: 'layers',
      body: [
        {
          text: 'Los glóbulos rojos bajan al fondo. Encima de ellos hay una capa delgada y blanquecina, llamada capa blanca, con glóbulos blancos y plaquetas. Arriba queda el plasma.',
          sources: ['bioeng-2023-layers'],
        },
        {
          text: 'La clínica recoge la parte con más plaquetas. Muchas veces tiene alrededor de 2 a 7 veces más plaquetas que su sangre, según el método.',
          sources: ['ijced-prp', 'pmc7607802-spins'],
        },
      ],
    },
    {
      id: 'injection',
      title: 'Inyección guiada',
      illustration: 'guided-injection',
      body: [
        {
          text: 'El PRP se inyecta donde su médico cree que se origina el dolor. Puede ser una articulación, o un disco: el cojín blando entre los huesos de la columna.',
          sources: ['dutch-rct-2024', 'asipp-2019'],
        },
        {
          text: 'Por lo general, primero le adormecen la piel. Las inyecciones en un disco se guían con rayos X en vivo.',
          sources: ['hopkins-esi', 'dutch-rct-2024', 'tuakli-2016'],
        },
      ],
      guidance: {
        ultrasound: {
          text: 'El médico usa ultrasonido para guiar la aguja y evitar los nervios y los vasos sanguíneos. El ultrasonido es un aparato que muestra el interior de su cuerpo con ondas de sonido.',
          sources: ['jointandspine-safety'],
        },
        fluoroscopy: {
          text: 'El médico usa fluoroscopia, una imagen de rayos X en vivo, para guiar la aguja. Los estudios de PRP en el disco usaron este método.',
          sources: ['dutch-rct-2024'],
        },
        both: {
          text: 'El médico guía la aguja con una imagen en vivo: ultrasonido (ondas de sonido) o fluoroscopia (rayos X en vivo).',
          sources: ['jointandspine-safety', 'dutch-rct-2024'],
        },
      },
    },
    {
      id: 'healing',
      title: 'Después de la inyección',
      illustration: 'follow-up',
      body: [
        {
          text: 'Es común que la zona duela por unos días. El dolor suele ser peor el día 2 o 3, y luego baja.',
          sources: ['seattle-prp'],
        },
        {
          text: 'Puede que su dolor de espalda habitual no mejore hasta por aproximadamente 4 semanas. Algunas personas se sienten mejor entre las 2 y las 6 semanas.',
          sources: ['seattle-prp', 'jointandspine-timing', 'peng-prp'],
        },
        {
          text: 'Los estudios no coinciden. En el estudio más grande hasta ahora (98 personas), el PRP no funcionó mejor que una inyección simulada de agua con sal.',
          sources: ['dutch-rct-2024', 'tuakli-2016', 'chang-park-2021'],
        },
      ],
    },
  ],
};

export const strings: DiagramBaseContent['strings'] = {
  stepOf: 'Paso {n} de {count}',
  stepsLabel: 'Pasos',
  previous: 'Anterior',
  next: 'Siguiente',
  pause: 'Pausar',
  play: 'Reproducir',
  done: 'completado',
  current: 'paso actual',
  labels: {
    plasma: 'Plasma',
    buffyCoat: 'Capa blanca',
    redCells: 'Glóbulos rojos',
    probe: 'Sonda',
    needle: 'Aguja',
    xray: 'Rayos X',
    dextrose: 'Dextrosa',
  },
};

/** What the element always needs in this language: its labels and the PRP content. */
export const processDiagramBase: DiagramBaseContent = { strings, prp };
