/**
 * Scenario 4: every attribute of every element (read from the built custom-elements.json) fed values staff
 * might type or paste, and JSON overrides that are malformed or wrongly typed. Nothing may execute, nothing
 * may throw into the page, every element still shows its content, and each bad value logs a warning that
 * names the attribute (or the override). Free-text attributes accept any script and emoji, isolated.
 */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { type EmbedPage, embedSuite, pageAlarms } from './harness.js';
import { clinicPage, TAGS } from './pages.js';

const { server, browser } = embedSuite();

interface Manifest {
  modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
}
const manifest = JSON.parse(
  readFileSync(new URL('../../dist/custom-elements.json', import.meta.url), 'utf8'),
) as Manifest;
const attributesOf = (tag: string) =>
  manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName === tag)
    ?.attributes?.map((a) => a.name) ?? [];

/** Attributes that take any plain text (a name): script and emoji are valid there. */
const FREE_TEXT = new Set(['clinic-name', 'reviewed-by', 'publisher']);

const PAYLOADS: Record<string, string> = {
  'malformed date': '2026-02-30',
  'malformed number': '12abc',
  'negative number': '-7',
  'unknown id': 'prp-deluxe',
  'enormous string (100 KB)': 'x'.repeat(100 * 1024),
  markup: `"><img src=x onerror="__pwned('markup')"><b>bold</b>`,
  script: `<script>__pwned('script')</script>`,
  'javascript: URL': `javascript:__pwned('url')`,
  'control characters': 'Riverside\u0000\u0007\u001b[31m',
  'bidi override': '\u202eSpine',
  'right-to-left text': 'عيادة ريفرسايد',
  emoji: '🩸💉🏥',
};
/** Payloads that are fine in a free-text attribute: shown as text, no warning. */
const VALID_TEXT = new Set([
  'javascript: URL',
  'right-to-left text',
  'emoji',
  'malformed date',
  'malformed number',
  'negative number',
  'unknown id',
]);
/** On/off attributes: present means on, whatever the value (HTML boolean attributes). */
const BOOLEAN = new Set(['searchable', 'schema']);
/** Payloads an attribute rightly accepts: any plain text as a name; `2026-02-30` is a well-formed 8-digit phone number. */
const accepted = (attribute: string, kind: string) =>
  BOOLEAN.has(attribute) ||
  (FREE_TEXT.has(attribute) && VALID_TEXT.has(kind)) ||
  (/phone|number$/.test(attribute) && kind === 'malformed date');

const JSON_CASES: Record<string, string> = {
  'malformed JSON': '{"title": "Our guide",',
  'wrong type': '{"title": 42}',
  'not an object': '["title"]',
  'unknown field': '{"titel": "Typo"}',
  'markup in text': `{"title": "<img src=x onerror=__pwned('json')>"}`,
  'javascript: source URL': `{"title": "Ours", "sources": [{"id": "ours", "title": "Our page", "publisher": "Riverside", "url": "javascript:__pwned('json-url')"}]}`,
  'control characters': '{"title": "Our\\u0000guide"}',
  'enormous text (100 KB)': JSON.stringify({ title: 'x'.repeat(100 * 1024) }),
};

interface Case {
  readonly label: string;
  readonly tag: string;
  readonly attribute?: string;
  readonly value?: string;
  readonly json?: string;
}

interface Outcome {
  readonly label: string;
  readonly warnings: string[];
  readonly text: string;
  readonly height: number;
  readonly uncaught: string[];
}

/** Mounts each case alone, waits for it to render, records its warnings and what it shows, removes it. */
async function run(page: EmbedPage, cases: Case[]): Promise<Outcome[]> {
  return page.evaluate(async (all) => {
    const outcomes = [];
    const stage = document.getElementById('stage')!;
    const original = console.warn;
    const w = window as unknown as { __uncaught: string[] };
    for (const { label, tag, attribute, value, json } of all) {
      const warnings: string[] = [];
      console.warn = (...args: unknown[]) => {
        warnings.push(args.map(String).join(' '));
        original.apply(console, args);
      };
      const uncaughtBefore = w.__uncaught.length;
      const element = document.createElement(tag) as HTMLElement & {
        updateComplete: Promise<unknown>;
        requestUpdate(): void;
      };
      if (attribute) element.setAttribute(attribute, value!);
      if (json !== undefined) {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = json;
        element.append(script);
      }
      stage.append(element);
      await element.updateComplete;
      element.requestUpdate(); // a second render must not warn again
      await element.updateComplete;
      await new Promise((done) => requestAnimationFrame(done));
      console.warn = original;
      outcomes.push({
        label,
        warnings,
        text: (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '),
        height: element.getBoundingClientRect().height,
        uncaught: w.__uncaught.slice(uncaughtBefore),
      });
      element.remove();
    }
    return outcomes;
  }, cases);
}

async function openStage() {
  const url = server.page('/bad-values.html', { html: clinicPage({ body: '<div id="stage"></div>' }) });
  const session = await browser.open();
  await session.page.goto(url);
  await session.page.evaluate((tags) => Promise.all(tags.map((tag) => customElements.whenDefined(tag))), [...TAGS]);
  return session;
}

describe('every attribute of every element fed bad values', () => {
  it('the manifest lists the attributes this suite covers', () => {
    for (const tag of TAGS) expect(attributesOf(tag).length, tag).toBeGreaterThanOrEqual(6);
    expect(TAGS.flatMap(attributesOf)).toEqual(
      expect.arrayContaining(['clinic-name', 'reviewed-by', 'lang', 'theme', 'heading-level']),
    );
  });

  for (const tag of TAGS) {
    it(`<${tag}>: each bad value warns once naming the attribute; the element still renders; nothing executes`, async () => {
      const { page, record } = await openStage();
      const cases: Case[] = attributesOf(tag).flatMap((attribute) =>
        Object.entries(PAYLOADS).map(([kind, value]) => ({ label: `${attribute} = ${kind}`, tag, attribute, value })),
      );
      const outcomes = await run(page, cases);
      const problems: string[] = [];
      outcomes.forEach((outcome, i) => {
        const { attribute, value } = cases[i];
        const kind = outcome.label.split(' = ')[1];
        if (accepted(attribute!, kind)) {
          if (outcome.warnings.length) problems.push(`${outcome.label}: unexpected warning ${outcome.warnings[0]}`);
          if (FREE_TEXT.has(attribute!) && !outcome.text.includes(value!))
            problems.push(`${outcome.label}: the text is not shown as typed`);
          if (
            FREE_TEXT.has(attribute!) &&
            /[\u0590-\u08ff]/.test(value!) &&
            !outcome.text.includes(`\u2068${value}\u2069`)
          )
            problems.push(`${outcome.label}: right-to-left text is not isolated`);
        } else {
          if (outcome.warnings.length !== 1) problems.push(`${outcome.label}: ${outcome.warnings.length} warnings`);
          else if (!outcome.warnings[0].includes(`<${tag}>`) || !outcome.warnings[0].includes(`${attribute}="`)) {
            problems.push(
              `${outcome.label}: the warning does not name <${tag}> and ${attribute}: ${outcome.warnings[0].slice(0, 160)}`,
            );
          }
        }
        if (!outcome.text.includes('not medical advice') && !outcome.text.includes('no es un consejo médico'))
          problems.push(`${outcome.label}: no content`);
        if (outcome.height < 100) problems.push(`${outcome.label}: ${outcome.height}px tall`);
        if (outcome.uncaught.length) problems.push(`${outcome.label}: ${outcome.uncaught.join('; ')}`);
      });
      expect(problems).toEqual([]);
      expect(cases.length).toBeGreaterThanOrEqual(6 * Object.keys(PAYLOADS).length);
      const alarms = await pageAlarms(page);
      expect(alarms.executed).toEqual([]);
      expect(alarms.uncaught).toEqual([]);
      expect(record.errors).toEqual([]);
      expect(record.requests.filter((url) => !url.endsWith('/bad-values.html') && !url.includes('/dist/cdn/'))).toEqual(
        [],
      );
      await page.close();
    });

    it(`<${tag}>: malformed or wrongly typed JSON overrides warn, fall back to the defaults and never execute`, async () => {
      const { page, record } = await openStage();
      const cases: Case[] = Object.entries(JSON_CASES).map(([kind, json]) => ({ label: `JSON ${kind}`, tag, json }));
      const outcomes = await run(page, cases);
      const problems: string[] = [];
      for (const outcome of outcomes) {
        if (outcome.warnings.length !== 1) problems.push(`${outcome.label}: ${outcome.warnings.length} warnings`);
        else if (!/content override|application\/json/.test(outcome.warnings[0]))
          problems.push(`${outcome.label}: ${outcome.warnings[0].slice(0, 160)}`);
        if (!outcome.text.includes('not medical advice')) problems.push(`${outcome.label}: no content`);
        if (outcome.text.includes('Ours') || outcome.text.includes('xxxxxxxx'))
          problems.push(`${outcome.label}: the bad override was shown`);
        if (outcome.uncaught.length) problems.push(`${outcome.label}: ${outcome.uncaught.join('; ')}`);
      }
      expect(problems).toEqual([]);
      const alarms = await pageAlarms(page);
      expect(alarms.executed).toEqual([]);
      expect(alarms.uncaught).toEqual([]);
      expect(record.errors).toEqual([]);
      await page.close();
    });
  }

  it('the negative control: the page does detect a payload that runs', async () => {
    const { page } = await openStage();
    await page.evaluate((payload) => {
      document.getElementById('stage')!.innerHTML = payload;
    }, PAYLOADS.markup);
    await expect.poll(() => pageAlarms(page).then((a) => a.executed)).toEqual(['markup']);
    await page.close();
  });
});
