import { ENTITY_TYPES, type Document, type Mention } from '../schema/document.js';
import type { Span } from '../recognizers/types.js';

export const toMention = (s: Span): Mention => ({ text: s.text, start: s.start, end: s.end, sentence: s.sentence });

/** Mentions in text order, each span once. */
export function mentionsOf(spans: Span[]): Mention[] {
  const seen = new Set<string>();
  return spans
    .filter((s) => {
      const key = `${s.start}:${s.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((x, y) => x.start - y.start || x.end - y.end)
    .map(toMention);
}

/** Groups items by a key, keeping first-appearance order of the groups. */
export function groupBy<T>(items: T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}

/** The document with every mention of every entity passed through `move` (lists left out stay out). */
export function mapMentions(doc: Document, move: (m: Mention) => Mention): Document {
  const out: Document = { ...doc };
  for (const k of ENTITY_TYPES) {
    const list = doc[k] as { mentions: Mention[] }[] | undefined;
    if (list) (out as Record<string, unknown>)[k] = list.map((e) => ({ ...e, mentions: e.mentions.map(move) }));
  }
  return out;
}
