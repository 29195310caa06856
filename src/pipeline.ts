// One article's trip: analysis -> rule recognizers -> tagger -> merge -> linking -> validation
// (a very long article: the same per segment, then the segments joined).
import { analyze, chunkBounds } from './analysis/analyze.js';
import { mergeSegments, shiftDocument } from './merge/segments.js';
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

/**
 * Articles longer than this are read in segments of about this size, cut at a paragraph break
 * (else a line break, a sentence end, a space): each segment costs what an article of its size
 * costs, so time grows linearly with the article and memory stays that of one segment (plus
 * the entities). Every news article is far shorter; the cut only meets transcripts, dumps and
 * scraped pages. Segments are joined in src/merge/segments.ts.
 */
export const SEGMENT = 100_000;

/**
 * What the pipeline has analysed in this thread: how many texts went through one analysis and
 * the longest. Tests read it to check, by counting rather than timing, that no input reaches
 * the analysis in a piece longer than SEGMENT (what keeps time linear and memory bounded).
 */
export const analysed = { texts: 0, longest: 0 };

/** Where a long text is cut into segments: [0, ..., text.length], each piece at most SEGMENT long. */
export const segmentBounds = (text: string): number[] => chunkBounds(text, SEGMENT);

export function extract(original: string, options: ExtractOptions): Document {
  // HTML: markup blanked, references decoded; offsets go back to the original at the end.
  const { text, source } = prepareText(original, options.html ?? 'auto');
  let doc: Document;
  if (text.length <= SEGMENT) doc = documentOf(text, options).doc;
  else {
    const cuts = segmentBounds(text);
    const parts: Document[] = [];
    let sentences = 0;
    for (let c = 0; c + 1 < cuts.length; c++) {
      const part = documentOf(text.slice(cuts[c], cuts[c + 1]), options);
      parts.push(shiftDocument(part.doc, cuts[c], sentences));
      sentences += part.sentences;
    }
    doc = mergeSegments(parts);
  }
  doc.characters = original.length;
  return validateDocument(source ? toSource(doc, original, source) : doc, original);
}

/** One text's document, offsets into that text, and how many sentences it has. */
function documentOf(text: string, options: ExtractOptions): { doc: Document; sentences: number } {
  const wanted = new Set<EntityType>(options.types ?? ENTITY_TYPES);
  analysed.texts++;
  analysed.longest = Math.max(analysed.longest, text.length);
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
    characters: text.length,
    words: a.tokens.reduce((n, t) => n + (t.word ? 1 : 0), 0),
    // A type not asked for is left out, so "none found" (an empty list) stays distinct.
    ...(wanted.has('people') && { people }),
    ...(wanted.has('ranks') && { ranks }),
    ...(wanted.has('organizations') && { organizations: linkOrganizations(orgCandidates) }),
    ...(wanted.has('dates') && { dates: linkDates(recognizeDates(a, { referenceDate: options.referenceDate })) }),
    ...(wanted.has('money') && { money: linkMoney(recognizeMoney(a)) }),
  };
  return { doc, sentences: a.sentences.length };
}
