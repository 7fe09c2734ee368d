import type { ArticleScore, MentionError, Ratio, ScoreCounts, ScoreMetrics, SetScore } from './score-set.js';
import { metricsFromCounts } from './score-set.js';

/** The article whose every mention must be right (PRODUCT.md quality bars). */
export const SEED_ARTICLE_ID = 'seed-2020-04-09';

/** One quality bar from PRODUCT.md, checked against the pooled metrics. */
export interface BarCheck {
  name: string;
  value: Ratio;
  /** The value as printed: ratios to three decimals, counts as integers. */
  shown: string;
  bar: string;
  pass: boolean;
}

/** One row of the eval table. */
export interface EvalRow {
  name: string;
  articles: number;
  counts: ScoreCounts;
}

const COLUMNS = [
  ['set', 18],
  ['arts', 5],
  ['exp', 5],
  ['pred', 5],
  ['detP', 6],
  ['detR', 6],
  ['detF1', 6],
  ['talP', 6],
  ['talR', 6],
  ['falseT', 6],
  ['relP', 6],
  ['relR', 6],
  ['kind', 6],
  ['qual', 6],
  ['ledger', 6],
  ['date', 6],
  ['hits', 7],
  ['<=5%', 7],
  ['over', 5],
  ['MAPE%', 7],
] as const;

function ratioText(value: Ratio): string {
  return value === null ? '-' : value.toFixed(3);
}

function cells(row: EvalRow): string[] {
  const m = metricsFromCounts(row.counts);
  const c = row.counts;
  return [
    row.name,
    String(row.articles),
    String(c.expected),
    String(c.predicted),
    ratioText(m.detect.precision),
    ratioText(m.detect.recall),
    ratioText(m.detect.f1),
    ratioText(m.tallyable.precision),
    ratioText(m.tallyable.recall),
    String(m.tallyable.falseTally),
    ratioText(m.release.precision),
    ratioText(m.release.recall),
    ratioText(m.kindAcc),
    ratioText(m.qualifierAcc),
    ratioText(m.ledgerAcc),
    ratioText(m.dateAcc),
    c.truthPoints === 0 ? '-' : `${c.truthHits}/${c.truthPoints}`,
    c.truthPoints === 0 ? '-' : `${c.truthWithin5}/${c.truthPoints}`,
    String(c.truthOver5),
    m.tally.mapePercent === null ? '-' : m.tally.mapePercent.toFixed(1),
  ];
}

/** Renders the per-set rows and the pooled OVERALL row as a fixed-width table. */
export function formatEvalTable(rows: readonly EvalRow[], overall: EvalRow): string {
  const line = (values: readonly string[]) =>
    values
      .map((value, i) => (i === 0 ? value.padEnd(COLUMNS[i]?.[1] ?? 0) : value.padStart(COLUMNS[i]?.[1] ?? 0)))
      .join(' ');
  const header = line(COLUMNS.map(([name]) => name));
  const rule = '-'.repeat(header.length);
  return [header, rule, ...rows.map((row) => line(cells(row))), rule, line(cells(overall))].join('\n');
}

/** Checks the pooled metrics against the PRODUCT.md bars; an undefined ratio fails. */
export function checkBars(metrics: ScoreMetrics, seedPerfect: boolean | null): BarCheck[] {
  const atLeast = (name: string, value: Ratio, bar: number): BarCheck => ({
    name,
    value,
    shown: ratioText(value),
    bar: `>= ${bar}`,
    pass: value !== null && value >= bar,
  });
  const checks = [
    atLeast('release precision', metrics.release.precision, 0.98),
    atLeast('tallyable recall', metrics.tallyable.recall, 0.95),
    atLeast('detect F1', metrics.detect.f1, 0.95),
    atLeast('kind acc', metrics.kindAcc, 0.95),
    atLeast('qualifier acc', metrics.qualifierAcc, 0.95),
    atLeast('ledger acc', metrics.ledgerAcc, 0.95),
    atLeast('date acc', metrics.dateAcc, 0.97),
    atLeast('tally hit rate', metrics.tally.hitRate, 0.95),
    {
      name: 'over-counted points',
      value: metrics.tally.overCounted,
      shown: String(metrics.tally.overCounted),
      bar: '= 0',
      pass: metrics.tally.overCounted === 0,
    },
  ];
  if (seedPerfect !== null) {
    checks.push({
      name: 'seed article perfect',
      value: seedPerfect ? 1 : 0,
      shown: seedPerfect ? 'yes' : 'no',
      bar: '= yes',
      pass: seedPerfect,
    });
  }
  return checks;
}

/** Renders the bar checks as one line per bar plus a verdict. */
export function formatChecks(checks: readonly BarCheck[]): string {
  const lines = checks.map(
    (check) => `  ${check.pass ? 'PASS' : 'FAIL'}  ${check.name.padEnd(22)} ${check.shown.padStart(6)} ${check.bar}`,
  );
  const failed = checks.filter((check) => !check.pass).length;
  return [`CHECK ${failed === 0 ? 'PASS' : `FAIL (${failed} of ${checks.length} bars missed)`}`, ...lines].join('\n');
}

/** Renders one mention error as a single readable line. */
export function formatMentionError(error: MentionError): string {
  switch (error.problem) {
    case 'missed': {
      const e = error.expected;
      return `missed    ${e.count} ${e.kind}/${e.qualifier} ${e.ledger ?? '-'} ${e.event_date ?? '-'}  "${e.evidence}"`;
    }
    case 'spurious': {
      const p = error.predicted;
      return `spurious  ${p.count} ${p.kind}/${p.qualifier} ${p.ledger ?? '-'} ${p.event_date ?? '-'}  "${error.text}" [${p.start},${p.end})`;
    }
    default:
      return `${error.problem.padEnd(9)} ${error.count}: expected ${error.expected ?? 'null'}, got ${error.predicted ?? 'null'}  "${error.evidence}"`;
  }
}

/** Renders one article's errors, one indented line each. */
export function formatArticleErrors(article: ArticleScore, indent = '    '): string[] {
  return article.errors.map((error) => `${indent}${formatMentionError(error)}`);
}

/** Renders a set's per-article errors and its missed truth points. */
export function formatSetErrors(name: string, score: SetScore): string {
  const lines = [`== ${name}`];
  for (const article of score.articles) {
    if (article.errors.length === 0) continue;
    lines.push(`  ${article.id}`, ...formatArticleErrors(article));
  }
  for (const point of score.truthPoints) {
    if (point.hit) continue;
    const over = point.over5 ? ' OVER' : '';
    lines.push(
      `  truth ${point.ledger} ${point.asOf}: expected ${point.qualifier} ${point.truth}, replayed ${point.predicted}${over}`,
    );
  }
  return lines.join('\n');
}
