// The tagger's label set: BIO tags over four entity types. PER and ORG are what the
// extractor keeps; LOC and MISC are learned so that places and nationalities have somewhere
// to go other than "person" or "organization".
export const ENTITY_KINDS = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Index 0 is O; then B-X, I-X for each kind in order. */
export const LABELS: readonly string[] = ['O', ...ENTITY_KINDS.flatMap((k) => [`B-${k}`, `I-${k}`])];
export const LABEL_COUNT = LABELS.length;

export const isInside = (label: number) => label > 0 && label % 2 === 0;
export const isBegin = (label: number) => label > 0 && label % 2 === 1;
export const kindOf = (label: number): EntityKind => ENTITY_KINDS[(label - 1) >> 1];
export const beginOf = (kind: EntityKind) => 1 + 2 * ENTITY_KINDS.indexOf(kind);

/** BIO well-formedness: I-X only after B-X or I-X of the same kind. */
export function allowed(prev: number, next: number): boolean {
  if (!isInside(next)) return true;
  return prev === next || prev === next - 1;
}
