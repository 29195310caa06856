import { analyze } from '../../src/analysis/analyze.js';
import { recognizeDates } from '../../src/recognizers/dates.js';

const dates = (text: string, referenceDate?: string) => {
  const a = analyze(text);
  const found = recognizeDates(a, { referenceDate });
  for (const d of found) {
    expect(d.text).toBe(text.slice(d.start, d.end));
  }
  return found.map((d) => [d.text, d.value]);
};

describe('recognizeDates: forms and text-only values', () => {
  test.each([
    ['The regulator published its findings on Saturday.', 'Saturday', 'XXXX-WXX-6'],
    ['Voting closes on Monday in most districts.', 'Monday', 'XXXX-WXX-1'],
    ['The hearing is set for November 23 in the capital.', 'November 23', 'XXXX-11-23'],
    ['LAGOS, Oct 14 (Reuters) - The central bank held rates.', 'Oct 14', 'XXXX-10-14'],
    ['The contract was signed on Jan. 5 after long talks.', 'Jan. 5', 'XXXX-01-05'],
    ['The museum reopened on 5 January 2024 to large crowds.', '5 January 2024', '2024-01-05'],
    ['The mill closed on March 3, 2024, after a fire.', 'March 3, 2024', '2024-03-03'],
    ['The filing is dated 2024-05-11 in the register.', '2024-05-11', '2024-05-11'],
    ['The plant opened in August 2022 near the port.', 'August 2022', '2022-08'],
    ['The treaty was first drafted in 1949.', '1949', '1949'],
    ['Prices last fell this sharply in the 1990s.', 'the 1990s', '199'],
    ['Output peaked in the late 1980s before the crash.', 'the late 1980s', '198'],
    ['The line should be running by mid-2023.', 'mid-2023', '2023'],
    ['Ballots will be counted by mid-September.', 'mid-September', 'XXXX-09'],
    ['Talks stalled in early April over tariffs.', 'early April', 'XXXX-04'],
    ['The repairs lasted until the end of March.', 'the end of March', 'XXXX-03'],
    ['Margins improved in the third quarter.', 'the third quarter', 'XXXX-Q3'],
    ['The lender reported second-quarter profit on time.', 'second-quarter', 'XXXX-Q2'],
    ['Q2 revenue rose 4% from a year earlier.', 'Q2', 'XXXX-Q2'],
    ['Deliveries fell in the first quarter of 2026, it said.', 'the first quarter of 2026', '2026-Q1'],
    ['The miner sold more ore in the September quarter.', 'the September quarter', 'XXXX-Q3'],
    ['The merger should close in the first half of 2027.', 'the first half of 2027', '2027-H1'],
    ['Sales slowed sharply in late 2024, the group said.', 'late 2024', '2024'],
    ['The company expects growth in fiscal 2025.', 'fiscal 2025', null],
    ['Farmers expect a bumper harvest in the summer of 2025.', 'the summer of 2025', '2025-SU'],
    ['The railway was built in the 19th century.', 'the 19th century', '18'],
  ])('%s', (text, expected, value) => {
    expect(dates(text)).toContainEqual([expected, value]);
  });

  test.each([
    ['The board met last October to review the plan.', 'last October'],
    ['The ministry will publish the figures next month.', 'next month'],
    ['Shipping costs rose this week as storms hit.', 'this week'],
    ['Exports jumped earlier this year on strong demand.', 'this year'],
    ['Crowds gathered over the weekend in the square.', 'the weekend'],
    ['Inflation eased last month, data showed.', 'last month'],
    ['Parliament will vote on the bill next week.', 'next week'],
    ['The governor said the reserves would be rebuilt by the end of the year.', 'the end of the year'],
    ['Officials confirmed the outbreak yesterday.', 'yesterday'],
  ])('relative, null without a reference date: %s', (text, expected) => {
    expect(dates(text)).toContainEqual([expected, null]);
  });

  test('a leading preposition is never part of the text', () => {
    expect(dates('The deal was agreed in 2019 and renewed since 2021.')).toEqual([
      ['2019', '2019'],
      ['2021', '2021'],
    ]);
    expect(dates('He spoke on Tuesday.')).toEqual([['Tuesday', 'XXXX-WXX-2']]);
  });

  test('a weekday with its date is one expression', () => {
    expect(dates('The trial opens on Tuesday 4 March 2025 in the crown court.')).toEqual([['Tuesday 4 March 2025', '2025-03-04']]);
    expect(dates('Bids are due by Wednesday 26 February.')).toEqual([['Wednesday 26 February', 'XXXX-02-26']]);
  });
});

describe('recognizeDates: what is not a date', () => {
  test.each([
    'The talks could take two days or a long time.',
    'The probe lasted three years and 48 hours of testimony were heard.',
    'The meeting starts at 10:30 GMT.',
    'Prices rose 2% in a single session.',
    'The army sent 2027 troops and 1,200 vehicles to the border.',
    'The air force flies F-15K and J-15 jets.',
    'The council adopted Resolution 2728 unanimously.',
    'Theresa May said the party may change course.',
    'The Sunday Times first reported the story.',
    'The Lakers led 56-50 after the third quarter and scored again in the first half.',
  ])('%s', (text) => {
    expect(dates(text)).toEqual([]);
  });

  test('a year is a year in year-like company only', () => {
    expect(dates('The 2020 election was close.')).toEqual([['2020', '2020']]);
    expect(dates('About 1500 people marched.')).toEqual([]);
  });
});

describe('recognizeDates: resolution against a reference date', () => {
  // 2024-05-15 is a Wednesday.
  const ref = '2024-05-15';

  test('a weekday in a past-tense sentence is the one before the reference date', () => {
    expect(dates('The minister resigned on Saturday after the vote.', ref)).toEqual([['Saturday', '2024-05-11']]);
  });

  test('a weekday in a future sentence is the one after', () => {
    expect(dates('The minister will resign on Saturday, aides say.', ref)).toEqual([['Saturday', '2024-05-18']]);
    expect(dates('Talks resume next Monday.', ref)).toEqual([['next Monday', '2024-05-20']]);
  });

  test('relative months, years and weeks', () => {
    expect(dates('Rates will be cut next month.', ref)).toEqual([['next month', '2024-06']]);
    expect(dates('Rates were cut last October.', ref)).toEqual([['last October', '2023-10']]);
    expect(dates('Sales rose earlier this year.', ref)).toEqual([['this year', '2024']]);
    expect(dates('Output fell last year.', ref)).toEqual([['last year', '2023']]);
    expect(dates('The index slid last week.', ref)).toEqual([['last week', '2024-W19']]);
  });

  test('yesterday, today and tomorrow are days', () => {
    expect(dates('Shares fell yesterday and may rally tomorrow.', ref)).toEqual([
      ['yesterday', '2024-05-14'],
      ['tomorrow', '2024-05-16'],
    ]);
  });

  test('values the text fixes are kept', () => {
    expect(dates('The plant opened in August 2022.', ref)).toEqual([['August 2022', '2022-08']]);
  });

  test('without a reference date a weekday keeps its week value', () => {
    expect(dates('The minister resigned on Saturday.')).toEqual([['Saturday', 'XXXX-WXX-6']]);
  });
});

describe('recognizeDates: generalization classes', () => {
  test('a month after an article or possessive that modifies a noun', () => {
    expect(dates('Growth slowed from a November estimate of 3%.')).toContainEqual(['November', 'XXXX-11']);
    expect(dates("The bank's April meeting was tense.")).toContainEqual(['April', 'XXXX-04']);
    expect(dates('Its August deadline passed.')).toContainEqual(['August', 'XXXX-08']);
  });

  test('a weekday that is a given name in a photo credit is no date', () => {
    expect(dates('Troops on patrol. (AP Photo/Monday Eze-Okafor)')).toEqual([]);
    expect(dates('Troops on patrol. AFP/Friday Okonjo')).toEqual([]);
  });

  test('a weekday before a capitalized word is still a date after a date word', () => {
    expect(dates('The vote is on Sunday President Okafor said.')).toContainEqual(['Sunday', 'XXXX-WXX-7']);
    expect(dates('Police said Monday Smith was arrested.')).toContainEqual(['Monday', 'XXXX-WXX-1']);
  });
});
