// Which person does a title belong to? The one it grammatically modifies, not the nearest
// name: a pre-name title ("Gen. Kim"), an apposition after the name ("Kang, the defence
// minister") or before it ("Its spokesman, Col. Luo"), or a predicate ("appointed Li as
// defense chief", "Hale was named chief executive", "Ruiz, who is the mayor").
import type { Analysis, Token } from '../analysis/analyze.js';
import type { TitleCandidate, TokenSpan } from '../recognizers/types.js';
import { titleLexicon } from '../lexicon/titles.js';

const HONORIFICS = titleLexicon().honorifics;

const SKIPPABLE = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'now', 'currently', 'also', "'s", '’s', 'longtime', 'newly', 'former', 'then-', 'ex-']);
const isPossessiveMark = (x: Token | undefined) => !!x && (x.text === "'s" || x.text === '’s' || x.text === "'" || x.text === '’');
const APPOINTING_VERBS = new Set(['named', 'appointed', 'elected', 'nominated', 'picked', 'chose', 'tapped', 'promoted', 'installed', 'made', 'hired', 'designated', 'confirmed']);
const PREDICATE_TRIGGERS = new Set(['as', 'named', 'appointed', 'elected', 'became', 'become', 'becomes', 'is', 'was', 'been', 'serves', 'served', 'remains', 'remained', 'promoted', 'nominated', 'confirmed', 'sworn']);
// "Villareal, 61, served as ...": an age between subject and verb is glue too.
const isAge = (x: Token) => /^\d{1,3}$/.test(x.text);
const PREDICATE_GLUE = new Set(['has', 'had', 'have', 'been', 'be', 'will', 'would', 'who', 'to', 'in', ',', 'in', 'later', 'recently', 'formally', 'also', 'then', 'since']);

export interface Attachment {
  title: TitleCandidate;
  /** Index of the person mention the title is attached to. */
  mention: number;
}

/** Country codes and nationality words stand before titles ("US Defense Secretary") but are not part of them. */
export const isNationality = (x: Token) => x.tags.has('Demonym') || x.tags.has('Country') || /^(U\.S\.|US|UK|U\.K\.|USA|UAE|EU)$/.test(x.text);

/** Walks left from token i over determiners, possessives and nationality words. */
function skipLeft(a: Analysis, i: number, sentence: number): number {
  const t = a.tokens;
  while (i >= 0 && t[i].sentence === sentence) {
    const x = t[i];
    if (isPossessiveMark(x)) {
      // "the World Health Organization's", "the group's": the possessor phrase goes too.
      i--;
      if (i >= 0 && t[i].word && !t[i].upper) i--;
      else while (i >= 0 && t[i].sentence === sentence && t[i].word && t[i].upper) i--;
      continue;
    }
    if (SKIPPABLE.has(x.lower) || isNationality(x)) i--;
    else break;
  }
  return i;
}

/** Walks right from token i over what may stand between a name's comma and its title. */
function skipRight(a: Analysis, i: number, sentence: number, titleStarts: ReadonlySet<number>): number {
  const t = a.tokens;
  let adjectives = 0;
  while (i < t.length && t[i].sentence === sentence && !titleStarts.has(i)) {
    const x = t[i];
    // A US politician's party and state: "Daniel Cho, R-Calif., a former supervisor".
    if (/^[RDI]-[A-Z][a-z]*$/.test(x.text)) {
      i += t[i + 1]?.text === '.' ? 2 : 1;
      if (t[i]?.text === ',') i++;
      continue;
    }
    if (SKIPPABLE.has(x.lower) || isNationality(x)) {
      i++;
      continue;
    }
    // A possessor phrase: "the Maritime Self-Defense Force's", "the group's".
    let k = i;
    while (k < t.length && t[k].word && (t[k].upper || k === i) && k - i < 7) k++;
    if (k > i && isPossessiveMark(t[k])) {
      i = k + 1;
      continue;
    }
    // "a former Quezon City councilor": capitalized words that lead straight into a title.
    if (x.upper && x.word) {
      let k = i;
      while (k < t.length && k - i < 3 && t[k].upper && t[k].word && !titleStarts.has(k)) k++;
      if (titleStarts.has(k)) {
        i = k;
        continue;
      }
    }
    // "a two-term federal deputy", "a veteran spokesman".
    if (adjectives < 2 && x.word && !x.upper && (x.tags.has('Adjective') || /^\w+-\w+$/.test(x.text))) {
      adjectives++;
      i++;
      continue;
    }
    break;
  }
  return i;
}

export function attachTitles(a: Analysis, titles: TitleCandidate[], mentions: TokenSpan[]): Attachment[] {
  const t = a.tokens;
  const titleEnding = new Map<number, TitleCandidate>();
  for (const x of titles) titleEnding.set(x.to, x);
  const titleStarts = new Set(titles.map((x) => x.from));
  const mentionStarting = new Map<number, number>();
  const mentionEnding = new Map<number, number>();
  mentions.forEach((m, k) => {
    mentionStarting.set(m.from, k);
    mentionEnding.set(m.to, k);
  });
  const attached = new Map<TitleCandidate, number>();
  const attach = (title: TitleCandidate, k: number) => {
    if (!attached.has(title)) attached.set(title, k);
  };

  mentions.forEach((m, k) => {
    const s = t[m.from].sentence;
    // 1. Pre-name titles, and the chain of titles before them:
    //    "Chinese Defense Minister Gen. Li", "Deputy Chief of General Staff of the Army General Ma".
    let p = m.from - 1;
    // "Principal Secretary Dr Aisha Abdi": an honorific between title and name.
    if (p >= 0 && t[p].text === '.' && p > 0 && HONORIFICS.has(t[p - 1].lower)) p -= 2;
    else if (p >= 0 && HONORIFICS.has(t[p].lower)) p -= 1;
    while (p >= 0 && t[p].sentence === s) {
      const title = titleEnding.get(p);
      if (title) {
        attach(title, k);
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
    // 2. Apposition after the name: "Kang Min-seok, the defence minister".
    if (t[m.to + 1]?.text === ',' && t[m.to + 1].sentence === s) {
      const q = skipRight(a, m.to + 2, s, titleStarts);
      const title = titles.find((x) => x.from === q);
      if (title) attach(title, k);
    }
  });

  for (const title of titles) {
    if (attached.has(title)) continue;
    const s = title.sentence;
    // 3. Apposition before the name: "South Korea's defence minister, Kang Min-seok".
    // "Qatar's minister of state for foreign affairs, Khalid al-Kubaisi".
    let close = title.to + 1;
    if (['for', 'of'].includes(t[close]?.lower ?? '')) {
      let k = close + 1;
      while (k < t.length && k - close < 5 && t[k].word) k++;
      if (t[k]?.text === ',') close = k;
    }
    if (t[close]?.text === ',') {
      let q = close + 1;
      while (titleEnding.size && titles.some((x) => x.from === q)) q = titles.find((x) => x.from === q)!.to + 1;
      if (t[q]?.text === '.') q++;
      if (q < t.length && HONORIFICS.has(t[q].lower)) q += t[q + 1]?.text === '.' ? 2 : 1;
      const k = mentionStarting.get(q);
      if (k !== undefined) {
        attach(title, k);
        continue;
      }
    }
    // 4. Predicates: "appointed Li as defense chief", "Hale, who is the chief executive".
    let q = skipLeft(a, title.from - 1, s);
    const asAt = t[q]?.lower === 'as' ? q : -1;
    let triggered = false;
    let steps = 0;
    let comma = -1;
    while (q >= 0 && t[q].sentence === s && steps < 5 && (PREDICATE_TRIGGERS.has(t[q].lower) || PREDICATE_GLUE.has(t[q].lower) || isAge(t[q]))) {
      if (PREDICATE_TRIGGERS.has(t[q].lower)) triggered = true;
      if (t[q].text === ',') comma = q;
      q--;
      steps++;
    }
    let k = mentionEnding.get(q);
    // "Ferraz, who led the dengue response, becomes health minister": the subject before ", who".
    if (k === undefined && triggered && comma >= 0) {
      for (let r = comma - 1; r > 0 && t[r].sentence === s; r--) {
        if (t[r].lower === 'who' && t[r - 1].text === ',' && mentionEnding.has(r - 2)) {
          k = mentionEnding.get(r - 2);
          break;
        }
      }
    }
    // "Lula named Fernanda Teixeira, a federal deputy, as energy minister".
    if (k === undefined && asAt >= 0) {
      for (const [end, idx] of mentionEnding) {
        const m = mentions[idx];
        if (end < asAt && asAt - end < 20 && t[m.from].sentence === s && APPOINTING_VERBS.has(t[m.from - 1]?.lower ?? '')) k = idx;
      }
    }
    if (triggered && k !== undefined) attach(title, k);
  }
  // Coordinated titles share the person: "co-founder and chairman, Arjun Mehrotra".
  for (const title of titles) {
    const k = attached.get(title);
    if (k === undefined || t[title.from - 1]?.lower !== 'and') continue;
    const before = titleEnding.get(title.from - 2);
    if (before && !attached.has(before)) attached.set(before, k);
  }
  return [...attached].map(([title, mention]) => ({ title, mention }));
}
