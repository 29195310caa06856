// Amounts written without a currency, as wire copy does: "pretax profit rose to 84 mln stg from
// 79.3 mln" (the second is sterling too), "Net 12.4 mln vs 9.8 mln" in a dollar story. Only a
// number with a scale word counts (a bare "45" stays a number), followed by punctuation or a
// function word ("from", "vs", "in"), not by a noun ("mln shares", "billion barrels").
import type { Analysis } from '../../analysis/analyze.js';
import type { MoneyLexicon } from './lexicon.js';

export interface ImpliedAmount {
  start: number;
  end: number;
  amount: number;
  currency: string;
}

interface Known {
  start: number;
  end: number;
  sentence: number;
  currency: string;
}

export function impliedAmounts(a: Analysis, L: MoneyLexicon, known: Known[], sentenceOf: (offset: number) => number): ImpliedAmount[] {
  if (!known.length) return [];
  const text = a.text;
  const followers = new Set(L.data.impliedFollowers);
  const cues = new Set(L.data.impliedCues);
  const currencies = new Set(known.map((k) => k.currency));
  // The story's currency, when all its amounts share one.
  const only = currencies.size === 1 ? known[0].currency : undefined;
  const re = new RegExp(`(?<![\\p{L}\\p{N}.,$£€¥/])(${L.re.num})\\s+(${L.re.impliedScale})(?![\\p{L}\\p{N}])`, 'giu');
  const out: ImpliedAmount[] = [];
  for (const m of text.matchAll(re)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (known.some((k) => start < k.end && k.start < end)) continue;
    const next = /^\s*([\p{L}.]+|\S)?/u.exec(text.slice(end, end + 30))?.[1] ?? '';
    if (/^\p{L}/u.test(next) && !followers.has(next.toLowerCase())) continue;
    const sentence = sentenceOf(start);
    const same = known.filter((k) => k.sentence === sentence);
    let currency: string | undefined;
    if (same.length) {
      // The nearest amount before it in the sentence, else the first after it.
      const before = same.filter((k) => k.end <= start);
      currency = (before.length ? before[before.length - 1] : same[0]).currency;
    } else if (only) {
      const s = a.sentences[sentence];
      const words = a.tokens.slice(s.from, s.to).map((t) => t.lower);
      if (words.some((w) => cues.has(w))) currency = only;
    }
    if (!currency) continue;
    const amount = Number((parseFloat(m[1].replace(/,/g, '')) * (L.scale.get(m[2].toLowerCase()) ?? 1)).toPrecision(12));
    out.push({ start, end, amount, currency });
  }
  return out;
}
