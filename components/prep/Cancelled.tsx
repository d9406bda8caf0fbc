import { useRef, useState } from 'preact/hooks';
import { meantToBringUpMarkdown } from '../../lib/history/brought-up';
import type { Meeting } from '../../lib/model';
import type { ReadyCard } from '../../lib/prep/load';
import { describeMeetingTime } from '../../lib/prep/meeting-time';
import { wallTimeToMs } from '../../lib/wall-time';
import { shortDate } from '../../lib/when';
import { copyText } from '../shared/copy';

/**
 * On the card of a cancelled (or declined, or vanished) 1:1: nothing is lost, the open items go
 * to the next 1:1 by themselves, and "What I meant to bring up" is ready to copy for a quick message.
 */
export function CancelledNotice({ card, now }: { card: ReadyCard; now: number }) {
  const first = card.person.name.split(' ')[0] || card.person.name;
  const [copied, setCopied] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  const markdown = meantToBringUpMarkdown({
    personName: card.person.name,
    meeting: card.meeting,
    needs: card.needs.active,
    questions: card.questions,
    now,
  });
  return (
    <section aria-labelledby="cancelled-title" class="card-section cancelled">
      <h2 id="cancelled-title">{card.meeting.declined ? 'You declined this 1:1' : 'This 1:1 was cancelled'}</h2>
      <p>
        Nothing is lost: your open needs and questions carry over to{' '}
        {card.next
          ? `your next 1:1 with ${first} (${describeMeetingTime(card.next, now)})`
          : `your next 1:1 with ${first}`}
        , and its notes stay with it.
      </p>
      <details>
        <summary>What I meant to bring up</summary>
        <textarea ref={box} class="notes" readOnly aria-label="What I meant to bring up (Markdown)" value={markdown} />
        <div class="row">
          <button
            type="button"
            onClick={async () =>
              setCopied((await copyText(markdown, box.current)) ? 'Copied.' : 'Select the text and copy it.')
            }
          >
            Copy
          </button>
          <span role="status">{copied}</span>
        </div>
      </details>
    </section>
  );
}

/** On the next 1:1's card: what was prepared for a 1:1 that did not happen. */
export function CarriedOver({ cancelled, now }: { cancelled: Meeting[]; now: number }) {
  if (!cancelled.length) return null;
  return (
    <section aria-labelledby="carried-title" class="card-section carried">
      <h2 id="carried-title">Carried over</h2>
      {cancelled.map((meeting) => {
        const start = wallTimeToMs(meeting.start);
        const when = start === null ? 'A 1:1' : `The 1:1 on ${shortDate(start, now)}`;
        return (
          <div key={meeting.id} class="carried-meeting">
            <p>
              {when} {meeting.declined ? 'was declined' : 'was cancelled'}: its open needs and questions are below.
            </p>
            {meeting.notes.trim() && (
              <p class="carried-notes" dir="auto">
                {meeting.notes}
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}
