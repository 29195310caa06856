// Small wordings shared by the renderers (table, check's diff, csv, html).
import type { Person } from '../schema/document.js';

/** A person's titles, "former" before those the article gives as held before. */
export const withFormer = (p: Person): string[] => p.ranks.map((r) => (p.formerRanks.includes(r) ? `former ${r}` : r));

/** An amount as a reader takes it in: "6,500,000,000", "2.5" (cents at most). */
export const formatAmount = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
