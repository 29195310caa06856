// --format html: one self-contained page (inline CSS, no script, no network) in the manner of
// spaCy's displaCy. Streamed like every format: start() writes the head, each document its own
// <article> (text with highlighted mentions, and a sidebar of its entities), end() the index of
// articles and the closing tags. Only one line per article is kept for the index, never texts.
import type { Document } from '../schema/document.js';
import type { ErrorRecord, Renderer } from './stream.js';
import { withFormer } from './labels.js';
import { escapeHtml, highlight, LIST_OF, MARK_TYPES, placeSpans, spansOf, type MarkType, type Span } from './html-layout.js';
import { STYLE } from './html-style.js';

const TYPE_NAMES: Record<MarkType, { one: string; many: string }> = {
  person: { one: 'Person', many: 'People' },
  rank: { one: 'Rank', many: 'Ranks' },
  organization: { one: 'Organization', many: 'Organizations' },
  date: { one: 'Date', many: 'Dates' },
  money: { one: 'Money', many: 'Money' },
};

const amountFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 });

/** What an entity is, as lines of plain text: the hover text of its marks. */
export function describeEntities(doc: Document): Record<MarkType, string[][]> {
  const orNone = (list: string[], none = '') => (list.length ? list.join(', ') : none);
  const lines = (...all: (string | false)[]) => all.filter((l): l is string => !!l);
  return {
    person: (doc.people ?? []).map((p) =>
      lines(`Person: ${p.name}`, p.ranks.length > 0 && `Ranks: ${withFormer(p).join(', ')}`, p.aliases.length > 0 && `Also: ${orNone(p.aliases)}`),
    ),
    rank: (doc.ranks ?? []).map((r) => lines(`Rank: ${r.former ? 'former ' : ''}${r.title}`, `Person: ${r.person ?? '(none linked)'}`)),
    organization: (doc.organizations ?? []).map((o) => lines(`Organization: ${o.name}`, o.aliases.length > 0 && `Aliases: ${orNone(o.aliases)}`)),
    date: (doc.dates ?? []).map((d) => lines(`Date: ${d.text}`, `TIMEX3: ${d.value ?? '(unresolved)'}`)),
    money: (doc.money ?? []).map((m) =>
      lines(`Money: ${m.text}`, `Amount: ${amountFormat.format(m.amount)} ${m.currency}`, m.qualifier !== null && `Qualifier: ${m.qualifier}`),
    ),
  };
}

/** The sidebar's line for each entity (HTML), in the document's order. */
function sidebarItems(doc: Document): Record<MarkType, string[]> {
  const e = escapeHtml;
  const detail = (s: string) => (s ? ` <span class="detail">— ${e(s)}</span>` : '');
  const aliases = (list: string[]) => (list.length ? ` <span class="detail">(also ${e(list.join(', '))})</span>` : '');
  return {
    person: (doc.people ?? []).map(
      (p) => `<strong>${e(p.name)}</strong>${detail(withFormer(p).join(', '))}${aliases(p.aliases)}`,
    ),
    rank: (doc.ranks ?? []).map((r) => `<strong>${e(r.title)}</strong>${detail(`${r.former ? 'former, ' : ''}${r.person ?? '(no person)'}`)}`),
    organization: (doc.organizations ?? []).map((o) => `<strong>${e(o.name)}</strong>${aliases(o.aliases)}`),
    date: (doc.dates ?? []).map((d) => `<strong>${e(d.text)}</strong>${detail(d.value ?? '(unresolved)')}`),
    money: (doc.money ?? []).map(
      (m) => `<strong>${e(`${m.qualifier ? `${m.qualifier} ` : ''}${amountFormat.format(m.amount)} ${m.currency}`)}</strong>${detail(`“${m.text}”`)}`,
    ),
  };
}

/** How many mentions of each entity are not highlighted, keyed "type:index". */
function countUnmarked(unmarked: Span[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of unmarked) counts.set(`${s.type}:${s.entity}`, (counts.get(`${s.type}:${s.entity}`) ?? 0) + 1);
  return counts;
}

function sidebar(doc: Document, unmarked: Span[]): string {
  const items = sidebarItems(doc);
  const notMarked = countUnmarked(unmarked);
  const sections = MARK_TYPES.filter((type) => doc[LIST_OF[type]] !== undefined).map((type) => {
    const entities = doc[LIST_OF[type]] ?? [];
    const lis = entities.map((entity, i) => {
      const missing = notMarked.get(`${type}:${i}`) ?? 0;
      const note = missing
        ? ` <span class="unmarked" title="crosses a highlighted mention, so it is listed here only">(${missing} not highlighted)</span>`
        : '';
      return `<li data-type="${type}">${items[type][i]} <span class="mentions">×${entity.mentions.length}</span>${note}</li>`;
    });
    const list = lis.length ? `<ul>${lis.join('')}</ul>` : '<p class="empty">none found</p>';
    return `<section><h3><span class="swatch" data-type="${type}"></span>${TYPE_NAMES[type].many} (${entities.length})</h3>${list}</section>`;
  });
  return `<aside class="entities">${sections.join('\n')}</aside>`;
}

/** The article's first non-empty line, shortened: what the index shows beside the file name. */
export function headlineOf(text: string, max = 100): string {
  const line = text.split('\n', 50).find((l) => l.trim())?.trim() ?? '';
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

function countsOf(doc: Document): string {
  const badges = MARK_TYPES.filter((type) => doc[LIST_OF[type]] !== undefined).map((type) => {
    const n = doc[LIST_OF[type]]!.length;
    return `<span class="n" data-type="${type}" title="${TYPE_NAMES[type].many}: ${n}">${n}</span>`;
  });
  return `<span class="counts">${badges.join('')}</span>`;
}

/** One document as an <article>, and its line in the index. */
export function renderArticle(doc: Document, text: string, id: string): { article: string; indexItem: string } {
  const { marked, unmarked } = placeSpans(spansOf(doc), text);
  const titles = describeEntities(doc);
  const openTag = (s: Span) =>
    `<mark data-type="${s.type}" data-entity="${s.entity}" data-start="${s.start}" data-end="${s.end}" title="${escapeHtml(titles[s.type][s.entity].join('\n'))}">`;
  const file = escapeHtml(doc.file);
  const crossing = unmarked.length
    ? ` · ${unmarked.length} more in the sidebar only (they cross a highlighted mention)`
    : '';
  const article = [
    `<article id="${id}" data-file="${file}" data-marks="${marked.length}" data-unmarked="${unmarked.length}">`,
    `<h2>${file}</h2>`,
    `<div class="meta">${doc.words} words · ${marked.length} highlighted mentions${crossing} ${countsOf(doc)}</div>`,
    `<div class="article-body"><div class="text">${highlight(text, marked, openTag)}</div>`,
    sidebar(doc, unmarked),
    `</div></article>\n`,
  ].join('\n');
  const headline = headlineOf(text);
  const indexItem = `<li><a href="#${id}">${file}</a>${headline ? ` <span class="headline">${escapeHtml(headline)}</span>` : ''} ${countsOf(doc)}</li>`;
  return { article, indexItem };
}

function pageHead(): string {
  const legend = MARK_TYPES.map((t) => `<li><span class="swatch" data-type="${t}"></span>${TYPE_NAMES[t].one.toLowerCase()}</li>`).join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="news-entities">
<title>news-entities report</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>news-entities report</h1><ul class="legend">${legend}</ul><span class="note">hover a highlight to see its entity</span></header>
<main>
`;
}

function pageEnd(index: string[], counts: { documents: number; inputs: number; failed: number }): string {
  const failed = counts.failed ? `, ${counts.failed} failed` : '';
  return `</main>
<nav class="index"><h2>Articles (${counts.documents})</h2>
<ol>
${index.join('\n')}
</ol></nav>
<footer>${counts.documents} of ${counts.inputs} inputs processed${failed}.</footer>
</body>
</html>
`;
}

export function htmlRenderer(): Renderer {
  // One short line per input (not its text): the index is written at the end.
  const index: string[] = [];
  let documents = 0;
  return {
    needsText: true,
    start: pageHead,
    document(doc: Document, text: string) {
      const { article, indexItem } = renderArticle(doc, text, `doc-${++documents}`);
      index.push(indexItem);
      return article;
    },
    error(record: ErrorRecord) {
      const where = record.line !== undefined ? ` line ${record.line}` : '';
      index.push(`<li class="failed">${escapeHtml(record.file)}${where}: failed: ${escapeHtml(record.error)}</li>`);
      return '';
    },
    end: (counts) => pageEnd(index, counts),
  };
}
