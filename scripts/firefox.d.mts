import type { Browser, Frame, Page } from 'puppeteer-core';

export declare const FIREFOX: string;
export declare const EXTENSION_DIR: string;
export declare const EXTENSION_UUID: string;
export declare const EXTENSION_ORIGIN: string;

export interface LaunchOptions {
  /** The profile directory: reuse it to restart the same browser. */
  profileDir: string;
  executablePath?: string;
  extensionDir?: string;
  /** What web pages see as `prefers-color-scheme`. */
  colorScheme?: 'dark' | 'light';
  /** Where downloads land, without asking. */
  downloadsDir?: string;
  /**
   * `network.cookie.cookieBehavior`: 5 is Total Cookie Protection (third-party storage
   * partitioned per site, Firefox's default), 1 blocks all third-party cookies and storage.
   */
  cookieBehavior?: 1 | 5;
  headless?: boolean;
  /** The tabs' viewport; `null` lets a headed window size itself. */
  viewport?: { width: number; height: number } | null;
}

export interface Firefox {
  browser: Browser;
  /** `153.8.0`. */
  version: string;
  /** An extension page's address: `moz-extension://UUID/options.html`. */
  url(path: string): string;
  /** Opens an extension page in a new tab and resolves once it has loaded. */
  open(path: string): Promise<Page>;
  /** Errors raised by page code (Upward's background, pages and content scripts, the test pages), as Firefox logged them. */
  errors: string[];
  close(): Promise<void>;
}

export declare function firefoxVersion(executablePath?: string): string;
export declare function geckoId(extensionDir?: string): string;
export declare function isPageError(line: string): boolean;
export declare function goToExtensionPage(page: Page, url: string, timeoutMs?: number): Promise<void>;
export declare function launchFirefox(options: LaunchOptions): Promise<Firefox>;

export interface CalendarOptions {
  url: string;
  /** The document every calendar URL answers with. */
  html: string;
  /** A script the page runs before its own (a hostile page's spy). */
  beforeLoad?: string;
}
export declare function openCalendar(firefox: Firefox, options: CalendarOptions): Promise<Page>;
export declare function prepFrame(page: Page, timeoutMs?: number): Promise<Frame>;
