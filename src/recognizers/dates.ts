import type { Analysis } from '../analysis/analyze.js';
import type { DateCandidate, RecognizerOptions } from './types.js';

export function recognizeDates(_a: Analysis, _options: RecognizerOptions = {}): DateCandidate[] {
  return [];
}
