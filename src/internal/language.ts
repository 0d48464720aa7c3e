/**
 * Which language an element shows: the one its `lang` asks for (own, inherited or the page's) once that
 * language's content has loaded, else English. Rendering waits for the load (see `afterLoads`).
 */
import { describeValue } from './attributes.js';
import type { LocaleContent } from './locale-content.js';
import { DEFAULT_LOCALE, inheritedLang, type Locale, matchLocale, SUPPORTED_LOCALES } from './localize.js';

/** Logs one warning per distinct key (an element's `warnOnce`). */
export type Warn = (key: string, message: string) => void;

/** The supported language asked for by the `lang` that applies to `element`; English, with one warning, for any other. */
export function requestedLocale(element: Element, warn: Warn): Locale {
  const tag = inheritedLang(element);
  if (!tag) return DEFAULT_LOCALE;
  const locale = matchLocale(tag);
  if (locale) return locale;
  warn(
    `lang:${tag}`,
    `ignored lang="${describeValue(tag)}"${element.getAttribute('lang') === null ? ' (from the page)' : ''}: expected a supported language (${SUPPORTED_LOCALES.join(', ')}; regions such as es-MX are fine). Using English (en).`,
  );
  return DEFAULT_LOCALE;
}

/** `requested` once every content has it, else English (only after a load failed, since rendering waits for it). */
export function shownLocale(requested: Locale, contents: readonly LocaleContent<unknown>[]): Locale {
  return contents.every((content) => content.has(requested)) ? requested : DEFAULT_LOCALE;
}

/** What must load before `locale` can render: nothing once every content has it. */
export function localeLoads(
  locale: Locale,
  contents: readonly LocaleContent<unknown>[],
): (Promise<void> | undefined)[] {
  return contents.map((content) => content.load(locale));
}
