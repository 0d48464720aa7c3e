/**
 * Spanish content of <prp-recovery-timeline> for prolotherapy, in its own module so pages about PRP never
 * download it (the element loads it when `procedure="prolotherapy"`). Sources as in ./recovery-timeline.ts.
 */
import type { TimelineContent } from '../../components/prp-recovery-timeline/types.js';
import { emergencyNotice as emergency, redFlags } from './red-flags.js';

const { infection, lateWarning, legNumbness } = redFlags;

export const prolotherapy: TimelineContent = {
  title: 'Su recuperación después de la proloterapia',
  intro: [
    {
      text: 'La proloterapia es una serie de inyecciones, muchas veces de una solución de azúcar (dextrosa), en las bandas resistentes (ligamentos y tendones) de su espalda. El número de citas y el tiempo entre ellas varían. Los días se cuentan desde su primera cita.',
      sources: ['rabago-2010'],
    },
    {
      text: 'En los estudios, la proloterapia sola no funcionó mejor que otras inyecciones usadas para comparar. Algunos estudios que agregaron ejercicio y otros tratamientos encontraron un beneficio, pero no está claro si se debió a la proloterapia.',
      sources: ['cochrane-prolotherapy'],
    },
  ],
  emergency,
  before: {
    title: 'Antes de su primera cita',
    steps: [
      { protocol: 'nsaid' },
      {
        text: 'La aspirina afecta las plaquetas por unos 7 a 10 días. Si un médico le recetó aspirina o un anticoagulante (medicina para diluir la sangre), no deje de tomar esa medicina por su cuenta. Pregúntele a ese médico y a su clínica qué debe hacer.',
        sources: ['leach-2024'],
      },
      {
        text: 'Pregunte cuántas citas planea su clínica y cuánto tiempo habrá entre ellas. Los planes varían.',
        sources: ['rabago-2010'],
      },
    ],
  },
  phases: [
    {
      id: 'injection-day',
      title: 'Día de la inyección',
      normal: [
        {
          text: 'Es común tener más dolor y rigidez por un tiempo corto después de las inyecciones.',
          sources: ['cochrane-prolotherapy'],
        },
      ],
      do: [
        {
          text: 'Pregunte en su clínica cuánta actividad puede hacer en los primeros días. Los planes varían.',
          sources: ['rabago-2010'],
        },
        { protocol: 'ice' },
        { protocol: 'nsaid' },
      ],
      avoid: [],
      callIf: [infection, legNumbness],
    },
    {
      id: 'days-1-3',
      title: 'Días 1 a 3',
      normal: [
        {
          text: 'Es común tener dolor y rigidez en la zona, y no deberían durar mucho.',
          sources: ['cochrane-prolotherapy'],
        },
      ],
      do: [{ protocol: 'ice' }, { protocol: 'nsaid' }],
      avoid: [],
      callIf: [infection, legNumbness],
    },
    {
      id: 'week-1',
      title: 'Días 4 a 7',
      normal: [
        { text: 'El dolor en la zona de la inyección debería estar bajando.', sources: ['cochrane-prolotherapy'] },
      ],
      do: [{ protocol: 'nsaid' }],
      avoid: [],
      callIf: [
        {
          text: 'El dolor en la zona de la inyección empeora en vez de mejorar.',
          sources: ['cochrane-prolotherapy'],
        },
        infection,
        legNumbness,
      ],
    },
    {
      id: 'weeks-2-4',
      title: 'Semanas 2 a 4',
      normal: [
        {
          text: 'Muchas veces la siguiente cita es unas semanas después de la primera. Los planes varían.',
          sources: ['rabago-2010'],
        },
      ],
      do: [
        {
          text: 'Siga haciendo los ejercicios que le da su clínica.',
          sources: ['cochrane-prolotherapy', 'nice-ng59'],
        },
        { protocol: 'followUp' },
      ],
      avoid: [],
      callIf: [
        {
          text: 'Su dolor es mucho peor que antes de la primera cita.',
          sources: ['cochrane-prolotherapy'],
        },
        infection,
      ],
    },
    {
      id: 'weeks-5-8',
      title: 'Semanas 5 a 8',
      normal: [
        {
          text: 'Puede tener más citas. Después de cada una puede tener unos días de dolor en la zona.',
          sources: ['rabago-2010', 'cochrane-prolotherapy'],
        },
      ],
      do: [{ text: 'Siga haciendo sus ejercicios.', sources: ['cochrane-prolotherapy', 'nice-ng59'] }],
      avoid: [],
      callIf: [
        {
          text: 'Su dolor es mucho peor que antes de la primera cita.',
          sources: ['cochrane-prolotherapy'],
        },
        infection,
      ],
    },
    {
      id: 'months-2-6',
      title: 'Meses 2 a 6',
      normal: [
        {
          text: 'Los estudios midieron los resultados alrededor de los 6 meses. Pregunte en su clínica cómo sabrá si le está funcionando.',
          sources: ['cochrane-prolotherapy'],
        },
      ],
      do: [
        { text: 'Revise con su clínica si las citas le están ayudando.', sources: ['cochrane-prolotherapy'] },
        { text: 'Siga con su plan de ejercicio.', sources: ['nice-ng59'] },
      ],
      avoid: [],
      callIf: [
        {
          text: 'Su dolor no ha mejorado y quiere hablar de otras opciones.',
          sources: ['nice-ng59'],
        },
        lateWarning,
      ],
    },
  ],
  complete: {
    title: 'Terminó su periodo de recuperación de 6 meses',
    body: [
      {
        text: 'Si su dolor no ha mejorado, pregunte en su clínica por otras opciones. Un plan regular de ejercicio es el tratamiento principal para el dolor de espalda de larga duración.',
        sources: ['nice-ng59', 'cochrane-prolotherapy'],
      },
    ],
  },
  protocol: {
    nsaid: {
      unset: {
        text: 'Pregunte en su clínica si debe evitar los antiinflamatorios (AINE), como ibuprofeno o naproxeno, y por cuánto tiempo. Los planes varían.',
        sources: ['rabago-2010'],
      },
      set: {
        text: 'No tome antiinflamatorios (AINE), como ibuprofeno o naproxeno, durante {days} días después de cada cita, como le pide su clínica.',
        sources: ['rabago-2010'],
      },
    },
    ice: {
      unset: { text: 'Pregunte en su clínica antes de usar una bolsa de hielo. Los planes varían.', sources: ['rabago-2010'] },
      allowed: {
        text: 'Su clínica dice que puede usar una bolsa de hielo por ratos cortos si le ayuda.',
        sources: ['rabago-2010'],
      },
      avoid: {
        text: 'No se ponga hielo en la zona de la inyección. Su clínica le pide que lo evite.',
        sources: ['rabago-2010'],
      },
    },
    followUp: {
      unset: { text: 'Su clínica le dirá cuándo volver para la siguiente cita.', sources: ['rabago-2010'] },
      set: { text: 'Su siguiente cita es unas {weeks} semanas después de la primera.', sources: ['rabago-2010'] },
    },
  },
  milestones: [
    {
      id: 'week-1',
      day: 7,
      summary: 'Una semana desde su cita de proloterapia',
      description:
        'El dolor en la zona de la inyección debería estar bajando. Llame a {clinic} si empeora o si tiene fiebre.',
    },
    {
      id: 'follow-up',
      day: 28,
      summary: 'Pregunte a {clinic} por su siguiente cita de proloterapia',
      description: 'La proloterapia por lo general se da en varias citas, con unas semanas entre una y otra.',
    },
    {
      id: 'month-6',
      day: 182,
      summary: 'Seis meses desde su primera cita de proloterapia',
      description: 'Hable con {clinic} sobre si el tratamiento le está ayudando.',
    },
  ],
};
