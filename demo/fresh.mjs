// `npm run demo -- --fresh`: Upward as a new user meets it. No sample data: the welcome page
// opens by itself, the demo calendar is opened (this week, then next, then this week again,
// as a user flipping ahead would), the welcome fills in who you are from the calendar's account
// button and suggests the people you have 1:1s with; each is added with one click, and the
// calendar tab, never reloaded, badges their 1:1s.

const WELCOME_SIZE = { width: 1000, height: 900 };

/** The welcome tab Upward opened on install. */
async function welcomeTab(context, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const page = context.pages().find((p) => p.url().endsWith('/welcome.html'));
    if (page) return page;
    if (Date.now() > deadline) throw new Error('The welcome page did not open on install.');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function shoot(page, path, scheme) {
  await page.emulateMedia({ colorScheme: scheme });
  await page.screenshot({ path, fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * Walks the welcome with the demo calendar open. `calendarUrls` are [this week, next week];
 * `shots(name)` gives a screenshot path. Returns the paths written, in order.
 */
export async function walkWelcome({ context, extensionId, calendarUrls, shots }) {
  const written = [];
  const shot = async (page, name, scheme = 'light') => {
    const path = shots(name);
    await shoot(page, path, scheme);
    written.push(path);
  };

  const welcome = await welcomeTab(context);
  await welcome.setViewportSize(WELCOME_SIZE);
  await welcome.waitForLoadState();
  await welcome.getByRole('heading', { name: 'Who you are' }).waitFor();
  await shot(welcome, 'welcome-1-you-empty.png');

  // Install publishes the words calendar labels are read with; a person takes longer than that.
  for (
    let tries = 0;
    // In the extension's page, where `chrome` is the extension API (not typed for these scripts).
    !(await welcome.evaluate(
      async () => 'labelWords' in (await /** @type {any} */ (globalThis).chrome.storage.local.get('labelWords')),
    ));
    tries++
  ) {
    if (tries > 100) throw new Error('Upward did not finish installing (no label words).');
    await welcome.waitForTimeout(100);
  }

  // The user opens their calendar and looks at this week and the next.
  const calendar = await context.newPage();
  await calendar.setViewportSize({ width: 1280, height: 800 });
  const [thisWeek, nextWeek] = calendarUrls;
  await calendar.goto(thisWeek, { waitUntil: 'load' });
  await welcome.waitForFunction(
    () => /** @type {HTMLInputElement | null} */ (document.querySelector('#me-name'))?.value === 'Sam Patel',
    null,
    {
      timeout: 10_000,
    },
  );
  await calendar.goto(nextWeek, { waitUntil: 'load' });
  await calendar.waitForTimeout(800);
  await calendar.goto(thisWeek, { waitUntil: 'load' });

  await welcome.bringToFront();
  await shot(welcome, 'welcome-1-you.png');
  await shot(welcome, 'welcome-1-you-dark.png', 'dark');
  await welcome.getByRole('button', { name: 'Save and continue' }).click();
  const suggested = welcome.getByRole('list', { name: 'Suggested from your calendar' });
  await suggested.getByText("weekly, 'Dana / Sam', organised by Dana Reyes").waitFor({ timeout: 10_000 });
  await shot(welcome, 'welcome-2-people.png');
  await shot(welcome, 'welcome-2-people-dark.png', 'dark');

  // The toolbar popup, while nobody is set up, suggests the same people.
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByRole('button', { name: /^Add Dana Reyes/ }).waitFor();
  await shot(popup, 'popup-suggestions.png');
  await popup.close();

  // One click each, with the relation Upward guessed.
  await welcome.bringToFront();
  for (let added = 0; added < 5; added++) {
    const add = welcome.getByRole('button', { name: /^Add / }).first();
    if (!(await add.count())) break;
    const name = /^Add (.+) as /.exec((await add.textContent()) ?? '')?.[1];
    await add.click();
    await welcome.getByText(`Added ${name} as your`).waitFor();
  }
  await shot(welcome, 'welcome-2-people-added.png');
  await welcome.getByRole('button', { name: 'Continue' }).click();
  await welcome.getByRole('heading', { name: 'What happens next' }).waitFor();
  await shot(welcome, 'welcome-3-next.png');
  await shot(welcome, 'welcome-3-next-dark.png', 'dark');

  // The calendar, never reloaded, now badges each 1:1.
  await calendar.bringToFront();
  await calendar.waitForFunction(() => document.querySelectorAll('upward-badge').length >= 3, null, {
    timeout: 10_000,
  });
  await calendar.waitForTimeout(300);
  await shot(calendar, 'calendar-fresh.png');
  return written;
}
