import type { Meeting } from '../../lib/model';
import { useCardStore } from './card-store';
import { SavedText } from './SavedText';

/** Free notes for this one meeting, saved as typed. */
export function MeetingNotes({ meeting }: { meeting: Meeting }) {
  const cardStore = useCardStore();
  return (
    <section aria-labelledby="notes-title" class="card-section">
      <h2 id="notes-title">
        <label for="meeting-notes" class="heading-label">
          Notes for this meeting
        </label>
      </h2>
      <SavedText
        id="meeting-notes"
        class="notes"
        field={`meeting:${meeting.id}:notes`}
        value={meeting.notes}
        placeholder="What was said, what you agreed, what to follow up…"
        save={(text) => cardStore.call('meetings.setNotes', meeting.id, text)}
      />
    </section>
  );
}
