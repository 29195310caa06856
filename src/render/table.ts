// The human view: one table per article, rows grouped by entity type.
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { Document } from '../schema/document.js';
import { formatAmount, withFormer } from './labels.js';
import { quotePath } from '../cli/quote.js';

type Row = [string, string, string, string];


export function rowsOf(doc: Document, c: ChalkInstance): Row[] {
  const rows: Row[] = [];
  const n = (m: unknown[]) => String(m.length);
  for (const p of doc.people ?? []) {
    const details = [p.ranks.length ? withFormer(p).join('; ') : '', p.aliases.length ? `aka ${p.aliases.join(', ')}` : '']
      .filter(Boolean)
      .join(' | ');
    rows.push([c.cyan('person'), c.bold(p.name), details, n(p.mentions)]);
  }
  for (const r of doc.ranks ?? []) {
    rows.push([c.magenta('rank'), r.title, `${r.former ? 'former, ' : ''}${r.person ?? c.dim('(no person)')}`, n(r.mentions)]);
  }
  for (const o of doc.organizations ?? []) {
    rows.push([c.yellow('organization'), c.bold(o.name), o.aliases.length ? `aka ${o.aliases.join(', ')}` : '', n(o.mentions)]);
  }
  for (const d of doc.dates ?? []) rows.push([c.green('date'), d.text, d.value ?? c.dim('(unresolved)'), n(d.mentions)]);
  for (const m of doc.money ?? []) {
    rows.push([c.red('money'), m.text, `${formatAmount(m.amount)} ${m.currency}${m.qualifier ? ` (${m.qualifier})` : ''}`, n(m.mentions)]);
  }
  return rows;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 people, 1 rank, 0 organizations, 1 date, 3 money amounts in 250 words" (types asked for only). */
export function summaryOf(doc: Document): string {
  const parts = [
    doc.people && count(doc.people.length, 'person', 'people'),
    doc.ranks && count(doc.ranks.length, 'rank', 'ranks'),
    doc.organizations && count(doc.organizations.length, 'organization', 'organizations'),
    doc.dates && count(doc.dates.length, 'date', 'dates'),
    doc.money && count(doc.money.length, 'money amount', 'money amounts'),
  ].filter(Boolean);
  return `${parts.join(', ')} in ${count(doc.words, 'word', 'words')}`;
}

export function renderTable(doc: Document, c: ChalkInstance, width: number): string {
  const rows = rowsOf(doc, c);
  const head = c.bold.underline(quotePath(doc.file));
  if (!rows.length) return `${head}\n${c.dim('  no entities found')}\n${c.dim(summaryOf(doc))}\n`;
  // Fit the terminal: fixed narrow columns, the two text columns share what is left.
  const usable = Math.max(60, width) - 13; // borders and padding of four columns
  const typeW = 14;
  const countW = 10;
  const rest = usable - typeW - countW;
  const entityW = Math.max(16, Math.floor(rest * 0.45));
  const detailW = Math.max(16, rest - entityW);
  const table = new Table({
    head: ['type', 'entity', 'details', 'mentions'],
    colWidths: [typeW, entityW, detailW, countW],
    wordWrap: true,
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    style: { head: c.level > 0 ? ['bold'] : [], border: c.level > 0 ? ['grey'] : [] },
  });
  for (const r of rows) table.push(r);
  return `${head}\n${table.toString()}\n${c.dim(summaryOf(doc))}\n`;
}
