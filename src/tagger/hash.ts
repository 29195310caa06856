// Features are strings hashed into a fixed number of buckets, so that the weights are one
// flat array with no vocabulary to ship.
export const HASH_BITS = 20;
export const BUCKETS = 1 << HASH_BITS;

/** FNV-1a over UTF-16 code units, folded into the bucket range. */
export function featureHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (BUCKETS - 1);
}
