/**
 * English content of <prp-recovery-timeline>. Facts and sources: docs/evidence.md ("After a PRP
 * injection", "Warning signs"). Protocols vary between clinics, so protocol wording stays neutral unless
 * the clinic sets an attribute. From day 4 on, every stage says to call today if back pain keeps getting
 * worse: after a lumbar injection the injection area is the back, so worsening pain is never "normal".
 */
import type { TimelineBaseContent, TimelineContent } from '../../components/prp-recovery-timeline/types.js';
import { emergencyNotice as emergency, warningSigns } from './warning-signs.js';

const { fever, wound, 'leg-numbness': legNumbness, 'worse-pain': worsePain } = warningSigns;

/** Said wherever the NSAID ban shows, so nobody stops a heart or blood medicine because of it. */
const keepPrescribed =
  'If a doctor prescribed aspirin or another medicine for your heart or blood, keep taking it unless that doctor says otherwise.';

const prp: TimelineContent = {
  title: 'Your recovery after a PRP injection',
  intro: [
    {
      text: 'PRP (platelet-rich plasma) is made from your own blood. It has more platelets, tiny cells in blood, than normal blood does.',
      sources: ['ijced-prp'],
    },
    {
      text: 'If PRP helps you, it works slowly, over weeks to months. It does not help everyone.',
      sources: ['jointandspine-timing', 'dutch-rct-2024'],
    },
    {
      text: 'Clinics give different advice. Always follow the plan your own clinic gives you.',
      sources: ['seattle-prp', 'tios-instructions', 'prp-london-faq'],
    },
  ],
  emergency,
  before: {
    title: 'Before your injection',
    steps: [
      {
        text: 'Ask your clinic when to stop pain pills called NSAIDs, such as ibuprofen or naproxen. Many clinics ask for 3 to 10 days without them.',
        sources: ['seattle-prp', 'prp-london-faq', 'tios-instructions'],
      },
      { text: keepPrescribed, sources: ['narouze-2018'] },
      {
        text: 'Acetaminophen (Tylenol) does not affect platelets the same way, so it is often allowed. Check with your clinic.',
        sources: ['leach-2024'],
      },
      {
        text: 'The injection itself often takes 20 to 60 minutes. Ask your clinic how long to plan for the whole visit.',
        sources: ['sosbones-prp', 'seattle-prp'],
      },
    ],
  },
  phases: [
    {
      id: 'injection-day',
      title: 'Injection day',
      normal: [
        { text: 'The area may be sore, bruised or a little swollen.', sources: ['seattle-prp'] },
        {
          text: 'If numbing medicine is used, a leg can feel numb or heavy for a few hours. Do not drive yourself home.',
          sources: ['alberta-esi-home', 'spencer-epidural'],
        },
      ],
      do: [
        { text: 'Take it easy. Gentle walking around the house is fine.', sources: ['tios-instructions', 'peng-prp'] },
        { protocol: 'ice' },
        { protocol: 'nsaid' },
        { text: 'For pain, ask your clinic if you can take acetaminophen (Tylenol).', sources: ['leach-2024'] },
      ],
      avoid: [{ text: 'Hard exercise and heavy lifting.', sources: ['tios-instructions'] }],
      callIf: [fever, wound, legNumbness],
    },
    {
      id: 'days-1-3',
      title: 'Days 1 to 3',
      normal: [
        {
          text: 'Soreness from the injection is often worst on day 2 or 3. Then it should ease.',
          sources: ['seattle-prp'],
        },
        { text: 'Bruising and some swelling are common.', sources: ['seattle-prp'] },
      ],
      do: [
        { text: 'Keep up gentle daily activity, such as short walks.', sources: ['tios-instructions', 'peng-prp'] },
        { protocol: 'ice' },
        { protocol: 'nsaid' },
      ],
      avoid: [{ text: 'Hard exercise, heavy lifting and sports.', sources: ['tios-instructions'] }],
      callIf: [fever, wound, legNumbness],
    },
    {
      id: 'week-1',
      title: 'Days 4 to 7',
      normal: [
        { text: 'Soreness from the injection should be easing.', sources: ['seattle-prp'] },
        {
          text: 'Your usual back pain may not feel better yet. It can take up to about 4 weeks to improve.',
          sources: ['seattle-prp'],
        },
      ],
      do: [
        { text: 'Slowly go back to your normal daily tasks.', sources: ['tios-instructions', 'peng-prp'] },
        { protocol: 'nsaid' },
      ],
      avoid: [
        {
          text: 'Heavy lifting and hard workouts until your clinic says you can. Some clinics say to wait up to 2 weeks.',
          sources: ['tios-instructions'],
        },
      ],
      callIf: [worsePain, fever, wound, legNumbness],
    },
    {
      id: 'weeks-2-4',
      title: 'Weeks 2 to 4',
      normal: [
        { text: 'Your usual back pain may not improve for up to about 4 weeks.', sources: ['seattle-prp'] },
        { text: 'Some people start to feel better between 2 and 6 weeks.', sources: ['jointandspine-timing'] },
      ],
      do: [
        {
          text: 'Start physical therapy or gentle stretching when your clinic says to. Exercise is part of the treatment.',
          sources: ['peng-prp', 'nice-ng59'],
        },
        { protocol: 'nsaid' },
      ],
      avoid: [],
      callIf: [worsePain, fever, wound],
    },
    {
      id: 'weeks-5-8',
      title: 'Weeks 5 to 8',
      normal: [
        { text: 'Some people feel better by about 6 weeks.', sources: ['peng-prp', 'jointandspine-timing'] },
        {
          text: 'PRP does not help everyone. Studies of PRP for back pain have mixed results.',
          sources: ['dutch-rct-2024', 'tuakli-2016', 'chang-park-2021'],
        },
      ],
      do: [
        { protocol: 'followUp' },
        { text: 'If you are no better at your 6 to 8 week check-up, ask your clinic about other options.', ask: true },
        { text: 'Keep doing your exercises.', sources: ['peng-prp', 'nice-ng59'] },
      ],
      avoid: [],
      callIf: [worsePain, fever],
    },
    {
      id: 'months-2-6',
      title: 'Months 2 to 6',
      normal: [
        {
          text: 'One clinic says that if PRP helps, the full effect can take 3 to 6 months.',
          sources: ['savemed-prp'],
        },
      ],
      do: [
        { text: 'Keep up your exercise or physical therapy plan.', sources: ['nice-ng59', 'peng-prp'] },
        { text: 'Go to your check-ups. Ask your clinic how they will judge whether PRP worked for you.', ask: true },
      ],
      avoid: [],
      callIf: [worsePain, fever],
    },
  ],
  complete: {
    title: '6 months after your injection',
    body: [
      {
        text: 'One clinic says that if PRP helps, most of the benefit shows within 3 to 6 months.',
        sources: ['savemed-prp'],
      },
      {
        text: 'If your pain has not improved, ask your clinic about other options. A regular exercise plan is the main treatment for long-term back pain.',
        sources: ['nice-ng59'],
      },
    ],
  },
  protocol: {
    nsaid: {
      unset: {
        text: `Ask your clinic how long to avoid NSAIDs, such as ibuprofen or naproxen. Many clinics say 1 to 3 weeks after the injection. ${keepPrescribed}`,
        sources: ['prp-london-faq', 'peng-prp', 'tios-instructions', 'narouze-2018'],
      },
      set: {
        text: `Do not take NSAIDs, such as ibuprofen or naproxen, for {days} after the injection, as your clinic asks. ${keepPrescribed}`,
        sources: ['leach-2024', 'narouze-2018'],
      },
    },
    ice: {
      unset: {
        text: 'Clinics give different advice about ice. Ask yours before you use an ice pack.',
        sources: ['seattle-prp', 'tios-instructions'],
      },
      allowed: {
        text: 'You may use an ice pack for about 20 minutes at a time, up to 3 times a day, in the first 2 days.',
        sources: ['seattle-prp'],
      },
      avoid: {
        text: 'Do not put ice on the injection area. Your clinic asks you to avoid it.',
        sources: ['tios-instructions'],
      },
    },
    followUp: {
      unset: {
        text: 'Your clinic may check how PRP is working at about 6 to 8 weeks. Ask when your check-up is.',
        sources: ['savemed-prp'],
      },
      set: {
        text: 'Your follow-up visit is about {weeks} after the injection.',
        sources: ['savemed-prp'],
      },
    },
  },
  milestones: [
    {
      id: 'week-1',
      day: 7,
      summary: 'One week since your PRP injection',
      description:
        'Soreness from the injection should be easing. Call {clinic} today if your back pain keeps getting worse or you have a fever.',
    },
    {
      id: 'week-4',
      day: 28,
      summary: 'Four weeks since your PRP injection',
      description:
        'Your usual back pain may not have improved yet. Keep up your exercises. Call {clinic} today if it keeps getting worse.',
    },
    {
      id: 'follow-up',
      day: 42,
      summary: 'Check in with {clinic} about your PRP injection',
      description: 'Your clinic may check how PRP is working at about 6 to 8 weeks.',
    },
    {
      id: 'month-6',
      day: 182,
      summary: 'Six months since your PRP injection',
      description: 'Talk with {clinic} about how you are doing and about other options if PRP has not helped.',
    },
  ],
};

export const strings: TimelineBaseContent['strings'] = {
  phasesLabel: 'Recovery stages',
  statusDone: 'Done',
  statusNow: 'Now',
  statusUpcoming: 'Coming up',
  dayAfter: 'Day {day} after your injection',
  injectionDay: 'Today is your injection day',
  countdown: 'Your injection is {when}.',
  completeSummary: 'It has been more than 6 months since your injection.',
  dateRange: '{start} to {end}',
  normalHeading: 'What is normal',
  doHeading: 'What to do',
  avoidHeading: 'What to avoid',
  callHeading: 'Call {clinic} today if:',
  showAll: 'Show all stages',
  hideAll: 'Hide all stages',
  download: 'Add key dates to my calendar',
  downloaded: 'Calendar file {file} made. Open it from your downloads to add the dates.',
  downloadNote: 'Saves a calendar file (.ics) made on this device. Nothing is sent anywhere.',
  fileName: 'recovery-dates',
  followUpEvent: 'Follow-up visit with {clinic}',
};

/** What the element always needs in this language: its labels and the PRP content. */
export const recoveryTimelineBase: TimelineBaseContent = { strings, prp };
