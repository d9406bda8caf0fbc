/**
 * The prep page's localStorage, or a stand-in kept in memory when the browser
 * refuses it (the card's frame is a third-party context on the calendar page,
 * where blocking third-party cookies also blocks storage; touching it throws).
 */
export function pageStorage(): Storage {
  try {
    const storage = window.localStorage;
    storage.length;
    return storage;
  } catch {
    return memoryStorage;
  }
}

const entries = new Map<string, string>();
const memoryStorage: Storage = {
  get length() {
    return entries.size;
  },
  key: (index) => [...entries.keys()][index] ?? null,
  getItem: (key) => entries.get(key) ?? null,
  setItem: (key, value) => void entries.set(key, String(value)),
  removeItem: (key) => void entries.delete(key),
  clear: () => entries.clear(),
};
