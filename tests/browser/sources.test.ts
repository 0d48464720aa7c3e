/**
 * Sources and citations in every element: the source list sits behind one "Sources (n)" button, so a keyboard
 * reader passes it in one step; citation numbers are links out of the Tab order and outside every label, so a
 * control's name is its own words; following one opens the list at that source; print shows the list.
 */
import '../../src/index.js';

import type { LitElement } from 'lit';

import { TAGS } from '../embed/pages.js';
import { expect } from './expect.js';
import { $, $$, mount, settle } from './helpers.js';
import { emulate } from './media.js';

/** Each element with its citations shown: the timeline with a date, so its stages carry cited advice. */
const ATTRIBUTES: Record<string, Record<string, string>> = {
  'prp-recovery-timeline': { 'procedure-date': '2026-11-20', today: '2026-11-29' },
};

const folded = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('sources behind one button, citations out of names and the Tab order', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: a closed "Sources (n)" button controls the list; n counts the sources listed`, async () => {
      const el = await mount<LitElement>(tag, ATTRIBUTES[tag]);
      const toggle = $<HTMLButtonElement>(el, 'button.sources-toggle');
      const list = $(el, 'ol.sources');
      expect(toggle.closest('h1, h2, h3, h4, h5, h6'), 'the button sits in the heading').not.toBeNull();
      expect(toggle.getAttribute('aria-controls')).toBe(list.id);
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      expect(getComputedStyle(list).display).toBe('none');
      const count = list.querySelectorAll('li').length;
      expect(count).toBeGreaterThan(2);
      expect(folded(toggle)).toBe(`Sources (${count})`);
      toggle.click();
      await settle(el);
      expect(toggle.getAttribute('aria-expanded')).toBe('true');
      expect(getComputedStyle(list).display).not.toBe('none');
      toggle.click();
      await settle(el);
      expect(getComputedStyle(list).display).toBe('none');
    });

    it(`<${tag}>: citation numbers are links in ascending order, out of the Tab order and outside labels and buttons`, async () => {
      const el = await mount<LitElement>(tag, ATTRIBUTES[tag]);
      const links = $$<HTMLAnchorElement>(el, 'sup.cite a');
      expect(links.length).toBeGreaterThan(2);
      for (const link of links) {
        expect(link.tabIndex, folded(link)).toBe(-1);
        expect(link.closest('label, button, legend, th, caption'), `citation ${folded(link)} inside a name`).toBe(null);
      }
      for (const sup of $$(el, 'sup.cite')) {
        const numbers = [...sup.querySelectorAll('a')].map((a) => Number(a.textContent));
        expect(numbers).toStrictEqual([...numbers].sort((a, b) => a - b));
      }
    });

    it(`<${tag}>: following a citation opens the list and moves focus to the source cited, without touching the address`, async () => {
      const el = await mount<LitElement>(tag, ATTRIBUTES[tag]);
      const hash = location.hash;
      const link = $$<HTMLAnchorElement>(el, 'sup.cite a').find((a) => a.textContent !== '1')!;
      link.click();
      await settle(el);
      const source = $(el, `#source-${link.textContent}`);
      expect(getComputedStyle($(el, 'ol.sources')).display).not.toBe('none');
      expect(el.shadowRoot!.activeElement).toBe(source);
      expect(source.getAttribute('value')).toBe(link.textContent);
      expect(location.hash).toBe(hash);
    });

    it(`<${tag}>: print shows the sources, by the print events and by print CSS alone`, async () => {
      const el = await mount<LitElement>(tag, ATTRIBUTES[tag]);
      const list = () => $(el, 'ol.sources');
      window.dispatchEvent(new Event('beforeprint'));
      await settle(el);
      expect(list().hidden).toBe(false);
      expect($(el, 'button.sources-toggle').getAttribute('aria-expanded')).toBe('true');
      window.dispatchEvent(new Event('afterprint'));
      await settle(el);
      expect(list().hidden).toBe(true);
      await emulate({ media: 'print' });
      try {
        expect(getComputedStyle(list()).display).not.toBe('none');
      } finally {
        await emulate({ media: 'screen' });
      }
    });
  }

  it('checkbox labels hold the sign alone: the citation follows the label', async () => {
    const el = await mount<LitElement>('prp-doctor-checklist');
    for (const label of $$(el, '.check label')) {
      expect(label.querySelector('.cite')).toBe(null);
      expect(label.nextElementSibling?.matches('sup.cite'), folded(label)).toBe(true);
    }
  });

  it('language of parts: a title gets lang only where it differs from the widget, clinic sources included', async () => {
    const content = {
      intro: [{ text: 'Lea nuestra hoja de cuidados.', sources: ['hoja', 'nhs-back-pain'] }],
      sources: [
        {
          id: 'hoja',
          title: 'Hoja de cuidados',
          publisher: 'Clínica Ribera',
          url: 'https://example.org/hoja',
          lang: 'es-MX',
        },
      ],
    };
    const titles = async (lang: string) => {
      const el = await mount<LitElement & { content?: unknown }>('prp-doctor-checklist', {
        lang,
        context: 'back-pain',
      });
      el.content = content;
      await settle(el);
      const mine = ['Hoja de cuidados', 'Back pain'];
      return $$(el, '.sources li a')
        .filter((a) => mine.includes(a.textContent))
        .map((a) => [a.textContent, a.getAttribute('lang')]);
    };
    expect(await titles('es')).toStrictEqual([
      ['Hoja de cuidados', null],
      ['Back pain', 'en'],
    ]);
    expect(await titles('en')).toStrictEqual([
      ['Hoja de cuidados', 'es-MX'],
      ['Back pain', null],
    ]);
  });
});
