import { extract } from '../../src/pipeline.js';

const people = (text: string) => extract(text, { file: 't.txt' }).people!;
const names = (text: string) => people(text).map((p) => p.name);

describe('people', () => {
  test.each([
    ['Spokesman Tomasz Wrona rejected the claim.', 'Tomasz Wrona'],
    ['Gen. Obinna Nwosu, the army chief, toured the base.', 'Obinna Nwosu'],
    ['"We are ready," said Zhou Minghao, who heads the delegation.', 'Zhou Minghao'],
    ['Mr. Okafor declined to comment.', 'Okafor'],
    ['The fund is run by Hamad bin Khalid al-Mansouri, an adviser to the emir.', 'Hamad bin Khalid al-Mansouri'],
    ['Dutch MEP Joost van der Linden voted against the bill.', 'Joost van der Linden'],
    ['Engineer Grace M. Holloway, 52, designed the bridge.', 'Grace M. Holloway'],
    ['Kwame Asante-Boateng, a 41-year-old farmer, said the rains came late.', 'Kwame Asante-Boateng'],
    ['The match was close. Park Min-jae led the scoring with 31 points.', 'Park Min-jae'],
    ['Senator Ana Lucia "Nena" Reyes filed the bill.', 'Ana Lucia "Nena" Reyes'],
  ])('%s -> %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  test('a surname that is also a country stays in the name after a given name', () => {
    expect(names('Justice Pedro Henrique Portugal wrote the opinion.')).toEqual(['Pedro Henrique Portugal']);
  });

  test('after a locative preposition, a run with only name-list support is a place', () => {
    expect(names('Police searched flats in Ashford Hill on Monday.')).toEqual([]);
    expect(names('Police searched flats in Ashford Hill, said Inspector Mara Lind.')).toEqual(['Mara Lind']);
  });

  test('a surname with its particles, cited alone, is the full name', () => {
    const found = people('Commissioner Tomas de la Fuente Ibarra spoke first. De la Fuente added that talks would go on.');
    expect(found.map((p) => p.name)).toEqual(['Tomas de la Fuente Ibarra']);
    expect(found[0].aliases).toContain('De la Fuente');
  });

  test('the name carries no title and no possessive', () => {
    expect(names("President Ana Costa's visit was cancelled.")).toEqual(['Ana Costa']);
  });

  test('months, weekdays, countries and title words alone are not people', () => {
    const found = names('In June, Kenya and Peru met on Monday. The President and the General spoke. Major progress was made.');
    expect(found).toEqual([]);
  });

  test('storms, streets, indexes and parties are not people even as subjects', () => {
    const found = names('Hurricane Ian hit the coast. Shares on Wall Street fell and the Nasdaq Composite lost 3%. The Liberal Democrats said no.');
    expect(found).toEqual([]);
  });

  test('a name-shaped company before "shares" or "analyst" is not a person', () => {
    expect(names('Hollis Crane shares fell 4% after Whitby Marsh analyst Dana Ruiz cut her rating.')).toEqual(['Dana Ruiz']);
  });

  test('in a Title Case headline the capitalized words are not names, the name is', () => {
    expect(names('Fed Holds Rates as Powell Signals Patience')).toEqual(['Powell']);
    expect(names('Deputy Governor Lena Hart met Arno Vidal, the finance minister.')).toEqual(['Lena Hart', 'Arno Vidal']);
  });

  test("a title's complement is not part of the name after it", () => {
    expect(names('Deputy Governor for Markets Dave Ramsden voted for a cut.')).toEqual(['Dave Ramsden']);
  });

  test('a full name coordinated with a person is a person', () => {
    expect(names('The firm was founded by Joost de Groot and Sanne Hoekstra in 2020.')).toEqual(['Joost de Groot', 'Sanne Hoekstra']);
  });

  test('a lone capitalized word after another is part of a longer name, not a person', () => {
    expect(names('At City Hall, the Lord Mayor of Belfast, Councillor Niamh Gallagher, spoke.')).toEqual(['Niamh Gallagher']);
  });

  test('a nickname in quotes does not split the person', () => {
    const found = people('Mayor Ana Lucia "Nena" Reyes spoke. Reyes later left.');
    expect(found).toHaveLength(1);
    expect(found[0].aliases).toEqual(['Reyes']);
  });

  test('a later surname joins the full name; its form becomes an alias', () => {
    const [p, ...rest] = people('Finance Minister Lucia Ferrante presented the budget. Ferrante said it was prudent. Later, Ferrante left.');
    expect(rest).toEqual([]);
    expect(p.name).toBe('Lucia Ferrante');
    expect(p.aliases).toEqual(['Ferrante']);
    expect(p.mentions).toHaveLength(3);
  });

  test('a Chinese surname (written first) joins the full name', () => {
    const [p] = people('Senior Col. Tan Kefei said talks would resume. Tan added that ships had left.');
    expect(p.name).toBe('Tan Kefei');
    expect(p.aliases).toContain('Tan');
  });

  test('two people who share a surname stay apart', () => {
    const found = names('Coach Maria Santos and her brother, striker Diego Santos, were both praised.');
    expect(found).toEqual(expect.arrayContaining(['Maria Santos', 'Diego Santos']));
  });

  test('a familiar given name is the same person as the full one ("Dave" is "David")', () => {
    const found = people('The club appointed psychologist Dave Collins on Monday. David Collins said the squad was ready. Collins starts in May.');
    expect(found).toHaveLength(1);
    expect(found[0].mentions.map((m) => m.text)).toEqual(['Dave Collins', 'David Collins', 'Collins']);
  });

  test('a name before a word that names a thing after a person ("the Hartwell Report") is not a person', () => {
    expect(names('The plan follows last year\'s Hartwell Report, which recommended cuts.')).toEqual([]);
    expect(names('Ines Varga won the Sorensen Prize on Friday.')).toEqual(['Ines Varga']);
  });
});
