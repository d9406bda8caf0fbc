// Sample data for the demo: Sam Patel, their manager Dana, skip-level Lee and
// mentor Ana, with a few needs, questions and quick notes. Written with raw
// IndexedDB calls inside the extension's service worker, in the record shapes
// of lib/model.ts, into the database the extension created at install.

/**
 * Seeds the extension's "upward" database. `serviceWorker` is the Playwright
 * `Worker` of the extension's background service worker. Resolves with the
 * number of records written; rejects with a readable message on failure.
 */
export async function seedSampleData(serviceWorker, { timeoutMs = 15_000 } = {}) {
  return serviceWorker.evaluate(
    async ({ timeoutMs }) => {
      const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
      const request = (req) =>
        new Promise((resolve, reject) => {
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });

      /**
       * Opens "upward" at whatever version the extension made. Never creates it: if it
       * does not exist yet, the upgrade is aborted (so the extension's own v1→v2 ladder
       * still runs from scratch) and we report "not yet".
       */
      const openExisting = () =>
        new Promise((resolve) => {
          const req = indexedDB.open('upward');
          req.onupgradeneeded = () => req.transaction.abort();
          req.onsuccess = () => resolve(req.result);
          req.onerror = (event) => {
            event.preventDefault();
            resolve(null);
          };
        });

      // The background creates the database and seeds the default checklist on install.
      const deadline = Date.now() + timeoutMs;
      let db = null;
      for (;;) {
        db = await openExisting();
        if (db) {
          if (db.objectStoreNames.contains('checklist') && db.objectStoreNames.contains('settings')) {
            const count = await request(db.transaction('checklist').objectStore('checklist').count());
            if (count > 0) break;
          }
          db.close();
          db = null;
        }
        if (Date.now() > deadline) {
          throw new Error(
            `The extension did not create its "upward" database with a seeded checklist within ${timeoutMs} ms.`,
          );
        }
        await sleep(150);
      }

      const now = Date.now();
      const minutes = 60_000;
      const days = 24 * 60 * minutes;
      const at = (ago) => now - ago;

      const people = [
        {
          id: 'demo-dana',
          name: 'Dana Reyes',
          emails: ['dana@example.com'],
          aliases: ['DR'],
          relation: 'manager',
          // Their world (practice 3): what the card's "About Dana" section shows.
          about: {
            goals: 'Ship the platform migration by Q3 without a major incident.',
            pressures: 'Headcount freeze; the VP reviews reliability numbers every week.',
            style: 'Prefers a written one-pager before a decision; thinks out loud in meetings.',
            needsFromMe: 'Early warning on risks, and proposals framed as small, time-boxed experiments.',
          },
          createdAt: at(21 * days),
          updatedAt: at(21 * days),
        },
        {
          id: 'demo-lee',
          name: 'Lee Okafor',
          emails: ['lee@example.com'],
          aliases: [],
          relation: 'skip-level',
          createdAt: at(21 * days),
          updatedAt: at(21 * days),
        },
        {
          id: 'demo-ana',
          name: 'Ana María Núñez',
          emails: ['ana@example.org'],
          aliases: [],
          relation: 'mentor',
          createdAt: at(20 * days),
          updatedAt: at(20 * days),
        },
      ];

      const need = (id, personId, text, order, status, createdAgo, raisedAgo) => {
        const history = [{ status: 'open', at: at(createdAgo) }];
        if (status === 'raised') history.push({ status: 'raised', at: at(raisedAgo) });
        return {
          id,
          personId,
          text,
          status,
          order,
          history,
          createdAt: at(createdAgo),
          updatedAt: at(status === 'raised' ? raisedAgo : createdAgo),
        };
      };
      const needs = [
        need('demo-need-1', 'demo-dana', "Tell me early when you're disappointed in my work", 0, 'open', 20 * days),
        need('demo-need-2', 'demo-dana', "Clarity on what 'senior' means here", 1, 'raised', 20 * days, 7 * days),
        need('demo-need-3', 'demo-dana', 'Air cover for the migration experiment', 2, 'open', 6 * days),
        need('demo-need-4', 'demo-lee', 'Visibility for the team’s reliability work', 0, 'open', 12 * days),
      ];

      const question = (id, personId, text, kind, createdAgo, extra = {}) => ({
        id,
        personId,
        text,
        kind,
        status: 'open',
        createdAt: at(createdAgo),
        updatedAt: at(createdAgo),
        ...extra,
      });
      const questions = [
        question(
          'demo-q-1',
          'demo-dana',
          'What does a great quarter look like for you, from where you sit?',
          'mine',
          5 * days,
        ),
        question(
          'demo-q-2',
          'demo-dana',
          'Which result are you held to this half, and how can my work feed it?',
          'mine',
          3 * days,
        ),
        question(
          'demo-q-3',
          'demo-dana',
          'What do you need from me that you are not getting?',
          'flip-side',
          14 * days,
          {
            status: 'answered',
            answer: 'Earlier heads-up when a deadline is at risk, even if it is only a hunch.',
            updatedAt: at(7 * days),
          },
        ),
        question('demo-q-4', 'demo-lee', 'What would you like the team to stop doing?', 'flip-side', 10 * days),
        question('demo-q-5', 'demo-ana', 'How did you decide between the staff and manager tracks?', 'mine', 4 * days),
      ];

      const notes = [
        {
          id: 'demo-note-1',
          text: 'Dana looked exhausted after the budget review. Open with something human, not the agenda.',
          createdAt: at(26 * 60 * minutes),
          personId: 'demo-dana',
        },
        {
          id: 'demo-note-2',
          text: 'Migration experiment: propose 2 weeks, success = p95 under 300 ms on one service; stop if not.',
          createdAt: at(5 * 60 * minutes),
          personId: 'demo-dana',
        },
        {
          id: 'demo-note-3',
          text: 'Ask Ana about the conference talk proposal.',
          createdAt: at(40 * minutes),
          personId: 'demo-ana',
        },
      ];

      const settings = [{ key: 'me', value: { name: 'Sam Patel', emails: ['sam@example.com'] } }];

      const writes = { settings, people, needs, questions, notes };
      const tx = db.transaction(Object.keys(writes), 'readwrite');
      for (const [store, records] of Object.entries(writes)) {
        for (const record of records) tx.objectStore(store).put(record);
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error ?? new Error('The seeding transaction was aborted.'));
      });
      db.close();

      // Open extension pages re-read on this channel (lib/db/changes.ts).
      const channel = new BroadcastChannel('upward:db-changes');
      for (const store of Object.keys(writes)) channel.postMessage({ store });
      channel.close();

      return Object.values(writes).reduce((sum, records) => sum + records.length, 0);
    },
    { timeoutMs },
  );
}
