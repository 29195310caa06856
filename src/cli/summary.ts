// `news-entities summary`: the extract command's run, with a renderer that accumulates.
import { runExtract } from './extract.js';
import type { SummaryCommandOptions } from './summary-command.js';
import type { EntityType } from '../schema/document.js';

/** What the summary reads; ranks come along inside people, dates are not summarized. */
const SUMMARY_TYPES: EntityType[] = ['people', 'organizations', 'money'];

export async function runSummary(paths: string[], opts: SummaryCommandOptions): Promise<number> {
  const { summaryRenderer } = await import('../summary/renderer.js');
  return runExtract(paths, {
    ...opts,
    types: SUMMARY_TYPES,
    renderWith: (ctx) => summaryRenderer(opts.format, ctx, { top: opts.top }),
  });
}
