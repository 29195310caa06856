// What recognizers hand to the linking stage: spans of the article with what they mean.
// Linking turns them into the entities of the output document (src/schema).

/** A stretch of the article: text === article.slice(start, end). */
export interface Span {
  text: string;
  start: number;
  end: number;
  sentence: number;
}

/** A span that is a run of whole tokens [from, to] (inclusive token indices). */
export interface TokenSpan extends Span {
  from: number;
  to: number;
}

export interface DateCandidate extends Span {
  /** TIMEX3 value ("XXXX-WXX-6", "2022-08", "199"), null when the text alone does not fix it. */
  value: string | null;
}

export interface MoneyCandidate extends Span {
  amount: number;
  /** ISO 4217 code. */
  currency: string;
  /** "more than", "about", ... when the amount carries one. */
  qualifier: string | null;
}

export interface OrganizationCandidate extends TokenSpan {
  /** The name without possessive, national prefix or leading "the". */
  name: string;
  /** An acronym given for it in the text ("People's Liberation Army (PLA)"), if any. */
  acronym?: string;
}

export interface TitleCandidate extends TokenSpan {
  /** Normalized title: abbreviations expanded ("Lt. Gen." -> "Lieutenant General"). */
  title: string;
  /** "former X" or "then-X". */
  former: boolean;
  /** Written in the plural ("Senators A and B"): it titles every name of the list it heads. */
  plural?: boolean;
}

export interface PersonCandidate extends TokenSpan {
  /** The name as written, without title, honorific or possessive. */
  name: string;
  /**
   * Only circumstantial evidence: compromise's name lists, a verb after the name (even "said"), coordination.
   * The merge keeps such a candidate only where the tagger agrees.
   */
  weak?: boolean;
}

export interface RecognizerOptions {
  /** Publication date (YYYY-MM-DD) that relative dates resolve against. */
  referenceDate?: string;
}
