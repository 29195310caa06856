// Bytes or a record's string -> the text the pipeline reads: decoded, and with HTML markup
// blanked and character references decoded when the input is HTML (see html.ts). Offsets in a
// document are into the decoded text as given; `source` maps the prepared text back to it.
import { decode } from './decode.js';
import { cleanHtml, looksLikeHtml } from './html.js';

/** 'auto': treat the text as HTML when it looks like HTML; true: always (--html); false: never. */
export type HtmlMode = 'auto' | boolean;

export interface PreparedText {
  /** What the recognizers read. */
  text: string;
  /** Offset in the given text of each prepared character (and of the end); absent when they are the same text. */
  source?: Int32Array;
}

export function prepareText(text: string, html: HtmlMode = 'auto'): PreparedText {
  return html === true || (html === 'auto' && looksLikeHtml(text)) ? cleanHtml(text) : { text };
}

/** The decoded text of a file's bytes, as offsets count it. */
export function articleText(bytes: Uint8Array): string {
  return decode(bytes);
}
