import { describe, expect, test } from 'vitest';
import { freshPromptCount, offerPrompts, PROMPTS, promptOffset, ROTATION } from '../../../lib/prep/prompts';

describe('the prompt bank', () => {
  test('covers practices 2, 3, 5 and 6, and learning and the wider view, each as the right kind of question', () => {
    const practices = new Set(PROMPTS.map((p) => p.practice));
    expect([...practices].sort()).toEqual([
      'coaching-up',
      'flip-side',
      'learning',
      'their-world',
      'tough-conversation',
      'view-from-above',
    ]);
    for (const prompt of PROMPTS) {
      const kind = {
        'flip-side': 'flip-side',
        'their-world': 'flip-side',
        'coaching-up': 'coaching',
        'tough-conversation': 'mine',
        learning: 'mine',
        'view-from-above': 'flip-side',
      }[prompt.practice];
      expect(prompt.kind, prompt.id).toBe(kind);
    }
  });

  test('has the ideas the practices name', () => {
    const texts = PROMPTS.map((p) => p.text.toLowerCase()).join('\n');
    for (const idea of [
      'what do you need from me',
      'paint me a picture',
      'other options',
      'experiment',
      'impact on me',
    ]) {
      expect(texts).toContain(idea);
    }
  });

  test("ids are unique and the manager's rotation holds each of its practices' prompts once", () => {
    expect(new Set(PROMPTS.map((p) => p.id)).size).toBe(PROMPTS.length);
    expect([...ROTATION].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      MANAGER_PROMPTS.sort((a, b) => a.id.localeCompare(b.id)),
    );
  });
});

const MANAGER_PROMPTS = PROMPTS.filter((p) => !['learning', 'view-from-above'].includes(p.practice));

describe('ideas that fit the relationship', () => {
  test.each([
    ['manager', ['coaching-up', 'flip-side', 'their-world', 'tough-conversation']],
    ['skip-level', ['flip-side', 'their-world', 'view-from-above']],
    ['mentor', ['learning', 'their-world']],
  ] as const)('a %s gets %j', (relation, practices) => {
    const offered = offerPrompts([], 100, 0, relation);
    expect([...new Set(offered.map((p) => p.practice))].sort()).toEqual(practices);
    expect(freshPromptCount([], relation)).toBe(offered.length);
  });

  test('a mentor is never offered a tough conversation about your work', () => {
    const texts = offerPrompts([], 100, 0, 'mentor').map((p) => p.text);
    expect(texts.join('\n')).not.toMatch(/disappoint|impact on me|what you need from me/i);
  });
});

describe('offering ideas', () => {
  test('a few consecutive ideas span different practices', () => {
    const offered = offerPrompts([], 4, 0);
    expect(new Set(offered.map((p) => p.practice)).size).toBe(4);
  });

  test('skips ideas the user already added, whatever their spacing and case', () => {
    const first = offerPrompts([], 3, 0);
    const already = [`  ${first[0]?.text.toUpperCase()}  `];
    const next = offerPrompts(already, 3, 0);
    expect(next.map((p) => p.id)).not.toContain(first[0]?.id);
    expect(next).toHaveLength(3);
  });

  test('rotates: the next turn offers different ideas, and wraps around the bank', () => {
    const a = offerPrompts([], 3, 0).map((p) => p.id);
    const b = offerPrompts([], 3, 3).map((p) => p.id);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
    expect(offerPrompts([], 3, ROTATION.length)).toEqual(offerPrompts([], 3, 0));
    expect(offerPrompts([], 3, -1)[0]).toEqual(ROTATION[ROTATION.length - 1]);
  });

  test('offers fewer when nearly everything was added, and none when all were', () => {
    const all = MANAGER_PROMPTS.map((p) => p.text);
    expect(offerPrompts(all.slice(1), 3, 0)).toHaveLength(1);
    expect(offerPrompts(all, 3, 0)).toEqual([]);
  });

  test('each meeting starts at its own, stable place', () => {
    expect(promptOffset('google:abc')).toBe(promptOffset('google:abc'));
    const offsets = new Set(
      ['google:a', 'google:b', 'google:c', 'outlook:d', 'outlook:e'].map((id) => promptOffset(id)),
    );
    expect(offsets.size).toBeGreaterThan(1);
    for (const offset of offsets) expect(offset).toBeLessThan(ROTATION.length);
  });
});
