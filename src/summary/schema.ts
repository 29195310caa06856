// The `summary` command's JSON output. Its types are inferred from here, like the document's.
import { z } from 'zod';

const count = z.number().int().nonnegative();

export const TitleCountSchema = z.object({
  title: z.string().describe('As the articles give it; "former " before a title held before.'),
  articles: count.describe('Articles that give this person this title.'),
});

export const PersonSummarySchema = z.object({
  name: z.string().describe('The form most articles use.'),
  aliases: z.array(z.string()).describe('Every other form (names and aliases) the merged articles use.'),
  articles: count,
  mentions: count,
  titles: z.array(TitleCountSchema),
});

export const OrganizationSummarySchema = z.object({
  name: z.string().describe('The full name most articles use (an acronym only when no article gives one).'),
  aliases: z.array(z.string()),
  articles: count,
  mentions: count,
});

export const CurrencySummarySchema = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/),
  amounts: count.describe('Money entities: an amount repeated within one article counts once.'),
  total: z.number().finite().describe('Sum of those amounts, in units of the currency.'),
  mentions: count,
  articles: count,
});

export const PAIR_KINDS = ['person-person', 'person-organization', 'organization-organization'] as const;

export const PairSchema = z.object({
  kind: z.enum(PAIR_KINDS),
  first: z.string().describe('The person in a person-organization pair; else the name that sorts first.'),
  second: z.string(),
  articles: count.describe('Articles that name both (at least 2).'),
});

export const SummarySchema = z.object({
  articles: count.describe('Documents summarized.'),
  inputs: count,
  failed: count,
  people: z.array(PersonSummarySchema),
  organizations: z.array(OrganizationSummarySchema),
  money: z.array(CurrencySummarySchema),
  pairs: z.array(PairSchema),
});

export type TitleCount = z.infer<typeof TitleCountSchema>;
export type PersonSummary = z.infer<typeof PersonSummarySchema>;
export type OrganizationSummary = z.infer<typeof OrganizationSummarySchema>;
export type CurrencySummary = z.infer<typeof CurrencySummarySchema>;
export type PairKind = (typeof PAIR_KINDS)[number];
export type Pair = z.infer<typeof PairSchema>;
export type Summary = z.infer<typeof SummarySchema>;
