// Mentions found in prepared text (HTML with references decoded) put back on the text as the
// user gave it: every offset through the position map, every mention's text sliced from the
// original, so that `original.slice(start, end) === text` holds for the file itself.
import type { Document, Mention } from '../schema/document.js';
import { mapMentions } from './mentions.js';

export function toSource(doc: Document, original: string, source: Int32Array): Document {
  const remap = (m: Mention): Mention => {
    const start = source[m.start];
    const end = source[m.end];
    return { ...m, start, end, text: original.slice(start, end) };
  };
  return mapMentions(doc, remap);
}
