export declare const CHROMIUM_ARGS: string[];
export declare function chromeBrowsers(): unknown[];
export declare function filterBrowserLogs(log: { type: string; args: unknown[] }): boolean;
