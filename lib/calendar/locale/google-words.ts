/**
 * The words of Google Calendar chip labels that the browser's Intl data does not give, one
 * short entry per UI language. Everything else (months, weekdays, am/pm, 年/월 marks, `um`,
 * `kl.`, `a las`) comes from Intl at run time (`vocabulary.ts`).
 *
 * Each entry: words around a time range (`to`, `Del … al`, `～`), then "All day", the RSVP
 * words (accepted / needs RSVP / declined / maybe), "No location", the "Location:" and
 * "Calendar:" prefixes, then optional am, pm, hour-mark and minute-mark words Intl spells
 * differently. `/` separates variants; range words are separated by spaces.
 *
 * Where each shape was seen:
 *   [S] maxpatiiuk/calendar-plus, src/src/components/DomReading/__tests__/fixtures/scrapped.txt
 *       (chip labels captured from calendar.google.com in 73 UI languages, 12- and 24-hour, 2024):
 *       range words, "No location", "Location:", "Calendar:", am/pm spellings.
 *   [J] jasonku/event-durations-google-calendar, lib/calculate-diff.js and
 *       spec/calculate-diff-spec.js: range words and am/pm words in 14 languages.
 *   [C] docs/calendars.md (labels from saved 2026 pages and public bug reports): English RSVP
 *       words and "All day", Japanese 「」, 承諾 (was 承諾済み), 場所:, 終日, Chinese 至, Korean ~.
 * Words marked "derived" were not seen on a public page: they are Google's button and menu
 * wording for that language, to be replaced when a real label shows otherwise. A wrong derived
 * word costs a field (RSVP, all-day), never a time: times come only from the seen words.
 */
import type { ResponseStatus } from '../types';
import type { ExtraWords } from './vocabulary';

/** The phrases of a label's parts, lower-cased. The RSVP words are keyed by the status they mean. */
export interface GoogleWords extends ExtraWords, Record<ResponseStatus, readonly string[]> {
  allDay: readonly string[];
  noLocation: readonly string[];
  location: readonly string[];
  calendar: readonly string[];
  /**
   * This language's phrases that no other language uses. A label is read in a language only
   * when it shows one of them: Danish and Norwegian share `til`, `kl.` and most month names,
   * but not "Ingen lokation" / "Sted er ikke angitt".
   */
  own: readonly string[];
}

type Phrase = Exclude<keyof GoogleWords, keyof ExtraWords | 'own'>;
const PHRASES: readonly Phrase[] = [
  'allDay',
  'accepted',
  'needs-action',
  'declined',
  'tentative',
  'noLocation',
  'location',
  'calendar',
];

const list = (field = '') => (field ? field.toLowerCase().split('/') : []);

function words(...fields: string[]): GoogleWords {
  const [range = '', allDay, accepted, needsAction, declined, tentative, noLocation, location, calendar] = fields;
  const [am, pm, hourMarks, minuteMarks] = fields.slice(9).map(list);
  return {
    range: range.toLowerCase().split(' '),
    allDay: list(allDay),
    accepted: list(accepted),
    'needs-action': list(needsAction),
    declined: list(declined),
    tentative: list(tentative),
    noLocation: list(noLocation),
    location: list(location),
    calendar: list(calendar),
    am,
    pm,
    hourMarks,
    minuteMarks,
    own: [],
  };
}

const TABLES: Record<string, GoogleWords> = {
  // [S] en, en_GB; [C] All day, Accepted, Needs RSVP, Declined, Maybe.
  en: words(
    'to',
    'All day',
    'Accepted',
    'Needs RSVP',
    'Declined',
    'Maybe/Tentative',
    'No location',
    'Location',
    'Calendar',
  ),
  // [S] es, es_419 (`De 10:00 a 13:00`, `Del 9 de junio … al 10 …`); all-day and RSVP derived.
  es: words(
    'a al del',
    'Todo el día',
    'Aceptado',
    'Pendiente de respuesta',
    'Rechazado',
    'Quizás',
    'Sin ubicación',
    'Ubicación',
    'Calendario',
  ),
  // [S] pt_BR (`06:30 - 06:45`, `até`), pt_PT (`06:30 às 06:45`, `… a …`); all-day and RSVP derived.
  pt: words(
    'a às até',
    'Dia inteiro',
    'Aceito/Aceite',
    'Resposta pendente',
    'Recusado',
    'Talvez',
    'Nenhum local/Sem localização',
    'Local/Localização',
    'Agenda/Calendário',
  ),
  // [S] fr, fr_CA (`de 06:30 à 06:45`, `du 9 juin 2024, 22:15 au 10 juin 2024, 06:30`); [J] `à`; rest derived.
  fr: words(
    'de du à au',
    'Toute la journée',
    'Accepté',
    'Réponse requise',
    'Refusé',
    'Peut-être',
    'Aucun lieu/Aucun emplacement',
    'Lieu/Emplacement',
    'Agenda',
  ),
  // [S] de (`06:30 bis 06:45`, `9. Juni 2024 um 22:15 bis …`); [J] `bis`; all-day and RSVP derived.
  de: words(
    'bis',
    'Ganztägig',
    'Zugesagt/Angenommen',
    'Antwort ausstehend',
    'Abgesagt/Abgelehnt',
    'Vielleicht',
    'Kein Ort',
    'Ort',
    'Kalender',
  ),
  // [S] it (`06:30 a 06:45`, `Dal … alle 22:15 fino al …`); all-day and RSVP derived.
  it: words(
    'a dal fino al',
    'Tutto il giorno',
    'Accettato',
    'Risposta richiesta',
    'Rifiutato',
    'Forse',
    'Nessuna posizione',
    'Posizione',
    'Calendario',
  ),
  // [S] nl (`Van 06:30 tot 06:45`); all-day and RSVP derived.
  nl: words(
    'van tot',
    'Hele dag',
    'Geaccepteerd',
    'Reactie vereist',
    'Afgewezen',
    'Misschien',
    'Geen locatie',
    'Locatie',
    'Agenda',
  ),
  // [S] sv (`06:30 till 06:45`, `den 10 juni 2024`); all-day and RSVP derived.
  sv: words('till den', 'Heldag', 'Accepterat', 'Svar krävs', 'Avböjt', 'Kanske', 'Ingen plats', 'Plats', 'Kalender'),
  // [S] da (`06:30 til 06:45`); [J] `til`; all-day and RSVP derived.
  da: words(
    'til',
    'Hele dagen',
    'Accepteret',
    'Afventer svar',
    'Afvist',
    'Måske',
    'Ingen lokation',
    'Lokation',
    'Kalender',
  ),
  // [S] no (`Fra 06:30 til 06:45`); all-day and RSVP derived.
  nb: words(
    'fra til',
    'Hele dagen',
    'Godtatt',
    'Venter på svar',
    'Avslått',
    'Kanskje',
    'Sted er ikke angitt',
    'Sted',
    'Kalender',
  ),
  // [S] fi (`06:30 - 06:45`, `10ap - 1ip`); all-day and RSVP derived.
  fi: words(
    '',
    'Koko päivän',
    'Hyväksytty',
    'Vastaus puuttuu',
    'Hylätty',
    'Ehkä',
    'Ei sijaintia',
    'Sijainti',
    'Kalenteri',
  ),
  // [S] pl (`Od 06:30 do 06:45`); all-day and RSVP derived.
  pl: words(
    'od do',
    'Cały dzień',
    'Zaakceptowano',
    'Wymaga odpowiedzi',
    'Odrzucono',
    'Może',
    'Brak lokalizacji',
    'Lokalizacja',
    'Kalendarz',
  ),
  // [S] cs (`06:30 až 06:45`); all-day and RSVP derived.
  cs: words('až', 'Celý den', 'Přijato', 'Čeká na odpověď', 'Odmítnuto', 'Možná', 'Chybí místo', 'Místo', 'Kalendář'),
  // [S] ro (`06:30 - 06:45`, `6:30 am - 6:45 am`); all-day and RSVP derived.
  ro: words(
    '',
    'Toată ziua',
    'Acceptat',
    'Necesită răspuns',
    'Refuzat',
    'Poate',
    'Fără locație',
    'Locația',
    'Calendar',
  ),
  // [S] tr (`06:30 ile 06:45 arası`, `9 Haziran 2024 saat 22:15 ile …`); all-day and RSVP derived.
  tr: words(
    'ile arası saat',
    'Tüm gün',
    'Kabul edildi',
    'Yanıt bekleniyor',
    'Reddedildi',
    'Belki',
    'Konum bilgisi yok',
    'Konum',
    'Takvim',
  ),
  // [S] ru (`С 06:30 до 06:45`, `С 22:15 9 июня 2024 до …`); all-day and RSVP derived.
  ru: words(
    'с до',
    'Весь день',
    'Принято',
    'Требуется ответ',
    'Отклонено',
    'Возможно',
    'Место проведения неизвестно',
    'Место проведения',
    'Календарь',
  ),
  // [S] uk (`06:30 – 06:45`, `6:30дп – 6:45дп`); all-day and RSVP derived.
  uk: words(
    '',
    'Увесь день',
    'Прийнято',
    'Потрібна відповідь',
    'Відхилено',
    'Можливо',
    'Немає геоданих',
    'Місцезнаходження',
    'Календар',
  ),
  // [S] id (`06.30 sampai 06.45`); [J] `sampai`; all-day and RSVP derived.
  id: words(
    'sampai',
    'Sepanjang hari',
    'Diterima',
    'Perlu konfirmasi',
    'Ditolak',
    'Mungkin',
    'Tak ada lokasi',
    'Lokasi',
    'Kalender',
  ),
  // [S] fil (`06:30 hanggang 06:45`); [J] `hanggang`; all-day and RSVP derived.
  fil: words(
    'hanggang',
    'Buong araw',
    'Tinanggap',
    'Kailangang tumugon',
    'Tinanggihan',
    'Siguro',
    'Walang lokasyon',
    'Lokasyon',
    'Kalendaryo',
  ),
  // [S] ca (`De les 06:30 a les 06:45`, `Del dia 9 de de juny …`); [J] `a les`; all-day and RSVP derived.
  ca: words(
    'a al del dia',
    'Tot el dia',
    'Acceptat',
    'Cal respondre',
    'Rebutjat',
    'Potser',
    'Cap lloc',
    'Lloc',
    'Calendari',
  ),
  // [S] eu (`06:30 - 06:45`, `2024(e)ko ekainaren 10(a)`); all-day and RSVP derived.
  eu: words(
    '',
    'Egun osoa',
    'Onartuta',
    'Erantzuna behar da',
    'Baztertuta',
    'Agian',
    'Kokapenik gabe',
    'Kokapena',
    'Egutegia',
  ),
  // [S] az (`06:30 - 06:45`, `6:30 AM - 6:45 AM`); all-day and RSVP derived.
  az: words(
    '',
    'Bütün gün',
    'Qəbul edildi',
    'Cavab gözlənilir',
    'Rədd edildi',
    'Bəlkə',
    'Məkan yoxdur',
    'Məkan',
    'Təqvim',
  ),
  // [S] ja (`午前10時～午後1時`, `場所の指定なし`); [C] 承諾 / 承諾済み, 場所なし, 終日; rest derived.
  ja: words(
    '～',
    '終日',
    '承諾/承諾済み/出席',
    '未返信/返信が必要',
    '辞退/欠席',
    '未定',
    '場所の指定なし/場所なし',
    '場所',
    'カレンダー',
    '',
    '',
    '',
    '分',
  ),
  // [S] ko (`오전 10시~오후 1시`, `위치 없음`); [J] 오전/오후; all-day and RSVP derived.
  ko: words(
    '~',
    '종일',
    '수락함',
    '응답 필요',
    '거절함',
    '미정',
    '위치 없음',
    '위치',
    '캘린더',
    '오전',
    '오후',
    '시',
    '분',
  ),
  // [S] zh_CN, zh_TW, zh_HK (`上午10点至下午1点`, `上午10點 至 下午1點`, `上午10時至 下午1時`); [J] 至; rest derived.
  zh: words(
    '至',
    '全天',
    '已接受',
    '待回复/待回覆',
    '已拒绝/已拒絕',
    '待定',
    '没有位置信息/沒有任何地點資訊/沒有位置資料',
    '地点/地點',
    '日历/日曆',
    '',
    '',
    '点/點/時',
    '分',
  ),
  // [S] iw (`06:30 עד 06:45`, `מ-9 ביוני 2024 בשעה 22:15 עד …`, `6:30 לפ.`); all-day and RSVP derived.
  he: words('מ עד', 'כל היום', 'אישרתי', 'נדרשת תשובה', 'דחיתי', 'אולי', 'ללא מיקום', 'מיקום', 'יומן', 'לפ', 'אח'),
  // [S] ar (`06:30 إلى 06:45`, `9 يونيو 2024 في الساعة 22:15 إلى …`); all-day and RSVP derived.
  ar: words('إلى الساعة', 'طوال اليوم', 'مقبول', 'بانتظار الرد', 'مرفوض', 'ربما', 'ليس هناك موقع', 'الموقع', 'التقويم'),
};

/** The tables, each with its own phrases worked out (here, so the content script need not). */
export const GOOGLE_WORDS: Readonly<Record<string, GoogleWords>> = (() => {
  const phrasesOf = (table: GoogleWords) => new Set(PHRASES.flatMap((name) => table[name]));
  const use = new Map<string, number>();
  for (const table of Object.values(TABLES))
    for (const phrase of phrasesOf(table)) use.set(phrase, (use.get(phrase) ?? 0) + 1);
  return Object.fromEntries(
    Object.entries(TABLES).map(([language, table]) => [
      language,
      { ...table, own: [...phrasesOf(table)].filter((phrase) => use.get(phrase) === 1) },
    ]),
  );
})();
