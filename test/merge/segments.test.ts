// Long articles are read in segments (pipeline.ts SEGMENT) and joined (src/merge/segments.ts):
// the joined document must read as if the article had been read whole.
import { analysed, extract, segmentBounds, SEGMENT } from '../../src/pipeline.js';
import { mergeSegments, shiftDocument } from '../../src/merge/segments.js';
import type { Document } from '../../src/schema/document.js';

const FILLER = 'The council met again in the evening and went through the plans line by line, as it does every week.\n\n';
const filler = (chars: number) => FILLER.repeat(Math.ceil(chars / FILLER.length));

describe('an article longer than a segment', () => {
  const text = [
    'Mayor Ana Ruiz said on Monday the city would spend $2 million on roads.\n\n',
    filler(SEGMENT * 1.2),
    'Ruiz told reporters the work would start in March. The Transport Ministry agreed.\n\n',
    filler(SEGMENT * 0.9),
    'Mayor Ana Ruiz said the Transport Ministry would pay $2 million of it.\n',
  ].join('');
  const doc = extract(text, { file: 'long.txt' });

  test('is cut into segments of at most SEGMENT characters, at paragraph breaks', () => {
    const cuts = segmentBounds(text);
    expect(cuts.length).toBeGreaterThan(3);
    for (let i = 0; i + 1 < cuts.length; i++) expect(cuts[i + 1] - cuts[i]).toBeLessThanOrEqual(SEGMENT);
    for (const c of cuts.slice(1, -1)) expect(text.slice(c - 2, c)).toBe('\n\n');
  });

  test('one person across segments: the surname in a later segment joins the full name, with the rank', () => {
    expect(doc.people!.map((p) => [p.name, p.aliases, p.ranks])).toEqual([['Ana Ruiz', ['Ruiz'], ['Mayor']]]);
    expect(doc.people![0].mentions.map((m) => m.text)).toEqual(['Ana Ruiz', 'Ruiz', 'Ana Ruiz']);
    expect(doc.ranks!.map((r) => [r.title, r.person, r.mentions.length])).toEqual([['Mayor', 'Ana Ruiz', 2]]);
  });

  test('the same organization, date and amount in two segments are one entity each', () => {
    expect(doc.organizations!.map((o) => [o.name, o.mentions.length])).toEqual([['Transport Ministry', 2]]);
    expect(doc.money!.map((m) => [m.amount, m.mentions.length])).toEqual([[2e6, 2]]);
  });

  test('offsets are into the whole text and sentence numbers keep counting', () => {
    const all = doc.people![0].mentions;
    for (const m of all) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(all[1].sentence).toBeGreaterThan(all[0].sentence);
    expect(all[2].sentence).toBeGreaterThan(all[1].sentence);
    expect(doc.characters).toBe(text.length);
  });
});

describe('mergeSegments', () => {
  const mention = (text: string, start: number, sentence = 0) => ({ text, start, end: start + text.length, sentence });
  const base = (over: Partial<Document>): Document => ({ schemaVersion: '2.0.0', file: 'f', characters: 10, words: 2, people: [], ranks: [], organizations: [], dates: [], money: [], ...over }) as Document;

  test('a lone surname that two people share stays apart; an acronym alias joins its organization', () => {
    const a = base({
      people: [
        { name: 'Ana Ruiz', aliases: [], ranks: [], formerRanks: [], mentions: [mention('Ana Ruiz', 0)] },
        { name: 'Luis Ruiz', aliases: [], ranks: [], formerRanks: [], mentions: [mention('Luis Ruiz', 20)] },
      ],
      organizations: [{ name: 'World Health Organization', aliases: ['WHO'], mentions: [mention('World Health Organization', 40)] }],
    });
    const b = shiftDocument(
      base({
        people: [{ name: 'Ruiz', aliases: [], ranks: [], formerRanks: [], mentions: [mention('Ruiz', 5)] }],
        organizations: [{ name: 'WHO', aliases: [], mentions: [mention('WHO', 10)] }],
      }),
      100,
      3,
    );
    const merged = mergeSegments([a, b]);
    expect(merged.people!.map((p) => p.name)).toEqual(['Ana Ruiz', 'Luis Ruiz', 'Ruiz']);
    expect(merged.people![2].mentions[0]).toEqual({ text: 'Ruiz', start: 105, end: 109, sentence: 3 });
    expect(merged.organizations!.map((o) => [o.name, o.mentions.length])).toEqual([['World Health Organization', 2]]);
    expect(merged.words).toBe(4);
  });

  test('types left out (--types) stay left out', () => {
    const d = { schemaVersion: '2.0.0', file: 'f', characters: 1, words: 1, dates: [] } as Document;
    expect(Object.keys(mergeSegments([d, d]))).toEqual(['schemaVersion', 'file', 'characters', 'words', 'dates']);
  });
});

// The shapes that once made one article cost quadratic time or gigabytes (issue 14: many short
// lines, long text without sentence punctuation, an honorific repeated): whatever their shape,
// no piece longer than SEGMENT reaches the analysis, so cost per article is linear in its size.
describe('no input reaches the analysis in a piece longer than a segment', () => {
  const shapes: [string, string][] = [
    ['many short lines', 'Markets\nWorld News\nx\n'],
    ['no sentence punctuation', 'the minister said the talks would go on and the union said it would wait '],
    ['a repeated honorific', 'Mr. '],
  ];
  test.each(shapes)('%s, 350 KB', (_name, unit) => {
    const text = unit.repeat(Math.ceil(350_000 / unit.length));
    analysed.texts = 0;
    analysed.longest = 0;
    const doc = extract(text, { file: 'shape.txt' });
    expect(analysed.texts).toBeGreaterThanOrEqual(4);
    expect(analysed.longest).toBeLessThanOrEqual(SEGMENT);
    expect(doc.characters).toBe(text.length);
  });
});
