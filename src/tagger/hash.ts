// Features are strings hashed into a fixed number of buckets, so that the weights are one
// flat array with no vocabulary to ship. The hash is FNV-1a, which reads a string left to
// right: a feature "w-1=" + word is hashed by continuing the state of its prefix over the
// word, without building the string (see features.ts).
export const HASH_BITS = 20;
export const BUCKETS = 1 << HASH_BITS;

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** The FNV-1a state after reading s[from, to) from state h. */
export function mix(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** The state after reading a prefix from the start: the seed of every feature that begins with it. */
export const seed = (prefix: string): number => mix(FNV_OFFSET, prefix);

/** A finished state folded into the bucket range. */
export const bucketOf = (h: number): number => (h >>> 0) & (BUCKETS - 1);

/** FNV-1a of a whole feature string, folded into the bucket range. */
export const featureHash = (s: string): number => bucketOf(seed(s));
