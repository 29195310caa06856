import type { Analysis } from '../analysis/analyze.js';
import type { TitleCandidate } from './types.js';

export function recognizeTitles(_a: Analysis): TitleCandidate[] {
  return [];
}
