import { afterEach, describe, expect, it } from 'vitest';
import { fetchResource } from '../../src/feeds/fetch-resource.js';
import { parseFeed } from '../../src/feeds/parse-feed.js';
import { rssFeed } from '../fixtures/feeds/feed-xml.js';
import { type LocalServer, startLocalServer } from '../fixtures/feeds/local-server.js';
import { encodeWindows1256 } from '../fixtures/feeds/windows-1256.js';

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const ARABIC_TITLE = 'الإفراج عن أسرى';

describe('fetchResource', () => {
  it('returns the body with its validators, then not-modified when the conditional GET matches', async () => {
    server = await startLocalServer((request, response) => {
      if (request.headers['if-none-match'] === '"v1"') {
        response.writeHead(304).end();
        return;
      }
      response.writeHead(200, {
        'content-type': 'application/rss+xml; charset=utf-8',
        etag: '"v1"',
        'last-modified': 'Thu, 09 Apr 2020 10:00:00 GMT',
      });
      response.end(rssFeed({ title: 'Wire' }));
    });

    const first = await fetchResource(`${server.url}/feed`);
    expect(first).toMatchObject({
      status: 'ok',
      url: `${server.url}/feed`,
      contentType: 'application/rss+xml; charset=utf-8',
      etag: '"v1"',
      lastModified: 'Thu, 09 Apr 2020 10:00:00 GMT',
    });
    if (first.status !== 'ok') throw new Error('expected ok');
    expect(first.text).toContain('<title>Wire</title>');

    const second = await fetchResource(`${server.url}/feed`, { etag: first.etag, lastModified: first.lastModified });
    expect(second).toEqual({ status: 'not-modified' });
    expect(server.requests[1]?.headers['if-none-match']).toBe('"v1"');
    expect(server.requests[1]?.headers['if-modified-since']).toBe('Thu, 09 Apr 2020 10:00:00 GMT');
  });

  it('sends no conditional headers when nothing is cached, and identifies itself', async () => {
    server = await startLocalServer((_request, response) => response.end('ok'));
    await fetchResource(`${server.url}/`, {}, { userAgent: 'tallywire-test/1' });
    const headers = server.requests[0]?.headers;
    expect(headers?.['if-none-match']).toBeUndefined();
    expect(headers?.['if-modified-since']).toBeUndefined();
    expect(headers?.['user-agent']).toBe('tallywire-test/1');
  });

  it('reports an HTTP error status as a failure with the status', async () => {
    server = await startLocalServer((_request, response) => response.writeHead(503).end('busy'));
    expect(await fetchResource(`${server.url}/feed`)).toEqual({
      status: 'failed',
      reason: 'HTTP 503',
      httpStatus: 503,
    });
  });

  it('gives up with a timeout failure when the server never answers', async () => {
    server = await startLocalServer(() => {});
    expect(await fetchResource(`${server.url}/feed`, {}, { timeoutMs: 200 })).toEqual({
      status: 'failed',
      reason: 'timed out after 200 ms',
    });
  });

  it('times out when the headers arrive but the body stalls', async () => {
    server = await startLocalServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/xml' });
      response.write('<rss');
    });
    expect(await fetchResource(`${server.url}/feed`, {}, { timeoutMs: 200 })).toEqual({
      status: 'failed',
      reason: 'timed out after 200 ms',
    });
  });

  it('stops reading a body that streams past the byte cap, without waiting for its end', async () => {
    let stillStreaming = true;
    server = await startLocalServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/xml' });
      const chunk = Buffer.alloc(16 * 1024, 'a');
      // Streams without end: only the cap can stop this fetch before the default timeout.
      const pump = () => {
        while (stillStreaming && response.write(chunk)) {}
        if (stillStreaming) response.once('drain', pump);
      };
      response.on('close', () => {
        stillStreaming = false;
      });
      pump();
    });
    const result = await fetchResource(`${server.url}/huge`, {}, { maxBytes: 100_000 });
    stillStreaming = false;
    expect(result).toEqual({ status: 'failed', reason: 'larger than 100000 bytes' });
  });

  it('refuses a body whose declared Content-Length is over the cap', async () => {
    server = await startLocalServer((_request, response) => {
      response.writeHead(200, { 'content-length': '2000' });
      response.end('x'.repeat(2000));
    });
    expect(await fetchResource(`${server.url}/`, {}, { maxBytes: 1000 })).toEqual({
      status: 'failed',
      reason: 'larger than 1000 bytes',
    });
  });

  it('follows a 301 then a 302 to the feed and reports the final URL', async () => {
    server = await startLocalServer((request, response) => {
      if (request.url === '/old') response.writeHead(301, { location: '/moved' }).end();
      else if (request.url === '/moved') response.writeHead(302, { location: `${server?.url}/feed.xml` }).end();
      else response.writeHead(200, { 'content-type': 'text/xml' }).end(rssFeed({ title: 'Moved wire' }));
    });
    const result = await fetchResource(`${server.url}/old`);
    expect(result).toMatchObject({ status: 'ok', url: `${server.url}/feed.xml` });
    expect(server.requests.map((request) => request.path)).toEqual(['/old', '/moved', '/feed.xml']);
  });

  it('fails on a redirect loop after maxRedirects hops', async () => {
    server = await startLocalServer((request, response) => {
      response.writeHead(302, { location: request.url === '/a' ? '/b' : '/a' }).end();
    });
    expect(await fetchResource(`${server.url}/a`, {}, { maxRedirects: 3 })).toEqual({
      status: 'failed',
      reason: 'too many redirects (more than 3)',
    });
    expect(server.requests).toHaveLength(4);
  });

  it('reports a refused connection as a network failure', async () => {
    server = await startLocalServer(() => {});
    const { url } = server;
    await server.close();
    server = undefined;
    const result = await fetchResource(`${url}/feed`);
    expect(result.status).toBe('failed');
    if (result.status === 'failed') expect(result.reason).toMatch(/^network error: ECONNREFUSED/);
  });

  it('rejects a URL that is not http or https', async () => {
    expect(await fetchResource('file:///etc/passwd')).toEqual({
      status: 'failed',
      reason: 'unsupported protocol file:',
    });
  });

  it('returns an aborted failure when the caller aborts', async () => {
    server = await startLocalServer(() => {});
    const controller = new AbortController();
    const pending = fetchResource(`${server.url}/feed`, {}, { signal: controller.signal });
    controller.abort();
    expect(await pending).toEqual({ status: 'failed', reason: 'aborted' });
  });
});

describe('fetchResource charset', () => {
  const arabicFeed = (encoding: string) =>
    encodeWindows1256(rssFeed({ encoding, title: ARABIC_TITLE, items: [{ title: ARABIC_TITLE, guid: 'a-1' }] }));

  it('decodes windows-1256 declared in the Content-Type header', async () => {
    // The prolog lies (says UTF-8): the header wins, as RFC 7303 says for XML over HTTP.
    server = await startLocalServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=windows-1256' });
      response.end(arabicFeed('UTF-8'));
    });
    const result = await fetchResource(`${server.url}/ar`);
    if (result.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(result)}`);
    const feed = await parseFeed(result.text, result.url);
    expect(feed).toMatchObject({ status: 'ok', title: ARABIC_TITLE, items: [{ title: ARABIC_TITLE }] });
  });

  it('decodes windows-1256 declared only in the XML prolog', async () => {
    server = await startLocalServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      response.end(arabicFeed('windows-1256'));
    });
    const result = await fetchResource(`${server.url}/ar`);
    if (result.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(result)}`);
    expect(result.text).toContain(`<title>${ARABIC_TITLE}</title>`);
  });

  it('decodes an HTML page by its meta charset', async () => {
    server = await startLocalServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(
        Buffer.concat([
          Buffer.from('<html><head><meta charset="iso-8859-1"></head><body>'),
          Buffer.from([0x43, 0x61, 0x66, 0xe9]),
          Buffer.from('</body></html>'),
        ]),
      );
    });
    const result = await fetchResource(`${server.url}/page`);
    expect(result.status === 'ok' && result.text).toContain('<body>Café</body>');
  });

  it('falls back to UTF-8 when the declared charset is unknown', async () => {
    server = await startLocalServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/xml; charset=x-no-such-charset' });
      response.end(Buffer.from('<p>Café</p>', 'utf8'));
    });
    const result = await fetchResource(`${server.url}/page`);
    expect(result.status === 'ok' && result.text).toBe('<p>Café</p>');
  });
});
