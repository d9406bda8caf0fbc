export declare const CHROMIUM: string;
export declare function chromiumArgs(extensionDirs?: string | string[]): string[];
export declare function closeWelcome(context: import('@playwright/test').BrowserContext): Promise<void>;
