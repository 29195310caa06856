// Option parsers: a bad value is a usage error (exit 2) with a one-line reason.
import { InvalidArgumentError } from 'commander';
import { ENTITY_TYPES, type EntityType } from '../schema/document.js';

export const FORMATS = ['table', 'json', 'ndjson'] as const;
export type Format = (typeof FORMATS)[number];

export function parseTypes(value: string): EntityType[] {
  const types = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const bad = types.filter((t) => !(ENTITY_TYPES as readonly string[]).includes(t));
  if (!types.length || bad.length) {
    throw new InvalidArgumentError(`unknown type${bad.length > 1 ? 's' : ''} ${bad.join(', ') || '(none)'}; choose from ${ENTITY_TYPES.join(', ')}.`);
  }
  return [...new Set(types)] as EntityType[];
}

export function parseReferenceDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) {
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

export function parseExtensions(value: string): string[] {
  const exts = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean).map((s) => (s.startsWith('.') ? s : `.${s}`));
  if (!exts.length) throw new InvalidArgumentError('give at least one extension, e.g. txt,md.');
  return exts;
}
