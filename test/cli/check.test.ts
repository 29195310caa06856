import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run, ROOT } from '../helpers.js';

describe('news-entities check', () => {
  test.each(['fixtures', 'fixtures/dev', 'fixtures/own', 'fixtures/blind', 'fixtures/blind2'])('%s matches its expected output', (dir) => {
    const r = run(['check', dir]);
    if (r.code !== 0) console.log(r.stdout, r.stderr);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/all \d+ match/);
  });

  test('a difference is shown as a readable diff and exits 1; --update rewrites', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ne-check-'));
    fs.mkdirSync(path.join(dir, 'articles'));
    fs.copyFileSync(path.join(ROOT, 'fixtures/articles/000_c1126d8932c32f38.txt'), path.join(dir, 'articles', 'a.txt'));
    expect(run(['check', dir, '--update']).code).toBe(0);
    const expectedPath = path.join(dir, 'expected', 'a.json');
    const expected = JSON.parse(fs.readFileSync(expectedPath, 'utf8'));
    expect(run(['check', dir]).code).toBe(0);

    expected.people.push({ name: 'Nobody Atall', aliases: [], ranks: [], formerRanks: [], mentions: [{ text: 'x', start: 0, end: 1, sentence: 0 }] });
    fs.writeFileSync(expectedPath, JSON.stringify(expected));
    const r = run(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('- person Nobody Atall');
    expect(r.stdout).toMatch(/1 of 1 differ/);
  });
});
