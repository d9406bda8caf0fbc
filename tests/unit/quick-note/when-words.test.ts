import { expect, test } from 'vitest';
import { meetingWhenInWords } from '../../../lib/quick-note/when-words';

const NOW = new Date(2026, 2, 10, 9, 0).getTime(); // Tue 10 March 2026, 09:00 local
const at = (day: number, hour: number, minute = 0) => new Date(2026, 2, day, hour, minute).getTime();

test.each([
  ['in 25 min', at(10, 9, 25)],
  ['in 59 min', at(10, 9, 59)],
  ['today at 2:30 PM', at(10, 14, 30)],
  ['tomorrow at 9:30 AM', at(11, 9, 30)],
  ['Thu, Mar 12 at 10:00 AM', at(12, 10)],
  ['Fri, Mar 12, 2027 at 10:00 AM', new Date(2027, 2, 12, 10).getTime()],
])('%s', (words, start) => {
  expect(meetingWhenInWords(start, NOW, 'en-US')).toBe(words);
});

test('a meeting under way says "now"; one started with no known end says "just started"', () => {
  expect(meetingWhenInWords(at(10, 8, 50), NOW, 'en-US', at(10, 9, 20))).toBe('now');
  expect(meetingWhenInWords(at(10, 8, 50), NOW, 'en-US', null)).toBe('just started');
});
