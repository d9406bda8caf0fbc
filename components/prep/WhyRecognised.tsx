import type { SeriesRecord } from '../../lib/db/schema';
import type { Meeting } from '../../lib/model';
import { useCardStore } from './card-store';
import { useSaver } from './saving';

interface Props {
  meeting: Meeting;
  seriesRecord?: SeriesRecord;
  /** Who "always" means; the card's person, or the one picked when the meeting lost its person. */
  personId?: string;
  /** Open by default where the reasons are the point (a meeting that is no longer a 1:1). */
  open?: boolean;
}

/** Why Upward thinks this is a 1:1, and the user's say over the whole series. */
export function WhyRecognised({ meeting, seriesRecord, personId, open }: Props) {
  return (
    <details class="card-section fold" open={open}>
      <summary>
        <h2>{meeting.personId ? 'Why this is a 1:1' : 'Why this is not a 1:1 any more'}</h2>
      </summary>
      <p class="muted">
        On your calendar as <q class="calendar-title">{meeting.title || 'an untitled event'}</q>.
      </p>
      {meeting.reasons?.length ? (
        <ul class="reasons" aria-label="Reasons">
          {meeting.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : (
        <p class="empty">Upward kept no reasons for this meeting; the choice below decides it.</p>
      )}
      <SeriesChoice meeting={meeting} seriesRecord={seriesRecord} personId={personId} />
    </details>
  );
}

export function SeriesChoice({ meeting, seriesRecord, personId }: Omit<Props, 'open'>) {
  const cardStore = useCardStore();
  const saver = useSaver();
  const verdict = seriesRecord?.override;
  const choose = (next: 'always' | 'never' | undefined) =>
    saver.save(`series:${meeting.seriesId}`, async () => {
      await cardStore.call(
        'series.setOverride',
        meeting.seriesId,
        meeting.title,
        next,
        next === 'always' ? personId : undefined,
      );
      // The user said so: show the card now rather than waiting for the calendar to report again.
      if (next === 'always' && personId) await cardStore.call('meetings.setPerson', meeting.id, personId);
    });

  if (verdict === 'always') {
    return (
      <p class="verdict" role="status">
        You marked this series as always a 1:1.{' '}
        <button type="button" class="link" onClick={() => void choose(undefined)}>
          Undo: let Upward decide
        </button>
      </p>
    );
  }
  if (verdict === 'never') {
    return (
      <div class="verdict" role="status">
        <p>
          You marked this series as never a 1:1. Its badge goes away from your calendar and the card will not open for
          it by itself. What you wrote here stays.
        </p>
        <button type="button" class="link" onClick={() => void choose(undefined)}>
          Undo: let Upward decide
        </button>{' '}
        {personId && (
          <button type="button" onClick={() => void choose('always')}>
            Always treat this series as a 1:1
          </button>
        )}
      </div>
    );
  }
  return (
    <div class="row wrap series-choice">
      <button type="button" disabled={!personId} onClick={() => void choose('always')}>
        Always treat this series as a 1:1
      </button>
      <button type="button" onClick={() => void choose('never')}>
        Never treat this series as a 1:1
      </button>
    </div>
  );
}
