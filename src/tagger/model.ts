// The trained weights: one int16 per (feature bucket, label), a scale to turn them back into
// scores, and the label-transition scores. The file is written by `npm run train`
// (training/train.mjs) and read once per process or worker thread.
import fs from 'node:fs';
import zlib from 'node:zlib';
import { BUCKETS, HASH_BITS } from './hash.js';
import { LABEL_COUNT, LABELS } from './labels.js';

export interface Model {
  /** weights[bucket * LABEL_COUNT + label], in units of 1/scale. */
  weights: Int16Array;
  scale: number;
  /** transitions[prev * LABEL_COUNT + next]; prev = LABEL_COUNT is the sentence start. */
  transitions: Float32Array;
  /** What the weights were trained on, for `--version`-style reports. */
  info: Record<string, unknown>;
}

const MAGIC = 'NETAGGER1';

export function encodeModel(m: Model): Buffer {
  const header = Buffer.from(JSON.stringify({ hashBits: HASH_BITS, labels: LABELS, scale: m.scale, transitions: Array.from(m.transitions), info: m.info }), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(header.length);
  const body = Buffer.from(m.weights.buffer, m.weights.byteOffset, m.weights.byteLength);
  return zlib.gzipSync(Buffer.concat([Buffer.from(MAGIC), len, header, body]), { level: 9 });
}

export function decodeModel(gz: Buffer): Model {
  const raw = zlib.gunzipSync(gz);
  if (raw.subarray(0, MAGIC.length).toString() !== MAGIC) throw new Error('tagger weights: not a news-entities model file');
  const len = raw.readUInt32LE(MAGIC.length);
  const headerEnd = MAGIC.length + 4 + len;
  const header = JSON.parse(raw.subarray(MAGIC.length + 4, headerEnd).toString('utf8')) as { hashBits: number; labels: string[]; scale: number; transitions: number[]; info: Record<string, unknown> };
  if (header.hashBits !== HASH_BITS || header.labels.join() !== LABELS.join()) throw new Error('tagger weights: trained for another feature layout; run npm run train');
  // A view on the inflated bytes when they are 2-byte aligned; a copy otherwise.
  const offset = raw.byteOffset + headerEnd;
  let weights: Int16Array;
  if (offset % 2 === 0) weights = new Int16Array(raw.buffer, offset, BUCKETS * LABEL_COUNT);
  else {
    weights = new Int16Array(BUCKETS * LABEL_COUNT);
    Buffer.from(weights.buffer).set(raw.subarray(headerEnd, headerEnd + weights.byteLength));
  }
  return { weights, scale: header.scale, transitions: Float32Array.from(header.transitions), info: header.info };
}

// NEWS_ENTITIES_MODEL points at another weights file (training experiments, npm run eval --model).
export const MODEL_URL: URL | string = process.env.NEWS_ENTITIES_MODEL ?? new URL('./weights/tagger.bin.gz', import.meta.url);

let loaded: Model | undefined;
/** The shipped model, loaded on first use. */
export function shippedModel(): Model {
  if (!loaded) loaded = decodeModel(fs.readFileSync(MODEL_URL));
  return loaded;
}
