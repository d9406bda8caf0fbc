/**
 * Who the calendar says the user has 1:1s with, and who the user seems to be. Pure: the
 * same evidence, people and dismissals give the same suggestions, in the same order.
 * Rules and weights: README.md.
 */
import { type Me, type Person, RELATIONS, type Relation } from '../model';
import { compileNames, isNamed, nameForms } from '../oneonone/names';
import { fold, nameKey, words } from '../oneonone/normalise';
import { describeSeries, frequencyOf } from './evidence-words';
import { displayName, namesMatch, readTitle } from './titles';
import type { CalendarEvidence, MeSuggestion, PersonSuggestion, SeenSeries, Suggestions } from './types';

export interface SuggestInput {
  evidence: CalendarEvidence;
  me: Me;
  people: readonly Person[];
  /** Keys of suggestions the user dismissed (see `dismissKeys`). */
  dismissed: ReadonlySet<string>;
}

/** How much each kind of evidence counts for ranking (README.md). */
export const SUGGESTION_WEIGHTS = {
  guests: 6,
  pair: 4,
  named: 3,
  'bare-organizer': 2,
  'organised-by-them': 1,
  recurring: 1,
  regular: 1,
  'another-series': 1,
} as const;

type Basis = 'guests' | 'pair' | 'named' | 'bare-organizer';

/** One series pointing at one person. */
interface Pointer {
  series: SeenSeries;
  basis: Basis;
  /** As the title (or organizer, or address) gives it. */
  name: string;
  /** Names the title used for them ("Dana"), kept so a dismissal covers them too. */
  titleNames: string[];
  email: string | null;
  organisedByThem: boolean;
  organisedByMe: boolean;
  hint: Relation | null;
  score: number;
}

export function suggest(input: SuggestInput): Suggestions {
  const { evidence, people } = input;
  const series = evidence.series.filter((entry) => !entry.crowd);
  const meSuggestion = suggestMe(input, series);
  const me: Me = {
    name: input.me.name || meSuggestion?.name || '',
    emails: input.me.emails.length ? input.me.emails : (meSuggestion?.emails ?? []),
  };
  const pointers = series.flatMap((entry) => pointerOf(entry, me) ?? []);
  const groups = groupByPerson(pointers);

  const settled: string[] = [];
  const open: Pointer[][] = [];
  for (const group of groups) {
    const keys = keysOf(group);
    const decided =
      isMe(group, me) || people.some((person) => isPerson(group, person)) || keys.some((k) => input.dismissed.has(k));
    if (decided) settled.push(...group.map((pointer) => pointer.series.seriesId));
    else open.push(group);
  }
  // A series that points at someone decided can still point at someone open (a title and a
  // guest list naming different people): only forget what nothing open rests on.
  const stillNeeded = new Set(open.flat().map((pointer) => pointer.series.seriesId));

  const ranked = open.map(toSuggestion).sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  let managerTaken = people.some((person) => person.relation === 'manager');
  for (const suggestion of ranked) {
    if (suggestion.relation !== 'other') continue;
    const group = open.find((g) => keyOf(g) === suggestion.key) ?? [];
    const hint = group.find((pointer) => pointer.hint)?.hint;
    if (hint) suggestion.relation = hint;
    else if (!managerTaken && !group.every((pointer) => pointer.organisedByMe)) {
      suggestion.relation = 'manager';
      managerTaken = true;
    }
  }
  // Equal evidence: the manager first, then skip-level, mentor, other (then by name, as ranked).
  const order = (relation: Relation) => RELATIONS.indexOf(relation);
  ranked.sort((a, b) => b.score - a.score || order(a.relation) - order(b.relation));
  return {
    me: meSuggestion,
    people: ranked,
    settled: [...new Set(settled)].filter((id) => !stillNeeded.has(id)).sort(),
  };
}

/* ---------- who the user is ---------- */

function suggestMe(input: SuggestInput, series: readonly SeenSeries[]): MeSuggestion | null {
  const { me, evidence } = input;
  if (me.name && me.emails.length) return null;
  const account = evidence.account;
  if (account && (account.name || account.email)) {
    const site = account.site === 'google' ? 'Google Calendar' : 'Outlook';
    return {
      name: me.name || account.name || '',
      emails: me.emails.length ? me.emails : account.email ? [account.email] : [],
      from: 'account',
      evidence: `the account signed in to ${site}`,
    };
  }
  const fromTitles = me.name ? null : nameInPairTitles(series);
  const fromGuests = me.emails.length ? null : addressOnEveryGuestList(series);
  if (!fromTitles && !fromGuests) return null;
  return {
    name: me.name || fromTitles?.name || '',
    emails: me.emails.length ? me.emails : fromGuests ? [fromGuests.email] : [],
    from: fromTitles ? 'titles' : 'guests',
    evidence: fromTitles
      ? `your name in ${fromTitles.count} 1:1 titles, like '${fromTitles.example}'`
      : `on the guest list of ${fromGuests?.count} meetings with two guests`,
  };
}

/** The name on one side of most pair titles ("Dana / Sam", "Sam <> Lee"): in two series or more, and more than any other. */
function nameInPairTitles(series: readonly SeenSeries[]): { name: string; count: number; example: string } | null {
  const counts = new Map<string, { name: string; count: number; example: string }>();
  for (const entry of series) {
    const shape = readTitle(entry.title);
    if (shape.kind !== 'pair') continue;
    for (const side of new Set(shape.sides.map((s) => fold(s)))) {
      const name = shape.sides.find((s) => fold(s) === side) ?? side;
      const seen = counts.get(side) ?? { name, count: 0, example: entry.title };
      counts.set(side, { ...seen, count: seen.count + 1 });
    }
  }
  const [first, second] = [...counts.values()].sort((a, b) => b.count - a.count);
  if (!first || first.count < 2 || (second && second.count === first.count)) return null;
  return first;
}

/** The address on every two-guest list, when there are two such lists or more. */
function addressOnEveryGuestList(series: readonly SeenSeries[]): { email: string; count: number } | null {
  const lists = series.flatMap((entry) => (entry.guests ? [entry.guests] : []));
  if (lists.length < 2) return null;
  const [first, ...others] = lists;
  const common = (first ?? []).filter((email) => others.every((list) => list.includes(email)));
  return common.length === 1 && common[0] ? { email: common[0], count: lists.length } : null;
}

/* ---------- who a series points at ---------- */

function pointerOf(series: SeenSeries, me: Me): Pointer | null {
  const shape = readTitle(series.title);
  const hint = shape.kind === 'none' ? null : shape.hint;
  const organizer = series.organizer ? displayName(series.organizer) : null;
  const organisedByMe = Boolean(organizer && me.name && namesMatch(me.name, organizer));
  const organizerOther = organizer && !organisedByMe ? organizer : null;
  const meForms = me.name ? nameForms(me.name) : [];
  const isMyName = (text: string) => meForms.some((form) => form.join(' ') === words(text).join(' '));
  const mine = new Set(me.emails.map((email) => email.toLowerCase()));

  let basis: Basis | null = null;
  let name: string | null = null;
  let email: string | null = null;
  const titleNames: string[] = [];

  if (series.guests && mine.size) {
    const others = series.guests.filter((guest) => !mine.has(guest));
    if (others.length === 1 && others[0] && others.length < series.guests.length) {
      basis = 'guests';
      email = others[0];
    }
  }
  if (shape.kind === 'pair') {
    const [a, b] = shape.sides;
    let other: string | null = null;
    if (isMyName(a) && !isMyName(b)) other = b;
    else if (isMyName(b) && !isMyName(a)) other = a;
    // Nobody known yet: the organizer's side is the other person (who organises is the best guess).
    else if (!me.name && organizerOther) other = [a, b].find((side) => namesMatch(side, organizerOther)) ?? null;
    if (other) {
      titleNames.push(other);
      basis ??= 'pair';
    }
  } else if (shape.kind === 'named' && !isMyName(shape.name)) {
    const theirs = organizerOther !== null && namesMatch(shape.name, organizerOther);
    // "1:1 Roadmap" is not a person: a bare name needs a strong 1:1 word and a series, or the organizer.
    if (theirs || (shape.strong && series.recurring) || basis === 'guests') {
      titleNames.push(shape.name);
      basis ??= 'named';
    }
  } else if ((shape.kind === 'bare' || shape.kind === 'named') && organizerOther && series.recurring) {
    basis ??= 'bare-organizer';
  }
  if (!basis) return null;

  const titleName = titleNames[0];
  // Two guests, you and them, or a bare "1:1": whoever else organised it is them.
  const organisedByThem = Boolean(organizerOther && (!titleName || namesMatch(titleName, organizerOther)));
  // The fullest name we have: the organizer's when it is them, else the title's, else the address's.
  name = organisedByThem && organizerOther ? organizerOther : (titleName ?? (email ? nameFromEmail(email) : null));
  if (!name) return null;

  const weights = SUGGESTION_WEIGHTS;
  const frequency = frequencyOf(series);
  const score =
    weights[basis] +
    (organisedByThem && basis !== 'bare-organizer' ? weights['organised-by-them'] : 0) +
    (series.recurring ? weights.recurring : 0) +
    (frequency === 'weekly' || frequency === 'every 2 weeks' ? weights.regular : 0);
  return { series, basis, name, titleNames, email, organisedByThem, organisedByMe, hint, score };
}

/** "dana.reyes@example.com" → "Dana Reyes": only when nothing better names them. */
function nameFromEmail(email: string): string {
  const local = email.split('@')[0] ?? '';
  return local
    .split(/[._-]+/)
    .filter((part) => /^\p{L}+$/u.test(part))
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');
}

/* ---------- one suggestion per person ---------- */

/**
 * Pointers at the same person go together: same address, same name in any word order, or a
 * first name ("Ana", from a title) that only one fuller name ("Ana Núñez") starts with.
 */
function groupByPerson(pointers: readonly Pointer[]): Pointer[][] {
  const groups: Pointer[][] = [];
  const sameGroup = (group: Pointer[], pointer: Pointer) =>
    group.some(
      (other) =>
        (pointer.email && pointer.email === other.email) ||
        nameKey(pointer.name) === nameKey(other.name) ||
        pointer.titleNames.some((titleName) => nameKey(titleName) === nameKey(other.name)),
    );
  for (const pointer of [...pointers].sort((a, b) => b.score - a.score)) {
    const group = groups.find((g) => sameGroup(g, pointer));
    if (group) group.push(pointer);
    else groups.push([pointer]);
  }
  // A group known only by a first name joins the one fuller name it starts.
  for (const group of [...groups]) {
    const single = words(bestName(group));
    if (single.length !== 1 || group.some((pointer) => pointer.email)) continue;
    const fuller = groups.filter((g) => g !== group && words(bestName(g))[0] === single[0]);
    if (fuller.length === 1 && fuller[0]) {
      fuller[0].push(...group);
      groups.splice(groups.indexOf(group), 1);
    }
  }
  return groups;
}

/** The longest name any pointer gives (the organizer's full name beats a title's first name). */
function bestName(group: readonly Pointer[]): string {
  return [...group].sort((a, b) => words(b.name).length - words(a.name).length || b.score - a.score)[0]?.name ?? '';
}

const keyOf = (group: readonly Pointer[]) => `person:${nameKey(bestName(group))}`;

function keysOf(group: readonly Pointer[]): string[] {
  const keys = new Set<string>();
  for (const pointer of group) {
    keys.add(`name:${nameKey(pointer.name)}`);
    for (const titleName of pointer.titleNames) keys.add(`name:${nameKey(titleName)}`);
    if (pointer.email) keys.add(`email:${pointer.email}`);
  }
  return [...keys].sort();
}

function isMe(group: readonly Pointer[], me: Me): boolean {
  const mine = new Set(me.emails.map((email) => email.toLowerCase()));
  const names = me.name ? compileNames(me.name) : null;
  return group.some((pointer) => (pointer.email && mine.has(pointer.email)) || (names && isNamed(pointer.name, names)));
}

/** Already set up: same address, same name (any order, or an alias), or a title name that is one of theirs. */
function isPerson(group: readonly Pointer[], person: Person): boolean {
  const names = compileNames(person.name, person.aliases);
  const forms = names.forms.map((form) => form.join(' '));
  return group.some(
    (pointer) =>
      (pointer.email && person.emails.includes(pointer.email)) ||
      isNamed(pointer.name, names) ||
      pointer.titleNames.some((titleName) => forms.includes(words(titleName).join(' '))),
  );
}

function toSuggestion(group: Pointer[]): PersonSuggestion {
  const best = [...group].sort((a, b) => b.score - a.score)[0] as Pointer;
  const seriesIds = [...new Set(group.map((pointer) => pointer.series.seriesId))];
  const emails = [...new Set(group.flatMap((pointer) => (pointer.email ? [pointer.email] : [])))].sort();
  const others = seriesIds.length - 1;
  const more = others > 0 ? `, and ${others} other ${others === 1 ? 'meeting' : 'meetings'}` : '';
  const name = bestName(group);
  const forms = nameForms(name).map((form) => form.join(' '));
  const aliases = [...new Set(group.flatMap((pointer) => pointer.titleNames))].filter(
    (titleName) => !forms.includes(words(titleName).join(' ')),
  );
  return {
    key: keyOf(group),
    name,
    emails,
    aliases: aliases.sort(),
    relation: 'other',
    evidence: `${describeSeries(best.series, best.basis === 'guests' ? best.email : null, best.organisedByMe)}${more}`,
    score: best.score + Math.min(others, 3) * SUGGESTION_WEIGHTS['another-series'],
    dismissKeys: keysOf(group),
    seriesIds: seriesIds.sort(),
  };
}
