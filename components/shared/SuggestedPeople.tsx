import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { type RemovedPerson, removePerson } from '../../lib/db/people-admin';
import { RELATIONS, type Relation } from '../../lib/model';
import { UPWARD_RELATIONS } from '../../lib/oneonone/candidates';
import { addSuggestion, dismissSuggestion, undoDismissal } from '../../lib/suggestions/decide';
import type { PersonSuggestion } from '../../lib/suggestions/types';
import { RELATION_LABELS } from './PersonForm';
import { UndoBar } from './UndoBar';
import './suggestions.css';

/** What just happened, with its Undo. */
type Done =
  | { kind: 'added'; name: string; relation: Relation; personId: string }
  | { kind: 'dismissed'; suggestion: PersonSuggestion }
  | { kind: 'undone'; text: string };

/**
 * People the calendar suggests, each with its evidence and a guessed relation the user can
 * change: one click adds them (the open calendar badges their 1:1s at once), or dismisses them
 * for good. Both can be undone right after. Calendar text is shown as text only. Stays in the
 * page when the last suggestion goes, so what just happened (and its Undo) stays too.
 */
export function SuggestedPeople(props: {
  suggestions: readonly PersonSuggestion[];
  /** Distinguishes ids when a page shows the list twice. */
  idPrefix: string;
  /** Show at most this many (the rest wait for the next look). */
  limit?: number;
  /** The list's accessible name. */
  label?: string;
  /** Shown above the list while it has suggestions. */
  heading?: ComponentChildren;
  /** The user added or dismissed one here. */
  onDecided?: () => void;
}) {
  const { suggestions, idPrefix, limit = 8 } = props;
  const [relations, setRelations] = useState<Record<string, Relation>>({});
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [done, setDone] = useState<Done | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const shown = suggestions.slice(0, limit);
  const relationOf = (suggestion: PersonSuggestion) => relations[suggestion.key] ?? suggestion.relation;
  // The row (and the focused button) goes: keep the keyboard user next to Undo.
  const focusUndo = () => requestAnimationFrame(() => undoButton.current?.focus());

  const add = async (suggestion: PersonSuggestion) => {
    const relation = relationOf(suggestion);
    const added = await addSuggestion(suggestion, relation);
    if (!added.ok) {
      setProblems((all) => ({ ...all, [suggestion.key]: added.error }));
      return;
    }
    setDone({ kind: 'added', name: added.person.name, relation, personId: added.person.id });
    props.onDecided?.();
    focusUndo();
  };
  const dismiss = async (suggestion: PersonSuggestion) => {
    await dismissSuggestion(suggestion);
    setDone({ kind: 'dismissed', suggestion });
    props.onDecided?.();
    focusUndo();
  };
  const undo = async () => {
    if (!done || done.kind === 'undone') return;
    if (done.kind === 'added') {
      const removed: RemovedPerson | undefined = await removePerson(done.personId);
      setDone({ kind: 'undone', text: removed ? `${done.name} is no longer in Upward.` : '' });
    } else {
      await undoDismissal(done.suggestion);
      setDone({ kind: 'undone', text: `${done.suggestion.name} is suggested again.` });
    }
  };

  return (
    <div class="suggested">
      {shown.length > 0 && props.heading}
      {shown.length > 0 && (
        <ul class="plain suggestions" aria-label={props.label ?? 'Suggested from your calendar'}>
          {shown.map((suggestion) => {
            const id = `${idPrefix}-${suggestion.key.replace(/[^\p{L}\p{N}]+/gu, '-')}`;
            const relation = relationOf(suggestion);
            return (
              <li key={suggestion.key} class="suggestion">
                <p class="suggestion-name">
                  <strong>
                    <bdi>{suggestion.name}</bdi>
                  </strong>
                  {suggestion.emails.length > 0 && <span class="muted"> · {suggestion.emails.join(', ')}</span>}
                </p>
                <p class="muted suggestion-evidence">
                  <bdi>{suggestion.evidence}</bdi>
                </p>
                <div class="row wrap suggestion-actions">
                  <label for={`${id}-relation`} class="inline-label">
                    <span class="sr-only">
                      <bdi>{suggestion.name}</bdi>
                    </span>{' '}
                    is your
                  </label>
                  <select
                    id={`${id}-relation`}
                    value={relation}
                    onChange={(event) => {
                      const value = event.currentTarget.value as Relation;
                      setRelations((all) => ({ ...all, [suggestion.key]: value }));
                    }}
                  >
                    {RELATIONS.map((value) => (
                      <option key={value} value={value}>
                        {RELATION_LABELS[value].toLowerCase()}
                      </option>
                    ))}
                  </select>
                  <button type="button" class="primary" onClick={() => void add(suggestion)}>
                    Add
                    <span class="sr-only">
                      {' '}
                      {suggestion.name} as {RELATION_LABELS[relation].toLowerCase()}
                    </span>
                  </button>
                  <button type="button" onClick={() => void dismiss(suggestion)}>
                    Dismiss<span class="sr-only"> {suggestion.name}</span>
                  </button>
                </div>
                {!UPWARD_RELATIONS.includes(relation) && (
                  <p class="muted hint">Upward prepares 1:1s with a manager, skip-level or mentor only.</p>
                )}
                {problems[suggestion.key] && (
                  <p role="alert" class="field-error">
                    {problems[suggestion.key]}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {done?.kind === 'added' && (
        <UndoBar removal={done} onUndo={() => void undo()} onExpire={() => setDone(null)} buttonRef={undoButton}>
          Added <bdi>{done.name}</bdi> as your {RELATION_LABELS[done.relation].toLowerCase()}.
        </UndoBar>
      )}
      {done?.kind === 'dismissed' && (
        <UndoBar removal={done} onUndo={() => void undo()} onExpire={() => setDone(null)} buttonRef={undoButton}>
          <bdi>{done.suggestion.name}</bdi> will not be suggested again.
        </UndoBar>
      )}
      <p role="status" class="muted">
        {done?.kind === 'undone' && done.text}
      </p>
    </div>
  );
}
