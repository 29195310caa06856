// What the rule recognizers decided, token by token: the tagger reads these as features, so it
// learns from annotated text how far to trust each rule instead of being told.
import type { Analysis } from '../analysis/analyze.js';
import type { OrgCandidate } from '../recognizers/organizations/candidate.js';
import type { PersonCandidate, TitleCandidate } from '../recognizers/types.js';

export interface RuleMarks {
  /** Per token: "" or a mark such as "per-B", "org-I:head", "title". */
  marks: string[][];
}

export function ruleMarks(a: Analysis, people: PersonCandidate[], orgs: OrgCandidate[], titles: TitleCandidate[]): RuleMarks {
  const marks: string[][] = a.tokens.map(() => []);
  const mark = (from: number, to: number, kind: string) => {
    for (let i = from; i <= to; i++) marks[i].push(`${kind}-${i === from ? 'B' : 'I'}`);
  };
  for (const p of people) mark(p.from, p.to, 'per');
  for (const o of orgs) {
    mark(o.from, o.to, 'org');
    for (let i = o.from; i <= o.to; i++) marks[i].push(`org:${o.evidence}`);
  }
  for (const t of titles) {
    for (let i = t.from; i <= t.to; i++) marks[i].push('title');
    if (t.to + 1 < marks.length) marks[t.to + 1].push('after-title');
  }
  return { marks };
}
