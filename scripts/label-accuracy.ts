/**
 * `npm run -s accuracy:labels`: how well Upward reads the labelled corpus of calendar labels in
 * each language (tests/fixtures/labels): fields right and wrong times, with the page's language
 * given and with the language left to the label. Exits 1 when a language reads under 95% of its
 * fields or any time is wrong. `--misses` lists what was read wrong.
 */
import { parseGoogleLabel } from '../lib/calendar/google-label';
import { ALL_LABEL_WORDS } from '../lib/calendar/locale/all-words';
import { useLabelWords } from '../lib/calendar/locale/words';
import { parseOutlookLabel } from '../lib/calendar/outlook-label';
import { loadCorpus, type Parse, percent, score } from '../tests/support/label-corpus';

useLabelWords(ALL_LABEL_WORDS);
const PARSERS: Record<'google' | 'outlook', Parse> = { google: parseGoogleLabel, outlook: parseOutlookLabel };
const showMisses = process.argv.includes('--misses');
let failed = false;

for (const site of ['google', 'outlook'] as const) {
  console.log(`\n${site === 'google' ? 'Google Calendar' : 'Outlook on the web'}\n`);
  console.log(
    '| language | labels (seen) | fields right | wrong times | fields right, language from the label | wrong times |',
  );
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const corpus of loadCorpus(site)) {
    const given = score(PARSERS[site], corpus);
    const detected = score(PARSERS[site], corpus, false);
    const bad = percent(given) < 95 || given.wrongTimes > 0 || detected.wrongTimes > 0;
    failed ||= bad;
    console.log(
      `| ${corpus.language} | ${given.cases} (${given.seen}) | ${percent(given).toFixed(1)}% | ${given.wrongTimes} | ${percent(detected).toFixed(1)}% | ${detected.wrongTimes} |${bad ? ' **below target**' : ''}`,
    );
    if (showMisses)
      for (const miss of given.misses)
        console.log(
          `    ${miss.field}: ${JSON.stringify(miss.expected)} ≠ ${JSON.stringify(miss.got)} in ${miss.label}`,
        );
  }
}
console.log(
  failed
    ? '\nBelow target: fewer than 95% of fields or a wrong time.'
    : '\nEvery language: at least 95% of fields, no wrong time.',
);
process.exitCode = failed ? 1 : 0;
