// The JSON contract. Every type the rest of the code uses is inferred from these schemas,
// so the contract is written once. Bump SCHEMA_VERSION on any change a consumer could notice.
import { z } from 'zod';

export { SCHEMA_VERSION } from './version.js';
import { SCHEMA_VERSION } from './version.js';

export const MentionSchema = z
  .object({
    text: z.string().describe('The mention exactly as written: articleText.slice(start, end).'),
    start: z.number().int().nonnegative().describe('UTF-16 offset of the first character.'),
    end: z.number().int().nonnegative().describe('UTF-16 offset one past the last character.'),
    sentence: z.number().int().nonnegative().describe('Index of the sentence the mention is in.'),
  })
  .refine((m) => m.end > m.start, { message: 'mention end must be after start' });

const mentions = z.array(MentionSchema).min(1);

export const PersonSchema = z.object({
  name: z.string().min(1).describe('Fullest form of the name, without title, honorific or possessive.'),
  aliases: z.array(z.string()).describe('Other forms the article uses (surname, "Mr. X").'),
  ranks: z.array(z.string()).describe('Titles the article gives this person, abbreviations expanded.'),
  formerRanks: z.array(z.string()).describe('Those of `ranks` the article gives as held before ("former", "then-", "ex-").'),
  mentions,
});

export const RankSchema = z.object({
  title: z.string().min(1).describe('Normalized title ("Gen." becomes "General").'),
  person: z.string().nullable().describe('Name of the person the title is attached to.'),
  former: z.boolean().describe('True for "former" and "then-" titles.'),
  mentions,
});

export const OrganizationSchema = z.object({
  name: z.string().min(1).describe('Fullest form, without possessive or national prefix.'),
  aliases: z.array(z.string()).describe('Acronyms and other forms used.'),
  mentions,
});

export const DateSchema = z.object({
  text: z.string().min(1).describe('The date expression without a leading preposition.'),
  value: z.string().nullable().describe('TIMEX3 value, X for unknown digits; null when the text alone does not fix it.'),
  mentions,
});

export const MoneySchema = z.object({
  text: z.string().min(1),
  amount: z.number().finite().describe('Amount in units of the currency.'),
  currency: z.string().regex(/^[A-Z]{3}$/).describe('ISO 4217 code.'),
  qualifier: z.string().nullable().describe('"more than", "about", ... or null.'),
  mentions,
});

export const ENTITY_TYPES = ['people', 'ranks', 'organizations', 'dates', 'money'] as const;
export const EntityTypeSchema = z.enum(ENTITY_TYPES);

export const DocumentSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  file: z.string().describe('The input path as given ("-" for stdin).'),
  characters: z.number().int().nonnegative(),
  words: z.number().int().nonnegative(),
  // Each list is present when its type was asked for (all are, unless --types says otherwise):
  // an empty list means "none found", a missing one "not looked for".
  people: z.array(PersonSchema).optional(),
  ranks: z.array(RankSchema).optional(),
  organizations: z.array(OrganizationSchema).optional(),
  dates: z.array(DateSchema).optional(),
  money: z.array(MoneySchema).optional(),
});

export type Mention = z.infer<typeof MentionSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Rank = z.infer<typeof RankSchema>;
export type Organization = z.infer<typeof OrganizationSchema>;
export type DateEntity = z.infer<typeof DateSchema>;
export type Money = z.infer<typeof MoneySchema>;
export type EntityType = z.infer<typeof EntityTypeSchema>;
export type Document = z.infer<typeof DocumentSchema>;

/** JSON Schema of one output document, for consumers that validate what we emit. */
export function documentJsonSchema(): Record<string, unknown> {
  return {
    $id: `https://news-entities.dev/schema/${SCHEMA_VERSION}/document.json`,
    title: 'news-entities document',
    ...z.toJSONSchema(DocumentSchema, { io: 'output' }),
  };
}

/** Checks offsets against the text as well as the shape: the part zod alone cannot see. */
export function validateDocument(doc: unknown, text: string): Document {
  const parsed = DocumentSchema.parse(doc);
  for (const type of ENTITY_TYPES) {
    for (const entity of parsed[type] ?? []) {
      for (const m of entity.mentions) {
        if (text.slice(m.start, m.end) !== m.text) {
          throw new Error(`${type} mention "${m.text}" at ${m.start}-${m.end} does not match the text`);
        }
      }
    }
  }
  return parsed;
}
