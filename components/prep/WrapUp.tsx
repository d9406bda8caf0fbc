import { useEffect, useRef, useState } from 'preact/hooks';
import { MOODS, type Mood } from '../../lib/model';
import type { ReadyCard } from '../../lib/prep/load';
import { type NewCommitmentRow, type WrapUpForm, wrapUpForm, wrapUpInput } from '../../lib/wrap-up/form';
import type { NeedOutcome } from '../../lib/wrap-up/outcomes';
import { useCardStore } from './card-store';
import { useSaver } from './saving';

const OUTCOMES: { value: NeedOutcome; label: string }[] = [
  { value: 'raised', label: 'Raised' },
  { value: 'met', label: 'Met' },
  { value: 'not-this-time', label: 'Not this time' },
];
const MOOD_WORDS: Record<Mood, string> = { 1: 'strained', 2: 'uneasy', 3: 'okay', 4: 'good', 5: 'great' };
const emptyRow = (): NewCommitmentRow => ({ text: '', owner: 'me', due: '' });

interface Props {
  card: ReadyCard;
  /** Back to the card; `saved` says whether the wrap-up was saved. */
  onDone: (saved: boolean) => void;
}

/**
 * The wrap-up after a 1:1, on one screen and by keyboard: each need raised / met / not this
 * time (arrow keys within a need, Tab to the next), questions asked and answered, promises
 * kept and new ones both ways, notes, and how the relationship feels (1–5, optional).
 * Ctrl+Enter (⌘+Enter) saves from anywhere; everything lands in one transaction.
 */
export function WrapUp({ card, onDone }: Props) {
  const cardStore = useCardStore();
  const saver = useSaver();
  const [form, setForm] = useState<WrapUpForm>(() => wrapUpForm(card));
  const [rows, setRows] = useState<NewCommitmentRow[]>([emptyRow()]);
  const [problem, setProblem] = useState('');
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const rowsRef = useRef<HTMLUListElement>(null);
  const first = card.person.name.split(' ')[0] || card.person.name;

  useEffect(() => heading.current?.focus(), []);

  const edit = (change: (current: WrapUpForm) => WrapUpForm) => setForm((current) => change(current));
  const editRow = (index: number, change: Partial<NewCommitmentRow>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)));

  async function save() {
    if (saving) return;
    setSaving(true);
    setProblem('');
    const saved = await saver.save('wrap-up', () =>
      cardStore.call('wrapUp.save', card.meeting.id, wrapUpInput(form, rows)),
    );
    setSaving(false);
    if (saved) onDone(true);
    else setProblem('The wrap-up was not saved. Everything you entered is still here: try Save again.');
  }

  return (
    <form
      class="wrap-up"
      aria-labelledby="wrap-up-title"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void save();
        }
      }}
    >
      <h2 id="wrap-up-title" ref={heading} tabIndex={-1}>
        How did it go with {first}?
      </h2>
      <p class="hint">Thirty seconds: pick what happened, add what was promised, save (Ctrl+Enter).</p>

      <fieldset class="wrap-group">
        <legend>Your needs</legend>
        {form.needs.length === 0 && <p class="hint">No needs were waiting for this 1:1.</p>}
        {form.needs.map(({ need, outcome }, index) => (
          <div class="outcome" role="radiogroup" aria-labelledby={`wrap-need-${need.id}`} key={need.id}>
            <p id={`wrap-need-${need.id}`} class="outcome-text" dir="auto">
              {need.text}
            </p>
            <div class="choices">
              {OUTCOMES.map((choice) => (
                <label class="choice" key={choice.value}>
                  <input
                    type="radio"
                    name={`need-${need.id}`}
                    value={choice.value}
                    checked={outcome === choice.value}
                    onChange={() =>
                      edit((f) => ({
                        ...f,
                        needs: f.needs.map((entry, i) => (i === index ? { ...entry, outcome: choice.value } : entry)),
                      }))
                    }
                  />
                  {choice.label}
                </label>
              ))}
            </div>
          </div>
        ))}
      </fieldset>

      {form.questions.length > 0 && (
        <fieldset class="wrap-group">
          <legend>Questions</legend>
          {form.questions.map(({ question, asked, answer }, index) => {
            const set = (change: { asked?: boolean; answer?: string }) =>
              edit((f) => ({
                ...f,
                questions: f.questions.map((entry, i) => (i === index ? { ...entry, ...change } : entry)),
              }));
            return (
              <div class="wrap-question" key={question.id}>
                <label class="choice">
                  <input type="checkbox" checked={asked} onChange={(e) => set({ asked: e.currentTarget.checked })} />
                  Asked: <bdi>{question.text}</bdi>
                </label>
                <input
                  type="text"
                  dir="auto"
                  aria-label={`Answer to: ${question.text}`}
                  placeholder="Their answer (optional)"
                  value={answer}
                  // Writing an answer means it was asked.
                  onInput={(e) =>
                    set({ answer: e.currentTarget.value, ...(e.currentTarget.value.trim() && { asked: true }) })
                  }
                />
              </div>
            );
          })}
        </fieldset>
      )}

      <fieldset class="wrap-group">
        <legend>Commitments</legend>
        {form.commitments.map(({ commitment, done }, index) => (
          <label class="choice" key={commitment.id}>
            <input
              type="checkbox"
              checked={done}
              onChange={(e) => {
                const checked = e.currentTarget.checked;
                edit((f) => ({
                  ...f,
                  commitments: f.commitments.map((entry, i) => (i === index ? { ...entry, done: checked } : entry)),
                }));
              }}
            />
            Done: {commitment.owner === 'me' ? 'you' : <bdi>{first}</bdi>} — <bdi>{commitment.text}</bdi>
          </label>
        ))}
        <ul class="new-commitments" ref={rowsRef} aria-label="New commitments">
          {rows.map((row, index) => (
            <li class="row wrap" key={index}>
              <input
                type="text"
                dir="auto"
                class="grow"
                aria-label={`New commitment ${index + 1}`}
                placeholder="Promised today… (Enter for another)"
                value={row.text}
                onInput={(e) => editRow(index, { text: e.currentTarget.value })}
                onKeyDown={(e) => {
                  if (e.key !== 'Enter' || e.ctrlKey || e.metaKey || e.isComposing) return;
                  e.preventDefault();
                  if (!row.text.trim()) return;
                  if (index === rows.length - 1) setRows((current) => [...current, emptyRow()]);
                  requestAnimationFrame(() =>
                    rowsRef.current?.querySelectorAll<HTMLInputElement>('input[type="text"]')[index + 1]?.focus(),
                  );
                }}
              />
              <select
                aria-label={`Who owes commitment ${index + 1}`}
                value={row.owner}
                onChange={(e) => editRow(index, { owner: e.currentTarget.value as 'me' | 'them' })}
              >
                <option value="me">I owe</option>
                <option value="them">{first} owes</option>
              </select>
              <input
                type="date"
                class="due"
                aria-label={`Due date of commitment ${index + 1} (optional)`}
                value={row.due}
                onInput={(e) => editRow(index, { due: e.currentTarget.value })}
              />
            </li>
          ))}
        </ul>
      </fieldset>

      <label for="wrap-notes">Notes</label>
      <textarea
        id="wrap-notes"
        class="notes"
        dir="auto"
        value={form.notes}
        placeholder="What was said, what you agreed…"
        onInput={(e) => {
          const notes = e.currentTarget.value;
          edit((f) => ({ ...f, notes }));
        }}
      />
      <label class="choice">
        <input
          type="checkbox"
          checked={form.win}
          onChange={(e) => {
            const win = e.currentTarget.checked;
            edit((f) => ({ ...f, win }));
          }}
        />
        A win worth remembering at review time
      </label>

      <fieldset class="wrap-group mood">
        <legend>How does the relationship feel this week? (optional)</legend>
        <div class="choices">
          {MOODS.map((mood) => (
            <label class="choice" key={mood}>
              <input
                type="radio"
                name="mood"
                value={mood}
                checked={form.mood === mood}
                onChange={() => edit((f) => ({ ...f, mood }))}
              />
              {mood} <span class="muted">{MOOD_WORDS[mood]}</span>
            </label>
          ))}
          <label class="choice">
            <input
              type="radio"
              name="mood"
              checked={form.mood === null}
              onChange={() => edit((f) => ({ ...f, mood: null }))}
            />
            Skip
          </label>
        </div>
      </fieldset>

      {problem && <p role="alert">{problem}</p>}
      <div class="row wrap-actions">
        <button type="submit" class="primary" disabled={saving}>
          Save wrap-up
        </button>
        <button type="button" onClick={() => onDone(false)}>
          Back to the card
        </button>
      </div>
    </form>
  );
}
