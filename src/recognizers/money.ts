import type { Analysis } from '../analysis/analyze.js';
import type { MoneyCandidate } from './types.js';

export function recognizeMoney(_a: Analysis): MoneyCandidate[] {
  return [];
}
