// Well-known institutions named by the lexicon ("Pentagon", "Reuters").
import { type Ctx, add } from './context.js';

// ---------- well-known institutions ----------

export function knownNames(ctx: Ctx, lo: number, hi: number): void {
  const { a, lex } = ctx;
  for (let i = lo; i < hi; i++) {
    const t = a.tokens[i];
    if (!t.word) continue;
    const entries = lex.known.get(t.text);
    if (!entries) continue;
    for (const e of entries) {
      if (!a.text.startsWith(e, t.start)) continue;
      const endOff = t.start + e.length;
      if (/[\p{L}\p{N}]/u.test(a.text[endOff] ?? '')) continue;
      let j = i;
      while (j + 1 < hi && a.tokens[j + 1].end <= endOff) j++;
      if (a.tokens[j].end !== endOff) continue;
      // "Reuters news agency", "Xinhua News Agency": keep the agency words with the name.
      let to = j;
      if (a.tokens[j + 1]?.lower === 'news' && a.tokens[j + 2]?.lower === 'agency') to = j + 2;
      add(ctx, i, to, 'known');
      i = to;
      break;
    }
  }
}
