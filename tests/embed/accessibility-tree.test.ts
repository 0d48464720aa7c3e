/**
 * What a screen reader gets, read from Chromium's accessibility tree (the DevTools protocol's full tree, the
 * one assistive technology reads), for each element in each language, in the states a reader reaches: the
 * names of controls hold no citation, nothing is read twice in a row, the headings follow `heading-level`
 * without gaps, and each element is one labelled region with no landmark inside it.
 */
import { expect, it } from 'vitest';

import { describeLimited, type EmbedPage, embedSuite, widgetsReady } from './harness.js';
import { clinicPage, moduleScript } from './pages.js';

const { server, browser } = embedSuite();

interface AxNode {
  readonly nodeId: string;
  readonly ignored: boolean;
  readonly role?: { readonly value: string };
  readonly name?: { readonly value: string };
  readonly properties?: readonly { readonly name: string; readonly value: { readonly value: unknown } }[];
  readonly childIds?: readonly string[];
}

/** One thing read in order: a control or heading by its name, or a run of text. */
interface Read {
  readonly role: string;
  readonly text: string;
  readonly level?: number;
  /** Inside a live region that speaks at the moment of a change (its copy of the result is expected). */
  readonly live: boolean;
  /** The table cell it is in, if any: a reader moves between cells by choice, so neighbouring cells may say the same. */
  readonly cell: string;
  /** For text: the node holding it. Text split into runs (a name filled into a sentence) is read as one. */
  readonly parent?: string;
}

const CONTROLS = new Set([
  'button',
  'checkbox',
  'link',
  'searchbox',
  'textbox',
  'radio',
  'switch',
  'combobox',
  'tab',
  'menuitem',
]);
const LANDMARKS = new Set(['region', 'main', 'navigation', 'complementary', 'contentinfo', 'banner', 'form', 'search']);
/** Citation wording as the elements speak it: "(sources 1, 3)", "(fuente 2)", or numbers stuck to a sentence. */
const CITATION = /\((sources?|fuentes?) \d|[.:?]\s?\d+(,\s?\d+)*\s*$/i;

/** The tree in reading order, as a screen reader linearises it, with the landmarks each node sits in. */
async function readingOrder(page: EmbedPage) {
  const cdp = await page.cdp!();
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as unknown as { nodes: AxNode[] };
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const reads: Read[] = [];
  const landmarks: { role: string; name: string; inside: string[] }[] = [];
  const walk = (node: AxNode, named: boolean, live: boolean, within: string[], cell: string, parent: string) => {
    const role = node.role?.value ?? '';
    const name = (node.name?.value ?? '').replace(/\s+/g, ' ').trim();
    const nowCell = ['cell', 'gridcell', 'columnheader', 'rowheader'].includes(role) ? node.nodeId : cell;
    // A label's text is the name of its control, which is read with the control.
    let nowNamed = named || role === 'LabelText';
    const nowLive = live || ['status', 'alert'].includes(role);
    let nowWithin = within;
    if (!node.ignored) {
      if (LANDMARKS.has(role)) {
        landmarks.push({ role, name, inside: within });
        nowWithin = [...within, `${role} "${name}"`];
      }
      if ((CONTROLS.has(role) || role === 'heading') && !named) {
        const level = node.properties?.find((p) => p.name === 'level')?.value.value as number | undefined;
        reads.push({ role, text: name, level, live: nowLive, cell: nowCell });
        nowNamed = true; // its text is its name: read once
      } else if (role === 'StaticText' && !named && name) {
        const last = reads.at(-1);
        if (last?.role === 'StaticText' && last.parent === parent)
          reads[reads.length - 1] = { ...last, text: `${last.text} ${name}` };
        else reads.push({ role, text: name, live: nowLive, cell: nowCell, parent });
      }
    }
    for (const id of node.childIds ?? []) {
      const child = byId.get(id);
      if (child) walk(child, nowNamed, nowLive, nowWithin, nowCell, node.ignored ? parent : node.nodeId);
    }
  };
  walk(nodes[0], false, false, [], '', '');
  await cdp.detach();
  return { reads, landmarks };
}

/** Sentences and clauses of three words or more, lower-cased, for spotting the same words read twice. */
const clauses = (text: string) =>
  text
    .toLowerCase()
    .split(/[.:;?!]\s*/)
    .map((clause) => clause.trim())
    .filter((clause) => clause.split(/\s+/).length >= 3);

/** Clauses read twice within two neighbouring things read (live regions aside: they speak once, at a change; table cells apart). */
function readTwice(reads: readonly Read[]): string[] {
  const spoken = reads.filter((read) => !read.live);
  const twice: string[] = [];
  spoken.forEach((read, i) => {
    const near = spoken
      .slice(Math.max(0, i - 2), i)
      .filter((before) => before.cell === read.cell)
      .flatMap((before) => clauses(before.text));
    for (const clause of clauses(read.text)) if (near.includes(clause)) twice.push(`"${clause}" in "${read.text}"`);
    const seen = clauses(read.text);
    if (new Set(seen).size !== seen.length) twice.push(`a clause repeated within "${read.text}"`);
  });
  return twice;
}

interface Scenario {
  readonly name: string;
  readonly markup: string;
  /** What the reader does first, so the tree is read in that state. */
  readonly act?: (page: EmbedPage) => Promise<void>;
}

const tick = (ids: string[]) => async (page: EmbedPage) => {
  for (const id of ids) await page.click('prp-doctor-checklist', `#check-${id}`);
};

const SCENARIOS: Scenario[] = [];
for (const lang of ['en', 'es']) {
  for (const level of [2, 4]) {
    const attrs = `lang="${lang}" heading-level="${level}"`;
    SCENARIOS.push(
      {
        name: `timeline, ${lang}, h${level}`,
        markup: `<prp-recovery-timeline ${attrs} procedure-date="2026-11-20" today="2026-11-29" clinic-name="Riverside Spine"></prp-recovery-timeline>`,
      },
      {
        name: `checklist ticked urgent, ${lang}, h${level}`,
        markup: `<prp-doctor-checklist ${attrs} clinic-name="Riverside Spine"></prp-doctor-checklist>`,
        act: tick(['fever']),
      },
      {
        name: `checklist ticked emergency, ${lang}, h${level}`,
        markup: `<prp-doctor-checklist ${attrs}></prp-doctor-checklist>`,
        act: tick(['fever', 'leg-weakness']),
      },
      {
        name: `checklist cards, ${lang}, h${level}`,
        markup: `<prp-doctor-checklist ${attrs} mode="cards" context="back-pain"></prp-doctor-checklist>`,
      },
      {
        name: `diagram, ${lang}, h${level}`,
        markup: `<prp-process-diagram ${attrs} step="3" autoplay="30"></prp-process-diagram>`,
      },
      {
        name: `comparison table, ${lang}, h${level}`,
        markup: `<prp-treatment-comparison ${attrs} view="table" highlight="prp"></prp-treatment-comparison>`,
      },
      { name: `faq, ${lang}, h${level}`, markup: `<prp-faq ${attrs} searchable open="risks"></prp-faq>` },
    );
  }
}

describeLimited('accessibility tree', 'what a screen reader reads', () => {
  for (const scenario of SCENARIOS) {
    it(scenario.name, async () => {
      const level = Number(/heading-level="(\d)"/.exec(scenario.markup)![1]);
      const path = `/ax-${scenario.name.replace(/\W+/g, '-')}.html`;
      const url = server.page(path, { html: clinicPage({ head: moduleScript(), body: scenario.markup }) });
      const { page, record } = await browser.open(1024);
      await page.goto(url);
      await widgetsReady(page);
      await scenario.act?.(page);
      await widgetsReady(page);
      const { reads, landmarks } = await readingOrder(page);

      // No control is named with a citation: a box is its sign, a button its words.
      const citedNames = reads.filter(
        (read) => CONTROLS.has(read.role) && !/^\d+$/.test(read.text) && CITATION.test(read.text),
      );
      expect(citedNames.map((read) => `${read.role} "${read.text}"`)).toEqual([]);
      // Citation links exist, so the check above had something to look at.
      expect(reads.filter((read) => read.role === 'link' && /^\d+$/.test(read.text)).length).toBeGreaterThan(2);

      expect(readTwice(reads)).toEqual([]);

      // The outline: one heading at heading-level, the rest below it, never skipping a level.
      const levels = reads.filter((read) => read.role === 'heading').map((read) => read.level!);
      expect(levels[0]).toBe(level);
      expect(
        levels.slice(1).every((value) => value > level),
        `headings ${levels.join(' ')}`,
      ).toBe(true);
      levels
        .slice(1)
        .forEach((value, i) => expect(value, `headings ${levels.join(' ')}`).toBeLessThanOrEqual(levels[i] + 1));

      // One labelled region for the element (the page's own <main> aside), and no landmark inside it.
      const regions = landmarks.filter((landmark) => landmark.role === 'region');
      expect(regions.map((region) => region.name)).toEqual([reads.find((read) => read.role === 'heading')!.text]);
      expect(landmarks.filter((landmark) => landmark.inside.some((outer) => outer.startsWith('region')))).toEqual([]);

      expect(record.errors).toEqual([]);
      await page.close();
    });
  }
});
