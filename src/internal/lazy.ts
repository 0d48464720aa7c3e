/**
 * Part of the library loaded on first use (another language, the override checks). Bundlers put it in
 * its own chunk; the single-file CDN build inlines it. `value` is set once loaded.
 */
export class Lazy<T> {
  value?: T;
  private pending?: Promise<void>;

  constructor(private readonly loader: () => Promise<T>) {}

  /** Undefined when loaded; otherwise a promise that settles once it has loaded (or failed). */
  load(): Promise<void> | undefined {
    if (this.value !== undefined) return undefined;
    return (this.pending ??= this.loader().then((value) => void (this.value = value)));
  }
}
