/** How precise a reported count is: "over 850" is at_least, "nearly 4,000" about, "up to 2,000" at_most. */
export type Qualifier = 'exact' | 'at_least' | 'about' | 'at_most';

/**
 * What a count says happened: people freed (release), a concrete release still to come
 * (announcement), a running total to date (cumulative), a term or demand (pledge), or a
 * people-count that is not a release (other: held, refused, escaped...).
 */
export type MentionKind = 'release' | 'announcement' | 'cumulative' | 'pledge' | 'other';

/** One directed count: who releases whom, and how many were promised (null when no target). */
export interface Ledger {
  id: string;
  title: string;
  releaser: string[];
  released: string[];
  target: number | null;
}

/** A news item as the core reads it. `published` is ISO-8601 (UTC); `body` is plain text. */
export interface Article {
  id: string;
  feed: string;
  published: string;
  title: string;
  link: string;
  body: string;
}

/** The part of an article a ledger entry keeps as its source. */
export type ArticleRef = Pick<Article, 'id' | 'feed' | 'published' | 'title' | 'link'>;

/** One count of people found in an article; `start`/`end` are UTF-16 offsets into `body`. */
export interface Mention {
  count: number;
  qualifier: Qualifier;
  kind: MentionKind;
  ledger: string | null;
  /** YYYY-MM-DD, the day it happened or will happen; null for pledges and unknowable days. */
  eventDate: string | null;
  start: number;
  end: number;
  /** The sentence the mention was read from, kept so every number can be explained. */
  sentence: string;
}

/** The mentions one article contributed: the unit the tally folds, replaced when the article changes. */
export interface Observation {
  article: ArticleRef;
  mentions: Mention[];
}

/** A story people follow: its feeds, its ledgers and the timezone its dates are read in. */
export interface Tracker {
  id: string;
  title: string;
  feeds: string[];
  ledgers: Ledger[];
  /** IANA zone, e.g. "Asia/Kabul": "today" and "on Wednesday" resolve in it. */
  timezone: string;
  /** Fetch the linked page when a feed item carries only a short summary (default true). */
  readArticles: boolean;
}

/** The clock port: the only way the core learns the time. */
export type Clock = () => Date;

/** Leveled, structured logging, written by the composition root to stderr. */
export interface Logger {
  debug(message: string, context?: Record<string, unknown>): void;
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}
