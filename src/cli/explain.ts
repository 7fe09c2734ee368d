import { existsSync } from 'node:fs';
import { z } from 'zod';
import { replayArticles } from '../core/replay/replay-articles.js';
import { explainTally } from '../core/tally/explain-tally.js';
import type { Ledger } from '../core/types.js';
import {
  articleSchema,
  type LabelledArticle,
  labelledArticleSchema,
  ledgersFileSchema,
} from '../eval/corpus-schema.js';
import { goldMentions } from '../eval/evaluate-set.js';
import {
  type CliResult,
  parseArgs,
  readArticleFiles,
  readJsonFile,
  readLedgersFile,
  reportFailure,
  usageError,
} from './cli-args.js';
import { isTimeZone } from './extract.js';

const USAGE = 'tallywire explain LEDGER [--ledgers FILE] [--timezone ZONE] [--gold] ARTICLE.json|DIR...';

/** Where the ledgers come from when `--ledgers` is not given (the operator's trackers). */
const DEFAULT_TRACKERS_FILE = 'config/trackers.json';

const trackersFileSchema = z.object({
  trackers: z.array(ledgersFileSchema.extend({ timezone: z.string().optional() })),
});

/**
 * Replays articles and prints one ledger's log readably: each entry's role, count, date,
 * article and sentence, the note saying how it was counted, then the total. `--gold` folds
 * the articles' own `expected` labels instead of extracting (explains the tally alone).
 */
export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { valueOptions: ['ledgers', 'timezone'], flagOptions: ['json', 'gold'] });
  if (!args.ok) return reportFailure('explain', args, USAGE);
  const { values, flags, positionals } = args.value;
  const [ledgerId, ...articlePaths] = positionals;
  if (!ledgerId) return reportFailure('explain', usageError('missing LEDGER'), USAGE);
  if (articlePaths.length === 0) return reportFailure('explain', usageError('no article files given'), USAGE);

  const source = await readLedgerSource(values['ledgers']);
  if (!source.ok) return reportFailure('explain', source, USAGE);
  const ledger = source.value.ledgers.find((candidate) => candidate.id === ledgerId);
  if (!ledger) {
    const known = source.value.ledgers.map((candidate) => candidate.id).join(', ') || 'none';
    return reportFailure('explain', usageError(`unknown ledger "${ledgerId}" (known: ${known})`), USAGE);
  }
  const timezone = values['timezone'] ?? source.value.timezoneOf.get(ledgerId) ?? 'UTC';
  if (!isTimeZone(timezone)) return reportFailure('explain', usageError(`unknown time zone "${timezone}"`), USAGE);

  const articles = await readArticleFiles(articlePaths, flags.has('gold') ? labelledArticleSchema : articleSchema);
  if (!articles.ok) return reportFailure('explain', articles);
  const gold = new Map(
    articles.value.map((article) => [
      article.id,
      'expected' in article ? goldMentions(article as LabelledArticle) : [],
    ]),
  );
  const { tallies } = replayArticles(articles.value, source.value.ledgers, {
    timezone,
    ...(flags.has('gold') ? { mentionsFor: (article) => gold.get(article.id) ?? [] } : {}),
  });
  const tally = tallies.find((candidate) => candidate.ledgerId === ledgerId);
  if (!tally) return reportFailure('explain', { exitCode: 1, message: `no tally was produced for "${ledgerId}"` });
  process.stdout.write(`${explainTally(tally, ledger)}\n`);
  return 0;
}

async function readLedgerSource(
  ledgersPath: string | undefined,
): Promise<CliResult<{ ledgers: Ledger[]; timezoneOf: Map<string, string> }>> {
  if (ledgersPath) {
    const ledgers = await readLedgersFile(ledgersPath);
    return ledgers.ok ? { ok: true, value: { ledgers: ledgers.value, timezoneOf: new Map() } } : ledgers;
  }
  if (!existsSync(DEFAULT_TRACKERS_FILE)) {
    return usageError(`missing --ledgers FILE (and no ${DEFAULT_TRACKERS_FILE} to take ledgers from)`);
  }
  const file = await readJsonFile(DEFAULT_TRACKERS_FILE, trackersFileSchema);
  if (!file.ok) return file;
  const ledgers: Ledger[] = [];
  const timezoneOf = new Map<string, string>();
  for (const tracker of file.value.trackers) {
    for (const ledger of tracker.ledgers) {
      ledgers.push(ledger);
      if (tracker.timezone) timezoneOf.set(ledger.id, tracker.timezone);
    }
  }
  return { ok: true, value: { ledgers, timezoneOf } };
}
