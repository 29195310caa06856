// Organizations from evidence: head words and legal suffixes ("Mizuho Bank", "Corvell Inc."),
// heads with an "of" complement ("Ministry of Defense"), acronyms and their expansions in
// parentheses, well-known institutions, lower-case descriptive names after a national prefix
// ("China's defence ministry" -> "defence ministry") and credits in datelines ("(AFP)").
// Never: places, nationalities, people, web-page boilerplate.
import type { Analysis } from '../analysis/analyze.js';
import type { TitleCandidate } from './types.js';
import type { OrgCandidate } from './organizations/candidate.js';
import { orgLexicon } from './organizations/lexicon.js';
import { boilerplateMask } from './organizations/boilerplate.js';
import { ampersandNames, employers, marketCues } from './organizations/cues.js';
import { recognizeTitles } from './titles.js';
import { type Ctx, add } from './organizations/context.js';
import { headSpans } from './organizations/heads.js';
import { knownNames } from './organizations/known.js';
import { acronyms, appositives, orAcronyms, parentheses } from './organizations/acronyms.js';
import { credits, descriptive, descriptors, lowerHeads } from './organizations/descriptive.js';
import { teams } from './organizations/teams.js';
import { cueMentions, joinCuesToFullNames, resolveOverlaps, shortForms } from './organizations/short-forms.js';

export function recognizeOrganizations(a: Analysis, titles: TitleCandidate[] = recognizeTitles(a)): OrgCandidate[] {
  const lex = orgLexicon();
  const ctx: Ctx = { a, lex, ok: boilerplateMask(a, lex), out: [] };
  for (const s of a.sentences) {
    headSpans(ctx, s.from, s.to);
    knownNames(ctx, s.from, s.to);
    acronyms(ctx, s.from, s.to);
    descriptive(ctx, s.from, s.to);
    lowerHeads(ctx, s.from, s.to);
    descriptors(ctx, s.from, s.to);
    credits(ctx, s.from, s.to);
    for (const c of [...ampersandNames(a, lex, s.from, s.to), ...marketCues(a, lex, s.from, s.to)]) add(ctx, c.from, c.to, 'cue');
  }
  for (const c of employers(a, lex, titles)) add(ctx, c.from, c.to, 'cue');
  parentheses(ctx);
  orAcronyms(ctx);
  appositives(ctx);
  teams(ctx);
  const kept = resolveOverlaps(ctx.out);
  // A one-word company ("SoftBank") that a fuller name extends with heads ("SoftBank Group Corp.") is that company.
  for (const c of kept) {
    if (c.from !== c.to || c.evidence !== 'head') continue;
    const d = kept.find((x) => x !== c && x.name.startsWith(`${c.name} `) && x.name.slice(c.name.length + 1).split(/\s+/).every((w) => lex.heads.has(w.replace(/[.,]+$/, '')) || lex.suffixes.has(w.replace(/,$/, ''))));
    if (d) {
      c.forms.push(c.name);
      c.name = d.name;
      c.evidence = 'short';
    }
  }
  joinCuesToFullNames(kept);
  const short = shortForms(ctx, kept);
  return [...kept, ...short, ...cueMentions(ctx, [...kept, ...short])].sort((x, y) => x.start - y.start || y.end - x.end);
}
