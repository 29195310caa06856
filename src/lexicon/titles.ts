// The ranks-and-titles lexicon (data/titles.json) in the shapes the recognizers look words up in.
import { loadLexicon } from './load.js';

interface TitlesData {
  capitalizedHeads: string[];
  civilHeads: string[];
  standaloneModifiers: string[];
  modifiers: string[];
  ofHeads: string[];
  portfolios: string[];
  abbreviations: Record<string, string>;
  acronyms: Record<string, string>;
  honorifics: string[];
  honorificPairs: string[];
  formerMarkers: string[];
  postNominals: string[];
}

export interface TitleLexicon {
  /** Every head, lower case, possibly several words ("lieutenant general"). */
  heads: ReadonlySet<string>;
  /** Ranks of armed forces and police, clergy forms of address: only capitalized, as in "Gen. Lee", "Father Ruiz". */
  militaryHeads: ReadonlySet<string>;
  civilHeads: ReadonlySet<string>;
  longestHead: number;
  /** The longest head (in words) that starts with a word: how far a head can reach from there. */
  longestHeadFrom: ReadonlyMap<string, number>;
  modifiers: ReadonlySet<string>;
  standaloneModifiers: ReadonlySet<string>;
  ofHeads: ReadonlySet<string>;
  portfolios: ReadonlySet<string>;
  longestPortfolio: number;
  abbreviations: ReadonlyMap<string, string>;
  acronyms: ReadonlyMap<string, string>;
  honorifics: ReadonlySet<string>;
  /** Two-word honorifics ("tan sri", "datuk seri"). */
  honorificPairs: ReadonlySet<string>;
  formerMarkers: ReadonlySet<string>;
  /** Titles written right after a name ("Ann Cole MP"), as written. */
  postNominals: ReadonlySet<string>;
}

let lexicon: TitleLexicon | undefined;

const words = (s: string) => s.split(' ').length;

export function titleLexicon(): TitleLexicon {
  if (lexicon) return lexicon;
  const d = loadLexicon<TitlesData>('titles');
  const heads = new Set([...d.capitalizedHeads, ...d.civilHeads]);
  lexicon = {
    heads,
    militaryHeads: new Set(d.capitalizedHeads),
    civilHeads: new Set(d.civilHeads),
    longestHead: Math.max(...[...heads].map(words)),
    longestHeadFrom: [...heads].reduce((m, h) => {
      const first = h.split(' ')[0];
      return m.set(first, Math.max(m.get(first) ?? 0, words(h)));
    }, new Map<string, number>()),
    modifiers: new Set(d.modifiers),
    standaloneModifiers: new Set(d.standaloneModifiers),
    ofHeads: new Set(d.ofHeads),
    portfolios: new Set(d.portfolios),
    longestPortfolio: Math.max(...d.portfolios.map(words)),
    abbreviations: new Map(Object.entries(d.abbreviations)),
    acronyms: new Map(Object.entries(d.acronyms)),
    honorifics: new Set(d.honorifics),
    honorificPairs: new Set(d.honorificPairs),
    formerMarkers: new Set(d.formerMarkers),
    postNominals: new Set(d.postNominals),
  };
  return lexicon;
}

/** Tokens an honorific takes at token i ("Mr." 2, "Dr" 1, "Tan Sri" 2, "Datuk Seri" 2), 0 if none. */
export function honorificAt(tokens: readonly { lower: string; text: string; dot: boolean; upper: boolean }[], i: number, lex: TitleLexicon = titleLexicon()): number {
  const t = tokens[i];
  if (!t || !t.upper) return 0;
  const next = tokens[i + 1];
  if (next && lex.honorificPairs.has(`${t.lower} ${next.lower.replace(/\.$/, '')}`)) return next.dot && tokens[i + 2]?.text === '.' ? 3 : 2;
  if (!lex.honorifics.has(t.lower)) return 0;
  return t.dot && next?.text === '.' ? 2 : 1;
}

/** Start of the run of honorifics that ends right before token i (i itself if there is none). */
export function honorificsBefore(tokens: readonly { lower: string; text: string; dot: boolean; upper: boolean }[], i: number, lex: TitleLexicon = titleLexicon()): number {
  let start = i;
  for (let moved = true; moved; ) {
    moved = false;
    for (let back = 3; back >= 1; back--) {
      if (start - back >= 0 && honorificAt(tokens, start - back, lex) === back) {
        start -= back;
        moved = true;
        break;
      }
    }
  }
  return start;
}
