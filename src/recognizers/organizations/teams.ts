// Sports teams: club names and nicknames in a sports story.
import type { Token } from '../../analysis/analyze.js';
import { type Ctx, add, isAllCaps, isCap, isFunctionWord, isHead, isPlaceWord, isShout, isTitle } from './context.js';

// ---------- sports teams ----------

/** "the Harbor City Falcons beat the Lakeside Pioneers": a capitalized prefix and a capitalized plural
 * nickname in a sports story, with evidence that it is a team — a place before the nickname, the
 * nickname used again on its own ("the Orcas"), or a match word next to it ("beat", "against").
 * The nickname alone is then a short form of the team. */
export function teams(ctx: Ctx): void {
  const { a, lex } = ctx;
  const toks = a.tokens;
  const cues = new Set<string>();
  for (const t of toks) if (t.word && !t.upper && lex.sportsContext.has(t.lower)) cues.add(t.lower);
  if (cues.size < 3) return;
  const isNick = (t: Token | undefined): boolean =>
    !!t && isCap(t) && !isAllCaps(t) && t.text.length >= 4 && /\p{Ll}s$/u.test(t.text) && !/['’.\-]/.test(t.text) && !t.tags.has('Person') &&
    !lex.notNicknames.has(t.text) && !isHead(lex, t) && !isTitle(lex, t) && !isPlaceWord(lex, t);
  // A nickname on its own: not after another capitalized word ("the Orcas", "Orcas captain").
  const alone = (k: number): boolean => {
    const p = toks[k - 1];
    return !p || p.sentence !== toks[k].sentence || !isCap(p) || p.first && p.lower === 'the' || p.lower === 'the';
  };
  const bare = new Map<string, number[]>();
  toks.forEach((t, k) => {
    if (isNick(t) && alone(k) && !isCap(toks[k + 1])) bare.set(t.text, [...(bare.get(t.text) ?? []), k]);
  });
  const found = new Map<string, string>();
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    if (!isNick(t) || !ctx.ok[i]) continue;
    // The capitalized prefix: up to three words ("Puget Sound", "St. Louis", "Denver").
    const lo = a.sentences[t.sentence].from;
    let from = i;
    let j = i - 1;
    let words = 0;
    while (j >= lo && words < 3) {
      const p = toks[j];
      if (p.text === '.' && toks[j - 1]?.dot && /^(St|Ste|Ft|Mt)$/.test(toks[j - 1].text)) { j--; continue; }
      if (!isCap(p) || p.lower === 'the' || isTitle(lex, p) || (p.first && isFunctionWord(p)) || isHead(lex, p) || isShout(p)) break;
      if (p.tags.has('Possessive') || toks[j + 1]?.lower === "'s") break;
      from = j;
      words++;
      j--;
    }
    if (from === i || isCap(toks[i + 1]) && toks[i + 1].sentence === t.sentence) continue;
    const prefixWords = toks.slice(from, i).filter((x) => x.word);
    if (prefixWords.some((x) => x.tags.has('Month') || x.tags.has('WeekDay'))) continue;
    // A place leads the name ("Denver", "St. Louis", "New York").
    let place = false;
    for (let n = prefixWords.length; n >= 1 && !place; n--) {
      const s = a.text.slice(prefixWords[0].start, toks[toks.indexOf(prefixWords[n - 1])].end).toLowerCase();
      if (lex.places.has(s) || lex.places.has(s.replace(/\./g, '')) || lex.places.has(s.replace(/^st\.? /, 'saint '))) place = true;
    }
    // Used again after "the" ("the Orcas"): a team, not a surname ("Williams").
    const again = (bare.get(t.text) ?? []).some((k) => (k < from || k > i) && toks[k - 1]?.lower === 'the');
    if (prefixWords[0].tags.has('FirstName') && !place) continue;
    const before = toks[from - 1]?.lower === 'the' ? toks[from - 2] : toks[from - 1];
    const after = toks[i + 1];
    const match = (!!before && !before.upper && lex.matchWords.has(before.lower)) || (!!after && !after.upper && lex.matchWords.has(after.lower)) ||
      (!!after && /^\d+$/.test(after.text) && toks[i + 2]?.text === '-' && /^\d+$/.test(toks[i + 3]?.text ?? ''));
    if (!place && !again && !match && !t.tags.has('SportsTeam')) continue;
    const c = add(ctx, from, i, 'head');
    if (c) found.set(t.text, c.name);
  }
  // The nickname alone is the team ("the Comets").
  for (const [nick, name] of found) {
    for (const k of bare.get(nick) ?? []) add(ctx, k, k, 'short', { name, forms: [nick] });
  }
}
