// Registers <prp-recovery-timeline> (a side-effect module, listed in package.json "sideEffects").
import '../src/components/prp-recovery-timeline/define.js';

import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { fn, userEvent, within } from 'storybook/test';

import type { PrpRecoveryTimeline } from '../src/components/prp-recovery-timeline/recovery-timeline.js';
import type { CalendarDownloadDetail, PhaseToggleDetail } from '../src/components/prp-recovery-timeline/types.js';
import {
  CLINIC_PROPERTIES,
  describeStory as describe,
  expectDarkFrame,
  hideMirrored,
  narrow320,
  rendered,
  renderElement,
  sharedArgTypes,
} from './helpers.js';
import { TIMELINE_ARGS, type TimelineArgs } from './recovery-timeline.args.js';

const TAG = 'prp-recovery-timeline';

/** A story's args (recovery-timeline.args.ts) and the event spies. */
interface TimelineStoryArgs extends TimelineArgs {
  onPrpPhaseToggle?: (event: CustomEvent<PhaseToggleDetail>) => void;
  onPrpCalendarDownload?: (event: CustomEvent<CalendarDownloadDetail>) => void;
}

const hidden = hideMirrored(...CLINIC_PROPERTIES, 'procedureDate', 'nsaidFreeDays', 'followUpWeeks');

const argTypes: Partial<ArgTypes<TimelineStoryArgs>> = {
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
    // Spies: they show the events in the Actions panel.
    onPrpPhaseToggle: fn(),
    onPrpCalendarDownload: fn(),
  },
  render: (args, context) =>
    renderElement(TAG, args, context, {
      'prp-phase-toggle': 'onPrpPhaseToggle',
      'prp-calendar-download': 'onPrpCalendarDownload',
    }),
  // The smoke check of each story (stories/helpers.ts); tests/browser/recovery-timeline.test.ts tests what each
  // one shows.
  play: async ({ canvasElement }) => {
    await rendered(canvasElement, TAG);
  },
} satisfies Meta<TimelineStoryArgs>;

export default meta;
type Story = StoryObj<TimelineStoryArgs>;

const timeline = (canvasElement: HTMLElement) => rendered<PrpRecoveryTimeline>(canvasElement, TAG);

export const Default: Story = {
  args: TIMELINE_ARGS.Default,
  parameters: describe(
    'No `procedure-date`: every stage is shown without dates or status, the first one open, with the "before your injection" steps. This is what a page shows before the clinic fills in a date.',
  ),
};

export const BeforeInjection: Story = {
  args: TIMELINE_ARGS.BeforeInjection,
  parameters: describe(
    'The injection is 5 days away: a countdown, how to prepare, and every stage "coming up" with its dates.',
  ),
};

export const InjectionDay: Story = {
  args: TIMELINE_ARGS.InjectionDay,
  parameters: describe('Today is the injection day (day 0): the first stage is current and open.'),
};

export const Days1To3: Story = {
  args: TIMELINE_ARGS.Days1To3,
  parameters: describe('Day 2 after the injection, when soreness often peaks: "Days 1 to 3" is current.'),
};

export const Days4To7: Story = {
  args: TIMELINE_ARGS.Days4To7,
  parameters: describe('Day 5: "Days 4 to 7" is current. Opening or closing a stage fires `prp-phase-toggle`.'),
  // For the picture: the next stage opened and closed again, its button focused and under the pointer.
  play: async ({ canvasElement }) => {
    const { element, shadow } = await timeline(canvasElement);
    const next = shadow.querySelector<HTMLButtonElement>('#toggle-weeks-2-4')!;
    await userEvent.click(next);
    await element.updateComplete;
    await userEvent.click(next);
    await element.updateComplete;
  },
};

export const Weeks2To4: Story = {
  args: TIMELINE_ARGS.Weeks2To4,
  parameters: describe('Day 15: "Weeks 2 to 4" is current and open; the three earlier stages are marked done.'),
};

export const Weeks5To8: Story = {
  args: TIMELINE_ARGS.Weeks5To8,
  parameters: describe('Day 40: "Weeks 5 to 8" is current.'),
};

export const Months2To6: Story = {
  args: TIMELINE_ARGS.Months2To6,
  parameters: describe('Day 100: "Months 2 to 6", the last stage, is current.'),
};

export const Complete: Story = {
  args: TIMELINE_ARGS.Complete,
  parameters: describe(
    'More than 182 days after the injection: every stage is done and a closing section says what next.',
  ),
};

export const ClinicProtocol: Story = {
  args: TIMELINE_ARGS.ClinicProtocol,
  parameters: describe(
    "A clinic's own protocol replaces the neutral wording: 14 days without NSAIDs, no ice, a follow-up at 6 weeks, its name and phone number, and who reviewed the content. The calendar button fires `prp-calendar-download`; a page can cancel it.",
  ),
  // For the picture: the calendar button pressed (the download cancelled, so no file), focused and under the pointer.
  play: async ({ canvasElement }) => {
    const { element, shadow } = await timeline(canvasElement);
    element.addEventListener('prp-calendar-download', (event) => event.preventDefault(), { once: true });
    await userEvent.click(
      within(shadow as unknown as HTMLElement).getByRole('button', { name: 'Add key dates to my calendar' }),
    );
  },
};

export const Prolotherapy: Story = {
  args: TIMELINE_ARGS.Prolotherapy,
  parameters: describe('`procedure="prolotherapy"`: the same stages with the prolotherapy content (day 15).'),
};

export const Spanish: Story = {
  args: TIMELINE_ARGS.Spanish,
  parameters: describe('`lang="es"`: Spanish content, labels and dates (day 15).'),
};

export const Dark: Story = {
  args: TIMELINE_ARGS.Dark,
  parameters: describe('`theme="dark"` on a dark page (day 15). The Theme toolbar switches every story.'),
  play: async ({ canvasElement }) => {
    await rendered(canvasElement, TAG);
    await expectDarkFrame(canvasElement);
  },
};

export const Narrow320: Story = {
  args: TIMELINE_ARGS.Narrow320,
  ...narrow320,
};

export const HeadingLevel3: Story = {
  args: TIMELINE_ARGS.HeadingLevel3,
  parameters: describe(
    '`heading-level="3"` for a page where the element sits under an h2: the title is an h3 and the stages h4.',
  ),
};

export const ContentOverride: Story = {
  args: TIMELINE_ARGS.ContentOverride,
  parameters: describe(
    'The `content` property replaces `title` and `intro` (any top-level content field can be replaced) and adds a clinic source. A `<script type="application/json">` child works the same way.',
  ),
};

export const BadInput: Story = {
  args: TIMELINE_ARGS.BadInput,
  parameters: describe(
    'Invalid values for several attributes. The element still renders, with the fallbacks (PRP content, no date, level-2 heading, neutral ice and NSAID wording, no phone link), and logs one `console.warn` per bad value, which is expected here.',
  ),
};

/** A UK clinic: the emergency notice calls 999 instead of 911. */
export const EmergencyNumberUK: Story = {
  args: TIMELINE_ARGS.EmergencyNumberUK,
  parameters: describe(
    '`lang="en-GB"`: UK wording and defaults. The emergency notice says "Call 999 or go to A&E now", with a `tel:999` link, and paracetamol and physiotherapy replace the US words. (`emergency-number="999"` on a plain `en` page changes only the number and the place.)',
  ),
};
