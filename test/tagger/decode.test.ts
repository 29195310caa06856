import { viterbi } from '../../src/tagger/decode.js';
import { allowed, LABEL_COUNT, LABELS } from '../../src/tagger/labels.js';
import { featureHash, BUCKETS } from '../../src/tagger/hash.js';
import { shortShape } from '../../src/tagger/features.js';

const L = LABEL_COUNT;
const label = (name: string) => LABELS.indexOf(name);

describe('BIO decoding', () => {
  test('an inside label never follows O or another type, whatever the emissions say', () => {
    // Emissions that want O, I-PER, I-ORG: the best well-formed path opens the ORG span one token early.
    const em = new Float64Array(3 * L);
    em[0 * L + label('O')] = 5;
    em[1 * L + label('I-PER')] = 5;
    em[1 * L + label('B-PER')] = 1;
    em[2 * L + label('I-ORG')] = 5;
    em[2 * L + label('B-ORG')] = 1;
    const path = Array.from(viterbi(em, 3, new Float64Array((L + 1) * L)));
    for (let k = 1; k < path.length; k++) expect(allowed(path[k - 1], path[k])).toBe(true);
    expect(allowed(L, path[0]) || !LABELS[path[0]].startsWith('I-')).toBe(true);
    expect(path.map((l) => LABELS[l])).toEqual(['O', 'B-ORG', 'I-ORG']);
  });

  test('transition scores decide between equal emissions', () => {
    const em = new Float64Array(2 * L);
    em[0 * L + label('B-PER')] = 3;
    em[1 * L + label('I-PER')] = 2;
    em[1 * L + label('O')] = 2;
    const trans = new Float64Array((L + 1) * L);
    trans[label('B-PER') * L + label('I-PER')] = 1;
    expect(Array.from(viterbi(em, 2, trans)).map((l) => LABELS[l])).toEqual(['B-PER', 'I-PER']);
  });

  test('an empty sentence decodes to nothing', () => {
    expect(viterbi(new Float64Array(0), 0, new Float64Array((L + 1) * L)).length).toBe(0);
  });
});

describe('features', () => {
  test('shapes collapse runs of one character class', () => {
    expect(shortShape('Haaland')).toBe('Xx');
    expect(shortShape('U.S.')).toBe('X.X.');
    expect(shortShape('2-1')).toBe('d-d');
    expect(shortShape('McDonald')).toBe('XxXx');
  });

  test('feature hashes are stable and in range', () => {
    expect(featureHash('w=haaland')).toBe(featureHash('w=haaland'));
    expect(featureHash('w=haaland')).not.toBe(featureHash('w=haalanD'));
    for (const f of ['bias', 'w=the', 's=Xx', 't=Person']) {
      const h = featureHash(f);
      expect(h).toBeGreaterThanOrEqual(0);
      expect(h).toBeLessThan(BUCKETS);
    }
  });
});
