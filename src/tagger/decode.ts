// Viterbi decoding over BIO labels: the best-scoring well-formed label sequence of a sentence.
import type { SentenceFeatures } from './features.js';
import { allowed, LABEL_COUNT } from './labels.js';

/** Emission scores of a sentence's tokens: for each token, the sum over its features of each label's weight. */
export function emissions(features: SentenceFeatures, weights: ArrayLike<number>, scale = 1): Float64Array {
  const L = LABEL_COUNT;
  const { ids, offsets } = features;
  const n = offsets.length - 1;
  const out = new Float64Array(n * L);
  for (let k = 0; k < n; k++) {
    const row = k * L;
    for (let j = offsets[k]; j < offsets[k + 1]; j++) {
      const base = ids[j] * L;
      for (let l = 0; l < L; l++) out[row + l] += weights[base + l];
    }
  }
  if (scale !== 1) for (let x = 0; x < out.length; x++) out[x] /= scale;
  return out;
}

/** Best label sequence; transitions[prev * L + next], prev = L for the sentence start. */
export function viterbi(em: Float64Array, n: number, transitions: ArrayLike<number>): Int32Array {
  const L = LABEL_COUNT;
  const labels = new Int32Array(n);
  if (n === 0) return labels;
  const score = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  for (let l = 0; l < L; l++) score[l] = allowed(0, l) ? em[l] + transitions[L * L + l] : -Infinity;
  for (let k = 1; k < n; k++) {
    for (let l = 0; l < L; l++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!allowed(p, l)) continue;
        const s = score[(k - 1) * L + p] + transitions[p * L + l];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[k * L + l] = best + em[k * L + l];
      back[k * L + l] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let l = 0; l < L; l++) {
    if (score[(n - 1) * L + l] > best) {
      best = score[(n - 1) * L + l];
      arg = l;
    }
  }
  labels[n - 1] = arg;
  for (let k = n - 1; k > 0; k--) labels[k - 1] = back[k * L + labels[k]];
  return labels;
}
