import { Agent, fetch as undiciFetch } from 'undici';
import type { LoadArticleText, LoadFeed } from '../core/feeds/feed-item.js';
import { ARTICLE_MAX_BYTES, type FetchResourceOptions, fetchResource } from '../feeds/fetch-resource.js';
import { parseFeed } from '../feeds/parse-feed.js';
import { readArticle } from '../feeds/read-article.js';

/** How long an idle keep-alive connection to a news site is kept between fetches. */
const KEEP_ALIVE_MS = 30_000;

/** The pipeline's ports onto the web, and the connection pool they share. */
export interface FeedPorts {
  loadFeed: LoadFeed;
  loadArticleText: LoadArticleText;
  /** Closes the connection pool so the process can exit at once. */
  close(): Promise<void>;
}

/**
 * The pipeline's feed and page ports, built on the polite fetcher, rss-parser and Readability.
 * They own their HTTP connection pool (an undici Agent), so `close()` lets the process exit at
 * once instead of waiting for keep-alive sockets to time out.
 */
export function createFeedPorts(options: FetchResourceOptions = {}): FeedPorts {
  const agent = new Agent({ keepAliveTimeout: KEEP_ALIVE_MS, connections: 4 });
  const fetchOptions: FetchResourceOptions = {
    fetch: (url, init) =>
      undiciFetch(url, {
        ...(init as Parameters<typeof undiciFetch>[1]),
        dispatcher: agent,
      }) as unknown as Promise<Response>,
    ...options,
  };
  const loadFeed: LoadFeed = async (url, cache) => {
    const fetched = await fetchResource(url, cache, fetchOptions);
    if (fetched.status !== 'ok') return fetched;
    const parsed = await parseFeed(fetched.text, fetched.url);
    if (parsed.status === 'failed') return parsed;
    return {
      status: 'ok',
      items: parsed.items,
      title: parsed.title,
      cache: { etag: fetched.etag, lastModified: fetched.lastModified },
    };
  };
  const loadArticleText: LoadArticleText = async (url) => {
    if (!/^https?:\/\//.test(url)) return null;
    const fetched = await fetchResource(url, {}, { ...fetchOptions, maxBytes: ARTICLE_MAX_BYTES, accept: 'text/html' });
    if (fetched.status !== 'ok') return null;
    return readArticle(fetched.text, fetched.url)?.text ?? null;
  };
  return { loadFeed, loadArticleText, close: () => agent.destroy() };
}
