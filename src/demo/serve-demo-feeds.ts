import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Clock } from '../core/types.js';
import { DEMO_ARTICLES, DEMO_OUTLETS, type DemoArticle } from './demo-articles.js';

/** A running demo news server: one RSS feed per outlet, growing as the simulated clock moves. */
export interface DemoFeedServer {
  feedUrls: string[];
  close(): Promise<void>;
}

const escapeXml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function firstSentence(text: string): string {
  const end = text.indexOf('. ');
  return end === -1 ? text : text.slice(0, end + 1);
}

function rss(outlet: DemoArticle['outlet'], baseUrl: string, now: Date): string {
  const items = DEMO_ARTICLES.filter((a) => a.outlet === outlet && Date.parse(a.published) <= now.getTime())
    .sort((a, b) => b.published.localeCompare(a.published))
    .map((article) => {
      const link = `${baseUrl}/articles/${article.slug}`;
      const description = article.summaryOnly
        ? firstSentence(article.paragraphs[0] ?? '')
        : article.paragraphs.map((p) => `<p>${p}</p>`).join('');
      return `<item><title>${escapeXml(article.title)}</title><link>${link}</link><guid>${link}</guid><pubDate>${new Date(article.published).toUTCString()}</pubDate><description>${escapeXml(description)}</description></item>`;
    });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${DEMO_OUTLETS[outlet]}</title><link>${baseUrl}</link><description>Demo feed</description>${items.join('')}</channel></rss>`;
}

function page(article: DemoArticle, outlet: string): string {
  const body = article.paragraphs.map((p) => `<p>${escapeXml(p)}</p>`).join('\n');
  return `<!doctype html><html><head><title>${escapeXml(article.title)} | ${outlet}</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a> Subscribe to our newsletter</nav>
<article><h1>${escapeXml(article.title)}</h1><p class="byline">By our correspondent</p>
${body}
</article>
<aside>Most read: Weather warning for the capital; Markets close higher; Football results</aside>
<footer>Copyright ${outlet}. All rights reserved.</footer></body></html>`;
}

/** Serves the demo feeds and article pages on 127.0.0.1 (a free port); `clock` decides what is published. */
export async function serveDemoFeeds(clock: Clock): Promise<DemoFeedServer> {
  let baseUrl = '';
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const feed = /^\/feeds\/([a-z-]+)\.xml$/.exec(path);
    if (feed?.[1] && feed[1] in DEMO_OUTLETS) {
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      response.end(rss(feed[1] as DemoArticle['outlet'], baseUrl, clock()));
      return;
    }
    const articlePath = /^\/articles\/([a-z0-9-]+)$/.exec(path);
    const article = articlePath ? DEMO_ARTICLES.find((a) => a.slug === articlePath[1]) : undefined;
    if (article && Date.parse(article.published) <= clock().getTime()) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(page(article, DEMO_OUTLETS[article.outlet]));
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    feedUrls: Object.keys(DEMO_OUTLETS).map((outlet) => `${baseUrl}/feeds/${outlet}.xml`),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
