import type { Analysis } from '../analysis/analyze.js';
import type { OrganizationCandidate, PersonCandidate, TitleCandidate } from './types.js';

export function recognizePeople(a: Analysis, _titles: TitleCandidate[], _orgs: OrganizationCandidate[]): PersonCandidate[] {
  const out: PersonCandidate[] = [];
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    if (!t[i].tags.has('Person') || t[i].tags.has('Honorific')) continue;
    let j = i;
    while (j + 1 < t.length && t[j + 1].tags.has('Person') && t[j + 1].sentence === t[i].sentence) j++;
    const text = a.text.slice(t[i].start, t[j].end);
    out.push({ text, name: text, start: t[i].start, end: t[j].end, sentence: t[i].sentence, from: i, to: j });
    i = j;
  }
  return out;
}
