import type { Article, Ledger, Mention } from '../types.js';

/** Options for reading one article. */
export interface ExtractOptions {
  /** IANA zone the article's relative dates ("today", "on Wednesday") are resolved in. */
  timezone: string;
}

/** Finds every count of people released, to be released, promised or held in an article. */
export function extractMentions(_article: Article, _ledgers: Ledger[], _options: ExtractOptions): Mention[] {
  return []; // placeholder until the extractor lands (issue 3)
}
