// The summary as a Renderer, so it runs on the extract command's machinery (inputs, workers,
// order, progress, -o): document() keeps a compact record of each article and writes nothing,
// end() merges and writes everything.
import type { Renderer, RenderContext } from '../render/stream.js';
import { articleEntities, type ArticleEntities } from './merge.js';
import { summarize } from './summarize.js';
import { summaryCsv, summaryJson, summaryTable } from './render.js';
import type { SummaryFormat } from '../cli/summary-command.js';


export function summaryRenderer(format: SummaryFormat, ctx: RenderContext, options: { top?: number } = {}): Renderer {
  const articles: ArticleEntities[] = [];
  return {
    start: () => '',
    document: (doc) => {
      articles.push(articleEntities(doc));
      return '';
    },
    end: (counts) => {
      const summary = summarize(articles, counts, options);
      if (format === 'json') return summaryJson(summary);
      if (format === 'csv') return summaryCsv(summary);
      return summaryTable(summary, ctx.c, ctx.width);
    },
  };
}
