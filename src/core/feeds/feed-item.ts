/** One entry of a parsed feed, as the pipeline reads it. */
export interface FeedItem {
  /** Stable id: guid, else link, else a hash of title and date. */
  id: string;
  title: string;
  link: string;
  /** ISO-8601, null when the feed gives no date. */
  published: string | null;
  /** Plain text of the item's content or summary (HTML stripped). */
  text: string;
}

/** Validators remembered between polls for conditional GET. */
export interface FeedCache {
  etag?: string;
  lastModified?: string;
}

/** The result of loading one feed URL: fetched and parsed, unchanged since last time, or failed. */
export type FeedLoad =
  | {
      status: 'ok';
      items: FeedItem[];
      cache: FeedCache /** The feed's own name, shown as the outlet. */;
      title?: string;
    }
  | { status: 'not-modified' }
  | { status: 'failed'; reason: string };

/** The feed port: fetch (conditionally) and parse one feed URL; never throws. */
export type LoadFeed = (url: string, cache: FeedCache) => Promise<FeedLoad>;

/** The page port: the main text of an article page, or null when it cannot be read; never throws. */
export type LoadArticleText = (url: string) => Promise<string | null>;
