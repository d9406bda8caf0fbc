// How every Upward tool starts Firefox with the built extension: the Firefox journeys
// (tests/firefox/), the demo (`npm run demo -- --firefox`) and the minimum-version run.
// Real Firefox driven over WebDriver BiDi by puppeteer-core: Playwright cannot drive a
// stock Firefox, and no geckodriver is at hand.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const EXTENSION_DIR = join(ROOT, '.output/firefox-mv3');

/**
 * Firefox gives each install a random moz-extension UUID; fixing it by pref makes
 * `moz-extension://UUID/popup.html` an address the tools can open.
 */
export const EXTENSION_UUID = '5e1f0a7c-0b5e-4c1a-9d2e-75a1d0c0ffee';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** `153.8.0esr`, from the binary itself (no browser started). */
export function firefoxVersion(executablePath = FIREFOX) {
  return execFileSync(executablePath, ['--version'], { encoding: 'utf8' })
    .trim()
    .replace(/^Mozilla Firefox /, '');
}

/** The build's gecko id, read from the built manifest (wxt.config.ts is the one place it is set). */
export function geckoId(extensionDir = EXTENSION_DIR) {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string') throw new Error(`${extensionDir}/manifest.json has no gecko id: is it a Firefox build?`);
  return id;
}

/**
 * The extension is installed the way a user's is: into the profile, where it stays across
 * restarts (a WebDriver "temporary" install is dropped when the browser quits, which would
 * turn a restart test into an install test). The profile's `extensions/<id>` file points at
 * the unpacked build; ESR, Developer Edition and Nightly accept it unsigned.
 */
function installIntoProfile(profileDir, extensionDir) {
  mkdirSync(join(profileDir, 'extensions'), { recursive: true });
  writeFileSync(join(profileDir, 'extensions', geckoId(extensionDir)), extensionDir);
}

function prefs(options, extensionDir) {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId(extensionDir)]: EXTENSION_UUID }),
    // The add-on in the profile: allowed unsigned, and enabled without asking.
    'xpinstall.signatures.required': false,
    'extensions.autoDisableScopes': 0,
    // No notification daemon here: Firefox's own alerts keep notifications for getAll().
    'alerts.useSystemBackend': false,
    // 5 is Total Cookie Protection (third-party storage partitioned per site), Firefox's
    // default, set explicitly: the prep card is a third-party frame and must still see the one store.
    'network.cookie.cookieBehavior': options.cookieBehavior ?? 5,
    // Pages' console errors to stdout, so errors in the background page are seen too.
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
 * argument quoted or in parentheses; its own modules' loggers print a bare "Name:" prefix or
 * name their chrome:// or resource:// source).
 */
export function isPageError(line) {
  if (line.startsWith('JavaScript error: moz-extension://')) return true;
  return /^console\.error: ["(]/.test(line) && !/(chrome|resource):\/\//.test(line);
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Navigates a tab to an extension page. BiDi never reports such a navigation as done, so it
 * is started, not awaited, and the page itself is asked when it has loaded.
 */
export async function goToExtensionPage(page, url, timeoutMs = 15_000) {
  void page.goto(url).catch(() => undefined);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '');
    if (state === `${url} complete`) return;
    if (Date.now() > deadline) throw new Error(`${url} did not load within ${timeoutMs / 1000} s (last: "${state}").`);
    await sleep(100);
  }
}

export async function launchFirefox(options) {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  installIntoProfile(options.profileDir, extensionDir);
  const executablePath = options.executablePath ?? FIREFOX;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    userDataDir: options.profileDir,
    defaultViewport: options.viewport === undefined ? { width: 1280, height: 800 } : options.viewport,
    // Without it, WebDriver BiDi refuses to navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefs(options, extensionDir),
  });
  const errors = [];
  let pending = '';
  const collect = (chunk) => {
    const lines = (pending + chunk.toString('utf8')).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (isPageError(line)) errors.push(line);
  };
  browser.process()?.stdout?.on('data', collect);
  browser.process()?.stderr?.on('data', collect);

  const url = (path) => `${EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`;
  const firefox = {
    browser,
    version: (await browser.version()).replace(/^firefox\//, ''),
    url,
    async open(path) {
      const page = await browser.newPage();
      await goToExtensionPage(page, url(path));
      return page;
    },
    errors,
    close: () => browser.close().catch(() => undefined),
  };
  // Resolves once Upward is installed and running (its pages load), or says why not.
  const probe = await browser.newPage();
  try {
    await goToExtensionPage(probe, url('popup.html'));
  } catch {
    await firefox.close();
    throw new Error(
      `Upward did not start in Firefox ${firefox.version} (${executablePath}). Is the build in ${extensionDir} ` +
        'complete, and is this Firefox an ESR, Developer Edition or Nightly (release builds refuse unsigned add-ons)?',
    );
  }
  await probe.close();
  return firefox;
}

const CALENDAR_ORIGINS = [
  'https://calendar.google.com/',
  'https://outlook.office.com/',
  'https://outlook.cloud.microsoft/',
];

/**
 * Opens a tab on the calendar, answering every calendar request with `html` (request
 * interception: no server, no certificate, no network); any other web request is refused.
 * `beforeLoad` is a script the page runs before its own.
 */
export async function openCalendar(firefox, { url, html, beforeLoad }) {
  const page = await firefox.browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const address = request.url();
    if (CALENDAR_ORIGINS.some((origin) => address.startsWith(origin))) {
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    } else if (/^(moz-extension|data|blob|about):/.test(address)) {
      void request.continue();
    } else {
      void request.abort();
    }
  });
  if (beforeLoad) await page.evaluateOnNewDocument(beforeLoad);
  await page.goto(url);
  return page;
}

/**
 * The open prep card's frame, once it shows its heading. It lives in a closed shadow root and
 * BiDi lists it as about:blank, so each frame is asked where it is.
 */
export async function prepFrame(page, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      const ready = await frame
        .evaluate(() => location.pathname === '/prep.html' && !!document.querySelector('h1'))
        .catch(() => false);
      if (ready) return frame;
    }
    if (Date.now() > deadline) throw new Error(`The prep card did not open within ${timeoutMs / 1000} s.`);
    await sleep(100);
  }
}
