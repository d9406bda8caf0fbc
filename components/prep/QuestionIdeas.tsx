import { useState } from 'preact/hooks';
import type { Meeting, Person } from '../../lib/model';
import { offerPrompts, PRACTICE_LABEL, promptOffset } from '../../lib/prep/prompts';
import type { CardActions } from './actions';
import { useCardStore } from './card-store';

/** One idea to ask at a time, from the bank that fits this relationship; "Another idea" deals the next. */
export function QuestionIdeas({
  meeting,
  person,
  allTexts,
  actions,
}: {
  meeting: Meeting;
  person: Person;
  allTexts: string[];
  actions: CardActions;
}) {
  const cardStore = useCardStore();
  const [turn, setTurn] = useState(0);
  const offset = promptOffset(meeting.id, person.relation) + turn;
  const [idea] = offerPrompts(allTexts, 1, offset, person.relation);
  if (!idea) return <p class="hint">You have added every idea Upward has for this kind of 1:1.</p>;
  return (
    <div class="ideas">
      <ul class="idea-list" aria-label="Ideas to ask">
        <li>
          <button
            type="button"
            class="idea"
            onClick={() => {
              actions.focusAfter('.ideas .idea', '.raise-list .item-text');
              void cardStore.call('questions.add', person.id, idea.text, idea.kind);
            }}
          >
            <span class="sr-only">Add question: </span>
            <span class="idea-text">{idea.text}</span>
            <span class="chip">{PRACTICE_LABEL[idea.practice]}</span>
          </button>
        </li>
      </ul>
      <button type="button" class="link" onClick={() => setTurn(turn + 1)}>
        Another idea
      </button>
    </div>
  );
}
