import { useState } from 'preact/hooks';
import { cleanText } from '../../lib/db/store';
import type { Meeting, Person, Question, QuestionKind } from '../../lib/model';
import { offerPrompts, PRACTICE_LABEL, promptOffset } from '../../lib/prep/prompts';
import { AddBox } from './AddBox';
import type { CardActions } from './actions';
import { useCardStore } from './card-store';
import { SavedText } from './SavedText';
import { useSaver } from './saving';

export const KIND_LABEL: Record<QuestionKind, string> = {
  mine: 'My question',
  'flip-side': 'Flip side',
  coaching: 'Coaching up',
};

/** How many ideas from the prompt bank show at once: a nudge, not a menu. */
const IDEAS_SHOWN = 3;

interface Props {
  meeting: Meeting;
  person: Person;
  list: Question[];
  allTexts: string[];
  actions: CardActions;
}

/** Questions to ask (practices 2, 3, 5, 6): the user's own, and ideas from the bank. */
export function QuestionsSection({ meeting, person, list, allTexts, actions }: Props) {
  const cardStore = useCardStore();
  const [kind, setKind] = useState<QuestionKind>('mine');
  const [turn, setTurn] = useState(0);
  const offset = promptOffset(meeting.id) + turn * IDEAS_SHOWN;
  const ideas = offerPrompts(allTexts, IDEAS_SHOWN, offset);
  const first = person.name.split(' ')[0] || person.name;

  return (
    <section aria-labelledby="questions-title" class="card-section">
      <h2 id="questions-title">Questions</h2>
      {list.length === 0 ? (
        <p class="empty-nudge">
          No questions yet. Start with the flip side: what does {first} need from you? One of the ideas below will do.
        </p>
      ) : (
        <ul class="items" aria-label="Questions">
          {list.map((question) => (
            <QuestionItem key={question.id} question={question} meeting={meeting} actions={actions} />
          ))}
        </ul>
      )}
      <AddBox
        label="Add a question"
        buttonLabel="Add question"
        placeholder="Ask… (Enter adds it)"
        add={(text) => cardStore.call('questions.add', person.id, text, kind)}
        emptyMessage="Type the question first: an empty question is not added."
      >
        <select
          aria-label="Kind"
          class="kind-pick"
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value as QuestionKind)}
        >
          {(Object.keys(KIND_LABEL) as QuestionKind[]).map((value) => (
            <option key={value} value={value}>
              {KIND_LABEL[value]}
            </option>
          ))}
        </select>
      </AddBox>
      {ideas.length > 0 && (
        <div class="ideas">
          <h3 id="ideas-title">Ideas to ask</h3>
          <ul class="idea-list" aria-labelledby="ideas-title">
            {ideas.map((idea) => (
              <li key={idea.id}>
                <button
                  type="button"
                  class="idea"
                  onClick={() => {
                    actions.focusAfter('.ideas .idea', '#questions-title + * .question-text');
                    void cardStore.call('questions.add', person.id, idea.text, idea.kind);
                  }}
                >
                  <span class="sr-only">Add question: </span>
                  <span class="idea-text">{idea.text}</span>
                  <span class="tag">{PRACTICE_LABEL[idea.practice]}</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" class="link" onClick={() => setTurn(turn + 1)}>
            Other ideas
          </button>
        </div>
      )}
    </section>
  );
}

function QuestionItem({ question, meeting, actions }: { question: Question; meeting: Meeting; actions: CardActions }) {
  const cardStore = useCardStore();
  const saver = useSaver();
  const here = `[data-question="${question.id}"]`;
  const askedHere = question.status !== 'open' && question.meetingId === meeting.id;
  return (
    <li data-question={question.id} class={`item question question--${question.status}`}>
      <div class="question-head">
        <span class="tag">{KIND_LABEL[question.kind]}</span>
        {question.status === 'answered' && <span class="state">Answered</span>}
        {question.status === 'asked' && <span class="state">Asked{askedHere ? ' in this 1:1' : ''}</span>}
      </div>
      <SavedText
        id={`question-${question.id}`}
        class="question-text"
        label="Question"
        field={`question:${question.id}:text`}
        value={question.text}
        singleLine
        save={(text) => cardStore.call('questions.setText', question.id, text)}
        refuse={(text) => (cleanText(text) ? undefined : 'A question needs some words. Its last words are kept.')}
      />
      <SavedText
        id={`answer-${question.id}`}
        class="answer"
        label="Answer"
        placeholder="Their answer…"
        field={`question:${question.id}:answer`}
        meetingId={meeting.id}
        value={question.answer ?? ''}
        save={(text) => cardStore.call('questions.answer', question.id, text, { meetingId: meeting.id })}
      />
      <div class="item-tools">
        {question.status === 'open' ? (
          <button
            type="button"
            onClick={() => {
              actions.focusAfter(`${here} .not-asked`, `${here} .answer`);
              void saver.save(`question:${question.id}:status`, () =>
                cardStore.call('questions.markAsked', question.id, meeting.id),
              );
            }}
          >
            Mark asked
          </button>
        ) : (
          !question.answer?.trim() && (
            <button
              type="button"
              class="not-asked"
              onClick={() => {
                actions.focusAfter(`${here} button`);
                void saver.save(`question:${question.id}:status`, () =>
                  cardStore.call('questions.reopen', question.id),
                );
              }}
            >
              Not asked yet
            </button>
          )
        )}
        <span class="spacer" />
        <button
          type="button"
          class="icon danger"
          aria-label="Delete question"
          title="Delete question"
          onClick={() => {
            actions.focusAfter('#questions-title + * .question-text', '[aria-label="Add a question"]');
            void actions.deleteWithUndo(
              'Question deleted.',
              () => cardStore.call('questions.delete', question.id),
              () => cardStore.call('questions.put', question),
            );
          }}
        >
          ×
        </button>
      </div>
    </li>
  );
}
