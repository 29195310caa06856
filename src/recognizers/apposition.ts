// What may stand between a name and a title in apposition to it: determiners, "former",
// nationality words, possessor phrases ("the World Health Organization's"), a party tag
// ("R-Calif."), an adjective or two. Shared by the people recognizer (apposition is evidence
// of a name) and title linking (apposition attaches the title).
import type { Analysis, Token } from '../analysis/analyze.js';

export const SKIPPABLE = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'now', 'currently', 'current', 'new', 'also', "'s", '’s', 'longtime', 'newly', 'former', 'formerly', 'then-', 'ex-']);
export const isPossessiveMark = (x: Token | undefined) => !!x && (x.text === "'s" || x.text === '’s' || x.text === "'" || x.text === '’');
/** Country codes and nationality words stand before titles ("US Defense Secretary") but are not part of them. */
export const isNationality = (x: Token) => x.tags.has('Demonym') || x.tags.has('Country') || /^(U\.S\.|US|UK|U\.K\.|USA|UAE|EU)$/.test(x.text);

/** Walks left from token i over determiners, possessives and nationality words. */
export function skipLeft(a: Analysis, i: number, sentence: number): number {
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
export function skipRight(a: Analysis, i: number, sentence: number, titleStarts: ReadonlySet<number>): number {
  const t = a.tokens;
  let adjectives = 0;
  while (i < t.length && t[i].sentence === sentence && !titleStarts.has(i)) {
    const x = t[i];
    // An age: "Hamzah, 61, a former finance minister".
    if (/^\d{1,3}$/.test(x.text) && t[i + 1]?.text === ',') {
      i += 2;
      continue;
    }
    // A US politician's party and state: "Paul Renner, R-Calif., a former supervisor".
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

