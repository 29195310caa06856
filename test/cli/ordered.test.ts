import { orderedMap } from '../../src/cli/ordered.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function* numbers(n: number, seen: number[]) {
  for (let i = 0; i < n; i++) {
    seen.push(i);
    yield i;
  }
}

describe('orderedMap', () => {
  test('results in source order although they finish out of order', async () => {
    const out: number[] = [];
    for await (const v of orderedMap(numbers(30, []), 5, async (i) => {
      await sleep((30 - i) % 7);
      return i * 2;
    })) out.push(v);
    expect(out).toEqual(Array.from({ length: 30 }, (_, i) => i * 2));
  });

  test('never more than `limit` items in flight (bounded memory)', async () => {
    let inFlight = 0;
    let peak = 0;
    const seen: number[] = [];
    let consumed = 0;
    for await (const _ of orderedMap(numbers(100, seen), 4, async (i) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await sleep(i % 3);
      inFlight--;
      return i;
    })) {
      consumed++;
      expect(seen.length - consumed).toBeLessThanOrEqual(4);
    }
    expect(peak).toBeLessThanOrEqual(4);
    expect(consumed).toBe(100);
  });

  test('a finished head is handed on while the source is still waiting', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    async function* slow() {
      yield 1;
      await gate;
      yield 2;
    }
    const it = orderedMap(slow(), 8, async (i) => i);
    expect(await it.next()).toEqual({ value: 1, done: false });
    release();
    expect(await it.next()).toEqual({ value: 2, done: false });
    expect((await it.next()).done).toBe(true);
  });

  test('stopping early stops the source', async () => {
    let finished = false;
    async function* src() {
      try {
        for (let i = 0; ; i++) yield i;
      } finally {
        finished = true;
      }
    }
    for await (const v of orderedMap(src(), 3, async (i) => i)) if (v === 5) break;
    expect(finished).toBe(true);
  });
});
