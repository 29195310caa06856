// Concurrency with order: up to `limit` items are in flight at once (read, extracted, or done
// and waiting for an earlier one), results come out in source order. Memory is bounded by the
// limit, never by the number of inputs, and a finished result is handed on as soon as every
// earlier one has been, even while the source is still waiting for more (a slow stdin).

type Step<T, R> = { kind: 'source'; next: IteratorResult<T> } | { kind: 'head'; value: R };

export async function* orderedMap<T, R>(source: AsyncIterable<T>, limit: number, fn: (item: T) => Promise<R>): AsyncGenerator<R> {
  const it = source[Symbol.asyncIterator]();
  const window: Promise<R>[] = [];
  let pending: Promise<Step<T, R>> | undefined;
  let exhausted = false;
  try {
    for (;;) {
      if (!exhausted && !pending && window.length < limit) {
        pending = it.next().then((next) => ({ kind: 'source', next }));
      }
      if (!window.length && !pending) return;
      const head = window.length ? window[0].then((value): Step<T, R> => ({ kind: 'head', value })) : undefined;
      const step = await Promise.race([head, pending].filter((p): p is Promise<Step<T, R>> => p !== undefined));
      if (step.kind === 'head') {
        window.shift();
        yield step.value;
      } else {
        pending = undefined;
        if (step.next.done) exhausted = true;
        else {
          const p = fn(step.next.value);
          p.catch(() => undefined); // awaited in order later; never an unhandled rejection meanwhile
          window.push(p);
        }
      }
    }
  } finally {
    // Stop the source (the walk, the stdin reader). If a read is still pending, do not wait for it.
    if (!exhausted) {
      const r = it.return?.();
      if (!pending) await r;
      else r?.catch(() => undefined);
    }
  }
}
