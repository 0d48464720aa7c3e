/**
 * Spanish content of <prp-recovery-timeline>. It mirrors the English file
 * (src/content/en/recovery-timeline.ts) key for key: same ids, day numbers, sources and protocol
 * items. Facts and sources: shared/research/health-content.md (B2 "After a PRP injection",
 * B3 prolotherapy, B1 red flags). Protocols vary between clinics, so protocol wording stays neutral
 * unless the clinic sets an attribute. Plain Latin-American Spanish, formal "usted".
 */
import type { TimelineBaseContent, TimelineContent } from '../../components/prp-recovery-timeline/types.js';
import { emergencyNotice as emergency, redFlags } from './red-flags.js';

const { infection, lateWarning, legNumbness } = redFlags;

const prp: TimelineContent = {
  title: 'Su recuperación después de una inyección de PRP',
  intro: [
    {
      text: 'El plasma rico en plaquetas (PRP) se hace con su propia sangre. Tiene más plaquetas (células muy pequeñas de la sangre) que la sangre normal.',
      sources: ['ijced-prp'],
    },
    {
      text: 'Si el PRP le ayuda, lo hace despacio, a lo largo de semanas o meses. No les ayuda a todas las personas.',
      sources: ['seattle-prp', 'savemed-prp', 'dutch-rct-2024'],
    },
    {
      text: 'Cada clínica da consejos diferentes. Siga siempre el plan que le dé su propia clínica.',
      sources: ['seattle-prp', 'tios-instructions', 'prp-london-faq'],
    },
  ],
  emergency,
  before: {
    title: 'Antes de su inyección',
    steps: [
      {
        text: 'Pregunte en su clínica cuándo dejar las pastillas para el dolor llamadas antiinflamatorios (AINE), como ibuprofeno o naproxeno. Muchas clínicas piden de 3 a 10 días sin tomarlas.',
        sources: ['seattle-prp', 'prp-london-faq', 'tios-instructions'],
      },
      {
        text: 'La aspirina afecta las plaquetas por unos 7 a 10 días. Si un médico le recetó aspirina o un anticoagulante (medicina para diluir la sangre), no deje de tomar esa medicina por su cuenta. Pregúntele a ese médico y a su clínica qué debe hacer.',
        sources: ['leach-2024'],
      },
      {
        text: 'El acetaminofén (Tylenol) no afecta las plaquetas de la misma manera, por eso muchas veces se permite. Consulte con su clínica.',
        sources: ['leach-2024'],
      },
      {
        text: 'Calcule que la cita durará de 20 a 60 minutos, más o menos.',
        sources: ['sosbones-prp', 'seattle-prp'],
      },
    ],
  },
  phases: [
    {
      id: 'injection-day',
      title: 'Día de la inyección',
      normal: [{ text: 'La zona puede estar adolorida, con moretones o un poco hinchada.', sources: ['seattle-prp'] }],
      do: [
        {
          text: 'Tómelo con calma. Está bien caminar despacio dentro de la casa.',
          sources: ['tios-instructions', 'peng-prp'],
        },
        { protocol: 'ice' },
        { protocol: 'nsaid' },
        { text: 'Para el dolor, pregunte en su clínica si puede tomar acetaminofén (Tylenol).', sources: ['leach-2024'] },
      ],
      avoid: [{ text: 'Ejercicio fuerte y levantar cosas pesadas.', sources: ['tios-instructions'] }],
      callIf: [infection, legNumbness],
    },
    {
      id: 'days-1-3',
      title: 'Días 1 a 3',
      normal: [
        {
          text: 'El dolor en la zona de la inyección suele ser peor el día 2 o 3. Puede durar de 3 a 10 días.',
          sources: ['seattle-prp'],
        },
        { text: 'Es común tener moretones y algo de hinchazón.', sources: ['seattle-prp'] },
      ],
      do: [
        {
          text: 'Siga con actividades suaves todos los días, como caminatas cortas.',
          sources: ['tios-instructions', 'peng-prp'],
        },
        { protocol: 'ice' },
        { protocol: 'nsaid' },
      ],
      avoid: [{ text: 'Ejercicio fuerte, levantar cosas pesadas y hacer deportes.', sources: ['tios-instructions'] }],
      callIf: [infection, legNumbness],
    },
    {
      id: 'week-1',
      title: 'Días 4 a 7',
      normal: [
        { text: 'El dolor en la zona de la inyección debería bajar poco a poco.', sources: ['seattle-prp'] },
        { text: 'Es normal si su dolor de espalda todavía no mejora.', sources: ['seattle-prp'] },
      ],
      do: [
        {
          text: 'Vuelva poco a poco a sus tareas normales de todos los días.',
          sources: ['tios-instructions', 'peng-prp'],
        },
        { protocol: 'nsaid' },
      ],
      avoid: [
        {
          text: 'Levantar cosas pesadas y hacer ejercicio fuerte hasta que su clínica le diga que puede. Algunas clínicas dicen que hay que esperar hasta 2 semanas.',
          sources: ['tios-instructions'],
        },
      ],
      callIf: [
        {
          text: 'El dolor en la zona de la inyección empeora en vez de mejorar.',
          sources: ['seattle-prp', 'peng-prp'],
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
          text: 'Es normal no sentirse mejor, o incluso sentirse un poco peor, hasta por unas 4 semanas.',
          sources: ['seattle-prp'],
        },
        {
          text: 'Algunas personas empiezan a sentirse mejor entre las 2 y las 6 semanas.',
          sources: ['jointandspine-timing'],
        },
      ],
      do: [
        {
          text: 'Empiece la terapia física o estiramientos suaves cuando su clínica se lo indique. El ejercicio es parte del tratamiento.',
          sources: ['peng-prp', 'nice-ng59'],
        },
        { protocol: 'nsaid' },
      ],
      avoid: [],
      callIf: [
        {
          text: 'Su dolor es mucho peor que antes de la inyección.',
          sources: ['seattle-prp', 'peng-prp'],
        },
        infection,
      ],
    },
    {
      id: 'weeks-5-8',
      title: 'Semanas 5 a 8',
      normal: [
        {
          text: 'Algunas personas ya se sienten mejor alrededor de las 6 semanas.',
          sources: ['peng-prp', 'jointandspine-timing'],
        },
        {
          text: 'El PRP no les ayuda a todas las personas. Los estudios del PRP para el dolor de espalda tienen resultados mixtos.',
          sources: ['dutch-rct-2024', 'chang-park-2021'],
        },
      ],
      do: [
        { protocol: 'followUp' },
        { text: 'Siga haciendo sus ejercicios.', sources: ['peng-prp', 'nice-ng59'] },
      ],
      avoid: [],
      callIf: [
        {
          text: 'Su dolor es mucho peor que antes de la inyección.',
          sources: ['seattle-prp', 'peng-prp'],
        },
        lateWarning,
      ],
    },
    {
      id: 'months-2-6',
      title: 'Meses 2 a 6',
      normal: [{ text: 'Si el PRP le ayuda, el efecto completo puede tardar de 3 a 6 meses.', sources: ['savemed-prp'] }],
      do: [
        {
          text: 'Siga con su plan de ejercicio o de terapia física.',
          sources: ['nice-ng59', 'peng-prp'],
        },
        {
          text: 'Vaya a sus citas de seguimiento. Su clínica puede ver qué tan bien le funcionó el PRP.',
          sources: ['savemed-prp'],
        },
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
        text: 'Si el PRP ayuda, la mayor parte del beneficio aparece en los primeros 3 a 6 meses.',
        sources: ['savemed-prp'],
      },
      {
        text: 'Si su dolor no ha mejorado, pregunte en su clínica por otras opciones. Un plan regular de ejercicio es el tratamiento principal para el dolor de espalda de larga duración.',
        sources: ['nice-ng59'],
      },
    ],
  },
  protocol: {
    nsaid: {
      unset: {
        text: 'Pregunte en su clínica por cuánto tiempo debe evitar los antiinflamatorios (AINE), como ibuprofeno o naproxeno. Muchas clínicas dicen de 1 a 3 semanas después de la inyección.',
        sources: ['prp-london-faq', 'peng-prp', 'tios-instructions'],
      },
      set: {
        text: 'No tome antiinflamatorios (AINE), como ibuprofeno o naproxeno, durante {days} días después de la inyección, como le pide su clínica. Para el dolor, pregunte por el acetaminofén (Tylenol).',
        sources: ['leach-2024'],
      },
    },
    ice: {
      unset: {
        text: 'Cada clínica da consejos diferentes sobre el hielo. Pregunte en la suya antes de usar una bolsa de hielo.',
        sources: ['seattle-prp', 'tios-instructions'],
      },
      allowed: {
        text: 'Puede usar una bolsa de hielo por unos 20 minutos cada vez, hasta 3 veces al día, durante los primeros 2 días.',
        sources: ['seattle-prp'],
      },
      avoid: {
        text: 'No se ponga hielo en la zona de la inyección. Su clínica le pide que lo evite.',
        sources: ['tios-instructions'],
      },
    },
    followUp: {
      unset: {
        text: 'Es posible que su clínica revise cómo funciona el PRP alrededor de las 6 a 8 semanas. Pregunte cuándo es su cita de seguimiento.',
        sources: ['savemed-prp'],
      },
      set: {
        text: 'Su cita de seguimiento es unas {weeks} semanas después de la inyección.',
        sources: ['savemed-prp'],
      },
    },
  },
  milestones: [
    {
      id: 'week-1',
      day: 7,
      summary: 'Una semana desde su inyección de PRP',
      description:
        'El dolor en la zona de la inyección debería estar bajando. Llame a {clinic} si empeora o si tiene fiebre.',
    },
    {
      id: 'week-4',
      day: 28,
      summary: 'Cuatro semanas desde su inyección de PRP',
      description: 'Todavía puede ser normal no sentirse mejor. Siga haciendo sus ejercicios.',
    },
    {
      id: 'follow-up',
      day: 42,
      summary: 'Consulte con {clinic} sobre su inyección de PRP',
      description: 'Es posible que su clínica revise cómo funciona el PRP alrededor de las 6 a 8 semanas.',
    },
    {
      id: 'month-6',
      day: 182,
      summary: 'Seis meses desde su inyección de PRP',
      description: 'Si el PRP le ayuda, el efecto completo puede tardar de 3 a 6 meses. Hable con {clinic} sobre cómo se siente.',
    },
  ],
};


export const strings: TimelineBaseContent['strings'] = {
  phasesLabel: 'Etapas de la recuperación',
  statusDone: 'Ya pasó',
  statusNow: 'Ahora',
  statusUpcoming: 'Más adelante',
  dayAfter: 'Día {day} después de su inyección',
  injectionDay: 'Hoy es el día de su inyección',
  countdown: 'Su inyección será {when}.',
  completeSummary: 'Han pasado más de 6 meses desde su inyección.',
  dateRange: '{start} a {end}',
  normalHeading: 'Qué es normal',
  doHeading: 'Qué hacer',
  avoidHeading: 'Qué evitar',
  callHeading: 'Llame a {clinic} si:',
  showAll: 'Mostrar todas las etapas',
  hideAll: 'Ocultar todas las etapas',
  download: 'Agregar las fechas importantes a mi calendario',
  downloadNote: 'Guarda un archivo de calendario (.ics) creado en este dispositivo. No se envía nada a ningún lugar.',
  fileName: 'fechas-recuperacion',
  followUpEvent: 'Cita de seguimiento con {clinic}',
};

/** What the element always needs in this language: its labels and the PRP content. */
export const recoveryTimelineBase: TimelineBaseContent = { strings, prp };

