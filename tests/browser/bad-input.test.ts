import '../../src/components/prp-recovery-timeline/define.js';

import { fixture, html } from '@open-wc/testing';

import type { PrpRecoveryTimeline } from '../../src/components/prp-recovery-timeline/recovery-timeline.js';
import { expect } from './expect.js';
import { $, $$, captureWarnings, settle, textOf } from './helpers.js';

/** Renders with the given attributes and children, and returns the element and the warnings it logged. */
async function render(attributes: Record<string, string>, children = '') {
  const warnings = captureWarnings();
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error);
  window.addEventListener('error', onError);
  try {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = document.createElement('prp-recovery-timeline');
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.innerHTML = children; // test fixture only: the clinic's light-DOM children
    wrapper.append(element);
    await settle(element);
    element.requestUpdate(); // a second render must not warn again
    await settle(element);
    return { element, warnings: warnings.messages, errors };
  } finally {
    warnings.restore();
    window.removeEventListener('error', onError);
  }
}

function expectStillRendered(element: Element) {
  expect($(element, '.title').textContent.length).toBeGreaterThan(10);
  expect($$(element, '.toggle')).toHaveLength(6);
  expect(textOf(element)).toContain('not medical advice');
}

const cases: [string, string, string, (el: PrpRecoveryTimeline) => void][] = [
  ['procedure', 'surgery', 'prp', (el) => expect($(el, '.title').textContent).toContain('PRP')],
  ['procedure-date', '2026-13-45', 'no date', (el) => expect($$(el, '.status')).toHaveLength(0)],
  ['procedure-date', '2026-02-30', 'no date', (el) => expect($$(el, '.status')).toHaveLength(0)],
  ['today', 'yesterday', "the reader's date", (el) => expect($$(el, '.status')).toHaveLength(6)],
  [
    'nsaid-free-days',
    '-3',
    'the neutral wording',
    (el) => expect(textOf(el)).toContain('Ask your clinic how long to avoid NSAIDs'),
  ],
  [
    'nsaid-free-days',
    'two weeks',
    'the neutral wording',
    (el) => expect(textOf(el)).toContain('Ask your clinic how long to avoid NSAIDs'),
  ],
  [
    'ice',
    'maybe',
    'the neutral wording',
    (el) => expect(textOf(el)).toContain('Clinics give different advice about ice'),
  ],
  ['follow-up-weeks', '100', 'the neutral wording', () => undefined],
  ['follow-up-weeks', '6.5', 'the neutral wording', () => undefined],
  ['clinic-name', 'x'.repeat(200), 'nothing', (el) => expect(textOf(el)).toContain('Call your clinic today if:')],
  ['clinic-phone', 'call-us', 'no phone link', (el) => expect($$(el, '.phone a[href^="tel:"]')).toHaveLength(0)],
  ['clinic-phone', '12', 'no phone link', (el) => expect($$(el, '.phone a[href^="tel:"]')).toHaveLength(0)],
  [
    'clinic-phone',
    '1234567890123456',
    'no phone link',
    (el) => expect($$(el, '.phone a[href^="tel:"]')).toHaveLength(0),
  ],
  [
    'emergency-number',
    'call-help',
    '911',
    (el) => expect($(el, '.care--emergency .care-title a').getAttribute('href')).toBe('tel:911'),
  ],
  ['heading-level', '9', '2', (el) => expect($(el, '.title').localName).toBe('h2')],
  ['heading-level', 'two', '2', (el) => expect($(el, '.title').localName).toBe('h2')],
  ['theme', 'sepia', 'light', (el) => expect(getComputedStyle(el).backgroundColor).toBe('rgb(255, 255, 255)')],
  ['reviewed-on', 'last week', 'no date', (el) => expect(textOf(el)).not.toContain('Reviewed on')],
];

describe('<prp-recovery-timeline> bad input: one warning, the fallback, never blank', () => {
  for (const [attribute, value, fallback, check] of cases) {
    it(`${attribute}="${value.length > 20 ? `${value.slice(0, 12)}…` : value}" → ${fallback}`, async () => {
      const dated: Record<string, string> = attribute === 'today' ? { 'procedure-date': '2020-01-01' } : {};
      const { element, warnings, errors } = await render({ ...dated, [attribute]: value });
      expect(errors).toStrictEqual([]);
      expect(warnings, warnings.join('\n')).toHaveLength(1);
      expect(warnings[0]).toContain('<prp-recovery-timeline>');
      expect(warnings[0]).toContain(`${attribute}="`);
      expect(warnings[0]).toContain(value.slice(0, 20));
      expect(warnings[0]).toContain(`Using ${fallback}`);
      expectStillRendered(element);
      check(element);
    });
  }

  it('refuses markup in text attributes with a warning naming each, and never runs it', async () => {
    const probe = window as unknown as { pwned?: boolean };
    const payload = '<img src=x onerror="window.pwned=true"><script>window.pwned=true</script>';
    const { element, warnings } = await render({
      'clinic-name': payload.slice(0, 80),
      'reviewed-by': 'Dr <b>Bold</b>',
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(probe.pwned).toBe(undefined);
    expect($$(element, 'img, script, b')).toHaveLength(0);
    expect(textOf(element)).not.toContain('Bold');
    expect(textOf(element)).toContain('your clinic');
    expect(warnings).toHaveLength(2);
    expect(warnings.find((w) => w.includes('clinic-name="'))).toContain('no markup');
    expect(warnings.find((w) => w.includes('reviewed-by="'))).toContain('reviewed-by="Dr <b>Bold</b>"');
  });

  it('ignores malformed JSON content with one warning and uses the defaults', async () => {
    const { element, warnings } = await render({}, '<script type="application/json">{"title": "Oops",</script>');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('not valid JSON');
    expect(warnings[0]).toContain('default content');
    expect($(element, '.title').textContent).toBe('Your recovery after a PRP injection');
  });

  it('ignores a wrongly typed override and names the failing path', async () => {
    const { element, warnings } = await render(
      {},
      '<script type="application/json">{"title": 42, "intro": [{"text": ""}]}</script>',
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('title: expected non-empty text');
    expect(warnings[0]).toContain('intro[0].text');
    expect($(element, '.title').textContent).toBe('Your recovery after a PRP injection');
  });

  it("uses a valid JSON child, matching the language first, with the clinic's own source", async () => {
    const override = {
      title: 'After your injection at Riverside',
      intro: [{ text: 'Our nurses call you the next day.', sources: ['riverside-sheet'] }],
      sources: [
        {
          id: 'riverside-sheet',
          title: 'Riverside aftercare sheet',
          publisher: 'Riverside Spine',
          url: 'https://example.org/aftercare',
        },
      ],
    };
    const { element, warnings } = await render(
      { lang: 'en' },
      `
      <script type="application/json" lang="es">{"title": "Después de su inyección en Riverside"}</script>
      <script type="application/json">${JSON.stringify(override)}</script>`,
    );
    expect(warnings).toStrictEqual([]);
    expect($(element, '.title').textContent).toBe('After your injection at Riverside');
    expect(textOf(element)).toContain('Our nurses call you the next day.');
    expect($$(element, '.sources a').map((a) => a.textContent)).toContain('Riverside aftercare sheet');
    element.lang = 'es';
    await settle(element);
    expect($(element, '.title').textContent).toBe('Después de su inyección en Riverside');
  });

  it('warns once about a source id that nothing defines, and shows the statement without a number', async () => {
    const override = { intro: [{ text: 'Our nurses call you the next day.', sources: ['riverside-sheeet'] }] };
    const { element, warnings } = await render(
      {},
      `<script type="application/json">${JSON.stringify(override)}</script>`,
    );
    expect(textOf(element)).toContain('Our nurses call you the next day.');
    expect($$(element, '.intro sup.cite')).toHaveLength(0);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('<prp-recovery-timeline>');
    expect(warnings[0]).toContain('unknown source ids "riverside-sheeet"');
  });

  it('accepts an override through the content property and re-renders', async () => {
    const { element } = await render({});
    element.content = { title: 'Set from JavaScript' };
    await settle(element);
    expect($(element, '.title').textContent).toBe('Set from JavaScript');
  });

  it('refuses a javascript: link in a clinic source', async () => {
    const { element, warnings } = await render({});
    const capture = captureWarnings();
    element.content = {
      intro: [{ text: 'Hi.', sources: ['x'] }],
      sources: [{ id: 'x', title: 'T', publisher: 'P', url: 'javascript:alert(1)' }],
    };
    await settle(element);
    capture.restore();
    expect(warnings).toStrictEqual([]);
    expect(capture.messages).toHaveLength(1);
    expect(capture.messages[0]).toContain('sources[0].url');
    expect($$(element, 'a[href^="javascript"]')).toHaveLength(0);
  });

  it('shows the fallback text instead of throwing when rendering fails', async () => {
    const { element } = await render({});
    const warnings = captureWarnings();
    element.content = { title: 'fine' };
    // Force a render failure the validators cannot see: a getter that throws.
    Object.defineProperty(element, 'content', {
      get: () => ({
        get title() {
          throw new Error('boom');
        },
      }),
      configurable: true,
    });
    element.requestUpdate();
    await settle(element);
    warnings.restore();
    expect(warnings.messages.join()).toContain('could not render');
    expect($(element, '.render-error').textContent).toContain('could not be shown');
  });
});

describe('axe negative control', () => {
  it('fails on a real violation, so the accessibility tests can fail', async () => {
    const bad = await fixture(html`<div><button></button><img src="data:," /></div>`);
    await expect(bad).not.toBeAccessible();
  });
});
