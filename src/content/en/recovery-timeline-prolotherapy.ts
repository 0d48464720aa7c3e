/**
 * English content of <prp-recovery-timeline> for prolotherapy, in its own module so pages about PRP never
 * download it (the element loads it when `procedure="prolotherapy"`). Sources as in ./recovery-timeline.ts.
 */
import type { TimelineContent } from '../../components/prp-recovery-timeline/types.js';
import { emergencyNotice as emergency, warningSigns } from './warning-signs.js';

const { fever, wound, 'leg-numbness': legNumbness, 'worse-pain': worsePain } = warningSigns;

export const prolotherapy: TimelineContent = {
  title: 'Your recovery after prolotherapy',
  intro: [
    {
      text: 'Prolotherapy is a series of injections into the tough bands (ligaments and tendons) in your back. The injections are often a sugar solution (dextrose).',
      sources: ['rabago-2010'],
    },
    {
      text: 'The number of visits and the time between them vary. Day counts start from your first visit.',
      sources: ['rabago-2010'],
    },
    {
      text: 'In studies, prolotherapy alone worked no better than dummy injections. Some studies that added exercise and other care found a benefit, but it is not clear that prolotherapy caused it.',
      sources: ['cochrane-prolotherapy'],
    },
  ],
  emergency,
  before: {
    title: 'Before your first visit',
    steps: [
      { protocol: 'nsaid' },
      { text: 'Ask how many visits your clinic plans, and how far apart. Plans vary.', sources: ['rabago-2010'] },
    ],
  },
  phases: [
    {
      id: 'injection-day',
      title: 'Injection day',
      normal: [
        {
          text: 'Extra pain and stiffness for a short time are common after the injections.',
          sources: ['cochrane-prolotherapy'],
        },
        {
          text: 'If numbing medicine is used, a leg can feel numb or heavy for a few hours. Do not drive yourself home.',
          sources: ['alberta-esi-home', 'spencer-epidural'],
        },
      ],
      do: [
        { text: 'Ask your clinic how active you can be in the first few days.', ask: true },
        { protocol: 'ice' },
        { protocol: 'nsaid' },
      ],
      avoid: [],
      callIf: [fever, wound, legNumbness],
    },
    {
      id: 'days-1-3',
      title: 'Days 1 to 3',
      normal: [
        { text: 'Soreness and stiffness are common and should not last long.', sources: ['cochrane-prolotherapy'] },
      ],
      do: [{ protocol: 'ice' }, { protocol: 'nsaid' }],
      avoid: [],
      callIf: [fever, wound, legNumbness],
    },
    {
      id: 'week-1',
      title: 'Days 4 to 7',
      normal: [{ text: 'Soreness from the injections should be easing.', sources: ['cochrane-prolotherapy'] }],
      do: [{ protocol: 'nsaid' }],
      avoid: [],
      callIf: [worsePain, fever, wound, legNumbness],
    },
    {
      id: 'weeks-2-4',
      title: 'Weeks 2 to 4',
      normal: [{ text: 'Your next visit is often a few weeks after the first. Plans vary.', sources: ['rabago-2010'] }],
      do: [
        { text: 'Keep up the exercises your clinic gives you.', sources: ['cochrane-prolotherapy', 'nice-ng59'] },
        { protocol: 'followUp' },
      ],
      avoid: [],
      callIf: [worsePain, fever, wound],
    },
    {
      id: 'weeks-5-8',
      title: 'Weeks 5 to 8',
      normal: [
        {
          text: 'More visits may follow. Each one can bring a few days of soreness.',
          sources: ['rabago-2010', 'cochrane-prolotherapy'],
        },
      ],
      do: [{ text: 'Keep doing your exercises.', sources: ['cochrane-prolotherapy', 'nice-ng59'] }],
      avoid: [],
      callIf: [worsePain, fever],
    },
    {
      id: 'months-2-6',
      title: 'Months 2 to 6',
      normal: [{ text: 'Studies measured results at about 6 months.', sources: ['cochrane-prolotherapy'] }],
      do: [
        {
          text: 'Ask your clinic how you will know if it is working, and review with them whether the visits help.',
          ask: true,
        },
        { text: 'Keep up your exercise plan.', sources: ['nice-ng59'] },
      ],
      avoid: [],
      callIf: [worsePain, fever],
    },
  ],
  complete: {
    title: '6 months after your first visit',
    body: [
      {
        text: 'If your pain has not improved, ask your clinic about other options. A regular exercise plan is the main treatment for long-term back pain.',
        sources: ['nice-ng59', 'cochrane-prolotherapy'],
      },
    ],
  },
  protocol: {
    nsaid: {
      unset: {
        text: 'Ask your clinic whether to avoid NSAIDs, such as ibuprofen or naproxen, and for how long. Plans vary.',
        ask: true,
      },
      set: {
        text: 'Do not take NSAIDs, such as ibuprofen or naproxen, for {days} after each visit, as your clinic asks. If a doctor prescribed aspirin or another medicine for your heart or blood, keep taking it unless that doctor says otherwise.',
        sources: ['narouze-2018'],
      },
    },
    ice: {
      unset: { text: 'Ask your clinic before you use an ice pack. Plans vary.', ask: true },
      allowed: { text: 'Your clinic says you may use an ice pack for short periods if it helps.', ask: true },
      avoid: { text: 'Do not put ice on the injection area. Your clinic asks you to avoid it.', ask: true },
    },
    followUp: {
      unset: { text: 'Your clinic will tell you when to come back for the next visit.', ask: true },
      set: { text: 'Your clinic plans your next visit about {weeks} after the first one.', ask: true },
    },
  },
  milestones: [
    {
      id: 'week-1',
      day: 7,
      summary: 'One week since your prolotherapy visit',
      description:
        'Soreness should be easing. Call {clinic} today if your back pain keeps getting worse or you have a fever.',
    },
    {
      id: 'follow-up',
      day: 28,
      summary: 'Ask {clinic} about your next prolotherapy visit',
      description: 'Prolotherapy is usually a series of visits a few weeks apart.',
    },
    {
      id: 'month-6',
      day: 182,
      summary: 'Six months since your first prolotherapy visit',
      description: 'Talk with {clinic} about whether the treatment is helping.',
    },
  ],
};
