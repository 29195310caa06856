// The rule recognizers for names, in the order their evidence flows: organizations and titles
// first (a title before a capitalized run is evidence for a person; an organization is evidence
// against), then people. The tagger reads their decisions as features; the merge stage
// (src/merge) combines them with the tagger's spans.
import type { Analysis } from '../analysis/analyze.js';
import { recognizeOrganizations } from './organizations.js';
import type { OrgCandidate } from './organizations/candidate.js';
import { recognizePeople } from './people.js';
import { recognizeTitles } from './titles.js';
import type { PersonCandidate, TitleCandidate } from './types.js';

export interface RuleCandidates {
  orgs: OrgCandidate[];
  titles: TitleCandidate[];
  people: PersonCandidate[];
}

export function ruleCandidates(a: Analysis): RuleCandidates {
  const titles = recognizeTitles(a);
  const orgs = recognizeOrganizations(a, titles);
  const people = recognizePeople(a, titles, orgs);
  return { orgs, titles, people };
}
