// Person mentions -> people. A surname or given name alone ("Hou", "Morikawa") joins the
// person whose full name has it; every later capitalized use of a known name part becomes a
// mention too. Then titles are attached (linking/titles.ts) and collected per person.
import type { Analysis } from '../analysis/analyze.js';
import type { Person, Rank } from '../schema/document.js';
import type { PersonCandidate, TitleCandidate, TokenSpan } from '../recognizers/types.js';
import { loadLexicon } from '../lexicon/load.js';
import { groupBy, mentionsOf } from './mentions.js';
import { attachTitles } from './titles.js';

interface Cluster {
  words: string[];
  mentions: PersonCandidate[];
}

// Initials, suffixes and quoted nicknames do not identify a person: "Walter P. Brannigan Jr."
// is "Walter Brannigan".
const SUFFIX = /^(jr|sr|ii|iii|iv)$/;
const QUOTE = /^["“”]$/;
const wordsOf = (a: Analysis, m: TokenSpan) =>
  a.tokens
    .slice(m.from, m.to + 1)
    .filter((t, k, all) => t.word && t.text.length > 1 && !SUFFIX.test(t.lower) && !(QUOTE.test(all[k - 1]?.text ?? '') && QUOTE.test(all[k + 1]?.text ?? '')))
    .map((t) => t.lower);

// A familiar given name is the full one ("Dave Collins" is "David Collins"): a closed class.
let nicknameMap: ReadonlyMap<string, string> | undefined;
const givenName = (w: string) => (nicknameMap ??= new Map(Object.entries(loadLexicon<{ nicknames: Record<string, string> }>('people').nicknames))).get(w) ?? w;
const sameFullName = (x: string[], y: string[]) => givenName(x[0]) === givenName(y[0]) && x[x.length - 1] === y[y.length - 1];

/** "Ruiz Salcedo" and "de La Fontaine" end "Ana Lucía Ruiz Salcedo" and "Pierre-Louis de La Fontaine". */
const endsWith = (full: string[], part: string[]) => part.length < full.length && part.every((w, i) => full[full.length - part.length + i] === w);

/** "de la Vega" inside "Ignacio de la Vega Montoya": a surname with its particles, cited alone. */
const particleRun = (full: string[], part: string[]) => {
  if (part.length >= full.length || !particles().has(part[0])) return false;
  for (let s = 1; s + part.length <= full.length; s++) if (part.every((w, i) => full[s + i] === w)) return true;
  return false;
};
let particleSet: ReadonlySet<string> | undefined;
const particles = () => (particleSet ??= new Set(loadLexicon<{ particles: string[] }>('people').particles));

function findCluster(clusters: Cluster[], words: string[]): Cluster | undefined {
  if (words.length > 1) {
    return clusters.find((c) => c.words.length > 1 && (sameFullName(c.words, words) || endsWith(c.words, words) || endsWith(words, c.words) || particleRun(c.words, words)));
  }
  const w = words[0];
  // A single word: the surname (last word) of someone, else a first word (Chinese and
  // Korean surnames come first); the most recently mentioned person wins a tie.
  const byRecency = [...clusters].sort((x, y) => y.mentions[y.mentions.length - 1].start - x.mentions[x.mentions.length - 1].start);
  return (
    byRecency.find((c) => c.words.length > 1 && c.words[c.words.length - 1] === w) ??
    byRecency.find((c) => c.words.length > 1 && c.words[0] === w) ??
    byRecency.find((c) => c.words.length > 2 && c.words.includes(w)) ??
    byRecency.find((c) => c.words.length === 1 && c.words[0] === w)
  );
}

export function clusterPeople(a: Analysis, candidates: PersonCandidate[], blocked: (i: number) => boolean): Cluster[] {
  const sorted = [...candidates].sort((x, y) => x.start - y.start);
  const clusters: Cluster[] = [];
  // Full names first, so that a surname used before the full name still joins it.
  const byLength = sorted.filter((c) => wordsOf(a, c).length > 1).sort((x, y) => wordsOf(a, y).length - wordsOf(a, x).length || x.start - y.start);
  for (const c of byLength) {
    const words = wordsOf(a, c);
    const found = findCluster(clusters, words);
    if (found) {
      found.mentions.push(c);
      if (words.length > found.words.length) found.words = words;
    } else clusters.push({ words, mentions: [c] });
  }
  for (const c of sorted) {
    const words = wordsOf(a, c);
    if (words.length !== 1) continue;
    const found = findCluster(clusters, words);
    if (found) found.mentions.push(c);
    else clusters.push({ words, mentions: [c] });
  }
  // Every other capitalized use of a name part that points at exactly one person.
  const covered = new Uint8Array(a.tokens.length);
  for (const c of sorted) for (let i = c.from; i <= c.to; i++) covered[i] = 1;
  const owner = new Map<string, Cluster | null>();
  for (const cl of clusters) {
    const parts = cl.words.length > 1 ? [cl.words[0], cl.words[cl.words.length - 1]] : cl.words;
    for (const p of parts) owner.set(p, owner.has(p) && owner.get(p) !== cl ? null : cl);
  }
  for (const t of a.tokens) {
    if (covered[t.i] || !t.word || !t.upper || blocked(t.i)) continue;
    const cl = owner.get(t.lower);
    if (!cl) continue;
    // Not when it is part of a longer capitalized run ("Marsh Bank"), unless possessive.
    const next = a.tokens[t.i + 1];
    const prev = a.tokens[t.i - 1];
    if ((next && next.upper && next.word && next.sentence === t.sentence) || (prev && prev.upper && prev.word && !prev.first && prev.sentence === t.sentence && !covered[prev.i])) continue;
    cl.mentions.push({ text: t.text, name: t.text, start: t.start, end: t.end, sentence: t.sentence, from: t.i, to: t.i });
  }
  for (const cl of clusters) cl.mentions.sort((x, y) => x.start - y.start);
  return clusters.sort((x, y) => x.mentions[0].start - y.mentions[0].start);
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export function linkPeople(
  a: Analysis,
  candidates: PersonCandidate[],
  titles: TitleCandidate[],
  blocked: (i: number) => boolean = () => false,
): { people: Person[]; ranks: Rank[] } {
  const clusters = clusterPeople(a, candidates, blocked);
  const allMentions = clusters.flatMap((c) => c.mentions);
  const clusterOf = new Map<PersonCandidate, Cluster>();
  for (const c of clusters) for (const m of c.mentions) clusterOf.set(m, c);
  const nameOf = new Map<Cluster, string>();
  for (const c of clusters) {
    const fullest = c.mentions.reduce((best, m) => (wordsOf(a, m).length > wordsOf(a, best).length ? m : best), c.mentions[0]);
    nameOf.set(c, squash(fullest.text));
  }

  const attachments = attachTitles(a, titles, allMentions);
  const titlesOf = new Map<Cluster, string[]>();
  const formerOf = new Map<Cluster, string[]>();
  const rankGroups = attachments
    .map(({ title, mention }) => ({ title, cluster: clusterOf.get(allMentions[mention])! }))
    .sort((x, y) => x.title.start - y.title.start);
  for (const { title, cluster } of rankGroups) {
    const list = titlesOf.get(cluster) ?? [];
    if (!list.some((x) => x.toLowerCase() === title.title.toLowerCase())) list.push(title.title);
    titlesOf.set(cluster, list);
    if (title.former) {
      const former = formerOf.get(cluster) ?? [];
      if (!former.some((x) => x.toLowerCase() === title.title.toLowerCase())) former.push(title.title);
      formerOf.set(cluster, former);
    }
  }

  const people: Person[] = clusters.map((c) => {
    const name = nameOf.get(c)!;
    const aliases = [...new Set(c.mentions.map((m) => squash(m.text)))].filter((x) => x !== name);
    return { name, aliases, ranks: titlesOf.get(c) ?? [], formerRanks: formerOf.get(c) ?? [], mentions: mentionsOf(c.mentions) };
  });
  const ranks: Rank[] = groupBy(rankGroups, (r) => `${r.title.title.toLowerCase()}|${nameOf.get(r.cluster)}|${r.title.former}`).map((g) => ({
    title: g[0].title.title,
    person: nameOf.get(g[0].cluster)!,
    former: g[0].title.former,
    mentions: mentionsOf(g.map((x) => x.title)),
  }));
  return { people, ranks };
}
