import { analyze } from '../../src/analysis/analyze.js';
import { recognizeTitles } from '../../src/recognizers/titles.js';

const titlesIn = (text: string) => recognizeTitles(analyze(text)).map((t) => t.title);

describe('recognizeTitles', () => {
  test.each([
    ['Lt. Gen. Amara Diallo inspected the troops.', 'Lieutenant General'],
    ['Sr. Lt. Gen. Tran Quoc Bao arrived on time.', 'Senior Lieutenant General'],
    ['Rear Adm. Sofia Lindqvist took command.', 'Rear Admiral'],
    ['Det Supt Helen Marsh led the inquiry.', 'Detective Superintendent'],
    ['Interior Minister Pedro Alves resigned.', 'Interior Minister'],
    ['She met the deputy assistant secretary of defense for Africa.', 'deputy assistant secretary of defense'],
    ['Deputy Secretary of State Mara Quint flew home.', 'Deputy Secretary of State'],
    ['The Foreign Ministry spokesman declined to comment.', 'Foreign Ministry spokesman'],
    ['The company named a new chief financial officer.', 'chief financial officer'],
    ['the head of office in Goma said', 'head of office'],
    ['as mines and energy minister', 'mines and energy minister'],
    ['said Lena Ortiz, chief Latin America strategist at a bank', 'chief Latin America strategist'],
  ])('%s -> %s', (text, title) => {
    expect(titlesIn(text)).toContain(title);
  });

  test('a military rank takes no modifiers from an organization name before it', () => {
    expect(titlesIn('the Royal Thai Army General Prayut Somchai')).toContain('General');
    expect(titlesIn('the Royal Thai Army General Prayut Somchai')).not.toContain('Army General');
  });

  test('lower-case military words are not ranks', () => {
    expect(titlesIn('There were major differences and a general strike.')).toEqual([]);
  });

  test('"former" and "then-" are marked, not kept in the title', () => {
    const [t] = recognizeTitles(analyze('then-Prime Minister Olaf Brandt'));
    expect(t.title).toBe('Prime Minister');
    expect(t.former).toBe(true);
    const [f] = recognizeTitles(analyze('the former mayor of the city'));
    expect(f.title).toBe('mayor');
    expect(f.former).toBe(true);
  });

  test('mention text keeps the abbreviation as written', () => {
    const a = analyze('Col. Ines Mora spoke.');
    const [t] = recognizeTitles(a);
    expect(t.text).toBe('Col.');
    expect(a.text.slice(t.start, t.end)).toBe('Col.');
  });
});
