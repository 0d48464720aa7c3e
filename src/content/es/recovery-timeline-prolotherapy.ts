/**
 * Spanish content of <prp-recovery-timeline> for prolotherapy, in its own module so pages about PRP never
 * download it (the element loads it when `procedure="prolotherapy"`). Sources as in ./recovery-timeline.ts.
 */
import type { TimelineContent } from '../../components/prp-recovery-timeline/types.js';
import { emergencyNotice as emergency, warningSigns } from './warning-signs.js';

const { fever, wound, 'leg-numbness': legNumbness, 'worse-pain': worsePain } = warningSigns;

export const prolotherapy: TimelineContent = {
  title: 'Su recuperación después de la proloterapia',
  intro: [
    {
      text: 'La proloterapia es una serie de inyecciones en las bandas resistentes (ligamentos y tendones) de su espalda. Muchas veces son de una solución de azúcar (dextrosa).',
      sources: ['rabago-2010'],
    },
    {
      text: 'El número de citas y el tiempo entre ellas varían. Los días se cuentan desde su primera cita.',
      sources: ['rabago-2010'],
    },
    {
      text: 'En los estudios, la proloterapia sola no funcionó mejor que unas inyecciones simuladas. Algunos estudios que agregaron ejercicio y otros tratamientos encontraron un beneficio. Pero no está claro si se debió a la proloterapia.',
      sources: ['cochrane-prolotherapy'],
    },
  ],
  emergency,
  before: {
    title: 'Antes de su primera cita',
    steps: [
      { protocol: 'nsaid' },
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
        {
          text: 'Si le ponen medicina para adormecer, una pierna puede sentirse dormida o pesada por unas horas. No maneje usted de regreso a casa.',
          sources: ['alberta-esi-home', 'spencer-epidural'],
        },
      ],
      do: [
        { text: 'Pregunte en su clínica cuánta actividad puede hacer en los primeros días.', ask: true },
        { protocol: 'ice' },
        { protocol: 'nsaid' },
      ],
      avoid: [],
      callIf: [fever, wound, legNumbness],
    },
    {
      id: 'days-1-3',
      title: 'Días 1 a 3',
      normal: [
        {
          text: 'Es común tener dolor y rigidez, y no deberían durar mucho.',
          sources: ['cochrane-prolotherapy'],
        },
      ],
      do: [{ protocol: 'ice' }, { protocol: 'nsaid' }],
      avoid: [],
      callIf: [fever, wound, legNumbness],
    },
    {
      id: 'week-1',
      title: 'Días 4 a 7',
      normal: [{ text: 'El dolor por las inyecciones debería estar bajando.', sources: ['cochrane-prolotherapy'] }],
      do: [{ protocol: 'nsaid' }],
      avoid: [],
      callIf: [worsePain, fever, wound, legNumbness],
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
        { text: 'Siga haciendo los ejercicios que le da su clínica.', sources: ['cochrane-prolotherapy', 'nice-ng59'] },
        { protocol: 'followUp' },
      ],
      avoid: [],
      callIf: [worsePain, fever, wound],
    },
    {
      id: 'weeks-5-8',
      title: 'Semanas 5 a 8',
      normal: [
        {
          text: 'Puede tener más citas. Después de cada una puede tener unos días de dolor.',
          sources: ['rabago-2010', 'cochrane-prolotherapy'],
        },
      ],
      do: [{ text: 'Siga haciendo sus ejercicios.', sources: ['cochrane-prolotherapy', 'nice-ng59'] }],
      avoid: [],
      callIf: [worsePain, fever],
    },
    {
      id: 'months-2-6',
      title: 'Meses 2 a 6',
      normal: [
        { text: 'Los estudios midieron los resultados alrededor de los 6 meses.', sources: ['cochrane-prolotherapy'] },
      ],
      do: [
        {
          text: 'Pregunte en su clínica cómo sabrá si le está funcionando, y revise con ellos si las citas le ayudan.',
          ask: true,
        },
        { text: 'Siga con su plan de ejercicio.', sources: ['nice-ng59'] },
      ],
      avoid: [],
      callIf: [worsePain, fever],
    },
  ],
  complete: {
    title: '6 meses después de su primera cita',
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
        text: 'Pregunte en su clínica si debe evitar los antiinflamatorios no esteroides (NSAIDs, por sus siglas en inglés), como el ibuprofeno o el naproxeno, y por cuánto tiempo. Los planes varían.',
        ask: true,
      },
      set: {
        text: 'Su clínica le pide que no tome antiinflamatorios no esteroides (NSAIDs, por sus siglas en inglés) durante {days} después de cada cita. Estos incluyen el ibuprofeno y el naproxeno. Si un médico le recetó aspirina u otro medicamento para el corazón o la sangre, siga tomándolo a menos que ese médico le diga otra cosa.',
        sources: ['narouze-2018'],
      },
    },
    ice: {
      unset: { text: 'Pregunte en su clínica antes de usar una bolsa de hielo. Los planes varían.', ask: true },
      allowed: { text: 'Su clínica dice que puede usar una bolsa de hielo por ratos cortos si le ayuda.', ask: true },
      avoid: { text: 'No se ponga hielo en la zona de la inyección. Su clínica le pide que lo evite.', ask: true },
    },
    followUp: {
      unset: { text: 'Su clínica le dirá cuándo volver para la siguiente cita.', ask: true },
      set: { text: 'Su clínica planea su siguiente cita alrededor de {weeks} después de la primera.', ask: true },
    },
  },
  milestones: [
    {
      id: 'week-1',
      day: 7,
      summary: 'Una semana desde su cita de proloterapia',
      description:
        'El dolor debería estar bajando. Llame a {clinic} hoy si su dolor de espalda sigue empeorando o si tiene fiebre.',
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
