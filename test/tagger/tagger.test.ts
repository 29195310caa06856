import fs from 'node:fs';
import { analyze } from '../../src/analysis/analyze.js';
import { ruleCandidates } from '../../src/recognizers/candidates.js';
import { ruleMarks } from '../../src/tagger/rules.js';
import { tagEntities } from '../../src/tagger/index.js';
import { decodeModel, encodeModel, MODEL_URL, shippedModel } from '../../src/tagger/model.js';
import { extract } from '../../src/pipeline.js';

const tagged = (text: string) => {
  const a = analyze(text);
  const r = ruleCandidates(a);
  return tagEntities(a, ruleMarks(a, r.people, r.orgs, r.titles)).map((s) => `${s.kind}:${a.text.slice(a.tokens[s.from].start, a.tokens[s.to].end)}`);
};
const doc = (text: string) => extract(text, { file: 't.txt' });
const people = (text: string) => doc(text).people!.map((p) => p.name);
const orgs = (text: string) => doc(text).organizations!.map((o) => o.name);

describe('the shipped model', () => {
  test('loads, and round-trips through its file format', () => {
    const m = shippedModel();
    expect(m.weights.length).toBeGreaterThan(1000);
    expect(Number.isFinite(m.scale)).toBe(true);
    const again = decodeModel(encodeModel(m));
    expect(again.weights).toEqual(m.weights);
    expect(Array.from(again.transitions)).toEqual(Array.from(m.transitions));
  });

  test('stays small enough to ship', () => {
    expect(fs.statSync(MODEL_URL).size).toBeLessThan(10 * 1024 * 1024);
  });

  test('rejects a file that is not a model', () => {
    expect(() => decodeModel(Buffer.from('not a model'))).toThrow();
  });
});

describe('tagger', () => {
  test('finds names that have no cue in the sentence', () => {
    expect(tagged('Erling Haaland scored twice.')).toContain('PER:Erling Haaland');
  });

  test('is deterministic', () => {
    const text = 'Acme Robotics appointed Priya Natarajan as chief executive. Arsenal beat Chelsea 2-1.';
    expect(tagged(text)).toEqual(tagged(text));
  });
});

describe('tagger and rules together', () => {
  test.each([
    ['Erling Haaland scored twice.', 'Erling Haaland'],
    ['Wanjiru Kamau, a nurse in Nairobi, said the clinic was full.', 'Wanjiru Kamau'],
    ['Acme Robotics appointed Priya Natarajan as President and Chief Executive Officer.', 'Priya Natarajan'],
  ])('%s -> person %s', (text, name) => {
    expect(people(text)).toContain(name);
  });

  test('a title before a name stays out of it, as a rank', () => {
    const d = doc('Chief Executive Priya Natarajan said revenue rose.');
    expect(d.people!.map((p) => p.name)).toEqual(['Priya Natarajan']);
    expect(d.ranks!.map((r) => [r.title, r.person])).toEqual([['Chief Executive', 'Priya Natarajan']]);
  });

  test('clubs named by one word are organizations', () => {
    expect(orgs('Arsenal beat Chelsea 2-1 on Saturday.')).toEqual(expect.arrayContaining(['Arsenal', 'Chelsea']));
    expect(people('Arsenal beat Chelsea 2-1 on Saturday.')).toEqual([]);
  });

  test('a ticker in angle brackets is a form of the company before it', () => {
    const d = doc('Harcastle Foods Plc <HFD.L> said profit rose.');
    expect(d.organizations!.map((o) => o.name)).toEqual(['Harcastle Foods']);
    expect(d.organizations![0].aliases).toContain('HFD.L');
  });

  test('a name in parentheses or after "or" / "known as" is another name of the organization before it', () => {
    const d = doc('Kofi Mensah joined from the West African Trade Finance Bank (Wataf Bank) in 2021. The Department of Coastal Fisheries, or Coast Fish, closed the bay.');
    const byName = new Map(d.organizations!.map((o) => [o.name, o.aliases]));
    expect(byName.get('West African Trade Finance Bank')).toContain('Wataf Bank');
    expect(byName.get('Department of Coastal Fisheries')).toContain('Coast Fish');
    expect(d.organizations!).toHaveLength(2);
  });

  test('a name read as an organization in one sentence is not a person in another on weak evidence', () => {
    const text = 'Norbridge beat Harwick 2-1 on Saturday. Norbridge said the win mattered.';
    expect(people(text)).toEqual([]);
    expect(orgs(text)).toEqual(expect.arrayContaining(['Norbridge', 'Harwick']));
  });

  test('a headline in capitals gives no person', () => {
    expect(people('NORCROSS SEES HIGHER 1987 NET\nNorcross Industries Inc said net income rose.')).toEqual([]);
  });
});

describe('party names', () => {
  test('the forms of one party are one organization', () => {
    const d = doc('The Tories attacked the plan. A Tory spokesman said the Conservative Party would vote against it. The Lib Dems agreed; a Liberal Democrat aide said so.');
    const names = d.organizations!.map((o) => [o.name, ...o.aliases].sort().join('|'));
    expect(names.filter((n) => /Tor/.test(n))).toHaveLength(1);
    expect(names.filter((n) => /Lib/.test(n))).toHaveLength(1);
  });
});
