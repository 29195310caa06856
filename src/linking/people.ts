import type { Person, Rank } from '../schema/document.js';
import type { PersonCandidate, TitleCandidate } from '../recognizers/types.js';
import type { Analysis } from '../analysis/analyze.js';
import { groupBy, mentionsOf } from './mentions.js';

export function linkPeople(_a: Analysis, cands: PersonCandidate[], _titles: TitleCandidate[]): { people: Person[]; ranks: Rank[] } {
  const sorted = [...cands].sort((x, y) => x.start - y.start);
  const people = groupBy(sorted, (p) => p.name.toLowerCase()).map((g) => ({
    name: g[0].name,
    aliases: [],
    ranks: [],
    mentions: mentionsOf(g),
  }));
  return { people, ranks: [] };
}
