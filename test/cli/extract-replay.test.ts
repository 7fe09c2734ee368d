import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { run as extract } from '../../src/cli/extract.js';
import { run as replay } from '../../src/cli/replay.js';
import { runCli, runInProcess } from './run-cli.js';

const COMMANDS = { extract, replay };

const SET = join(import.meta.dirname, '../fixtures/articles/northland');
const LEDGERS = join(SET, 'ledgers.json');
const EARLY = join(SET, 'articles/northland-2031-04-30.json');
const LATE = join(SET, 'articles/northland-2031-05-02.json');
const CONTRACT_KEYS = ['count', 'end', 'event_date', 'kind', 'ledger', 'qualifier', 'start'];

/** Parses stdout as exactly one JSON document followed by a newline. */
function parseOnlyJson(stdout: string): unknown {
  expect(stdout.endsWith('\n')).toBe(true);
  expect(stdout.trim().split('\n')).toHaveLength(1);
  return JSON.parse(stdout);
}

describe('tallywire extract', () => {
  it('prints one JSON document with each article in the order given, mentions in contract form', async () => {
    const run = await runCli(['extract', '--ledgers', LEDGERS, '--json', LATE, EARLY]);
    expect(run.code).toBe(0);
    const output = parseOnlyJson(run.stdout) as { articles: Array<{ id: string; mentions: object[] }> };
    expect(output.articles.map((article) => article.id)).toEqual(['northland-2031-05-02', 'northland-2031-04-30']);
    for (const mention of output.articles.flatMap((article) => article.mentions)) {
      expect(Object.keys(mention).sort()).toEqual(CONTRACT_KEYS);
    }
  });

  it('accepts --json before each file, and a directory for its *.json files in name order', async () => {
    const repeated = await runCli(['extract', '--ledgers', LEDGERS, '--json', EARLY, '--json', LATE]);
    const directory = await runCli([
      'extract',
      '--timezone',
      'Asia/Kabul',
      '--ledgers',
      LEDGERS,
      '--json',
      join(SET, 'articles'),
    ]);
    const ids = (run: { stdout: string }) =>
      (parseOnlyJson(run.stdout) as { articles: Array<{ id: string }> }).articles.map((article) => article.id);
    expect(ids(repeated)).toEqual(['northland-2031-04-30', 'northland-2031-05-02']);
    expect(ids(directory)).toEqual(['northland-2031-04-30', 'northland-2031-05-02']);
  });
});

describe('tallywire replay', () => {
  it('prints one step per article in publication order with every ledger total', async () => {
    const run = await runCli(['replay', '--ledgers', LEDGERS, '--json', LATE, EARLY]);
    expect(run.code).toBe(0);
    const output = parseOnlyJson(run.stdout) as {
      steps: Array<{ after: string; published: string; totals: Record<string, number> }>;
    };
    expect(output.steps.map((step) => [step.after, step.published])).toEqual([
      ['northland-2031-04-30', '2031-04-30T09:00:00Z'],
      ['northland-2031-05-02', '2031-05-02T17:30:00Z'],
    ]);
    for (const step of output.steps) {
      expect(Object.keys(step.totals)).toEqual(['northland-frees-eastmark', 'eastmark-frees-northland']);
      for (const total of Object.values(step.totals)) expect(Number.isInteger(total)).toBe(true);
    }
  });
});

describe('bad usage and unreadable input', () => {
  it.each([
    [['extract', '--json', EARLY], 'missing --ledgers'],
    [['replay', '--ledgers', LEDGERS], 'no article files'],
    [['extract', '--ledgers', LEDGERS, '--frobnicate', EARLY], 'unknown option --frobnicate'],
    [['replay', '--ledgers'], '--ledgers needs a value'],
    [['extract', '--ledgers', LEDGERS, '--timezone', 'Mars/Olympus', EARLY], 'unknown time zone'],
  ])('exits 2 with a usage message and nothing on stdout: %j', async ([command, ...args], message) => {
    const run = await runInProcess(COMMANDS[command as keyof typeof COMMANDS], args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('usage:');
  });

  it('reports bad usage from the real binary the same way', async () => {
    const run = await runCli(['replay', '--json', 'x.json']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toContain('tallywire replay: missing --ledgers FILE');
  });

  it('exits 1 naming a file that does not exist', async () => {
    const missing = join(SET, 'articles/nope.json');
    const run = await runCli(['replay', '--ledgers', LEDGERS, '--json', EARLY, missing]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${missing}: no such file or directory`);
  });

  it('exits 1 naming the file, the field and the problem when an article is malformed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tallywire-cli-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ id: 'x', feed: 'f', published: 'last Tuesday', title: 't', link: 'l' }));
    const run = await runInProcess(extract, ['--ledgers', LEDGERS, '--json', bad]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(bad);
    expect(run.stderr).toContain('published: expected an ISO-8601 time');
    expect(run.stderr).toContain('body:');
  });

  it('exits 1 naming a ledgers file that is not JSON', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tallywire-cli-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const bad = join(dir, 'ledgers.json');
    await writeFile(bad, '{ "ledgers": [');
    const run = await runInProcess(extract, ['--ledgers', bad, '--json', EARLY]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${bad}: invalid JSON`);
  });
});
