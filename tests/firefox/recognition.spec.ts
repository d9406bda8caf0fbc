import { appPage, WEEK_FIXTURES } from '../support/app-page';
import { SAMPLE_PEOPLE } from '../support/people';
import { badgedTitles, openCalendar } from './calendar';
import { twins } from './chromium-twin';
import { readStore, setUpPeople } from './extension';
import { expect, test } from './session';

interface StoredMeeting {
  title: string;
  personId: string | null;
  site: string;
  reasons: string[];
}

test(
  'recognises the 1:1s on Google Calendar and Outlook, and badges exactly those events',
  twins(
    'recognising 1:1s on Google Calendar › the background ends up holding verdicts for the right events only',
    'recognising 1:1s on Outlook on the web › the background holds the right verdicts on outlook.office.com',
    'badges on google › exactly the recognised 1:1s get a badge, named for what it does and not for whom',
    'badges on outlook › exactly the recognised 1:1s get a badge, named for what it does and not for whom',
  ),
  async ({ firefox }) => {
    await setUpPeople(firefox, SAMPLE_PEOPLE);
    const store = await firefox.open('options.html');
    const meetings = () => readStore<StoredMeeting>(store, 'meetings');
    for (const { site, url, fixture, oneOnOnes } of WEEK_FIXTURES) {
      const page = await openCalendar(firefox, { url, html: appPage(fixture) });
      const recognised = async () =>
        (await meetings())
          .filter((meeting) => meeting.site === site && meeting.personId)
          .map((meeting) => meeting.title)
          .sort();
      await expect.poll(recognised, { message: `1:1s recognised on ${site}` }).toEqual(oneOnOnes);
      await expect.poll(() => badgedTitles(page, site), { message: `badged events on ${site}` }).toEqual(oneOnOnes);
      // The badge says what it does, never for whom.
      expect(await page.content()).not.toContain('Dana Reyes (manager)');
      await page.close();
    }
    const dana = (await meetings()).find((meeting) => meeting.site === 'google' && meeting.title === 'Dana / Sam');
    expect(dana?.reasons.join(' ')).toMatch(/title matches "Dana \/ Sam"/);
  },
);
