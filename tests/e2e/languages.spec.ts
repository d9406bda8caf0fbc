import type { Worker } from '@playwright/test';
import { dateKey, encodeEventId, escapeHtml } from '../support/google-page.mjs';
import { expect, readStore, SAMPLE_PEOPLE, setUpPeople, test } from './extension';

/**
 * Google Calendar in three scripts, read by the real extension: a Latin (German), a CJK
 * (Chinese, Taiwan) and a right-to-left (Arabic) week page, each with its `<html lang>`, labels
 * in that language, and day columns with `data-datekey`. The background must end with the
 * 1:1 recognised at the time the label says, and the declined one not.
 */
interface Chip {
  id: string;
  day: number;
  label: string;
}

const GOOGLE_WEEK = 'https://calendar.google.com/calendar/u/0/r/week/2026/3/10';

/** A week view of March 8–14, 2026 with each chip in its day column (labels as `aria-label`). */
function weekPage(lang: string, dir: 'ltr' | 'rtl', chips: readonly Chip[]): string {
  const columns = [8, 9, 10, 11, 12, 13, 14].map((day) => {
    const inside = chips
      .filter((chip) => chip.day === day)
      .map(
        (chip) =>
          `<div role="button" tabindex="0" style="position:absolute;top:28px;left:0;width:100%;height:24px" data-eventchip="" data-eventid="${encodeEventId(chip.id)}" data-opens-details="true" aria-label="${escapeHtml(chip.label)}"><div aria-hidden="true">${escapeHtml(chip.label.split(/[,،，、]/)[1] ?? '')}</div></div>`,
      )
      .join('');
    // Google positions chips absolutely inside their day column.
    return `<div role="gridcell" style="position:relative;min-height:56px" data-datekey="${dateKey(new Date(2026, 2, day))}"><h2>${day}</h2>${inside}</div>`;
  });
  return `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>Google Calendar</title></head>
<body><div role="main" data-period-type="week"><div role="grid">${columns.join('')}</div></div></body></html>`;
}

const PAGES: ReadonlyArray<{ family: string; lang: string; dir: 'ltr' | 'rtl'; chips: Chip[] }> = [
  {
    family: 'Latin (German)',
    lang: 'de',
    dir: 'ltr',
    chips: [
      {
        id: 'dana_20260310T140000Z',
        day: 10,
        label: '15:00 bis 15:30, Dana / Sam, Dana Reyes, Zugesagt, Kein Ort, 10. März 2026',
      },
      {
        id: 'teamsync',
        day: 11,
        label: '10:00 bis 11:00, Team-Sync, Dana Reyes, Zugesagt, Ort: Raum 4, 11. März 2026',
      },
      {
        id: 'lee_20260312T130000Z',
        day: 12,
        label: '14:00 bis 14:30, Lee / Sam, Lee Okafor, Abgesagt, Kein Ort, 12. März 2026',
      },
      { id: 'offsite', day: 13, label: 'Ganztägig, Offsite, Dana Reyes, Zugesagt, Kein Ort, 13. März 2026' },
    ],
  },
  {
    family: 'CJK (Chinese, Taiwan)',
    lang: 'zh-TW',
    dir: 'ltr',
    chips: [
      {
        id: 'dana_20260310T070000Z',
        day: 10,
        label: '下午3點 至 下午3:30，Dana / Sam，Dana Reyes，已接受，沒有任何地點資訊，2026年3月10日',
      },
      {
        id: 'teamsync',
        day: 11,
        label: '上午10點 至 上午11點，團隊同步，Dana Reyes，已接受，地點：會議室 4，2026年3月11日',
      },
      {
        id: 'lee_20260312T060000Z',
        day: 12,
        label: '下午2點 至 下午2:30，Lee / Sam，Lee Okafor，已拒絕，沒有任何地點資訊，2026年3月12日',
      },
    ],
  },
  {
    family: 'right-to-left (Arabic)',
    lang: 'ar',
    dir: 'rtl',
    chips: [
      {
        id: 'dana_20260310T130000Z',
        day: 10,
        label: '15:00 إلى 15:30، Dana / Sam، Dana Reyes، مقبول، ليس هناك موقع، 10 مارس 2026',
      },
      {
        id: 'teamsync',
        day: 11,
        label: '10:00 إلى 11:00، مزامنة الفريق، Dana Reyes، مقبول، الموقع: غرفة 4، 11 مارس 2026',
      },
      {
        id: 'lee_20260312T120000Z',
        day: 12,
        label: '2:00 م إلى 2:30 م، Lee / Sam، Lee Okafor، مرفوض، ليس هناك موقع، 12 مارس 2026',
      },
    ],
  },
];

interface StoredMeeting {
  title: string;
  personId: string | null;
  start: string | null;
  end: string | null;
  declined?: boolean;
}

const recognised = async (worker: Worker) =>
  (await readStore<StoredMeeting>(worker, 'meetings'))
    .filter((meeting) => meeting.personId)
    .map(({ title, start, end }) => ({ title, start, end }));

for (const page of PAGES) {
  test(`Google Calendar in ${page.family}: the background holds the 1:1 at the label's time`, async ({
    context,
    extensionId,
    serviceWorker,
    consoleErrors,
  }) => {
    await setUpPeople(context, extensionId, SAMPLE_PEOPLE);
    const html = weekPage(page.lang, page.dir, page.chips);
    await context.route('https://calendar.google.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: html }),
    );
    const tab = await context.newPage();
    await tab.goto(GOOGLE_WEEK);

    // Dana is the manager: her 1:1 is recognised, at 15:00–15:30 on March 10. Lee's 1:1 was
    // declined in the page's own words; the team sync is not a 1:1.
    await expect
      .poll(() => recognised(serviceWorker))
      .toEqual([{ title: 'Dana / Sam', start: '2026-03-10T15:00', end: '2026-03-10T15:30' }]);
    const lee = (await readStore<StoredMeeting>(serviceWorker, 'meetings')).find((m) => m.title === 'Lee / Sam');
    expect(lee?.personId ?? null).toBeNull();
    await expect(tab.locator('upward-badge')).toHaveCount(1);
    // The badge sits at the end of the chip's line, where the title ends: right in German and
    // Chinese, left in Arabic, so it never covers the title's first words.
    const chip = await tab.locator('[data-eventchip]', { has: tab.locator('upward-badge') }).boundingBox();
    const badge = await tab.locator('upward-badge').boundingBox();
    const chipMiddle = (chip?.x ?? 0) + (chip?.width ?? 0) / 2;
    const badgeMiddle = (badge?.x ?? 0) + (badge?.width ?? 0) / 2;
    expect(page.dir === 'rtl' ? badgeMiddle < chipMiddle : badgeMiddle > chipMiddle, `badge at ${badgeMiddle}`).toBe(
      true,
    );
    expect(consoleErrors).toEqual([]);
  });
}
