// Head-driven names: a run of capitalized words ending in an organization head or legal suffix
// ("Mizuho Bank", "Corvell Inc."), extended left over its modifiers and right over an "of"
// complement ("Ministry of Defense").
import type { Token } from '../../analysis/analyze.js';
import { genericWord } from './cues.js';
import { titleLexicon } from '../../lexicon/titles.js';
import { type Ctx, INNER_CONNECTORS, OF_CONNECTORS, ORDINAL, TITLE_AFTER, add, isAllCaps, isByline, isCap, isDistrict, isFunctionWord, isHead, isPlaceWord, isShout, isTitle } from './context.js';

// ---------- head-driven names ----------

/** Extends a name left of token `i` over capitalized words, inner "and"/"&", and internal possessives. */
export function extendLeft(ctx: Ctx, i: number, lo: number): number {
  const { a, lex } = ctx;
  let from = i;
  let j = i - 1;
  while (j >= lo) {
    const t = a.tokens[j];
    if (isCap(t)) {
      if (t.lower === 'the' || isFunctionWord(t) && t.first) break;
      // A title right before the head is part of the name ("Premier League", "Justice Department").
      if (isTitle(lex, t) && !(j === i - 1 && from === i)) break;
      if (t.tags.has('Possessive') && a.tokens[j + 1]?.lower === "'s") break;
      if (/-(based|led|backed|owned|born|run|listed|registered|headquartered)$/i.test(t.text)) break;
      // A byline in capitals ("MARISOL VEGA-ARANDA Associated Press").
      if (isShout(t) && (isShout(a.tokens[j - 1]) || isShout(a.tokens[j + 1]) && j + 1 < from)) break;
      if (isShout(t) && isShout(a.tokens[j - 1])) break;
      if (isShout(t) && isByline(a, lo)) break;
      from = j;
      j--;
      continue;
    }
    if (ORDINAL.test(t.text) && j === from - 1) {
      from = j;
      j--;
      continue;
    }
    // "3rd District Court": the tokenizer splits "3" and "rd".
    if (/^(st|nd|rd|th)$/.test(t.text) && j === from - 1 && /^\d+$/.test(a.tokens[j - 1]?.text ?? '') && a.tokens[j - 1].end === t.start && j - 1 >= lo) {
      from = j - 1;
      j -= 2;
      continue;
    }
    // "Mizuho Bank and MUFG Bank" are two banks; "U.S. Securities and Exchange Commission" is one body.
    const before = a.tokens[j - 1];
    const closed = (isHead(lex, before) || isDistrict(ctx, j - 1)) && isCap(a.tokens[j - 2]) && j - 2 >= lo && !isPlaceWord(lex, a.tokens[j - 2]) && !isAllCaps(a.tokens[j - 2]);
    if (INNER_CONNECTORS.has(t.lower) && isCap(before) && j - 1 >= lo && !isTitle(lex, before) && !closed && !(t.lower === 'and' && isAllCaps(a.tokens[j + 1])) && !personBefore(ctx, j - 1, lo)) {
      from = j - 1;
      j -= 2;
      continue;
    }
    if ((t.lower === "'s") && j - 1 >= lo && lex.possessiveInternal.has(a.tokens[j - 1].lower) && a.tokens[j - 1].end === t.start) {
      from = j - 1;
      j -= 2;
      continue;
    }
    if ((t.text === "'" || t.text === '’') && j - 1 >= lo && isCap(a.tokens[j - 1]) && /s$/i.test(a.tokens[j - 1].text) && a.tokens[j - 1].end === t.start) {
      from = j - 1;
      j -= 2;
      continue;
    }
    break;
  }
  return from;
}

const FIRM_PARTNERS = new Set(['Partners', 'Co', 'Co.', 'Company', 'Sons', 'Associates', 'Brothers', 'Bros', 'Bros.']);

/** "Mayor Linda Thompson and City Council": the capitalized run ending at `k` is a person's name
 * or a title, which a name does not extend over. */
export function personBefore(ctx: Ctx, k: number, lo: number): boolean {
  const { a, lex } = ctx;
  // Firms named after their founders: "David Rubin & Partners", "Morgan Stanley and Co".
  if (FIRM_PARTNERS.has(a.tokens[k + 2]?.text ?? '') && INNER_CONNECTORS.has(a.tokens[k + 1]?.lower ?? '')) return false;
  const tl = titleLexicon();
  let from = k;
  while (from - 1 >= lo && isCap(a.tokens[from - 1]) && a.tokens[from - 1].lower !== 'the') from--;
  const run = a.tokens.slice(from, k + 1);
  const titled = (x: Token) => isTitle(lex, x) || tl.heads.has(x.lower) || tl.honorifics.has(x.lower.replace(/\.$/, ''));
  // A title right before the words that would join ("Mayor Linda Thompson and ..."), or a title itself.
  if (run.some(titled)) return true;
  // An occupation right before them ("analyst Priya Nandi and ...").
  const p = a.tokens[from - 1];
  if (p && p.sentence === a.tokens[k].sentence && p.word && !p.upper && (tl.heads.has(p.lower) || lex.employerRoles.has(p.lower))) return true;
  const words = run;
  const org = (x: Token) => x.tags.has('Organization') || lex.heads.has(x.text) || lex.suffixes.has(x.text);
  if (words.some(org)) return false;
  return words.length >= 2 && words[0].tags.has('FirstName') && words[words.length - 1].tags.has('Person');
}

/** Extends over an "of X" complement: capitalized words with inner "and", "of", "the". Returns the last token or -1. */
export function complement(ctx: Ctx, k: number, hi: number): number {
  const { a, lex } = ctx;
  let j = k;
  if (a.tokens[j]?.lower === 'the') j++;
  if (j >= hi || !isCap(a.tokens[j]) || isTitle(lex, a.tokens[j])) return -1;
  if (a.tokens[j].tags.has('Date') || a.tokens[j].tags.has('Month') || a.tokens[j].tags.has('WeekDay')) return -1;
  let last = -1;
  while (j < hi) {
    const t = a.tokens[j];
    if (t.tags.has('Date') || t.tags.has('Month') || t.tags.has('WeekDay')) break;
    if (isCap(t) && !isTitle(lex, t) && !(t.tags.has('Person') && !t.tags.has('Place') && !t.tags.has('Organization') && !isHead(lex, t) && isCap(a.tokens[j + 1]))) {
      last = j;
      j++;
      continue;
    }
    if (ORDINAL.test(t.text) || /^\d+$/.test(t.text) && last === j - 1 && false) break;
    if ((INNER_CONNECTORS.has(t.lower) || t.lower === 'of') && last === j - 1) {
      let n = j + 1;
      if (a.tokens[n]?.lower === 'the' && t.lower === 'of') n++;
      if (isCap(a.tokens[n]) && !isTitle(lex, a.tokens[n])) {
        j = n;
        continue;
      }
      break;
    }
    if (t.lower === 'in' && last === j - 1 && a.tokens[j + 1]?.lower === 'the' && isCap(a.tokens[j + 2])) {
      j += 2;
      continue;
    }
    break;
  }
  return last;
}

export function headSpans(ctx: Ctx, lo: number, hi: number): void {
  const { a, lex } = ctx;
  for (let i = lo; i < hi; i++) {
    const t = a.tokens[i];
    if (!ctx.ok[i] || !(isCap(t) || (lex.suffixes.has(t.text) && isCap(a.tokens[i - 1])))) continue;
    const strong = (isHead(lex, t) || isDistrict(ctx, i)) && !(TITLE_AFTER.has(a.tokens[i + 1]?.text ?? '') && !lex.suffixes.has(t.text));
    const nx = a.tokens[i + 1]?.lower ?? '';
    const ofHead = (lex.ofHeads.has(t.text) && OF_CONNECTORS.has(nx) && nx !== 'on') || (nx === 'on' && lex.onHeads.has(t.text));
    const prefix = lex.prefixes.has(t.text) && isCap(a.tokens[i + 1]) && !isHead(lex, a.tokens[i + 1]) && a.tokens[i + 1].start === t.end + 1 && (i === lo || !isCap(a.tokens[i - 1]));
    const standalone = lex.standalone.has(t.lower) && !isCap(a.tokens[i - 1]) && !isCap(a.tokens[i + 1]);
    if (standalone && !strong && !ofHead) {
      add(ctx, i, i, 'bare');
      continue;
    }
    // "ArianeGroup", "SoftBank": one word whose last capitalized part is a head.
    const camel = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u.exec(t.text) && /\p{Lu}\p{Ll}+$/u.exec(t.text);
    if (!strong && !ofHead && !prefix && camel && lex.heads.has(camel[0]) && !isCap(a.tokens[i + 1])) {
      add(ctx, i, i, 'head');
      continue;
    }
    if (!strong && !ofHead && !prefix) continue;
    let from = extendLeft(ctx, i, lo);
    let to = i;
    let sawComplement = false;
    if (prefix) {
      // "PT Pertamina", "PT Bank Sinar Jaya Tbk": the name runs over the capitalized words after it.
      to = i + 1;
      while (to + 1 < hi && (isCap(a.tokens[to + 1]) || isAllCaps(a.tokens[to + 1])) && !isTitle(lex, a.tokens[to + 1])) to++;
    }
    // Chains of heads and suffixes ("Group Corp", "Commission Office"), complements ("of Japan").
    for (;;) {
      const n = a.tokens[to + 1];
      if (to + 1 < hi && (isCap(n) || lex.suffixes.has(n.text)) && isHead(lex, n) && !TITLE_AFTER.has(a.tokens[to + 2]?.text ?? '')) {
        to++;
        continue;
      }
      // "Millbrook Unified School District (11)": a district of schools, water, fire... is a body.
      if (to + 1 < hi && isDistrict(ctx, to + 1)) {
        to++;
        if (/^\d{1,3}$/.test(a.tokens[to + 1]?.text ?? '') && to + 1 < hi) to++;
        continue;
      }
      // "Co., Ltd.", "Holdings, Inc.": a legal suffix after a comma continues the name.
      if (isHead(lex, a.tokens[to])) {
        let k = to + 1;
        if (a.tokens[k]?.text === '.' && a.tokens[to].dot) k++;
        if (a.tokens[k]?.text === ',' && k + 1 < hi && lex.suffixes.has(a.tokens[k + 1].text) && /^\p{Lu}/u.test(a.tokens[k + 1].text) && !TITLE_AFTER.has(a.tokens[k + 2]?.text ?? '')) {
          to = k + 1;
          continue;
        }
      }
      const connects = n && (n.lower === 'on' ? lex.onHeads.has(a.tokens[to].text) : OF_CONNECTORS.has(n.lower) && lex.ofHeads.has(a.tokens[to].text));
      if (to + 1 < hi && connects) {
        const last = complement(ctx, to + 2, hi);
        if (last >= 0) {
          const innerFrom = to + 2 + (a.tokens[to + 2].lower === 'the' ? 1 : 0);
          innerOrgs(ctx, innerFrom, last);
          to = last;
          sawComplement = true;
          continue;
        }
      }
      break;
    }
    // "Regional Heart Institute West": a compass word that ends the name.
    if (isCap(a.tokens[to + 1]) && to + 1 < hi && lex.compass.has(a.tokens[to + 1].text) && !isCap(a.tokens[to + 2]) && isHead(lex, a.tokens[to])) to++;
    // "Bank Indonesia": a head followed by a single place name that ends the name.
    if (!sawComplement && to === i && isCap(a.tokens[to + 1]) && to + 1 < hi && lex.countries.has(a.tokens[to + 1].lower) && !isCap(a.tokens[to + 2]) && from === i) to++;
    const words = a.tokens.slice(from, to + 1).filter((x) => x.word);
    const headTok = a.tokens[to];
    if (words.length === 1) {
      // A lone head ("Commission", "Parliament"): a short form of a fuller name, or a standalone institution.
      // Not a head inside a capitalized compound ("Bank Rate", "Bank Holiday"): that is no mention of a bank.
      const nx = a.tokens[to + 1];
      // It stays a candidate over the whole compound, which keeps a person's name out of it ("City Hall").
      const compound = !lex.standalone.has(t.lower) && isCap(nx) && nx.sentence === t.sentence && !isTitle(lex, nx) && !titleLexicon().heads.has(nx.lower) && !isHead(lex, nx) &&
        !nx.tags.has('Person') && (lex.compoundTails.has(nx.lower) || genericWord(nx.lower));
      if (compound) add(ctx, from, to + 1, 'bare');
      else if (lex.standalone.has(t.lower) || lex.heads.has(t.text)) add(ctx, from, to, 'bare');
      i = to;
      continue;
    }
    // A legal suffix needs a name before it; "Co" after a lone place is no company.
    const nonPlace = words.filter((w) => !isPlaceWord(lex, w) && !lex.heads.has(w.text) && !lex.suffixes.has(w.text));
    const onlyHeads = words.every((w) => lex.heads.has(w.text) || lex.suffixes.has(w.text));
    const clubCity = lex.clubHeads.has(headTok.text) && words.length >= 2 && !lex.places.has(words.map((w) => w.lower).join(' '));
    const headCount = words.filter((w) => lex.heads.has(w.text) || lex.suffixes.has(w.text)).length;
    if (!sawComplement && nonPlace.length === 0 && headCount === 1 && !onlyHeads && !clubCity && !lex.standalone.has(words[words.length - 1].lower)) {
      // "Chinese Army", "Japanese Navy": a national prefix before a lone head.
      if (words.length === 2 && isPlaceWord(lex, words[0]) && lex.ofHeads.has(headTok.text)) add(ctx, from, to, 'head');
      i = to;
      continue;
    }
    if (!sawComplement && !strong && !prefix && !isHead(lex, headTok)) { i = to; continue; }
    if (sawComplement && lex.weakOfHeads.has(t.text) && from === i && words.length <= 2) { i = to; continue; }
    add(ctx, from, to, sawComplement ? 'of' : 'head');
    i = to;
  }
}

/** Organizations inside a complement ("General Staff of the People's Liberation Army"). */
export function innerOrgs(ctx: Ctx, from: number, to: number): void {
  const { a, lex } = ctx;
  for (let j = to; j >= from; j--) {
    if (lex.ofHeads.has(a.tokens[j].text) && lex.heads.has(a.tokens[j].text)) {
      const l = extendLeft(ctx, j, from);
      if (l < j) {
        const c = add(ctx, l, j, 'head', { inner: true });
        if (c) c.inner = true;
      }
      return;
    }
  }
}
