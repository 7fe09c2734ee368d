import type { Ledger } from '../core/types.js';
import type { ContractMention, ReplayStep } from './contract-json.js';
import type { ExpectedMention, LabelledArticle, TruthPoint } from './corpus-schema.js';

/** What the scorer reads: a labelled set and the two contract outputs for it. */
export interface ScoreInput {
  ledgers: readonly Ledger[];
  truth: readonly TruthPoint[];
  articles: readonly LabelledArticle[];
  /** Predicted mentions by article id; an article missing here predicted nothing. */
  predictions: ReadonlyMap<string, readonly ContractMention[]>;
  /** Replay steps in publication order. */
  steps: readonly ReplayStep[];
}

/**
 * Raw numerators and denominators, kept so several sets can be pooled by adding counts
 * (ratios of pooled counts, never averages of ratios).
 */
export interface ScoreCounts {
  expected: number;
  predicted: number;
  matched: number;
  expectedTallyable: number;
  predictedTallyable: number;
  correctTallyable: number;
  falseTally: number;
  expectedRelease: number;
  predictedRelease: number;
  correctRelease: number;
  falseRelease: number;
  kindPairs: number;
  kindRight: number;
  qualifierPairs: number;
  qualifierRight: number;
  ledgerPairs: number;
  ledgerRight: number;
  datePairs: number;
  dateRight: number;
  truthPoints: number;
  truthHits: number;
  truthWithin5: number;
  truthOver5: number;
  /** Sum of absolute percentage errors over truth points with a non-zero truth. */
  percentErrorSum: number;
  percentErrorPoints: number;
}

/** A ratio, or null when its denominator is zero. */
export type Ratio = number | null;

/** The SCORING.md metrics computed from counts. */
export interface ScoreMetrics {
  detect: { precision: Ratio; recall: Ratio; f1: Ratio };
  tallyable: { precision: Ratio; recall: Ratio; falseTally: number };
  release: { precision: Ratio; recall: Ratio; falseRelease: number };
  kindAcc: Ratio;
  qualifierAcc: Ratio;
  ledgerAcc: Ratio;
  dateAcc: Ratio;
  tally: { hitRate: Ratio; within5: Ratio; overCounted: number; mapePercent: Ratio };
}

/** One thing an article got wrong, with the text it concerns, for debugging the extractor. */
export type MentionError =
  | { problem: 'missed'; expected: ExpectedMention }
  | { problem: 'spurious'; predicted: ContractMention; text: string }
  | {
      problem: 'kind' | 'qualifier' | 'ledger' | 'date';
      count: number;
      evidence: string;
      expected: string | null;
      predicted: string | null;
    };

/** How one article scored. */
export interface ArticleScore {
  id: string;
  /** Every expected mention matched with the same kind, qualifier, ledger and date, and nothing spurious. */
  perfect: boolean;
  errors: MentionError[];
}

/** How one truth point scored against the replayed total. */
export interface TruthScore {
  ledger: string;
  asOf: string;
  truth: number;
  qualifier: TruthPoint['qualifier'];
  predicted: number;
  hit: boolean;
  within5: boolean;
  over5: boolean;
}

/** A set's score: pooled counts, their metrics, and the details behind them. */
export interface SetScore {
  counts: ScoreCounts;
  metrics: ScoreMetrics;
  articles: ArticleScore[];
  truthPoints: TruthScore[];
}

/** Half-open UTF-16 span into an article body. */
interface Span {
  start: number;
  end: number;
}

const TALLYABLE_KINDS: ReadonlySet<string> = new Set(['release', 'cumulative']);
const NON_TALLY_KINDS: ReadonlySet<string> = new Set(['pledge', 'announcement', 'other']);

/** The span an expected mention is scored at: the first occurrence of its evidence in the body (null if absent). */
export function locateEvidence(body: string, evidence: string): Span | null {
  const start = body.indexOf(evidence);
  return start === -1 ? null : { start, end: start + evidence.length };
}

/** True when a predicted span shares at least one character with an expected one (an empty span counts as one character). */
export function spansOverlap(predicted: Span, expected: Span): boolean {
  const predictedEnd = Math.max(predicted.end, predicted.start + 1);
  return predicted.start < expected.end && expected.start < predictedEnd;
}

/**
 * Pairs expected mentions with predictions: greedy in `expected` order, each taking the first
 * unused prediction (in predicted order) with the same count and an overlapping span.
 * Returns, for each expected mention, the index of its prediction or -1.
 */
export function matchMentions(
  body: string,
  expected: readonly ExpectedMention[],
  predicted: readonly ContractMention[],
): number[] {
  const used = new Set<number>();
  return expected.map((mention) => {
    const span = locateEvidence(body, mention.evidence);
    if (!span) return -1;
    const index = predicted.findIndex(
      (candidate, i) => !used.has(i) && candidate.count === mention.count && spansOverlap(candidate, span),
    );
    if (index !== -1) used.add(index);
    return index;
  });
}

/** An all-zero count record, the identity for `addCounts`. */
export function emptyCounts(): ScoreCounts {
  return {
    expected: 0,
    predicted: 0,
    matched: 0,
    expectedTallyable: 0,
    predictedTallyable: 0,
    correctTallyable: 0,
    falseTally: 0,
    expectedRelease: 0,
    predictedRelease: 0,
    correctRelease: 0,
    falseRelease: 0,
    kindPairs: 0,
    kindRight: 0,
    qualifierPairs: 0,
    qualifierRight: 0,
    ledgerPairs: 0,
    ledgerRight: 0,
    datePairs: 0,
    dateRight: 0,
    truthPoints: 0,
    truthHits: 0,
    truthWithin5: 0,
    truthOver5: 0,
    percentErrorSum: 0,
    percentErrorPoints: 0,
  };
}

/** Adds two count records field by field (pooling sets). */
export function addCounts(a: ScoreCounts, b: ScoreCounts): ScoreCounts {
  const sum = emptyCounts();
  for (const key of Object.keys(sum) as Array<keyof ScoreCounts>) sum[key] = a[key] + b[key];
  return sum;
}

function ratio(numerator: number, denominator: number): Ratio {
  return denominator === 0 ? null : numerator / denominator;
}

function harmonicMean(a: Ratio, b: Ratio): Ratio {
  // With nothing found (recall 0) F1 is 0 even though precision is undefined.
  if (a === 0 || b === 0) return 0;
  if (a === null || b === null) return null;
  return a + b === 0 ? 0 : (2 * a * b) / (a + b);
}

/** Computes the SCORING.md metrics from (possibly pooled) counts. */
export function metricsFromCounts(counts: ScoreCounts): ScoreMetrics {
  const precision = ratio(counts.matched, counts.predicted);
  const recall = ratio(counts.matched, counts.expected);
  return {
    detect: { precision, recall, f1: harmonicMean(precision, recall) },
    tallyable: {
      precision: ratio(counts.correctTallyable, counts.predictedTallyable),
      recall: ratio(counts.correctTallyable, counts.expectedTallyable),
      falseTally: counts.falseTally,
    },
    release: {
      precision: ratio(counts.correctRelease, counts.predictedRelease),
      recall: ratio(counts.correctRelease, counts.expectedRelease),
      falseRelease: counts.falseRelease,
    },
    kindAcc: ratio(counts.kindRight, counts.kindPairs),
    qualifierAcc: ratio(counts.qualifierRight, counts.qualifierPairs),
    ledgerAcc: ratio(counts.ledgerRight, counts.ledgerPairs),
    dateAcc: ratio(counts.dateRight, counts.datePairs),
    tally: {
      hitRate: ratio(counts.truthHits, counts.truthPoints),
      within5: ratio(counts.truthWithin5, counts.truthPoints),
      overCounted: counts.truthOver5,
      mapePercent: ratio(counts.percentErrorSum, counts.percentErrorPoints),
    },
  };
}

function isTallyable(mention: { kind: string; ledger: string | null }): boolean {
  return TALLYABLE_KINDS.has(mention.kind) && mention.ledger !== null;
}

function isRelease(mention: { kind: string; ledger: string | null }): boolean {
  return mention.kind === 'release' && mention.ledger !== null;
}

function scoreArticle(
  article: LabelledArticle,
  predicted: readonly ContractMention[],
  counts: ScoreCounts,
): ArticleScore {
  const matchOf = matchMentions(article.body, article.expected, predicted);
  const expectedOf = new Map<number, ExpectedMention>();
  const errors: MentionError[] = [];
  counts.expected += article.expected.length;
  counts.predicted += predicted.length;
  article.expected.forEach((expected, i) => {
    if (isTallyable(expected)) counts.expectedTallyable++;
    if (isRelease(expected)) counts.expectedRelease++;
    const index = matchOf[i] ?? -1;
    const guess = predicted[index];
    if (!guess) {
      errors.push({ problem: 'missed', expected });
      return;
    }
    expectedOf.set(index, expected);
    counts.matched++;
    const wrong = (problem: 'kind' | 'qualifier' | 'ledger' | 'date', want: string | null, got: string | null) =>
      errors.push({ problem, count: expected.count, evidence: expected.evidence, expected: want, predicted: got });
    counts.kindPairs++;
    if (guess.kind === expected.kind) counts.kindRight++;
    else wrong('kind', expected.kind, guess.kind);
    counts.qualifierPairs++;
    if (guess.qualifier === expected.qualifier) counts.qualifierRight++;
    else wrong('qualifier', expected.qualifier, guess.qualifier);
    if (expected.kind !== 'other') {
      counts.ledgerPairs++;
      if (guess.ledger === expected.ledger) counts.ledgerRight++;
    }
    if (guess.ledger !== expected.ledger) wrong('ledger', expected.ledger, guess.ledger);
    if (expected.event_date !== null && expected.kind !== 'pledge') {
      counts.datePairs++;
      if (guess.event_date === expected.event_date) counts.dateRight++;
    }
    if (guess.event_date !== expected.event_date) wrong('date', expected.event_date, guess.event_date);
  });
  predicted.forEach((guess, index) => {
    const expected = expectedOf.get(index);
    if (!expected)
      errors.push({ problem: 'spurious', predicted: guess, text: article.body.slice(guess.start, guess.end) });
    const sameKindAndLedger = expected?.kind === guess.kind && expected.ledger === guess.ledger;
    const corrupts = !expected || NON_TALLY_KINDS.has(expected.kind);
    if (isTallyable(guess)) {
      counts.predictedTallyable++;
      if (sameKindAndLedger) counts.correctTallyable++;
      if (corrupts) counts.falseTally++;
    }
    if (isRelease(guess)) {
      counts.predictedRelease++;
      if (sameKindAndLedger) counts.correctRelease++;
      if (corrupts) counts.falseRelease++;
    }
  });
  return { id: article.id, perfect: errors.length === 0, errors };
}

/** Whether a replayed total counts as the truth point, per the SCORING.md table. */
export function isTallyHit(predicted: number, truth: number, qualifier: TruthPoint['qualifier']): boolean {
  // Compared in integers scaled by 100 so "5% above 100" is exactly 105.
  const scaled = predicted * 100;
  switch (qualifier) {
    case 'exact':
      return predicted === truth;
    case 'at_least':
      return scaled >= truth * 100 && scaled <= truth * 105;
    case 'about':
      return scaled >= truth * 95 && scaled <= truth * 105;
    case 'at_most':
      return scaled >= truth * 95 && scaled <= truth * 100;
  }
}

/** The total a ledger showed after the last step published on or before the end of `asOf` (UTC); 0 before any. */
export function totalAsOf(steps: readonly ReplayStep[], ledger: string, asOf: string): number {
  const cutoff = Date.parse(`${asOf}T23:59:59.999Z`);
  let total = 0;
  for (const step of steps) {
    if (Date.parse(step.published) > cutoff) break;
    total = step.totals[ledger] ?? 0;
  }
  return total;
}

function scoreTruth(truth: readonly TruthPoint[], steps: readonly ReplayStep[], counts: ScoreCounts): TruthScore[] {
  return truth.map((point) => {
    const predicted = totalAsOf(steps, point.ledger, point.as_of);
    const hit = isTallyHit(predicted, point.cumulative, point.qualifier);
    const within5 = Math.abs(predicted - point.cumulative) * 100 <= point.cumulative * 5;
    const over5 = predicted * 100 > point.cumulative * 105;
    counts.truthPoints++;
    if (hit) counts.truthHits++;
    if (within5) counts.truthWithin5++;
    if (over5) counts.truthOver5++;
    if (point.cumulative !== 0) {
      counts.percentErrorSum += (Math.abs(predicted - point.cumulative) / point.cumulative) * 100;
      counts.percentErrorPoints++;
    }
    return {
      ledger: point.ledger,
      asOf: point.as_of,
      truth: point.cumulative,
      qualifier: point.qualifier,
      predicted,
      hit,
      within5,
      over5,
    };
  });
}

/** Scores one set's extraction and replay exactly as corpus/SCORING.md describes. */
export function scoreSet(input: ScoreInput): SetScore {
  const counts = emptyCounts();
  const articles = input.articles.map((article) =>
    scoreArticle(article, input.predictions.get(article.id) ?? [], counts),
  );
  const truthPoints = scoreTruth(input.truth, input.steps, counts);
  return { counts, metrics: metricsFromCounts(counts), articles, truthPoints };
}
