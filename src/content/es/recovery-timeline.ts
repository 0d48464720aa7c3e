/**
 * Spanish content of <prp-recovery-timeline>. It mirrors the English file
 * (src/content/en/recovery-timeline.ts) key for key: same ids, day numbers, sources and protocol items.
 * Facts and sources: docs/evidence.md ("After a PRP injection", "Warning signs"). Protocols vary between
 * clinics, so protocol wording stays neutral unless the clinic sets an attribute. From day 4 on, every
 * stage says to call today if back pain keeps getting worse: worsening pain is never called "normal".
 * Plain Latin-American Spanish, formal "usted".
 */
import type { TimelineBaseContent, TimelineContent } from '../../components/prp-recovery-timeline/types.js';
import { emergencyNotice as emergency, warningSigns } from './warning-signs.js';

const { fever, wound, 'leg-numbness': legNumbness, 'worse-pain': worsePain } = warningSigns;

/** Said wherever the NSAID ban shows, so nobody stops a heart or blood medicine because of it. */
const keepPrescribed =
  'Si un médico le recetó aspirina u otro medicamento para el corazón o la sangre, siga tomándolo a menos que ese médico le diga otra cosa.';

const prp: TimelineContent = {
  title: 'Su recuperación después de una inyección de PRP',
  intro: [
    {
      text: 'El PRP (plasma rico en plaquetas) se hace con su propia sangre. Tiene más plaquetas, unas células muy pequeñas de la sangre, que la sangre normal.',
      sources: ['ijced-prp'],
    },
    {
      text: 'Si el PRP le ayuda, lo hace despacio, a lo largo de semanas o meses. No les ayuda a todas las personas.',
      sources: ['jointandspine-timing', 'dutch-rct-2024'],
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
        text: 'Pregunte en su clínica cuándo dejar los antiinflamatorios no esteroides (NSAIDs, por sus siglas en inglés), como el ibuprofeno o el naproxeno. Muchas clínicas piden de 3 a 10 días sin tomarlos.',
        sources: ['seattle-prp', 'prp-london-faq', 'tios-instructions'],
      },
      { text: keepPrescribed, sources: ['narouze-2018'] },
      {
        text: 'El acetaminofén (Tylenol) no afecta las plaquetas de la misma manera, por eso muchas veces se permite. Consulte con su clínica.',
        sources: ['leach-2024'],
      },
      {
        text: 'La inyección en sí muchas veces dura de 20 a 60 minutos. Pregunte en su clínica cuánto tiempo debe calcular para toda la cita.',
        sources: ['sosbones-prp', 'seattle-prp'],
      },
    ],
  },
  phases: [
    {
      id: 'injection-day',
      title: 'Día de la inyección',
      normal: [
        { text: 'La zona puede estar adolorida, con moretones o un poco hinchada.', sources: ['seattle-prp'] },
        {
          text: 'Si le ponen medicina para adormecer, una pierna puede sentirse dormida o pesada por unas horas. No maneje usted de regreso a casa.',
          sources: ['alberta-esi-home', 'spencer-epidural'],
        },
      ],
      do: [
        {
          text: 'Tómelo con calma. Está bien caminar despacio dentro de la casa.',
          sources: ['tios-instructions', 'peng-prp'],
        },
        { protocol: 'ice' },
        { protocol: 'nsaid' },
        {
          text: 'Para el dolor, pregunte en su clínica si puede tomar acetaminofén (Tylenol).',
          sources: ['leach-2024'],
        },
      ],
      avoid: [{ text: 'Ejercicio fuerte y levantar cosas pesadas.', sources: ['tios-instructions'] }],
      callIf: [fever, wound, legNumbness],
    },
    {
      id: 'days-1-3',
      title: 'Días 1 a 3',
      normal: [
        {
          text: 'El dolor por la inyección muchas veces es peor el día 2 o 3. Después debería bajar.',
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
      callIf: [fever, wound, legNumbness],
    },
    {
      id: 'week-1',
      title: 'Días 4 a 7',
      normal: [
        { text: 'El dolor por la inyección debería estar bajando.', sources: ['seattle-prp'] },
        {
          text: 'Puede que su dolor de espalda habitual todavía no se sienta mejor. Puede tardar hasta aproximadamente 4 semanas en mejorar.',
          sources: ['seattle-prp'],
        },
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
      callIf: [worsePain, fever, wound, legNumbness],
    },
    {
      id: 'weeks-2-4',
      title: 'Semanas 2 a 4',
      normal: [
        {
          text: 'Puede que su dolor de espalda habitual no mejore hasta por aproximadamente 4 semanas.',
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
      callIf: [worsePain, fever, wound],
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
          text: 'El PRP no les ayuda a todas las personas. Los estudios del PRP para el dolor de espalda no coinciden en sus resultados.',
          sources: ['dutch-rct-2024', 'tuakli-2016', 'chang-park-2021'],
        },
      ],
      do: [
        { protocol: 'followUp' },
        {
          text: 'Si no está mejor en su cita de seguimiento de las 6 a 8 semanas, pregunte en su clínica por otras opciones.',
          ask: true,
        },
        { text: 'Siga haciendo sus ejercicios.', sources: ['peng-prp', 'nice-ng59'] },
      ],
      avoid: [],
      callIf: [worsePain, fever],
    },
    {
      id: 'months-2-6',
      title: 'Meses 2 a 6',
      normal: [
        {
          text: 'Una clínica dice que, si el PRP ayuda, el efecto completo puede tardar de 3 a 6 meses.',
          sources: ['savemed-prp'],
        },
      ],
      do: [
        { text: 'Siga con su plan de ejercicio o de terapia física.', sources: ['nice-ng59', 'peng-prp'] },
        {
          text: 'Vaya a sus citas de seguimiento. Pregunte en su clínica cómo van a saber si el PRP le funcionó.',
          ask: true,
        },
      ],
      avoid: [],
      callIf: [worsePain, fever],
    },
  ],
  complete: {
    title: '6 meses después de su inyección',
    body: [
      {
        text: 'Una clínica dice que, si el PRP ayuda, la mayor parte del beneficio se nota en los primeros 3 a 6 meses.',
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
        text: `Pregunte en su clínica por cuánto tiempo debe evitar los NSAIDs, como el ibuprofeno o el naproxeno. Muchas clínicas dicen de 1 a 3 semanas después de la inyección. ${keepPrescribed}`,
        sources: ['prp-london-faq', 'peng-prp', 'tios-instructions', 'narouze-2018'],
      },
      set: {
        text: `No tome NSAIDs, como el ibuprofeno o el naproxeno, durante {days} después de la inyección, como le pide su clínica. ${keepPrescribed}`,
        sources: ['leach-2024', 'narouze-2018'],
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
        text: 'Su cita de seguimiento es alrededor de {weeks} después de la inyección.',
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
        'El dolor por la inyección debería estar bajando. Llame a {clinic} hoy si su dolor de espalda sigue empeorando o si tiene fiebre.',
    },
    {
      id: 'week-4',
      day: 28,
      summary: 'Cuatro semanas desde su inyección de PRP',
      description:
        'Puede que su dolor de espalda habitual todavía no haya mejorado. Siga haciendo sus ejercicios. Llame a {clinic} hoy si sigue empeorando.',
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
      description: 'Hable con {clinic} sobre cómo se siente, y sobre otras opciones si el PRP no le ha ayudado.',
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
  dateRange: 'del {start} al {end}',
  normalHeading: 'Qué es normal',
  doHeading: 'Qué hacer',
  avoidHeading: 'Qué evitar',
  callHeading: 'Llame a {clinic} hoy si:',
  showAll: 'Mostrar todas las etapas',
  hideAll: 'Ocultar todas las etapas',
  download: 'Agregar las fechas importantes a mi calendario',
  downloaded: 'Se creó el archivo de calendario {file}. Ábralo desde sus descargas para agregar las fechas.',
  downloadNote: 'Guarda un archivo de calendario (.ics) creado en este dispositivo. No se envía nada a ningún lugar.',
  fileName: 'fechas-recuperacion',
  followUpEvent: 'Cita de seguimiento con {clinic}',
};

/** What the element always needs in this language: its labels and the PRP content. */
export const recoveryTimelineBase: TimelineBaseContent = { strings, prp };
