/** What `fetchFeedsOnce` needs: how to fetch (and, ideally, parse) one URL, and how many at a time. */
export interface FetchFeedsDeps<T> {
  /** Fetches one URL; should not throw (a throw is recorded as the URL's `{ status: 'failed' }`). */
  fetchOne: (url: string) => Promise<T>;
  /** Requests in flight at once (default 16). */
  concurrency?: number;
}

/** The result kept for a URL whose `fetchOne` threw. */
export type FetchOneCrash = { status: 'failed'; reason: string };

/** Default number of feeds fetched at once: enough to hide latency, few enough to be polite. */
export const DEFAULT_FEED_CONCURRENCY = 16;

/**
 * Fetches each distinct URL once, however many trackers list it, with bounded concurrency, and
 * returns url → result. Results are held until the end, so `fetchOne` should parse and keep only
 * what the pipeline needs (new items), not whole bodies, to keep a 10,000-feed cycle small in memory.
 */
export async function fetchFeedsOnce<T>(
  urls: Iterable<string>,
  deps: FetchFeedsDeps<T>,
): Promise<Map<string, T | FetchOneCrash>> {
  const unique = [...new Set(urls)];
  const results = new Map<string, T | FetchOneCrash>();
  const concurrency = Math.max(1, Math.floor(deps.concurrency ?? DEFAULT_FEED_CONCURRENCY));
  let next = 0;
  const worker = async () => {
    while (next < unique.length) {
      const url = unique[next++]!;
      try {
        results.set(url, await deps.fetchOne(url));
      } catch (error) {
        results.set(url, { status: 'failed', reason: error instanceof Error ? error.message : String(error) });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, unique.length) }, worker));
  // Callers read the map in the order they listed the feeds, not in completion order.
  return new Map(unique.map((url) => [url, results.get(url)!]));
}
