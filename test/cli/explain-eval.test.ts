import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { run as evalCommand } from '../../src/cli/eval.js';
import { run as explain } from '../../src/cli/explain.js';
import { runCli, runInProcess } from './run-cli.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/articles');
const SET = join(FIXTURES, 'northland');
const LEDGERS = join(SET, 'ledgers.json');

describe('tallywire explain', () => {
  it('prints the ledger title and its total', async () => {
    const run = await runInProcess(explain, ['northland-frees-eastmark', '--ledgers', LEDGERS, join(SET, 'articles')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Eastmark detainees freed by Northland');
    expect(run.stdout).toMatch(/^Total: /m);
  });

  it('takes the ledgers from config/trackers.json when --ledgers is not given', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tallywire-explain-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    await mkdir(join(dir, 'config'));
    const ledgers = [
      { id: 'only-ledger', title: 'Only ledger', releaser: ['Northland'], released: ['detainees'], target: 10 },
    ];
    await writeFile(
      join(dir, 'config/trackers.json'),
      JSON.stringify({ trackers: [{ timezone: 'Asia/Kabul', ledgers }] }),
    );
    const run = await runCli(['explain', 'only-ledger', join(SET, 'articles')], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Only ledger');
  });

  it('exits 2 naming the known ledgers when the ledger is unknown', async () => {
    const run = await runInProcess(explain, ['nobody', '--ledgers', LEDGERS, join(SET, 'articles')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('known: northland-frees-eastmark, eastmark-frees-northland');
  });
});

describe('tallywire eval', () => {
  it('prints pooled counts, every set and the bars as JSON; gold labels detect perfectly', async () => {
    const run = await runCli(['eval', '--gold', '--json', FIXTURES]);
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(output.source).toBe('gold');
    expect(output.sets.map((set: { name: string }) => set.name)).toEqual(['northland']);
    expect(output.overall.counts).toMatchObject({ expected: 5, predicted: 5, matched: 5, truthPoints: 1 });
    expect(output.checks.map((check: { name: string }) => check.name)).toContain('release precision');
  });

  it('prints a table with an OVERALL row and a CHECK verdict', async () => {
    const run = await runInProcess(evalCommand, [SET]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^northland\s+2\s+5\s/m);
    expect(run.stdout).toMatch(/^OVERALL\s+2\s+5\s/m);
    expect(run.stdout).toMatch(/^CHECK (PASS|FAIL)/m);
  });

  it('lists each set under its name with --errors', async () => {
    const run = await runInProcess(evalCommand, ['--errors', '--gold', SET]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^== northland$/m);
  });

  it('exits 2 on an unknown option', async () => {
    const run = await runInProcess(evalCommand, ['--verbose', SET]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown option --verbose');
  });

  it('exits 1 naming a directory that holds no set', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tallywire-eval-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const run = await runInProcess(evalCommand, [dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(dir);
  });
});
