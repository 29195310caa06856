// Mentions found in prepared text (HTML with references decoded) put back on the text as the
// user gave it: every offset through the position map, every mention's text sliced from the
// original, so that `original.slice(start, end) === text` holds for the file itself.
import type { Document, Mention } from '../schema/document.js';
import { ENTITY_TYPES } from '../schema/document.js';

export function toSource(doc: Document, original: string, source: Int32Array): Document {
  const remap = (m: Mention): Mention => {
    const start = source[m.start];
    const end = source[m.end];
    return { ...m, start, end, text: original.slice(start, end) };
  };
  const out = { ...doc };
  for (const type of ENTITY_TYPES) {
    const list = doc[type];
    if (list) (out as Record<string, unknown>)[type] = list.map((e) => ({ ...e, mentions: e.mentions.map(remap) }));
  }
  return out;
}
