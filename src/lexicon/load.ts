// Closed-class word lists live as JSON data in ./data, not in code: adding a title or a
// currency is a data change. Each file is read once per process.
import fs from 'node:fs';

const cache = new Map<string, unknown>();

export function loadLexicon<T = unknown>(name: string): T {
  let value = cache.get(name);
  if (value === undefined) {
    const url = new URL(`./data/${name}.json`, import.meta.url);
    value = JSON.parse(fs.readFileSync(url, 'utf8')) as unknown;
    cache.set(name, value);
  }
  return value as T;
}

/** A lexicon that is a list of words or phrases, as a lower-case set. */
export function loadWordSet(name: string): ReadonlySet<string> {
  return new Set(loadLexicon<string[]>(name).map((w) => w.toLowerCase()));
}
