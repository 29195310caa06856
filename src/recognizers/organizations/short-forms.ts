// Resolving overlaps, then finding the short forms of the names kept ("Corvell" for "Corvell
// Inc.") and the other mentions of names found by their context.
import nlp from 'compromise/two';
import { tokenAt } from '../../analysis/analyze.js';
import type { OrgCandidate, OrgEvidence } from './candidate.js';
import { withoutLegalForm } from './names.js';
import { personLike } from './cues.js';
import { type Ctx, isCap } from './context.js';

// ---------- overlaps and short forms ----------

export const RANK: Record<OrgEvidence, number> = {
  paren: 9, of: 8, head: 7, known: 7, lowerHead: 6, descriptive: 5, credit: 5, descriptor: 4, cue: 4, model: 4, acronym: 3, short: 2, bare: 1,
};

export function resolveOverlaps(cands: OrgCandidate[]): OrgCandidate[] {
  const sorted = [...cands].sort((x, y) => (y.end - y.start) - (x.end - x.start) || RANK[y.evidence] - RANK[x.evidence]);
  const kept: OrgCandidate[] = [];
  for (const c of sorted) {
    const clash = kept.find((k) => c.start < k.end && k.start < c.end);
    if (!clash) { kept.push(c); continue; }
    const inside = c.start >= clash.start && c.end <= clash.end;
    if (c.inner && inside && !kept.some((k) => k.start === c.start && k.end === c.end)) kept.push(c);
  }
  return kept;
}

export const COMPANY_HEADS = new Set(['Group', 'Holdings', 'Bancorp', 'Partners', 'Capital', 'Securities', 'Resources', 'Industries', 'Pictures', 'Films', 'Biologics', 'Management', 'Rovers', 'United', 'Wanderers', 'Athletic', 'Banking', 'Bank']);

/** Later short forms of a company name ("Corvell" for "Corvell Inc.", "Eastgate" for "Eastgate Bancorp Inc."). */
export function shortForms(ctx: Ctx, kept: OrgCandidate[]): OrgCandidate[] {
  const { a, lex } = ctx;
  const forms = new Map<string, OrgCandidate>();
  for (const c of kept) {
    if (c.evidence !== 'head' && c.evidence !== 'paren' && c.evidence !== 'descriptor') continue;
    const words = c.name.split(/\s+/);
    const last = words[words.length - 1].replace(/\.$/, '');
    const legal = lex.suffixes.has(last) || COMPANY_HEADS.has(last);
    if (!legal) continue;
    const base = withoutLegalForm(c.name);
    const bw = base.split(/\s+/);
    const options = new Set<string>();
    if (bw.length >= 1 && base !== c.name) options.add(base);
    // Drop company heads from the end too: "SoftBank Group" -> "SoftBank", "Granite Mining" -> "Granite".
    let k = bw.length;
    while (k > 1 && (COMPANY_HEADS.has(bw[k - 1]) || lex.heads.has(bw[k - 1]))) k--;
    if (k < bw.length) options.add(bw.slice(0, k).join(' '));
    for (const o of options) {
      const ow = o.split(/\s+/);
      if (ow.length === 1) {
        const w = ow[0].toLowerCase();
        if (lex.places.has(w) || lex.nationalities.has(w) || lex.heads.has(ow[0]) || lex.titles.has(ow[0])) continue;
        if (isCommonWord(w)) continue;
      }
      if (!forms.has(o)) forms.set(o, c);
    }
  }
  const out: OrgCandidate[] = [];
  for (const [form, owner] of forms) {
    for (const { start, end, from, to } of freeOccurrences(ctx, form, '', [kept, out])) {
      // Not part of a longer capitalized name ("Granite Bay").
      if (isCap(a.tokens[to + 1]) && a.tokens[to + 1].sentence === a.tokens[to].sentence) continue;
      out.push({ text: form, start, end, sentence: a.tokens[from].sentence, from, to, name: owner.name, evidence: 'short', forms: [form] });
    }
  }
  return out;
}

/**
 * Whole-token occurrences of `form` in the text that no candidate in `taken` overlaps and whose
 * first token may start an organization. `boundary` adds characters that may not touch the form.
 * `taken` is read as the caller fills it, so two occurrences never overlap each other either.
 */
export function* freeOccurrences(ctx: Ctx, form: string, boundary: string, taken: OrgCandidate[][]): Generator<{ start: number; end: number; from: number; to: number }> {
  const { a } = ctx;
  const edge = `[\\p{L}\\p{N}${boundary}]`;
  const re = new RegExp(`(?<!${edge})${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!${edge})`, 'gu');
  for (const m of a.text.matchAll(re)) {
    const start = m.index ?? 0;
    const end = start + form.length;
    if (taken.some((list) => list.some((c) => start < c.end && c.start < end))) continue;
    // Binary searches, not scans: a long article has many tokens and many occurrences.
    const from = tokenAt(a, start);
    const to = tokenAt(a, end - 1);
    if (a.tokens[from]?.start !== start || a.tokens[to]?.end !== end || !ctx.ok[from]) continue;
    yield { start, end, from, to };
  }
}

/** "Granite shares" with "Granite Ridge Ltd" in the article, "Comelec said" with "Commission on Elections":
 * a name found by its context that starts, or abbreviates, exactly one fuller name is a short form of it. */
export function joinCuesToFullNames(kept: OrgCandidate[]): void {
  const full = [...new Set(kept.filter((c) => c.evidence !== 'cue' && c.evidence !== 'bare' && c.evidence !== 'acronym').map((c) => c.name))];
  for (const c of kept) {
    if (c.evidence !== 'cue') continue;
    const within = (n: string) => ` ${n.replace(/[,]/g, '')} `.includes(` ${c.name} `);
    const owners = full.filter((n) => n !== c.name && (within(n) || syllabic(c.name, n)));
    // "Granite Ridge" and "Granite Ridge Ltd" are one name.
    const longest = owners.sort((x, y) => y.length - x.length)[0];
    if (!longest || !owners.every((n) => longest.startsWith(n))) continue;
    c.forms.push(c.name);
    c.name = longest;
  }
}

/** "Comelec" for "Commission on Elections", "Fedex" for "Federal Express": the beginnings of the name's words. */
export function syllabic(short: string, name: string): boolean {
  if (/\s/.test(short) || short.length < 4) return false;
  const s = short.toLowerCase();
  const words = name.toLowerCase().split(/\s+/).filter((w) => !['of', 'on', 'for', 'the', 'and', 'de', 'des', 'du', '&'].includes(w));
  if (words.length < 2) return false;
  const fit = (i: number, w: number): boolean => {
    if (i === s.length) return w === words.length;
    if (w >= words.length) return false;
    for (let n = Math.min(words[w].length, s.length - i); n >= 1; n--) if (words[w].startsWith(s.slice(i, i + n)) && fit(i + n, w + 1)) return true;
    return false;
  };
  return fit(0, 0);
}

/** Other mentions of a name found by its context ("Nordvik" again, "Nordvik's"): the same organization. */
export function cueMentions(ctx: Ctx, kept: OrgCandidate[]): OrgCandidate[] {
  const { a } = ctx;
  const out: OrgCandidate[] = [];
  const names = new Map<string, OrgCandidate>();
  for (const c of kept) if (c.evidence === 'cue' && !names.has(c.text)) names.set(c.text.replace(/^the\s+/i, ''), c);
  for (const [form, owner] of names) {
    for (const { start, end, from, to } of freeOccurrences(ctx, form, '&', [kept, out])) {
      // Not part of a longer capitalized name ("Nordvik Bay", "Anna Nordvik").
      const next = a.tokens[to + 1];
      const prev = a.tokens[from - 1];
      if (isCap(next) && next.sentence === a.tokens[to].sentence) continue;
      if (prev && prev.sentence === a.tokens[from].sentence && (isCap(prev) && !(prev.first && prev.lower === 'the') || prev.text === '&')) continue;
      if (personLike(a, ctx.lex, from, to)) continue;
      out.push({ text: form, start, end, sentence: a.tokens[from].sentence, from, to, name: owner.name, evidence: 'cue', forms: [form] });
    }
  }
  return out;
}

/** A word of the language ("air", "standard"), not a distinctive name: compromise knows it. */
export function isCommonWord(w: string): boolean {
  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string> } } }).model().one.lexicon;
  return w in lexicon || ['pacific', 'national', 'royal', 'global', 'central', 'capital', 'city', 'union', 'first', 'new'].includes(w);
}
