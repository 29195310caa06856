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
  formerMarkers: string[];
}

export interface TitleLexicon {
  /** Every head, lower case, possibly several words ("lieutenant general"). */
  heads: ReadonlySet<string>;
  /** Ranks of armed forces and police, clergy forms of address: only capitalized, as in "Gen. Lee", "Father Ruiz". */
  militaryHeads: ReadonlySet<string>;
  civilHeads: ReadonlySet<string>;
  longestHead: number;
  modifiers: ReadonlySet<string>;
  standaloneModifiers: ReadonlySet<string>;
  ofHeads: ReadonlySet<string>;
  portfolios: ReadonlySet<string>;
  longestPortfolio: number;
  abbreviations: ReadonlyMap<string, string>;
  acronyms: ReadonlyMap<string, string>;
  honorifics: ReadonlySet<string>;
  formerMarkers: ReadonlySet<string>;
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
    modifiers: new Set(d.modifiers),
    standaloneModifiers: new Set(d.standaloneModifiers),
    ofHeads: new Set(d.ofHeads),
    portfolios: new Set(d.portfolios),
    longestPortfolio: Math.max(...d.portfolios.map(words)),
    abbreviations: new Map(Object.entries(d.abbreviations)),
    acronyms: new Map(Object.entries(d.acronyms)),
    honorifics: new Set(d.honorifics),
    formerMarkers: new Set(d.formerMarkers),
  };
  return lexicon;
}
