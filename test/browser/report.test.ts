// The html report as a browser sees it: headless Chromium (Debian's chromium-headless-shell,
// driven by puppeteer-core) opens the page from file:// with JavaScript off and every network
// request refused, and the <mark> elements it finds must be exactly the mentions of the JSON
// output that the overlap rule highlights (see src/render/html-layout.ts). Saves a screenshot (docs/report.png with UPDATE_SCREENSHOT=1).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT, run, tempDir } from '../helpers.js';

const INSTALL = 'apt-get install -y --no-install-recommends chromium-headless-shell fonts-liberation (as root), or run scripts/ensure-test-tools.sh';

/** The browser to drive: $CHROMIUM_PATH, else where Debian's packages put it. */
function findChromium(): string {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) {
    if (fs.existsSync(chosen)) return chosen;
    throw new Error(`CHROMIUM_PATH=${chosen} does not exist. Unset it to use the system's browser, or install one: ${INSTALL}.`);
  }
  const candidates = [
    // The binary itself first: /usr/bin/chromium-headless-shell is a shell wrapper around it.
    '/usr/lib/chromium/chromium-headless-shell',
    '/usr/bin/chromium-headless-shell',
    '/usr/lib/chromium/headless_shell',
    '/usr/bin/chromium',
  ];
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) {
    throw new Error(`No headless Chromium found (looked at ${candidates.join(', ')}). Install it with: ${INSTALL}, or set CHROMIUM_PATH to a Chromium binary.`);
  }
  return found;
}

const TYPE_OF_LIST = { people: 'person', ranks: 'rank', organizations: 'organization', dates: 'date', money: 'money' } as const;
type MarkType = (typeof TYPE_OF_LIST)[keyof typeof TYPE_OF_LIST];
const TYPE_ORDER: MarkType[] = ['person', 'rank', 'organization', 'date', 'money'];

interface JsonMention {
  text: string;
  start: number;
  end: number;
}
type JsonDoc = { file: string } & Partial<Record<keyof typeof TYPE_OF_LIST, { mentions: JsonMention[] }[]>>;
interface Expected {
  type: MarkType;
  start: number;
  end: number;
  text: string;
}

/**
 * The rule, written again independently of the renderer: in page order (start, longer first,
 * type), a mention is highlighted unless it crosses one highlighted before it.
 */
function expectedMarks(doc: JsonDoc): { marked: Expected[]; total: number } {
  const all: Expected[] = [];
  for (const [list, type] of Object.entries(TYPE_OF_LIST) as [keyof typeof TYPE_OF_LIST, MarkType][]) {
    for (const entity of doc[list] ?? []) for (const m of entity.mentions) all.push({ type, start: m.start, end: m.end, text: m.text });
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end || TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type));
  const marked: Expected[] = [];
  for (const m of all) {
    const crosses = marked.some((k) => k.start < m.start && m.start < k.end && k.end < m.end);
    if (!crosses) marked.push(m);
  }
  return { marked, total: all.length };
}

const countByType = (marks: { type: string }[]) =>
  Object.fromEntries(TYPE_ORDER.map((t) => [t, marks.filter((m) => m.type === t).length]));

interface RenderedArticle {
  file: string;
  unmarked: number;
  marks: { type: string; start: number; end: number; text: string; title: string }[];
}

describe('html report in headless Chromium', () => {
  const dir = tempDir('ne-report-');
  const reportPath = path.join(dir, 'report.html');
  // The fixtures, plus one article where a rank crosses an organization, plus one HTML input.
  const crossing = path.join('fixtures', 'own', 'articles', 'o05_philippines_election_spending.txt');
  const htmlInput = path.join(dir, 'story.html');
  const inputs = [path.join('fixtures', 'articles'), crossing, htmlInput];
  let browser: Browser | undefined;
  let page: Page;
  let docs: JsonDoc[];
  let articles: RenderedArticle[];
  let source: string;
  const requests: string[] = [];

  beforeAll(async () => {
    const executablePath = findChromium();
    fs.writeFileSync(
      htmlInput,
      '<!DOCTYPE html><html><head><title>t</title><script>var x = "<mark>";</script></head><body><h1>Army chief visits</h1>' +
        '<p>General John Smith of the U.S. Army said on Monday that AT&amp;T would pay $5 million.</p><p>Smith &lt;smiled&gt;.</p></body></html>',
    );
    const json = run(['--format', 'json', ...inputs]);
    expect(json.code).toBe(0);
    docs = JSON.parse(json.stdout);
    const html = run(['-o', reportPath, ...inputs]);
    expect(html.code).toBe(0);
    source = fs.readFileSync(reportPath, 'utf8');

    browser = await puppeteer.launch({ executablePath, headless: 'shell', args: ['--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      requests.push(request.url());
      if (/^(file|data|about):/.test(request.url())) void request.continue();
      else void request.abort();
    });
    // Opened at the first article, so the screenshot shows it (under the sticky legend).
    await page.goto(`${pathToFileURL(reportPath).href}#doc-1`, { waitUntil: 'load' });
    articles = await page.$$eval('main > article', (nodes) =>
      nodes.map((a) => ({
        file: a.getAttribute('data-file') ?? '',
        unmarked: Number(a.getAttribute('data-unmarked')),
        marks: [...a.querySelectorAll('.text mark')].map((m) => ({
          type: m.getAttribute('data-type') ?? '',
          start: Number(m.getAttribute('data-start')),
          end: Number(m.getAttribute('data-end')),
          text: m.textContent ?? '',
          title: m.getAttribute('title') ?? '',
        })),
      })),
    );
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  test('one article per document, in the same order', () => {
    expect(articles.map((a) => a.file)).toEqual(docs.map((d) => d.file));
    expect(docs).toHaveLength(7);
  });

  test('the marks per type and article are the JSON mentions the overlap rule highlights', () => {
    for (const [i, doc] of docs.entries()) {
      const { marked, total } = expectedMarks(doc);
      const rendered = articles[i].marks;
      expect({ file: doc.file, counts: countByType(rendered) }).toEqual({ file: doc.file, counts: countByType(marked) });
      // In page order, with the same offsets and each mark's text the mention's text.
      expect(rendered.map(({ type, start, end, text }) => ({ type, start, end, text }))).toEqual(marked);
      // Nothing is lost: what is not highlighted is counted (and listed in the sidebar).
      expect(rendered.length + articles[i].unmarked).toBe(total);
    }
  });

  test('mentions inside others (a rank containing an organization, in the fixtures) are nested marks', async () => {
    const nested = await page.$$eval('.text mark mark', (marks) =>
      marks.map((m) => ({ inner: m.textContent ?? '', outer: m.parentElement?.closest('mark')?.textContent ?? '' })),
    );
    expect(nested.length).toBeGreaterThan(0);
    for (const { inner, outer } of nested) expect(outer).toContain(inner);
  });

  test('the HTML parses as written: no mark was moved or split by a parser repairing bad nesting', () => {
    const inSource = source.match(/<mark /g)?.length ?? 0;
    expect(articles.reduce((n, a) => n + a.marks.length, 0)).toBe(inSource);
  });

  test('hovering shows the entity: person with ranks, rank with its person, date with its TIMEX3 value', () => {
    const first = articles[0].marks;
    expect(first.find((m) => m.type === 'person' && m.text === 'Qian Lihua')?.title).toMatch(/^Person: Qian Lihua\nRanks: .*Major General/);
    expect(first.find((m) => m.type === 'rank' && m.text === 'Major General')?.title).toContain('Person: Qian Lihua');
    expect(first.find((m) => m.type === 'date' && m.text === 'Saturday')?.title).toContain('TIMEX3: XXXX-WXX-6');
    expect(first.find((m) => m.type === 'money')?.title).toMatch(/Amount: [\d,.]+ USD/);
  });

  test('an HTML input is shown as its source, which is what its offsets index', async () => {
    const last = articles[articles.length - 1];
    const text = await page.$eval('main > article:last-of-type .text', (el) => el.textContent ?? '');
    expect(text).toBe(fs.readFileSync(htmlInput, 'utf8'));
    // Its script's "<mark>" is text, not an element; the character reference is shown as written.
    expect(last.marks.every((m) => m.type !== '' && m.start < m.end)).toBe(true);
    expect(last.marks.map((m) => m.text)).toContain('John Smith');
    expect(last.marks.map((m) => m.text)).toContain('AT&amp;T');
  });

  test('no network: every request was for file:, data: or about:', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !/^(file|data|about):/.test(url))).toEqual([]);
  });

  // The screenshot goes to a temporary folder, so a test run leaves the repository clean;
  // UPDATE_SCREENSHOT=1 writes the README's docs/report.png instead.
  test('saves a screenshot of the first article (docs/report.png with UPDATE_SCREENSHOT=1)', async () => {
    const out = process.env.UPDATE_SCREENSHOT ? path.join(ROOT, 'docs', 'report.png') : path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ne-shot-')), 'report.png');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    await page.screenshot({ path: out as `${string}.png` });
    expect(fs.statSync(out).size).toBeGreaterThan(10_000);
  });
});
