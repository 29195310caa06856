// Names introduced by lower-case words: descriptive names after a national prefix ("China's
// defence ministry"), proper names with a lower-case head ("Xinhua news agency"), names after a
// descriptor noun ("pollster Datafolha"), credits in datelines ("(AFP)").
import { type Ctx, DASHES, INNER_CONNECTORS, add, isAllCaps, isCap, isFunctionWord, isPlaceWord, isTitle, phrasesEndingWith, phrasesStartingWith } from './context.js';

// ---------- descriptive lower-case names ----------

/** "China's defence ministry", "the Chinese foreign ministry", "Yemen's central bank". */
export function descriptive(ctx: Ctx, lo: number, hi: number): void {
  const { a, lex } = ctx;
  for (let i = lo; i < hi; i++) {
    for (const head of phrasesStartingWith(lex.descriptiveHeads, a.tokens[i].lower)) {
      const end = i + head.length - 1;
      if (end >= hi) continue;
      if (!head.every((w, k) => a.tokens[i + k].lower === w && !a.tokens[i + k].upper)) continue;
      // Domain words before the head ("defence", "foreign affairs", "mines and energy").
      let from = i;
      if (head.length === 1 && (head[0] === 'ministry' || head[0] === 'department')) {
        for (let n = 3; n >= 1; n--) {
          const s = i - n;
          if (s < lo) continue;
          const phrase = a.tokens.slice(s, i).map((t) => t.lower).join(' ');
          if (lex.ministryDomains.has(phrase) && a.tokens.slice(s, i).every((t) => !t.upper)) {
            from = s;
            break;
          }
        }
        if (from === i) continue;
      }
      const phrase = a.tokens.slice(from, end + 1).map((t) => t.lower).join(' ');
      // What comes before: a country's possessive, a nationality, a country, or "the".
      const p = a.tokens[from - 1];
      const pp = a.tokens[from - 2];
      let prefixFrom = -1;
      let country: string | undefined;
      if (p && p.lower === "'s" && pp && (lex.countries.has(pp.lower) || lex.places.has(pp.lower))) {
        prefixFrom = from - 2;
        country = lex.countryOf.get(pp.lower);
      } else if (p && p.lower === "'s" && pp && head[0] !== 'ministry' && (lex.standalone.has(pp.lower) || lex.heads.has(pp.text) || isAllCaps(pp))) {
        // "parliament's public health committee", "GMP's economic crime unit".
        prefixFrom = from - 2;
      } else if (p && isCap(p) && (lex.nationalities.has(p.lower) || lex.countries.has(p.lower)) && !lex.supranational.has(p.lower)) {
        prefixFrom = from - 1;
        country = lex.countryOf.get(p.lower);
      } else if (p && p.lower === 'the' && lex.bareDescriptive.has(phrase)) prefixFrom = from;
      if (prefixFrom < 0 || prefixFrom < lo) continue;
      if (!lex.bareDescriptive.has(phrase) && head.length === 1 && head[0] !== 'ministry') continue;
      if (!lex.bareDescriptive.has(phrase) && !(head[0] === 'ministry' || head.length > 1)) continue;
      // Not followed by a capitalized name it describes ("the defence ministry Spokesman ...") — fine either way.
      const full = a.text.slice(a.tokens[prefixFrom].start, a.tokens[end].end);
      add(ctx, from, end, 'descriptive', { name: phrase, country, forms: [full, a.text.slice(a.tokens[from].start, a.tokens[end].end)] });
      i = end;
      break;
    }
  }
}

/** "Xinhua news agency", "Houthi movement", "Law and Justice party": a proper name and a lower-case head. */
export function lowerHeads(ctx: Ctx, lo: number, hi: number): void {
  const { a, lex } = ctx;
  for (let i = lo + 1; i < hi; i++) {
    for (const head of phrasesStartingWith(lex.lowerHeads, a.tokens[i].lower)) {
      const end = i + head.length - 1;
      if (end >= hi || !head.every((w, k) => a.tokens[i + k].lower === w && !a.tokens[i + k].upper)) continue;
      let j = i - 1;
      // "Law and Justice (PiS) party": skip the acronym in parentheses.
      if (a.tokens[j]?.text === ')' && a.tokens[j - 2]?.text === '(') j -= 3;
      const nameEnd = j;
      if (j < lo || !isCap(a.tokens[j])) continue;
      while (j - 1 >= lo && (isCap(a.tokens[j - 1]) || (INNER_CONNECTORS.has(a.tokens[j - 1].lower) && isCap(a.tokens[j - 2])))) j--;
      while (j <= nameEnd && (a.tokens[j].lower === 'the' || (isFunctionWord(a.tokens[j]) && a.tokens[j].first) || isTitle(lex, a.tokens[j]))) j++;
      if (j > nameEnd) continue;
      const toks = a.tokens.slice(j, nameEnd + 1).filter((t) => t.word);
      if (toks.every((t) => isPlaceWord(lex, t)) || toks.some((t) => t.tags.has('Person') && !t.tags.has('Organization'))) continue;
      if (toks.some((t) => lex.heads.has(t.text))) continue; // a head-driven name already
      const nameText = a.text.slice(a.tokens[j].start, a.tokens[nameEnd].end);
      if (head[0] === 'news' || head[0] === 'radio' || head[0] === 'television') add(ctx, j, end, 'lowerHead', { name: a.text.slice(a.tokens[j].start, a.tokens[end].end), forms: [nameText] });
      else add(ctx, j, nameEnd, 'lowerHead', { forms: [a.text.slice(a.tokens[j].start, a.tokens[end].end)] });
    }
  }
}

/** A capitalized name starting at `from`: up to four words with inner "and"/"&", no title. */
export function nameRun(ctx: Ctx, from: number, hi: number, company = false): number {
  const { a, lex } = ctx;
  const t = a.tokens[from];
  if (!isCap(t) || t.tags.has('Honorific') || isTitle(lex, t)) return -1;
  // A given name starts a person's name, except after a noun that never describes a person ("carrier Blue Heron").
  if (t.tags.has('FirstName') && !(company && isCap(a.tokens[from + 1]) && !isTitle(lex, a.tokens[from + 1]))) return -1;
  let j = from;
  while (j + 1 < hi && (isCap(a.tokens[j + 1]) || (INNER_CONNECTORS.has(a.tokens[j + 1].lower) && isCap(a.tokens[j + 2]))) && !isTitle(lex, a.tokens[j + 1])) j++;
  const toks = a.tokens.slice(from, j + 1).filter((x) => x.word);
  if (toks.length > 4 || toks.every((x) => isPlaceWord(lex, x))) return -1;
  if (toks.some((x) => lex.heads.has(x.text) || lex.suffixes.has(x.text))) return -1; // a head-driven name already
  if (toks.length >= 2 && toks.every((x) => x.tags.has('Person')) && !company) return -1;
  if (toks.length === 1 && toks[0].tags.has('Person') && !toks[0].tags.has('Organization')) return -1;
  return j;
}

/** "pollster Datafolha", "Porto-based Atlantica Charter", "data from Dealogic", "a Datafolha survey". */
export function descriptors(ctx: Ctx, lo: number, hi: number): void {
  const { a, lex } = ctx;
  for (let i = lo; i + 1 < hi; i++) {
    const d = a.tokens[i];
    let from = -1;
    let company = false;
    if (!d.upper && lex.lowerDescriptors.has(d.lower)) {
      from = i + 1;
      company = lex.companyDescriptors.has(d.lower);
    } else if (/^\p{Lu}[\p{L}.\-]*-based$/u.test(d.text)) {
      from = i + 1;
      // "Dakar-based (polling) institute Sondage Atlas": the kind of organization comes between.
      for (let k = 0; k < 2; k++) {
        const w = a.tokens[from + k];
        if (!w || w.upper || !w.word) break;
        if (lex.lowerDescriptors.has(w.lower)) {
          from = from + k + 1;
          company = lex.companyDescriptors.has(w.lower);
          break;
        }
      }
    }
    else {
      for (const src of phrasesEndingWith(lex.sourceNouns, d.lower)) {
        const s = i - src.length + 1;
        if (s < lo || !src.every((w, k) => a.tokens[s + k].lower === w)) continue;
        const by = a.tokens[i + 1];
        if (by && (by.lower === 'from' || by.lower === 'by')) from = i + 2;
      }
    }
    if (from < 0 || from >= hi) {
      // "a Datafolha survey": a single unknown name between an article and a product noun.
      const n = a.tokens[i + 1];
      const after = a.tokens[i + 2];
      if ((d.lower === 'a' || d.lower === 'an') && isCap(n) && after && lex.productNouns.has(after.lower) && !isPlaceWord(lex, n) && !n.tags.has('Person')) {
        if (nameRun(ctx, i + 1, i + 2) === i + 1) add(ctx, i + 1, i + 1, 'descriptor');
      }
      continue;
    }
    const j = nameRun(ctx, from, hi, company);
    if (j < 0) continue;
    add(ctx, from, j, 'descriptor');
    i = j;
  }
}

/** "ISTANBUL (AA) -", "Strasbourg (AFP) -": the credit of a dateline is a news agency. */
export function credits(ctx: Ctx, lo: number, hi: number): void {
  const { a } = ctx;
  for (let i = lo; i < Math.min(hi, lo + 6); i++) {
    if (a.tokens[i].text !== '(') continue;
    let j = i + 1;
    while (j < hi && j < i + 5 && a.tokens[j].text !== ')') j++;
    if (j >= hi || a.tokens[j].text !== ')' || j === i + 1) return;
    if (!DASHES.has(a.tokens[j + 1]?.text ?? '')) return;
    const inner = a.tokens.slice(i + 1, j);
    if (!inner.every((t) => t.word || t.text === '-') || !inner[0].upper && inner[0].lower !== 'dpa') return;
    if (inner.some((t) => ctx.lex.places.has(t.lower))) return;
    add(ctx, i + 1, j - 1, 'credit', { name: a.text.slice(inner[0].start, inner[inner.length - 1].end) });
    return;
  }
}
