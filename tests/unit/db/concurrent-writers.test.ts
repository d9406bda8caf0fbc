import { describe, expect, test, vi } from 'vitest';

/**
 * Two extension pages writing one record at the same moment (settings and the prep card, the
 * background recording the week): each page has its own copy of the store modules and its own
 * connection, as in the browser. Every read-modify-write must be one transaction, so neither
 * write is lost, whichever lands first.
 */
type Db = typeof import('../../../lib/db');
type Admin = typeof import('../../../lib/db/people-admin');

async function page(): Promise<{ db: Db; admin: Admin }> {
  vi.resetModules();
  const db = await import('../../../lib/db');
  const admin = await import('../../../lib/db/people-admin');
  return { db, admin };
}

const ROUNDS = 20;

describe('concurrent writers from two pages lose nothing', () => {
  test('settings renames a person while the card saves what they are under pressure from', async () => {
    const settingsPage = await page();
    const cardPage = await page();
    let lost = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const dana = await settingsPage.db.people.add({ name: 'Dana Reyes', relation: 'manager' });
      await Promise.all([
        settingsPage.admin.updatePerson(dana.id, {
          name: `Dana R. ${round}`,
          emails: ['dana@example.com'],
          aliases: ['DR'],
          relation: 'manager',
        }),
        cardPage.db.people.setAbout(dana.id, 'pressures', `budget freeze ${round}`),
      ]);
      const stored = await settingsPage.db.people.get(dana.id);
      if (stored?.name !== `Dana R. ${round}` || stored.about?.pressures !== `budget freeze ${round}`) lost++;
    }
    expect(lost, `lost an edit in ${lost} of ${ROUNDS} rounds`).toBe(0);
  });

  test('a series choice and a guest-list confirmation land together', async () => {
    const settingsPage = await page();
    const background = await page();
    let lost = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const id = `google:series-${round}`;
      await Promise.all([
        settingsPage.db.series.setOverride(id, 'Dana / Sam', 'always', 'p-dana'),
        background.db.series.confirm(id, 'Dana / Sam', 'p-dana'),
      ]);
      const stored = await settingsPage.db.series.get(id);
      if (stored?.override !== 'always' || stored.confirmedPersonId !== 'p-dana') lost++;
    }
    expect(lost, `lost an edit in ${lost} of ${ROUNDS} rounds`).toBe(0);
  });

  test('clearing a series choice keeps a confirmation that arrived meanwhile', async () => {
    const settingsPage = await page();
    const background = await page();
    let lost = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const id = `google:clear-${round}`;
      await settingsPage.db.series.setOverride(id, 'Dana / Sam', 'never');
      await Promise.all([
        settingsPage.db.series.clearOverride(id),
        background.db.series.confirm(id, 'Dana / Sam', 'p-dana'),
      ]);
      const stored = await settingsPage.db.series.get(id);
      if (stored?.override !== undefined || stored?.confirmedPersonId !== 'p-dana') lost++;
    }
    expect(lost, `lost an edit in ${lost} of ${ROUNDS} rounds`).toBe(0);
  });

  test('checklist: new wording, switched off and moved at once, all kept', async () => {
    const one = await page();
    const other = await page();
    const third = await page();
    let lost = 0;
    for (let round = 0; round < ROUNDS; round++) {
      await one.db.checklist.replaceAll([
        { id: 'a', text: 'A', order: 0, enabled: true },
        { id: 'b', text: 'B', order: 1, enabled: true },
      ]);
      await Promise.all([
        one.db.checklist.setText('b', `B ${round}`),
        other.db.checklist.setEnabled('b', false),
        third.db.checklist.move('b', 'up'),
      ]);
      const items = await one.db.checklist.ordered();
      const b = items.find((item) => item.id === 'b');
      if (b?.text !== `B ${round}` || b.enabled !== false || items[0]?.id !== 'b') lost++;
    }
    expect(lost, `lost an edit in ${lost} of ${ROUNDS} rounds`).toBe(0);
  });

  test('two checklist items added at once get their own places', async () => {
    const one = await page();
    const other = await page();
    let shared = 0;
    for (let round = 0; round < ROUNDS; round++) {
      await one.db.checklist.replaceAll([{ id: 'a', text: 'A', order: 0, enabled: true }]);
      await Promise.all([one.db.checklist.add('From settings'), other.db.checklist.add('From another window')]);
      const orders = (await one.db.checklist.ordered()).map((item) => item.order);
      if (new Set(orders).size !== orders.length) shared++;
    }
    expect(shared, `two items shared a place in ${shared} of ${ROUNDS} rounds`).toBe(0);
  });
});

test('two needs added at once (card and popup) get their own places', async () => {
  const card = await page();
  const popup = await page();
  let shared = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const personId = `p-${round}`;
    await Promise.all([card.db.needs.add(personId, 'From the card'), popup.db.needs.add(personId, 'From the popup')]);
    const orders = (await card.db.needs.forPerson(personId)).map((need) => need.order);
    if (new Set(orders).size !== orders.length) shared++;
  }
  expect(shared, `two needs shared a place in ${shared} of ${ROUNDS} rounds`).toBe(0);
});
