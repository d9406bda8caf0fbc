import fc from 'fast-check';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { BACKUP_LIMITS, exportBackupJson, importBackupJson } from '../../../lib/backup';
import { backupFixture } from './fixtures';
import { dumpStore, seedStore } from './seed';

/**
 * Property-based fuzzing of import: 11,000 malformed or hostile files,
 * each made from a valid backup so they get past the first checks and reach
 * deep into validation. For every one: no exception escapes, the import is
 * refused with short messages that each name a path, no prototype changes,
 * and the stored data is byte-identical afterwards (exported before and after
 * each property; a refused file never opens a write transaction at all).
 * Seeds are fixed so a failure reproduces; fast-check prints the input.
 */

const VALID_TEXT = backupFixture('v1-full.json');
const valid = () => JSON.parse(VALID_TEXT) as unknown;
type Path = (string | number)[];

/** Every node of the valid file, with its path: the places a mutation can hit. */
function nodesOf(value: unknown, path: Path = [], into: { path: Path; value: unknown }[] = []) {
  into.push({ path, value });
  if (Array.isArray(value)) for (const [i, item] of value.entries()) nodesOf(item, [...path, i], into);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) nodesOf(v, [...path, k], into);
  return into;
}
const NODES = nodesOf(valid());
const STRING_NODES = NODES.filter((node) => typeof node.value === 'string');
const OBJECT_NODES = NODES.filter((node) => node.value && typeof node.value === 'object' && !Array.isArray(node.value));

/** Returns a fresh copy of the valid file with the node at `path` replaced (the root when the path is empty). */
function replaceAt(path: Path, replacement: unknown): unknown {
  if (!path.length) return replacement;
  const root = valid() as Record<string | number, unknown>;
  let parent = root;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path[path.length - 1] as string | number] = replacement;
  return root;
}

const kindOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
/** For each kind of node, values of other kinds that no field of the format accepts in its place. */
const WRONG: Record<string, unknown[]> = {
  string: [0, -1.5, true, false, [], {}, ['x'], { a: 1 }],
  null: [0, true, [], {}],
  number: ['1', '', true, null, [], {}, [1]],
  boolean: ['true', 1, 0, null, [], {}],
  array: ['', 'x', 0, true, null, {}, { 0: 'x' }],
  object: ['', 'x', 0, true, null, [], [{}]],
};
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__'];

const prototypeShape = () =>
  [Object.prototype, Array.prototype, Function.prototype].map((proto) => Object.getOwnPropertyNames(proto).join());

let before = '';
let shapeBefore: string[] = [];

beforeEach(async () => {
  await seedStore();
  before = await exportBackupJson(0);
  shapeBefore = prototypeShape();
});

/** The property every hostile file must satisfy. */
async function refusedAndHarmless(text: string): Promise<void> {
  const outcome = await importBackupJson(text);
  expect(outcome.ok).toBe(false);
  if (outcome.ok) return;
  expect(outcome.problems.length).toBeGreaterThan(0);
  expect(outcome.problems.length).toBeLessThanOrEqual(BACKUP_LIMITS.problemsShown + 1);
  for (const problem of outcome.problems) {
    expect(typeof problem.path).toBe('string');
    expect(problem.message.length, 'a message never echoes a huge value').toBeLessThan(400);
    expect(problem.path.length).toBeLessThan(400);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(prototypeShape()).toEqual(shapeBefore);
}

async function storeUnchanged(): Promise<void> {
  expect(await exportBackupJson(0)).toBe(before);
}

/** Runs a property with a fixed seed, and checks no run opened a write transaction. */
async function run<T>(property: fc.IAsyncProperty<[T]>, numRuns: number): Promise<void> {
  const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
  await fc.assert(property, { numRuns, seed: 20260310, endOnFailure: true });
  const writes = transaction.mock.calls.filter(([, mode]) => mode === 'readwrite');
  transaction.mockRestore();
  expect(writes, 'a refused file never opens a write transaction').toEqual([]);
}

describe('import fuzzing (11,000 hostile files, store byte-identical after each batch)', () => {
  test('wrong types anywhere in the file (3,000)', { timeout: 60_000 }, async () => {
    const mutation = fc.record({ node: fc.constantFrom(...NODES), pick: fc.nat() }).map(({ node, pick }) => {
      const options = WRONG[kindOf(node.value)] ?? [0];
      return JSON.stringify(replaceAt(node.path, options[pick % options.length]));
    });
    await run(fc.asyncProperty(mutation, refusedAndHarmless), 3_000);
    await storeUnchanged();
  });

  test('strings past every limit (300)', { timeout: 60_000 }, async () => {
    const mutation = fc
      .record({
        node: fc.constantFrom(...STRING_NODES),
        over: fc.nat({ max: 5_000 }),
        unit: fc.constantFrom('x', '🧭', 'ש', '\\', '"', '\u0000'),
      })
      .map(({ node, over, unit }) => {
        // Built as JSON text directly: stringifying a megabyte per run would dominate the run time.
        const encoded = JSON.stringify(unit).slice(1, -1);
        const huge = `"${encoded.repeat(Math.ceil((BACKUP_LIMITS.textChars + 1 + over) / unit.length))}"`;
        return JSON.stringify(replaceAt(node.path, 'HUGE-PLACEHOLDER')).replace('"HUGE-PLACEHOLDER"', () => huge);
      });
    await run(fc.asyncProperty(mutation, refusedAndHarmless), 300);
    await storeUnchanged();
  });

  test('"__proto__", "constructor" and other prototype keys added to any object (2,000)', {
    timeout: 60_000,
  }, async () => {
    const mutation = fc
      .record({
        node: fc.constantFrom(...OBJECT_NODES),
        key: fc.constantFrom(...HOSTILE_KEYS),
        value: fc.jsonValue({ maxDepth: 3 }),
      })
      .map(({ node, key, value }) => {
        const file = valid();
        let target = file as Record<string | number, unknown>;
        for (const step of node.path) target = target[step] as Record<string | number, unknown>;
        // An own property, exactly as JSON.parse makes one from `"__proto__": …` in a file.
        Object.defineProperty(target, key, {
          value: { polluted: true, inner: value },
          enumerable: true,
          configurable: true,
          writable: true,
        });
        return JSON.stringify(file);
      });
    await run(fc.asyncProperty(mutation, refusedAndHarmless), 2_000);
    await storeUnchanged();
  });

  test('deep nesting in place of any value (700)', { timeout: 60_000 }, async () => {
    const mutation = fc
      .record({ node: fc.constantFrom(...NODES), depth: fc.integer({ min: 2, max: 20_000 }), objects: fc.boolean() })
      .map(({ node, depth, objects }) => {
        const text = JSON.stringify(replaceAt(node.path, 'DEEP-PLACEHOLDER'));
        const [open, close] = objects ? ['{"a":', '}'] : ['[', ']'];
        return text.replace('"DEEP-PLACEHOLDER"', `${open.repeat(depth)}0${close.repeat(depth)}`);
      });
    await run(fc.asyncProperty(mutation, refusedAndHarmless), 700);
    await storeUnchanged();
  });

  test('files cut off anywhere (2,500)', { timeout: 60_000 }, async () => {
    const end = VALID_TEXT.trimEnd().length; // keeping the final "}" would make a whole file
    await run(
      fc.asyncProperty(fc.nat({ max: end - 1 }), (at) => refusedAndHarmless(VALID_TEXT.slice(0, at))),
      2_500,
    );
    await storeUnchanged();
  });

  test('random JSON, random text and impostor envelopes (2,000)', { timeout: 60_000 }, async () => {
    const impostor = fc
      .record({
        version: fc.oneof(fc.integer({ min: 2 }), fc.constant(1)),
        rest: fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 }),
      })
      .filter(({ rest }) => !('notes' in rest)) // a required list stays missing, so the file is never whole
      .map(({ version, rest }) => JSON.stringify({ format: 'upward-backup', version, ...rest }));
    const anything = fc.oneof(
      fc.jsonValue().map((value) => JSON.stringify(value) ?? 'null'),
      fc.string({ unit: 'binary' }),
      impostor,
    );
    await run(fc.asyncProperty(anything, refusedAndHarmless), 2_000);
    await storeUnchanged();
  });

  test('newer format versions, whatever else the file holds (500)', { timeout: 60_000 }, async () => {
    const newer = fc
      .record({ version: fc.integer({ min: 2 }), node: fc.constantFrom(...NODES) })
      .map(({ version, node }) => {
        const file = (node.path.length ? replaceAt(node.path, node.value) : valid()) as Record<string, unknown>;
        return JSON.stringify({ ...file, version });
      });
    await run(fc.asyncProperty(newer, refusedAndHarmless), 500);
    await storeUnchanged();
    expect(await dumpStore()).toMatchObject({ people: expect.any(Array) });
  });
});
