// One article's trip: analysis -> rule recognizers -> tagger -> merge -> linking -> validation.
import { analyze } from './analysis/analyze.js';
import { ruleCandidates } from './recognizers/candidates.js';
import { tagEntities } from './tagger/index.js';
import { ruleMarks } from './tagger/rules.js';
import { mergeNames } from './merge/names.js';
import { recognizeDates } from './recognizers/dates.js';
import { recognizeMoney } from './recognizers/money.js';
import { linkOrganizations } from './linking/organizations.js';
import { linkPeople } from './linking/people.js';
import { linkDates, linkMoney } from './linking/values.js';
import { prepareText, type HtmlMode } from './input/text.js';
import { toSource } from './linking/source.js';
import { ENTITY_TYPES, SCHEMA_VERSION, validateDocument, type Document, type EntityType } from './schema/document.js';

export interface ExtractOptions {
  /** The path as given by the user, "-" for stdin. */
  file: string;
  /** Entity types to extract; all when omitted. */
  types?: readonly EntityType[];
  /** Publication date, YYYY-MM-DD, that relative dates resolve against. */
  referenceDate?: string;
  /** Whether the text is HTML: 'auto' (the default) decides by its look. */
  html?: HtmlMode;
}

/** Token positions covered by other entities: a person's name never reaches into them. */
function blockedBy(size: number, spans: { from: number; to: number }[]): (i: number) => boolean {
  const mask = new Uint8Array(size);
  for (const s of spans) for (let i = s.from; i <= s.to; i++) mask[i] = 1;
  return (i) => mask[i] === 1;
}

export function extract(original: string, options: ExtractOptions): Document {
  const wanted = new Set<EntityType>(options.types ?? ENTITY_TYPES);
  // HTML: markup blanked, references decoded; offsets go back to the original at the end.
  const { text, source } = prepareText(original, options.html ?? 'auto');
  const a = analyze(text);

  // The rules propose names from the evidence around them; the tagger, reading the rules'
  // decisions among its features, proposes names from what annotated text taught it; the
  // merge decides between them (src/merge/names.ts says with what precedence).
  const rules = ruleCandidates(a);
  const tagged = tagEntities(a, ruleMarks(a, rules.people, rules.orgs, rules.titles));
  const { people: personCandidates, orgs: orgCandidates } = mergeNames(a, rules, tagged);
  const titleCandidates = rules.titles;
  const { people, ranks } = linkPeople(a, personCandidates, titleCandidates, blockedBy(a.tokens.length, [...orgCandidates, ...titleCandidates]));

  const doc: Document = {
    schemaVersion: SCHEMA_VERSION,
    file: options.file,
    characters: original.length,
    words: a.tokens.reduce((n, t) => n + (t.word ? 1 : 0), 0),
    // A type not asked for is left out, so "none found" (an empty list) stays distinct.
    ...(wanted.has('people') && { people }),
    ...(wanted.has('ranks') && { ranks }),
    ...(wanted.has('organizations') && { organizations: linkOrganizations(orgCandidates) }),
    ...(wanted.has('dates') && { dates: linkDates(recognizeDates(a, { referenceDate: options.referenceDate })) }),
    ...(wanted.has('money') && { money: linkMoney(recognizeMoney(a)) }),
  };
  return validateDocument(source ? toSource(doc, original, source) : doc, original);
}
