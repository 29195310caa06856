// Dates and money are values: one entity per distinct value as written, every mention kept.
import type { DateEntity, Money } from '../schema/document.js';
import type { DateCandidate, MoneyCandidate } from '../recognizers/types.js';
import { groupBy, mentionsOf } from './mentions.js';

const squash = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

export function linkDates(cands: DateCandidate[]): DateEntity[] {
  const sorted = [...cands].sort((x, y) => x.start - y.start);
  return groupBy(sorted, (d) => `${squash(d.text)}|${d.value ?? ''}`).map((g) => ({
    text: g[0].text,
    value: g[0].value,
    mentions: mentionsOf(g),
  }));
}

export function linkMoney(cands: MoneyCandidate[]): Money[] {
  const sorted = [...cands].sort((x, y) => x.start - y.start);
  // One entity per amount: "$6 billion" and a later "more than $6 billion" are the same value.
  return groupBy(sorted, (m) => `${m.amount}|${m.currency}`).map((g) => ({
    text: g[0].text,
    amount: g[0].amount,
    currency: g[0].currency,
    qualifier: g[0].qualifier,
    mentions: mentionsOf(g),
  }));
}
