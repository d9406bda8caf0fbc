import { useState } from 'preact/hooks';
import type { Meeting, Person, Question, QuestionKind } from '../../lib/model';
import { movableNeighbours, type RaiseItem } from '../../lib/prep/brief';
import { firstName, relationWords } from '../../lib/prep/relation-words';
import { AddBox } from './AddBox';
import type { CardActions } from './actions';
import { useCardStore } from './card-store';
import { ItemList } from './ItemList';
import { ItemRow } from './ItemRow';
import { Sentence } from './Sentence';
import { KIND_LABEL } from './words';

interface Props {
  meeting: Meeting;
  person: Person;
  list: RaiseItem[];
  /** Questions asked (or answered) in this 1:1: their answer boxes. */
  asked: Question[];
  actions: CardActions;
}

/**
 * "To raise": one numbered list of the needs to raise and the questions to ask, most-waited first,
 * as plain text; then the questions asked in this 1:1 with their answers; then one box to add more.
 */
export function ToRaise({ meeting, person, list, asked, actions }: Props) {
  const words = relationWords(person.relation);
  const first = firstName(person.name);
  return (
    <section aria-labelledby="raise-title" class="card-section brief-part to-raise">
      <h2 id="raise-title">
        To raise <span class="count">({list.length})</span>
      </h2>
      {list.length === 0 ? (
        <p class="empty-nudge">
          <Sentence text={words.emptyToRaise} name={first} />
        </p>
      ) : (
        <ItemList label="To raise" ordered class="raise-list" describedBy="raise-keys">
          {list.map((item) => (
            <ItemRow
              key={item.id}
              row={
                item.kind === 'need' ? { kind: 'need', need: item.need } : { kind: 'question', question: item.question }
              }
              meeting={meeting}
              waited={item.waited}
              movable={item.kind === 'need' ? movableNeighbours(list, item.id) : undefined}
              actions={actions}
            />
          ))}
        </ItemList>
      )}
      {list.length > 0 && (
        <p id="raise-keys" class="hint keys">
          ↑↓ between items · Enter edits · → or Shift+F10 for ⋯
        </p>
      )}
      {list.length > 0 && list.length < 3 && <p class="hint">{words.fewItems}</p>}
      {asked.length > 0 && (
        <>
          <h3 id="asked-title">Asked in this 1:1</h3>
          <ItemList label="Asked in this 1:1" class="asked-list">
            {asked.map((question) => (
              <ItemRow key={question.id} row={{ kind: 'question', question }} meeting={meeting} actions={actions} />
            ))}
          </ItemList>
        </>
      )}
      <AddToRaise personId={person.id} placeholder={words.needPlaceholder} />
    </section>
  );
}

type AddKind = 'need' | QuestionKind;

/** One box for both: a need, or a question of a kind. Enter adds; the text stays if the save fails. */
function AddToRaise({ personId, placeholder }: { personId: string; placeholder: string }) {
  const cardStore = useCardStore();
  const [kind, setKind] = useState<AddKind>('need');
  return (
    <AddBox
      id="add-to-raise"
      keyShortcuts="Alt+A"
      label="Add to raise"
      buttonLabel="Add it"
      placeholder={kind === 'need' ? placeholder : 'Ask… (Enter adds it)'}
      add={(text) =>
        kind === 'need'
          ? cardStore.call('needs.add', personId, text)
          : cardStore.call('questions.add', personId, text, kind)
      }
      emptyMessage={`Type the ${kind === 'need' ? 'need' : 'question'} first: an empty one is not added.`}
    >
      <select aria-label="Kind" value={kind} onChange={(event) => setKind(event.currentTarget.value as AddKind)}>
        <option value="need">Need</option>
        {(Object.keys(KIND_LABEL) as QuestionKind[]).map((value) => (
          <option key={value} value={value}>
            {KIND_LABEL[value]}
          </option>
        ))}
      </select>
    </AddBox>
  );
}
