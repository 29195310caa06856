// `news-entities summary` through the binary: on fixtures/dev/articles, and on a few small
// articles that name the same people together.
import fs from 'node:fs';
import path from 'node:path';
import { run, tempDir } from '../helpers.js';
import { DocumentSchema, type Document } from '../../src/schema/document.js';
import { SummarySchema } from '../../src/summary/schema.js';

const DEV = path.join('fixtures', 'dev', 'articles');

describe('news-entities summary', () => {
  const json = run(['summary', '--format', 'json', DEV]);
  const docs: Document[] = JSON.parse(run(['--format', 'json', DEV]).stdout).map((d: unknown) => DocumentSchema.parse(d));

  test('json on the dev articles: valid, every article counted', () => {
    expect(json.code).toBe(0);
    const s = SummarySchema.parse(JSON.parse(json.stdout));
    expect(s).toMatchObject({ articles: docs.length, inputs: docs.length, failed: 0 });
    expect(s.people.length).toBeGreaterThan(50);
    expect(s.organizations.length).toBeGreaterThan(50);
  });

  test('merging only joins: mentions and money add up to the per-article output', () => {
    const s = SummarySchema.parse(JSON.parse(json.stdout));
    const sum = (ns: number[]) => ns.reduce((a, b) => a + b, 0);
    expect(sum(s.people.map((p) => p.mentions))).toBe(sum(docs.map((d) => sum(d.people!.map((p) => p.mentions.length)))));
    expect(sum(s.organizations.map((o) => o.mentions))).toBe(sum(docs.map((d) => sum(d.organizations!.map((o) => o.mentions.length)))));
    expect(s.people.length).toBeLessThanOrEqual(sum(docs.map((d) => d.people!.length)));
    for (const p of s.people) expect(p.articles).toBeLessThanOrEqual(docs.length);
    const usd = docs.flatMap((d) => d.money!.filter((m) => m.currency === 'USD'));
    const usdSummary = s.money.find((m) => m.currency === 'USD')!;
    expect(usdSummary.amounts).toBe(usd.length);
    expect(usdSummary.total).toBeCloseTo(sum(usd.map((m) => m.amount)), 0);
  });

  test('an acronym-only organization joins the full name another article gives it', () => {
    // d07 names the "United Nations" (alias UN), d08 only "UN".
    const s = SummarySchema.parse(JSON.parse(json.stdout));
    const un = s.organizations.find((o) => o.name === 'United Nations');
    expect(un?.aliases).toContain('UN');
    expect(un?.articles).toBeGreaterThanOrEqual(2);
    expect(s.organizations.find((o) => o.name === 'UN')).toBeUndefined();
  });

  test('table by default; csv with one header and a section column', () => {
    const table = run(['summary', DEV]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^Summary of 16 articles/);
    expect(table.stdout).toMatch(/Money per currency/);
    const csv = run(['summary', '--format', 'csv', DEV]);
    expect(csv.code).toBe(0);
    const lines = csv.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('section,name,detail,articles,mentions,amounts,total');
    expect(lines.filter((l) => l.startsWith('money,USD,'))).toHaveLength(1);
  });

  test('pairs: people and organizations named together in two or more articles', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Mayor Ana Ruiz met Governor Tom Baker at the World Bank on Monday. Ruiz said the World Bank would lend $2 million.');
    fs.writeFileSync(path.join(dir, 'b.txt'), 'Governor Tom Baker and Mayor Ana Ruiz visited the World Bank in Paris. The World Bank pledged $5 million.');
    fs.writeFileSync(path.join(dir, 'c.txt'), 'Ana Ruiz spoke to Reuters on Tuesday.');
    const r = run(['summary', '--format', 'json', dir]);
    expect(r.code).toBe(0);
    const s = SummarySchema.parse(JSON.parse(r.stdout));
    expect(s.people.find((p) => p.name === 'Ana Ruiz')).toMatchObject({ articles: 3, titles: [{ title: 'Mayor', articles: 2 }] });
    expect(s.money).toEqual([{ currency: 'USD', amounts: 2, total: 7_000_000, mentions: 2, articles: 2 }]);
    expect(s.pairs).toContainEqual({ kind: 'person-person', first: 'Ana Ruiz', second: 'Tom Baker', articles: 2 });
    expect(s.pairs).toContainEqual({ kind: 'person-organization', first: 'Tom Baker', second: 'World Bank', articles: 2 });
    expect(s.pairs.some((p) => p.second === 'Reuters' || p.first === 'Reuters')).toBe(false);
    const top1 = SummarySchema.parse(JSON.parse(run(['summary', '--format', 'json', '--top', '1', dir]).stdout));
    expect(top1.pairs.filter((p) => p.kind === 'person-organization')).toHaveLength(1);
  });

  test('-o takes the format from the extension; one it cannot write is a usage error', () => {
    const dir = tempDir();
    const out = path.join(dir, 'summary.csv');
    const r = run(['summary', '-o', out, path.join(DEV, 'd07_un_sudan_refugee_appeal.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(fs.readFileSync(out, 'utf8').split('\n')[0]).toBe('section,name,detail,articles,mentions,amounts,total');
    const bad = run(['summary', '-o', path.join(dir, 'summary.ndjson'), DEV]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/cannot tell the summary format/);
    expect(run(['summary', '--format', 'ndjson', DEV]).code).toBe(2);
  });

  test('a failed input is reported, the others summarized, exit 1', () => {
    const r = run(['summary', '--format', 'json', 'no-such-file.txt', path.join(DEV, 'd07_un_sudan_refugee_appeal.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('news-entities: no-such-file.txt: no such file or directory');
    expect(JSON.parse(r.stdout)).toMatchObject({ articles: 1, inputs: 2, failed: 1 });
  });

  test('--input ndjson records', () => {
    const records = ['{"id":"r1","text":"Mayor Ana Ruiz met the World Bank."}', '{"id":"r2","text":"Mayor Ana Ruiz left the World Bank."}'].join('\n');
    const r = run(['summary', '--input', 'ndjson', '--format', 'json', '-'], { input: records });
    expect(r.code).toBe(0);
    const s = SummarySchema.parse(JSON.parse(r.stdout));
    expect(s.people.find((p) => p.name === 'Ana Ruiz')?.articles).toBe(2);
  });
});
