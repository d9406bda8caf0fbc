import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, test as base, chromium, type Worker } from '@playwright/test';
import { CHROMIUM, chromiumArgs } from '../../scripts/chromium.mjs';
import { readStoreInPage } from '../support/in-page';
import type { PersonForm } from '../support/people';

export { type PersonForm, SAMPLE_PEOPLE } from '../support/people';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

/** Launches Chromium with the built extension on a profile directory (reuse it to simulate a restart). */
export async function launchWithExtension(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs(EXTENSION_DIR),
  });
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

interface Fixtures {
  profileDir: string;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Every request the browser made that did not stay inside the extension. */
  outsideRequests: string[];
  /** Console errors and uncaught exceptions from pages and the service worker. */
  consoleErrors: string[];
}

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature.
  profileDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'upward-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ profileDir }, use) => {
    const context = await launchWithExtension(profileDir);
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(await serviceWorkerOf(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  outsideRequests: async ({ context }, use) => {
    const seen: string[] = [];
    context.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('chrome-extension://') && !url.startsWith('data:')) seen.push(url);
    });
    await use(seen);
  },
  consoleErrors: async ({ context }, use) => {
    const errors: string[] = [];
    context.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    context.on('weberror', (error) => errors.push(String(error.error())));
    await use(errors);
  },
});

export const expect = test.expect;

/** Reads a whole store of the extension's database from inside its service worker. */
export function readStore<T = Record<string, unknown>>(worker: Worker, store: string): Promise<T[]> {
  return worker.evaluate(readStoreInPage<T>, store);
}

/** Sets up "you" and the people through the real settings page, as a user would. */
export async function setUpPeople(context: BrowserContext, extensionId: string, everyone: PersonForm[]): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Your name').fill('Sam Patel');
  await options.getByLabel('Your email addresses (comma separated)').fill('sam@example.com');
  await options.getByRole('button', { name: 'Save', exact: true }).click();
  await test.expect(options.getByText('Saved.')).toBeVisible();
  for (const person of everyone) {
    await options.getByLabel('Their name').fill(person.name);
    await options.getByLabel('Their email addresses (comma separated)').fill(person.emails);
    await options.getByLabel('Other names on the calendar (comma separated)').fill(person.aliases ?? '');
    await options.getByLabel('They are your').selectOption(person.relation);
    await options.getByRole('button', { name: 'Add person' }).click();
    await test.expect(options.getByRole('list', { name: 'People' })).toContainText(person.name);
  }
  await options.close();
}

/** Serves a saved calendar page in place of the real site: no network, no account. */
export async function routeToFixture(context: BrowserContext, urlPattern: string, fixturePath: string): Promise<void> {
  const { readFileSync } = await import('node:fs');
  const body = readFileSync(fixturePath, 'utf8');
  await context.route(urlPattern, (route) => route.fulfill({ status: 200, contentType: 'text/html', body }));
}

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: string;
}

/**
 * Stops the background's service worker, as the browser does after 30 s idle. The DevTools
 * protocol's `ServiceWorker.stopWorker`, sent from an extension page of ours (a page of another
 * origin does not see the worker). Resolves once the worker has stopped.
 */
export async function stopBackground(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const cdp = await context.newCDPSession(page);
    const latest = new Map<string, WorkerVersion>();
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: WorkerVersion[] }) => {
      for (const version of versions) latest.set(version.versionId, version);
    });
    await cdp.send('ServiceWorker.enable');
    const background = () => [...latest.values()].find((v) => v.scriptURL.endsWith('/background.js'));
    await expect.poll(() => background()?.runningStatus).toBe('running');
    await cdp.send('ServiceWorker.stopWorker', { versionId: background()?.versionId ?? '' });
    await expect.poll(() => background()?.runningStatus).toBe('stopped');
    await cdp.detach();
  } finally {
    await page.close();
  }
}

/**
 * Reads a whole store from an extension page (the database's own origin). Unlike `readStore`,
 * this does not need the service worker, which may have been stopped or replaced.
 */
export async function readStoreFromPage<T = Record<string, unknown>>(
  context: BrowserContext,
  extensionId: string,
  store: string,
): Promise<T[]> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    return await page.evaluate(
      (name) =>
        new Promise<T[]>((done, failed) => {
          const open = indexedDB.open('upward');
          open.onerror = () => failed(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction(name).objectStore(name).getAll();
            all.onsuccess = () => {
              open.result.close();
              done(all.result as T[]);
            };
            all.onerror = () => failed(all.error);
          };
        }),
      store,
    );
  } finally {
    await page.close();
  }
}
