import { TEXT_MAX_CHARS } from '../model';

/**
 * How big a backup may be. The limits stop a damaged or hostile file from
 * filling the store or the screen, and sit far above anything Upward itself
 * writes, so a user's own export always imports again (a 100 KB paste into a
 * note is one tenth of the text limit).
 */
export const BACKUP_LIMITS = {
  /** The whole file, in characters. */
  fileChars: 200_000_000,
  /** Brackets inside brackets: real backups nest about 6 deep. */
  depth: 32,
  /** Any free text: needs, answers, notes, titles (what the card may save; names are shorter). */
  textChars: TEXT_MAX_CHARS,
  /** Record ids (a calendar id with its site prefix is at most about 1 KB). */
  idChars: 2_000,
  people: 10_000,
  needs: 100_000,
  questions: 100_000,
  checklist: 1_000,
  meetings: 100_000,
  notes: 1_000_000,
  series: 100_000,
  commitments: 100_000,
  /** Short lists inside one record: emails, aliases, ticks, reasons, a need's history. */
  listItems: 10_000,
  /** Problems listed in one refusal; the rest are counted. */
  problemsShown: 100,
} as const;
