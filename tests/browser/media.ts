/**
 * Media emulation that works in every engine. Chromium emulates print, reduced motion and dark mode through
 * the DevTools protocol; Firefox (WebDriver BiDi) and WebKit (WebDriver) cannot. There the elements' own media
 * rules are switched instead: each `@media` condition the test emulates is rewritten to always or never match,
 * in every stylesheet the elements and the page use, and `matchMedia` answers the same way. So the same
 * assertions run in all three engines; only Chromium also proves that the platform's own switch reaches them.
 */
import { emulateMedia } from '@web/test-runner-commands';

import { TAGS } from '../embed/pages.js';

export interface Media {
  media?: 'screen' | 'print';
  reducedMotion?: 'no-preference' | 'reduce';
  colorScheme?: 'light' | 'dark';
}

/** True in Chromium, where the DevTools protocol emulates media for real. */
export const realEmulation = /\bChrome\//.test(navigator.userAgent) && !/Firefox|Edg\//.test(navigator.userAgent);

/**
 * Where the emulation edits the elements' own sheets, every widget this page connects stays alive: WebKit
 * crashes the page when a sheet changes while a shadow root whose element was removed and garbage-collected
 * still adopts it (src/internal/render-slices.ts, whose sheet therefore never changes).
 */
const keptAlive = new Set<Element>();
if (!realEmulation)
  for (const tag of TAGS)
    void customElements.whenDefined(tag).then((element) => {
      const { prototype } = element as unknown as { prototype: HTMLElement & { connectedCallback(): void } };
      const connected = prototype.connectedCallback;
      prototype.connectedCallback = function (this: HTMLElement & { connectedCallback(): void }) {
        keptAlive.add(this);
        connected.call(this);
      };
    });

const state: Required<Media> = { media: 'screen', reducedMotion: 'no-preference', colorScheme: 'light' };
const originals = new WeakMap<MediaList, string>();
const realMatchMedia = window.matchMedia.bind(window);

/** Each emulated condition, and the opposite condition, as the browser serialises them. */
function replacements(): Array<[RegExp, string]> {
  const rules: Array<[RegExp, string]> = [];
  if (state.media === 'print') rules.push([/^print$/, 'all'], [/^screen$/, 'not all']);
  if (state.reducedMotion === 'reduce')
    rules.push(
      [/\(prefers-reduced-motion: ?reduce\)/g, 'all'],
      [/\(prefers-reduced-motion: ?no-preference\)/g, 'not all'],
    );
  if (state.colorScheme === 'dark')
    rules.push([/\(prefers-color-scheme: ?dark\)/g, 'all'], [/\(prefers-color-scheme: ?light\)/g, 'not all']);
  return rules;
}

function* mediaRules(rules: CSSRuleList): Generator<CSSMediaRule> {
  for (const rule of rules) {
    if (rule instanceof CSSMediaRule) yield rule;
    if ('cssRules' in rule) yield* mediaRules((rule as CSSGroupingRule).cssRules);
  }
}

/** Every stylesheet the elements can use: each element class's styles, the page's, and each open shadow root's. */
function allSheets(): CSSStyleSheet[] {
  const sheets = new Set<CSSStyleSheet>([...document.styleSheets, ...document.adoptedStyleSheets]);
  for (const tag of TAGS) {
    const element = customElements.get(tag) as unknown as {
      finalize?: () => void;
      elementStyles?: Array<{ styleSheet?: CSSStyleSheet } | CSSStyleSheet>;
    };
    element?.finalize?.();
    for (const style of element?.elementStyles ?? []) {
      const sheet = style instanceof CSSStyleSheet ? style : style.styleSheet;
      if (sheet) sheets.add(sheet);
    }
  }
  for (const host of document.querySelectorAll('*'))
    for (const sheet of host.shadowRoot?.adoptedStyleSheets ?? []) sheets.add(sheet);
  return [...sheets];
}

function rewriteStylesheets(): void {
  const rules = replacements();
  for (const sheet of allSheets()) {
    for (const rule of mediaRules(sheet.cssRules)) {
      if (!originals.has(rule.media)) originals.set(rule.media, rule.media.mediaText);
      const original = originals.get(rule.media)!;
      const text = rules.reduce((text, [pattern, value]) => text.replace(pattern, value), original);
      if (rule.media.mediaText !== text) rule.media.mediaText = text;
    }
  }
}

function emulatedMatchMedia(query: string): MediaQueryList {
  const forced = replacements().find(([pattern]) => new RegExp(pattern.source).test(query.trim()));
  if (!forced) return realMatchMedia(query);
  const list = realMatchMedia(query);
  return Object.create(list, { matches: { value: forced[1] === 'all' } }) as MediaQueryList;
}

/** Emulates `media` (the values not given stay as they are) until a later call sets them back. */
export async function emulate(media: Media): Promise<void> {
  Object.assign(state, media);
  if (realEmulation) {
    await emulateMedia(media);
    return;
  }
  rewriteStylesheets();
  window.matchMedia = emulatedMatchMedia;
  // Let the engine restyle before the test reads computed styles.
  await new Promise((done) => requestAnimationFrame(() => done(undefined)));
}
