export type Engine = 'chromium' | 'firefox' | 'webkit';
export declare const ENGINES: readonly Engine[];
export declare function currentEngine(): Engine;
export declare function findFirefox(): string | undefined;
export declare function findMiniBrowser(): string | undefined;
export declare function missingFor(engine: Engine): string | undefined;
export declare function firefoxLaunchOptions(extraPrefsFirefox?: Record<string, unknown>): {
  browser: 'firefox';
  executablePath: string | undefined;
  headless: boolean;
  protocol: 'webDriverBiDi';
  extraPrefsFirefox: Record<string, unknown>;
};
export declare function chromiumLaunchOptions(): {
  executablePath: string | undefined;
  headless: boolean;
  args: string[];
};
export interface WebKitDriver {
  readonly connection: {
    readonly hostname: string;
    readonly port: number;
    readonly logLevel: 'error';
    readonly connectionRetryTimeout: number;
    readonly connectionRetryCount: number;
    readonly capabilities: {
      browserName: string;
      'wdio:enforceWebDriverClassic': boolean;
      'webkitgtk:browserOptions': { binary: string | undefined; args: string[] };
    };
  };
  focus(): Promise<void>;
  stop(): void;
}
export declare function startWebKit(): Promise<WebKitDriver>;
export declare const ENGINE_LIMITS: Readonly<
  Record<
    'heap metrics' | 'forced colours' | 'accessibility tree' | 'default font size',
    { readonly engines: readonly Engine[]; readonly why: string }
  >
>;
export type WebDriverCall = <T = any>(method: string, path: string, body?: unknown) => Promise<T>;
export declare const MINIBROWSER_MIN_WIDTH: number;
export declare function setWebKitViewport(session: WebDriverCall, width: number, height: number): Promise<void>;
export declare function webkitClient(webkit: WebKitDriver): {
  call: WebDriverCall;
  newSession(extra?: Record<string, unknown>): Promise<WebDriverCall>;
};
