/**
 * Spanish content of <prp-process-diagram> for prolotherapy, in its own module so pages about PRP never
 * download it (the element loads it when `procedure="prolotherapy"`). Sources as in ./process-diagram.ts.
 */
import type { DiagramContent } from '../../components/prp-process-diagram/types.js';

export const prolotherapy: DiagramContent = {
  title: 'Cómo se aplica la proloterapia',
  intro: [
    {
      text: 'La proloterapia es una serie de inyecciones en los puntos donde los ligamentos y los tendones se unen al hueso. Estas son bandas resistentes que unen los huesos y los músculos. Muchas veces las inyecciones son de una solución de azúcar (dextrosa).',
      sources: ['rabago-2010'],
    },
  ],
  steps: [
    {
      id: 'assessment',
      title: 'Revisión',
      illustration: 'assessment',
      body: [
        { text: 'Su médico le revisa la espalda y decide dónde poner las inyecciones.', sources: ['rabago-2010'] },
      ],
    },
    {
      id: 'solution',
      title: 'Preparar la solución',
      illustration: 'solution',
      body: [
        {
          text: 'Se prepara una pequeña cantidad de una solución concentrada de azúcar, por lo general dextrosa.',
          sources: ['rabago-2010'],
        },
      ],
    },
    {
      id: 'injection',
      title: 'Inyecciones',
      illustration: 'injection',
      body: [
        {
          text: 'El médico pone inyecciones pequeñas en los puntos donde los ligamentos y los tendones se unen al hueso.',
          sources: ['rabago-2010'],
        },
      ],
    },
    {
      id: 'response',
      title: 'Una irritación corta',
      illustration: 'soreness',
      body: [
        {
          text: 'El propósito de la solución es irritar la zona por un tiempo corto. Es común tener más dolor y rigidez por un tiempo corto.',
          sources: ['rabago-2010', 'cochrane-prolotherapy'],
        },
      ],
    },
    {
      id: 'repeat',
      title: 'Citas repetidas',
      illustration: 'repeat',
      body: [
        {
          text: 'Las inyecciones se ponen en una serie de citas. El número de citas y el tiempo entre ellas varían.',
          sources: ['rabago-2010'],
        },
        {
          text: 'En los estudios, la proloterapia sola no funcionó mejor que unas inyecciones simuladas.',
          sources: ['cochrane-prolotherapy'],
        },
      ],
    },
  ],
};
