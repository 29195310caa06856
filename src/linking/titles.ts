// Which person does a title belong to? The one it grammatically modifies, not the nearest
// name: a pre-name title ("Gen. Kim"), an apposition after the name ("Kang, the defence
// minister") or before it ("Its spokesman, Col. Luo"), or a predicate ("appointed Li as
// defense chief", "Hale was named chief executive", "Ruiz, who is the mayor").
import type { Analysis, Token } from '../analysis/analyze.js';
import type { TitleCandidate, TokenSpan } from '../recognizers/types.js';
import { honorificAt, honorificsBefore, titleLexicon } from '../lexicon/titles.js';

import { SKIPPABLE, skipLeft, skipRight } from '../recognizers/apposition.js';

const APPOINTING_VERBS = new Set(['named', 'appointed', 'elected', 'nominated', 'picked', 'chose', 'tapped', 'promoted', 'promoting', 'promotes', 'elevated', 'installed', 'made', 'hired', 'designated', 'confirmed']);
const PREDICATE_TRIGGERS = new Set(['as', 'named', 'appointed', 'elected', 'became', 'become', 'becomes', 'is', 'was', 'been', 'serves', 'served', 'remains', 'remained', 'promoted', 'nominated', 'confirmed', 'sworn']);
// "Quintero, 61, served as ...": an age between subject and verb is glue too.
const isAge = (x: Token) => /^\d{1,3}$/.test(x.text);
const PREDICATE_GLUE = new Set(['has', 'had', 'have', 'been', 'be', 'will', 'would', 'who', 'to', 'in', ',', 'in', 'later', 'recently', 'formally', 'also', 'then', 'since', 'previously', 'briefly', 'once', 'currently', 'still']);


// "was named to succeed Lennox as chairman": the title after "as" is the subject's, not the predecessor's.
const SUCCEEDING = new Set(['succeed', 'succeeds', 'succeeded', 'succeeding', 'replace', 'replaces', 'replaced', 'replacing']);

// "stepped down as", "resigned as": the title after "as" is one the person held.
const LEAVING = [['stepped', 'down'], ['step', 'down'], ['steps', 'down'], ['resigned'], ['retired'], ['quit'], ['ousted'], ['removed'], ['sacked'], ['fired'], ['dismissed'], ['left']];

/** Index of the token before a leaving verb that ends right before `as` at q, or -1. */
function leavingVerbBefore(t: readonly Token[], q: number, sentence: number): number {
  for (const words of LEAVING) {
    const from = q - words.length;
    if (from >= 0 && t[from].sentence === sentence && words.every((w, i) => t[from + i].lower === w)) return from - 1;
  }
  return -1;
}

export interface Attachment {
  title: TitleCandidate;
  /** Index of the person mention the title is attached to. */
  mention: number;
}

export function attachTitles(a: Analysis, titles: TitleCandidate[], mentions: TokenSpan[]): Attachment[] {
  const t = a.tokens;
  const titleEnding = new Map<number, TitleCandidate>();
  for (const x of titles) titleEnding.set(x.to, x);
  const titleStarts = new Set(titles.map((x) => x.from));
  const titleStarting = new Map(titles.map((x) => [x.from, x]));
  const mentionStarting = new Map<number, number>();
  const mentionEnding = new Map<number, number>();
  mentions.forEach((m, k) => {
    mentionStarting.set(m.from, k);
    mentionEnding.set(m.to, k);
  });
  const titleCovered = new Set<number>();
  for (const x of titles) for (let i = x.from; i <= x.to; i++) titleCovered.add(i);
  /**
   * The sentence's subject, if a person opens it: the first mention of sentence s before token
   * `before`, with nothing ahead of it in the sentence but titles and honorifics.
   */
  const subjectBefore = (s: number, before: number): number | undefined => {
    const first = a.sentences[s]?.from ?? 0;
    let best: number | undefined;
    mentions.forEach((m, k) => {
      if (best !== undefined || t[m.from].sentence !== s || m.from >= before) return;
      for (let i = first; i < m.from; i++) if (!titleCovered.has(i) && !(honorificAt(t, i) > 0) && t[i].text !== '.') return;
      best = k;
    });
    return best;
  };
  const attached = new Map<TitleCandidate, number>();
  const extra: Attachment[] = [];
  const attach = (title: TitleCandidate, k: number) => {
    if (!attached.has(title)) attached.set(title, k);
  };

  mentions.forEach((m, k) => {
    const s = t[m.from].sentence;
    // 1. Pre-name titles, and the chain of titles before them:
    //    "Chinese Defense Minister Gen. Li", "Deputy Chief of General Staff of the Army General Ma".
    // "Principal Secretary Dr Aisha Abdi", "Prime Minister Datuk Seri Hamzah Yusof": honorifics
    // between title and name.
    let p = honorificsBefore(t, m.from) - 1;
    while (p >= 0 && t[p].sentence === s) {
      const title = titleEnding.get(p);
      if (title) {
        attach(title, k);
        // "Senators Ann Cole and Brian Voss": a plural title heads every name of the list.
        if (title.plural && t[m.to + 1]?.lower === 'and') {
          const next = mentionStarting.get(m.to + 2);
          if (next !== undefined) extra.push({ title, mention: next });
        }
        p = title.from - 1;
        continue;
      }
      // Skip an "of/for <Name ...>" complement between two titles, at most a few words.
      let q = p;
      while (q >= 0 && p - q < 8 && t[q].sentence === s && (t[q].upper || ['of', 'for', 'the', "'s", '’s', 'and'].includes(t[q].lower)) && !titleEnding.has(q)) q--;
      if (q >= 0 && q < p && titleEnding.has(q) && ['of', 'for'].includes(t[q + 1].lower)) {
        p = q;
        continue;
      }
      break;
    }
    // 2. Apposition after the name: "Yoon Ji-ho, the defence minister", unless the title is
    //    the next name's ("chief executive Ann Walsh, chief financial officer Brian Dunne").
    if (t[m.to + 1]?.text === ',' && t[m.to + 1].sentence === s) {
      const q = skipRight(a, m.to + 2, s, titleStarts);
      const title = titleStarting.get(q);
      if (title && !mentionStarting.has(title.to + 1 + honorificAt(t, title.to + 1))) attach(title, k);
    }
    // "Neil Hart currently president of Acme was named chairman": an apposition without commas.
    if (['currently', 'now', 'formerly'].includes(t[m.to + 1]?.lower ?? '')) {
      const title = titleStarting.get(m.to + 2);
      // Not a verb: "O'Brien now chairs a gold explorer".
      if (title && !t[title.from].tags.has('Verb')) attach(title, k);
    }
    // "Ann Cole MP": a post-nominal title right after the name.
    const after = titleStarting.get(m.to + 1);
    if (after && after.from === after.to && titleLexicon().postNominals.has(t[after.from].text)) attach(after, k);
    // "named Tom Hale president": an appointing verb, the name, then the title.
    if (after && APPOINTING_VERBS.has(t[m.from - 1]?.lower ?? '') && !t[after.from].upper) attach(after, k);
  });

  for (const title of titles) {
    if (attached.has(title)) continue;
    const s = title.sentence;
    // 3. Apposition before the name: "South Korea's defence minister, Yoon Ji-ho".
    // "Qatar's minister of state for foreign affairs, Faisal al-Mutairi".
    let close = title.to + 1;
    if (['for', 'of'].includes(t[close]?.lower ?? '')) {
      let k = close + 1;
      while (k < t.length && k - close < 5 && t[k].word) k++;
      if (t[k]?.text === ',') close = k;
    }
    if (t[close]?.text === ',') {
      let q = close + 1;
      for (let inner = titleStarting.get(q); inner; inner = titleStarting.get(q)) q = inner.to + 1;
      if (t[q]?.text === '.') q++;
      q += honorificAt(t, q);
      const k = mentionStarting.get(q);
      if (k !== undefined) {
        attach(title, k);
        // "the dissenting justices, Ana Souza and Rui Lima": each of the listed names.
        const next = mentionStarting.get(mentions[k].to + 2);
        if (t[mentions[k].to + 1]?.lower === 'and' && next !== undefined) extra.push({ title, mention: next });
        continue;
      }
    }
    // "The ten former outside directors are James Allen, Judith Areen and Carl Aycock": a
    // plural title, "are", and the list of names it titles.
    if (title.plural && ['are', 'were', 'include', 'included'].includes(t[title.to + 1]?.lower ?? '')) {
      let q = title.to + 2;
      const listed: number[] = [];
      for (let k = mentionStarting.get(q); k !== undefined; k = mentionStarting.get(q)) {
        listed.push(k);
        q = mentions[k].to + 1;
        if (t[q]?.text === ',' ) q++;
        if (t[q]?.lower === 'and') q++;
      }
      if (listed.length) {
        attach(title, listed[0]);
        for (const k of listed.slice(1)) extra.push({ title, mention: k });
        continue;
      }
    }
    // "The mission's principal investigator is Professor Ada Lind".
    if (['is', 'was'].includes(t[title.to + 1]?.lower ?? '')) {
      let q = title.to + 2;
      // Over honorifics and titles before the name: "is Professor Ada Lind", "is Col. Ines Mora".
      for (;;) {
        const h = honorificAt(t, q);
        const inner = h ? undefined : titleStarting.get(q);
        if (h) q += h;
        else if (inner) q = inner.to + 1;
        else break;
      }
      const k = mentionStarting.get(q);
      if (k !== undefined) {
        attach(title, k);
        continue;
      }
    }
    // 4. Predicates: "appointed Li as defense chief", "Hale, who is the chief executive".
    // Over a lower-case field before the title: "named as England's new rugby union captain".
    let f = title.from - 1;
    while (f >= 0 && title.from - f <= 3 && t[f].sentence === s && t[f].word && !t[f].upper && (t[f].tags.has('Noun') || t[f].tags.has('Adjective')) && !t[f].tags.has('Verb') && !SKIPPABLE.has(t[f].lower)) f--;
    let q = skipLeft(a, f, s);
    // "Ann Cole, who stepped down as chief executive": a title left behind is a former one.
    let leaving = false;
    if (t[q]?.lower === 'as') {
      const left = leavingVerbBefore(t, q, s);
      if (left >= 0) {
        title.former = true;
        leaving = true;
        q = left;
      }
    }
    // "named X as TITLE", "promoting X to TITLE".
    const asAt = t[q]?.lower === 'as' || t[q]?.lower === 'to' ? q : -1;
    let triggered = leaving;
    let steps = 0;
    let comma = -1;
    while (q >= 0 && t[q].sentence === s && steps < 7 && (PREDICATE_TRIGGERS.has(t[q].lower) || PREDICATE_GLUE.has(t[q].lower) || isAge(t[q]))) {
      if (PREDICATE_TRIGGERS.has(t[q].lower)) triggered = true;
      if (t[q].text === ',') comma = q;
      q--;
      steps++;
    }
    let k = mentionEnding.get(q);
    // "Cotting was named to succeed Lennox as chairman": the subject's title, not Lennox's.
    if (k !== undefined && SUCCEEDING.has(t[mentions[k].from - 1]?.lower ?? '')) k = subjectBefore(s, mentions[k].from);
    // "Ferraz, who led the dengue response, becomes health minister": the subject before ", who".
    if (k === undefined && triggered && comma >= 0) {
      for (let r = comma - 1; r > 0 && t[r].sentence === s; r--) {
        if (t[r].lower === 'who' && t[r - 1].text === ',' && mentionEnding.has(r - 2)) {
          k = mentionEnding.get(r - 2);
          break;
        }
      }
    }
    // "James Cotting, now vice chairman, was named chairman", "David Evans, current president
    // of Hal Roach, will become chief executive": the subject before an apposition in commas.
    if (k === undefined && triggered && comma >= 0) {
      const subject = subjectBefore(s, comma);
      if (subject !== undefined && t[mentions[subject].to + 1]?.text === ',') k = subject;
    }
    // "The president named Helena Prado, a federal deputy, as energy minister".
    if (k === undefined && asAt >= 0) {
      for (const [end, idx] of mentionEnding) {
        const m = mentions[idx];
        if (end < asAt && asAt - end < 20 && t[m.from].sentence === s && APPOINTING_VERBS.has(t[m.from - 1]?.lower ?? '')) k = idx;
      }
    }
    if (triggered && k !== undefined) attach(title, k);
  }
  // Coordinated titles share the person: "co-founder and chairman, Vikram Sethi", "Evans,
  // president and chief executive", "named Hale president and chief operating officer".
  for (const title of titles) {
    const k = attached.get(title);
    if (k === undefined) continue;
    if (t[title.from - 1]?.lower === 'and') {
      const before = titleEnding.get(title.from - 2);
      if (before && !attached.has(before)) attached.set(before, k);
    }
    for (let x = title; t[x.to + 1]?.lower === 'and'; ) {
      const next = titleStarting.get(x.to + 2);
      if (!next || attached.has(next) || mentionStarting.has(next.to + 1)) break;
      attached.set(next, k);
      x = next;
    }
  }
  return [...[...attached].map(([title, mention]) => ({ title, mention })), ...extra];
}
