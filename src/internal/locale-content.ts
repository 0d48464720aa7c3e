import { Lazy } from './lazy.js';
import { DEFAULT_LOCALE, type Locale, SUPPORTED_LOCALES } from './localize.js';

/** Per language: the content itself (bundled with the element) or a loader, called on first use. */
export type LocaleSources<T> = { readonly [L in Locale]: T | (() => Promise<T>) };

/**
 * Content in every supported language. What an element needs on most pages (its English text) is bundled
 * with it; the rest (Spanish, prolotherapy) are loaders, so a page never downloads text it does not show.
 * Bundlers put each loader's module in its own chunk; the one-file classic script inlines them all.
 */
export class LocaleContent<T> {
  private readonly bundled = new Map<Locale, T>();
  private readonly lazy = new Map<Locale, Lazy<T>>();

  constructor(sources: LocaleSources<T>) {
    for (const locale of SUPPORTED_LOCALES) {
      const source = sources[locale];
      if (typeof source === 'function') this.lazy.set(locale, new Lazy(source as () => Promise<T>));
      else this.bundled.set(locale, source);
    }
  }

  private value(locale: Locale): T | undefined {
    return this.bundled.get(locale) ?? this.lazy.get(locale)?.value;
  }

  /** Whether the content in `locale` is here to render. */
  has(locale: Locale): boolean {
    return this.value(locale) !== undefined;
  }

  /**
   * The content in `locale`, else in English. Rendering waits for `load()`, so this throws (and the element
   * shows its could-not-render notice) only when neither could be loaded.
   */
  get(locale: Locale): T {
    const content = this.value(locale) ?? this.value(DEFAULT_LOCALE);
    if (content === undefined) throw new Error(`content for "${locale}" is not loaded`);
    return content;
  }

  /** Undefined when `locale` is ready to render; otherwise a promise that settles once it has loaded. */
  load(locale: Locale): Promise<void> | undefined {
    return this.has(locale) ? undefined : this.lazy.get(locale)?.load();
  }
}
