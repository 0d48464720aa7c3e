// Registers <prp-doctor-checklist> (a side-effect module, listed in package.json "sideEffects").
import '../src/components/prp-doctor-checklist/define.js';

import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, type Mock, userEvent } from 'storybook/test';

import type { PrpDoctorChecklist } from '../src/components/prp-doctor-checklist/doctor-checklist.js';
import type { ChecklistChangeDetail } from '../src/components/prp-doctor-checklist/types.js';
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

const TAG = 'prp-doctor-checklist';

/** Args are the element's attributes (by attribute name), its `content` property and event spies. */
interface ChecklistArgs extends SharedArgs, ClinicArgs {
  context?: string;
  mode?: string;
  content?: PrpDoctorChecklist['content'];
  onPrpChecklistChange?: (event: CustomEvent<ChecklistChangeDetail>) => void;
}

const hidden = hideMirrored(...CLINIC_PROPERTIES);

const argTypes: Partial<ArgTypes<ChecklistArgs>> = {
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
    // A spy: it shows in the Actions panel and lets play functions check the event.
    onPrpChecklistChange: fn(),
  },
  render: (args, context) => renderElement(TAG, args, context, { 'prp-checklist-change': 'onPrpChecklistChange' }),
} satisfies Meta<ChecklistArgs>;

export default meta;
type Story = StoryObj<ChecklistArgs>;

const checklist = (canvasElement: HTMLElement) => rendered<PrpDoctorChecklist>(canvasElement, TAG);

const LEVELS = ['emergency', 'urgent', 'routine'] as const;

const resultOf = (shadow: ShadowRoot) => shadow.querySelector<HTMLElement>('.result');
const statusOf = (shadow: ShadowRoot) => shadow.querySelector('[role="status"]');
const alertOf = (shadow: ShadowRoot) => shadow.querySelector('[role="alert"]');

/**
 * Checklist mode: the title, three care fieldsets in order of urgency with checkboxes, and the result box
 * (whose own `care care--<level>` classes are why the cards are counted as fieldsets here).
 */
async function expectChecklist(canvasElement: HTMLElement, title: string) {
  const { element, shadow } = await checklist(canvasElement);
  await expect(shadow.querySelector('[part="title"]')).toHaveTextContent(title);
  const cards = [...shadow.querySelectorAll('fieldset.care')];
  await expect(cards.map((card) => card.className)).toEqual(LEVELS.map((level) => `care care--${level}`));
  for (const card of cards) await expect(card.querySelectorAll('input[type="checkbox"]').length).toBeGreaterThan(0);
  await expect(resultOf(shadow)).not.toBeNull();
  return { element, shadow };
}

/** Cards mode: the title, three care sections in order of urgency, and nothing to tick. */
async function expectCards(canvasElement: HTMLElement, title: string) {
  const { element, shadow } = await checklist(canvasElement);
  await expect(shadow.querySelector('[part="title"]')).toHaveTextContent(title);
  const cards = [...shadow.querySelectorAll('.care')];
  await expect(cards).toHaveLength(3);
  await expect(cards.map((card) => card.localName)).toEqual(['div', 'div', 'div']);
  for (const [index, level] of LEVELS.entries()) await expect(cards[index]).toHaveClass(`care--${level}`);
  await expect(shadow.querySelectorAll('input[type="checkbox"]')).toHaveLength(0);
  await expect(resultOf(shadow)).toBeNull();
  await expect(shadow.querySelector('[part="reset"]')).toBeNull();
  return { element, shadow };
}

/** Ticks the sign with item id `id` by clicking its checkbox, and waits for the element to update. */
async function tick(element: PrpDoctorChecklist, shadow: ShadowRoot, id: string) {
  const input = shadow.querySelector<HTMLInputElement>(`input#check-${id}`);
  if (!input) throw new Error(`no checkbox #check-${id}`);
  await userEvent.click(input);
  await element.updateComplete;
  await expect(input).toBeChecked();
}

export const AfterInjectionChecklist: Story = {
  args: { context: 'after-injection', mode: 'checklist' },
  parameters: describe(
    'The default: warning signs after an injection, in three cards read in order of urgency (emergency, urgent, routine), each sign a checkbox, and a "What to do now" box at the end.',
  ),
  play: async ({ canvasElement }) => {
    const { shadow } = await expectChecklist(canvasElement, 'When to get help after your injection');
    await expect(shadow.querySelector('.help')).toHaveTextContent('Tick any sign you have now.');
    await expect(shadow.querySelector('input#check-fever')).not.toBeNull();
    await expect(shadow.querySelector('input#check-lasting-soreness')).not.toBeNull();
  },
};

export const AfterInjectionCards: Story = {
  args: { context: 'after-injection', mode: 'cards' },
  parameters: describe(
    '`mode="cards"`: the same after-injection signs as three cards to read, with no checkboxes and no result box.',
  ),
  play: async ({ canvasElement }) => {
    const { shadow } = await expectCards(canvasElement, 'When to get help after your injection');
    await expect(shadow.querySelector('.care--urgent')).toHaveTextContent('You have a fever.');
  },
};

export const BackPainChecklist: Story = {
  args: { context: 'back-pain', mode: 'checklist' },
  parameters: describe('`context="back-pain"`: red flags for back pain in general, as a checklist.'),
  play: async ({ canvasElement }) => {
    const { shadow } = await expectChecklist(canvasElement, 'When to get help for back pain');
    await expect(shadow.querySelector('.care--emergency input#check-accident')).not.toBeNull();
    await expect(shadow.querySelector('.care--urgent input#check-weight-loss')).not.toBeNull();
  },
};

export const BackPainCards: Story = {
  args: { context: 'back-pain', mode: 'cards' },
  parameters: describe('`context="back-pain"` in `mode="cards"`: the back-pain red flags as cards to read.'),
  play: async ({ canvasElement }) => {
    const { shadow } = await expectCards(canvasElement, 'When to get help for back pain');
    await expect(shadow.querySelector('.care--emergency')).toHaveTextContent('serious accident');
  },
};

export const BeforeTreatmentChecklist: Story = {
  args: { context: 'before-treatment', mode: 'checklist' },
  parameters: describe(
    '`context="before-treatment"`: one list, "Tell your clinic at least 2 weeks before your injection if:" (blood thinners, NSAIDs, steroids, infection, a weak immune system, past cancer), with no emergency or urgent levels. Ticking gives "tell your clinic before your injection", never "today".',
  ),
  play: async ({ canvasElement }) => {
    const { element, shadow } = await checklist(canvasElement);
    await expect(shadow.querySelector('[part="title"]')).toHaveTextContent(
      'What to tell your clinic before your injection',
    );
    await expect([...shadow.querySelectorAll('fieldset.care')].map((card) => card.getAttribute('part'))).toEqual([
      'card card-tell',
    ]);
    await expect(shadow.querySelector('.care-title')).toHaveTextContent(
      'Tell your clinic at least 2 weeks before your injection if:',
    );
    await tick(element, shadow, 'blood-thinner');
    await expect(resultOf(shadow)!.querySelector('.result-level')).toHaveTextContent(
      'Tell your clinic before your injection',
    );
    await expect(resultOf(shadow)).not.toHaveTextContent('today');
  },
};

export const BeforeTreatmentCards: Story = {
  args: { context: 'before-treatment', mode: 'cards' },
  parameters: describe('`context="before-treatment"` in `mode="cards"`: the same list to read.'),
  play: async ({ canvasElement }) => {
    const { shadow } = await checklist(canvasElement);
    await expect(shadow.querySelectorAll('div.care')).toHaveLength(1);
    await expect(shadow.querySelector('div.care')).toHaveTextContent('ibuprofen or naproxen');
    await expect(shadow.querySelectorAll('input[type="checkbox"]')).toHaveLength(0);
  },
};

export const ResultNone: Story = {
  args: { mode: 'checklist' },
  parameters: describe(
    'Nothing ticked: the result box says so, and both live regions stay empty until the reader changes something.',
  ),
  play: async ({ canvasElement }) => {
    const { shadow } = await expectChecklist(canvasElement, 'When to get help after your injection');
    const result = resultOf(shadow)!;
    await expect(result).toHaveClass('result', 'result--none');
    await expect(result).not.toHaveClass('care');
    await expect(result.querySelector('.result-level')).toHaveTextContent('Nothing ticked');
    await expect(result.querySelector('.result-text')).toHaveTextContent(
      'If something else worries you, call your clinic.',
    );
    await expect(shadow.querySelectorAll('input[type="checkbox"]:checked')).toHaveLength(0);
    await expect(statusOf(shadow)).toHaveTextContent('');
    await expect(alertOf(shadow)).toHaveTextContent('');
  },
};

export const ResultRoutine: Story = {
  args: { mode: 'checklist' },
  parameters: describe(
    'One routine sign ticked ("Soreness ... lasts more than 10 days"): tell the clinic at the next visit or call them, announced politely in the status region.',
  ),
  play: async ({ canvasElement }) => {
    const { element, shadow } = await expectChecklist(canvasElement, 'When to get help after your injection');
    await tick(element, shadow, 'lasting-soreness');
    const result = resultOf(shadow)!;
    await expect(result).toHaveClass('result', 'result--routine');
    await expect(result.querySelector('.result-level')).toHaveTextContent('Not urgent: tell your clinic');
    await expect(statusOf(shadow)).toHaveTextContent('Not urgent: tell your clinic.');
    await expect(alertOf(shadow)).toHaveTextContent('');
  },
};

export const ResultUrgent: Story = {
  args: { mode: 'checklist', 'clinic-name': 'Riverside Spine Center', 'clinic-phone': '+1 (541) 555-0123' },
  parameters: describe(
    'An urgent sign ticked (fever), with a clinic name and phone: the result says to call the clinic today and gives its number as a `tel:` link.',
  ),
  play: async ({ canvasElement, args }) => {
    const { element, shadow } = await expectChecklist(canvasElement, 'When to get help after your injection');
    const spy = args.onPrpChecklistChange as Mock;
    spy.mockClear();
    await tick(element, shadow, 'fever');
    const result = resultOf(shadow)!;
    await expect(result).toHaveClass('result', 'result--urgent');
    await expect(result.querySelector('.result-level')).toHaveTextContent('Urgent: call Riverside Spine Center today');
    await expect(result.querySelector('a[href="tel:+15415550123"]')).toHaveTextContent('+1 (541) 555-0123');
    await expect(statusOf(shadow)).toHaveTextContent('Urgent: call Riverside Spine Center today.');
    await expect(alertOf(shadow)).toHaveTextContent('');
    await expect(spy).toHaveBeenCalledTimes(1);
    await expect((spy.mock.calls[0][0] as CustomEvent<ChecklistChangeDetail>).detail).toEqual({
      level: 'urgent',
      checked: ['fever'],
    });
  },
};

export const ResultEmergency: Story = {
  args: { mode: 'checklist' },
  parameters: describe(
    'An urgent and an emergency sign ticked: the most urgent wins, so the result says to call 911 now, announced assertively. The play function checks the `prp-checklist-change` events, and leaves the boxes ticked so the accessibility check sees the emergency result.',
  ),
  play: async ({ canvasElement, args }) => {
    const { element, shadow } = await expectChecklist(canvasElement, 'When to get help after your injection');
    const spy = args.onPrpChecklistChange as Mock;
    spy.mockClear();
    await tick(element, shadow, 'fever');
    await tick(element, shadow, 'leg-weakness');
    const result = resultOf(shadow)!;
    await expect(result).toHaveClass('result', 'result--emergency');
    await expect(result.querySelector('.result-level')).toHaveTextContent('Emergency: call 911 now');
    await expect(result.querySelector('a[href="tel:911"]')).toHaveTextContent('911');
    await expect(alertOf(shadow)).toHaveTextContent('Emergency: call 911 now.');
    await expect(statusOf(shadow)).toHaveTextContent('');
    await expect(spy).toHaveBeenCalledTimes(2);
    const details = spy.mock.calls.map(([event]) => (event as CustomEvent<ChecklistChangeDetail>).detail);
    await expect(details).toEqual([
      { level: 'urgent', checked: ['fever'] },
      { level: 'emergency', checked: ['leg-weakness', 'fever'] }, // reading order: most urgent card first
    ]);
  },
};

export const Spanish: Story = {
  args: { lang: 'es' },
  parameters: describe(
    '`lang="es"`: Spanish content and labels. The play function ticks an emergency sign, then clears it with the reset button.',
  ),
  play: async ({ canvasElement, args }) => {
    const { element, shadow } = await expectChecklist(canvasElement, 'Cuándo pedir ayuda después de su inyección');
    await expect(shadow.querySelector('[part="base"]')).toHaveAttribute('lang', 'es');
    await expect(shadow.querySelector('.help')).toHaveTextContent('Marque cualquier señal que tenga ahora.');
    await expect(shadow.querySelector('.result-level')).toHaveTextContent('No marcó nada');
    await expect(shadow.querySelector('[part="reset"]')).toHaveTextContent('Borrar todas las marcas');
    await tick(element, shadow, 'leg-weakness');
    await expect(resultOf(shadow)).toHaveClass('result--emergency');
    await expect(alertOf(shadow)).toHaveTextContent('Emergencia: llame al 911 ahora.');

    const spy = args.onPrpChecklistChange as Mock;
    spy.mockClear();
    await userEvent.click(shadow.querySelector<HTMLButtonElement>('[part="reset"]')!);
    await element.updateComplete;
    await expect(resultOf(shadow)).toHaveClass('result--none');
    await expect(shadow.querySelectorAll('input[type="checkbox"]:checked')).toHaveLength(0);
    await expect(statusOf(shadow)).toHaveTextContent('Se borraron todas las marcas. No marcó nada.');
    await expect(alertOf(shadow)).toHaveTextContent('');
    await expect(spy).toHaveBeenCalledTimes(1);
    await expect((spy.mock.calls[0][0] as CustomEvent<ChecklistChangeDetail>).detail).toEqual({
      level: 'none',
      checked: [],
    });
  },
};

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: describe('`theme="dark"` on a dark page. The Theme toolbar switches every story.'),
  play: async ({ canvasElement }) => {
    const { element } = await checklist(canvasElement);
    await expectDark(element, canvasElement);
  },
};

export const Narrow320: Story = {
  ...narrow320,
  play: async ({ canvasElement }) => {
    const { element, shadow } = await expectChecklist(canvasElement, 'When to get help after your injection');
    await expectFits320(element, shadow);
  },
};

export const ClinicSettings: Story = {
  args: {
    'clinic-name': 'Riverside Spine (London)',
    'clinic-phone': '020 7946 0123',
    'emergency-number': '999',
    'reviewed-by': 'Dr. Ana Ortiz, MD',
    'reviewed-on': '2026-12-02',
  },
  parameters: describe(
    "A clinic's settings: its name and phone number in the urgent card, the local emergency number in the emergency card (999, so the place is A&E), and who reviewed the content.",
  ),
  play: async ({ canvasElement }) => {
    const { shadow } = await expectChecklist(canvasElement, 'When to get help after your injection');
    const emergency = shadow.querySelector('.care--emergency .care-title')!;
    await expect(emergency).toHaveTextContent('Call 999 or go to A&E now if:');
    await expect(emergency.querySelector('a')).toHaveAttribute('href', 'tel:999');
    const urgent = shadow.querySelector('fieldset.care--urgent')!;
    await expect(urgent.querySelector('.care-title')).toHaveTextContent('Call Riverside Spine (London) today if:');
    await expect(urgent.querySelector('.phone')).toHaveTextContent('Phone Riverside Spine (London):');
    await expect(urgent.querySelector('.phone a')).toHaveAttribute('href', 'tel:02079460123');
    await expect(shadow.querySelector('.result-text')).toHaveTextContent('call Riverside Spine (London).');
    await expect(shadow.querySelector('[part="footer"]')).toHaveTextContent(
      'Reviewed by Dr. Ana Ortiz, MD on December 2, 2026.',
    );
    await expect(shadow.querySelector('[part="footer"]')).toHaveTextContent('Published by Riverside Spine (London).');
  },
};

export const UnitedKingdom: Story = {
  args: { lang: 'en-GB', context: 'back-pain' },
  parameters: describe(
    '`lang="en-GB"`: UK wording and defaults. The emergency card says "Call 999 or go to A&E now", the urgent card "Ask for an urgent GP appointment or call 111", and the routine card "See a GP within 1 to 2 weeks".',
  ),
  play: async ({ canvasElement }) => {
    const { shadow } = await expectChecklist(canvasElement, 'When to get help for back pain');
    const titles = [...shadow.querySelectorAll('.care-title')].map((title) =>
      title.textContent.replace(/\s+/g, ' ').trim(),
    );
    await expect(titles).toEqual([
      'Emergency: Call 999 or go to A&E now if:',
      'Urgent: Ask for an urgent GP appointment or call 111 if:',
      'Non-urgent: See a GP within 1 to 2 weeks if:',
    ]);
    await expect(shadow.querySelector('.care--emergency .care-title a')).toHaveAttribute('href', 'tel:999');
  },
};

export const BadInput: Story = {
  args: {
    context: 'after-surgery',
    mode: 'quiz',
    'emergency-number': 'call-help',
    'clinic-phone': 'call-us',
  },
  parameters: describe(
    'Invalid values for several attributes. The element still renders, with the fallbacks (after-injection content as a checklist, 911, no clinic phone link), and logs one `console.warn` per bad value, which is expected here.',
  ),
  beforeEach: spyOnWarnings,
  play: async ({ canvasElement }) => {
    const { shadow } = await expectChecklist(canvasElement, 'When to get help after your injection');
    await expect(shadow.querySelectorAll('fieldset.care')).toHaveLength(3);
    await expect(shadow.querySelector('input#check-fever')).not.toBeNull();
    await expect(shadow.querySelector('.care--emergency .care-title a')).toHaveAttribute('href', 'tel:911');
    await expect(shadow.querySelector('.phone a[href^="tel:"]')).toBeNull();
    for (const attribute of ['context', 'mode', 'emergency-number', 'clinic-phone']) {
      await expect(console.warn).toHaveBeenCalledWith(expect.stringContaining(`ignored ${attribute}=`));
    }
  },
};
