export declare const BROWSERS: Record<'chromium' | 'firefox', { name: string; env: string; path: string; apt: string }>;
export declare class SetupError extends Error {}
export declare function dependenciesAreCurrent(root?: string): boolean;
export declare function setUp(options?: { browsers?: Array<'chromium' | 'firefox'> }): void;
