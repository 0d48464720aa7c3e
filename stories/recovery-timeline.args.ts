/**
 * Each story's args in recovery-timeline.stories.ts, keyed by story export name. The stories render them and
 * tests/browser/recovery-timeline.test.ts mounts them, so the test follows its story. No Storybook import:
 * the browser tests load this module.
 */
import type { PrpRecoveryTimeline } from '../src/components/prp-recovery-timeline/recovery-timeline.js';
import type { ClinicArgs, SharedArgs } from './helpers.js';

/** What a story sets: the element's attributes (by attribute name) and its `content` property. */
export interface TimelineArgs extends SharedArgs, ClinicArgs {
  procedure?: string;
  'procedure-date'?: string;
  today?: string;
  'nsaid-free-days'?: number | string;
  ice?: string;
  'follow-up-weeks'?: number | string;
  content?: PrpRecoveryTimeline['content'];
}

/**
 * The "today" of every dated story, so the stage shown never depends on the day the stories run.
 * Procedure dates below are counted from it (day 0 = the injection day).
 */
const TODAY = '2026-11-21';

export const TIMELINE_ARGS = {
  Default: {},
  BeforeInjection: { today: TODAY, 'procedure-date': '2026-11-26' }, // 5 days ahead
  InjectionDay: { today: TODAY, 'procedure-date': TODAY }, // day 0
  Days1To3: { today: TODAY, 'procedure-date': '2026-11-19' }, // day 2
  Days4To7: { today: TODAY, 'procedure-date': '2026-11-16' }, // day 5
  Weeks2To4: { today: TODAY, 'procedure-date': '2026-11-06' }, // day 15
  Weeks5To8: { today: TODAY, 'procedure-date': '2026-10-12' }, // day 40
  Months2To6: { today: TODAY, 'procedure-date': '2026-08-13' }, // day 100
  Complete: { today: TODAY, 'procedure-date': '2026-05-05' }, // day 200
  ClinicProtocol: {
    today: TODAY,
    'procedure-date': '2026-11-19', // day 2, when the NSAID and ice advice is shown
    'nsaid-free-days': 14,
    ice: 'avoid',
    'follow-up-weeks': 6,
    'clinic-name': 'Riverside Spine Center',
    'clinic-phone': '+1 (541) 555-0123',
    'reviewed-by': 'Dr. Ana Ortiz, MD',
    'reviewed-on': '2026-12-02',
  },
  Prolotherapy: { procedure: 'prolotherapy', today: TODAY, 'procedure-date': '2026-11-06' },
  Spanish: { lang: 'es', today: TODAY, 'procedure-date': '2026-11-06' },
  Dark: { theme: 'dark', today: TODAY, 'procedure-date': '2026-11-06' },
  Narrow320: { today: TODAY, 'procedure-date': '2026-11-06' },
  HeadingLevel3: { 'heading-level': 3, today: TODAY, 'procedure-date': '2026-11-06' },
  ContentOverride: {
    today: TODAY,
    'procedure-date': '2026-11-06',
    'clinic-name': 'Riverside Spine Center',
    content: {
      title: 'After your PRP injection at Riverside',
      intro: [
        {
          text: 'This is our own aftercare plan. Bring this page to your follow-up visit.',
          sources: ['riverside-aftercare'],
        },
      ],
      sources: [
        {
          id: 'riverside-aftercare',
          title: 'PRP aftercare instructions',
          publisher: 'Riverside Spine Center',
          year: 2026,
          url: 'https://example.org/prp-aftercare',
        },
      ],
    },
  },
  BadInput: {
    today: TODAY,
    procedure: 'surgery',
    'procedure-date': '2026-13-45',
    'heading-level': 9,
    ice: 'maybe',
    'nsaid-free-days': 'two weeks',
    'clinic-phone': 'call-us',
  },
  EmergencyNumberUK: { lang: 'en-GB', 'clinic-name': 'Riverside Spine (London)' },
} satisfies Record<string, TimelineArgs>;
