import { Readable } from 'node:stream';
import { extract } from '../../src/pipeline.js';
import { decode, InputError, looksBinary } from '../../src/input/decode.js';
import { blankHtml, cleanHtml, looksLikeHtml } from '../../src/input/html.js';
import { prepareText } from '../../src/input/text.js';
import { readRecords } from '../../src/input/records.js';
import { formatSize } from '../../src/input/files.js';
import { ENTITY_TYPES as SCHEMA_TYPES } from '../../src/schema/document.js';
import { ENTITY_TYPES, parseSize } from '../../src/cli/options.js';

describe('decode', () => {
  test('Latin-1 and Windows-1252 bytes', () => {
    expect(decode(Buffer.from([0x43, 0x61, 0x66, 0xe9]))).toBe('Café');
    expect(decode(Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x80, 0x35]))).toBe('“Hi” €5');
  });
  test('BOMs are removed; UTF-16 both ways', () => {
    expect(decode(Buffer.from([0xef, 0xbb, 0xbf, 0x41]))).toBe('A');
    expect(decode(Buffer.from([0xff, 0xfe, 0x41, 0, 0xe9, 0]))).toBe('Aé');
    expect(decode(Buffer.from([0xfe, 0xff, 0, 0x41, 0, 0xe9]))).toBe('Aé');
  });
  test('binary: magic numbers, NULs, control soup; empty is text', () => {
    expect(() => decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toThrow(InputError);
    expect(() => decode(Buffer.from('PK\x03\x04hello world', 'latin1'))).toThrow('binary file');
    expect(() => decode(Buffer.from('%PDF-1.4\nhello', 'latin1'))).toThrow('binary file');
    expect(looksBinary(Buffer.from([0x41, 0, 0x42]))).toBe(true);
    expect(decode(Buffer.alloc(0))).toBe('');
    expect(() => decode(Buffer.from([0xff, 0xfe, 0, 0, 1, 0, 2, 0]))).toThrow('binary file');
  });
});

describe('HTML', () => {
  const page = '<!doctype html><html><head><title>T</title><style>p{}</style><script>var a="<p>x</p>";</script></head><body><p>Ana &amp; Bob&nbsp;met &#39;Carl&#x27;.</p><!-- note --></body></html>';
  test('markup is blanked, references decoded, and every character maps back to the page', () => {
    const { text, source } = cleanHtml(page);
    expect(source.length).toBe(text.length + 1);
    expect(source[text.length]).toBe(page.length);
    for (let i = 0; i < text.length; i++) {
      if (text[i] === ' ' || text[i] === '\n') continue;
      if (page[source[i]] === '&') continue; // a decoded reference maps to its start
      expect(page[source[i]]).toBe(text[i]);
    }
    expect(text.replace(/\s+/g, ' ').trim()).toBe("T Ana & Bob met 'Carl'.");
    expect(blankHtml(page)).toBe(text);
  });
  test('detection', () => {
    expect(looksLikeHtml(page)).toBe(true);
    expect(looksLikeHtml('  <HTML><body>hi</body></HTML>')).toBe(true);
    expect(looksLikeHtml('The <b>mayor</b> said 3 < 4 and 5 > 2.')).toBe(false);
    expect(looksLikeHtml('<p>a</p><p>b</p><p>c</p><p>d</p><p>e</p>')).toBe(true);
    expect(prepareText('a <b>b</b>', true).text).toBe('a    b    ');
    expect(prepareText(page, false)).toEqual({ text: page });
  });
  test('unterminated script and comment blank to the end', () => {
    expect(blankHtml('Hi <script>var x').trim()).toBe('Hi');
    expect(blankHtml('Hi <!-- x').trim()).toBe('Hi');
  });
});

describe('records', () => {
  const read = async (s: string, max = 1000) => {
    const out = [];
    for await (const r of readRecords(Readable.from([Buffer.from(s)]), max)) out.push(r);
    return out;
  };
  test('good, bad, blank and oversized lines', async () => {
    const big = JSON.stringify({ id: 'big', text: 'x'.repeat(2000) });
    expect(await read(`{"id":1,"text":"a"}\n\n{bad\n${big}\n{"id":"z","text":"é"}`)).toEqual([
      { line: 1, id: '1', text: 'a' },
      { line: 3, error: 'not valid JSON' },
      { line: 4, error: 'record is over --max-bytes 1 KB' },
      { line: 5, id: 'z', text: 'é' },
    ]);
  });
  test('a multi-byte character split across chunks', async () => {
    const bytes = Buffer.from('{"id":"a","text":"Café"}\n');
    const chunks = [bytes.subarray(0, 21), bytes.subarray(21)];
    const out = [];
    for await (const r of readRecords(Readable.from(chunks), 100)) out.push(r);
    expect(out).toEqual([{ line: 1, id: 'a', text: 'Café' }]);
  });
});

describe('options', () => {
  test('the CLI list of entity types is the schema list', () => {
    expect([...ENTITY_TYPES]).toEqual([...SCHEMA_TYPES]);
  });
  test('sizes', () => {
    expect(parseSize('10MB')).toBe(10_000_000);
    expect(parseSize('500kb')).toBe(500_000);
    expect(parseSize('1.5 MiB')).toBe(1_572_864);
    expect(parseSize('2000')).toBe(2000);
    for (const bad of ['0', '-1', 'ten', '10XB', '']) expect(() => parseSize(bad)).toThrow();
    expect(formatSize(20_000_000)).toBe('20.0 MB');
    expect(formatSize(10_000_000, true)).toBe('10 MB');
  });
});

describe('HTML character references', () => {
  const page = (body: string) => `<html><body><p>${body}</p><p>More text.</p><p>Even more.</p><p>End.</p></body></html>`;
  test("a name with a reference is one person, its mention the file's own text", () => {
    const html = page('John O&#39;Malley said the plan would work. O&#39;Malley left.');
    const d = extract(html, { file: 'p.html' });
    expect(d.people!.map((p) => p.name)).toEqual(["John O'Malley"]);
    for (const m of d.people![0].mentions) expect(html.slice(m.start, m.end)).toBe(m.text);
    expect(d.people![0].mentions[0].text).toBe('John O&#39;Malley');
  });
  test('a currency written as a reference is money', () => {
    const d = extract(page('The fund raised &euro;2.1 billion.'), { file: 'p.html' });
    expect(d.money!.map((m) => [m.amount, m.currency, m.mentions[0].text])).toEqual([[2.1e9, 'EUR', '&euro;2.1 billion']]);
  });
  test('dates on either side of line breaks made from <br> stay apart', () => {
    const d = extract(page('Results for Q3<br><br>Jan. 5 meeting.'), { file: 'p.html' });
    expect(d.dates!.map((x) => [x.text, x.value])).toEqual([['Q3', 'XXXX-Q3'], ['Jan. 5', 'XXXX-01-05']]);
  });
});

describe('NDJSON records', () => {
  test('a record that is not UTF-8 is read as Windows-1252, as files are', async () => {
    const line = Buffer.concat([Buffer.from('{"id":"a","text":"Caf'), Buffer.from([0xe9]), Buffer.from(' Nord"}\n')]);
    const out = [];
    for await (const r of readRecords(Readable.from([line]), 1000)) out.push(r);
    expect(out).toEqual([{ line: 1, id: 'a', text: 'Café Nord' }]);
  });
});
