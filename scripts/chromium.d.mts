/** Types for chromium.mjs, used by the TypeScript configs. */
export declare const CHROMIUM_ARGS: string[];
export declare const INSTALL_HELP: string;
export declare function findChromium(): string | undefined;
export declare function requireChromium(): string;
