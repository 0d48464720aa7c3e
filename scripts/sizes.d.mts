/** Types for sizes.mjs, used by the size-budget test and the benchmark. */
export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}
export interface EntrySizes extends Sizes {
  entry: string;
  file: string;
  isCdn: boolean;
  note: string;
  /** npm entries: the same entry with `lit` bundled. */
  withLit?: Sizes;
  /** The chunks loaded on demand (other languages, override checks): sums over the files. */
  onDemand?: Sizes & { files: number };
}
export declare function bundle(
  entry: string,
  options?: { litExternal?: boolean },
): Promise<{ code: string; lazy: string[] }>;
export declare function measureFiles(codes: string[]): Sizes & { files: number };
export declare function measure(code: string): Sizes;
export declare function measureLit(): Promise<Sizes>;
export declare function measureEntries(): Promise<EntrySizes[]>;
export declare function sizeTable(rows: EntrySizes[], lit: Sizes): string;
export declare const kb: (n: number) => string;
