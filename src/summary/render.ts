// A summary as text: tables for people, JSON or CSV for programs. The CSV is one long table
// with a `section` column, so it loads into one database table and filters by section.
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import { formatRows, LIST_SEPARATOR, type Cell } from '../render/csv.js';
import type { Summary } from './schema.js';
import { MIN_PAIR_ARTICLES } from './summarize.js';
import { formatAmount } from '../render/labels.js';

export const SUMMARY_COLUMNS = ['section', 'name', 'detail', 'articles', 'mentions', 'amounts', 'total'] as const;
export type SummaryRow = Record<(typeof SUMMARY_COLUMNS)[number], Cell>;

const row = (r: Partial<SummaryRow> & Pick<SummaryRow, 'section' | 'name' | 'articles'>): SummaryRow => ({
  detail: '',
  mentions: '',
  amounts: '',
  total: '',
  ...r,
});

/** Sections in this order: person, title, organization, money, then the three pair kinds. */
export function summaryRows(s: Summary): SummaryRow[] {
  return [
    ...s.people.map((p) => row({ section: 'person', name: p.name, detail: p.aliases.join(LIST_SEPARATOR), articles: p.articles, mentions: p.mentions })),
    ...s.people.flatMap((p) => p.titles.map((t) => row({ section: 'title', name: p.name, detail: t.title, articles: t.articles }))),
    ...s.organizations.map((o) => row({ section: 'organization', name: o.name, detail: o.aliases.join(LIST_SEPARATOR), articles: o.articles, mentions: o.mentions })),
    ...s.money.map((m) => row({ section: 'money', name: m.currency, articles: m.articles, mentions: m.mentions, amounts: m.amounts, total: m.total })),
    ...s.pairs.map((p) => row({ section: p.kind, name: p.first, detail: p.second, articles: p.articles })),
  ];
}

export function summaryCsv(s: Summary): string {
  return formatRows([[...SUMMARY_COLUMNS], ...summaryRows(s).map((r) => SUMMARY_COLUMNS.map((c) => r[c]))], 'csv');
}

export function summaryJson(s: Summary): string {
  return `${JSON.stringify(s, null, 2)}\n`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A column: a number (narrow, right-aligned), text (shares the width left) or a fixed width. */
type Column = 'number' | 'text' | { width: number };

/** A table whose text columns share what the number and fixed columns leave of the width. */
function makeTable(head: string[], columns: Column[], width: number, c: ChalkInstance): Table.Table {
  const numberW = 10;
  const widthOf = (col: Column) => (col === 'number' ? numberW : col === 'text' ? 0 : col.width);
  const texts = columns.filter((col) => col === 'text').length;
  const usable = Math.max(60, width) - (head.length + 1) - columns.reduce((n, col) => n + widthOf(col), 0);
  const textW = Math.max(14, Math.floor(usable / Math.max(1, texts)));
  return new Table({
    head,
    colWidths: columns.map((col) => widthOf(col) || textW),
    colAligns: columns.map((col) => (col === 'number' ? 'right' : 'left')),
    wordWrap: true,
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    style: { head: c.level > 0 ? ['bold'] : [], border: c.level > 0 ? ['grey'] : [] },
  });
}

function section(title: string, table: Table.Table, empty: string, c: ChalkInstance): string {
  return `\n${c.bold.underline(title)}\n${table.length ? table.toString() : c.dim(`  ${empty}`)}\n`;
}

export function summaryTable(s: Summary, c: ChalkInstance, width: number): string {
  const people = makeTable(['person', 'articles', 'mentions', 'titles (articles)'], ['text', 'number', 'number', 'text'], width, c);
  for (const p of s.people) people.push([c.bold(p.name), p.articles, p.mentions, p.titles.map((t) => `${t.title} (${t.articles})`).join(LIST_SEPARATOR)]);
  const orgs = makeTable(['organization', 'articles', 'mentions', 'aliases'], ['text', 'number', 'number', 'text'], width, c);
  for (const o of s.organizations) orgs.push([c.bold(o.name), o.articles, o.mentions, o.aliases.join(', ')]);
  const money = makeTable(['currency', 'amounts', 'total', 'articles'], [{ width: 10 }, 'number', { width: 28 }, 'number'], width, c);
  for (const m of s.money) money.push([m.currency, m.amounts, formatAmount(m.total), m.articles]);
  const pairs = makeTable(['together', 'first', 'second', 'articles'], [{ width: 27 }, 'text', 'text', 'number'], width, c);
  for (const p of s.pairs) pairs.push([p.kind, p.first, p.second, p.articles]);

  const failed = s.failed ? `, ${s.failed} of ${s.inputs} inputs failed` : '';
  return [
    `${c.bold(`Summary of ${plural(s.articles, 'article', 'articles')}${failed}`)}\n`,
    section(`People (${s.people.length})`, people, 'no people', c),
    section(`Organizations (${s.organizations.length})`, orgs, 'no organizations', c),
    section('Money per currency', money, 'no money amounts', c),
    section('Named together most often', pairs, `no two names appear together in ${MIN_PAIR_ARTICLES} or more articles`, c),
  ].join('');
}
