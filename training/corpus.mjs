// Training and evaluation records, from three sources, each as {id, group, corpus, text, spans}:
//  - training/data/<corpus>.jsonl: the license-checked corpora (see training/README.md);
//  - training/own/<style>/NNN.txt: our own articles, written with inline markup;
//  - fixtures/**/gold: the project's annotated articles, their gold names found in the text.
// Every corpus has a fixed test split that training never sees: the records whose group
// (document, or tweet) hashes into bucket 0 of 10.
import fs from 'node:fs';
import path from 'node:path';
import { parseMarkup } from './tools/markup.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

// Corpora whose text is CC BY-SA (Wikipedia): kept out of the shipped weights (see README).
export const SHARE_ALIKE = ['wikigold', 'crossner_politics', 'crossner_other'];
export const CORPORA = ['re3d', 'btc', 'wnut17', ...SHARE_ALIKE];

const TYPE_MAP = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC', NATIONALITY: 'MISC', EVENT: 'MISC', ELECTION: 'MISC', AWARD: 'MISC', PRODUCT: 'MISC', CREATIVE_WORK: 'MISC', BOOK: 'MISC', ALBUM: 'MISC', SONG: 'MISC', POEM: 'MISC', MAGAZINE: 'MISC', CONFERENCE: 'MISC' };

function fnv(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
/** The fixed split: one group in ten is test. */
export const isTest = (group) => fnv(`split:${group}`) % 10 === 0;

/** The unit a split keeps together: a wikigold article, a re3d document, a tweet, an own article. */
function groupOf(id) {
  const parts = id.split('/');
  if (parts[0] === 'wikigold') return parts.slice(0, 2).join('/');
  return id;
}

function mapSpans(spans) {
  return spans.flatMap((s) => (TYPE_MAP[s.type] ? [{ start: s.start, end: s.end, type: TYPE_MAP[s.type] }] : []));
}

export function loadCorpus(name) {
  const file = path.join(ROOT, 'training', 'data', `${name}.jsonl`);
  const out = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    // re3d's Wikipedia documents are CC BY-SA like the other Wikipedia corpora.
    if (name === 're3d' && r.id.startsWith('re3d/Wikipedia/')) continue;
    out.push({ id: r.id, group: groupOf(r.id), corpus: name, text: r.text, spans: mapSpans(r.spans) });
  }
  return out;
}

export function loadOwn() {
  const dir = path.join(ROOT, 'training', 'own');
  const out = [];
  if (!fs.existsSync(dir)) return out;
  for (const style of fs.readdirSync(dir).sort()) {
    const sub = path.join(dir, style);
    if (!fs.statSync(sub).isDirectory()) continue;
    for (const f of fs.readdirSync(sub).sort()) {
      if (!f.endsWith('.txt')) continue;
      const id = `own/${style}/${f}`;
      try {
        const { text, spans } = parseMarkup(fs.readFileSync(path.join(sub, f), 'utf8'), id);
        out.push({ id, group: id, corpus: 'own', text, spans });
      } catch (e) {
        console.error(`skipping ${id}: ${e.message}`);
      }
    }
  }
  return out;
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Gold names (people, organizations) found in the text, longest first, as spans. */
export function goldSpans(text, gold, places) {
  const forms = [];
  for (const p of gold.people ?? []) for (const n of [p.name, ...(p.aliases ?? [])]) forms.push({ n, type: 'PER' });
  for (const o of gold.organizations ?? []) for (const n of [o.name, ...(o.aliases ?? [])]) forms.push({ n, type: 'ORG' });
  forms.sort((x, y) => y.n.length - x.n.length);
  const taken = new Uint8Array(text.length);
  const spans = [];
  const claim = (start, end, type) => {
    for (let i = start; i < end; i++) if (taken[i]) return;
    taken.fill(1, start, end);
    spans.push({ start, end, type });
  };
  for (const { n, type } of forms) {
    if (!n || n.length < 2) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(n)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) claim(m.index, m.index + n.length, type);
  }
  // Places and nationalities, which the gold does not list, so that they are not taught as nothing.
  for (const m of text.matchAll(/\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)*/gu)) {
    const kind = places(m[0]);
    if (kind) claim(m.index, m.index + m[0].length, kind);
  }
  return spans.sort((a, b) => a.start - b.start);
}

export function loadFixtures(places) {
  const sets = [['fixtures', 'fixtures/articles', 'fixtures/gold'], ...['dev', 'own', 'blind', 'blind2'].map((s) => [`fixtures-${s}`, `fixtures/${s}/articles`, `fixtures/${s}/gold`])];
  const out = [];
  for (const [name, art, gold] of sets) {
    for (const f of fs.readdirSync(path.join(ROOT, art)).sort()) {
      if (!f.endsWith('.txt')) continue;
      const g = path.join(ROOT, gold, f.replace(/\.txt$/, '.json'));
      if (!fs.existsSync(g)) continue;
      const text = fs.readFileSync(path.join(ROOT, art, f), 'utf8').replace(/^\uFEFF/, '');
      const id = `${name}/${f}`;
      // All fixture articles train: their held-out measure is the article-level scorer.
      out.push({ id, group: id, corpus: 'fixtures', text, spans: goldSpans(text, JSON.parse(fs.readFileSync(g, 'utf8')), places), trainOnly: true });
    }
  }
  return out;
}
