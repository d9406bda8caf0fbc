import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { checklistLine, toRaiseList } from '../../lib/prep/brief';
import type { ReadyCard } from '../../lib/prep/load';
import { describeMeetingTime, shortMeetingTime } from '../../lib/prep/meeting-time';
import { freshPromptCount, meetingHash } from '../../lib/prep/prompts';
import { firstName } from '../../lib/prep/relation-words';
import { createSaveTracker } from '../../lib/prep/saving';
import { UndoBar } from '../shared/UndoBar';
import { AboutPerson } from './AboutPerson';
import type { CardActions } from './actions';
import { CancelledNotice, CarriedOver } from './Cancelled';
import { CardHeader } from './CardHeader';
import { MeetingMissing, NoLongerOneOnOne, PersonGone } from './CardStates';
import { ChecklistSection } from './ChecklistSection';
import { CommitmentsSection } from './CommitmentsSection';
import { useCardStore } from './card-store';
import { Fold } from './Fold';
import { FoldedCard } from './FoldedCard';
import { useFocusAfterRender } from './focus';
import { reportHeight, tellHost } from './frame';
import { ItemList } from './ItemList';
import { ItemRow } from './ItemRow';
import { cardShortcut, SHORTCUT_WORDS } from './keys';
import { LastTime } from './LastTime';
import { MeetingNotes } from './MeetingNotes';
import type { MenuItem } from './Menu';
import { QuestionIdeas } from './QuestionIdeas';
import { SaveContext } from './saving';
import { ThemNow } from './ThemNow';
import { ToRaise } from './ToRaise';
import { useCardData, useNow } from './useCardData';
import { WhyRecognised } from './WhyRecognised';
import { WrapUp } from './WrapUp';
import { WrapUpOffer } from './WrapUpOffer';

export type CardMode = 'frame' | 'tab';
/**
 * The card itself, the wrap-up after the meeting (same data, same store calls), or the card
 * folded, as it opens by itself before a 1:1 (who, when and counts until the user opens it).
 */
export type CardView = 'card' | 'wrap-up' | 'folded';

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

/**
 * The prep card for one meeting, in the calendar's frame or a tab of its own, built for the
 * half minute before the 1:1: a brief first (Last time, To raise, them right now), the notes one
 * key away, then the tools, folded, with counts. The tab version puts the tools beside the brief.
 */
export function PrepCard({ meetingId, mode, view: firstView = 'card', now: fixedNow }: Props) {
  const cardStore = useCardStore();
  const data = useCardData(meetingId, fixedNow);
  const [view, setView] = useState<CardView>(firstView);
  const [notice, setNotice] = useState('');
  const [menuOpen, setMenuOpen] = useState(false);
  const tracker = useMemo(createSaveTracker, []);
  const clock = useNow();
  const now = fixedNow ?? clock;
  const root = useRef<HTMLElement>(null);
  const focusAfter = useFocusAfterRender(root);
  const [undo, setUndo] = useState<Undo>();
  const card = data.status === 'ready' ? data.value : undefined;
  const ready = card?.kind === 'ready' ? card : undefined;

  const close =
    mode === 'frame'
      ? async () => {
          // Let the last keystroke reach the disk before the host removes this frame.
          await tracker.flush();
          await tellHost({ type: 'prep/close' });
        }
      : undefined;

  // As soon as it is drawn (a layout effect): the host shows an opened card once it has its size.
  useLayoutEffect(() => {
    if (mode !== 'frame' || !root.current) return;
    return reportHeight(root.current, data.status === 'loading' ? undefined : meetingId);
  }, [mode, data.status, view]);

  // "Open since your last 1:1" changes when a 1:1 ends: read again then (the store counts it).
  const changesAt = ready ? ready.waitedChangesAt : null;
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

  const runUndo = () => {
    if (!undo) return;
    const { restore } = undo;
    setUndo(undefined);
    void tracker.save(`undo:${Date.now()}`, restore);
  };

  const openWrapUp = () => {
    setNotice('');
    setView('wrap-up');
  };

  // Esc closes the card (unless something inside used it); the card's own keys (keys.ts).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        void close?.();
        return;
      }
      const shortcut = cardShortcut(event);
      if (!shortcut || !ready || view !== 'card') return;
      event.preventDefault();
      const focus = (selector: string) => root.current?.querySelector<HTMLElement>(selector)?.focus();
      if (shortcut === 'notes') focus('#meeting-notes');
      else if (shortcut === 'add') focus('#add-to-raise');
      else if (shortcut === 'raise') focus('.raise-list .item-text[tabindex="0"]');
      else if (shortcut === 'menu') setMenuOpen(true);
      else if (shortcut === 'wrap-up') openWrapUp();
      else if (shortcut === 'undo') runUndo();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const title = !card
    ? 'Upward prep'
    : card.kind === 'ready'
      ? `${view === 'wrap-up' ? 'Wrap-up: ' : ''}1:1 with ${card.person.name}`
      : card.kind === 'not-one-on-one'
        ? 'No longer a 1:1'
        : card.kind === 'person-gone'
          ? 'A 1:1 with someone removed'
          : 'Upward prep';

  useEffect(() => {
    document.title = title;
  }, [title]);

  const list = ready ? toRaiseList(ready.needs.active, ready.questions, ready.waited) : [];
  const menuItems: MenuItem[] = ready ? cardMenu(ready) : [];

  function cardMenu(card: ReadyCard): MenuItem[] {
    const first = firstName(card.person.name);
    const items: MenuItem[] = [
      { label: 'Wrap up this 1:1', keys: 'Alt+W', onSelect: openWrapUp },
      { label: `Full history with ${first}`, onSelect: () => void cardStore.call('pages.openHistory', card.person.id) },
    ];
    if (mode === 'frame') {
      items.push({
        label: 'Open in a tab',
        onSelect: () => void cardStore.call('pages.openPrepTab', card.meeting.id).then(() => close?.()),
      });
    }
    items.push(
      {
        label: 'Not a 1:1 (never for this series)',
        onSelect: () => {
          const { seriesId, title: eventTitle } = card.meeting;
          void tracker
            .save(`series:${seriesId}`, () => cardStore.call('series.setOverride', seriesId, eventTitle, 'never'))
            .then(() =>
              setUndo({
                message: 'Never a 1:1: its badge goes away from your calendar. What you wrote stays.',
                restore: () => cardStore.call('series.setOverride', seriesId, eventTitle, undefined),
              }),
            );
        },
      },
      { label: 'Settings', onSelect: () => void browser.runtime.openOptionsPage() },
      {
        label: 'Keyboard shortcuts',
        keys: 'Alt+M',
        onSelect: () => setNotice(SHORTCUT_WORDS.map(([keys, what]) => `${keys}: ${what}`).join(' · ')),
      },
    );
    return items;
  }

  function renderBody() {
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
      case 'ready':
        if (view === 'folded')
          return (
            <FoldedCard
              card={card}
              toRaise={list.length}
              onReveal={() => {
                setView('card');
                actions.focusAfter('.raise-list .item-text[tabindex="0"]', '#add-to-raise');
              }}
            />
          );
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
        return renderReady(card);
    }
  }

  // A render function, not a component: a component defined in here would be a new type on every
  // render, and Preact would rebuild the whole card (losing focus and open menus) each time.
  function renderReady(card: ReadyCard) {
    const tab = mode === 'tab';
    const asked = card.questions.filter((q) => q.status !== 'open' && q.meetingId === card.meeting.id);
    const answeredElsewhere = card.questions.filter((q) => q.status !== 'open' && q.meetingId !== card.meeting.id);
    const done = card.needs.done.length + answeredElsewhere.length;
    const offTheCalendar = card.meeting.cancelled || card.meeting.declined;
    const line = checklistLine(card.checklist, meetingHash(card.meeting.id));
    return (
      <div class="card-body">
        <div class="brief">
          {offTheCalendar && <CancelledNotice card={card} now={now} />}
          <LastTime last={card.lastTime} person={card.person} open={card.commitments.open} now={now} />
          <CarriedOver cancelled={card.cancelled} now={now} />
          <ToRaise meeting={card.meeting} person={card.person} list={list} asked={asked} actions={actions} />
          <ThemNow person={card.person} meeting={card.meeting} notes={card.quickNotes} line={line} now={now} />
          <MeetingNotes meeting={card.meeting} />
          <WrapUpOffer meeting={card.meeting} onOpen={openWrapUp} />
        </div>
        <div class="tools">
          <hr class="divider" />
          <Fold
            id="ideas"
            title="Question ideas"
            count={String(freshPromptCount(card.questionTexts, card.person.relation))}
            open={tab}
          >
            <QuestionIdeas
              meeting={card.meeting}
              person={card.person}
              allTexts={card.questionTexts}
              actions={actions}
            />
          </Fold>
          <Fold id="commitments" title="Commitments" count={`${card.commitments.open.length} open`} open={tab}>
            <CommitmentsSection
              meeting={card.meeting}
              person={card.person}
              open={card.commitments.open}
              closedHere={card.commitments.closedHere}
              now={now}
              actions={actions}
            />
          </Fold>
          <Fold id="checklist" title="Before you go in" count={String(card.checklist.length)} open={tab}>
            <ChecklistSection meeting={card.meeting} items={card.checklist} />
          </Fold>
          <Fold id="done" title="Done and answered" count={String(done)} open={tab && done > 0}>
            {done === 0 ? (
              <p class="hint">Needs met or dropped, and questions answered, since your last 1:1 show here.</p>
            ) : (
              <ItemList label="Done and answered">
                {card.needs.done.map((need) => (
                  <ItemRow key={need.id} row={{ kind: 'need', need }} meeting={card.meeting} actions={actions} />
                ))}
                {answeredElsewhere.map((question) => (
                  <ItemRow
                    key={question.id}
                    row={{ kind: 'question', question }}
                    meeting={card.meeting}
                    actions={actions}
                  />
                ))}
              </ItemList>
            )}
          </Fold>
          <Fold
            id="about"
            title={
              <>
                About <bdi>{card.person.name}</bdi>
              </>
            }
            open={tab}
          >
            <AboutPerson person={card.person} />
          </Fold>
          <WhyRecognised meeting={card.meeting} seriesRecord={card.series} personId={card.person.id} />
          <p class="hint keys-hint">Keys: Alt+N notes · Alt+R to raise · Alt+M more</p>
        </div>
      </div>
    );
  }

  const person = ready && view !== 'wrap-up' ? ready.person.name : undefined;
  const when = card && card.kind !== 'missing' ? card.meeting : undefined;
  return (
    <SaveContext.Provider value={tracker}>
      <main ref={root} class={`prep prep--${mode}`} aria-labelledby="prep-title" aria-busy={data.status === 'loading'}>
        <CardHeader
          title={view === 'wrap-up' && ready ? `Wrap-up: 1:1 with ${ready.person.name}` : title}
          person={person}
          when={when ? shortMeetingTime(when, now) : undefined}
          whenInFull={when ? describeMeetingTime(when, now) : undefined}
          onClose={close}
          tracker={tracker}
          menu={ready && view === 'card' ? { items: menuItems, open: menuOpen, onOpenChange: setMenuOpen } : undefined}
        />
        {notice && (
          <p class="card-notice" role="status">
            {notice}
          </p>
        )}
        {renderBody()}
        {undo && (
          <UndoBar removal={undo} onUndo={runUndo} onExpire={() => setUndo(undefined)}>
            {undo.message}
          </UndoBar>
        )}
      </main>
    </SaveContext.Provider>
  );
}
