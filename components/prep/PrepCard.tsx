import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CardData } from '../../lib/prep/load';
import { describeMeetingTime } from '../../lib/prep/meeting-time';
import { createSaveTracker } from '../../lib/prep/saving';
import { UndoBar } from '../shared/UndoBar';
import { AboutPerson } from './AboutPerson';
import type { CardActions } from './actions';
import { CancelledNotice, CarriedOver } from './Cancelled';
import { CardHeader } from './CardHeader';
import { MeetingMissing, NoLongerOneOnOne, PersonGone } from './CardStates';
import { ChecklistSection } from './ChecklistSection';
import { CommitmentsSection } from './CommitmentsSection';
import { useFocusAfterRender } from './focus';
import { reportHeight, tellHost } from './frame';
import { LastTime } from './LastTime';
import { MeetingNotes } from './MeetingNotes';
import { NeedsSection } from './NeedsSection';
import { QuestionsSection } from './QuestionsSection';
import { QuickNotesSection } from './QuickNotesSection';
import { SaveContext } from './saving';
import { useCardData, useNow } from './useCardData';
import { WhyRecognised } from './WhyRecognised';
import { WrapUp } from './WrapUp';
import { WrapUpOffer } from './WrapUpOffer';

export type CardMode = 'frame' | 'tab';
/** The card itself, or the wrap-up after the meeting (same data, same store calls). */
export type CardView = 'card' | 'wrap-up';

interface Props {
  meetingId: string;
  mode: CardMode;
  /** Where to start: a wrap-up notification opens the wrap-up. */
  view?: CardView;
  /** Tests pass a fixed clock. */
  now?: number;
}

interface Undo {
  message: string;
  restore: () => Promise<unknown>;
}

const DAY_MS = 24 * 60 * 60_000;

/** The prep card for one meeting: in the calendar's frame, or a tab of its own. */
export function PrepCard({ meetingId, mode, view: firstView = 'card', now: fixedNow }: Props) {
  const data = useCardData(meetingId, fixedNow);
  const [view, setView] = useState<CardView>(firstView);
  const [notice, setNotice] = useState('');
  const tracker = useMemo(createSaveTracker, []);
  const clock = useNow();
  const now = fixedNow ?? clock;
  const root = useRef<HTMLElement>(null);
  const focusAfter = useFocusAfterRender(root);
  const [undo, setUndo] = useState<Undo>();

  const close =
    mode === 'frame'
      ? async () => {
          // Let the last keystroke reach the disk before the host removes this frame.
          await tracker.flush();
          await tellHost({ type: 'prep/close' });
        }
      : undefined;

  useEffect(() => {
    if (!close) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) void close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [mode]);

  useEffect(() => {
    if (mode !== 'frame' || !root.current) return;
    return reportHeight(root.current);
  }, [mode, data.status, view]);

  // "Waited N 1:1s" changes when a 1:1 ends: read again then (the store counts it).
  const changesAt = data.status === 'ready' && data.value.kind === 'ready' ? data.value.waitedChangesAt : null;
  useEffect(() => {
    if (changesAt === null || fixedNow !== undefined) return;
    const timer = setTimeout(() => void data.refresh(), Math.min(Math.max(0, changesAt - Date.now()) + 1000, DAY_MS));
    return () => clearTimeout(timer);
  }, [changesAt]);

  const actions: CardActions = {
    focusAfter,
    async deleteWithUndo(message, remove, restore) {
      await tracker.save(`delete:${message}:${Date.now()}`, remove);
      setUndo({ message, restore });
    },
  };

  const body = renderBody(data.status === 'ready' ? data.value : undefined);

  function renderBody(card: CardData | undefined) {
    if (data.status === 'loading') {
      return (
        <p class="loading muted" aria-live="polite">
          Loading your prep…
        </p>
      );
    }
    if (data.status === 'error') return <p role="alert">Upward could not open its data: {data.error}</p>;
    if (!card) return null;
    switch (card.kind) {
      case 'missing':
        return <MeetingMissing />;
      case 'not-one-on-one':
        return <NoLongerOneOnOne meeting={card.meeting} seriesRecord={card.series} everyone={card.everyone} />;
      case 'person-gone':
        return <PersonGone meeting={card.meeting} seriesRecord={card.series} />;
      case 'ready': {
        if (view === 'wrap-up') {
          return (
            <WrapUp
              card={card}
              onDone={(saved) => {
                setView('card');
                setNotice(saved ? 'Wrap-up saved.' : '');
                actions.focusAfter('#wrap-offer-title + p + button', '#prep-title');
              }}
            />
          );
        }
        const offTheCalendar = card.meeting.cancelled || card.meeting.declined;
        return (
          <>
            {offTheCalendar && <CancelledNotice card={card} now={now} />}
            <LastTime last={card.lastTime} person={card.person} now={now} />
            <CarriedOver cancelled={card.cancelled} now={now} />
            <NeedsSection
              meeting={card.meeting}
              person={card.person}
              active={card.needs.active}
              done={card.needs.done}
              waited={card.waited}
              actions={actions}
            />
            <QuestionsSection
              meeting={card.meeting}
              person={card.person}
              list={card.questions}
              allTexts={card.questionTexts}
              actions={actions}
            />
            <CommitmentsSection
              meeting={card.meeting}
              person={card.person}
              open={card.commitments.open}
              closedHere={card.commitments.closedHere}
              now={now}
              actions={actions}
            />
            <ChecklistSection meeting={card.meeting} items={card.checklist} />
            <MeetingNotes meeting={card.meeting} />
            <WrapUpOffer
              meeting={card.meeting}
              onOpen={() => {
                setNotice('');
                setView('wrap-up');
              }}
            />
            <QuickNotesSection notes={card.quickNotes} previous={card.previous} now={now} />
            <AboutPerson person={card.person} />
            <WhyRecognised meeting={card.meeting} seriesRecord={card.series} personId={card.person.id} />
          </>
        );
      }
    }
  }

  const card = data.status === 'ready' ? data.value : undefined;
  const title = !card
    ? 'Upward prep'
    : card.kind === 'ready'
      ? `${view === 'wrap-up' ? 'Wrap-up: ' : ''}1:1 with ${card.person.name}`
      : card.kind === 'not-one-on-one'
        ? 'No longer a 1:1'
        : card.kind === 'person-gone'
          ? 'A 1:1 with someone removed'
          : 'Upward prep';
  const when = card && card.kind !== 'missing' ? describeMeetingTime(card.meeting, now) : undefined;

  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <SaveContext.Provider value={tracker}>
      <main ref={root} class={`prep prep--${mode}`} aria-labelledby="prep-title" aria-busy={data.status === 'loading'}>
        <CardHeader title={title} when={when} onClose={close} tracker={tracker} />
        {notice && (
          <p class="card-notice" role="status">
            {notice}
          </p>
        )}
        {body}
        {undo && (
          <UndoBar
            removal={undo}
            onUndo={() => {
              const { restore } = undo;
              setUndo(undefined);
              void tracker.save(`undo:${Date.now()}`, restore);
            }}
            onExpire={() => setUndo(undefined)}
          >
            {undo.message}
          </UndoBar>
        )}
      </main>
    </SaveContext.Provider>
  );
}
