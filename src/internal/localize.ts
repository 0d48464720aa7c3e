/**
 * Language resolution and locale-aware formatting. Content itself lives in `src/content/<locale>/`.
 */
import type { PluralForms } from '../content/types.js';
import { type CivilDate, toUtcDate } from './dates.js';

export const SUPPORTED_LOCALES = ['en', 'es'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** One value per supported locale; the type makes a missing translation a compile error. */
export type PerLocale<T> = { readonly [L in Locale]: T };

/**
 * Best supported locale for a BCP 47 tag: exact match, then the primary language (`es-MX` → `es`).
 * Returns undefined when neither is supported, so the caller can warn and use English.
 */
export function matchLocale(tag: string): Locale | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return SUPPORTED_LOCALES.find((locale) => locale === primary);
}

/**
 * The language that applies to `element`: its own `lang`, else the nearest ancestor with `lang`
 * (crossing shadow roots), else `<html lang>`, else ''. Empty `lang` attributes are skipped.
 */
export function inheritedLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang && lang.trim()) return lang.trim();
    // A server's element has neither parent nor root: only its own `lang` applies there.
    node = node.parentElement ?? (node.getRootNode?.() as ShadowRoot | undefined)?.host ?? null;
  }
  return '';
}

/** A `lang` value as a server and a browser compare it: trimmed, lower case, `en` where there is none. */
export function langOrEnglish(lang: string): string {
  return lang.trim().toLowerCase() || 'en';
}

/** Fills `{name}` placeholders; unknown names are left as they are so a typo shows in review. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Like `fill`, but values may be templates (a `tel:` link); returns parts for a Lit template. */
export function fillParts(template: string, values: Readonly<Record<string, unknown>>): unknown[] {
  return template.split(/(\{\w+\})/).map((part) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return name !== undefined && name in values ? values[name] : part;
  });
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formats a calendar date in the given locale, e.g. "Sat, Nov 21" or "November 2026". */
export function formatDate(date: CivilDate, locale: Locale, options: Intl.DateTimeFormatOptions): string {
  const key = locale + JSON.stringify(options);
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter.format(toUtcDate(date));
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The words for `count` in the language's plural category: "1 day", "21 days" / "1 día", "21 días". */
export function countText(count: number, forms: PluralForms, locale: Locale): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const category = rules.select(count);
  return fill(forms[category] ?? forms.other, { n: count });
}

/** "A, B and C" / "A, B e Inyección": the language's own list rules. */
export function formatList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}

/** "tomorrow", "in 5 days" / "mañana", "dentro de 5 días". */
export function formatDaysFromNow(days: number, locale: Locale): string {
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day');
}

/**
 * Text typed in by the clinic (a name, a reviewer), isolated when it holds right-to-left letters, so an
 * Arabic or Hebrew name cannot reorder the English or Spanish sentence and phone number around it.
 */
export function isolateBidi(text: string): string {
  return /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/.test(text) ? `\u2068${text}\u2069` : text;
}
