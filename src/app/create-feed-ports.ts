import type { LoadArticleText, LoadFeed } from '../core/feeds/feed-item.js';
import { ARTICLE_MAX_BYTES, type FetchResourceOptions, fetchResource } from '../feeds/fetch-resource.js';
import { parseFeed } from '../feeds/parse-feed.js';
import { readArticle } from '../feeds/read-article.js';

/** The pipeline's feed and page ports, built on the polite fetcher, rss-parser and Readability. */
export function createFeedPorts(options: FetchResourceOptions = {}): {
  loadFeed: LoadFeed;
  loadArticleText: LoadArticleText;
} {
  const loadFeed: LoadFeed = async (url, cache) => {
    const fetched = await fetchResource(url, cache, options);
    if (fetched.status !== 'ok') return fetched;
    const parsed = await parseFeed(fetched.text, fetched.url);
    if (parsed.status === 'failed') return { status: 'failed', reason: `Feed ${url}: ${parsed.reason}` };
    return {
      status: 'ok',
      items: parsed.items,
      title: parsed.title,
      cache: { etag: fetched.etag, lastModified: fetched.lastModified },
    };
  };
  const loadArticleText: LoadArticleText = async (url) => {
    if (!/^https?:\/\//.test(url)) return null;
    const fetched = await fetchResource(url, {}, { ...options, maxBytes: ARTICLE_MAX_BYTES, accept: 'text/html' });
    if (fetched.status !== 'ok') return null;
    return readArticle(fetched.text, fetched.url)?.text ?? null;
  };
  return { loadFeed, loadArticleText };
}
