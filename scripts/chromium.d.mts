export declare const CHROMIUM: string;
export declare function chromiumArgs(extensionDirs?: string | string[]): string[];
