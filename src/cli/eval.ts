import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluateSet, type SetEvaluation } from '../eval/evaluate-set.js';
import {
  checkBars,
  type EvalRow,
  formatArticleErrors,
  formatChecks,
  formatEvalTable,
  formatSetErrors,
  SEED_ARTICLE_ID,
} from '../eval/format-eval.js';
import { findSetDirs, loadCorpusSet } from '../eval/load-corpus-set.js';
import { addCounts, emptyCounts, metricsFromCounts } from '../eval/score-set.js';
import { parseArgs, reportFailure, usageError } from './cli-args.js';

const USAGE = 'tallywire eval [DIR...] [--gold] [--errors] [--json] [--strict] [--timezone ZONE]';

/** The development corpus, next to the checkout (used when no directory is given). */
const DEFAULT_CORPUS = '../shared/corpus';

/**
 * Scores corpus sets (extraction and replayed tallies, corpus/SCORING.md) and prints a table
 * per set, the pooled OVERALL row and the PRODUCT.md bars. `--gold` replays the labels
 * instead of the extractor, measuring the tally alone. Exit 0 unless input is bad, or a bar
 * fails under `--strict`.
 */
export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { valueOptions: ['timezone'], flagOptions: ['gold', 'errors', 'json', 'strict'] });
  if (!args.ok) return reportFailure('eval', args, USAGE);
  const { values, flags, positionals } = args.value;
  let dirs = positionals;
  if (dirs.length === 0) {
    const fallback = resolve(DEFAULT_CORPUS);
    if (!existsSync(fallback))
      return reportFailure('eval', usageError(`no DIR given and ${fallback} does not exist`), USAGE);
    dirs = [fallback];
  }
  const setDirs = await findSetDirs(dirs);
  if (!setDirs.ok) return reportFailure('eval', setDirs, USAGE);

  const source = flags.has('gold') ? 'gold' : 'extractor';
  const timezone = values['timezone'] ?? 'UTC';
  const evaluations: SetEvaluation[] = [];
  const rows: EvalRow[] = [];
  let seedPerfect: boolean | null = null;
  let seedErrors: string | null = null;
  for (const dir of setDirs.value) {
    const set = await loadCorpusSet(dir);
    if (!set.ok) return reportFailure('eval', set);
    const evaluation = evaluateSet(set.value, { source, timezone });
    for (const failure of evaluation.failures) {
      process.stderr.write(
        `tallywire eval: extracting ${set.value.name}/${failure.articleId} failed: ${failure.message}\n`,
      );
    }
    evaluations.push(evaluation);
    rows.push({ name: set.value.name, articles: set.value.articles.length, counts: evaluation.score.counts });
    const seed = evaluation.score.articles.find((article) => article.id === SEED_ARTICLE_ID);
    if (seed) {
      seedPerfect = seed.perfect;
      seedErrors = formatArticleErrors(seed, '  ').join('\n');
    }
  }
  const overall: EvalRow = {
    name: 'OVERALL',
    articles: rows.reduce((sum, row) => sum + row.articles, 0),
    counts: rows.reduce((sum, row) => addCounts(sum, row.counts), emptyCounts()),
  };
  const metrics = metricsFromCounts(overall.counts);
  const checks = checkBars(metrics, seedPerfect);

  if (flags.has('json')) {
    const document = {
      source,
      timezone,
      sets: evaluations.map((evaluation) => ({
        name: evaluation.name,
        counts: evaluation.score.counts,
        metrics: evaluation.score.metrics,
        truthPoints: evaluation.score.truthPoints,
        ...(flags.has('errors') ? { articles: evaluation.score.articles } : {}),
        failures: evaluation.failures,
      })),
      overall: { counts: overall.counts, metrics },
      seedPerfect,
      checks,
    };
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  } else {
    const out: string[] = [
      `tallywire eval (${source === 'gold' ? 'gold labels: tally alone' : 'extractor'}, ${timezone})`,
      '',
    ];
    out.push(formatEvalTable(rows, overall), '');
    if (seedPerfect !== null) {
      out.push(`seed ${SEED_ARTICLE_ID}: ${seedPerfect ? 'every mention right' : 'NOT every mention right'}`);
      if (!seedPerfect && seedErrors) out.push(seedErrors);
      out.push('');
    }
    out.push(formatChecks(checks));
    if (flags.has('errors')) {
      out.push('');
      for (const evaluation of evaluations) out.push(formatSetErrors(evaluation.name, evaluation.score));
    }
    process.stdout.write(`${out.join('\n')}\n`);
  }
  return flags.has('strict') && checks.some((check) => !check.pass) ? 1 : 0;
}
