import { extractMentions } from '../core/extract/extract-mentions.js';
import type { Mention } from '../core/types.js';
import { type ExtractOutput, toContractMention } from '../eval/contract-json.js';
import { parseArgs, readArticleFiles, readLedgersFile, reportFailure, usageError } from './cli-args.js';

const USAGE = 'tallywire extract --ledgers FILE [--timezone ZONE] --json ARTICLE.json|DIR...';

/**
 * Prints the mentions of each article as the contract's one JSON document on stdout
 * (PRODUCT.md); problems go to stderr with exit 2 (usage) or 1 (unreadable input).
 */
export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { valueOptions: ['ledgers', 'timezone'], flagOptions: ['json'] });
  if (!args.ok) return reportFailure('extract', args, USAGE);
  const { values, positionals } = args.value;
  const ledgersPath = values['ledgers'];
  if (!ledgersPath) return reportFailure('extract', usageError('missing --ledgers FILE'), USAGE);
  if (positionals.length === 0) return reportFailure('extract', usageError('no article files given'), USAGE);
  const timezone = values['timezone'] ?? 'UTC';
  if (!isTimeZone(timezone)) return reportFailure('extract', usageError(`unknown time zone "${timezone}"`), USAGE);

  const ledgers = await readLedgersFile(ledgersPath);
  if (!ledgers.ok) return reportFailure('extract', ledgers);
  const articles = await readArticleFiles(positionals);
  if (!articles.ok) return reportFailure('extract', articles);

  const output: ExtractOutput = { articles: [] };
  for (const article of articles.value) {
    let mentions: Mention[];
    try {
      mentions = extractMentions(article, ledgers.value, { timezone });
    } catch (error) {
      return reportFailure('extract', {
        exitCode: 1,
        message: `reading article ${article.id} failed: ${errorMessage(error)}`,
      });
    }
    output.articles.push({ id: article.id, mentions: mentions.map(toContractMention) });
  }
  process.stdout.write(`${JSON.stringify(output)}\n`);
  return 0;
}

/** True when the runtime knows the IANA zone name. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The message of a thrown value, for one-line error reports. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
