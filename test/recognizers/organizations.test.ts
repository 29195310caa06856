import { analyze } from '../../src/analysis/analyze.js';
import { recognizeOrganizations } from '../../src/recognizers/organizations.js';

const names = (text: string) => recognizeOrganizations(analyze(text)).map((c) => c.name);

describe('recognizeOrganizations', () => {
  test('every candidate is a span of the text', () => {
    const text = 'The Ruritanian Ministry of Fisheries said Tuesday that Belport Shipping Ltd. had been fined.';
    for (const c of recognizeOrganizations(analyze(text))) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  test('names ending in a head word or legal suffix', () => {
    const found = names('Orvella Mining Corp. and the Westmarch Teachers Union met officials of Kelby Bank on Monday.');
    expect(found).toEqual(expect.arrayContaining(['Orvella Mining Corp.', 'Westmarch Teachers Union', 'Kelby Bank']));
  });

  test('lower-case legal suffixes and chains of heads', () => {
    expect(names('Analysts at Thornbury Capital Group plc were unimpressed.')).toContain('Thornbury Capital Group plc');
  });

  test('heads with an "of" complement', () => {
    const found = names('A ruling by the Court of Appeal was welcomed by the Bank of Freedonia and the University of Lakemoor.');
    expect(found).toEqual(expect.arrayContaining(['Court of Appeal', 'Bank of Freedonia', 'University of Lakemoor']));
  });

  test('a complement stops before a title and a date', () => {
    const found = names('Bank of Freedonia Governor Anna Holt spoke to the Finance Committee on Wednesday.');
    expect(found).toContain('Bank of Freedonia');
    expect(found).toContain('Finance Committee');
    expect(found.join(' ')).not.toMatch(/Holt|Wednesday/);
  });

  test('acronym in parentheses after the name, both ways round', () => {
    const a = recognizeOrganizations(analyze('The Coastal Rescue Authority (CRA) said the NRF (National Rowing Federation) agreed.'));
    const cra = a.find((c) => c.name === 'Coastal Rescue Authority' && c.text === 'Coastal Rescue Authority');
    expect(cra?.acronym).toBe('CRA');
    const nrf = a.find((c) => c.text === 'National Rowing Federation');
    expect(nrf?.acronym).toBe('NRF');
  });

  test('an unknown name explained by its acronym is an organization', () => {
    const a = recognizeOrganizations(analyze('Members of the Syndicat des Pilotes Libres (SPL) walked out.'));
    expect(a.some((c) => c.name === 'Syndicat des Pilotes Libres' && c.acronym === 'SPL')).toBe(true);
  });

  test('possessive and national prefixes are not part of the name', () => {
    const a = recognizeOrganizations(analyze("Japan's foreign ministry and the Peruvian Defense Ministry issued statements."));
    const n = a.map((c) => c.name);
    expect(n).toContain('foreign ministry');
    expect(n).toContain('Defense Ministry');
    expect(a.find((c) => c.name === 'foreign ministry')?.country).toBe('japan');
  });

  test('a credit in a dateline is a news agency', () => {
    expect(names('OSLO (NTB) - Talks resumed on Friday.')).toContain('NTB');
  });

  test('well-known institutions', () => {
    expect(names('The Kremlin and the Pentagon traded accusations, Reuters reported.')).toEqual(
      expect.arrayContaining(['Kremlin', 'Pentagon', 'Reuters']),
    );
  });

  test('countries, cities, nationalities are never organizations', () => {
    const found = names('Beijing and Washington argued while French and Brazilian officials met in Geneva. The US and UK agreed.');
    expect(found).toEqual([]);
  });

  test('person names and titles are never organizations', () => {
    const found = names('President Maria Ellison met Deputy Secretary of State Tom Okafor and Gen. Lee Carver.');
    expect(found).toEqual([]);
  });

  test('web-page boilerplate holds no organizations', () => {
    const text = 'Breaking News\nEuropeAsiaWorld NewsBusiness\nXS\nSM\nMD\nLG\nBack to top button\nShare this article\nAdvertisement';
    expect(names(text)).toEqual([]);
  });

  test('acronyms that are no organization', () => {
    expect(names('The CEO said GDP grew and the TV ad ran at 9 PM, as the IPO of XYZ.N neared.')).toEqual([]);
  });

  test('two banks joined by "and" stay two', () => {
    const found = names('Loans came from Kelby Bank and Marrow Bank.');
    expect(found).toEqual(['Kelby Bank', 'Marrow Bank']);
  });
});
