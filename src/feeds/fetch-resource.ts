import { decodeBytes, detectCharset } from './detect-charset.js';

/** Validators remembered from the previous fetch of a URL, sent back as a conditional GET. */
export interface ResourceCache {
  etag?: string;
  lastModified?: string;
}

/** The fetch function the fetcher calls: Node's global fetch by default, or undici 7's. */
export type FetchFunction = (url: string, init: RequestInit) => Promise<Response>;

/** How one fetch behaves; every field has a default suited to polling a feed. */
export interface FetchResourceOptions {
  /** Budget for the whole request, redirects and body included (default 15000 ms). */
  timeoutMs?: number;
  /** Largest body accepted, counted while streaming (default FEED_MAX_BYTES). */
  maxBytes?: number;
  userAgent?: string;
  /** Redirect hops followed before giving up (default 5). */
  maxRedirects?: number;
  accept?: string;
  /** Lets the caller abandon the fetch, e.g. on shutdown. */
  signal?: AbortSignal;
  /** Injected transport; defaults to the global fetch. */
  fetch?: FetchFunction;
}

/** The outcome of one fetch: a decoded body, "not modified", or a failure with a reason fit for a log line. */
export type FetchResult =
  | {
      status: 'ok';
      /** The final URL, after redirects. */
      url: string;
      text: string;
      contentType: string;
      etag?: string;
      lastModified?: string;
    }
  | { status: 'not-modified' }
  | { status: 'failed'; reason: string; httpStatus?: number };

/** Default body cap for a feed: 5 MiB, far above any real feed and small enough to keep memory bounded. */
export const FEED_MAX_BYTES = 5 * 1024 * 1024;
/** Default body cap for an article page (3 MiB): news pages with inline scripts rarely pass 1 MiB. */
export const ARTICLE_MAX_BYTES = 3 * 1024 * 1024;
/** Default time budget for one fetch, redirects and body included. */
export const DEFAULT_TIMEOUT_MS = 15_000;
/** Default number of redirect hops followed. */
export const DEFAULT_MAX_REDIRECTS = 5;
/** Default User-Agent; publishers ask bots to identify themselves. */
export const DEFAULT_USER_AGENT = 'tallywire/0.1 (news tally bot)';
const DEFAULT_ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches a URL politely (conditional GET, timeout, streamed byte cap, bounded manual redirects)
 * and decodes it with the charset from the header, the XML prolog, an HTML meta tag, or UTF-8;
 * an unknown charset label falls through to the next source (finally UTF-8) rather than losing
 * the feed. Network and HTTP problems come back as `failed` values, never as exceptions.
 */
export async function fetchResource(
  url: string,
  cache: ResourceCache = {},
  options: FetchResourceOptions = {},
): Promise<FetchResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? FEED_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const doFetch = options.fetch ?? fetch;

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onCallerAbort = () => controller.abort();
  if (options.signal?.aborted) controller.abort();
  options.signal?.addEventListener('abort', onCallerAbort, { once: true });

  const headers: Record<string, string> = {
    'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
    accept: options.accept ?? DEFAULT_ACCEPT,
  };
  if (cache.etag) headers['if-none-match'] = cache.etag;
  if (cache.lastModified) headers['if-modified-since'] = cache.lastModified;

  let currentUrl = url;
  try {
    for (let hop = 0; ; hop++) {
      const checked = checkUrl(currentUrl);
      if (checked !== null) return { status: 'failed', reason: checked };

      const response = await doFetch(currentUrl, { headers, redirect: 'manual', signal: controller.signal });

      if (REDIRECT_STATUSES.has(response.status)) {
        await discardBody(response);
        const location = response.headers.get('location');
        if (!location) {
          return {
            status: 'failed',
            reason: `HTTP ${response.status} without a Location`,
            httpStatus: response.status,
          };
        }
        if (hop >= maxRedirects) return { status: 'failed', reason: `too many redirects (more than ${maxRedirects})` };
        currentUrl = new URL(location, currentUrl).href;
        continue;
      }
      if (response.status === 304) {
        await discardBody(response);
        return { status: 'not-modified' };
      }
      if (response.status < 200 || response.status > 299) {
        await discardBody(response);
        return { status: 'failed', reason: `HTTP ${response.status}`, httpStatus: response.status };
      }

      const declaredLength = Number(response.headers.get('content-length') ?? Number.NaN);
      if (declaredLength > maxBytes) {
        await discardBody(response);
        return { status: 'failed', reason: tooLarge(maxBytes) };
      }
      const bytes = await readCapped(response, maxBytes);
      if (bytes === null) {
        controller.abort();
        return { status: 'failed', reason: tooLarge(maxBytes) };
      }

      const contentType = response.headers.get('content-type') ?? '';
      const text = decodeBytes(bytes, detectCharset(contentType, bytes));
      const etag = response.headers.get('etag');
      const lastModified = response.headers.get('last-modified');
      return {
        status: 'ok',
        url: currentUrl,
        text,
        contentType,
        ...(etag ? { etag } : {}),
        ...(lastModified ? { lastModified } : {}),
      };
    }
  } catch (error) {
    if (timedOut) return { status: 'failed', reason: `timed out after ${timeoutMs} ms` };
    if (options.signal?.aborted) return { status: 'failed', reason: 'aborted' };
    return { status: 'failed', reason: describeNetworkError(error) };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCallerAbort);
  }
}

function checkUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `invalid URL ${JSON.stringify(url)}`;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return `unsupported protocol ${parsed.protocol}`;
  }
  return null;
}

function tooLarge(maxBytes: number): string {
  return `larger than ${maxBytes} bytes`;
}

/** Reads the body chunk by chunk and returns null as soon as it passes the cap, so a huge body is never buffered. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Releases the connection of a response whose body we do not want. */
async function discardBody(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => {});
}

function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return `network error: ${String(error)}`;
  const cause = error.cause;
  if (cause instanceof Error) {
    const code = (cause as Error & { code?: unknown }).code;
    return `network error: ${typeof code === 'string' ? `${code} ` : ''}${cause.message}`.trim();
  }
  return `network error: ${error.message}`;
}
