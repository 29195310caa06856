import type { Analysis } from '../analysis/analyze.js';
import type { OrganizationCandidate } from './types.js';

export function recognizeOrganizations(_a: Analysis): OrganizationCandidate[] {
  return [];
}
