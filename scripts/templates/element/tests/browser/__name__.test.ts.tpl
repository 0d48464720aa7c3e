import '../../src/components/{{tag}}/define.js';

import { oneEvent } from '@open-wc/testing';

import type { {{Class}} } from '../../src/components/{{tag}}/{{name}}.js';
import { {{camel}} as en } from '../../src/content/en/{{name}}.js';
import { {{camel}} as es } from '../../src/content/es/{{name}}.js';
import { {{CONST}}_ARGS, type {{Pascal}}Args } from '../../stories/{{name}}.args.js';
import { expect } from './expect.js';
import {
  $,
  $$,
  expectDarkTheme,
  expectFits320,
  expectOneWarning,
  mount,
  mountStory,
  NARROW_320,
  settle,
  type StoryFrame,
  textOf,
} from './helpers.js';

const TAG = '{{tag}}';
const element = (attributes: Record<string, string> = {}) => mount<{{Class}}>(TAG, attributes);
const paragraphs = (el: Element) => $$(el, '[part="intro"] p');
const toggle = (el: Element) => $<HTMLButtonElement>(el, '[part="intro-toggle"]');

describe('<{{tag}}>', () => {
  it('renders its title at the heading level, the whole introduction with citations, and the footer', async () => {
    const el = await element({ 'heading-level': '3' });
    expect($(el, '.title').localName).toBe('h3');
    expect($(el, '.title').textContent.trim()).toBe(en.content.title);
    expect(paragraphs(el)).toHaveLength(en.content.intro.length);
    expect($$(el, '[part="intro"] sup.cite a').length).toBeGreaterThan(0);
    expect(toggle(el)).toBe(null);
    expect(textOf(el)).toContain('not medical advice');
  });

  it('preview="1": the first paragraph and "Show more", which shows the rest and fires prp-intro-toggle', async () => {
    const el = await element({ preview: '1' });
    expect(paragraphs(el)).toHaveLength(1);
    expect(toggle(el).getAttribute('aria-expanded')).toBe('false');
    setTimeout(() => toggle(el).click());
    const event = await oneEvent(el, 'prp-intro-toggle');
    expect(event.detail).toStrictEqual({ open: true });
    expect(event.bubbles && event.composed).toBe(true);
    await settle(el);
    expect(paragraphs(el)).toHaveLength(en.content.intro.length);
    expect(toggle(el).getAttribute('aria-expanded')).toBe('true');
    expect(toggle(el).textContent.trim()).toBe(en.strings.showLess);
  });

  for (const value of ['0', '9', 'two']) {
    it(`preview="${value}" → one warning, every paragraph, still rendered`, async () => {
      const el = await expectOneWarning(() => element({ preview: value }), [TAG, 'preview', value, 'all paragraphs']);
      expect(paragraphs(el)).toHaveLength(en.content.intro.length);
      expect(toggle(el)).toBe(null);
    });
  }

  for (const theme of ['light', 'dark']) {
    it(`has no violations (axe): ${theme}; and in Spanish with the preview`, async () => {
      await expect(await element({ theme })).toBeAccessible();
      await expect(await element({ theme, lang: 'es', preview: '1' })).toBeAccessible();
    });
  }
});

/** Each story of stories/{{name}}.stories.ts, mounted as it renders; the story itself is a smoke and visual test. */
describe('<{{tag}}> as each story shows it', () => {
  /** The story `name` as it renders: its args from stories/{{name}}.args.ts, `content` as the property. */
  function story(name: keyof typeof {{CONST}}_ARGS, frame: StoryFrame = {}) {
    const { content, ...attributes }: {{Pascal}}Args = {{CONST}}_ARGS[name];
    return mountStory<{{Class}}>(TAG, attributes, { events: ['prp-intro-toggle'], content, ...frame });
  }

  it('Default: the title and the whole introduction', async () => {
    const { element } = await story('Default');
    expect($(element, '.title').textContent.trim()).toBe(en.content.title);
    expect(paragraphs(element)).toHaveLength(en.content.intro.length);
    expect(toggle(element)).toBe(null);
  });

  it('Preview: the first paragraph, and "Show more" shows the rest and fires prp-intro-toggle once', async () => {
    const { element, spies } = await story('Preview');
    expect(paragraphs(element)).toHaveLength(1);
    toggle(element).click();
    await settle(element);
    expect(paragraphs(element)).toHaveLength(en.content.intro.length);
    expect(spies['prp-intro-toggle']).toHaveBeenCalledTimes(1);
  });

  it('Dark: the dark theme', async () => {
    const { element } = await story('Dark');
    expectDarkTheme(element);
  });

  it('Spanish: the Spanish title, the first paragraph and the Spanish button', async () => {
    const { element } = await story('Spanish');
    expect($(element, '[part="base"]').getAttribute('lang')).toBe('es');
    expect($(element, '.title').textContent.trim()).toBe(es.content.title);
    expect(paragraphs(element)).toHaveLength(1);
    expect(toggle(element).textContent.trim()).toBe(es.strings.showMore);
  });

  it('Narrow320: fits 320 px', async () => {
    const { element } = await story('Narrow320', NARROW_320);
    expectFits320(element);
  });
});
