// Where the html report's <mark> elements go. Pure functions over offsets, so the overlap rule
// lives in one place and can be tested without a browser.
//
// The rule: mentions are taken in page order (by start; at the same start the longer first,
// so a container opens before what it contains; then by type: person, rank, organization, date,
// money). A mention is highlighted unless it crosses, i.e. partly overlaps, one highlighted
// before it. One inside another (equal spans included) becomes a nested <mark>; mentions that
// only touch (one ends where the next starts) are simply adjacent. A crossing mention is the
// later-starting one, so the earlier (and, at equal start, longer) mention keeps its mark; the
// crossing one is listed in the sidebar only. The HTML therefore always nests properly.
import type { Document, Mention } from '../schema/document.js';

export const MARK_TYPES = ['person', 'rank', 'organization', 'date', 'money'] as const;
export type MarkType = (typeof MARK_TYPES)[number];

/** The document's list that holds each mark type. */
export const LIST_OF: Record<MarkType, 'people' | 'ranks' | 'organizations' | 'dates' | 'money'> = {
  person: 'people',
  rank: 'ranks',
  organization: 'organizations',
  date: 'dates',
  money: 'money',
};

/** One mention, with the entity it belongs to (its index in the document's list of `type`). */
export interface Span {
  type: MarkType;
  entity: number;
  start: number;
  end: number;
  text: string;
}

export interface Placement {
  /** In page order: the order their opening tags appear. */
  marked: Span[];
  /** Crossing a marked span (or, never expected, not matching the text): sidebar only. */
  unmarked: Span[];
}

const TYPE_RANK: Record<MarkType, number> = { person: 0, rank: 1, organization: 2, date: 3, money: 4 };

/** Page order: by start, the longer first, then by type. */
export function comparePageOrder(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end || TYPE_RANK[a.type] - TYPE_RANK[b.type] || a.entity - b.entity;
}

/** Every mention of the document, of the types it has, as spans. */
export function spansOf(doc: Document): Span[] {
  const spans: Span[] = [];
  for (const type of MARK_TYPES) {
    const entities: { mentions: Mention[] }[] = doc[LIST_OF[type]] ?? [];
    entities.forEach((entity, index) => {
      for (const m of entity.mentions) spans.push({ type, entity: index, start: m.start, end: m.end, text: m.text });
    });
  }
  return spans;
}

/** Applies the overlap rule (see the top of this file). */
export function placeSpans(spans: Span[], text: string): Placement {
  const marked: Span[] = [];
  const unmarked: Span[] = [];
  // The marks still open at the current position, outermost first: each lies inside the one before.
  const open: Span[] = [];
  for (const span of [...spans].sort(comparePageOrder)) {
    if (text.slice(span.start, span.end) !== span.text) {
      unmarked.push(span);
      continue;
    }
    while (open.length && open[open.length - 1].end <= span.start) open.pop();
    const innermost = open[open.length - 1];
    // It starts inside `innermost` (or after every open mark); it nests only if it also ends there.
    if (innermost && span.end > innermost.end) {
      unmarked.push(span);
      continue;
    }
    marked.push(span);
    open.push(span);
  }
  return { marked, unmarked };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe as element content and as a quoted attribute value. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

/**
 * The text as HTML with `marked` (in page order, properly nested, as placeSpans returns them)
 * wrapped in the tags `openTag` gives. Every piece between offsets is escaped.
 */
export function highlight(text: string, marked: Span[], openTag: (span: Span) => string): string {
  const out: string[] = [];
  const open: Span[] = [];
  let pos = 0;
  const advanceTo = (offset: number) => {
    out.push(escapeHtml(text.slice(pos, offset)));
    pos = offset;
  };
  const closeUpTo = (offset: number) => {
    while (open.length && open[open.length - 1].end <= offset) {
      advanceTo(open.pop()!.end);
      out.push('</mark>');
    }
  };
  for (const span of marked) {
    closeUpTo(span.start);
    advanceTo(span.start);
    out.push(openTag(span));
    open.push(span);
  }
  closeUpTo(Infinity);
  advanceTo(text.length);
  return out.join('');
}
