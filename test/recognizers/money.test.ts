import { analyze } from '../../src/analysis/analyze.js';
import { recognizeMoney } from '../../src/recognizers/money.js';

const money = (text: string) => {
  const found = recognizeMoney(analyze(text));
  for (const m of found) expect(m.text).toBe(text.slice(m.start, m.end));
  return found.map((m) => [m.amount, m.currency]);
};

describe('recognizeMoney: forms', () => {
  test.each([
    ['The utility plans to spend $6 billion on new lines.', 6e9, 'USD'],
    ['It was a 6.5-billion-dollar arms package.', 6.5e9, 'USD'],
    ['The fund raised US$12 million from investors.', 12e6, 'USD'],
    ['The charity received $250,000 in donations.', 250000, 'USD'],
    ['The farm was sold for 3.2 million dollars.', 3.2e6, 'USD'],
    ['Global debt reached $1.2tn in the sector.', 1.2e12, 'USD'],
    ['The club paid €40m for the striker.', 40e6, 'EUR'],
    ['The bank issued EUR 1.5 billion of bonds.', 1.5e9, 'EUR'],
    ['The insurer set aside £3.5bn for claims.', 3.5e9, 'GBP'],
    ['The carmaker booked ¥800 billion in profit.', 800e9, 'JPY'],
    ['The stimulus is worth 1.2 trillion yen.', 1.2e12, 'JPY'],
    ['The developer borrowed HK$2 billion.', 2e9, 'HKD'],
    ['The miner spent A$600 million on the mine.', 600e6, 'AUD'],
    ['The pipeline cost C$45 million.', 45e6, 'CAD'],
    ['Local authorities pledged 500 million yuan.', 500e6, 'CNY'],
    ['The stock closed at $3.50 a share.', 3.5, 'USD'],
    ['The state approved Rs 500 crore for roads.', 5e9, 'INR'],
    ['The plan needs R$ 2 billion in credit.', 2e9, 'BRL'],
    ['Brasilia set aside 2 billion reais for the drought.', 2e9, 'BRL'],
    ['Nairobi county lost Sh1.2 billion in the scheme.', 1.2e9, 'KES'],
    ['The Kenyan ministry repaid 1.2 billion shillings.', 1.2e9, 'KES'],
    ['Jakarta allocated 40 trillion rupiah to subsidies.', 40e12, 'IDR'],
    ['The Seoul firm invested 300 billion won.', 300e9, 'KRW'],
    ['The Geneva group paid 18 million Swiss francs.', 18e6, 'CHF'],
    ['The clinic cost 20 million euros to build.', 20e6, 'EUR'],
    ['The London council spent 40 million pounds.', 40e6, 'GBP'],
    ['The dividend rose to 95 cents.', 0.95, 'USD'],
    ['The lawyer earned about half a million dollars.', 500000, 'USD'],
    ['The bonus was SFr2.5bn.', 2.5e9, 'CHF'],
  ])('%s', (text, amount, currency) => {
    expect(money(text)).toContainEqual([amount, currency]);
  });

  test('a qualifier is kept with the amount', () => {
    const [m] = recognizeMoney(analyze('The budget is more than $6 billion this year.'));
    expect(m).toMatchObject({ amount: 6e9, currency: 'USD', qualifier: 'more than' });
    expect(m.text).toMatch(/\$6 billion$/);
  });

  test('an amount and its conversion are two amounts', () => {
    expect(money('The ministry asked for 8.2 trillion yen ($55 billion) for defence.')).toEqual([
      [8.2e12, 'JPY'],
      [55e9, 'USD'],
    ]);
  });

  test.each([
    ['Analysts expect $7bn-$8bn in sales.'],
    ['Analysts expect $7 billion to $8 billion in sales.'],
    ['Analysts expect between $7 and $8 billion in sales.'],
    ['Analysts expect $7-8 billion in sales.'],
  ])('a range is two amounts: %s', (text) => {
    expect(money(text)).toEqual([
      [7e9, 'USD'],
      [8e9, 'USD'],
    ]);
  });
});

describe('recognizeMoney: what is not money', () => {
  test.each([
    'Unemployment rose to 4.2% in May.',
    'The company sold 5 million shares to the public.',
    'The army deployed 30,000 troops and 114 Patriot missiles.',
    'Traders bought $AAPL and $TSLA on the open.',
    'Police seized 300 pounds of cocaine at the port.',
    'The champion won 3 titles and the team won 2 games.',
  ])('%s', (text) => {
    expect(money(text)).toEqual([]);
  });
});

describe('recognizeMoney: kwacha', () => {
  test('"K" with a scale is the kwacha in a Zambian story, the K2 mountain is no money', () => {
    expect(money('Zambia expects about K2.5 billion in royalties, the K2 team said.')).toEqual([[2.5e9, 'ZMW']]);
  });
});

describe('recognizeMoney: CFA francs', () => {
  test.each([
    ['In Bamako, the rally cost less than FCFA 50 million.', 50e6, 'XOF'],
    ['The Dakar council spent 185 million CFA francs.', 185e6, 'XOF'],
    ['In Abidjan the bill came to 20 million francs CFA.', 20e6, 'XOF'],
    ['The ministry paid 3 billion FCFA for roads.', 3e9, 'XOF'],
    ['In Yaounde, Cameroon approved a budget of FCFA 6,000 billion.', 6e12, 'XAF'],
    ['Gabon will borrow 12 million CFA francs.', 12e6, 'XAF'],
  ])('%s', (text, amount, currency) => {
    expect(money(text)).toContainEqual([amount, currency]);
  });

  test('a bare franc is still Swiss', () => {
    expect(money('The Zurich firm paid 5 million francs.')).toEqual([[5e6, 'CHF']]);
  });
});

describe('recognizeMoney: wire copy', () => {
  test.each([
    ['Acme Corp said it earned 12.4 mln dlrs, or 1.05 dlrs a share, in the first quarter.', [[12.4e6, 'USD'], [1.05, 'USD']]],
    ['Harlow Group said pretax profit rose to 8.2 mln stg from 6.5 mln.', [[8.2e6, 'GBP'], [6.5e6, 'GBP']]],
    ['Shares in Harlow rose 12p to 366p.', [[0.12, 'GBP'], [3.66, 'GBP']]],
    ['The board declared a dividend of 10 cts a share.', [[0.1, 'USD']]],
    ['Kestrel Holdings offered 15.50 H.K. dlrs a share, or 1.2 billion Hong Kong dollars.', [[15.5, 'HKD'], [1.2e9, 'HKD']]],
    ['It earned 11,000 dlrs, or one cent a share, against a loss of 294,000 dlrs, or 17 cts a share.', [[11000, 'USD'], [0.01, 'USD'], [294000, 'USD'], [0.17, 'USD']]],
    ['Toronto-based Nordcan raised 40 mln Can dlrs and 12 mln Aust dlrs.', [[40e6, 'CAD'], [12e6, 'AUD']]],
  ])('%s', (text, expected) => {
    expect(money(text)).toEqual(expected);
  });

  test('an amount without a currency takes the one beside it, or the story\'s where its sentence speaks of money', () => {
    const text = 'Harlow Group said it earned 8.2 mln stg in 1986.\nNet 7.1 mln vs 6.4 mln.\nThe group employs 1.2 mln people in 3.5 mln square feet.';
    expect(money(text)).toEqual([[8.2e6, 'GBP'], [7.1e6, 'GBP'], [6.4e6, 'GBP']]);
  });

  test('a bare number stays a number', () => {
    expect(money('The agency counted 4.5 million visitors and 45 ships. Turnout rose 12 mln votes.')).toEqual([]);
    expect(money('He ran the 100m in 9.9 seconds and finished 2p in the sprint.')).toEqual([]);
  });
});
