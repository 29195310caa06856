// Acronyms: all-capital names ("NATO"), an acronym in parentheses after its expansion (or the
// reverse), acronyms given with "or" and in apposition.
import type { OrgCandidate } from './candidate.js';
import { acronymKey, acronymMatches, looksLikeAcronym } from './names.js';
import { type Ctx, INNER_CONNECTORS, OF_CONNECTORS, add, isAllCaps, isByline, isCap, isFunctionWord, isHead, isPlaceWord, isTitle } from './context.js';

// ---------- acronyms ----------

export function acronyms(ctx: Ctx, lo: number, hi: number): void {
  const { a, lex } = ctx;
  // A shouted line (headline or dateline in capitals) proves nothing.
  const words = a.tokens.slice(lo, hi).filter((t) => t.word && /\p{L}/u.test(t.text));
  const caps = words.filter((t) => !/\p{Ll}/u.test(t.text)).length;
  if (words.length >= 3 && caps / words.length > 0.6) return;
  for (let i = lo; i < hi; i++) {
    const t = a.tokens[i];
    if (!isAllCaps(t) || !ctx.ok[i]) continue;
    if (lex.acronymStop.has(t.text) || lex.acronymStop.has(t.text.replace(/\./g, ''))) continue;
    if (lex.places.has(t.lower) || lex.known.has(t.text)) continue;
    if (/^[IVXLCDM]+$/.test(t.text)) continue;
    if (!/^[\p{Lu}&.\-]+$/u.test(t.text) || acronymKey(t.text).length < 2 || acronymKey(t.text).length > 6) continue;
    // Tickers ("Nasdaq: VRTN", "HBC.N"), currency codes glued to numbers ("GH¢38"), datelines ("COLUMBUS, Ohio").
    const after = a.text.slice(t.end, t.end + 2);
    if (/^[^\s,.;:)'’"\-–—]/u.test(after) || /^\.[A-Z]/.test(after)) continue;
    if (a.tokens[i - 1] && a.tokens[i - 1].end === t.start && !a.tokens[i - 1].word && a.tokens[i - 1].text !== '(') continue;
    if (isByline(a, lo)) continue;
    if (a.tokens[i - 1]?.text === ':' || (t.first && /^[,(]/.test(a.text.slice(t.end).trimStart()))) continue;
    // Part of a run of capitals ("NEW YORK", "PT PLN") is handled elsewhere.
    const prev = a.tokens[i - 1];
    const next = a.tokens[i + 1];
    if ((prev && i - 1 >= lo && isAllCaps(prev) && !lex.prefixes.has(prev.text)) || (next && i + 1 < hi && isAllCaps(next))) continue;
    // A lone line of one word (a menu entry) is no evidence.
    if (hi - lo === 1) continue;
    add(ctx, i, i, 'acronym', { name: t.text });
  }
}
// ---------- acronyms in parentheses ----------

/** "People's Liberation Army (PLA)" and "PLA (People's Liberation Army)": one organization. */
export function parentheses(ctx: Ctx): void {
  const { a, lex } = ctx;
  const toks = a.tokens;
  for (let i = 1; i < toks.length; i++) {
    if (toks[i].text !== '(' || !ctx.ok[i]) continue;
    let close = i + 1;
    while (close < toks.length && close < i + 14 && toks[close].text !== ')' && toks[close].sentence === toks[i].sentence) close++;
    if (toks[close]?.text !== ')' || close === i + 1) continue;
    const inside = toks.slice(i + 1, close);
    // Name (ACR)
    if (inside.length === 1 && looksLikeAcronym(inside[0].text) && !lex.acronymStop.has(inside[0].text) && !lex.places.has(inside[0].lower)) {
      const acr = inside[0].text;
      const before = ctx.out.filter((c) => c.to === i - 1 && !c.acronym && c.evidence !== 'acronym' && c.evidence !== 'bare');
      let owner: OrgCandidate | null = before.sort((x, y) => x.from - y.from)[0] ?? null;
      if (!owner) {
        // A capitalized run explained by the acronym ("Syndicat des Pilotes Réunis (SPR)").
        let j = i - 1;
        let from = i;
        while (j >= 0 && toks[j].sentence === toks[i].sentence) {
          const t = toks[j];
          if (isCap(t) && !isTitle(lex, t) && !(t.first && isFunctionWord(t)) && t.lower !== 'the') from = j;
          else if ((INNER_CONNECTORS.has(t.lower) || OF_CONNECTORS.has(t.lower) || t.lower === 'the' && OF_CONNECTORS.has(toks[j - 1]?.lower ?? '')) && isCap(toks[j - 1])) { j--; continue; }
          else break;
          j--;
        }
        if (from < i) {
          // Trim to the words the initials cover, from the right.
          let best = -1;
          for (let s = i - 1; s >= from; s--) {
            if (!isCap(toks[s])) continue;
            if (acronymMatches(acr, a.text.slice(toks[s].start, toks[i - 1].end), true)) best = s;
          }
          const partyAfter = toks[close + 1]?.lower === 'party';
          if (best < 0 && partyAfter) best = from;
          if (best >= 0) {
            const words = toks.slice(best, i).filter((t) => t.word);
            if (!(words.length === 1 && words[0].tags.has('Person')) && !words.every((t) => isPlaceWord(lex, t))) {
              owner = add(ctx, best, i - 1, 'paren');
            }
          }
        }
      }
      if (owner) {
        // "Japan Aerospace Exploration Agency (JAXA)": the initials include the national prefix,
        // so the prefix is part of the official name.
        const written = owner.text.replace(/^the\s+/i, '').replace(/[\s,;:]+$/, '');
        const k = acronymKey(acr);
        if (written !== owner.name && written.endsWith(owner.name) && k[0] === acronymKey(written[0]) && k[0] !== acronymKey(owner.name[0] ?? '')) {
          owner.forms.push(owner.name);
          owner.name = written;
        }
        owner.acronym = acr;
        owner.evidence = owner.evidence === 'bare' ? 'paren' : owner.evidence;
        // The acronym inside the parentheses is a mention of the same organization.
        for (const c of ctx.out) if (c.from === i + 1 && c.to === i + 1) c.evidence = 'paren';
        ctx.out = ctx.out.filter((c) => !(c.from === i + 1 && c.to === i + 1));
        add(ctx, i + 1, i + 1, 'paren', { name: owner.name, acronym: acr, inner: true, forms: [acr] });
      }
      continue;
    }
    // ACR (Name)
    const prev = toks[i - 1];
    if (looksLikeAcronym(prev.text) && !lex.acronymStop.has(prev.text) && isCap(inside[0])) {
      const name = a.text.slice(inside[0].start, inside[inside.length - 1].end);
      const hasHead = inside.some((t) => isHead(lex, t) || lex.ofHeads.has(t.text));
      if (!hasHead && !acronymMatches(prev.text, name, true)) continue;
      if (!inside.every((t) => t.word || t.text === "'s" || t.text === '’s' || t.text === '&' || t.text === '-')) continue;
      ctx.out = ctx.out.filter((c) => !(c.from > i && c.to < close) && !(c.from === i - 1 && c.to === i - 1));
      const owner = add(ctx, i + 1, close - 1, 'paren', { acronym: prev.text, inner: true });
      if (owner) add(ctx, i - 1, i - 1, 'paren', { name: owner.name, acronym: prev.text, forms: [prev.text] });
    }
  }
}

/** "France's civil aviation authority, the DGAC": a descriptive name followed by the name it describes. */
export function appositives(ctx: Ctx): void {
  const { a } = ctx;
  for (const c of ctx.out) {
    if (c.evidence !== 'descriptive') continue;
    let k = c.to + 1;
    if (a.tokens[k]?.text !== ',' && a.tokens[k]?.text !== '(') continue;
    k++;
    if (a.tokens[k]?.lower === 'the') k++;
    const d = ctx.out.find((x) => x.from === k && x.evidence !== 'descriptive' && x.evidence !== 'bare');
    if (!d) continue;
    c.forms.push(c.name);
    c.name = d.name;
    if (d.acronym) c.acronym = d.acronym;
  }
}

/** "the U.N. Office for the Coordination of Humanitarian Affairs, or OCHA". */
export function orAcronyms(ctx: Ctx): void {
  const toks = ctx.a.tokens;
  for (let i = 2; i + 2 < toks.length; i++) {
    if (toks[i].text !== ',' || toks[i + 1].lower !== 'or' || !looksLikeAcronym(toks[i + 2].text)) continue;
    const acr = toks[i + 2].text;
    const owner = ctx.out.find((c) => c.to === i - 1 && !c.acronym && c.evidence !== 'acronym' && c.evidence !== 'bare' && acronymMatches(acr, c.name, true));
    if (!owner) continue;
    owner.acronym = acr;
    ctx.out = ctx.out.filter((c) => !(c.from === i + 2 && c.to === i + 2));
    add(ctx, i + 2, i + 2, 'paren', { name: owner.name, acronym: acr, forms: [acr] });
  }
}
