#!/usr/bin/env node
// Trains the tagger: an averaged structured perceptron over BIO labels with Viterbi decoding
// (Collins 2002), on the corpora in training/data, our own articles in training/own and the
// project's annotated fixtures; each corpus's test split is left out. Deterministic: fixed
// corpus order, a seeded shuffle, integer updates, so a rerun writes the same bytes.
//   node training/train.mjs [--epochs N] [--out FILE] [--without-share-alike] [--no-fixtures]
//                           [--own-repeat N] [--fixtures-repeat N]
import fs from 'node:fs';
import path from 'node:path';
import { BUCKETS } from '../dist/tagger/hash.js';
import { LABEL_COUNT } from '../dist/tagger/labels.js';
import { emissions, viterbi } from '../dist/tagger/decode.js';
import { encodeModel } from '../dist/tagger/model.js';
import { orgLexicon } from '../dist/recognizers/organizations/lexicon.js';
import { CORPORA, SHARE_ALIKE, isTest, loadCorpus, loadFixtures, loadOwn } from './corpus.mjs';
import { prepare } from './prepare.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const EPOCHS = Number(opt('--epochs', 10));
const OUT = opt('--out', 'src/tagger/weights/tagger.bin.gz');
// The shipped weights include the CC BY-SA corpora (see training/README.md for why);
// --without-share-alike trains weights from public-domain, OGL and CC BY text only.
const withSA = !args.includes('--without-share-alike');
const noFixtures = args.includes('--no-fixtures');
// How many times each source is seen per epoch: our news-shaped text counts more than tweets.
const REPEAT = { own: Number(opt('--own-repeat', 3)), fixtures: Number(opt('--fixtures-repeat', 1)) };

function placeKind(text) {
  const o = orgLexicon();
  const l = text.toLowerCase();
  if (o.nationalities.has(text) || o.nationalities.has(l)) return 'MISC';
  if (o.places.has(l)) return 'LOC';
  return undefined;
}

function records() {
  const corpora = CORPORA.filter((c) => withSA || !SHARE_ALIKE.includes(c));
  const all = [...corpora.flatMap(loadCorpus), ...loadOwn(), ...(noFixtures ? [] : loadFixtures(placeKind))];
  return { corpora, train: all.filter((r) => r.trainOnly || !isTest(r.group)) };
}

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const started = Date.now();
const { corpora, train } = records();
console.log(`training on ${train.length} records (${corpora.join(', ')}, own, fixtures)`);
const sentences = [];
for (const r of train) {
  const times = REPEAT[r.corpus] ?? 1;
  const { sentences: ss } = prepare(r);
  for (let k = 0; k < times; k++) sentences.push(...ss);
}
const tokens = sentences.reduce((n, s) => n + s.gold.length, 0);
console.log(`${sentences.length} sentences, ${tokens} tokens prepared in ${((Date.now() - started) / 1000).toFixed(0)} s`);

const L = LABEL_COUNT;
const W = new Float64Array(BUCKETS * L);
const U = new Float64Array(BUCKETS * L);
const T = new Float64Array((L + 1) * L);
const TU = new Float64Array((L + 1) * L);
let c = 1;
const rand = mulberry32(20261206);
const order = sentences.map((_, i) => i);

for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  let wrong = 0;
  for (const idx of order) {
    const s = sentences[idx];
    const n = s.gold.length;
    const pred = viterbi(emissions(s.feats, W), n, T);
    for (let k = 0; k < n; k++) {
      const y = s.gold[k];
      const z = pred[k];
      if (y !== z) {
        wrong++;
        for (let j = s.feats.offsets[k]; j < s.feats.offsets[k + 1]; j++) {
          const f = s.feats.ids[j];
          W[f * L + y] += 1;
          U[f * L + y] += c;
          W[f * L + z] -= 1;
          U[f * L + z] -= c;
        }
      }
      const py = k === 0 ? L : s.gold[k - 1];
      const pz = k === 0 ? L : pred[k - 1];
      if (py !== pz || y !== z) {
        T[py * L + y] += 1;
        TU[py * L + y] += c;
        T[pz * L + z] -= 1;
        TU[pz * L + z] -= c;
      }
    }
    c++;
  }
  console.log(`epoch ${epoch}: ${((wrong / tokens) * 100).toFixed(2)}% tokens wrong`);
}

// Averaged weights, quantized to int16.
const avg = new Float64Array(W.length);
let max = 0;
for (let i = 0; i < W.length; i++) {
  avg[i] = W[i] - U[i] / c;
  if (Math.abs(avg[i]) > max) max = Math.abs(avg[i]);
}
const scale = 32767 / max;
const weights = new Int16Array(W.length);
for (let i = 0; i < W.length; i++) weights[i] = Math.round(avg[i] * scale);
const transitions = new Float32Array((L + 1) * L);
for (let i = 0; i < T.length; i++) transitions[i] = T[i] - TU[i] / c;
const info = { corpora: [...corpora, 'own', 'fixtures'], epochs: EPOCHS, sentences: sentences.length, tokens };
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, encodeModel({ weights, scale, transitions, info }));
console.log(`wrote ${OUT} (${(fs.statSync(OUT).size / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
