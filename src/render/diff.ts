// `check` compares documents by what a reader cares about: one line per entity, so a diff
// reads "+ person Jane Doe [Mayor]" rather than a wall of JSON offsets.
import type { Document } from '../schema/document.js';

export function entityLines(doc: Document): string[] {
  const lines: string[] = [];
  for (const p of doc.people) {
    lines.push(`person ${p.name}${p.ranks.length ? ` [${p.ranks.join('; ')}]` : ''}${p.aliases.length ? ` aka ${p.aliases.join(', ')}` : ''} x${p.mentions.length}`);
  }
  for (const r of doc.ranks) lines.push(`rank ${r.title} -> ${r.person ?? '(none)'}${r.former ? ' (former)' : ''} x${r.mentions.length}`);
  for (const o of doc.organizations) lines.push(`organization ${o.name}${o.aliases.length ? ` aka ${o.aliases.join(', ')}` : ''} x${o.mentions.length}`);
  for (const d of doc.dates) lines.push(`date ${d.text} = ${d.value ?? 'null'} x${d.mentions.length}`);
  for (const m of doc.money) lines.push(`money ${m.text} = ${m.amount} ${m.currency} x${m.mentions.length}`);
  return lines;
}

export interface DocDiff {
  added: string[];
  removed: string[];
  /** Same entities, but something else differs (offsets, counts, schema version). */
  otherChange: boolean;
}

export function diffDocuments(expected: Document, actual: Document): DocDiff {
  const before = entityLines(expected);
  const after = entityLines(actual);
  const b = new Set(before);
  const a = new Set(after);
  const added = after.filter((l) => !b.has(l));
  const removed = before.filter((l) => !a.has(l));
  const otherChange = !added.length && !removed.length && JSON.stringify(expected) !== JSON.stringify(actual);
  return { added, removed, otherChange };
}

export const isSame = (d: DocDiff) => !d.added.length && !d.removed.length && !d.otherChange;
