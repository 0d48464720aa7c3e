// Registers <prp-doctor-checklist> (a side-effect module, listed in package.json "sideEffects").
import '../src/components/prp-doctor-checklist/define.js';

import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { fn, userEvent } from 'storybook/test';

import type { PrpDoctorChecklist } from '../src/components/prp-doctor-checklist/doctor-checklist.js';
import type { ChecklistChangeDetail } from '../src/components/prp-doctor-checklist/types.js';
import { CHECKLIST_ARGS, type ChecklistArgs } from './doctor-checklist.args.js';
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

const TAG = 'prp-doctor-checklist';

/** A story's args (doctor-checklist.args.ts) and the event spy. */
interface ChecklistStoryArgs extends ChecklistArgs {
  onPrpChecklistChange?: (event: CustomEvent<ChecklistChangeDetail>) => void;
}

const hidden = hideMirrored(...CLINIC_PROPERTIES);

const argTypes: Partial<ArgTypes<ChecklistStoryArgs>> = {
  ...hidden,
  context: { control: 'inline-radio', options: ['after-injection', 'back-pain', 'before-treatment'] },
  mode: { control: 'inline-radio', options: ['checklist', 'cards'] },
  'clinic-name': { control: 'text' },
  'clinic-phone': { control: 'text' },
  'emergency-number': { control: 'text' },
  ...sharedArgTypes,
};

const meta = {
  title: 'Elements/Doctor checklist',
  component: TAG,
  argTypes,
  args: {
    // A spy: it shows the event in the Actions panel.
    onPrpChecklistChange: fn(),
  },
  render: (args, context) => renderElement(TAG, args, context, { 'prp-checklist-change': 'onPrpChecklistChange' }),
  // The smoke check of each story (stories/helpers.ts); tests/browser/doctor-checklist.test.ts tests what each one
  // shows.
  play: async ({ canvasElement }) => {
    await rendered(canvasElement, TAG);
  },
} satisfies Meta<ChecklistStoryArgs>;

export default meta;
type Story = StoryObj<ChecklistStoryArgs>;

const checklist = (canvasElement: HTMLElement) => rendered<PrpDoctorChecklist>(canvasElement, TAG);

/** Ticks the sign with item id `id` by clicking its checkbox, and waits for the element to update. */
async function tick(element: PrpDoctorChecklist, shadow: ShadowRoot, id: string) {
  const input = shadow.querySelector<HTMLInputElement>(`input#check-${id}`);
  if (!input) throw new Error(`no checkbox #check-${id}`);
  await userEvent.click(input);
  await element.updateComplete;
}

export const AfterInjectionChecklist: Story = {
  args: CHECKLIST_ARGS.AfterInjectionChecklist,
  parameters: describe(
    'The default: warning signs after an injection, in three cards read in order of urgency (emergency, urgent, routine), each sign a checkbox, and a "What to do now" box at the end.',
  ),
};

export const AfterInjectionCards: Story = {
  args: CHECKLIST_ARGS.AfterInjectionCards,
  parameters: describe(
    '`mode="cards"`: the same after-injection signs as three cards to read, with no checkboxes and no result box.',
  ),
};

export const BackPainChecklist: Story = {
  args: CHECKLIST_ARGS.BackPainChecklist,
  parameters: describe('`context="back-pain"`: red flags for back pain in general, as a checklist.'),
};

export const BackPainCards: Story = {
  args: CHECKLIST_ARGS.BackPainCards,
  parameters: describe('`context="back-pain"` in `mode="cards"`: the back-pain red flags as cards to read.'),
};

export const BeforeTreatmentChecklist: Story = {
  args: CHECKLIST_ARGS.BeforeTreatmentChecklist,
  parameters: describe(
    '`context="before-treatment"`: one list, "Tell your clinic at least 2 weeks before your injection if:" (blood thinners, NSAIDs, steroids, infection, a weak immune system, past cancer), with no emergency or urgent levels. Ticking gives "tell your clinic before your injection", never "today".',
  ),
  // For the picture and the accessibility checks: a sign ticked and its result.
  play: async ({ canvasElement }) => {
    const { element, shadow } = await checklist(canvasElement);
    await tick(element, shadow, 'blood-thinner');
  },
};

export const BeforeTreatmentCards: Story = {
  args: CHECKLIST_ARGS.BeforeTreatmentCards,
  parameters: describe('`context="before-treatment"` in `mode="cards"`: the same list to read.'),
};

export const ResultNone: Story = {
  args: CHECKLIST_ARGS.ResultNone,
  parameters: describe(
    'Nothing ticked: the result box says so, and both live regions stay empty until the reader changes something.',
  ),
};

export const ResultRoutine: Story = {
  args: CHECKLIST_ARGS.ResultRoutine,
  parameters: describe(
    'One routine sign ticked ("Soreness ... lasts more than 10 days"): tell the clinic at the next visit or call them, announced politely in the status region.',
  ),
  // For the picture and the accessibility checks: the routine result.
  play: async ({ canvasElement }) => {
    const { element, shadow } = await checklist(canvasElement);
    await tick(element, shadow, 'lasting-soreness');
  },
};

export const ResultUrgent: Story = {
  args: CHECKLIST_ARGS.ResultUrgent,
  parameters: describe(
    'An urgent sign ticked (fever), with a clinic name and phone: the result says to call the clinic today and gives its number as a `tel:` link.',
  ),
  // For the picture and the accessibility checks: the urgent result.
  play: async ({ canvasElement }) => {
    const { element, shadow } = await checklist(canvasElement);
    await tick(element, shadow, 'fever');
  },
};

export const ResultEmergency: Story = {
  args: CHECKLIST_ARGS.ResultEmergency,
  parameters: describe(
    'An urgent and an emergency sign ticked: the most urgent wins, so the result says to call 911 now, announced assertively. The play function leaves the boxes ticked so the accessibility checks and the picture see the emergency result.',
  ),
  // For the picture and the accessibility checks: the emergency result, the boxes left ticked.
  play: async ({ canvasElement }) => {
    const { element, shadow } = await checklist(canvasElement);
    await tick(element, shadow, 'fever');
    await tick(element, shadow, 'leg-weakness');
  },
};

export const Spanish: Story = {
  args: CHECKLIST_ARGS.Spanish,
  parameters: describe(
    '`lang="es"`: Spanish content and labels. The play function ticks an emergency sign, then clears it with the reset button.',
  ),
  // For the picture and the accessibility checks: an emergency sign ticked, then every tick cleared.
  play: async ({ canvasElement }) => {
    const { element, shadow } = await checklist(canvasElement);
    await tick(element, shadow, 'leg-weakness');
    await userEvent.click(shadow.querySelector<HTMLButtonElement>('[part="reset"]')!);
    await element.updateComplete;
  },
};

export const Dark: Story = {
  args: CHECKLIST_ARGS.Dark,
  parameters: describe('`theme="dark"` on a dark page. The Theme toolbar switches every story.'),
  play: async ({ canvasElement }) => {
    await checklist(canvasElement);
    await expectDarkFrame(canvasElement);
  },
};

export const Narrow320: Story = {
  ...narrow320,
  args: CHECKLIST_ARGS.Narrow320,
};

export const ClinicSettings: Story = {
  args: CHECKLIST_ARGS.ClinicSettings,
  parameters: describe(
    "A clinic's settings: its name and phone number in the urgent card, the local emergency number in the emergency card (999, so the place is A&E), and who reviewed the content.",
  ),
};

export const UnitedKingdom: Story = {
  args: CHECKLIST_ARGS.UnitedKingdom,
  parameters: describe(
    '`lang="en-GB"`: UK wording and defaults. The emergency card says "Call 999 or go to A&E now", the urgent card "Ask for an urgent GP appointment or call 111", and the routine card "See a GP within 1 to 2 weeks".',
  ),
};

export const BadInput: Story = {
  args: CHECKLIST_ARGS.BadInput,
  parameters: describe(
    'Invalid values for several attributes. The element still renders, with the fallbacks (after-injection content as a checklist, 911, no clinic phone link), and logs one `console.warn` per bad value, which is expected here.',
  ),
};
