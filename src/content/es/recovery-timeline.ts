/**
 * Spanish content of <prp-recovery-timeline>. It mirrors the English file
 * (src/content/en/recovery-timeline.ts) key for key: same ids, day numbers, sources and protocol
 * items. Facts and sources: shared/research/health-content.md (B2 "After a PRP injection",
 * B3 prolotherapy, B1 red flags). Protocols vary between clinics, so protocol wording stays neutral
 * unless the clinic sets an attribute. Plain Latin-American Spanish, formal "usted".
 */
import type { TimelineContent, TimelineLocaleContent } from '../../components/prp-recovery-timeline/types.js';

const infection = {
  text: 'Tiene fiebre o escalofríos, o la zona de la inyección se pone más roja, caliente, hinchada o adolorida, o le sale líquido.',
  sources: ['seattle-prp', 'peng-prp'],
};
const emergency = {
  text: 'Llame al 911 o vaya a la sala de emergencias ahora mismo si no puede controlar la orina o las heces, o si se le ponen débiles o adormecidas las dos piernas.',
  sources: ['nhs-back-pain'],
};

const prp: TimelineContent = {
  title: 'Su recuperación después de una inyección de PRP',
  intro: [
    {
      text: 'El plasma rico en plaquetas (PRP) se hace con su propia sangre. La curación después de la inyección es lenta. Cada etapa de abajo le dice qué es normal, qué hacer y cuándo llamar.',
      sources: ['seattle-prp', 'savemed-prp'],
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
        text: 'No deje de tomar aspirina ni un anticoagulante (medicina para diluir la sangre) que le recetó un médico, a menos que ese médico se lo indique.',
        sources: ['leach-2024', 'seattle-prp'],
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
      normal: [
        {
          text: 'La zona puede estar adolorida, rígida o con moretones.',
          sources: ['seattle-prp', 'peng-prp'],
        },
      ],
      do: [
        {
          text: 'Descanse. Está bien caminar despacio dentro de la casa.',
          sources: ['tios-instructions', 'peng-prp'],
        },
        { protocol: 'ice' },
        { protocol: 'nsaid' },
      ],
      avoid: [{ text: 'Ejercicio fuerte y levantar cosas pesadas.', sources: ['tios-instructions'] }],
      callIf: [infection],
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
      callIf: [infection],
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
          text: 'Levantar cosas pesadas y hacer ejercicio fuerte hasta que su clínica le diga que puede. Muchas clínicas dicen que hay que esperar de 3 días a 2 semanas.',
          sources: ['tios-instructions'],
        },
      ],
      callIf: [
        {
          text: 'El dolor en la zona de la inyección empeora en vez de mejorar.',
          sources: ['seattle-prp', 'peng-prp'],
        },
        infection,
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
          text: 'Algunas personas empiezan a notar un cambio entre las 2 y las 6 semanas.',
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
          text: 'Muchas personas notan algún cambio alrededor de las 6 semanas.',
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
      ],
    },
    {
      id: 'months-2-6',
      title: 'Meses 2 a 6',
      normal: [{ text: 'El efecto completo puede tardar de 3 a 6 meses.', sources: ['savemed-prp'] }],
      do: [
        {
          text: 'Siga con su plan de ejercicio o de terapia física.',
          sources: ['nice-ng59', 'peng-prp'],
        },
        {
          text: 'Cuéntele a su clínica cómo se siente, para que juntos planeen el siguiente paso.',
          sources: ['savemed-prp'],
        },
      ],
      avoid: [],
      callIf: [
        {
          text: 'Su dolor no ha mejorado y quiere hablar de otras opciones.',
          sources: ['nice-ng59'],
        },
      ],
    },
  ],
  complete: {
    title: 'Terminó su periodo de recuperación de 6 meses',
    body: [
      {
        text: 'La mayor parte del beneficio que pueda dar el PRP aparece dentro de 3 a 6 meses.',
        sources: ['savemed-prp'],
      },
      {
        text: 'Si su dolor no ha mejorado, pregunte en su clínica por otras opciones. El tratamiento principal para el dolor de espalda de larga duración se basa en el ejercicio.',
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
        text: 'No tome antiinflamatorios (AINE), como ibuprofeno o naproxeno, durante {days} días después de la inyección. Pueden hacer que las plaquetas funcionen peor.',
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
        text: 'Su clínica revisará cómo sigue. Muchas clínicas evalúan el resultado alrededor de las 6 a 8 semanas.',
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
      description: 'Muchas clínicas evalúan el resultado alrededor de las 6 a 8 semanas.',
    },
    {
      id: 'month-6',
      day: 182,
      summary: 'Seis meses desde su inyección de PRP',
      description: 'El efecto completo puede tardar de 3 a 6 meses. Hable con {clinic} sobre cómo se siente.',
    },
  ],
};

const prolotherapy: TimelineContent = {
  title: 'Su recuperación después de la proloterapia',
  intro: [
    {
      text: 'La proloterapia usa inyecciones de una solución de azúcar (dextrosa). Por lo general se da en varias citas, con unas semanas entre una y otra. Los días se cuentan desde su primera cita.',
      sources: ['rabago-2010'],
    },
    {
      text: 'Cada clínica da consejos diferentes. Siga siempre el plan que le dé su propia clínica.',
      sources: ['rabago-2010'],
    },
  ],
  emergency,
  before: {
    title: 'Antes de su primera cita',
    steps: [
      { protocol: 'nsaid' },
      {
        text: 'No deje de tomar aspirina ni un anticoagulante (medicina para diluir la sangre) que le recetó un médico, a menos que ese médico se lo indique.',
        sources: ['leach-2024'],
      },
      {
        text: 'Pregunte cuántas citas planea su clínica y cuánto tiempo habrá entre ellas.',
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
          text: 'Las inyecciones causan a propósito una irritación corta. Es común tener más dolor y rigidez por un tiempo corto.',
          sources: ['rabago-2010', 'cochrane-prolotherapy'],
        },
      ],
      do: [
        { text: 'Descanse el resto del día.', sources: ['rabago-2010'] },
        { protocol: 'ice' },
        { protocol: 'nsaid' },
      ],
      avoid: [{ text: 'Ejercicio fuerte y levantar cosas pesadas.', sources: ['rabago-2010'] }],
      callIf: [infection],
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
      do: [
        { text: 'Siga con actividades suaves todos los días, como caminatas cortas.', sources: ['rabago-2010'] },
        { protocol: 'ice' },
        { protocol: 'nsaid' },
      ],
      avoid: [{ text: 'Ejercicio fuerte y levantar cosas pesadas.', sources: ['rabago-2010'] }],
      callIf: [infection],
    },
    {
      id: 'week-1',
      title: 'Días 4 a 7',
      normal: [
        { text: 'El dolor en la zona de la inyección debería estar bajando.', sources: ['cochrane-prolotherapy'] },
      ],
      do: [
        { text: 'Vuelva poco a poco a sus tareas normales de todos los días.', sources: ['rabago-2010'] },
        { protocol: 'nsaid' },
      ],
      avoid: [],
      callIf: [
        {
          text: 'El dolor en la zona de la inyección empeora en vez de mejorar.',
          sources: ['cochrane-prolotherapy'],
        },
        infection,
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
        {
          text: 'En los estudios, la proloterapia sola no funcionó mejor que otras inyecciones. Puede ayudar más como parte de un plan con ejercicio.',
          sources: ['cochrane-prolotherapy'],
        },
      ],
      do: [{ text: 'Siga haciendo sus ejercicios.', sources: ['cochrane-prolotherapy', 'nice-ng59'] }],
      avoid: [],
      callIf: [
        {
          text: 'Su dolor es mucho peor que antes de la primera cita.',
          sources: ['cochrane-prolotherapy'],
        },
      ],
    },
    {
      id: 'months-2-6',
      title: 'Meses 2 a 6',
      normal: [
        {
          text: 'Los estudios revisaron los resultados alrededor de los 6 meses.',
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
      ],
    },
  ],
  complete: {
    title: 'Terminó su periodo de recuperación de 6 meses',
    body: [
      {
        text: 'Si su dolor no ha mejorado, pregunte en su clínica por otras opciones. El tratamiento principal para el dolor de espalda de larga duración se basa en el ejercicio.',
        sources: ['nice-ng59', 'cochrane-prolotherapy'],
      },
    ],
  },
  protocol: {
    nsaid: {
      unset: {
        text: 'Pregunte en su clínica si debe evitar los antiinflamatorios (AINE), como ibuprofeno o naproxeno. La proloterapia funciona causando a propósito una irritación corta.',
        sources: ['rabago-2010'],
      },
      set: {
        text: 'No tome antiinflamatorios (AINE), como ibuprofeno o naproxeno, durante {days} días después de cada cita.',
        sources: ['rabago-2010'],
      },
    },
    ice: {
      unset: { text: 'Pregunte en su clínica antes de usar una bolsa de hielo.', sources: ['rabago-2010'] },
      allowed: { text: 'Puede usar una bolsa de hielo por ratos cortos si le ayuda.', sources: ['rabago-2010'] },
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

export const recoveryTimeline: TimelineLocaleContent = {
  strings: {
    phasesLabel: 'Etapas de la recuperación',
    statusDone: 'Ya pasó',
    statusNow: 'Ahora',
    statusUpcoming: 'Más adelante',
    dayAfter: 'Día {day} después de su inyección',
    injectionDay: 'Hoy es el día de su inyección',
    countdown: 'Su inyección es {when}.',
    completeSummary: 'Han pasado más de 6 meses desde su inyección.',
    dateRange: '{start} a {end}',
    normalHeading: 'Qué es normal',
    doHeading: 'Qué hacer',
    avoidHeading: 'Qué evitar',
    callHeading: 'Llame a {clinic} si:',
    yourClinic: 'su clínica',
    phoneLabel: 'Teléfono de {clinic}:',
    showAll: 'Mostrar todas las etapas',
    hideAll: 'Ocultar todas las etapas',
    download: 'Agregar las fechas importantes a mi calendario',
    downloadNote: 'Guarda un archivo de calendario (.ics) creado en este dispositivo. No se envía nada a ningún lugar.',
    fileName: 'fechas-recuperacion',
    followUpEvent: 'Cita de seguimiento con {clinic}',
  },
  procedures: { prp, prolotherapy },
};
