// Bytes or a record's string -> the text the pipeline reads: decoded, and with HTML markup
// blanked when the input is HTML (see html.ts). Offsets in a document are into this text.
import { decode } from './decode.js';
import { blankHtml, looksLikeHtml } from './html.js';

/** 'auto': blank markup when the text looks like HTML; true: always (--html); false: never. */
export type HtmlMode = 'auto' | boolean;

export function prepareText(text: string, html: HtmlMode = 'auto'): string {
  return html === true || (html === 'auto' && looksLikeHtml(text)) ? blankHtml(text) : text;
}

export function articleText(bytes: Uint8Array, html: HtmlMode = 'auto'): string {
  return prepareText(decode(bytes), html);
}
