// --input ndjson: one record {"id": ..., "text": ...} per line, so the tool can be the map step
// of Hadoop Streaming, Spark's RDD.pipe or GNU parallel. Lines are split here rather than by
// readline so that one enormous line is refused without being held in memory.
import type { Readable } from 'node:stream';
import { utf8OrWindows1252 } from './decode.js';
import { formatSize } from './files.js';
import { isCalendarDate } from './calendar.js';

export type RecordLine =
  | { line: number; id: string; text: string; date?: string }
  | { line: number; id?: string; error: string; /** About the whole input, not one record. */ source?: boolean };

/**
 * How far past --max-bytes an over-long line is skipped in search of its end before the source
 * is given up: a stream that sends one endless line (no newline ever) would otherwise be read
 * forever. Sixteen times the limit leaves room for one odd record in a good file.
 */
export const ENDLESS_FACTOR = 16;

/** Lines of a byte stream, each at most maxBytes long (longer ones are reported, not kept). */
async function* lines(stream: Readable, maxBytes: number): AsyncGenerator<{ line: number; text?: string; size: number; early?: boolean; endless?: boolean }> {
  let parts: Buffer[] = [];
  let size = 0;
  let n = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, from);
      const piece = chunk.subarray(from, nl === -1 ? chunk.length : nl);
      const before = size;
      size += piece.length;
      if (size <= maxBytes) parts.push(piece);
      else parts = [];
      // An over-long line is reported the moment it passes the limit, not when (if ever) it ends.
      if (before <= maxBytes && size > maxBytes) yield { line: n + 1, size, early: true };
      if (size > maxBytes * ENDLESS_FACTOR) {
        yield { line: n + 1, size, endless: true };
        return;
      }
      if (nl === -1) break;
      n++;
      if (size <= maxBytes) yield { line: n, text: utf8OrWindows1252(Buffer.concat(parts)), size };
      parts = [];
      size = 0;
      from = nl + 1;
    }
  }
  if ((size > 0 || parts.length) && size <= maxBytes) {
    n++;
    yield { line: n, text: utf8OrWindows1252(Buffer.concat(parts)), size };
  }
}

/**
 * One record, or the reason it cannot be one (with its id when it has one). An optional
 * "date" (YYYY-MM-DD, the publication date) is that record's reference date.
 */
export function parseRecord(raw: string): { id: string; text: string; date?: string } | { id?: string; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { error: 'not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'not a JSON object' };
  const { id, text, date } = value as { id?: unknown; text?: unknown; date?: unknown };
  if (typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) return { error: 'no "id" field (a string or a number)' };
  if (typeof text !== 'string') return { id: String(id), error: 'no string "text" field' };
  if (date !== undefined && date !== null && (typeof date !== 'string' || !isCalendarDate(date))) {
    return { id: String(id), error: '"date" is not a calendar date in the form YYYY-MM-DD' };
  }
  return typeof date === 'string' ? { id: String(id), text, date } : { id: String(id), text };
}

/** Records from an NDJSON stream; blank lines are skipped, bad ones come back as errors. */
export async function* readRecords(stream: Readable, maxBytes: number): AsyncGenerator<RecordLine> {
  for await (const l of lines(stream, maxBytes)) {
    if (l.endless) {
      yield { line: l.line, source: true, error: `line ${l.line} has no end within ${formatSize(maxBytes * ENDLESS_FACTOR, true)} (${ENDLESS_FACTOR} times --max-bytes): stopped reading it` };
      return;
    }
    if (l.text === undefined) {
      yield { line: l.line, error: `record is over --max-bytes ${formatSize(maxBytes, true)}` };
      continue;
    }
    const raw = l.text.endsWith('\r') ? l.text.slice(0, -1) : l.text;
    if (!raw.trim()) continue;
    const r = parseRecord(raw);
    yield { line: l.line, ...r };
  }
}
