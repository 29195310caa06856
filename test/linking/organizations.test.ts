import { analyze } from '../../src/analysis/analyze.js';
import { recognizeOrganizations } from '../../src/recognizers/organizations.js';
import { linkOrganizations } from '../../src/linking/organizations.js';

const link = (text: string) => linkOrganizations(recognizeOrganizations(analyze(text)));
const find = (orgs: ReturnType<typeof link>, form: string) =>
  orgs.filter((o) => [o.name, ...o.aliases].some((x) => x.toLowerCase() === form.toLowerCase()));

describe('linkOrganizations', () => {
  test('mentions are spans of the text', () => {
    const text = 'The Northern Water Board (NWB) met. Later the NWB said it would appeal.';
    for (const o of link(text)) for (const m of o.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  test('an acronym in parentheses and its later bare use join the name', () => {
    const orgs = link('The Northern Water Board (NWB) met on Monday. Later the NWB said it would appeal.');
    expect(orgs).toHaveLength(1);
    expect(orgs[0].name).toBe('Northern Water Board');
    expect(orgs[0].aliases).toContain('NWB');
    expect(orgs[0].mentions.map((m) => m.text)).toEqual(['Northern Water Board', 'NWB', 'NWB']);
  });

  test('acronym first, expansion in parentheses', () => {
    const orgs = link('The FLF (Free Lakeland Front) claimed the attack. FLF fighters withdrew.');
    expect(orgs).toHaveLength(1);
    expect(orgs[0].aliases).toContain('FLF');
  });

  test('an acronym spelled by the initials of a name used elsewhere', () => {
    const orgs = link('A loan from the Valdoria Rural Credit Agency was approved. VRCA officials declined to comment.');
    expect(find(orgs, 'VRCA')).toHaveLength(1);
    expect(find(orgs, 'VRCA')[0].name).toBe('Valdoria Rural Credit Agency');
  });

  test('spellings, case and "Ministry of X" forms are one entity', () => {
    const orgs = link("Chile's defence ministry said so. The Chilean Defense Ministry later added that the Ministry of National Defense agreed.");
    expect(orgs).toHaveLength(1);
    expect(orgs[0].name.toLowerCase()).toMatch(/defen[cs]e ministry|ministry of national defense/);
  });

  test('the same ministry of two countries stays two', () => {
    const orgs = link("Japan's foreign ministry protested. Peru's foreign ministry did not.");
    expect(orgs).toHaveLength(2);
  });

  test('a lone head joins the one fuller name, or is dropped', () => {
    const orgs = link('The Lakeland Assembly voted on Monday. The Assembly will meet again. The Commission declined to comment.');
    expect(orgs).toHaveLength(1);
    expect(orgs[0].mentions).toHaveLength(2);
  });

  test('a short form joins the name a place makes longer', () => {
    const orgs = link('The Nevada Supreme Court heard the case. The Supreme Court ruled on Friday.');
    expect(orgs).toHaveLength(1);
  });

  test('a company is found again by its short name', () => {
    const orgs = link('Orvella Mining Corp. reported a loss. Orvella said prices fell.');
    expect(orgs).toHaveLength(1);
    expect(orgs[0].mentions.map((m) => m.text)).toEqual(['Orvella Mining Corp.', 'Orvella']);
  });

  test('curly and straight quotes are the same name', () => {
    const orgs = link("The Workers' Party rallied. The Workers’ Party later marched.");
    expect(orgs).toHaveLength(1);
  });

  test('well-known equivalents join', () => {
    const orgs = link('The Department of Defense said the Pentagon would respond.');
    expect(orgs).toHaveLength(1);
  });
});

describe('linkOrganizations: national descriptive names', () => {
  test("a country's descriptive name joins its named body whose words contain the domain", () => {
    const orgs = link("The European Space Agency and Norway's space agency approved the plan. The lander comes from the Norway Aerospace Research Agency (NARA).");
    const nara = find(orgs, 'NARA');
    expect(nara.length).toBe(1);
    expect(nara[0].name).toBe('Norway Aerospace Research Agency');
    expect(nara[0].aliases).toContain("Norway's space agency");
    expect(find(orgs, 'European Space Agency')[0].aliases).not.toContain("Norway's space agency");
  });

  test('a one-word company joins its fuller name', () => {
    const orgs = link('Why NovaBank bought Arden. NovaBank Group Corp. agreed to buy Arden Holdings on Monday.');
    expect(find(orgs, 'NovaBank').length).toBe(1);
    expect(find(orgs, 'NovaBank')[0].name).toBe('NovaBank Group Corp.');
  });

  test('sports nicknames join the team', () => {
    const orgs = link('The Halifax Herons beat the Tulsa Drifters 98-91 on Friday. The Herons scored 30 points in the fourth quarter, and their coach praised the players after the game.');
    expect(find(orgs, 'Herons').map((o) => o.name)).toEqual(['Halifax Herons']);
  });
});
