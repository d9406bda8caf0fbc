import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Person } from '../../lib/model';
import type { FoundKind } from '../../lib/search/documents';
import { contextHref, groupByPerson, type Hit } from '../../lib/search/notes-index';
import { snippet } from '../../lib/search/text';
import { shortDate } from '../../lib/when';
import { useNotesIndex } from './useNotesIndex';

const KIND_WORDS: Record<FoundKind, string> = {
  need: 'Need',
  question: 'Question',
  answer: 'Answer',
  commitment: 'Commitment',
  meeting: '1:1 notes',
  note: 'Quick note',
  about: 'About them',
};
/** Results drawn at once; the count says how many more there are. */
const SHOWN = 50;

/** Marks for the search benchmark (tests/bench): a query's results are in the DOM, then on screen. */
export const SEARCH_RENDERED = 'upward:search-rendered';
export const SEARCH_DRAWN = 'upward:search-drawn';

/**
 * "Search your notes": everything written, as you type, from the page's own index (no store
 * read per keystroke). Results are grouped by person, newest first, the matching words marked
 * (as text). ↓/↑ move through them; Enter opens the chosen one (the first by default) in context.
 */
export function SearchBox({ people }: { people: Person[] }) {
  const { index, state } = useNotesIndex();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const names = useMemo(() => new Map(people.map((person) => [person.id, person.name])), [people]);
  const version = state.status === 'ready' ? state.version : -1;
  const found = useMemo(
    () => (version >= 0 && query.trim() ? index.search(query, SHOWN) : null),
    [index, query, version],
  );
  const groups = useMemo(() => (found ? groupByPerson(found.hits) : []), [found]);
  const ordered = useMemo(() => groups.flatMap((group) => group.hits), [groups]);

  useEffect(() => setActive(0), [query]);
  useLayoutEffect(() => {
    if (!found) return;
    performance.mark(SEARCH_RENDERED, { detail: query });
    const frame = requestAnimationFrame(() => performance.mark(SEARCH_DRAWN, { detail: query }));
    return () => cancelAnimationFrame(frame);
  }, [found]);

  const open = (hit: Hit | undefined) => {
    if (hit) location.assign(contextHref(hit.doc));
  };
  const status =
    state.status === 'loading'
      ? 'Getting your notes ready to search…'
      : state.status === 'error'
        ? ''
        : !query.trim()
          ? ''
          : !found?.total
            ? `Nothing found for “${query.trim()}”.`
            : found.total > found.hits.length
              ? `${found.total.toLocaleString()} results; the ${found.hits.length} best are shown. Add a word to narrow them.`
              : `${found.total} ${found.total === 1 ? 'result' : 'results'}. Enter opens the first; ↓ and ↑ choose.`;

  let position = -1;
  return (
    <search class="search">
      <label for="search-box">Search your notes</label>
      <input
        id="search-box"
        type="search"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-controls="search-results"
        aria-expanded={ordered.length > 0}
        aria-activedescendant={ordered.length ? `hit-${active}` : undefined}
        aria-describedby="search-status"
        placeholder="Needs, questions, answers, commitments, notes…"
        value={query}
        onInput={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && ordered.length) {
            event.preventDefault();
            setActive((i) => Math.min(ordered.length - 1, i + 1));
          } else if (event.key === 'ArrowUp' && ordered.length) {
            event.preventDefault();
            setActive((i) => Math.max(0, i - 1));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            open(ordered[active]);
          }
        }}
      />
      {state.status === 'error' && <p role="alert">Search could not read your notes: {state.error}</p>}
      <p id="search-status" role="status">
        {status}
      </p>
      <div id="search-results" role="listbox" aria-label="Search results" hidden={!ordered.length}>
        {groups.map((group) => {
          const name = group.personId
            ? (names.get(group.personId) ?? 'Someone no longer in Upward')
            : 'For no one in particular';
          const groupId = `group-${group.personId ?? 'none'}`;
          return (
            // biome-ignore lint/a11y/useSemanticElements: a listbox groups its options with role="group"; a fieldset is for form controls.
            <div role="group" aria-labelledby={groupId} key={groupId} class="hit-group">
              <h3 id={groupId} role="presentation">
                <bdi>{name}</bdi>
              </h3>
              {group.hits.map((hit) => {
                position++;
                const here = position;
                return (
                  <a
                    key={hit.doc.id}
                    id={`hit-${here}`}
                    role="option"
                    aria-selected={here === active}
                    class={`hit${here === active ? ' hit--active' : ''}`}
                    href={contextHref(hit.doc)}
                    tabIndex={-1}
                    onMouseEnter={() => setActive(here)}
                  >
                    <span class="hit-meta">
                      <span class="tag">{KIND_WORDS[hit.doc.kind]}</span> <time>{shortDate(hit.doc.at)}</time>
                    </span>
                    <span class="hit-text" dir="auto">
                      {snippet(hit.doc.text, hit.matched).map((segment, i) =>
                        segment.hit ? <mark key={i}>{segment.text}</mark> : segment.text,
                      )}
                    </span>
                  </a>
                );
              })}
            </div>
          );
        })}
      </div>
    </search>
  );
}
