// Spreadsheet and database views: `csv` / `tsv` write one row per entity, `mentions-csv` one
// row per mention. The header is written once per run, so a folder of articles becomes one
// table that loads as is (sqlite3 `.import`, pandas, a spreadsheet). The column conventions are
// documented in docs/csv-and-summary.md; change them there too.
import { stringify } from 'csv-stringify/sync';
import type { Document, Mention, Money, Rank } from '../schema/document.js';
import type { Renderer } from './stream.js';
import { withFormer } from './labels.js';

export const ENTITY_COLUMNS = ['file', 'type', 'name', 'detail', 'aliases', 'mentions', 'first_start', 'first_end'] as const;
export const MENTION_COLUMNS = ['file', 'type', 'name', 'text', 'start', 'end', 'sentence'] as const;

/** One CSV cell before quoting; numbers stay numbers so the writer needs no locale. */
export type Cell = string | number;
export type EntityRow = Record<(typeof ENTITY_COLUMNS)[number], Cell>;
export type MentionRow = Record<(typeof MENTION_COLUMNS)[number], Cell>;

/** The singular type names of the rows, in the order the rows come in. */
export type RowType = 'person' | 'rank' | 'organization' | 'date' | 'money';

/** Lists inside one cell (titles, aliases): "; " never occurs inside a name the extractor gives. */
export const LIST_SEPARATOR = '; ';

/** Digits only, never "1e+21" and never grouping, so the cell reads back as a number. */
export function plainNumber(n: number): string {
  const s = String(n);
  return /e/i.test(s) ? n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : s;
}

/** "former, Jane Doe", "Jane Doe", "former" (no person found) or "": who holds the title. */
export function rankDetail(rank: Pick<Rank, 'person' | 'former'>): string {
  return [rank.former ? 'former' : '', rank.person ?? ''].filter(Boolean).join(', ');
}

/** "2500000 USD", or "more than 2500000 USD": the qualifier, when there is one, comes first. */
export function moneyDetail(money: Pick<Money, 'amount' | 'currency' | 'qualifier'>): string {
  return `${money.qualifier ? `${money.qualifier} ` : ''}${plainNumber(money.amount)} ${money.currency}`;
}

/** The earliest mention in the text (the arrays are in text order, but do not rely on it). */
function firstMention(mentions: readonly Mention[]): Mention {
  return mentions.reduce((first, m) => (m.start < first.start ? m : first));
}

/** Each entity as (type, name, detail, aliases, mentions), in the order of the JSON output. */
function entitiesOf(doc: Document) {
  type Entity = { type: RowType; name: string; detail: string; aliases: readonly string[]; mentions: readonly Mention[] };
  const entities: Entity[] = [];
  // A list the run did not ask for (--types) is absent: it adds no rows.
  for (const p of doc.people ?? []) entities.push({ type: 'person', name: p.name, detail: withFormer(p).join(LIST_SEPARATOR), aliases: p.aliases, mentions: p.mentions });
  for (const r of doc.ranks ?? []) entities.push({ type: 'rank', name: r.title, detail: rankDetail(r), aliases: [], mentions: r.mentions });
  for (const o of doc.organizations ?? []) entities.push({ type: 'organization', name: o.name, detail: '', aliases: o.aliases, mentions: o.mentions });
  for (const d of doc.dates ?? []) entities.push({ type: 'date', name: d.text, detail: d.value ?? '', aliases: [], mentions: d.mentions });
  for (const m of doc.money ?? []) entities.push({ type: 'money', name: m.text, detail: moneyDetail(m), aliases: [], mentions: m.mentions });
  return entities;
}

export function entityRows(doc: Document): EntityRow[] {
  return entitiesOf(doc).map((e) => {
    const first = firstMention(e.mentions);
    return {
      file: doc.file,
      type: e.type,
      name: e.name,
      detail: e.detail,
      aliases: e.aliases.join(LIST_SEPARATOR),
      mentions: e.mentions.length,
      first_start: first.start,
      first_end: first.end,
    };
  });
}

/** Every mention, grouped by entity in the order of entityRows (sort by start to read along the text). */
export function mentionRows(doc: Document): MentionRow[] {
  return entitiesOf(doc).flatMap((e) =>
    e.mentions.map((m) => ({ file: doc.file, type: e.type, name: e.name, text: m.text, start: m.start, end: m.end, sentence: m.sentence })),
  );
}

/**
 * TSV has no quoting convention, and most TSV readers split on tabs and line breaks blindly:
 * each run of tabs, carriage returns and newlines inside a cell becomes one space, so a row is
 * always one line with exactly one tab between cells.
 */
export function tsvCell(cell: Cell): Cell {
  return typeof cell === 'string' ? cell.replace(/[\t\r\n]+/g, ' ') : cell;
}

export type CsvFlavour = 'csv' | 'tsv';

/**
 * Rows as text. CSV: RFC 4180 quoting (a cell with a comma, quote or line break is quoted, quotes
 * doubled), "\n" between rows. TSV: cells cleaned by tsvCell, then the same quoting with a tab as
 * the delimiter, so only a cell holding a double quote is quoted; sqlite3 (`.mode tabs`), pandas
 * and spreadsheets read that back, since they all apply CSV quoting rules to tab-separated text.
 */
export function formatRows(rows: readonly Cell[][], flavour: CsvFlavour): string {
  if (!rows.length) return '';
  const cells = flavour === 'tsv' ? rows.map((r) => r.map(tsvCell)) : rows;
  return stringify(cells as Cell[][], { delimiter: flavour === 'tsv' ? '\t' : ',', record_delimiter: 'unix', cast: { number: plainNumber } });
}

function tabularRenderer<Columns extends readonly string[]>(
  columns: Columns,
  rowsOf: (doc: Document) => Record<Columns[number], Cell>[],
  flavour: CsvFlavour,
): Renderer {
  const cellsOf = (row: Record<Columns[number], Cell>) => columns.map((c: Columns[number]) => row[c]);
  // No error(): a failed input is not an entity, so it stays on stderr.
  return {
    start: () => formatRows([[...columns]], flavour),
    document: (doc) => formatRows(rowsOf(doc).map(cellsOf), flavour),
    end: () => '',
  };
}

export function csvRenderer(): Renderer {
  return tabularRenderer(ENTITY_COLUMNS, entityRows, 'csv');
}

export function tsvRenderer(): Renderer {
  return tabularRenderer(ENTITY_COLUMNS, entityRows, 'tsv');
}

export function mentionsCsvRenderer(): Renderer {
  return tabularRenderer(MENTION_COLUMNS, mentionRows, 'csv');
}
