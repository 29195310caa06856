// The tagger stage: label every sentence of the analysis with BIO tags and return the entity
// spans it finds, as token ranges.
import type { Analysis } from '../analysis/analyze.js';
import { emissions, viterbi } from './decode.js';
import { documentFeatures } from './features.js';
import { isBegin, isInside, kindOf, type EntityKind } from './labels.js';
import { shippedModel, type Model } from './model.js';
import type { RuleMarks } from './rules.js';

export interface TaggedSpan {
  kind: EntityKind;
  /** Inclusive token range. */
  from: number;
  to: number;
}

/** Label sequence of each sentence (token-aligned with a.sentences). */
export function tagLabels(a: Analysis, rules: RuleMarks, model: Model = shippedModel()): Int32Array[] {
  const feats = documentFeatures(a, rules);
  return feats.map((sentence) => viterbi(emissions(sentence, model.weights, model.scale), sentence.offsets.length - 1, model.transitions));
}

/** BIO labels -> spans. */
export function spansOf(a: Analysis, labels: Int32Array[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  a.sentences.forEach((s, si) => {
    const ls = labels[si];
    let open: TaggedSpan | undefined;
    for (let k = 0; k < ls.length; k++) {
      const l = ls[k];
      if (open && isInside(l) && kindOf(l) === open.kind) {
        open.to = s.from + k;
        continue;
      }
      if (open) out.push(open);
      open = isBegin(l) ? { kind: kindOf(l), from: s.from + k, to: s.from + k } : undefined;
    }
    if (open) out.push(open);
  });
  return out;
}

export function tagEntities(a: Analysis, rules: RuleMarks, model?: Model): TaggedSpan[] {
  return spansOf(a, tagLabels(a, rules, model));
}
