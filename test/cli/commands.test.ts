// Subcommands' edges: options belong to the command they follow, `help <command>`, shell
// completion generated from the program, and `check`'s reports.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { run, ROOT } from '../helpers.js';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ne-cmd-'));
const ARTICLE = path.join(ROOT, 'fixtures/articles/000_c1126d8932c32f38.txt');

describe('options after a subcommand are that command\'s', () => {
  test.each([[['check', 'fixtures', '-o', 'x.json']], [['check', 'fixtures', '--types', 'people']], [['schema', '--format', 'json']]])('%j: refused (exit 2), not ignored', (args) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option/);
  });

  test('check --format json is honoured: one report object for CI', () => {
    const r = run(['check', 'fixtures', '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.ok).toBe(true);
    expect(report.articles).toHaveLength(5);
    expect(report.articles.every((a: { status: string }) => a.status === 'match')).toBe(true);
  });
});

describe('help', () => {
  test('`help check` is help on check, not an article named "help"', () => {
    const r = run(['help', 'check']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: news-entities check/);
    expect(r.stderr).toBe('');
  });
});

describe('completion', () => {
  const complete = (shell: string, line: string) => {
    const script = run(['completion', 'bash']).stdout;
    const f = path.join(tempDir(), 'c.sh');
    fs.writeFileSync(f, script);
    const r = spawnSync(shell, ['-c', `source ${f}; COMP_WORDS=(${line}); ${line.endsWith(' ') ? "COMP_WORDS+=('');" : ''} COMP_CWORD=$((\${#COMP_WORDS[@]}-1)); _news_entities_complete; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: 'utf8', cwd: ROOT });
    return r.stdout.trim().split('\n');
  };

  test('bash: options, their choices and commands complete from the program\'s definition', () => {
    expect(complete('bash', 'news-entities --for')).toEqual(['--format']);
    expect(complete('bash', 'news-entities --format ')).toEqual(expect.arrayContaining(['table', 'json', 'ndjson']));
    expect(complete('bash', 'news-entities check fixtures --format ')).toEqual(['text', 'json']);
    expect(complete('bash', 'news-entities --types ')).toEqual(['people', 'ranks', 'organizations', 'dates', 'money']);
    expect(complete('bash', 'news-entities completion ')).toEqual(['bash', 'zsh']);
    expect(complete('bash', 'news-entities ch')).toEqual(['check']);
    expect(complete('bash', 'news-entities fixt')).toEqual(['fixtures']);
  });

  test('zsh gets the same function through bashcompinit; an unknown shell is a usage error', () => {
    const zsh = run(['completion', 'zsh']);
    expect(zsh.code).toBe(0);
    expect(zsh.stdout).toContain('bashcompinit');
    expect(zsh.stdout).toContain('complete -o filenames -F _news_entities_complete news-entities');
    expect(spawnSync('bash', ['-n'], { input: run(['completion', 'bash']).stdout }).status).toBe(0);
    expect(run(['completion', 'fish']).code).toBe(2);
  });
});

describe('check', () => {
  const setup = () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'articles', 'a'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'articles', 'b'), { recursive: true });
    fs.copyFileSync(ARTICLE, path.join(dir, 'articles', 'a', 'story.txt'));
    fs.writeFileSync(path.join(dir, 'articles', 'b', 'story.txt'), 'Mayor Ana Ruiz said on Monday the city would spend $2 million.');
    expect(run(['check', dir, '--update']).code).toBe(0);
    return dir;
  };

  test('articles with the same name in different subfolders keep their own expected files', () => {
    const dir = setup();
    expect(fs.existsSync(path.join(dir, 'expected', 'a', 'story.json'))).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'expected', 'b', 'story.json'), 'utf8')).file).toBe('articles/b/story.txt');
    const r = run(['check', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('all 2 match');
  });

  test('an expected file with no article is reported and fails the check', () => {
    const dir = setup();
    fs.rmSync(path.join(dir, 'articles', 'b', 'story.txt'));
    const r = run(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('expected/b/story.json: no article answers this expected file');
    const json = JSON.parse(run(['check', dir, '--format', 'json']).stdout);
    expect(json.orphans).toEqual(['expected/b/story.json']);
    expect(json.ok).toBe(false);
  });

  test('an offset change names the entity and the field, in text and in JSON', () => {
    const dir = setup();
    const f = path.join(dir, 'expected', 'b', 'story.json');
    const doc = JSON.parse(fs.readFileSync(f, 'utf8'));
    doc.people[0].mentions[0].start += 1;
    fs.writeFileSync(f, JSON.stringify(doc));
    const r = run(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/~ person Ana Ruiz \[Mayor\]: mentions\[0\]\.start 7 -> 6/);
    const json = JSON.parse(run(['check', dir, '--format', 'json']).stdout);
    const changed = json.articles.find((a: { status: string }) => a.status === 'differ');
    expect(changed.article).toBe('articles/b/story.txt');
    expect(changed.changed).toEqual([{ entity: 'person Ana Ruiz [Mayor]', path: 'mentions[0].start', expected: 7, actual: 6 }]);
  });
});
