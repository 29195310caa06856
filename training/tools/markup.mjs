#!/usr/bin/env node
// Our own training articles are written with inline markup: [[PER|Erling Haaland]] scored.
// This turns a marked-up file into {id, text, spans} with the markup removed and the spans'
// offsets computed on the clean text, and checks the markup on the way.
//   node training/tools/markup.mjs DIR...        checks every .txt file, prints counts
//   node training/tools/markup.mjs --jsonl DIR... prints the records as JSON lines
import fs from 'node:fs';
import path from 'node:path';

export const TYPES = new Set(['PER', 'ORG', 'LOC', 'MISC']);
const MARK = /\[\[([A-Z]+)\|([^\]|]*)\]\]/g;

/** Parses one marked-up text; throws with a line number on a malformed mark. */
export function parseMarkup(marked, where = '') {
  let text = '';
  const spans = [];
  let last = 0;
  for (const m of marked.matchAll(MARK)) {
    const [whole, type, surface] = m;
    const line = marked.slice(0, m.index).split('\n').length;
    if (!TYPES.has(type)) throw new Error(`${where}:${line}: unknown type ${type} in ${whole}`);
    if (!surface.trim() || surface !== surface.trim()) throw new Error(`${where}:${line}: empty or space-padded mark ${whole}`);
    text += marked.slice(last, m.index);
    spans.push({ start: text.length, end: text.length + surface.length, type });
    text += surface;
    last = m.index + whole.length;
  }
  text += marked.slice(last);
  const stray = text.search(/\[\[|\]\]|\|\w+\]\]/);
  if (stray >= 0) throw new Error(`${where}:${text.slice(0, stray).split('\n').length}: stray markup near "${text.slice(stray, stray + 30)}"`);
  return { text, spans };
}

function* files(dirs) {
  for (const d of dirs) {
    const st = fs.statSync(d);
    if (st.isFile()) yield d;
    else for (const f of fs.readdirSync(d).sort()) if (f.endsWith('.txt')) yield path.join(d, f);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const jsonl = args[0] === '--jsonl';
  const dirs = jsonl ? args.slice(1) : args;
  const counts = {};
  let n = 0;
  let bad = 0;
  for (const f of files(dirs)) {
    try {
      const rec = parseMarkup(fs.readFileSync(f, 'utf8'), f);
      n++;
      for (const s of rec.spans) counts[s.type] = (counts[s.type] ?? 0) + 1;
      if (jsonl) process.stdout.write(JSON.stringify({ id: `own/${path.relative('training/own', f)}`, ...rec }) + '\n');
    } catch (e) {
      bad++;
      console.error(e.message);
    }
  }
  if (!jsonl) console.log(`${n} files ok, ${bad} with errors; spans: ${JSON.stringify(counts)}`);
  process.exitCode = bad ? 1 : 0;
}
