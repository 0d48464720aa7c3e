/** Types for sizes.mjs, used by the size-budget test. */
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
}
export declare function bundle(entry: string): Promise<string>;
export declare function measure(code: string): Sizes;
export declare function measureEntries(): Promise<EntrySizes[]>;
