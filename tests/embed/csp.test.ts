/**
 * Scenario 1: a strict Content Security Policy sent as a response header. No inline script or style is
 * allowed, so the widgets must style themselves through constructable stylesheets and never need eval.
 */
import { describe, expect, it } from 'vitest';

import { exerciseAll } from './exercise.js';
import { embedSuite, pageAlarms, widgetsReady } from './harness.js';
import { classicScript, clinicPage, moduleScript, STRICT_CSP } from './pages.js';

const { server, browser } = embedSuite();

describe('strict Content-Security-Policy header', () => {
  for (const [name, head] of [
    ['ES module', moduleScript()],
    ['classic script', classicScript()],
  ] as const) {
    it(`${name}: every element renders styled and works, with no violation reported`, async () => {
      const url = server.page(`/csp-${name.replace(/\W/g, '')}.html`, {
        html: clinicPage({ head }),
        headers: { 'content-security-policy': STRICT_CSP },
      });
      const { page, record } = await browser.open();
      await page.goto(url);
      await widgetsReady(page);
      await exerciseAll(page);
      const alarms = await pageAlarms(page);
      expect(alarms.violations).toEqual([]);
      expect(record.errors).toEqual([]);
      await page.close();
    });
  }

  it("with Trusted Types enforced, allowing Lit's policy name (lit-html): renders and works, no violation", async () => {
    const url = server.page('/csp-trusted-types.html', {
      html: clinicPage(),
      headers: {
        'content-security-policy': `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types lit-html`,
      },
    });
    const { page, record } = await browser.open();
    await page.goto(url);
    await widgetsReady(page);
    await exerciseAll(page);
    expect((await pageAlarms(page)).violations).toEqual([]);
    expect(record.errors).toEqual([]);
    await page.close();
  });

  it('the negative control: an inline style on the same page is reported', async () => {
    const url = server.page('/csp-control.html', {
      html: clinicPage({ body: '<p style="color: red">inline</p>' }),
      headers: { 'content-security-policy': STRICT_CSP },
    });
    const { page } = await browser.open();
    await page.goto(url);
    await expect.poll(() => pageAlarms(page).then((a) => a.violations)).toEqual([expect.stringMatching(/^style-src/)]);
    await page.close();
  });
});
