// --format html through the built binary: format by extension, self-containment, escaping,
// failed inputs. What a browser makes of the page is test/browser/report.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { run, tempDir } from '../helpers.js';

const ARTICLES = path.join('fixtures', 'articles');
const ONE = path.join(ARTICLES, '000_c1126d8932c32f38.txt');

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

describe('--format html', () => {
  test('-o report.html (and .htm) without --format writes the html page', () => {
    const dir = tempDir();
    for (const name of ['report.html', 'report.HTM']) {
      const out = path.join(dir, name);
      const r = run(['-o', out, ONE]);
      expect(r.code).toBe(0);
      const page = fs.readFileSync(out, 'utf8');
      expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(page.trimEnd().endsWith('</html>')).toBe(true);
      expect(page).toMatch(/<article id="doc-1"/);
      expect(page).toMatch(/<mark data-type="person"/);
    }
  });

  test('the page is self-contained: no scripts, stylesheets, images or remote URLs outside the text', () => {
    const r = run(['--format', 'html', ARTICLES]);
    expect(r.code).toBe(0);
    const page = r.stdout;
    expect(page.match(/<article /g)).toHaveLength(5);
    expect(page).not.toMatch(/<(script|link|img|iframe|object|embed|base)\b/i);
    expect(page).not.toMatch(/\ssrc=/i);
    expect(page).not.toMatch(/url\(|@import/i);
    // Every link is to an anchor in the page.
    for (const [, href] of page.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^#doc-\d+$/);
    // The articles' own text may quote URLs, but nothing else in the page may.
    const withoutTexts = page
      .replace(/<div class="text">[\s\S]*?<\/div>\n<aside/g, '<aside')
      .replace(/<span class="headline">[^<]*<\/span>/g, '');
    expect(withoutTexts).not.toMatch(/https?:\/\//);
    expect(page).toMatch(/Content-Security-Policy" content="default-src 'none'/);
  });

  test('text and mentions with &, < and quotes are escaped (plain-text input with --no-html)', () => {
    const dir = tempDir();
    const file = path.join(dir, 'amp.txt');
    const text =
      'AT&T said on Monday that General John Smith of Procter & Gamble paid $5 million to <b>Johnson & Johnson</b>, the "Ernst & Young" firm said.\nSmith agreed.\n';
    fs.writeFileSync(file, text);
    const json = run(['--no-html', '--format', 'json', file]);
    expect(json.code).toBe(0);
    const [doc] = JSON.parse(json.stdout);
    const html = run(['--no-html', '--format', 'html', file]);
    expect(html.code).toBe(0);
    const page = html.stdout;
    expect(page).toContain('&lt;b&gt;');
    expect(page).toContain(' the &quot;');
    expect(page).not.toMatch(/<\/?b>/);
    const ampersandMentions = (doc.organizations as { mentions: { text: string; start: number }[] }[])
      .flatMap((o) => o.mentions)
      .filter((m) => m.text.includes('&'));
    expect(ampersandMentions.length).toBeGreaterThan(0);
    for (const m of ampersandMentions) {
      const mark = new RegExp(`<mark data-type="organization"[^>]*data-start="${m.start}"[^>]*title="([^"]*)">([^<]*)</mark>`).exec(page);
      expect(mark?.[2]).toBe(escapeHtml(m.text));
      expect(mark?.[1]).toContain('&amp;');
    }
    // Line breaks are kept as they are (the text is shown with white-space: pre-wrap).
    expect(page).toMatch(/firm said\.\n/);
  });

  test('a failed input stays on stderr, or with --errors-as-records becomes a failed entry in the index', () => {
    const missing = path.join(tempDir(), 'missing.txt');
    const plain = run(['--format', 'html', ONE, missing]);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toContain('missing.txt');
    expect(plain.stdout).not.toContain('class="failed"');
    expect(plain.stdout).toContain('1 of 2 inputs processed, 1 failed');

    const records = run(['--format', 'html', '--errors-as-records', ONE, missing]);
    expect(records.code).toBe(1);
    expect(records.stdout).toMatch(/<li class="failed">[^<]*missing\.txt[^<]*: failed: /);
  });

  test('--types leaves the other types out of marks and sidebar', () => {
    const r = run(['--format', 'html', '--types', 'dates', ONE]);
    expect(r.code).toBe(0);
    const types = new Set([...r.stdout.matchAll(/<mark data-type="(\w+)"/g)].map((m) => m[1]));
    expect([...types]).toEqual(['date']);
    expect(r.stdout).not.toMatch(/People \(\d+\)/);
  });
});
