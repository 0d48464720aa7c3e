/**
 * English content of <prp-recovery-timeline>. Facts and sources: shared/research/health-content.md
 * (B2 "After a PRP injection", B3 prolotherapy, B1 red flags). Protocols vary between clinics, so
 * protocol wording stays neutral unless the clinic sets an attribute.
 */
import type { TimelineBaseContent, TimelineContent } from '../../components/prp-recovery-timeline/types.js';
import { emergencyNotice as emergency, redFlags } from './red-flags.js';

const { infection, lateWarning, legNumbness } = redFlags;

const prp: TimelineContent = {
  title: 'Your recovery after a PRP injection',
  intro: [
    {
      text: 'PRP (platelet-rich plasma) is made from your own blood. It has more platelets, tiny cells in blood, than normal blood does.',
      sources: ['ijced-prp'],
    },
    {
      text: 'If PRP helps you, it works slowly, over weeks to months. It does not help everyone.',
      sources: ['seattle-prp', 'savemed-prp', 'dutch-rct-2024'],
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
      {
        text: 'Aspirin affects platelets for about 7 to 10 days. If a doctor prescribed aspirin or a blood thinner for you, do not stop it on your own. Ask that doctor and your clinic what to do.',
        sources: ['leach-2024'],
      },
      {
        text: 'Acetaminophen (Tylenol) does not affect platelets the same way, so it is often allowed. Check with your clinic.',
        sources: ['leach-2024'],
      },
      {
        text: 'Plan for the visit to take about 20 to 60 minutes.',
        sources: ['sosbones-prp', 'seattle-prp'],
      },
    ],
  },
  phases: [
    {
      id: 'injection-day',
      title: 'Injection day',
      normal: [{ text: 'The area may be sore, bruised or a little swollen.', sources: ['seattle-prp'] }],
      do: [
        { text: 'Take it easy. Gentle walking around the house is fine.', sources: ['tios-instructions', 'peng-prp'] },
        { protocol: 'ice' },
        { protocol: 'nsaid' },
        { text: 'For pain, ask your clinic if you can take acetaminophen (Tylenol).', sources: ['leach-2024'] },
      ],
      avoid: [{ text: 'Hard exercise and heavy lifting.', sources: ['tios-instructions'] }],
      callIf: [infection, legNumbness],
    },
    {
      id: 'days-1-3',
      title: 'Days 1 to 3',
      normal: [
        { text: 'Soreness is often worst on day 2 or 3. It can last 3 to 10 days.', sources: ['seattle-prp'] },
        { text: 'Bruising and some swelling are common.', sources: ['seattle-prp'] },
      ],
      do: [
        { text: 'Keep up gentle daily activity, such as short walks.', sources: ['tios-instructions', 'peng-prp'] },
        { protocol: 'ice' },
        { protocol: 'nsaid' },
      ],
      avoid: [{ text: 'Hard exercise, heavy lifting and sports.', sources: ['tios-instructions'] }],
      callIf: [infection, legNumbness],
    },
    {
      id: 'week-1',
      title: 'Days 4 to 7',
      normal: [
        { text: 'Soreness should slowly ease.', sources: ['seattle-prp'] },
        { text: 'It is normal if your back pain does not feel better yet.', sources: ['seattle-prp'] },
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
      callIf: [
        { text: 'The soreness gets worse instead of better.', sources: ['seattle-prp', 'peng-prp'] },
        infection,
        legNumbness,
      ],
    },
    {
      id: 'weeks-2-4',
      title: 'Weeks 2 to 4',
      normal: [
        {
          text: 'It is normal to feel no better, or even a bit worse, for up to about 4 weeks.',
          sources: ['seattle-prp'],
        },
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
      callIf: [
        { text: 'Your pain is much worse than it was before the injection.', sources: ['seattle-prp', 'peng-prp'] },
        infection,
      ],
    },
    {
      id: 'weeks-5-8',
      title: 'Weeks 5 to 8',
      normal: [
        { text: 'Some people feel better by about 6 weeks.', sources: ['peng-prp', 'jointandspine-timing'] },
        {
          text: 'PRP does not help everyone. Studies of PRP for back pain have mixed results.',
          sources: ['dutch-rct-2024', 'chang-park-2021'],
        },
      ],
      do: [
        { protocol: 'followUp' },
        { text: 'Keep doing your exercises.', sources: ['peng-prp', 'nice-ng59'] },
      ],
      avoid: [],
      callIf: [
        { text: 'Your pain is much worse than it was before the injection.', sources: ['seattle-prp', 'peng-prp'] },
        lateWarning,
      ],
    },
    {
      id: 'months-2-6',
      title: 'Months 2 to 6',
      normal: [{ text: 'If PRP helps you, the full effect can take 3 to 6 months.', sources: ['savemed-prp'] }],
      do: [
        { text: 'Keep up your exercise or physical therapy plan.', sources: ['nice-ng59', 'peng-prp'] },
        { text: 'Go to your check-ups. Your clinic can look at how well PRP worked for you.', sources: ['savemed-prp'] },
      ],
      avoid: [],
      callIf: [
        { text: 'Your pain is not better and you want to talk about other options.', sources: ['nice-ng59'] },
        lateWarning,
      ],
    },
  ],
  complete: {
    title: 'Your 6-month recovery window is over',
    body: [
      { text: 'If PRP helps, most of the benefit shows up within 3 to 6 months.', sources: ['savemed-prp'] },
      {
        text: 'If your pain has not improved, ask your clinic about other options. A regular exercise plan is the main treatment for long-term back pain.',
        sources: ['nice-ng59'],
      },
    ],
  },
  protocol: {
    nsaid: {
      unset: {
        text: 'Ask your clinic how long to avoid NSAIDs, such as ibuprofen or naproxen. Many clinics say 1 to 3 weeks after the injection.',
        sources: ['prp-london-faq', 'peng-prp', 'tios-instructions'],
      },
      set: {
        text: 'Do not take NSAIDs, such as ibuprofen or naproxen, for {days} days after the injection, as your clinic asks. For pain, ask about acetaminophen (Tylenol).',
        sources: ['leach-2024'],
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
        text: 'Your follow-up visit is about {weeks} weeks after the injection.',
        sources: ['savemed-prp'],
      },
    },
  },
  milestones: [
    {
      id: 'week-1',
      day: 7,
      summary: 'One week since your PRP injection',
      description: 'Soreness should be easing. Call {clinic} if it is getting worse or you have a fever.',
    },
    {
      id: 'week-4',
      day: 28,
      summary: 'Four weeks since your PRP injection',
      description: 'Feeling no better yet can still be normal. Keep up your exercises.',
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
      description: 'If PRP helps you, the full effect can take 3 to 6 months. Talk with {clinic} about how you are doing.',
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
  callHeading: 'Call {clinic} if:',
  showAll: 'Show all stages',
  hideAll: 'Hide all stages',
  download: 'Add key dates to my calendar',
  downloadNote: 'Saves a calendar file (.ics) made on this device. Nothing is sent anywhere.',
  fileName: 'recovery-dates',
  followUpEvent: 'Follow-up visit with {clinic}',
};

/** What the element always needs in this language: its labels and the PRP content. */
export const recoveryTimelineBase: TimelineBaseContent = { strings, prp };

