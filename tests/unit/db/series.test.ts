import { expect, test } from 'vitest';
import { series } from '../../../lib/db';

test('lists only series with a decision, newest first', async () => {
  await series.setOverride('s1', 'Dana / Sam', 'always', 'p1', 100);
  await series.setOverride('s2', 'Team sync', 'never', undefined, 200);
  await series.confirm('s3', 'Weekly', 'p1', 300);
  expect((await series.overridden()).map((record) => [record.seriesId, record.override])).toEqual([
    ['s2', 'never'],
    ['s1', 'always'],
  ]);
});

test('clearing a decision keeps a guest-list confirmation, and the old record undoes it', async () => {
  await series.confirm('s1', 'Weekly', 'p1', 100);
  await series.setOverride('s1', 'Weekly', 'never', undefined, 200);
  const before = await series.get('s1');
  const returned = await series.clearOverride('s1');
  expect(returned).toEqual(before);
  expect(await series.get('s1')).toMatchObject({ confirmedPersonId: 'p1' });
  expect((await series.get('s1'))?.override).toBeUndefined();
  if (returned) await series.put(returned);
  expect(await series.get('s1')).toEqual(before);
});

test('clearing a decision with nothing else known removes the record', async () => {
  await series.setOverride('s2', 'Team sync', 'never');
  await series.clearOverride('s2');
  expect(await series.get('s2')).toBeUndefined();
});
