import { analyze, chunkBounds, CHUNK } from '../../src/analysis/analyze.js';

describe('hard-wrapped copy', () => {
  test('a wrapped line break does not end the sentence; an indented line does', () => {
    const text = 'ACME SEES LOSS\n    TOPEKA, April 9 - Acme Corp said its\nchairman, James C.\nLane, resigned on Monday and\nwill be replaced.\n    The company said it expects a loss.\n';
    const a = analyze(text);
    const sentences = a.sentences.map((s) => text.slice(s.start, s.end));
    expect(sentences[0]).toBe('ACME SEES LOSS');
    expect(sentences.some((s) => s.includes('James C.\nLane, resigned on Monday and\nwill be replaced.'))).toBe(true);
    expect(a.tokens.find((t) => t.text === 'Lane')?.first).toBe(false);
    expect(sentences[sentences.length - 1]).toBe('The company said it expects a loss.');
  });
});

describe('long articles in pieces', () => {
  test('cuts fall at paragraph breaks, else spaces, and no piece is longer than the size', () => {
    const para = 'Ann Cole said the plan was sound. '.repeat(20);
    const text = Array.from({ length: 30 }, () => para).join('\n\n');
    const cuts = chunkBounds(text, 2000);
    expect(cuts[0]).toBe(0);
    expect(cuts[cuts.length - 1]).toBe(text.length);
    for (let k = 1; k < cuts.length; k++) {
      expect(cuts[k] - cuts[k - 1]).toBeLessThanOrEqual(2000);
      if (k < cuts.length - 1) expect(text.slice(cuts[k] - 2, cuts[k])).toBe('\n\n');
    }
    const unbroken = 'x'.repeat(5000);
    expect(chunkBounds(unbroken, 2000)).toEqual([0, 2000, 4000, 5000]);
    expect(chunkBounds('short', 2000)).toEqual([0, 5]);
  });

  test('a text over the piece size keeps exact offsets and the tags of a short one', () => {
    const para = 'Chief Executive Ann Cole told Reuters on Monday that Acme Corp would expand.';
    const text = Array.from({ length: Math.ceil((CHUNK * 2.5) / (para.length + 2)) }, () => para).join('\n\n');
    const a = analyze(text);
    for (const t of a.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    const short = analyze(para);
    const lastCopy = a.tokens.slice(-short.tokens.length);
    expect(lastCopy.map((t) => [t.text, [...t.tags].sort().join()])).toEqual(short.tokens.map((t) => [t.text, [...t.tags].sort().join()]));
  });
});
