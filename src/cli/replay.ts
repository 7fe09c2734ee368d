import { replayArticles } from '../core/replay/replay-articles.js';
import type { ReplayOutput } from '../eval/contract-json.js';
import { parseArgs, readArticleFiles, readLedgersFile, reportFailure, usageError } from './cli-args.js';
import { errorMessage, isTimeZone } from './extract.js';

const USAGE = 'tallywire replay --ledgers FILE [--timezone ZONE] --json ARTICLE.json|DIR...';

/**
 * Replays articles in publication order through the bot's extract and tally code and prints
 * every ledger's total after each article as the contract's JSON document on stdout.
 */
export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { valueOptions: ['ledgers', 'timezone'], flagOptions: ['json'] });
  if (!args.ok) return reportFailure('replay', args, USAGE);
  const { values, positionals } = args.value;
  const ledgersPath = values['ledgers'];
  if (!ledgersPath) return reportFailure('replay', usageError('missing --ledgers FILE'), USAGE);
  if (positionals.length === 0) return reportFailure('replay', usageError('no article files given'), USAGE);
  const timezone = values['timezone'] ?? 'UTC';
  if (!isTimeZone(timezone)) return reportFailure('replay', usageError(`unknown time zone "${timezone}"`), USAGE);

  const ledgers = await readLedgersFile(ledgersPath);
  if (!ledgers.ok) return reportFailure('replay', ledgers);
  const articles = await readArticleFiles(positionals);
  if (!articles.ok) return reportFailure('replay', articles);

  let output: ReplayOutput;
  try {
    output = { steps: replayArticles(articles.value, ledgers.value, { timezone }).steps };
  } catch (error) {
    return reportFailure('replay', { exitCode: 1, message: `replaying failed: ${errorMessage(error)}` });
  }
  process.stdout.write(`${JSON.stringify(output)}\n`);
  return 0;
}
