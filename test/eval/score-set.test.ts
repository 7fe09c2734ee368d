import { describe, expect, it } from 'vitest';
import type { ContractMention } from '../../src/eval/contract-json.js';
import type { LabelledArticle, TruthPoint } from '../../src/eval/corpus-schema.js';
import {
  addCounts,
  isTallyHit,
  metricsFromCounts,
  type ScoreInput,
  scoreSet,
  totalAsOf,
} from '../../src/eval/score-set.js';
import { aLabelledArticle, anExpected, aPrediction, aStep } from './builders.js';

const LEDGER = {
  id: 'northland',
  title: 'Northland frees',
  releaser: ['Northland'],
  released: ['detainees'],
  target: 400,
};

function score(article: LabelledArticle, predicted: ContractMention[], extra: Partial<ScoreInput> = {}) {
  return scoreSet({
    ledgers: [LEDGER],
    truth: [],
    articles: [article],
    predictions: new Map([[article.id, predicted]]),
    steps: [],
    ...extra,
  });
}

const BODY = 'Northland released 35 detainees on Friday. The deal calls for 400 in all.';

describe('matching mentions', () => {
  it('scores a prediction identical to the label as a perfect article', () => {
    const article = aLabelledArticle({ body: BODY, expected: [anExpected('released 35 detainees on Friday')] });
    const result = score(article, [aPrediction(BODY, 'released 35 detainees on Friday')]);
    expect(result.metrics.detect).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(result.metrics.tallyable).toEqual({ precision: 1, recall: 1, falseTally: 0 });
    expect(result.metrics.release).toEqual({ precision: 1, recall: 1, falseRelease: 0 });
    expect(result.articles[0]).toEqual({ id: 'a1', perfect: true, errors: [] });
  });

  it('matches a prediction that overlaps the evidence by a single character', () => {
    const article = aLabelledArticle({ body: BODY, expected: [anExpected('released 35')] });
    expect(score(article, [aPrediction(BODY, '5 detainees')]).counts.matched).toBe(1);
  });

  it('does not match a span that only touches the evidence', () => {
    const article = aLabelledArticle({ body: BODY, expected: [anExpected('released 35')] });
    const result = score(article, [aPrediction(BODY, ' detainees')]);
    expect(result.counts.matched).toBe(0);
    expect(result.articles[0]?.errors.map((error) => error.problem)).toEqual(['missed', 'spurious']);
  });

  it('does not match an overlapping prediction with a different count', () => {
    const article = aLabelledArticle({ body: BODY, expected: [anExpected('released 35 detainees')] });
    expect(score(article, [aPrediction(BODY, 'released 35 detainees', { count: 36 })]).counts.matched).toBe(0);
  });

  it('places the evidence at its first occurrence in the body', () => {
    const body = 'Officials said 35 were freed. Later, 35 were freed in the south.';
    const second = body.lastIndexOf('35 were freed');
    const article = aLabelledArticle({ body, expected: [anExpected('35 were freed')] });
    const atSecond = { ...aPrediction(body, '35 were freed'), start: second, end: second + 13 };
    expect(score(article, [atSecond]).counts.matched).toBe(0);
  });

  it('matches greedily in expected order, each prediction at most once', () => {
    const body = 'Northland said 35 detainees, all 35 of them civilians, were freed.';
    const article = aLabelledArticle({
      body,
      expected: [anExpected('35 detainees, all 35', { kind: 'release' }), anExpected('all 35', { kind: 'other' })],
    });
    const result = score(article, [aPrediction(body, 'all 35 of them')]);
    expect(result.counts.matched).toBe(1);
    expect(result.articles[0]?.errors).toEqual([{ problem: 'missed', expected: article.expected[1] }]);
    expect(result.counts.kindRight).toBe(1);
  });

  it('lists wrong kind, qualifier, ledger and date on a matched pair with the evidence', () => {
    const article = aLabelledArticle({ body: BODY, expected: [anExpected('released 35 detainees')] });
    const wrong = aPrediction(BODY, 'released 35 detainees', {
      kind: 'cumulative',
      qualifier: 'about',
      ledger: null,
      event_date: '2031-05-01',
    });
    const result = score(article, [wrong]);
    expect(result.articles[0]?.perfect).toBe(false);
    expect(result.articles[0]?.errors).toEqual([
      { problem: 'kind', count: 35, evidence: 'released 35 detainees', expected: 'release', predicted: 'cumulative' },
      { problem: 'qualifier', count: 35, evidence: 'released 35 detainees', expected: 'exact', predicted: 'about' },
      { problem: 'ledger', count: 35, evidence: 'released 35 detainees', expected: 'northland', predicted: null },
      {
        problem: 'date',
        count: 35,
        evidence: 'released 35 detainees',
        expected: '2031-05-02',
        predicted: '2031-05-01',
      },
    ]);
  });
});

describe('tallyable and release scores', () => {
  const article = aLabelledArticle({
    body: BODY,
    expected: [
      anExpected('released 35 detainees on Friday'),
      anExpected('calls for 400', { count: 400, kind: 'pledge', event_date: null }),
    ],
  });

  it('counts a predicted release that matches a pledge as a false tally', () => {
    const result = score(article, [aPrediction(BODY, 'calls for 400', { count: 400 })]);
    expect(result.metrics.tallyable).toEqual({ precision: 0, recall: 0, falseTally: 1 });
    expect(result.metrics.release.falseRelease).toBe(1);
  });

  it('counts a predicted release that matches nothing as a false tally', () => {
    const result = score(article, [aPrediction(BODY, 'Friday', { count: 5 })]);
    expect(result.metrics.tallyable.falseTally).toBe(1);
  });

  it('counts a release predicted for a cumulative label as wrong but not as a false tally', () => {
    const cumulative = aLabelledArticle({ body: BODY, expected: [anExpected('released 35', { kind: 'cumulative' })] });
    const result = score(cumulative, [aPrediction(BODY, 'released 35')]);
    expect(result.metrics.tallyable).toEqual({ precision: 0, recall: 0, falseTally: 0 });
  });

  it('leaves mentions without a ledger out of the tallyable scores', () => {
    const result = score(article, [aPrediction(BODY, 'released 35 detainees', { ledger: null })]);
    expect(result.counts.predictedTallyable).toBe(0);
    expect(result.counts.expectedTallyable).toBe(1);
    expect(result.metrics.tallyable.recall).toBe(0);
  });

  it('reports precision as undefined, not perfect, when nothing was predicted', () => {
    const result = score(article, []);
    expect(result.metrics.detect).toEqual({ precision: null, recall: 0, f1: 0 });
    expect(result.metrics.release.precision).toBeNull();
  });
});

describe('accuracy denominators', () => {
  it('leaves "other" out of ledger accuracy and pledges and undated mentions out of date accuracy', () => {
    const body = 'Freed 35 on Friday; 400 promised; 12 still held; 8 freed at some point.';
    const article = aLabelledArticle({
      body,
      expected: [
        anExpected('Freed 35 on Friday'),
        anExpected('400 promised', { count: 400, kind: 'pledge', event_date: '2031-05-02' }),
        anExpected('12 still held', { count: 12, kind: 'other', ledger: null, event_date: null }),
        anExpected('8 freed', { count: 8, event_date: null }),
      ],
    });
    const result = score(article, [
      aPrediction(body, 'Freed 35 on Friday'),
      aPrediction(body, '400 promised', { count: 400, kind: 'pledge', event_date: null }),
      aPrediction(body, '12 still held', { count: 12, kind: 'other', ledger: 'northland', event_date: null }),
      aPrediction(body, '8 freed', { count: 8, event_date: null }),
    ]);
    expect(result.counts).toMatchObject({ kindPairs: 4, qualifierPairs: 4, ledgerPairs: 3, ledgerRight: 3 });
    expect(result.counts).toMatchObject({ datePairs: 1, dateRight: 1 });
    expect(result.articles[0]?.perfect).toBe(false);
  });
});

describe('tally against truth points', () => {
  it.each([
    ['exact', 100, 100, true],
    ['exact', 101, 100, false],
    ['at_least', 100, 100, true],
    ['at_least', 105, 100, true],
    ['at_least', 106, 100, false],
    ['at_least', 99, 100, false],
    ['about', 95, 100, true],
    ['about', 105, 100, true],
    ['about', 94, 100, false],
    ['about', 106, 100, false],
    ['at_most', 100, 100, true],
    ['at_most', 95, 100, true],
    ['at_most', 94, 100, false],
    ['at_most', 101, 100, false],
  ] as const)('a %s truth of %i is hit by a total of %i: %s', (qualifier, predicted, truth, hit) => {
    expect(isTallyHit(predicted, truth, qualifier)).toBe(hit);
  });

  it('reads the total after the last article published on or before the end of the as_of day (UTC)', () => {
    const steps = [
      aStep('a1', '2031-05-01T10:00:00Z', 25),
      aStep('a2', '2031-05-02T23:59:59Z', 60),
      aStep('a3', '2031-05-03T00:00:00Z', 90),
    ];
    expect(totalAsOf(steps, 'northland', '2031-04-30')).toBe(0);
    expect(totalAsOf(steps, 'northland', '2031-05-02')).toBe(60);
    expect(totalAsOf(steps, 'northland', '2031-05-03')).toBe(90);
  });

  it('reports hits, points within 5%, over-counted points and the mean absolute percentage error', () => {
    const truth: TruthPoint[] = [
      { ledger: 'northland', as_of: '2031-05-01', cumulative: 25, qualifier: 'exact' },
      { ledger: 'northland', as_of: '2031-05-02', cumulative: 50, qualifier: 'exact' },
      { ledger: 'northland', as_of: '2031-05-03', cumulative: 100, qualifier: 'about' },
    ];
    const steps = [
      aStep('a1', '2031-05-01T10:00:00Z', 25),
      aStep('a2', '2031-05-02T10:00:00Z', 60),
      aStep('a3', '2031-05-03T10:00:00Z', 97),
    ];
    const result = score(aLabelledArticle(), [], { truth, steps });
    expect(result.metrics.tally.hitRate).toBeCloseTo(2 / 3);
    expect(result.metrics.tally.within5).toBeCloseTo(2 / 3);
    expect(result.metrics.tally.overCounted).toBe(1);
    expect(result.metrics.tally.mapePercent).toBeCloseTo((0 + 20 + 3) / 3);
    expect(result.truthPoints[1]).toMatchObject({ truth: 50, predicted: 60, hit: false, over5: true });
  });
});

describe('pooling sets', () => {
  it('adds counts so pooled ratios weigh every mention equally', () => {
    const small = aLabelledArticle({ body: BODY, expected: [anExpected('released 35')] });
    const big = aLabelledArticle({
      id: 'a2',
      body: BODY,
      expected: [anExpected('released 35'), anExpected('calls for 400', { count: 400, kind: 'pledge' })],
    });
    const first = score(small, [aPrediction(BODY, 'released 35')]);
    const second = score(big, []);
    const pooled = metricsFromCounts(addCounts(first.counts, second.counts));
    expect(pooled.detect.recall).toBeCloseTo(1 / 3);
  });
});
