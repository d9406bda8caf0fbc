import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { poll } from './poll';

/**
 * Real Firefox with the built extension, driven over WebDriver BiDi by puppeteer-core
 * (Playwright cannot drive a stock Firefox, and no geckodriver is at hand). One launcher
 * for every Firefox journey, the demo and the minimum-version run.
 */

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const EXTENSION_DIR = resolve('.output/firefox-mv3');

/** `153.8.0esr`, from the binary itself (no browser started). */
export function firefoxVersion(executablePath = FIREFOX): string {
  const output = execFileSync(executablePath, ['--version'], { encoding: 'utf8' });
  return output.trim().replace(/^Mozilla Firefox /, '');
}

/** The build's gecko id, read from the built manifest (wxt.config.ts is the one place it is set). */
export function geckoId(extensionDir = EXTENSION_DIR): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string') throw new Error(`${extensionDir}/manifest.json has no gecko id: is it a Firefox build?`);
  return id;
}

/**
 * Firefox gives each install a random moz-extension UUID; fixing it by pref makes
 * `moz-extension://UUID/popup.html` an address the tests can open.
 */
export const EXTENSION_UUID = '5e1f0a7c-0b5e-4c1a-9d2e-75a1d0c0ffee';
export const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;

export interface LaunchOptions {
  /** The profile directory: reuse it to restart the same browser. */
  profileDir: string;
  executablePath?: string;
  extensionDir?: string;
  /** `dark` or `light` for what web pages see as `prefers-color-scheme`. */
  colorScheme?: 'dark' | 'light';
  /** Where downloads land, without asking. */
  downloadsDir?: string;
  /**
   * `network.cookie.cookieBehavior`: 5 is Total Cookie Protection (third-party storage
   * partitioned per site, Firefox's default), 1 blocks all third-party cookies and storage.
   */
  cookieBehavior?: 1 | 5;
  headless?: boolean;
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

/**
 * The extension is installed the way a user's is: into the profile, where it stays across
 * restarts (a WebDriver "temporary" install is dropped when the browser quits, which would
 * make a restart test an install test). The profile's `extensions/<id>` file points at the
 * unpacked build; ESR, Developer Edition and Nightly accept it unsigned.
 */
function installIntoProfile(profileDir: string, extensionDir: string): void {
  mkdirSync(join(profileDir, 'extensions'), { recursive: true });
  writeFileSync(join(profileDir, 'extensions', geckoId(extensionDir)), extensionDir);
}

function prefs(options: LaunchOptions, extensionDir: string): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId(extensionDir)]: EXTENSION_UUID }),
    // The add-on in the profile: allowed unsigned, and enabled without asking.
    'xpinstall.signatures.required': false,
    'extensions.autoDisableScopes': 0,
    // No notification daemon here: Firefox's own alerts keep notifications for getAll().
    'alerts.useSystemBackend': false,
    // Total Cookie Protection (dynamic partitioning of third-party storage), Firefox's default,
    // set explicitly: the prep card is a third-party frame and must still see the one store.
    'network.cookie.cookieBehavior': options.cookieBehavior ?? 5,
    // Console errors to stdout, so errors in the background page are seen too.
    'devtools.console.stdout.content': true,
    ...(options.colorScheme && {
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
    }),
    ...(options.downloadsDir && {
      'browser.download.folderList': 2,
      'browser.download.dir': options.downloadsDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
    }),
  };
}

/**
 * Lines of Firefox's output that are errors from pages' own code: uncaught errors in
 * moz-extension:// documents, and console.error calls from pages (Firefox prints their first
 * argument quoted or in parentheses; its own modules' loggers print a bare "Name:" prefix and
 * name their chrome:// or resource:// source).
 */
export function isPageError(line: string): boolean {
  if (line.startsWith('JavaScript error: moz-extension://')) return true;
  return /^console\.error: ["(]/.test(line) && !/(chrome|resource):\/\//.test(line);
}

export async function launchFirefox(options: LaunchOptions): Promise<Firefox> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  installIntoProfile(options.profileDir, extensionDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: options.executablePath ?? FIREFOX,
    headless: options.headless ?? true,
    userDataDir: options.profileDir,
    defaultViewport: { width: 1280, height: 800 },
    // Without it, WebDriver BiDi refuses to navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefs(options, extensionDir),
  });
  const errors: string[] = [];
  let pending = '';
  const collect = (chunk: Buffer) => {
    const lines = (pending + chunk.toString('utf8')).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (isPageError(line)) errors.push(line);
  };
  browser.process()?.stdout?.on('data', collect);
  browser.process()?.stderr?.on('data', collect);

  const url = (path: string) => `${extensionOrigin}/${path.replace(/^\//, '')}`;
  const firefox: Firefox = {
    browser,
    version: (await browser.version()).replace(/^firefox\//, ''),
    url,
    async open(path) {
      const page = await browser.newPage();
      await goToExtensionPage(page, url(path));
      return page;
    },
    errors,
    async close() {
      await browser.close().catch(() => undefined);
    },
  };
  try {
    await waitForExtension(firefox);
  } catch (error) {
    await firefox.close();
    throw error;
  }
  return firefox;
}

/**
 * Navigates a tab to an extension page. BiDi never reports such a navigation as done, so it
 * is started, not awaited, and the page itself is asked when it has loaded.
 */
export async function goToExtensionPage(page: Page, url: string): Promise<void> {
  void page.goto(url).catch(() => undefined);
  await poll(
    () =>
      page
        .evaluate(() => `${location.href} ${document.readyState}`)
        .then((state) => state === `${url} complete`)
        .catch(() => false),
    { what: `${url} to load` },
  );
}

/** Resolves once the extension is installed and running (its pages load), or says why not. */
async function waitForExtension(firefox: Firefox): Promise<void> {
  const page = await firefox.browser.newPage();
  try {
    await goToExtensionPage(page, firefox.url('manifest.json')).catch(() => {
      throw new Error(
        `Upward did not start in Firefox ${firefox.version}. Is the build in ${EXTENSION_DIR} complete, and is ` +
          'this Firefox an ESR, Developer Edition or Nightly (release builds refuse unsigned add-ons)?',
      );
    });
  } finally {
    await page.close();
  }
}
