import type { OrganizationCandidate } from '../types.js';

/** How a candidate was found; linking trusts some kinds more than others. */
export type OrgEvidence =
  | 'head' // a name ending in an organization head or legal suffix ("Mizuho Bank", "Corvell Inc.")
  | 'of' // a head with its complement ("Ministry of Defense", "Bank of Japan")
  | 'known' // a well-known institution ("Pentagon", "Reuters")
  | 'acronym' // an all-capital word ("NATO", "HMRC")
  | 'paren' // a name explained by an acronym in parentheses, or the acronym itself
  | 'descriptive' // a lower-case descriptive name ("defence ministry")
  | 'lowerHead' // a proper name with a lower-case head ("Xinhua news agency")
  | 'descriptor' // a name introduced by a descriptor noun ("pollster Datafolha")
  | 'credit' // a credit in a dateline ("ISTANBUL (AA) -")
  | 'cue' // a name without a head, found by what surrounds it ("Procter & Gamble", "Tesla Chief Executive Elon Musk", "Nordvik shares fell")
  | 'short' // a short form of an organization found elsewhere ("Corvell" for "Corvell Inc.")
  | 'bare' // a lone head word ("the Commission"): only a short form of another organization
  | 'model'; // a name the trained tagger found, with none of the rules' evidence

/** An organization candidate with what linking needs beyond the shared interface. */
export interface OrgCandidate extends OrganizationCandidate {
  evidence: OrgEvidence;
  /** Other written forms of the name (with national prefix, with "'s"), for aliases and merging. */
  forms: string[];
  /** Found inside a longer candidate, and kept (a complement: "General Staff of the PLA" names the PLA). */
  inner?: boolean;
  /** The country a national prefix or possessive tied the name to ("China's defence ministry" -> "china"). */
  country?: string;
}

export function isOrgCandidate(c: OrganizationCandidate): c is OrgCandidate {
  return typeof (c as Partial<OrgCandidate>).evidence === 'string';
}
