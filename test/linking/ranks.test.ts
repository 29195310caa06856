import { extract } from '../../src/pipeline.js';

/** person name -> titles, for a sentence. */
function ranksOf(text: string): Record<string, string[]> {
  const doc = extract(text, { file: 't.txt' });
  return Object.fromEntries(doc.people!.map((p) => [p.name, p.ranks]));
}

describe('titles attached to people', () => {
  test('pre-name title', () => {
    expect(ranksOf('Interior Minister Pedro Alves resigned on Friday.')['Pedro Alves']).toEqual(['Interior Minister']);
  });

  test('a chain of titles before one name', () => {
    expect(ranksOf('Ukrainian Defence Minister Gen. Oleh Maliar visited.')['Oleh Maliar']).toEqual(['Defence Minister', 'General']);
  });

  test('apposition after the name, with a possessor in between', () => {
    const r = ranksOf('Mira Castell, the Riverside Council\'s finance director, said costs rose.');
    expect(r['Mira Castell']).toEqual(['finance director']);
  });

  test('apposition before the name', () => {
    expect(ranksOf("Northwind's chief executive, Tom Hale, said sales fell.")['Tom Hale']).toEqual(['chief executive']);
  });

  test('predicative: appointed X as TITLE', () => {
    const r = ranksOf('Prime Minister Sara Lind appointed Jonas Berg as finance minister.');
    expect(r['Jonas Berg']).toEqual(['finance minister']);
    expect(r['Sara Lind']).toEqual(['Prime Minister']);
  });

  test('a title belongs to the person it modifies, not to the nearest name', () => {
    const r = ranksOf('Col. Rhee Soo-jin, a spokeswoman for Gen. Park Dong-hyun, the army chief, said drills would continue.');
    expect(r['Rhee Soo-jin']).toEqual(['Colonel', 'spokeswoman']);
    expect(r['Park Dong-hyun']).toEqual(['General', 'army chief']);
  });

  test('former and then- titles are flagged in ranks[]', () => {
    const doc = extract('The law was signed by then-Governor Ellen Marsh in 2019.', { file: 't.txt' });
    expect(doc.ranks!).toEqual([expect.objectContaining({ title: 'Governor', person: 'Ellen Marsh', former: true })]);
  });

  test('a plural title heads every name of the list it introduces', () => {
    const r = ranksOf('Senators Ann Cole and Brian Voss introduced the bill, and the dissenting justices, Rui Lima and Eva Sousa, objected.');
    expect(r['Ann Cole']).toEqual(['Senator']);
    expect(r['Brian Voss']).toEqual(['Senator']);
    expect(r['Rui Lima']).toEqual(['justice']);
    expect(r['Eva Sousa']).toEqual(['justice']);
  });

  test('a relative clause does not hide the subject of a predicate title', () => {
    const r = ranksOf('Marta Quiroga, who led the inquiry in 2019, becomes health minister on Monday.');
    expect(r['Marta Quiroga']).toEqual(['health minister']);
  });

  test('honorifics between a title and the name are skipped, and not part of the name', () => {
    const r = ranksOf('Prime Minister Datuk Seri Hamzah Yusof dissolved parliament, and Opposition Chief Tan Sri Idris Latif objected.');
    expect(r['Hamzah Yusof']).toEqual(['Prime Minister']);
    expect(Object.keys(r)).toEqual(expect.arrayContaining(['Hamzah Yusof', 'Idris Latif']));
  });

  test('"Jr." does not stop an apposition', () => {
    expect(ranksOf('Capt. Ramon T. Ocampo Jr., the navy\'s spokesman, spoke.')['Ramon T. Ocampo Jr.']).toEqual(['Captain', 'spokesman']);
  });

  test("a sentence's full stop is not a title's abbreviation", () => {
    const doc = extract('She was named head of fraud research. Brightloom co-founder Ade Bello will move on.', { file: 't.txt' });
    expect(doc.people!.map((p) => p.name)).toEqual(['Ade Bello']);
  });
});


describe('titles as wires and papers write them', () => {
  test.each([
    ['Acme Corp named Tom Hale president and chief operating officer.', { 'Tom Hale': ['president', 'chief operating officer'] }],
    ['Acme said Ida Berg, current president and chief executive, would stay.', { 'Ida Berg': ['president', 'chief executive'] }],
    ['Ida Berg, now vice chairman and chief financial officer, will lead the board.', { 'Ida Berg': ['vice chairman', 'chief financial officer'] }],
    ['Rovers boss Mark Hale said the side was tired.', { 'Mark Hale': ['boss'] }],
    ['Dean Wilson shot a 66 to lead by two strokes.', { 'Dean Wilson': [] }],
    ['The Rev. Martin Luther King Jr. spoke in 1963.', { 'Martin Luther King Jr.': ['Reverend'] }],
    ['The trio are chief executive Ann Walsh, chief financial officer Bryn Dunne and chief operations officer Sean Kerr.', { 'Ann Walsh': ['chief executive'], 'Bryn Dunne': ['chief financial officer'], 'Sean Kerr': ['chief operations officer'] }],
    ['The three outside directors are Ivo Allen, Judith Arne and Carl Ayre.', { 'Ivo Allen': ['director'], 'Judith Arne': ['director'], 'Carl Ayre': ['director'] }],
    ['Fly-half Jon Wells has been named as Wales\'s new rugby union captain.', { 'Jon Wells': ['union captain'] }],
    ['The bank named Mal Stevens, director of export finance at Corvell Bank, to the post.', { 'Mal Stevens': ['director of export finance'] }],
    ['Neil Spring currently president of Navco was named chairman.', { 'Neil Spring': ['president'] }],
  ])('%s', (text, expected) => {
    expect(ranksOf(text)).toEqual(expected);
  });

  test('a title left behind or held before is former', () => {
    const d = extract('Ann Cole, who stepped down as chief executive in May, joined Kestrel. Ida Berg, formerly finance director of Acme, joined too.', { file: 't.txt' });
    expect(d.ranks!.map((r) => [r.person, r.title, r.former])).toEqual([
      ['Ann Cole', 'chief executive', true],
      ['Ida Berg', 'finance director', true],
    ]);
  });

  test('a post-nominal title after the name, and a verb that is not a title', () => {
    expect(ranksOf('Ann Cole MP voted against the bill.')).toEqual({ 'Ann Cole': ['MP'] });
    expect(ranksOf("Mr O'Hara now chairs a gold explorer.")).toEqual({ "O'Hara": [] });
  });

  test('the subject before an apposition in commas takes the predicate\'s title', () => {
    expect(ranksOf('Karl Brenner, now vice chairman and chief financial officer, was named chairman of the group.')).toEqual({
      'Karl Brenner': ['vice chairman', 'chief financial officer', 'chairman'],
    });
    expect(ranksOf('Dana Okoro, current president of the unit, will become chief executive.')['Dana Okoro']).toContain('chief executive');
  });

  test('"succeed X as TITLE": the title is the subject\'s, not the predecessor\'s', () => {
    const r = ranksOf('Karl Brenner was named to succeed Ida Lund as chairman and chief executive officer.');
    expect(r['Karl Brenner']).toEqual(['chairman', 'chief executive officer']);
    expect(r['Ida Lund']).toEqual([]);
  });
});
