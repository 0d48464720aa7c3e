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

/**
 * Runs `then` at once when nothing is loading (so a bundled page renders in the same task), else once every
 * load has settled. A failed load is reported to `failed` and `then` still runs: the element shows what it has.
 */
export function afterLoads<R>(
  loads: readonly (Promise<void> | undefined)[],
  then: () => R,
  failed: (error: unknown) => void,
): R | Promise<R> {
  const pending = loads.filter((load) => load !== undefined);
  if (pending.length === 0) return then();
  return Promise.all(pending).then(then, (error: unknown) => {
    failed(error);
    return then();
  });
}
