import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { WEEK_FIXTURES } from '../support/app-page';
import {
  accessibleButtons,
  badgedTitles,
  badgeOf,
  cardIsOpen,
  chip,
  focusedThing,
  GOOGLE_WEEK,
  OUTLOOK_WEEK,
  openCardHost,
  prepFrame,
  type Site,
  serveCalendar,
  serveHtml,
  soonOneOnOnePage,
  test,
} from './calendar-app';
import { expect, launchWithExtension, readStore, SAMPLE_PEOPLE, serviceWorkerOf, setUpPeople } from './extension';

/** The parts of the extension API the tests call inside the card's frame and the service worker. */
declare const chrome: {
  tabs: {
    query(filter: { url: string }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options?: { frameId: number }): Promise<unknown>;
  };
  runtime: { reload(): void; sendMessage(message: unknown): Promise<unknown> };
};

const SITES = WEEK_FIXTURES;

async function openCalendar(context: BrowserContext, site: Site, url: string, fixture: string): Promise<Page> {
  await serveCalendar(context, site, fixture);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** What the calendar app itself opened (its own event dialog), by event title. */
const appDialogs = (page: Page) => page.evaluate(() => (window as unknown as { __appDialogs: string[] }).__appDialogs);

for (const { site, url, fixture, oneOnOnes } of SITES) {
  test.describe(`badges on ${site}`, () => {
    test('exactly the recognised 1:1s get a badge, named for what it does and not for whom', async ({
      context,
      extensionId,
      consoleErrors,
    }) => {
      await setUpPeople(context, extensionId, SAMPLE_PEOPLE);
      const page = await openCalendar(context, site, url, fixture);
      await expect.poll(() => badgedTitles(page, site)).toEqual(oneOnOnes);
      // Named for what it does and how many things are to raise, never for whom.
      const names = (await accessibleButtons(page)).filter((name) => name.startsWith('Upward'));
      expect(names).toEqual(oneOnOnes.map(() => 'Upward: prepare for this 1:1 (nothing yet)'));
      expect((await page.content()).includes('Dana Reyes (manager)')).toBe(false);
      expect(consoleErrors).toEqual([]);
    });

    test('the badge neither moves the calendar nor covers the title', async ({ context, extensionId }) => {
      await setUpPeople(context, extensionId, SAMPLE_PEOPLE);
      const page = await openCalendar(context, site, url, fixture);
      await expect.poll(() => badgedTitles(page, site)).toEqual(oneOnOnes);
      const selector = site === 'google' ? '[data-eventchip]' : '[data-calitemid]';
      const layout = await page.evaluate((chips) => {
        const boxes = () => [...document.querySelectorAll(chips)].map((c) => JSON.stringify(c.getBoundingClientRect()));
        const withBadges = boxes();
        const badges = [...document.querySelectorAll('upward-badge')];
        const overlaps = badges.map((badge) => {
          const b = badge.getBoundingClientRect();
          const title = badge.parentElement?.querySelector('[aria-hidden="true"] span')?.getBoundingClientRect();
          return (
            !!title && title.right > b.left && title.left < b.right && title.bottom > b.top && title.top < b.bottom
          );
        });
        // Measured in the same task, before the watcher could put them back.
        for (const badge of badges) badge.remove();
        return { withBadges, without: boxes(), overlaps };
      }, selector);
      expect(layout.withBadges).toEqual(layout.without);
      expect(layout.overlaps.every((overlap) => !overlap)).toBe(true);
    });

    test('a badge opens the card beside its event; a normal click on the event opens the calendar dialog', async ({
      context,
      extensionId,
      consoleErrors,
    }) => {
      await setUpPeople(context, extensionId, SAMPLE_PEOPLE);
      const page = await openCalendar(context, site, url, fixture);
      await expect.poll(() => badgedTitles(page, site)).toEqual(oneOnOnes);

      await badgeOf(page, site, 'Dana / Sam').click();
      const frame = await prepFrame(page);
      const src = new URL(frame.url());
      expect(src.pathname).toBe('/prep.html');
      expect(src.searchParams.get('scheme')).toBe('light');
      await expect(frame.getByRole('heading', { level: 1 })).toHaveText('1:1 with Dana Reyes');
      expect(await appDialogs(page)).toEqual([]);
      const card = await openCardHost(page).boundingBox();
      const event = await chip(page, site, 'Dana / Sam')
        .filter({ has: page.locator('upward-badge') })
        .boundingBox();
      if (!card || !event) throw new Error('card or event not laid out');
      expect(card.x >= event.x + event.width || card.x + card.width <= event.x).toBe(true);
      expect(card.width).toBeGreaterThanOrEqual(300);

      await chip(page, site, 'Team sync')
        .first()
        .click({ position: { x: 10, y: 10 } });
      await chip(page, site, 'Dana / Sam')
        .filter({ has: page.locator('upward-badge') })
        .click({ position: { x: 10, y: 10 } });
      expect(await appDialogs(page)).toEqual(['Team sync', 'Dana / Sam']);
      expect(consoleErrors).toEqual([]);
    });
  });
}

test.describe('the card on the calendar page', () => {
  test('opens from the keyboard, takes focus, and Esc gives focus back to the badge', async ({
    context,
    extensionId,
  }) => {
    await setUpPeople(context, extensionId, SAMPLE_PEOPLE);
    const page = await openCalendar(context, 'google', GOOGLE_WEEK, 'tests/fixtures/google/week.html');
    await expect.poll(() => badgedTitles(page, 'google')).toContain('Dana / Sam');
    await chip(page, 'google', 'Dana / Sam').focus();
    await page.keyboard.press('Tab');
    expect(await focusedThing(page)).toBe('badge');
    await page.keyboard.press('Enter');
    const frame = await prepFrame(page);
    expect(await appDialogs(page)).toEqual([]);
    // Focus is in the card: the page only sees its frame's host as active.
    await expect.poll(() => focusedThing(page)).toBe('card');
    await frame.locator('body').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => cardIsOpen(page)).toBe(false);
    expect(await focusedThing(page)).toBe('badge');

    // Space works too, and Esc from the page side (focus on the badge) closes it as well.
    await page.keyboard.press('Space');
    await prepFrame(page);
    await chip(page, 'google', 'Dana / Sam').locator('upward-badge').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => cardIsOpen(page)).toBe(false);
    expect(await focusedThing(page)).toBe('badge');
  });

  test('the card closes itself (prep/close) and resizes (prep/resize) through the extension, not the page', async ({
    context,
    extensionId,
  }) => {
    await setUpPeople(context, extensionId, SAMPLE_PEOPLE);
    const page = await openCalendar(context, 'google', GOOGLE_WEEK, 'tests/fixtures/google/week.html');
    await expect.poll(() => badgedTitles(page, 'google')).toContain('Dana / Sam');
    await badgeOf(page, 'google', 'Dana / Sam').click();
    const frame = await prepFrame(page);
    // What the card does: ask the background to pass it on to its tab's top frame.
    // Not awaiting the answer: the frame is gone once `prep/close` lands.
    const send = (message: object) =>
      frame.evaluate((m) => {
        void chrome.runtime.sendMessage({ type: 'card/to-host', message: m }).catch(() => undefined);
      }, message);
    // Let the card load and report its own height first, so it cannot overtake ours.
    await frame.getByRole('heading', { level: 1 }).waitFor();
    let last = -1;
    await expect
      .poll(async () => {
        const height = (await openCardHost(page).boundingBox())?.height ?? 0;
        const settled = height === last;
        last = height;
        return settled;
      })
      .toBe(true);
    await send({ type: 'prep/resize', height: 300 });
    await expect.poll(async () => (await openCardHost(page).boundingBox())?.height).toBe(300);
    await send({ type: 'prep/resize', height: 5000 });
    const viewport = page.viewportSize()?.height ?? 0;
    await expect.poll(async () => (await openCardHost(page).boundingBox())?.height).toBe(Math.floor(viewport * 0.8));
    await send({ type: 'prep/close' });
    await expect.poll(() => cardIsOpen(page)).toBe(false);
    expect(await focusedThing(page)).toBe('badge');
  });

  test('the page cannot close or resize the card by posting messages', async ({ context, extensionId }) => {
    await setUpPeople(context, extensionId, SAMPLE_PEOPLE);
    const page = await openCalendar(context, 'google', GOOGLE_WEEK, 'tests/fixtures/google/week.html');
    await expect.poll(() => badgedTitles(page, 'google')).toContain('Dana / Sam');
    await badgeOf(page, 'google', 'Dana / Sam').click();
    await prepFrame(page);
    await page.evaluate(() => {
      window.postMessage({ type: 'prep/close' }, '*');
      window.postMessage({ type: 'prep/resize', height: 10 }, '*');
    });
    await page.waitForTimeout(300);
    expect(await cardIsOpen(page)).toBe(true);
    expect((await openCardHost(page).boundingBox())?.height).toBeGreaterThan(100);
  });

  test('a need added in the card is there when it reopens', async ({ context, extensionId }) => {
    await setUpPeople(context, extensionId, SAMPLE_PEOPLE);
    const page = await openCalendar(context, 'outlook', OUTLOOK_WEEK, 'tests/fixtures/outlook/week.html');
    await expect.poll(() => badgedTitles(page, 'outlook')).toEqual(['Dana / Sam']);
    await badgeOf(page, 'outlook', 'Dana / Sam').click();
    let frame = await prepFrame(page);
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('1:1 with Dana Reyes');
    const add = frame.getByRole('textbox', { name: 'Add to raise' });
    await add.fill('Tell me early when my work disappoints you');
    await add.press('Enter');
    await expect(frame.getByRole('list', { name: 'To raise' }).locator('.item-text')).toHaveText([
      'Tell me early when my work disappoints you',
    ]);
    await frame.getByRole('button', { name: 'Close prep card' }).click();
    await expect.poll(() => cardIsOpen(page)).toBe(false);
    await badgeOf(page, 'outlook', 'Dana / Sam').click();
    frame = await prepFrame(page);
    await expect(frame.getByRole('list', { name: 'To raise' }).locator('.item-text')).toHaveText([
      'Tell me early when my work disappoints you',
    ]);
    // The badge counts it now (counts only: still no name on the page).
    await expect
      .poll(async () => (await accessibleButtons(page)).filter((name) => name.startsWith('Upward')))
      .toEqual(['Upward: 1 to raise in this 1:1']);
  });

  test('a tick and a note survive a full browser restart', async ({ context, extensionId, profileDir }) => {
    await setUpPeople(context, extensionId, SAMPLE_PEOPLE);
    let page = await openCalendar(context, 'google', GOOGLE_WEEK, 'tests/fixtures/google/week.html');
    await expect.poll(() => badgedTitles(page, 'google')).toContain('Dana / Sam');
    await badgeOf(page, 'google', 'Dana / Sam').click();
    let frame = await prepFrame(page);
    // The brief's one checklist line: the first checkbox in the card.
    const first = frame.getByRole('checkbox').first();
    const item =
      (await first.getAttribute('aria-label')) ??
      (await first.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? ''));
    await first.check();
    await frame.getByRole('textbox', { name: 'Notes for this meeting' }).fill('Ask about the reorg, gently');
    // Saved as you type: give the debounce its moment, then quit the whole browser.
    await page.waitForTimeout(1_000);
    await context.close();

    const again = await launchWithExtension(profileDir);
    try {
      await serviceWorkerOf(again);
      await serveCalendar(again, 'google', 'tests/fixtures/google/week.html');
      page = await again.newPage();
      await page.goto(GOOGLE_WEEK);
      await expect.poll(() => badgedTitles(page, 'google')).toContain('Dana / Sam');
      await badgeOf(page, 'google', 'Dana / Sam').click();
      frame = await prepFrame(page);
      await expect(frame.getByRole('textbox', { name: 'Notes for this meeting' })).toHaveValue(
        'Ask about the reorg, gently',
      );
      await expect(frame.getByRole('checkbox', { name: item.trim() })).toBeChecked();
    } finally {
      await again.close();
    }
  });

  test('axe finds no serious or critical problem in the card', async ({ context, extensionId }) => {
    await setUpPeople(context, extensionId, SAMPLE_PEOPLE);
    const page = await openCalendar(context, 'google', GOOGLE_WEEK, 'tests/fixtures/google/week.html');
    await expect.poll(() => badgedTitles(page, 'google')).toContain('Dana / Sam');
    await badgeOf(page, 'google', 'Dana / Sam').click();
    const frame = await prepFrame(page);
    await frame.locator('body *').first().waitFor();
    // Evaluated rather than added as a <script>: the extension's CSP rightly refuses inline scripts.
    await frame.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
    const violations = await frame.evaluate(async () => {
      const result = await (
        window as unknown as {
          axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
        }
      ).axe.run();
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
    });
    expect(violations).toEqual([]);
  });
});

test.describe('badges follow the calendar app', () => {
  test('survive view and date navigation, follow a moved event, vanish with a deleted one', async ({
    context,
    extensionId,
    consoleErrors,
  }) => {
    await setUpPeople(context, extensionId, SAMPLE_PEOPLE);
    const page = await openCalendar(context, 'google', GOOGLE_WEEK, 'tests/fixtures/google/week.html');
    await expect.poll(() => badgedTitles(page, 'google')).toEqual(['Ana / Sam mentoring', 'Dana / Sam']);
    const week = readFileSync('tests/fixtures/google/week.html', 'utf8');
    const month = readFileSync('tests/fixtures/google/month.html', 'utf8');
    const swapTo = (html: string, path: string) =>
      page.evaluate(
        ([markup, to]) => {
          const next = new DOMParser().parseFromString(markup, 'text/html');
          history.pushState({}, '', to);
          const script = document.body.querySelector('script');
          document.body.replaceChildren(...[...next.body.childNodes].map((node) => document.adoptNode(node)));
          if (script) document.body.append(script);
        },
        [html, path] as const,
      );

    // To the month: five occurrences of the weekly 1:1, each its own event.
    await swapTo(month, '/calendar/u/0/r/month/2026/3/1');
    await expect.poll(() => badgedTitles(page, 'google')).toEqual(Array(5).fill('Dana / Sam'));
    // And back: the week's chips are new elements, and get badges again.
    await swapTo(week, '/calendar/u/0/r/week/2026/3/10');
    await expect.poll(() => badgedTitles(page, 'google')).toEqual(['Ana / Sam mentoring', 'Dana / Sam']);

    // Moved to another day (the app moves the chip and rewrites its label).
    await page.evaluate(() => {
      const dana = [...document.querySelectorAll('[data-eventchip]')].find((c) =>
        c.textContent?.includes('3pm to 3:30pm, Dana / Sam'),
      );
      const friday = document
        .querySelectorAll('[role="row"]')[1]
        ?.querySelectorAll('[role="gridcell"] > [role="presentation"]')[5];
      if (!dana || !friday) throw new Error('fixture changed');
      friday.append(dana);
      const label = dana.firstElementChild as HTMLElement;
      label.textContent = '3pm to 3:30pm, Dana / Sam, Dana Reyes, Accepted, No location, March 13, 2026';
    });
    await page.waitForTimeout(300);
    expect(await badgedTitles(page, 'google')).toEqual(['Ana / Sam mentoring', 'Dana / Sam']);
    const moved = await page.evaluate(
      () => document.querySelector('upward-badge')?.closest('[role="gridcell"]')?.getAttribute('data-datekey') ?? '',
    );
    expect(moved).toBe('28781');

    // Deleted.
    await chip(page, 'google', 'Ana / Sam mentoring').evaluate((element) => element.remove());
    await expect.poll(() => page.locator('upward-badge').count()).toBe(1);
    expect(consoleErrors).toEqual([]);
  });

  test('go quietly when the extension is updated (reloaded): no badge, no card, no error', async ({
    context,
    extensionId,
    serviceWorker,
    consoleErrors,
  }) => {
    await setUpPeople(context, extensionId, SAMPLE_PEOPLE);
    const page = await openCalendar(context, 'google', GOOGLE_WEEK, 'tests/fixtures/google/week.html');
    await expect.poll(() => badgedTitles(page, 'google')).toContain('Dana / Sam');
    await badgeOf(page, 'google', 'Dana / Sam').click();
    await prepFrame(page);
    await serviceWorker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await expect.poll(() => page.locator('upward-badge, upward-prep').count(), { timeout: 15_000 }).toBe(0);
    // The calendar carries on as before.
    await chip(page, 'google', 'Dana / Sam').click({ position: { x: 10, y: 10 } });
    expect(await appDialogs(page)).toEqual(['Dana / Sam']);
    expect(consoleErrors).toEqual([]);
  });

  test('a title made of markup shows as text: <img src=x onerror=alert(1)>', async ({ context, extensionId }) => {
    await setUpPeople(context, extensionId, SAMPLE_PEOPLE);
    const alerts: string[] = [];
    context.on('dialog', (dialog) => {
      alerts.push(dialog.message());
      void dialog.dismiss();
    });
    const page = await openCalendar(context, 'google', GOOGLE_WEEK, 'tests/fixtures/google/hostile-oneonone.html');
    await expect.poll(() => badgedTitles(page, 'google')).toEqual(['<img src=x onerror=alert(1)>']);
    await badgeOf(page, 'google', '<img src=x onerror=alert(1)>').click();
    const frame = await prepFrame(page);
    await frame.locator('body *').first().waitFor();
    await page.waitForTimeout(300);
    expect(await frame.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(alerts).toEqual([]);
  });
});

test.describe('the card opens by itself', () => {
  test('for a 1:1 starting within 15 minutes, once', async ({ context, extensionId, serviceWorker }) => {
    await setUpPeople(context, extensionId, SAMPLE_PEOPLE);
    await serveHtml(context, 'https://calendar.google.com/**', soonOneOnOnePage(new Date(Date.now() + 10 * 60_000)));
    const page = await context.newPage();
    await page.goto('https://calendar.google.com/calendar/u/0/r/day');
    await expect.poll(() => cardIsOpen(page)).toBe(true);
    const frame = await prepFrame(page);
    expect(new URL(frame.url()).searchParams.get('meeting')).toBe('google:soon1on1');
    // Folded, as it opened by itself: screen-share.spec.ts.
    await expect(frame.getByRole('button', { name: 'Show prep' })).toBeFocused();
    await page.keyboard.press('Escape');
    await page.reload();
    await expect.poll(() => page.locator('upward-badge').count()).toBe(1);
    await page.waitForTimeout(1_000);
    expect(await cardIsOpen(page)).toBe(false);
    const meetings = await readStore<{ id: string; autoOpenedAt?: number }>(serviceWorker, 'meetings');
    expect(meetings.find((m) => m.id === 'google:soon1on1')?.autoOpenedAt).toBeGreaterThan(0);
  });

  test('a reminder click opens the card when the event is on the page', async ({
    context,
    extensionId,
    serviceWorker,
  }) => {
    await setUpPeople(context, extensionId, SAMPLE_PEOPLE);
    const page = await openCalendar(context, 'google', GOOGLE_WEEK, 'tests/fixtures/google/week.html');
    await expect.poll(() => badgedTitles(page, 'google')).toContain('Dana / Sam');
    const ask = (eventId: string) =>
      serviceWorker.evaluate(async (id) => {
        const [tab] = await chrome.tabs.query({ url: 'https://calendar.google.com/*' });
        return chrome.tabs.sendMessage(tab?.id ?? -1, { type: 'prep/open', eventId: id }, { frameId: 0 });
      }, eventId);
    expect(await ask('google:not-on-this-page')).toEqual({ shown: false });
    expect(await cardIsOpen(page)).toBe(false);
    expect(await ask('google:dana1on1_20260310T190000Z')).toEqual({ shown: true });
    // (It shows once it has drawn the meeting, at its size: a moment later.)
    await expect.poll(() => cardIsOpen(page)).toBe(true);
  });
});

test.describe('light and dark, both calendars', () => {
  for (const { site, url, fixture } of SITES) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${site}, ${scheme}: the card follows the page's scheme (screenshot in demo-output/)`, async ({
        context,
        extensionId,
      }) => {
        await setUpPeople(context, extensionId, SAMPLE_PEOPLE);
        await serveCalendar(context, site, fixture);
        const page = await context.newPage();
        await page.setViewportSize({ width: 1280, height: 720 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(url);
        await expect.poll(() => badgedTitles(page, site)).toContain('Dana / Sam');
        await badgeOf(page, site, 'Dana / Sam').first().click();
        const frame = await prepFrame(page);
        expect(new URL(frame.url()).searchParams.get('scheme')).toBe(scheme);
        await expect(frame.getByRole('heading', { level: 1 })).toHaveText('1:1 with Dana Reyes');
        await page.waitForTimeout(400);
        await page.screenshot({ path: `demo-output/prep-card-${site}-${scheme}.png` });
      });
    }
  }
});
