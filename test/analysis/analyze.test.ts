import { analyze } from '../../src/analysis/analyze.js';

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
