import type { Organization } from '../schema/document.js';
import type { OrganizationCandidate } from '../recognizers/types.js';
import { groupBy, mentionsOf } from './mentions.js';

export function linkOrganizations(cands: OrganizationCandidate[]): Organization[] {
  const sorted = [...cands].sort((x, y) => x.start - y.start);
  return groupBy(sorted, (o) => o.name.toLowerCase()).map((g) => ({
    name: g[0].name,
    aliases: [...new Set(g.map((o) => o.acronym).filter((x): x is string => !!x))],
    mentions: mentionsOf(g),
  }));
}
