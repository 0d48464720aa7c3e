import '../../src/components/prp-recovery-timeline/define.js';

import { expect, fixture, html } from '@open-wc/testing';

import type { PrpRecoveryTimeline } from '../../src/components/prp-recovery-timeline/recovery-timeline.js';
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
  expect($(element, '.title').textContent.length).to.be.greaterThan(10);
  expect($$(element, '.toggle')).to.have.length(6);
  expect(textOf(element)).to.contain('not medical advice');
}

const cases: [string, string, string, (el: PrpRecoveryTimeline) => void][] = [
  ['procedure', 'surgery', 'prp', (el) => expect($(el, '.title').textContent).to.contain('PRP')],
  ['procedure-date', '2026-13-45', 'no date', (el) => expect($$(el, '.status')).to.have.length(0)],
  ['procedure-date', '2026-02-30', 'no date', (el) => expect($$(el, '.status')).to.have.length(0)],
  ['today', 'yesterday', "the reader's date", (el) => expect($$(el, '.status')).to.have.length(6)],
  [
    'nsaid-free-days',
    '-3',
    'the neutral wording',
    (el) => expect(textOf(el)).to.contain('Ask your clinic how long to avoid NSAIDs'),
  ],
  [
    'nsaid-free-days',
    'two weeks',
    'the neutral wording',
    (el) => expect(textOf(el)).to.contain('Ask your clinic how long to avoid NSAIDs'),
  ],
  [
    'ice',
    'maybe',
    'the neutral wording',
    (el) => expect(textOf(el)).to.contain('Clinics give different advice about ice'),
  ],
  ['follow-up-weeks', '100', 'the neutral wording', () => undefined],
  ['follow-up-weeks', '6.5', 'the neutral wording', () => undefined],
  ['clinic-name', 'x'.repeat(200), 'nothing', (el) => expect(textOf(el)).to.contain('Call your clinic today if:')],
  ['clinic-phone', 'call-us', 'no phone link', (el) => expect($$(el, '.phone a[href^="tel:"]')).to.have.length(0)],
  ['clinic-phone', '12', 'no phone link', (el) => expect($$(el, '.phone a[href^="tel:"]')).to.have.length(0)],
  [
    'clinic-phone',
    '1234567890123456',
    'no phone link',
    (el) => expect($$(el, '.phone a[href^="tel:"]')).to.have.length(0),
  ],
  [
    'emergency-number',
    'call-help',
    '911',
    (el) => expect($(el, '.care--emergency .care-title a').getAttribute('href')).to.equal('tel:911'),
  ],
  ['heading-level', '9', '2', (el) => expect($(el, '.title').localName).to.equal('h2')],
  ['heading-level', 'two', '2', (el) => expect($(el, '.title').localName).to.equal('h2')],
  ['theme', 'sepia', 'light', (el) => expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)')],
  ['reviewed-on', 'last week', 'no date', (el) => expect(textOf(el)).not.to.contain('Reviewed on')],
];

describe('<prp-recovery-timeline> bad input: one warning, the fallback, never blank', () => {
  for (const [attribute, value, fallback, check] of cases) {
    it(`${attribute}="${value.length > 20 ? `${value.slice(0, 12)}…` : value}" → ${fallback}`, async () => {
      const dated: Record<string, string> = attribute === 'today' ? { 'procedure-date': '2020-01-01' } : {};
      const { element, warnings, errors } = await render({ ...dated, [attribute]: value });
      expect(errors).to.deep.equal([]);
      expect(warnings, warnings.join('\n')).to.have.length(1);
      expect(warnings[0]).to.contain('<prp-recovery-timeline>');
      expect(warnings[0]).to.contain(`${attribute}="`);
      expect(warnings[0]).to.contain(value.slice(0, 20));
      expect(warnings[0]).to.contain(`Using ${fallback}`);
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
    expect(probe.pwned).to.equal(undefined);
    expect($$(element, 'img, script, b')).to.have.length(0);
    expect(textOf(element)).not.to.contain('Bold');
    expect(textOf(element)).to.contain('your clinic');
    expect(warnings).to.have.length(2);
    expect(warnings.find((w) => w.includes('clinic-name="'))).to.contain('no markup');
    expect(warnings.find((w) => w.includes('reviewed-by="'))).to.contain('reviewed-by="Dr <b>Bold</b>"');
  });

  it('ignores malformed JSON content with one warning and uses the defaults', async () => {
    const { element, warnings } = await render({}, '<script type="application/json">{"title": "Oops",</script>');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('not valid JSON').and.contain('default content');
    expect($(element, '.title').textContent).to.equal('Your recovery after a PRP injection');
  });

  it('ignores a wrongly typed override and names the failing path', async () => {
    const { element, warnings } = await render(
      {},
      '<script type="application/json">{"title": 42, "intro": [{"text": ""}]}</script>',
    );
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('title: expected non-empty text').and.contain('intro[0].text');
    expect($(element, '.title').textContent).to.equal('Your recovery after a PRP injection');
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
    expect(warnings).to.deep.equal([]);
    expect($(element, '.title').textContent).to.equal('After your injection at Riverside');
    expect(textOf(element)).to.contain('Our nurses call you the next day.');
    expect($$(element, '.sources a').map((a) => a.textContent)).to.include('Riverside aftercare sheet');
    element.lang = 'es';
    await settle(element);
    expect($(element, '.title').textContent).to.equal('Después de su inyección en Riverside');
  });

  it('warns once about a source id that nothing defines, and shows the statement without a number', async () => {
    const override = { intro: [{ text: 'Our nurses call you the next day.', sources: ['riverside-sheeet'] }] };
    const { element, warnings } = await render(
      {},
      `<script type="application/json">${JSON.stringify(override)}</script>`,
    );
    expect(textOf(element)).to.contain('Our nurses call you the next day.');
    expect($$(element, '.intro sup.cite')).to.have.length(0);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<prp-recovery-timeline>').and.contain('unknown source ids "riverside-sheeet"');
  });

  it('accepts an override through the content property and re-renders', async () => {
    const { element } = await render({});
    element.content = { title: 'Set from JavaScript' };
    await settle(element);
    expect($(element, '.title').textContent).to.equal('Set from JavaScript');
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
    expect(warnings).to.deep.equal([]);
    expect(capture.messages).to.have.length(1);
    expect(capture.messages[0]).to.contain('sources[0].url');
    expect($$(element, 'a[href^="javascript"]')).to.have.length(0);
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
    expect(warnings.messages.join()).to.contain('could not render');
    expect($(element, '.render-error').textContent).to.contain('could not be shown');
  });
});

describe('axe negative control', () => {
  it('fails on a real violation, so the accessibility tests can fail', async () => {
    const bad = await fixture(html`<div><button></button><img src="data:," /></div>`);
    await expect(bad).not.to.be.accessible();
  });
});
