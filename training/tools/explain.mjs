#!/usr/bin/env node
// Shows, for a text, what the rules and the tagger each propose: a debugging aid.
//   node training/tools/explain.mjs "Aer Lingus said Dermot Lyons will leave."   (or a file path)
import fs from 'node:fs';
import { analyze } from '../../dist/analysis/analyze.js';
import { ruleCandidates } from '../../dist/recognizers/candidates.js';
import { ruleMarks } from '../../dist/tagger/rules.js';
import { tagEntities } from '../../dist/tagger/index.js';

const arg = process.argv[2];
const text = fs.existsSync(arg) ? fs.readFileSync(arg, 'utf8') : arg;
const a = analyze(text);
const r = ruleCandidates(a);
const show = (from, to) => a.text.slice(a.tokens[from].start, a.tokens[to].end);
console.log('rules people:', r.people.map((p) => p.text).join(' | '));
console.log('rules orgs:  ', r.orgs.map((o) => `${o.text} (${o.evidence})`).join(' | '));
console.log('rules titles:', r.titles.map((t) => t.text).join(' | '));
console.log('tagger:      ', tagEntities(a, ruleMarks(a, r.people, r.orgs, r.titles)).map((s) => `${s.kind}:${show(s.from, s.to)}`).join(' | '));
