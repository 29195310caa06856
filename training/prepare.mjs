// Turns records into what the perceptron reads: per sentence, the hashed features of each
// token (exactly as the binary computes them) and the gold BIO label of each token.
import { analyze } from '../dist/analysis/analyze.js';
import { documentFeatures } from '../dist/tagger/features.js';
import { ruleMarks } from '../dist/tagger/rules.js';
import { LABELS } from '../dist/tagger/labels.js';
import { ruleCandidates } from '../dist/recognizers/candidates.js';

const B = Object.fromEntries(['PER', 'ORG', 'LOC', 'MISC'].map((k) => [k, LABELS.indexOf(`B-${k}`)]));

/** Gold label of each token: a token that starts inside a span takes its type. */
export function goldLabels(a, spans) {
  const labels = new Int32Array(a.tokens.length);
  let k = 0;
  for (const s of spans) {
    let first = true;
    while (k < a.tokens.length && a.tokens[k].end <= s.start) k++;
    for (let i = k; i < a.tokens.length && a.tokens[i].start < s.end; i++) {
      if (a.tokens[i].start < s.start) continue;
      labels[i] = first ? B[s.type] : B[s.type] + 1;
      first = false;
    }
  }
  // A span cut by a sentence boundary starts again as B- in the next sentence.
  for (const s of a.sentences) if (s.from < s.to && labels[s.from] > 0 && labels[s.from] % 2 === 0) labels[s.from] -= 1;
  return labels;
}

export function prepare(record) {
  const a = analyze(record.text);
  const rules = ruleCandidates(a);
  const feats = documentFeatures(a, ruleMarks(a, rules.people, rules.orgs, rules.titles));
  const gold = goldLabels(a, record.spans);
  const sentences = [];
  a.sentences.forEach((s, si) => {
    if (s.to > s.from) sentences.push({ feats: feats[si], gold: gold.subarray(s.from, s.to), tokens: a.tokens.slice(s.from, s.to) });
  });
  return { a, sentences };
}
