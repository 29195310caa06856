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

describe('recognizeOrganizations: generalization classes', () => {
  test('legal suffixes written with or without periods', () => {
    const found = names('Regulators fined Tavira Metais S.A. and Lucca Tessuti S.p.A., while Hoorn Havens N.V., Delft Bouw B.V., Kanto Seimitsu K.K. and Wollongong Freight Pty Ltd reported results.');
    expect(found).toEqual(expect.arrayContaining(['Tavira Metais S.A.', 'Lucca Tessuti S.p.A.', 'Hoorn Havens N.V.', 'Delft Bouw B.V.', 'Kanto Seimitsu K.K.', 'Wollongong Freight Pty Ltd']));
  });

  test('"Co., Ltd." after a comma continues the name', () => {
    expect(names('Profits at Suzhou Hengda Valve Co., Ltd. doubled last year.')).toContain('Suzhou Hengda Valve Co., Ltd.');
  });

  test('sports teams: a place or a repeated nickname, in a sports story', () => {
    const text = 'The Halifax Herons beat the Tulsa Drifters 98-91 on Friday. The Herons scored 30 points in the fourth quarter, and their coach praised the players after the game. Next season the Herons host the Boise Lanterns.';
    const found = names(text);
    expect(found).toEqual(expect.arrayContaining(['Halifax Herons', 'Tulsa Drifters', 'Boise Lanterns']));
    const short = recognizeOrganizations(analyze(text)).filter((c) => c.text === 'Herons');
    expect(short.length).toBe(2);
    expect(short.every((c) => c.name === 'Halifax Herons')).toBe(true);
  });

  test('capitalized plurals that are no teams', () => {
    const found = names('California Democrats and the Cook Islands delegation watched the game; the coach of the team said the season was long, and players from the Paris Olympics agreed.');
    expect(found.join('|')).not.toMatch(/Democrats|Islands|Olympics/);
  });

  test('no team outside a sports story', () => {
    expect(names('Ohio Farmers met the Texas Realtors on Tuesday to discuss taxes.').join('|')).not.toMatch(/Farmers|Realtors/);
  });

  test('a national prefix the acronym spells stays in the name', () => {
    const c = recognizeOrganizations(analyze('A probe was built by the Korea Ocean Research Agency (KORA) last year.')).find((x) => x.acronym === 'KORA' && !x.inner);
    expect(c?.name).toBe('Korea Ocean Research Agency');
  });

  test('a demonym before a lone armed-forces head is the name', () => {
    expect(names('Troops of the Ghanaian Army and the Royal Thai Navy trained together.')).toEqual(expect.arrayContaining(['Ghanaian Army', 'Royal Thai Navy']));
  });

  test('districts of schools, water and fire are bodies; other districts are places', () => {
    const found = names('The Maple Creek Unified School District and Harlow Valley School District 7 signed a deal with the Coastal Water District, while voters in the Federal District and the 3rd Congressional District waited.');
    expect(found).toEqual(expect.arrayContaining(['Maple Creek Unified School District', 'Harlow Valley School District 7', 'Coastal Water District']));
    expect(found.join('|')).not.toMatch(/Federal District|Congressional/);
  });

  test('currency codes are no organizations', () => {
    const found = names('Campaigns spent 300 million CFA francs, or less than FCFA 50 million each, the CENA said.');
    expect(found).not.toContain('CFA');
    expect(found).not.toContain('FCFA');
  });

  test('a lower-case kind of organization introduces a name', () => {
    const found = names('The environmental agency Ordema fined the firm. A Lisbon-based polling institute Vox Lusa ran the survey, and regional carrier Coral Wing was bought by mining group Ferrano. Shares fell on the K7 exchange.');
    expect(found).toEqual(expect.arrayContaining(['Ordema', 'Vox Lusa', 'Coral Wing', 'Ferrano', 'K7']));
  });

  test('one-word companies ending in a head ("NovaGroup")', () => {
    expect(names('The rocket will be built by NovaGroup, officials said.')).toContain('NovaGroup');
  });

  test('a photo caption is text; its label and credit are not', () => {
    const found = names('The army said it was ready.\nPHOTO: Soldiers of the Ghanaian Army on patrol near Tamale. (AP Photo/Kwame Mensah)\nMore text followed.');
    expect(found).toContain('Ghanaian Army');
    expect(found).not.toContain('PHOTO');
  });

  test('ampersand names: Capitalized (& Capitalized)+', () => {
    const found = names('Investors sold Harrowgate & Pell and bought Quist & Dunmore & Vale, while R & D budgets at Tom & Jerry fell.');
    expect(found).toEqual(expect.arrayContaining(['Harrowgate & Pell', 'Quist & Dunmore & Vale']));
    expect(found.join(' ')).not.toMatch(/R & D|Tom & Jerry/);
  });

  test('the employer before a title or an occupation and a name', () => {
    const found = names('Corvanta Chief Executive Imogen Radley met Feldmark boss Oskar Lind, Brantley Hale analyst Priya Nandi and Ostrava Rovers coach Emil Drozd.');
    expect(found).toEqual(expect.arrayContaining(['Corvanta', 'Feldmark', 'Brantley Hale']));
    expect(found.join(' ')).not.toMatch(/Radley|Lind\b|Nandi|Drozd/);
  });

  test('no employer from a place, a nationality, an adjective or a title modifier', () => {
    const found = names("Millbrook Mayor Dana Ortiz, Kenya's Chief Justice Amina Odhiambo, Chinese President Wen Li, Democratic candidate Rosa Vance and Senior Vice President Tom Reyes spoke.");
    expect(found.join(' ')).not.toMatch(/Millbrook|Kenya|Chinese|Democratic|Senior|Ortiz|Odhiambo|Vance|Reyes/);
  });

  test('market cues name a company, and its later mentions join it', () => {
    const cands = recognizeOrganizations(analyze(
      "Shares of Veldora fell 4% on Tuesday. Talvik said third-quarter revenue rose. Quennel's chief executive resigned and Quennel stock dropped. Brisca, the Danish lender, said profit slipped. Later, Talvik's board met.",
    ));
    const found = cands.map((c) => c.name);
    expect(found).toEqual(expect.arrayContaining(['Veldora', 'Talvik', 'Quennel', 'Brisca']));
    expect(cands.filter((c) => c.name === 'Talvik').length).toBe(2);
  });

  test('no market cue on a person, a place or a kind of share', () => {
    const found = names('Marta Quell said profit would fall, and Class A shares slipped while shares in Frankfurt rose. Asian shares fell.');
    expect(found.join(' ')).not.toMatch(/Quell|Class|Frankfurt|Asian/);
  });

  test('a name does not extend over "and" onto a titled person', () => {
    const found = names('Millbrook Mayor Dana Ortiz and City Council President Ray Kells unveiled a plan.');
    expect(found).toContain('City Council');
    expect(found.join(' ')).not.toMatch(/Ortiz/);
  });

  test('a head inside a capitalized compound is no mention of the organization', () => {
    const cands = recognizeOrganizations(analyze('The European Central Bank held rates. In London, Bank Rate stayed at 5% before the Bank Holiday.'));
    expect(cands.filter((c) => c.text === 'Bank')).toHaveLength(0);
  });
});

describe('organizations in the whole pipeline', () => {
  const orgs = async (text: string) => {
    const { extract } = await import('../../src/pipeline.js');
    const d = extract(text, { file: 't.txt' });
    return { orgs: d.organizations!.map((o) => o.name), people: d.people!.map((p) => p.name) };
  };

  test('a firm named after its founders keeps their names: "& Partners", "and Co"', async () => {
    expect(await orgs('The administrators, Hannah Weber & Partners, said on Monday the firm had debts.')).toEqual({ orgs: ['Hannah Weber & Partners'], people: [] });
    expect((await orgs('The adviser was Morgan Stanley and Co Inc, the company said.')).orgs).toEqual(['Morgan Stanley and Co Inc']);
  });

  test('an acronym the tagger reads inside a longer name takes the longer name ("BNP Paribas")', async () => {
    expect((await orgs('Analysts at BNP Paribas said the shares rose.')).orgs).toEqual(['BNP Paribas']);
    expect((await orgs('He built the first mouse-driven screens at Xerox PARC in the 1970s.')).orgs).toEqual(['Xerox PARC']);
  });

  test('after a person and "of" comes the employer: a name there with only a reporting verb is an organization', async () => {
    const r = await orgs('Yet aviation analyst Tomas Brandt of Heller Voss Lindqvist says the surcharge will rise.');
    expect(r).toEqual({ orgs: ['Heller Voss Lindqvist'], people: ['Tomas Brandt'] });
  });
});
