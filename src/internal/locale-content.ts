import { Lazy } from './lazy.js';
import { DEFAULT_LOCALE, SUPPORTED_LOCALES, type Locale } from './localize.js';

/** English ships with the element; every other language is a loader, called on first use. */
export type LocaleSources<T> = { readonly en: T } & { readonly [L in Exclude<Locale, 'en'>]: () => Promise<T> };

/**
 * An element's content in every supported language. Only English is bundled with the element, so a page
 * in English never downloads the Spanish text.
 */
export class LocaleContent<T> {
  private readonly others = new Map<Locale, Lazy<T>>();

  constructor(private readonly sources: LocaleSources<T>) {
    for (const locale of SUPPORTED_LOCALES) {
      if (locale !== DEFAULT_LOCALE) this.others.set(locale, new Lazy((sources as unknown as Record<Locale, () => Promise<T>>)[locale]));
    }
  }

  /** The content in `locale`, or English while that language is loading or if it failed to load. */
  get(locale: Locale): T {
    return this.others.get(locale)?.value ?? this.sources.en;
  }

  /** Whether the content in `locale` is here to render. */
  has(locale: Locale): boolean {
    return locale === DEFAULT_LOCALE || this.others.get(locale)?.value !== undefined;
  }

  /** Undefined when `locale` is ready to render; otherwise a promise that settles once it has loaded. */
  load(locale: Locale): Promise<void> | undefined {
    return this.others.get(locale)?.load();
  }
}
