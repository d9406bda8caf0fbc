import { describe, expect, test } from 'vitest';
import { personPrepMarkdown } from '../../../lib/backup';
import { inline } from '../../../lib/backup/markdown';
import { people } from '../../../lib/db';
import { seedStore } from './seed';

const NOW = new Date(2026, 2, 10, 9, 30).getTime();

describe("one person's prep as Markdown", () => {
  test('holds open needs with their status, waiting questions and what they need from me', async () => {
    await seedStore();
    expect(await personPrepMarkdown('p-dana', NOW)).toBe(
      [
        '# 1:1 with Dana Reyes',
        '',
        '_Prepared 2026-03-10_',
        '',
        '## What I need from Dana Reyes',
        '',
        '- Tell me when you are \\*disappointed\\* in my work (raised)',
        '- Clarity on the promotion path 🧭 (open)',
        '',
        '## Questions',
        '',
        '- How is the reorg landing? (asked, waiting for an answer)',
        '- ما هي أولوياتك؟',
        '',
        '## What Dana Reyes needs from me',
        '',
        'Fewer surprises  ',
        'Early warnings',
        '',
        '- What do you need from me this quarter? — Fewer surprises',
        '',
      ].join('\n'),
    );
  });

  test("leaves out the user's private reading of them, met needs, notes and meeting notes", async () => {
    await seedStore();
    const markdown = await personPrepMarkdown('p-dana', NOW);
    for (const secret of [
      'Ship the Q3 platform',
      'Budget review',
      'Short written updates',
      'A quiet week',
      'budget freeze',
      'reorg. עברית',
    ]) {
      expect(markdown).not.toContain(secret);
    }
  });

  test('says so when a section is empty', async () => {
    await seedStore();
    const markdown = await personPrepMarkdown('p-ana', NOW);
    expect(markdown).toContain('## What I need from Ana María Núñez\n\nNothing open.');
    expect(markdown).toContain('## Questions\n\nNo open questions.');
    expect(markdown).toContain('needs from me\n\nNot written down yet.\n');
  });

  test('refuses a person who is not there', async () => {
    await expect(personPrepMarkdown('nobody')).rejects.toThrow(/no longer in Upward/);
  });

  test('a name full of Markdown stays plain text in the heading', async () => {
    await people.put({
      id: 'x',
      name: '# [Boss](javascript:alert(1)) <b>*',
      emails: [],
      aliases: [],
      relation: 'manager',
      createdAt: 1,
      updatedAt: 1,
    });
    const markdown = await personPrepMarkdown('x', NOW);
    expect(markdown.split('\n')[0]).toBe('# 1:1 with \\# \\[Boss\\](javascript:alert(1)) \\<b\\>\\*');
  });

  test.each([
    ['*bold* and _em_', '\\*bold\\* and \\_em\\_'],
    ['`code` | table ~strike~', '\\`code\\` \\| table \\~strike\\~'],
    ['[link](http://x) <script>', '\\[link\\](http://x) \\<script\\>'],
    ['back\\slash', 'back\\\\slash'],
    ['# not a heading', '\\# not a heading'],
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['1. not a numbered list', '1\\. not a numbered list'],
    ['> not a quote', '\\> not a quote'],
    ['=== not a heading underline', '\\=== not a heading underline'],
    ['Fish &amp; chips & peas', 'Fish \\&amp; chips & peas'],
    ['C++ is fine, so are e-mail and 3.5 and emoji 🙂', 'C++ is fine, so are e-mail and 3.5 and emoji 🙂'],
    ['עברית עם *הדגשה*', 'עברית עם \\*הדגשה\\*'],
  ])('escapes %j sensibly', (text, escaped) => {
    expect(inline(text)).toBe(escaped);
  });
});
