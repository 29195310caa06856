// The html report's stylesheet, inlined into the page so the file stands alone (no network).
// Colours follow spaCy's displaCy where it has the type; rank has none there, so it takes
// displaCy's orange. Labels are CSS ::after content, so a mark's textContent stays the mention.
import type { MarkType } from './html-layout.js';

export const COLOURS: Record<MarkType, string> = {
  person: '#aa9cfc',
  rank: '#feca74',
  organization: '#7aecec',
  date: '#bfe1d9',
  money: '#e4e7d2',
};

const LABELS: Record<MarkType, string> = { person: 'PERSON', rank: 'RANK', organization: 'ORG', date: 'DATE', money: 'MONEY' };

const perType = (rule: (type: MarkType) => string) => (Object.keys(COLOURS) as MarkType[]).map(rule).join('\n');

export const STYLE = `
*, *::before, *::after { box-sizing: border-box; }
html { scroll-padding-top: 4.5rem; }
body {
  margin: 0; color: #222; background: #f6f6f4;
  font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  /* The index is written last (it needs every document) but shown first. */
  display: flex; flex-direction: column;
}
body > header { order: 1; }
body > nav { order: 2; }
body > main { order: 3; }
body > footer { order: 4; }
body > header {
  position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid #ddd;
  display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.5rem; padding: .6rem 1.5rem;
}
body > header h1 { font-size: 1.1rem; margin: 0; }
.legend { display: flex; flex-wrap: wrap; gap: .5rem; margin: 0; padding: 0; list-style: none; font-size: .85rem; }
.legend li { display: flex; align-items: center; gap: .3rem; }
.swatch { display: inline-block; width: .9em; height: .9em; border-radius: .2em; vertical-align: -.1em; }
.note { color: #666; font-size: .8rem; }
nav.index, main > article, body > footer { max-width: 90rem; width: calc(100% - 2rem); margin: 1rem auto 0; }
nav.index { background: #fff; border: 1px solid #ddd; border-radius: .5rem; padding: .5rem 1.5rem; }
nav.index h2 { font-size: 1rem; margin: .4rem 0; }
nav.index ol { margin: 0 0 .5rem; padding-left: 1.8rem; }
nav.index li { margin: .15rem 0; }
nav.index .headline { color: #555; }
nav.index .failed { color: #a00; }
.counts { font-size: .8rem; color: #444; white-space: nowrap; }
.counts .n { display: inline-block; min-width: 1.6em; text-align: center; border-radius: .3em; margin-left: .2em; padding: 0 .2em; }
main > article { background: #fff; border: 1px solid #ddd; border-radius: .5rem; padding: 0 1.5rem 1rem; }
article > h2 { font-size: 1.05rem; margin: .8rem 0 .2rem; word-break: break-all; }
article > .meta { color: #666; font-size: .85rem; margin-bottom: .6rem; }
.article-body { display: grid; grid-template-columns: minmax(0, 1fr) 21rem; gap: 1.5rem; align-items: start; }
@media (max-width: 900px) { .article-body { grid-template-columns: minmax(0, 1fr); } }
.text { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 2.1; font-size: 1rem; }
mark {
  color: inherit; padding: .12em .3em; border-radius: .35em; line-height: 1;
  -webkit-box-decoration-break: clone; box-decoration-break: clone;
}
mark mark { padding: 0 .2em; outline: 1px solid rgba(0, 0, 0, .3); }
mark::after {
  font-size: .58em; font-weight: 700; letter-spacing: .02em; margin-left: .35em;
  vertical-align: middle; opacity: .7; text-transform: uppercase;
}
mark[title] { cursor: help; }
aside.entities { font-size: .86rem; border-left: 1px solid #eee; padding-left: 1rem; }
aside.entities h3 { font-size: .9rem; margin: .6rem 0 .2rem; display: flex; align-items: center; gap: .4rem; }
aside.entities ul { margin: 0; padding: 0; list-style: none; }
aside.entities li { margin: .15rem 0; padding-left: .5rem; border-left: 4px solid transparent; }
aside.entities .detail { color: #555; }
aside.entities .mentions { color: #888; }
aside.entities .unmarked { color: #a55; }
aside.entities .empty { color: #999; font-style: italic; }
body > footer { color: #666; font-size: .85rem; padding: .5rem 0 2rem; }
${perType((t) => `[data-type="${t}"] { background: ${COLOURS[t]}; }`)}
${perType((t) => `aside.entities li[data-type="${t}"] { background: none; border-left-color: ${COLOURS[t]}; }`)}
${perType((t) => `mark[data-type="${t}"]::after { content: "${LABELS[t]}"; }`)}
`;
