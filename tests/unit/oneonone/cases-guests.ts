import { type Case, dana, danBrown } from './cast';

/** Guest lists, series overrides and confirmed series. */
export const GUEST_CASES: Array<[string, Case]> = [
  // --- guest lists
  [
    'guests exactly you and Dana decide alone',
    {
      event: { title: 'Quarterly planning' },
      guests: ['sam@example.com', 'dana@example.com'],
      want: 'p-dana',
      because: '2 guests: you and Dana Reyes',
    },
  ],
  [
    'guests exactly you and Dana beat a group title',
    {
      event: { title: 'Team sync' },
      guests: ['dana@example.com', 'sam@example.com'],
      want: 'p-dana',
      because: '2 guests: you and Dana Reyes',
    },
  ],
  [
    'guest emails compare case-insensitively',
    { event: { title: 'x' }, guests: ['Sam@Example.com', 'DANA@example.com'], want: 'p-dana', because: '2 guests' },
  ],
  [
    '3 guests',
    {
      event: { title: 'Dana / Sam', organizer: 'Dana Reyes' },
      guests: ['sam@example.com', 'dana@example.com', 'lee@example.com'],
      want: null,
      because: '3 guests — not a 1:1',
    },
  ],
  [
    'two guests, the other not in people',
    {
      event: { title: 'Dana / Sam' },
      guests: ['sam@example.com', 'stranger@example.net'],
      want: null,
      because: 'stranger@example.net, who is not one of your people',
    },
  ],
  [
    'two guests, the other is relation other',
    {
      event: { title: 'Dan / Sam' },
      guests: ['sam@example.com', 'dan.brown@example.com'],
      want: null,
      because: 'Dan Brown is not marked',
    },
  ],
  [
    'two guests without you',
    {
      event: { title: 'Dana / Lee' },
      guests: ['dana@example.com', 'lee@example.com'],
      want: null,
      because: 'you are not exactly one of them',
    },
  ],
  ['only you', { event: { title: 'Dana / Sam' }, guests: ['sam@example.com'], want: null, because: 'only 1 guest' }],
  [
    'guests you and your skip-level',
    {
      event: { title: 'Chat' },
      guests: ['sam@example.com', 'lee@example.com'],
      want: 'p-lee',
      because: '2 guests: you and Lee Okafor',
    },
  ],
  [
    'guests you and your mentor',
    {
      event: { title: 'Chat' },
      guests: ['sam@example.com', 'ana@example.org'],
      want: 'p-ana',
      because: '2 guests: you and Ana María Núñez',
    },
  ],
  // --- overrides and confirmed series
  [
    'never beats a perfect guest list',
    {
      event: { title: 'Dana / Sam' },
      guests: ['sam@example.com', 'dana@example.com'],
      overrides: { 'google:ev': { verdict: 'never' } },
      want: null,
      because: 'series marked never',
    },
  ],
  [
    'always with a chosen person beats a group title',
    {
      event: { title: 'Team sync' },
      overrides: { 'google:ev': { verdict: 'always', personId: 'p-lee' } },
      want: 'p-lee',
      because: 'series marked always',
    },
  ],
  [
    'always without a person uses the title',
    {
      event: { title: 'Dana / Sam' },
      overrides: { 'google:ev': { verdict: 'always' } },
      want: 'p-dana',
      because: 'series marked always',
    },
  ],
  [
    'always with no clue and several people asks to choose',
    {
      event: { title: 'Planning' },
      overrides: { 'google:ev': { verdict: 'always' } },
      want: null,
      because: 'choose one',
    },
  ],
  [
    'always with one upward person picks them',
    {
      event: { title: 'Planning' },
      people: [dana, danBrown],
      overrides: { 'google:ev': { verdict: 'always' } },
      want: 'p-dana',
      because: 'series marked always',
    },
  ],
  [
    'always may name a person of relation other',
    {
      event: { title: 'Planning' },
      overrides: { 'google:ev': { verdict: 'always', personId: 'p-dan' } },
      want: 'p-dan',
      because: 'with Dan Brown',
    },
  ],
  [
    'override for another series does not apply',
    {
      event: { title: 'Planning' },
      overrides: { 'google:other': { verdict: 'always', personId: 'p-dana' } },
      want: null,
      because: 'not enough signs',
    },
  ],
  [
    'confirmed series carries to an occurrence without guests',
    {
      event: { title: 'Planning' },
      confirmed: { 'google:ev': 'p-dana' },
      want: 'p-dana',
      because: 'series confirmed by its guest list',
    },
  ],
  [
    'confirmed series loses to 3 guests on this occurrence',
    {
      event: { title: 'Planning' },
      guests: ['a@x.com', 'b@x.com', 'c@x.com'],
      confirmed: { 'google:ev': 'p-dana' },
      want: null,
      because: '3 guests',
    },
  ],
  [
    'confirmed series, declined occurrence',
    {
      event: { title: 'Planning', response: 'declined' },
      confirmed: { 'google:ev': 'p-dana' },
      want: null,
      because: 'you declined',
    },
  ],
  [
    'confirmed series for a deleted person falls back to the title',
    { event: { title: 'Planning' }, confirmed: { 'google:ev': 'p-gone' }, want: null, because: 'not enough signs' },
  ],
];
