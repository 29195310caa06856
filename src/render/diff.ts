// `check` compares documents by what a reader cares about: one line per entity, so a diff
// reads "+ person Jane Doe [Mayor]" rather than a wall of JSON offsets. When the entities are
// the same but something else moved (an offset, a sentence index), the change names the entity
// and the field: "person Jane Doe: mentions[1].start 345 -> 347".
import { ENTITY_TYPES, type Document } from '../schema/document.js';
import { withFormer } from './labels.js';

type AnyEntity = { mentions: unknown[] };

/** The one-line form of each entity, by type, in document order. */
function linesByType(doc: Document): Record<(typeof ENTITY_TYPES)[number], string[]> {
  return {
    people: (doc.people ?? []).map((p) => `person ${p.name}${p.ranks.length ? ` [${withFormer(p).join('; ')}]` : ''}${p.aliases.length ? ` aka ${p.aliases.join(', ')}` : ''} x${p.mentions.length}`),
    ranks: (doc.ranks ?? []).map((r) => `rank ${r.title} -> ${r.person ?? '(none)'}${r.former ? ' (former)' : ''} x${r.mentions.length}`),
    organizations: (doc.organizations ?? []).map((o) => `organization ${o.name}${o.aliases.length ? ` aka ${o.aliases.join(', ')}` : ''} x${o.mentions.length}`),
    dates: (doc.dates ?? []).map((d) => `date ${d.text} = ${d.value ?? 'null'} x${d.mentions.length}`),
    money: (doc.money ?? []).map((m) => `money ${m.text} = ${m.amount} ${m.currency} x${m.mentions.length}`),
  };
}

export function entityLines(doc: Document): string[] {
  return Object.values(linesByType(doc)).flat();
}

export interface FieldChange {
  /** The entity's one-line form (its mention count stripped), or "document". */
  entity: string;
  /** JSON path inside the entity: "mentions[1].start". */
  path: string;
  expected: unknown;
  actual: unknown;
}

export interface DocDiff {
  added: string[];
  removed: string[];
  /** Same entities, but fields differ: which entity, which field. */
  changed: FieldChange[];
}

/** Paths where two JSON values differ (at most `limit`). */
function fieldChanges(expected: unknown, actual: unknown, path: string, out: { path: string; expected: unknown; actual: unknown }[], limit: number): void {
  if (out.length >= limit) return;
  if (Object.is(expected, actual)) return;
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const n = Math.max(expected.length, actual.length);
    for (let i = 0; i < n && out.length < limit; i++) fieldChanges(expected[i], actual[i], `${path}[${i}]`, out, limit);
    return;
  }
  if (isObj(expected) && isObj(actual) && !Array.isArray(expected) && !Array.isArray(actual)) {
    for (const k of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
      fieldChanges(expected[k], actual[k], path ? `${path}.${k}` : k, out, limit);
    }
    return;
  }
  out.push({ path, expected, actual });
}

const MAX_CHANGES = 20;

export function diffDocuments(expected: Document, actual: Document): DocDiff {
  const before = linesByType(expected);
  const after = linesByType(actual);
  const added: string[] = [];
  const removed: string[] = [];
  const changed: FieldChange[] = [];
  const raw: { path: string; expected: unknown; actual: unknown }[] = [];
  // Document-level fields (schemaVersion, characters, words, a type present or left out).
  for (const k of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
    if ((ENTITY_TYPES as readonly string[]).includes(k) && expected[k as keyof Document] !== undefined && actual[k as keyof Document] !== undefined) continue;
    if (k === 'file') continue;
    const e = expected[k as keyof Document];
    const a = actual[k as keyof Document];
    if (typeof e === 'object' || typeof a === 'object') {
      if ((e === undefined) !== (a === undefined)) raw.push({ path: k, expected: e === undefined ? '(left out)' : 'a list', actual: a === undefined ? '(left out)' : 'a list' });
    } else if (!Object.is(e, a)) raw.push({ path: k, expected: e, actual: a });
  }
  for (const r of raw) changed.push({ entity: 'document', ...r });
  for (const type of ENTITY_TYPES) {
    const b = new Set(before[type]);
    const a = new Set(after[type]);
    added.push(...after[type].filter((l) => !b.has(l)));
    removed.push(...before[type].filter((l) => !a.has(l)));
    // Entities present on both sides: compare every field.
    const actualByLine = new Map<string, unknown>();
    after[type].forEach((l, i) => actualByLine.set(l, (actual[type] as AnyEntity[])[i]));
    before[type].forEach((l, i) => {
      if (!actualByLine.has(l) || changed.length >= MAX_CHANGES) return;
      const out: { path: string; expected: unknown; actual: unknown }[] = [];
      fieldChanges((expected[type] as AnyEntity[])[i], actualByLine.get(l), '', out, MAX_CHANGES - changed.length);
      for (const c of out) changed.push({ entity: l.replace(/ x\d+$/, ''), ...c });
    });
  }
  return { added, removed, changed };
}

export const isSame = (d: DocDiff) => !d.added.length && !d.removed.length && !d.changed.length;

/** "person Jane Doe: mentions[1].start 345 -> 347" */
export const describeChange = (c: FieldChange) => `${c.entity}: ${c.path} ${JSON.stringify(c.expected)} -> ${JSON.stringify(c.actual)}`;
