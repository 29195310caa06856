// Option parsers: a bad value is a usage error (exit 2) with a one-line reason.
import { InvalidArgumentError } from 'commander';
import { isCalendarDate } from '../input/calendar.js';
import type { EntityType } from '../schema/document.js';

// The same list as ENTITY_TYPES in schema/document.ts (a test keeps them equal): repeated here
// so that parsing options does not load zod, which would slow down --help and --version.
export const ENTITY_TYPES: readonly EntityType[] = ['people', 'ranks', 'organizations', 'dates', 'money'];

export const FORMATS = ['table', 'json', 'ndjson', 'html', 'csv', 'tsv', 'mentions-csv'] as const;
export type Format = (typeof FORMATS)[number];

export const INPUT_KINDS = ['files', 'ndjson'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

/**
 * Default --max-bytes: 10 MB. Long articles are read in segments (pipeline.ts), so time grows
 * linearly and memory stays that of one segment: see the README for the measured figures.
 */
export const DEFAULT_MAX_BYTES = 10_000_000;

export function parseTypes(value: string): EntityType[] {
  const types = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const bad = types.filter((t) => !(ENTITY_TYPES as readonly string[]).includes(t));
  if (!types.length || bad.length) {
    throw new InvalidArgumentError(`unknown type${bad.length > 1 ? 's' : ''} ${bad.join(', ') || '(none)'}; choose from ${ENTITY_TYPES.join(', ')}.`);
  }
  return [...new Set(types)] as EntityType[];
}

export function parseReferenceDate(value: string): string {
  if (!isCalendarDate(value)) {
    throw new InvalidArgumentError(`"${value}" is not a calendar date in the form YYYY-MM-DD.`);
  }
  return value;
}

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) {
    throw new InvalidArgumentError(`"${value}" is not a whole number of 1 or more.`);
  }
  return n;
}

const FORMAT_OF_EXTENSION: Record<string, Format> = { '.json': 'json', '.ndjson': 'ndjson', '.jsonl': 'ndjson', '.txt': 'table', '.html': 'html', '.htm': 'html', '.csv': 'csv', '.tsv': 'tsv' };

/** The format an output file's extension asks for ("out.ndjson" -> ndjson), or undefined. */
export function formatOfPath(file: string): Format | undefined {
  const dot = file.lastIndexOf('.');
  return dot > file.lastIndexOf('/') ? FORMAT_OF_EXTENSION[file.slice(dot).toLowerCase()] : undefined;
}

export function parseOutputPath(value: string): string {
  if (!value) throw new InvalidArgumentError('it needs a file name (leave -o out to write to stdout).');
  return value;
}

export function parseSeconds(value: string): number {
  const n = Number(value);
  if (!/^\d+(?:\.\d+)?$/.test(value) || !(n > 0)) throw new InvalidArgumentError(`"${value}" is not a number of seconds above 0.`);
  return n;
}

export function parseExtensions(value: string): string[] {
  const exts = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean).map((s) => (s.startsWith('.') ? s : `.${s}`));
  if (!exts.length) throw new InvalidArgumentError('give at least one extension, e.g. txt,md.');
  return exts;
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1e3, kb: 1e3, m: 1e6, mb: 1e6, g: 1e9, gb: 1e9, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };

/** "10MB", "500kb", "2000000": a size in bytes (KB and MB are powers of 1000, KiB and MiB of 1024). */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = m ? UNITS[m[2].toLowerCase()] : undefined;
  const n = m && unit ? Math.round(Number(m[1]) * unit) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new InvalidArgumentError(`"${value}" is not a size such as 500KB, 10MB or 2000000 (bytes).`);
  }
  return n;
}
