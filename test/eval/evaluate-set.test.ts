import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { evaluateSet, goldMentions } from '../../src/eval/evaluate-set.js';
import { findSetDirs, loadCorpusSet } from '../../src/eval/load-corpus-set.js';
import { aLabelledArticle, anExpected } from './builders.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/articles');
const NORTHLAND = join(FIXTURES, 'northland');

async function loadNorthland() {
  const set = await loadCorpusSet(NORTHLAND);
  if (!set.ok) throw new Error(set.message);
  return set.value;
}

describe('loading corpus sets', () => {
  it('reads the ledgers, the truth and every article of a set', async () => {
    const set = await loadNorthland();
    expect(set.name).toBe('northland');
    expect(set.ledgers.map((ledger) => ledger.id)).toEqual(['northland-frees-eastmark', 'eastmark-frees-northland']);
    expect(set.truth).toHaveLength(1);
    expect(set.articles.map((article) => article.id)).toEqual(['northland-2031-04-30', 'northland-2031-05-02']);
  });

  it('treats a directory of sets as each of its sets', async () => {
    expect(await findSetDirs([FIXTURES])).toEqual({ ok: true, value: [NORTHLAND] });
  });

  it('passes over plain files a shell glob adds, but not when they are all it was given', async () => {
    const notes = join(NORTHLAND, 'ledgers.json');
    expect(await findSetDirs([notes, NORTHLAND])).toEqual({ ok: true, value: [NORTHLAND] });
    const alone = await findSetDirs([notes]);
    expect(alone.ok).toBe(false);
    if (!alone.ok) expect(alone.message).toContain('not set directories');
  });

  it('names the file, the field and the problem when an article is malformed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tallywire-set-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    await mkdir(join(dir, 'articles'));
    await writeFile(join(dir, 'ledgers.json'), JSON.stringify({ ledgers: [] }));
    const bad = { ...aLabelledArticle(), expected: [{ ...anExpected('x'), kind: 'freed' }] };
    await writeFile(join(dir, 'articles', 'bad.json'), JSON.stringify(bad));
    const set = await loadCorpusSet(dir);
    expect(set.ok).toBe(false);
    if (!set.ok) {
      expect(set.exitCode).toBe(1);
      expect(set.message).toContain(join(dir, 'articles', 'bad.json'));
      expect(set.message).toContain('expected[0].kind');
    }
  });
});

describe('evaluating a set', () => {
  it('scores the gold labels as perfect mentions (the tally is then measured alone)', async () => {
    const evaluation = evaluateSet(await loadNorthland(), { source: 'gold', timezone: 'UTC' });
    expect(evaluation.score.metrics.detect).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(evaluation.score.articles.every((article) => article.perfect)).toBe(true);
    expect(evaluation.score.truthPoints).toHaveLength(1);
  });

  it('gives gold mentions the span of the first occurrence of their evidence', async () => {
    const [first] = (await loadNorthland()).articles;
    const mentions = goldMentions(first!);
    expect(first!.body.slice(mentions[0]!.start, mentions[0]!.end)).toBe(first!.expected[0]!.evidence);
    expect(mentions[0]).toMatchObject({ count: 25, kind: 'release', eventDate: '2031-04-30' });
  });

  it('records an extractor failure and scores that article as predicting nothing', async () => {
    const evaluation = evaluateSet(await loadNorthland(), {
      source: 'extractor',
      timezone: 'UTC',
      extract: (article) => {
        if (article.id === 'northland-2031-05-02') throw new Error('cannot read this one');
        return [];
      },
    });
    expect(evaluation.failures).toEqual([{ articleId: 'northland-2031-05-02', message: 'cannot read this one' }]);
    expect(evaluation.score.counts).toMatchObject({ expected: 5, predicted: 0, matched: 0 });
  });

  it('hands the extractor the article without its labels and the set timezone', async () => {
    const seen: Array<{ keys: string[]; timezone: string }> = [];
    evaluateSet(await loadNorthland(), {
      source: 'extractor',
      timezone: 'Asia/Kabul',
      extract: (article, _ledgers, options) => {
        seen.push({ keys: Object.keys(article).sort(), timezone: options.timezone });
        return [];
      },
    });
    expect(seen).toHaveLength(2);
    expect(seen[0]).toEqual({ keys: ['body', 'feed', 'id', 'link', 'published', 'title'], timezone: 'Asia/Kabul' });
  });
});
