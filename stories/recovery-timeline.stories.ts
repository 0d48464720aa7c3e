// Registers <prp-recovery-timeline> (a side-effect module, listed in package.json "sideEffects").
import '../src/components/prp-recovery-timeline/define.js';

import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, type Mock, userEvent, within } from 'storybook/test';

import type { PrpRecoveryTimeline } from '../src/components/prp-recovery-timeline/recovery-timeline.js';
import type { CalendarDownloadDetail, PhaseToggleDetail } from '../src/components/prp-recovery-timeline/types.js';
import { rendered, spyOnWarnings } from './helpers.js';
import {
  CLINIC_PROPERTIES,
  ClinicArgs,
  describeStory as describe,
  expectDark,
  expectFits320,
  hideMirrored,
  narrow320,
  renderElement,
  SharedArgs,
  sharedArgTypes,
} from './helpers.js';

const TAG = 'prp-recovery-timeline';

/**
 * The "today" of every dated story, so the stage shown never depends on the day the stories run.
 * Procedure dates below are counted from it (day 0 = the injection day).
 */
const TODAY = '2026-11-21';

/** Args are the element's attributes (by attribute name), its `content` property and event spies. */
interface TimelineArgs extends SharedArgs, ClinicArgs {
  procedure?: string;
  'procedure-date'?: string;
  today?: string;
  'nsaid-free-days'?: number | string;
  ice?: string;
  'follow-up-weeks'?: number | string;
  content?: PrpRecoveryTimeline['content'];
  onPrpPhaseToggle?: (event: CustomEvent<PhaseToggleDetail>) => void;
  onPrpCalendarDownload?: (event: CustomEvent<CalendarDownloadDetail>) => void;
}

const hidden = hideMirrored(...CLINIC_PROPERTIES, 'procedureDate', 'nsaidFreeDays', 'followUpWeeks');

const argTypes: Partial<ArgTypes<TimelineArgs>> = {
  ...hidden,
  procedure: { control: 'inline-radio', options: ['prp', 'prolotherapy'] },
  'procedure-date': { control: 'text' },
  today: { control: 'text' },
  'nsaid-free-days': { control: { type: 'number', min: 1, max: 90 } },
  ice: { control: 'inline-radio', options: ['allowed', 'avoid'] },
  'follow-up-weeks': { control: { type: 'number', min: 1, max: 52 } },
  'clinic-name': { control: 'text' },
  'clinic-phone': { control: 'text' },
  'emergency-number': { control: 'text' },
  ...sharedArgTypes,
};

const meta = {
  title: 'Elements/Recovery timeline',
  component: TAG,
  argTypes,
  args: {
    // Spies: they show in the Actions panel and let play functions check the events.
    onPrpPhaseToggle: fn(),
    onPrpCalendarDownload: fn(),
  },
  render: (args, context) =>
    renderElement(TAG, args, context, {
      'prp-phase-toggle': 'onPrpPhaseToggle',
      'prp-calendar-download': 'onPrpCalendarDownload',
    }),
} satisfies Meta<TimelineArgs>;

export default meta;
type Story = StoryObj<TimelineArgs>;

const timeline = (canvasElement: HTMLElement) => rendered<PrpRecoveryTimeline>(canvasElement, TAG);

/** Checks the one current stage (`aria-current="step"`): its title, and that it starts open. */
async function expectCurrentStage(canvasElement: HTMLElement, title: string) {
  const { element, shadow } = await timeline(canvasElement);
  const current = shadow.querySelectorAll('li[aria-current="step"]');
  await expect(current).toHaveLength(1);
  const stage = current[0];
  await expect(stage.querySelector('.phase-title')).toHaveTextContent(title);
  const toggle = stage.querySelector('button.toggle')!;
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const panel = shadow.getElementById(toggle.getAttribute('aria-controls')!)!;
  await expect(panel).not.toHaveAttribute('hidden');
  return { element, shadow, stage };
}

const summaryOf = (shadow: ShadowRoot) => shadow.querySelector('[part="summary"]');

export const Default: Story = {
  parameters: describe(
    'No `procedure-date`: every stage is shown without dates or status, the first one open, with the "before your injection" steps. This is what a page shows before the clinic fills in a date.',
  ),
  play: async ({ canvasElement }) => {
    const { shadow } = await timeline(canvasElement);
    const view = within(shadow as unknown as HTMLElement);
    await expect(view.getByRole('heading', { level: 2, name: 'Your recovery after a PRP injection' })).toBeTruthy();
    await expect(view.getByRole('heading', { level: 3, name: 'Before your injection' })).toBeTruthy();
    await expect(shadow.querySelector('[aria-current]')).toBeNull();
    await expect(summaryOf(shadow)).toHaveTextContent('');
    await expect(shadow.querySelectorAll('li.phase')).toHaveLength(6);
  },
};

export const BeforeInjection: Story = {
  args: { today: TODAY, 'procedure-date': '2026-11-26' }, // 5 days ahead
  parameters: describe(
    'The injection is 5 days away: a countdown, how to prepare, and every stage "coming up" with its dates.',
  ),
  play: async ({ canvasElement }) => {
    const { shadow } = await timeline(canvasElement);
    await expect(summaryOf(shadow)).toHaveTextContent('Your injection is in 5 days.');
    await expect(shadow.querySelectorAll('li.phase.upcoming')).toHaveLength(6);
    await expect(shadow.querySelector('.before')).not.toBeNull();
  },
};

export const InjectionDay: Story = {
  args: { today: TODAY, 'procedure-date': TODAY }, // day 0
  parameters: describe('Today is the injection day (day 0): the first stage is current and open.'),
  play: async ({ canvasElement }) => {
    const { shadow } = await expectCurrentStage(canvasElement, 'Injection day');
    await expect(summaryOf(shadow)).toHaveTextContent('Today is your injection day.');
  },
};

export const Days1To3: Story = {
  args: { today: TODAY, 'procedure-date': '2026-11-19' }, // day 2
  parameters: describe('Day 2 after the injection, when soreness often peaks: "Days 1 to 3" is current.'),
  play: async ({ canvasElement }) => {
    const { shadow } = await expectCurrentStage(canvasElement, 'Days 1 to 3');
    await expect(summaryOf(shadow)).toHaveTextContent('Day 2 after your injection.');
    await expect(shadow.querySelectorAll('li.phase.done')).toHaveLength(1);
  },
};

export const Days4To7: Story = {
  args: { today: TODAY, 'procedure-date': '2026-11-16' }, // day 5
  parameters: describe(
    'Day 5: "Days 4 to 7" is current. The play function opens and closes the next stage and checks the `prp-phase-toggle` event.',
  ),
  play: async ({ canvasElement, args }) => {
    const { element, shadow } = await expectCurrentStage(canvasElement, 'Days 4 to 7');
    const spy = args.onPrpPhaseToggle as Mock;
    spy.mockClear();
    const next = shadow.querySelector<HTMLButtonElement>('#toggle-weeks-2-4')!;
    await expect(next).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(next);
    await element.updateComplete;
    await expect(next).toHaveAttribute('aria-expanded', 'true');
    await expect(shadow.getElementById('panel-weeks-2-4')).not.toHaveAttribute('hidden');
    await expect(spy).toHaveBeenCalledTimes(1);
    await expect((spy.mock.calls[0][0] as CustomEvent<PhaseToggleDetail>).detail).toEqual({
      phase: 'weeks-2-4',
      open: true,
    });
    // Close it again, leaving the story as it started.
    await userEvent.click(next);
    await element.updateComplete;
    await expect(next).toHaveAttribute('aria-expanded', 'false');
    await expect((spy.mock.calls[1][0] as CustomEvent<PhaseToggleDetail>).detail).toEqual({
      phase: 'weeks-2-4',
      open: false,
    });
  },
};

export const Weeks2To4: Story = {
  args: { today: TODAY, 'procedure-date': '2026-11-06' }, // day 15
  parameters: describe('Day 15: "Weeks 2 to 4" is current and open; the three earlier stages are marked done.'),
  play: async ({ canvasElement }) => {
    const { shadow, stage } = await expectCurrentStage(canvasElement, 'Weeks 2 to 4');
    await expect(stage).toHaveTextContent('Weeks 2 to 4');
    await expect(summaryOf(shadow)).toHaveTextContent('Day 15 after your injection.');
    await expect(shadow.querySelectorAll('li.phase.done')).toHaveLength(3);
  },
};

export const Weeks5To8: Story = {
  args: { today: TODAY, 'procedure-date': '2026-10-12' }, // day 40
  parameters: describe('Day 40: "Weeks 5 to 8" is current.'),
  play: async ({ canvasElement }) => {
    await expectCurrentStage(canvasElement, 'Weeks 5 to 8');
  },
};

export const Months2To6: Story = {
  args: { today: TODAY, 'procedure-date': '2026-08-13' }, // day 100
  parameters: describe('Day 100: "Months 2 to 6", the last stage, is current.'),
  play: async ({ canvasElement }) => {
    await expectCurrentStage(canvasElement, 'Months 2 to 6');
  },
};

export const Complete: Story = {
  args: { today: TODAY, 'procedure-date': '2026-05-05' }, // day 200
  parameters: describe(
    'More than 182 days after the injection: every stage is done and a closing section says what next.',
  ),
  play: async ({ canvasElement }) => {
    const { shadow } = await timeline(canvasElement);
    await expect(summaryOf(shadow)).toHaveTextContent('It has been more than 6 months since your injection.');
    await expect(shadow.querySelectorAll('li.phase.done')).toHaveLength(6);
    await expect(shadow.querySelector('[aria-current]')).toBeNull();
    const view = within(shadow as unknown as HTMLElement);
    await expect(view.getByRole('heading', { level: 3, name: '6 months after your injection' })).toBeTruthy();
  },
};

export const ClinicProtocol: Story = {
  args: {
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
  parameters: describe(
    "A clinic's own protocol replaces the neutral wording: 14 days without NSAIDs, no ice, a follow-up at 6 weeks, its name and phone number, and who reviewed the content. The play function also checks the calendar download event (cancelled, so no file is saved).",
  ),
  play: async ({ canvasElement, args }) => {
    const { element, shadow, stage } = await expectCurrentStage(canvasElement, 'Days 1 to 3');
    await expect(stage).toHaveTextContent('for 14 days after the injection');
    await expect(stage).toHaveTextContent('Do not put ice on the injection area.');
    await expect(stage).toHaveTextContent('Call Riverside Spine Center today if:');
    await expect(stage.querySelector('a[href="tel:+15415550123"]')).toHaveTextContent('+1 (541) 555-0123');
    await expect(shadow.querySelector('[part="footer"]')).toHaveTextContent(
      'Reviewed by Dr. Ana Ortiz, MD on December 2, 2026.',
    );
    const followUp = element.calendarEvents().find((event) => event.uid.startsWith('follow-up-'));
    await expect(followUp?.summary).toBe('Follow-up visit with Riverside Spine Center');
    await expect(followUp?.date).toEqual({ year: 2026, month: 12, day: 31 }); // 6 weeks after Nov 19

    const spy = args.onPrpCalendarDownload as Mock;
    spy.mockClear();
    element.addEventListener('prp-calendar-download', (event) => event.preventDefault(), { once: true });
    await userEvent.click(
      within(shadow as unknown as HTMLElement).getByRole('button', { name: 'Add key dates to my calendar' }),
    );
    await expect(spy).toHaveBeenCalledTimes(1);
    await expect((spy.mock.calls[0][0] as CustomEvent<CalendarDownloadDetail>).detail).toEqual({
      fileName: 'recovery-dates.ics',
      events: 4,
    });
  },
};

export const Prolotherapy: Story = {
  args: { procedure: 'prolotherapy', today: TODAY, 'procedure-date': '2026-11-06' },
  parameters: describe('`procedure="prolotherapy"`: the same stages with the prolotherapy content (day 15).'),
  play: async ({ canvasElement }) => {
    const { shadow } = await expectCurrentStage(canvasElement, 'Weeks 2 to 4');
    await expect(shadow.querySelector('[part="title"]')).toHaveTextContent('Your recovery after prolotherapy');
  },
};

export const Spanish: Story = {
  args: { lang: 'es', today: TODAY, 'procedure-date': '2026-11-06' },
  parameters: describe('`lang="es"`: Spanish content, labels and dates (day 15).'),
  play: async ({ canvasElement }) => {
    const { shadow } = await expectCurrentStage(canvasElement, 'Semanas 2 a 4');
    await expect(shadow.querySelector('[part="title"]')).toHaveTextContent(
      'Su recuperación después de una inyección de PRP',
    );
    await expect(shadow.querySelector('[part="base"]')).toHaveAttribute('lang', 'es');
    await expect(summaryOf(shadow)).toHaveTextContent('Día 15 después de su inyección.');
  },
};

export const Dark: Story = {
  args: { theme: 'dark', today: TODAY, 'procedure-date': '2026-11-06' },
  parameters: describe('`theme="dark"` on a dark page (day 15). The Theme toolbar switches every story.'),
  play: async ({ canvasElement }) => {
    const { element } = await timeline(canvasElement);
    await expectDark(element, canvasElement);
  },
};

export const Narrow320: Story = {
  args: { today: TODAY, 'procedure-date': '2026-11-06' },
  ...narrow320,
  play: async ({ canvasElement }) => {
    const { element, shadow } = await expectCurrentStage(canvasElement, 'Weeks 2 to 4');
    await expectFits320(element, shadow);
  },
};

export const HeadingLevel3: Story = {
  args: { 'heading-level': 3, today: TODAY, 'procedure-date': '2026-11-06' },
  parameters: describe(
    '`heading-level="3"` for a page where the element sits under an h2: the title is an h3 and the stages h4.',
  ),
  play: async ({ canvasElement }) => {
    const { shadow } = await timeline(canvasElement);
    await expect(shadow.querySelector('[part="title"]')?.localName).toBe('h3');
    const stageHeadings = [...shadow.querySelectorAll('.phase-heading')].map((heading) => heading.localName);
    await expect(new Set(stageHeadings)).toEqual(new Set(['h4']));
  },
};

export const ContentOverride: Story = {
  args: {
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
  parameters: describe(
    'The `content` property replaces `title` and `intro` (any top-level content field can be replaced) and adds a clinic source. A `<script type="application/json">` child works the same way.',
  ),
  play: async ({ canvasElement }) => {
    const { shadow } = await timeline(canvasElement);
    await expect(shadow.querySelector('[part="title"]')).toHaveTextContent('After your PRP injection at Riverside');
    const intro = shadow.querySelectorAll('.intro');
    await expect(intro).toHaveLength(1);
    await expect(intro[0]).toHaveTextContent('This is our own aftercare plan.');
    await expect(shadow.querySelector('[part="sources"]')).toHaveTextContent('PRP aftercare instructions');
  },
};

export const BadInput: Story = {
  args: {
    today: TODAY,
    procedure: 'surgery',
    'procedure-date': '2026-13-45',
    'heading-level': 9,
    ice: 'maybe',
    'nsaid-free-days': 'two weeks',
    'clinic-phone': 'call-us',
  },
  parameters: describe(
    'Invalid values for several attributes. The element still renders, with the fallbacks (PRP content, no date, level-2 heading, neutral ice and NSAID wording, no phone link), and logs one `console.warn` per bad value, which is expected here.',
  ),
  beforeEach: spyOnWarnings,
  play: async ({ canvasElement }) => {
    const { shadow } = await timeline(canvasElement);
    const view = within(shadow as unknown as HTMLElement);
    await expect(view.getByRole('heading', { level: 2, name: 'Your recovery after a PRP injection' })).toBeTruthy();
    await expect(shadow.querySelectorAll('li.phase')).toHaveLength(6);
    await expect(shadow.querySelector('[aria-current]')).toBeNull();
    await expect(shadow.querySelector('.phone a[href^="tel:"]')).toBeNull();
    await expect(shadow.querySelector('#panel-injection-day')).toHaveTextContent(
      'Ask yours before you use an ice pack.',
    );
    for (const attribute of [
      'procedure',
      'procedure-date',
      'heading-level',
      'ice',
      'nsaid-free-days',
      'clinic-phone',
    ]) {
      await expect(console.warn).toHaveBeenCalledWith(expect.stringContaining(`ignored ${attribute}=`));
    }
  },
};

/** A UK clinic: the emergency notice calls 999 instead of 911. */
export const EmergencyNumberUK: Story = {
  args: { lang: 'en-GB', 'clinic-name': 'Riverside Spine (London)' },
  parameters: describe(
    '`lang="en-GB"`: UK wording and defaults. The emergency notice says "Call 999 or go to A&E now", with a `tel:999` link, and paracetamol and physiotherapy replace the US words. (`emergency-number="999"` on a plain `en` page changes only the number and the place.)',
  ),
  play: async ({ canvasElement }) => {
    const { shadow } = await timeline(canvasElement);
    await expect(shadow.querySelector('.care--emergency .care-title a')).toHaveAttribute('href', 'tel:999');
    await expect(shadow.querySelector('.care--emergency .care-title')).toHaveTextContent('Call 999 or go to A&E now');
    await expect(shadow.querySelector('.before')).toHaveTextContent('Paracetamol does not affect platelets');
    await expect(shadow.querySelector('[part="base"]')).not.toHaveTextContent('Tylenol');
  },
};
