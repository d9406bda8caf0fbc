import * as v from 'valibot';
import { COMMITMENT_OWNERS, MOODS } from '../model';
import { NEED_OUTCOMES } from './outcomes';

/**
 * What a saved wrap-up holds. It arrives over extension messaging from the prep card (an
 * extension page, but the message is still checked), so its shape and size are checked
 * here before anything is written.
 */
const MAX_ITEMS = 500;
const MAX_TEXT = 100_000;
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(2000));
const text = v.pipe(v.string(), v.maxLength(MAX_TEXT));
const list = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.maxLength(MAX_ITEMS));

export const wrapUpInputSchema = v.strictObject({
  needs: list(v.strictObject({ id, outcome: v.picklist(NEED_OUTCOMES) })),
  questions: list(v.strictObject({ id, asked: v.boolean(), answer: text })),
  commitments: list(v.strictObject({ id, done: v.boolean() })),
  newCommitments: list(
    v.strictObject({
      text,
      owner: v.picklist(COMMITMENT_OWNERS),
      due: v.optional(v.pipe(v.string(), v.maxLength(10))),
    }),
  ),
  notes: text,
  mood: v.nullable(v.picklist(MOODS)),
  win: v.boolean(),
});

export type WrapUpInput = v.InferOutput<typeof wrapUpInputSchema>;

export function parseWrapUpInput(raw: unknown): WrapUpInput {
  const parsed = v.safeParse(wrapUpInputSchema, raw);
  if (parsed.success) return parsed.output;
  const issue = parsed.issues[0];
  const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
  throw new Error(`This wrap-up could not be saved (${path || 'input'}: ${issue.message}).`);
}
