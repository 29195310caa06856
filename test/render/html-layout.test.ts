import { escapeHtml, highlight, placeSpans, type MarkType, type Span } from '../../src/render/html-layout.js';
import { headlineOf } from '../../src/render/html.js';

const TEXT = 'Defense Ministry spokesman Wu Qian said on Monday.';

/** A span over the first occurrence of `text` in TEXT. */
function span(type: MarkType, text: string, entity = 0, from = 0): Span {
  const start = TEXT.indexOf(text, from);
  if (start < 0) throw new Error(`"${text}" is not in the text`);
  return { type, entity, start, end: start + text.length, text };
}

const tag = (s: Span) => `<mark data-type="${s.type}">`;

describe('html report: overlap rule', () => {
  test('a mention inside another is nested, the container opening first', () => {
    const org = span('organization', 'Defense Ministry');
    const rank = span('rank', 'Defense Ministry spokesman');
    const { marked, unmarked } = placeSpans([org, rank], TEXT);
    expect(marked).toEqual([rank, org]);
    expect(unmarked).toEqual([]);
    expect(highlight(TEXT, marked, tag)).toBe(
      '<mark data-type="rank"><mark data-type="organization">Defense Ministry</mark> spokesman</mark> Wu Qian said on Monday.',
    );
  });

  test('equal spans nest too, in type order (person, rank, organization, date, money)', () => {
    const rank = span('rank', 'Wu Qian');
    const person = span('person', 'Wu Qian');
    const { marked } = placeSpans([rank, person], TEXT);
    expect(marked).toEqual([person, rank]);
    expect(highlight(TEXT, marked, tag)).toContain('<mark data-type="person"><mark data-type="rank">Wu Qian</mark></mark>');
  });

  test('touching mentions are adjacent marks', () => {
    const rank = span('rank', 'spokesman ');
    const person = span('person', 'Wu Qian');
    const { marked } = placeSpans([person, rank], TEXT);
    expect(marked).toEqual([rank, person]);
    expect(highlight(TEXT, marked, tag)).toContain('<mark data-type="rank">spokesman </mark><mark data-type="person">Wu Qian</mark>');
  });

  test('a crossing mention is left to the sidebar: the earlier one keeps its mark', () => {
    const org = span('organization', 'Defense Ministry');
    const rank = span('rank', 'Ministry spokesman');
    const { marked, unmarked } = placeSpans([rank, org], TEXT);
    expect(marked).toEqual([org]);
    expect(unmarked).toEqual([rank]);
  });

  test('at an equal start the longer mention wins; a crossing one deep in a nest is caught', () => {
    const outer = span('rank', 'Defense Ministry spokesman');
    const inner = span('organization', 'Ministry');
    const crossing = span('person', 'Ministry spokesman Wu');
    const { marked, unmarked } = placeSpans([crossing, inner, outer], TEXT);
    expect(marked).toEqual([outer, inner]);
    expect(unmarked).toEqual([crossing]);
  });

  test('a mention whose offsets do not match the text is not highlighted', () => {
    const wrong = { ...span('date', 'Monday'), text: 'Tuesday' };
    expect(placeSpans([wrong], TEXT)).toEqual({ marked: [], unmarked: [wrong] });
  });

  test('every piece is escaped, and the text comes back unchanged apart from the marks', () => {
    const text = 'AT&T <b>"x"</b> \'y\'\nnext';
    const s: Span = { type: 'organization', entity: 0, start: 0, end: 4, text: 'AT&T' };
    const html = highlight(text, [s], tag);
    expect(html).toBe('<mark data-type="organization">AT&amp;T</mark> &lt;b&gt;&quot;x&quot;&lt;/b&gt; &#39;y&#39;\nnext');
    expect(escapeHtml('<&>"\'')).toBe('&lt;&amp;&gt;&quot;&#39;');
  });

  test('the index headline is the first non-empty line, shortened', () => {
    expect(headlineOf('\n\n  Title here  \nbody')).toBe('Title here');
    expect(headlineOf('x'.repeat(150), 20)).toBe(`${'x'.repeat(19)}…`);
    expect(headlineOf('')).toBe('');
  });
});
