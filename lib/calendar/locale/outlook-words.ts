/**
 * The words of Outlook on the web's event tile labels that Intl does not give, per UI language.
 * Months, weekdays, am/pm and the 年/月/日 marks come from Intl (`vocabulary.ts`).
 *
 * Each entry: words around a time range, "By" before the organizer, the all-day words, the
 * show-as statuses (Busy, Free, Tentative… are free/busy, not RSVP), the recurrence markers,
 * the subject prefixes of cancelled and declined items, and the word ending icon descriptions.
 *
 * Where each shape was seen: docs/calendars.md ("Event tiles" and "Seen since", labels from
 * public 2026 bug reports): English `Subject, 10:00 AM to 10:30 AM, Monday, February 9, 2026,
 * By Organizer, Busy, Recurring event`, `Exception to recurring event`, `all day event`,
 * `Meeting icon, `, `Canceled:`; Japanese `件名、10:00 から 11:00、2025 年 5 月 12 日 (月)`,
 * 予定あり / 空き時間 / 仮の予定 / 外出中 / 他の場所で作業, キャンセル済み: and 辞退:.
 * Japanese "By", all-day and recurrence words are derived (Outlook's own wording), not seen.
 */
import type { ExtraWords } from './vocabulary';

export interface OutlookWords extends ExtraWords {
  by: readonly string[];
  allDay: readonly string[];
  status: readonly string[];
  recurring: readonly string[];
  cancelled: readonly string[];
  declined: readonly string[];
  icon: readonly string[];
}

const list = (field: string) => field.toLowerCase().split('/');

function words(...fields: string[]): OutlookWords {
  const [range, by, allDay, status, recurring, cancelled, declined, icon] = fields.map(list);
  return {
    range: range ?? [],
    by: by ?? [],
    allDay: allDay ?? [],
    status: status ?? [],
    recurring: recurring ?? [],
    cancelled: cancelled ?? [],
    declined: declined ?? [],
    icon: icon ?? [],
  };
}

export const OUTLOOK_WORDS: Readonly<Record<string, OutlookWords>> = {
  en: words(
    'to',
    'By',
    'all day event/All day',
    'Busy/Free/Tentative/Out of office/Working elsewhere/Away/OOF',
    'Recurring event/Exception to recurring event/Recurring/Recurring meeting',
    'Canceled/Cancelled',
    'Declined',
    'icon',
  ),
  ja: words(
    'から',
    '開催者',
    '終日/終日のイベント',
    '予定あり/空き時間/仮の予定/外出中/他の場所で作業',
    '定期的な予定/定期的な予定の例外',
    'キャンセル済み',
    '辞退',
    'アイコン',
  ),
};
