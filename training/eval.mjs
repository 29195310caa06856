#!/usr/bin/env node
// Evaluation: (1) the tagger alone, entity-level P/R/F1 per type on each corpus's held-out test
// split (exact token spans); (2) the whole extractor, the shared article-level scorer on every
// annotated folder of the project and on ../shared/corpus/real-dev when it is there.
//   node training/eval.mjs [--model FILE] [--tagger-only] [--scorer-only]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { decodeModel, shippedModel } from '../dist/tagger/model.js';
import { tagLabels, spansOf } from '../dist/tagger/index.js';
import { ruleMarks } from '../dist/tagger/rules.js';
import { ruleCandidates } from '../dist/recognizers/candidates.js';
import { CORPORA, isTest, loadCorpus, loadOwn } from './corpus.mjs';
import { prepare } from './prepare.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const modelArg = args.includes('--model') ? args[args.indexOf('--model') + 1] : undefined;
const model = modelArg ? decodeModel(fs.readFileSync(modelArg)) : shippedModel();
const KINDS = ['PER', 'ORG', 'LOC', 'MISC'];
const pct = (x) => (Number.isFinite(x) ? (x * 100).toFixed(1) : '-').padStart(6);

function spanKeys(a, labels) {
  return new Set(spansOf(a, labels).map((s) => `${s.kind}:${s.from}:${s.to}`));
}

function evalSplit(name, records) {
  const counts = Object.fromEntries(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  for (const r of records) {
    const { a, sentences } = prepare(r);
    const c = ruleCandidates(a);
    const pred = spanKeys(a, tagLabels(a, ruleMarks(a, c.people, c.orgs, c.titles), model));
    // Gold labels as BIO per sentence, then the same span reading.
    const goldLabels = sentences.map((s) => s.gold);
    // prepare() drops empty sentences; rebuild per a.sentences.
    let g = 0;
    const perSentence = a.sentences.map((s) => (s.to > s.from ? goldLabels[g++] : new Int32Array(0)));
    const gold = spanKeys(a, perSentence);
    for (const k of pred) counts[k.split(':')[0]][gold.has(k) ? 'tp' : 'fp']++;
    for (const k of gold) if (!pred.has(k)) counts[k.split(':')[0]].fn++;
  }
  console.log(`\n${name} (test split, ${records.length} records)`);
  console.log('type      gold     P      R     F1');
  for (const k of KINDS) {
    const { tp, fp, fn } = counts[k];
    if (tp + fn === 0) continue;
    const p = tp / (tp + fp);
    const rr = tp / (tp + fn);
    console.log(`${k.padEnd(6)} ${String(tp + fn).padStart(6)} ${pct(p)} ${pct(rr)} ${pct((2 * p * rr) / (p + rr))}`);
  }
}

if (!args.includes('--scorer-only')) {
  console.log(`tagger trained on: ${JSON.stringify(model.info)}`);
  for (const c of CORPORA) evalSplit(c, loadCorpus(c).filter((r) => isTest(r.group)));
  evalSplit('own', loadOwn().filter((r) => isTest(r.group)));
}

if (!args.includes('--tagger-only')) {
  const sets = [
    ['fixtures', 'fixtures/articles', 'fixtures/gold'],
    ...['dev', 'own', 'blind', 'blind2'].map((s) => [s, `fixtures/${s}/articles`, `fixtures/${s}/gold`]),
    ['real-dev', '../shared/corpus/real-dev/articles', '../shared/corpus/real-dev/gold'],
  ];
  const scorer = path.join(ROOT, '../shared/tools/score.mjs');
  if (!fs.existsSync(scorer)) console.log('\n(../shared/tools/score.mjs not found: article-level scores skipped)');
  else {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ne-eval-'));
    for (const [name, art, gold] of sets) {
      if (!fs.existsSync(path.join(ROOT, art))) continue;
      const out = path.join(tmp, `${name}.json`);
      const env = modelArg ? { ...process.env, NEWS_ENTITIES_MODEL: path.resolve(modelArg) } : process.env;
      const r = spawnSync(process.execPath, ['bin/news-entities.js', '--format', 'json', '--output', out, art], { cwd: ROOT, encoding: 'utf8', env });
      if (r.status !== 0) console.log(r.stderr);
      const s = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', out], { cwd: ROOT, encoding: 'utf8' });
      console.log(`\n== ${name} (article level, shared scorer)\n${s.stdout.trim()}`);
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
