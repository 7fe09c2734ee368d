import { extractMentions } from '../extract/extract-mentions.js';
import { foldLedger } from '../tally/fold-ledger.js';
import type { Tally } from '../tally/tally.js';
import type { Article, Ledger, Mention, Observation } from '../types.js';

/** How to replay: the zone dates are read in, and optionally where mentions come from instead of the extractor. */
export interface ReplayOptions {
  timezone: string;
  /** Supplies an article's mentions (gold labels, cached extraction); defaults to `extractMentions`. */
  mentionsFor?: (article: Article) => Mention[];
}

/** Every ledger's total right after one article was read. */
export interface ReplayStepTotals {
  after: string;
  published: string;
  totals: Record<string, number>;
}

/** The totals after each article, and every ledger's final tally. */
export interface ReplayResult {
  steps: ReplayStepTotals[];
  tallies: Tally[];
}

/**
 * Reads articles in publication order (ties keep input order) through the same extract and
 * fold code the bot runs, and records what `/tally` would show after each one. An article id
 * seen again replaces its earlier observation, as an updated article does in the bot.
 */
export function replayArticles(
  articles: readonly Article[],
  ledgers: readonly Ledger[],
  options: ReplayOptions,
): ReplayResult {
  const mentionsFor =
    options.mentionsFor ??
    ((article: Article) => extractMentions(article, [...ledgers], { timezone: options.timezone }));
  const ordered = articles
    .map((article, index) => ({ article, index, time: Date.parse(article.published) }))
    .sort((a, b) => a.time - b.time || a.index - b.index)
    .map((entry) => entry.article);
  const observations = new Map<string, Observation>();
  const steps: ReplayStepTotals[] = [];
  let tallies: Tally[] = ledgers.map((ledger) => foldLedger(ledger, []));
  for (const article of ordered) {
    const { id, feed, published, title, link } = article;
    observations.set(id, { article: { id, feed, published, title, link }, mentions: mentionsFor(article) });
    const observed = [...observations.values()];
    tallies = ledgers.map((ledger) => foldLedger(ledger, observed));
    const totals: Record<string, number> = {};
    for (const tally of tallies) totals[tally.ledgerId] = tally.total;
    steps.push({ after: id, published, totals });
  }
  return { steps, tallies };
}
