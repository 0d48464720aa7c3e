/**
 * The machinery PrpElement delegates to, tested in Node with stand-in hosts: language resolution
 * (language.ts), waiting for on-demand parts (lazy.ts), the page watch (page-watch.ts) and content overrides
 * (content-override.ts, and the override rules' `resolve` in content.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

import { overrideRules, text } from '../../src/internal/content.js';
import { ContentOverrideController, type OverrideHost } from '../../src/internal/content-override.js';
import { localeLoads, requestedLocale, shownLocale } from '../../src/internal/language.js';
import { afterLoads, Lazy } from '../../src/internal/lazy.js';
import { LocaleContent } from '../../src/internal/locale-content.js';
import { PageWatchController } from '../../src/internal/page-watch.js';

/** A stand-in element: `lang` on itself or its parents, JSON children, controllers and updates counted. */
function fakeElement(
  options: { lang?: string; parentLang?: string; content?: unknown; json?: { lang?: string; text: string }[] } = {},
) {
  const parent = {
    getAttribute: (name: string) => (name === 'lang' ? (options.parentLang ?? null) : null),
    parentElement: null,
    getRootNode: () => ({}),
  };
  const scripts = (options.json ?? []).map((json) => ({ lang: json.lang ?? '', textContent: json.text }));
  const controllers: unknown[] = [];
  const host = {
    content: options.content,
    updates: 0,
    controllers,
    getAttribute: (name: string) => (name === 'lang' ? (options.lang ?? null) : null),
    parentElement: parent,
    getRootNode: () => ({}),
    querySelector: () => scripts[0] ?? null,
    querySelectorAll: () => scripts,
    addController: (controller: unknown) => controllers.push(controller),
    requestUpdate() {
      this.updates += 1;
    },
  };
  return host as typeof host & OverrideHost;
}

const warnings = () => {
  const log: string[] = [];
  const warn = (key: string, message: string) => {
    if (!log.some((line) => line.startsWith(`${key}|`))) log.push(`${key}|${message}`);
  };
  return { log, warn };
};

describe('language', () => {
  it('asks for the language of the nearest lang: own, then inherited; English when none', () => {
    const { log, warn } = warnings();
    expect(requestedLocale(fakeElement({ lang: 'es-MX' }) as unknown as Element, warn)).toBe('es');
    expect(requestedLocale(fakeElement({ parentLang: 'es' }) as unknown as Element, warn)).toBe('es');
    expect(requestedLocale(fakeElement({ lang: 'en-GB', parentLang: 'es' }) as unknown as Element, warn)).toBe('en');
    expect(requestedLocale(fakeElement() as unknown as Element, warn)).toBe('en');
    expect(log).toEqual([]);
  });

  it('an unsupported language gives English with one warning, which says when it came from the page', () => {
    const { log, warn } = warnings();
    expect(requestedLocale(fakeElement({ lang: 'fr' }) as unknown as Element, warn)).toBe('en');
    expect(requestedLocale(fakeElement({ parentLang: 'de' }) as unknown as Element, warn)).toBe('en');
    expect(log).toEqual([
      'lang:fr|ignored lang="fr": expected a supported language (en, es; regions such as es-MX are fine). Using English (en).',
      'lang:de|ignored lang="de" (from the page): expected a supported language (en, es; regions such as es-MX are fine). Using English (en).',
    ]);
  });

  it('shows the requested language once every content has it, and loads what is missing first', async () => {
    const bundled = new LocaleContent<string>({ en: 'hello', es: 'hola' });
    const onDemand = new LocaleContent<string>({ en: 'hello', es: () => Promise.resolve('hola') });
    const contents = [bundled, onDemand];
    expect(shownLocale('es', contents)).toBe('en');
    const loads = localeLoads('es', contents);
    expect(loads[0]).toBeUndefined();
    await loads[1];
    expect(shownLocale('es', contents)).toBe('es');
    expect(localeLoads('es', contents).every((load) => load === undefined)).toBe(true);
  });
});

describe('afterLoads', () => {
  it('runs at once when nothing is loading, so a bundled page renders in the same task', () => {
    expect(
      afterLoads(
        [undefined, undefined],
        () => 'rendered',
        () => {},
      ),
    ).toBe('rendered');
  });

  it('waits for every load; a failed load is reported and rendering still happens', async () => {
    let resolved = false;
    const slow = new Promise<void>((resolve) => setTimeout(() => resolve(void (resolved = true)), 5));
    await expect(
      afterLoads(
        [slow],
        () => resolved,
        () => {},
      ),
    ).resolves.toBe(true);
    const failed = vi.fn();
    const broken = Promise.reject(new Error('offline'));
    await expect(afterLoads([broken, undefined], () => 'rendered anyway', failed)).resolves.toBe('rendered anyway');
    expect(failed).toHaveBeenCalledOnce();
    expect(String(failed.mock.calls[0][0])).toContain('offline');
  });

  it('Lazy loads once, however often it is asked', async () => {
    const loader = vi.fn(() => Promise.resolve(42));
    const lazy = new Lazy(loader);
    await Promise.all([lazy.load(), lazy.load()]);
    expect(lazy.value).toBe(42);
    expect(lazy.load()).toBeUndefined();
    expect(loader).toHaveBeenCalledOnce();
  });
});

describe('page watch', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('re-renders every connected element when a lang changes or printing starts and ends, not disconnected ones', async () => {
    const observers: (() => void)[] = [];
    const listeners = new Map<string, () => void>();
    vi.stubGlobal(
      'MutationObserver',
      class {
        constructor(callback: () => void) {
          observers.push(callback);
        }
        observe() {}
      },
    );
    vi.stubGlobal('document', { documentElement: {} });
    vi.stubGlobal('window', {
      addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
    });
    const { printing: before } = await import('../../src/internal/page-watch.js');
    expect(before).toBe(false);
    const [a, b] = [fakeElement(), fakeElement()];
    const [watchA, watchB] = [new PageWatchController(a), new PageWatchController(b)];
    expect(a.controllers).toEqual([watchA]);
    watchA.hostConnected();
    watchB.hostConnected();
    watchB.hostDisconnected();
    expect(observers).toHaveLength(1); // one observer for the page
    observers[0]();
    listeners.get('beforeprint')!();
    expect((await import('../../src/internal/page-watch.js')).printing).toBe(true);
    listeners.get('afterprint')!();
    expect((await import('../../src/internal/page-watch.js')).printing).toBe(false);
    expect([a.updates, b.updates]).toEqual([3, 0]);
  });
});

describe('content overrides', () => {
  interface Content {
    title: string;
    intro: string;
  }
  const DEFAULTS: Content = { title: 'Default title', intro: 'Default intro' };
  const rules = overrideRules({ title: text(40), intro: text(40), sources: () => {} });
  const bibliography = [{ id: 'nhs', title: 'Back pain', publisher: 'NHS', url: 'https://www.nhs.uk/' }];

  function setUp(options: Parameters<typeof fakeElement>[0], loaded = true) {
    const host = fakeElement(options);
    const lazy = new Lazy(() => Promise.resolve(rules));
    if (loaded) lazy.value = rules;
    const { log, warn } = warnings();
    const controller = new ContentOverrideController(host, lazy, bibliography, warn);
    return { host, lazy, log, controller };
  }

  it('no override: the defaults, the built-in sources, nothing loaded, no warning', () => {
    const { controller, log, host } = setUp({}, false);
    expect(host.controllers).toEqual([controller]);
    expect(controller.load()).toBeUndefined();
    const { content, citations } = controller.resolve(DEFAULTS, 'en');
    expect(content).toBe(DEFAULTS);
    expect(citations.entries).toEqual([]);
    expect(citations.cite(['nhs'])).toEqual([1]);
    expect(log).toEqual([]);
  });

  it('an override loads the rules first, then merges field by field and makes the clinic sources citable', async () => {
    const clinic = { id: 'clinic', title: 'Our guide', publisher: 'Riverside Spine', url: 'https://example.org/' };
    const { controller, lazy } = setUp({ content: { title: 'Clinic title', sources: [clinic] } }, false);
    await controller.load();
    expect(lazy.value).toBe(rules);
    const { content, citations } = controller.resolve(DEFAULTS, 'en');
    expect(content).toEqual({ title: 'Clinic title', intro: 'Default intro' });
    expect(citations.cite(['clinic'])).toEqual([1]);
  });

  it('a JSON child: the one for the shown language first, else the one without lang', () => {
    const json = [{ lang: 'es-MX', text: '{"title":"Título de la clínica"}' }, { text: '{"title":"Clinic title"}' }];
    const { controller } = setUp({ json });
    expect(controller.resolve(DEFAULTS, 'es').content.title).toBe('Título de la clínica');
    expect(controller.resolve(DEFAULTS, 'en').content.title).toBe('Clinic title');
  });

  it('a bad override gives the defaults with one warning naming each failing path; bad JSON names the parse error', () => {
    const { controller, log } = setUp({ content: { title: '', colour: 'red' } });
    expect(controller.resolve(DEFAULTS, 'en').content).toBe(DEFAULTS);
    controller.resolve(DEFAULTS, 'en');
    expect(log).toEqual([
      'content:colour: unknown field,title: expected non-empty text, got string|ignored the content override (colour: unknown field; title: expected non-empty text, got string). Using the default content.',
    ]);
    const json = setUp({ json: [{ text: '{"title": ' }] });
    expect(json.controller.resolve(DEFAULTS, 'en').content).toBe(DEFAULTS);
    expect(json.log).toHaveLength(1);
    expect(json.log[0]).toMatch(
      /ignored its <script type="application\/json"> child: not valid JSON \(.+\)\. Using the default content\.$/,
    );
  });

  it('checks that failed to load: the defaults, with one warning that the override is ignored', () => {
    const { controller, log } = setUp({ content: { title: 'Clinic title' } }, false);
    expect(controller.resolve(DEFAULTS, 'en').content).toBe(DEFAULTS);
    controller.resolve(DEFAULTS, 'en');
    expect(log).toEqual([
      'content:checks|ignored the content override (its checks could not be loaded). Using the default content.',
    ]);
  });

  it('watches its JSON child while connected, to re-render when a clinic edits it', () => {
    const observed: unknown[] = [];
    let callback = () => {};
    vi.stubGlobal(
      'MutationObserver',
      class {
        constructor(onChange: () => void) {
          callback = onChange;
        }
        observe(target: unknown) {
          observed.push(target);
        }
        disconnect() {
          observed.pop();
        }
      },
    );
    const { controller, host } = setUp({});
    controller.hostConnected();
    expect(observed).toEqual([host]);
    callback();
    expect(host.updates).toBe(1);
    controller.hostDisconnected();
    expect(observed).toEqual([]);
    vi.unstubAllGlobals();
  });
});
