import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SeriesRecord } from '../../lib/db/schema';
import type { Meeting, Person } from '../../lib/model';
import { MeetingNotes } from './MeetingNotes';
import { SeriesChoice, WhyRecognised } from './WhyRecognised';

/** The calendar showed an event Upward never recorded (or the link is old). */
export function MeetingMissing() {
  return (
    <section class="card-state">
      <p>
        Upward has no record of this meeting yet. Open your calendar on the week that shows it; once Upward recognises
        it as a 1:1, its prep card opens here.
      </p>
    </section>
  );
}

/** Recorded, but the calendar (or the user) says it is no longer a 1:1. */
export function NoLongerOneOnOne({
  meeting,
  seriesRecord,
  everyone,
}: {
  meeting: Meeting;
  seriesRecord?: SeriesRecord;
  everyone: Person[];
}) {
  const suggested = seriesRecord?.overridePersonId ?? seriesRecord?.confirmedPersonId ?? everyone[0]?.id ?? '';
  const [personId, setPersonId] = useState(suggested);
  return (
    <section class="card-state">
      <p>
        Upward no longer treats this meeting as a 1:1, so it shows no prep for it. Anything you wrote for it is kept.
      </p>
      {everyone.length === 0 ? (
        <p>
          Upward knows nobody yet.{' '}
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            Add your manager in Settings
          </button>
        </p>
      ) : (
        <div class="row wrap">
          <label for="series-person" class="inline-label">
            A 1:1 with
          </label>
          <select id="series-person" value={personId} onChange={(event) => setPersonId(event.currentTarget.value)}>
            {everyone.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <WhyRecognised meeting={meeting} seriesRecord={seriesRecord} personId={personId || undefined} open />
    </section>
  );
}

/** The meeting's person was removed in Settings; the meeting record (and its notes) remain. */
export function PersonGone({ meeting, seriesRecord }: { meeting: Meeting; seriesRecord?: SeriesRecord }) {
  return (
    <section class="card-state">
      <p>
        The person this 1:1 was with has been removed from Upward, so there is nothing to prepare here. If that was a
        mistake, add them again in Settings.
      </p>
      <p>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          Open Settings
        </button>
      </p>
      {/* Notes written before the person was removed stay reachable. */}
      {meeting.notes.trim() && <MeetingNotes meeting={meeting} />}
      <SeriesChoice meeting={meeting} seriesRecord={seriesRecord} />
    </section>
  );
}
