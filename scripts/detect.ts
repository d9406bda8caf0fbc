/**
 * Maintainer check: run the extension's own label parsers, site adapters and classifier on a
 * label or a saved calendar page, and print what Upward would see. See tests/fixtures/README.md.
 *
 *   npm run -s detect -- --site google --label "3pm to 3:30pm, Dana / Sam, …"
 *   npm run -s detect -- --site google --labels labels.txt [--lang de]
 *   npm run -s detect -- page.html --url <page URL> --me "Sam Patel <sam@example.com>" \
 *     --person "Dana Reyes <dana@example.com>, DR" --relation manager
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { ADAPTERS, adapterForUrl } from '../lib/calendar/adapters';
import { ALL_LABEL_WORDS } from '../lib/calendar/locale/all-words';
import { useLabelWords } from '../lib/calendar/locale/words';
import { readEvents } from '../lib/calendar/read-page';
import { SITE_IDS, SITES } from '../lib/calendar/sites';
import type { CalendarEvent, GuestList, ParsedLabel } from '../lib/calendar/types';
import { type Me, type Person, RELATIONS, type Relation } from '../lib/model';
import { classify } from '../lib/oneonone/classify';
import { judgeGuests } from '../lib/oneonone/guests';

const HELP = `Usage:
  detect --site ${SITE_IDS.join('|')} --label "<chip label text>" [--lang <page language>]
      Print the parsed label as one JSON object:
      {"title","organizer","start","end","allDay","response","cancelled"}
      --lang is the page's language (<html lang>, e.g. de, pt-BR, ja); without it the
      label's own words decide.

  detect --site ${SITE_IDS.join('|')} --labels <file | -> [--lang <page language>]
      Read one label per line (- reads standard input) and print one JSON object per line,
      the same object as --label, in the same order.

  detect <page.html> --url <page URL> --me "<Name> <email>"
         --person "<Name> <email>[, alias…]" [--relation manager|skip-level|mentor|other]
         [--person … --relation …]
      Print a JSON array, one element per distinct event on the saved page:
      {"id","seriesId","title","start","end","organizer","guests","oneOnOne":{"person","reasons"}}
      "guests" lists emails only for the event whose detail dialog is open in the page.
      --relation applies to the --person before it (default: manager).

  detect --help
`;

class UsageError extends Error {}

interface Options {
  site?: string;
  label?: string;
  labels?: string;
  lang?: string;
  page?: string;
  url?: string;
  me?: string;
  people: Array<{ spec: string; relation: Relation }>;
}

function parseArgs(argv: readonly string[]): Options | 'help' {
  const options: Options = { people: [] };
  const value = (flag: string, i: number): string => {
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return next;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--site') options.site = value(arg, i++);
    else if (arg === '--label') options.label = value(arg, i++);
    else if (arg === '--labels') options.labels = argv[i + 1] === '-' ? argv[++i] : value(arg, i++);
    else if (arg === '--lang') options.lang = value(arg, i++);
    else if (arg === '--url') options.url = value(arg, i++);
    else if (arg === '--me') options.me = value(arg, i++);
    else if (arg === '--person') options.people.push({ spec: value(arg, i++), relation: 'manager' });
    else if (arg === '--relation') {
      const relation = value(arg, i++);
      const last = options.people[options.people.length - 1];
      if (!last) throw new UsageError('--relation must follow a --person');
      if (!RELATIONS.includes(relation as Relation))
        throw new UsageError(`--relation must be one of ${RELATIONS.join(', ')}; got "${relation}"`);
      last.relation = relation as Relation;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (options.page) throw new UsageError(`only one page file, got "${options.page}" and "${arg}"`);
    else options.page = arg;
  }
  return options;
}

/** `Name <email>[, alias, …]` → name, email, aliases. */
function parsePersonSpec(spec: string, flag: string): { name: string; email: string; aliases: string[] } {
  // "Dana Reyes <dana@example.com>, DR" or "Dana Reyes dana@example.com, DR": both are how people type it.
  const match = /^\s*([^<,]+?)\s+<?([^<>\s,]+@[^<>\s,]+?)>?\s*(?:,(.*))?$/.exec(spec);
  if (!match) throw new UsageError(`${flag} "${spec}" should look like "Name email@example.com[, alias…]"`);
  const aliases = (match[3] ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  return { name: match[1] ?? '', email: (match[2] ?? '').toLowerCase(), aliases };
}

function labelJson(label: ParsedLabel) {
  const { title, organizer, start, end, allDay, response, cancelled } = label;
  return { title, organizer, start, end, allDay, response, cancelled };
}

function labelParser(options: Options): (label: string) => ReturnType<typeof labelJson> {
  const site = SITE_IDS.find((id) => id === options.site);
  if (!site) throw new UsageError(`--site must be ${SITE_IDS.join(' or ')}; got "${options.site}"`);
  return (label) => labelJson(ADAPTERS[site].parseLabel(label, undefined, { lang: options.lang }));
}

function runLabel(options: Options): unknown {
  if (!options.label) throw new UsageError('--site needs --label "<label text>" or --labels <file>');
  return labelParser(options)(options.label);
}

/** One label per line in, one JSON object per line out, in one process. */
function runLabels(options: Options & { labels: string }): string {
  const parse = labelParser(options);
  let text: string;
  try {
    text = readFileSync(options.labels === '-' ? 0 : options.labels, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${options.labels}: ${(error as Error).message}`);
  }
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => `${JSON.stringify(parse(line))}\n`).join('');
}

function parseUrl(text: string | undefined): URL {
  if (!text) throw new UsageError('a page needs --url <the URL it was saved from>, so the right site adapter is used');
  try {
    return new URL(text);
  } catch {
    throw new UsageError(`--url "${text}" is not a URL`);
  }
}

function runPage(options: Options & { page: string }): unknown {
  const url = parseUrl(options.url);
  const adapter = adapterForUrl(url);
  if (!adapter)
    throw new UsageError(
      `no calendar adapter for ${url.href} (${SITE_IDS.map((id) => `${SITES[id].name}: ${SITES[id].hosts.join(', ')}`).join('; ')}, under /calendar/)`,
    );
  if (!options.me) throw new UsageError('--me "<Name> <email>" is required');
  const meSpec = parsePersonSpec(options.me, '--me');
  const me: Me = { name: meSpec.name, emails: [meSpec.email] };
  const people: Person[] = options.people.map(({ spec, relation }, index) => {
    const { name, email, aliases } = parsePersonSpec(spec, '--person');
    return { id: `person-${index + 1}`, name, emails: [email], aliases, relation, createdAt: 0, updatedAt: 0 };
  });

  let html: string;
  try {
    html = readFileSync(options.page, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${options.page}: ${(error as Error).message}`);
  }
  // Scripts never run (happy-dom's default) and nothing is fetched: the page is only data.
  const window = new Window({
    url: url.href,
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const events = readEvents(adapter, document);
  const details = adapter.readOpenDetails(document);
  const result = events.map((event) => judgeEvent(event, details, me, people, events));
  void window.happyDOM.close();
  return result;
}

/** One event as the extension would judge it, including a series confirmed by the open dialog. */
function judgeEvent(event: CalendarEvent, details: GuestList | null, me: Me, people: Person[], all: CalendarEvent[]) {
  const guests = details?.eventId === event.id ? details.emails : null;
  const confirmedSeries = new Map<string, string>();
  const opened = details && all.find((e) => e.id === details.eventId);
  if (details && opened) {
    const judged = judgeGuests(details.emails, me, people);
    if (judged.personId) confirmedSeries.set(opened.seriesId, judged.personId);
  }
  const verdict = classify({ event, guests, me, people, overrides: new Map(), confirmedSeries });
  const person = people.find((p) => p.id === verdict.personId);
  return {
    id: event.id,
    seriesId: event.seriesId,
    title: event.title,
    start: event.start,
    end: event.end,
    organizer: event.organizer,
    guests,
    oneOnOne: { person: person?.name ?? null, reasons: verdict.reasons },
  };
}

function main(argv: readonly string[]): number {
  try {
    const options = parseArgs(argv);
    if (options === 'help') {
      process.stdout.write(HELP);
      return 0;
    }
    let output: unknown;
    if (options.labels !== undefined) {
      if (options.page || options.label) throw new UsageError('use one of --label, --labels or a page file');
      process.stdout.write(runLabels({ ...options, labels: options.labels }));
      return 0;
    }
    if (options.site !== undefined || options.label !== undefined) {
      if (options.page) throw new UsageError('use either --site/--label or a page file, not both');
      output = runLabel(options);
    } else if (options.page) {
      output = runPage({ ...options, page: options.page });
    } else {
      throw new UsageError('nothing to do: give --site and --label, or a page file');
    }
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`detect: ${error.message}\nRun with --help for usage.\n`);
    return 2;
  }
}

useLabelWords(ALL_LABEL_WORDS);
process.exitCode = main(process.argv.slice(2));
