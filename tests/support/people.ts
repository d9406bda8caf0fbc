/** People as a user types them into the settings page's form (the E2E suites in Chromium and Firefox). */
export interface PersonForm {
  name: string;
  emails: string;
  aliases?: string;
  relation: 'manager' | 'skip-level' | 'mentor' | 'other';
}

export const SAMPLE_PEOPLE: PersonForm[] = [
  { name: 'Dana Reyes', emails: 'dana@example.com', aliases: 'DR', relation: 'manager' },
  { name: 'Lee Okafor', emails: 'lee@example.com', relation: 'skip-level' },
  { name: 'Ana María Núñez', emails: 'ana@example.org', relation: 'mentor' },
];
