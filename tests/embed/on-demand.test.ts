/**
 * The module CDN file keeps Spanish and the override checks in chunks beside it. An English page never
 * fetches them; a Spanish page or an override fetches only what it needs, from the library's own folder;
 * if a chunk cannot load, the widget still shows English or its defaults, with one warning.
 */
import { describe, expect, it } from 'vitest';

import { embedSuite, widgetsReady } from './harness.js';
import { clinicPage } from './pages.js';

const { server, browser } = embedSuite();

const TIMELINE =
  '<prp-recovery-timeline id="t" procedure-date="2026-11-12" today="2026-11-21"></prp-recovery-timeline>';
const OVERRIDE = '<script type="application/json">{"title": "Recovery at Riverside"}</script>';

async function load(path: string, body: string, block?: RegExp) {
  const url = server.page(path, { html: clinicPage({ body }) });
  server.blocked = block; // the server cuts these requests off, as a blocked CDN path would
  const session = await browser.open();
  await session.page.goto(url);
  await widgetsReady(session.page);
  const { title, lang } = await session.page.evaluate(() => {
    const root = document.getElementById('t')!.shadowRoot!;
    return {
      title: root.querySelector('.title')!.textContent,
      lang: root.querySelector('.widget')!.getAttribute('lang'),
    };
  });
  const chunks = session.record.requests
    .filter((r) => r.includes('/dist/cdn/chunks/'))
    .map((r) => r.split('/chunks/')[1].replace(/-[\w-]{8}\.js$/, ''));
  return { ...session, title, lang, chunks };
}

describe('what the module fetches on demand', () => {
  it('an English page fetches nothing but the module', async () => {
    const { page, title, chunks, record } = await load('/od-en.html', TIMELINE);
    expect(title).toBe('Your recovery after a PRP injection');
    expect(chunks).toEqual([]);
    expect(record.warnings).toEqual([]);
    await page.close();
  });

  it('a Spanish element fetches the Spanish text it shows, and only that', async () => {
    const { page, title, lang, chunks, record } = await load('/od-es.html', `<div lang="es-MX">${TIMELINE}</div>`);
    expect(title).toBe('Su recuperación después de una inyección de PRP');
    expect(lang).toBe('es');
    expect(chunks.sort()).toEqual(['es-common', 'es-recovery-timeline', 'es-warning-signs']);
    expect(record.warnings).toEqual([]);
    await page.close();
  });

  it('a prolotherapy page fetches the prolotherapy text, and only that', async () => {
    const { page, title, chunks, record } = await load(
      '/od-prolo.html',
      TIMELINE.replace('id="t"', 'id="t" procedure="prolotherapy"'),
    );
    expect(title).toBe('Your recovery after prolotherapy');
    expect(chunks).toEqual(['en-recovery-timeline-prolotherapy']);
    expect(record.warnings).toEqual([]);
    await page.close();
  });

  it("a page with a prerendered element fetches Lit's hydration, and only that", async () => {
    // Prerendered by another version: the element renders again in place, after the hydration support loads.
    const { page, title, chunks, record } = await load(
      '/od-prerendered.html',
      TIMELINE.replace('id="t"', 'id="t" prerendered="en 0.0.1"'),
    );
    expect(title).toBe('Your recovery after a PRP injection');
    expect(chunks).toEqual(['lit-hydration']);
    expect(record.warnings).toEqual([]);
    await page.close();
  });

  it('an override fetches the checks and is shown', async () => {
    const body = TIMELINE.replace('></prp-recovery-timeline>', `>${OVERRIDE}</prp-recovery-timeline>`);
    const { page, title, chunks, record } = await load('/od-override.html', body);
    expect(title).toBe('Recovery at Riverside');
    expect(chunks.some((c) => c.startsWith('checks-recovery-timeline.schema'))).toBe(true);
    expect(chunks.filter((c) => c.startsWith('es-'))).toEqual([]); // no Spanish
    expect(record.warnings).toEqual([]);
    await page.close();
  });

  it('if the chunks cannot load: English and the defaults, one warning each, never blank', async () => {
    const body = `<div lang="es">${TIMELINE.replace('></prp-recovery-timeline>', `>${OVERRIDE}</prp-recovery-timeline>`)}</div>`;
    const { page, title, lang, record } = await load('/od-blocked.html', body, /\/dist\/cdn\/chunks\//);
    expect(title).toBe('Your recovery after a PRP injection');
    expect(lang, 'the shown language, so screen readers use the right voice').toBe('en');
    expect(record.warnings.filter((w) => w.includes('could not load'))).toHaveLength(1);
    expect(record.warnings.filter((w) => w.includes('ignored the content override'))).toHaveLength(1);
    await page.close();
  });
});
