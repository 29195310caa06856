// Property-based tests over the whole pipeline with random and adversarial text: extract()
// never throws, finishes in bounded time per kilobyte, every mention offset slices to its text,
// every document validates against DocumentSchema.
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { extract } from '../../src/pipeline.js';
import { DocumentSchema, ENTITY_TYPES, type Document } from '../../src/schema/document.js';
import { ROOT } from '../helpers.js';

const ARTICLE = fs.readFileSync(path.join(ROOT, 'fixtures', 'articles', '000_c1126d8932c32f38.txt'), 'utf8');
const SENTENCES = ARTICLE.split(/(?<=[.!?])\s+/).filter(Boolean);

// Generous: 2 s plus 1 s per kilobyte (the pipeline does ~100 KB/s on one core).
const budgetMs = (text: string) => 2000 + text.length;

let checked = 0;
let mentionsSeen = 0;

function check(text: string, referenceDate?: string): void {
  checked++;
  const t0 = performance.now();
  let doc: Document;
  try {
    doc = extract(text, { file: 'prop.txt', referenceDate });
  } catch (e) {
    throw new Error(`extract threw on ${JSON.stringify(text.slice(0, 300))}${text.length > 300 ? '…' : ''}: ${(e as Error).stack}`);
  }
  const ms = performance.now() - t0;
  if (ms > budgetMs(text)) throw new Error(`took ${Math.round(ms)} ms for ${text.length} characters`);
  DocumentSchema.parse(doc);
  expect(doc.characters).toBe(text.length);
  for (const t of ENTITY_TYPES) {
    for (const e of (doc[t] ?? [])) {
      for (const m of e.mentions) {
        mentionsSeen++;
        if (text.slice(m.start, m.end) !== m.text) throw new Error(`${t} mention ${JSON.stringify(m)} does not slice ${JSON.stringify(text)}`);
      }
    }
  }
}

const PUNCT = ['.', '......', '!?', '—', '–', '"', '“', '”', "'", '’', '(', ')', '[', ']', '{', '}', ',', ';', ':', '$', '€', '£', '%', '&', '-', '/', '\\', '…', '•', '#', '@', '*', '\u00a0', '\u200b', '\t', '\r', '\r\n', '\n\n'];
const WORDS = ['Mayor', 'Gen.', 'Dr.', 'Mr.', 'U.S.', 'U.N.', 'Inc.', 'Corp.', 'Ministry', 'of', 'the', 'Ana', 'Ruiz', "O'Neill", 'Tae-hoon', 'said', 'on', 'Monday', 'March', '3', '2024', '$2', 'million', '€5bn', '1,000', '3.5', 'former', 'then-President', 'Bank', 'China’s', 'Smith', 'and', 'Co', 'St.', 'Jan', 'May', 'billion', 'percent', '2024-05-11', 'last', 'week', 'next', 'year'];

const token = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 9 }).map((n) => '.'.repeat(n * 7)) },
);
const wordSoup = fc.array(fc.tuple(token, fc.constantFrom(' ', '', ' ', '\n', '  ')), { maxLength: 120 }).map((ps) => ps.map(([a, b]) => a + b).join(''));

const nested = fc
  .tuple(fc.integer({ min: 1, max: 60 }), fc.constantFrom<[string, string][]>(
    [['(', ')']],
    [['"', '"']],
    [['“', '”']],
    [['(', ')'], ['"', '"'], ['[', ']'], ['‘', '’']],
  ), fc.constantFrom(...SENTENCES))
  .map(([depth, pairs, core]) => {
    let s = core;
    for (let i = 0; i < depth; i++) {
      const [open, close] = pairs[i % pairs.length];
      s = `${open}${i % 3 === 0 ? 'Mayor Ana Ruiz said ' : ''}${s}${close}`;
    }
    return s;
  });

const longWord = fc
  .tuple(fc.constantFrom('a', 'Z', 'é', '😀', 'Ab', '1', '.', '-', '’'), fc.integer({ min: 1000, max: 10000 }), fc.constantFrom(...SENTENCES))
  .map(([unit, n, s]) => `${s} ${unit.repeat(Math.ceil(n / unit.length)).slice(0, n)} ${s}`);

const mangledArticle = fc
  .tuple(fc.integer({ min: 0, max: ARTICLE.length }), fc.integer({ min: 0, max: 400 }), wordSoup)
  .map(([at, cut, soup]) => ARTICLE.slice(0, at) + soup + ARTICLE.slice(Math.min(ARTICLE.length, at + cut)));

describe('pipeline properties', () => {
  afterAll(() => {
    // The generators do reach the recognizers: many inputs, and mentions among them.
    expect(checked).toBeGreaterThan(500);
    expect(mentionsSeen).toBeGreaterThan(50);
  });

  test('random unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (t) => check(t)), { numRuns: 150 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (t) => check(t)), { numRuns: 100 });
  });

  test('word soup of names, titles, money, dates and punctuation', () => {
    fc.assert(
      fc.property(wordSoup, fc.option(fc.constantFrom('2024-05-11', '1999-12-31', '2024-02-29'), { nil: undefined }), (t, ref) => check(t, ref)),
      { numRuns: 200 },
    );
  });

  test('deeply nested quotes and parentheses', () => {
    fc.assert(fc.property(nested, (t) => check(t)), { numRuns: 50 });
  });

  test('10,000-character words', () => {
    fc.assert(fc.property(longWord, (t) => check(t)), { numRuns: 20 });
  });

  test('a real article with noise spliced in', () => {
    fc.assert(fc.property(mangledArticle, (t) => check(t)), { numRuns: 50 });
  });

  test.each([
    ['punctuation runs', '......'.repeat(2000)],
    ['only quotes', '"“”‘’\''.repeat(1500)],
    ['only parentheses', `${'('.repeat(3000)}Mayor Ana Ruiz${')'.repeat(3000)}`],
    ['lone surrogates', 'Mayor \ud800Ana\udc00 Ruiz said on Monday.'],
    ['NULs and controls', 'Mayor\u0000Ana\u0001Ruiz\u0007 said $2\u0000million.'],
    ['combining marks', `Mayor A${'\u0301'.repeat(500)}na Ruiz said.`],
    ['RTL and emoji', 'الرئيس Ana 👩‍👩‍👧 Ruiz מנהל said on 3 March 2024 that $5 million 🇺🇸 was spent.'],
    ['CR only', ARTICLE.replace(/\n/g, '\r')],
    ['one huge line', SENTENCES.join(' ').repeat(8)],
  ])('adversarial: %s', (_name, text) => check(text));
});
