import { createHash } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the server answers on one path; the answer can be changed between polls. */
export interface FeedRoute {
  body: string;
  status?: number;
  contentType?: string;
  /** Holds the answer this long (a slow outlet). */
  delayMs?: number;
}

/** A local news server for the bot to poll: feeds by path, every request recorded. */
export interface FeedServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  origin: string;
  /** The absolute URL of a path ("/north.xml"). */
  url(path: string): string;
  /** Sets (or replaces) what a path answers. */
  route(path: string, route: FeedRoute): void;
  /** Paths requested so far, in arrival order. */
  readonly requests: string[];
  /** How many responses were 304 Not Modified. */
  readonly notModified: number;
  /** Resolves when `path` has been requested (now or later). */
  requested(path: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts a feed server on 127.0.0.1 (free port). With `validators`, it sends an ETag per body and
 * answers a matching If-None-Match with 304, as real outlets do; without, it always sends 200.
 */
export async function startFeedServer(options: { validators?: boolean } = {}): Promise<FeedServer> {
  const routes = new Map<string, FeedRoute>();
  const requests: string[] = [];
  const waiters: Array<{ path: string; resolve: () => void }> = [];
  const timers = new Set<NodeJS.Timeout>();
  let notModified = 0;

  const answer = (response: ServerResponse, route: FeedRoute | undefined, ifNoneMatch: string | undefined) => {
    if (response.destroyed) return;
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const status = route.status ?? 200;
    const etag = `"${createHash('sha256').update(route.body).digest('hex').slice(0, 16)}"`;
    if (options.validators && status === 200 && ifNoneMatch === etag) {
      notModified++;
      response.writeHead(304, { etag }).end();
      return;
    }
    const headers: Record<string, string> = {
      'content-type': route.contentType ?? 'application/rss+xml; charset=utf-8',
    };
    if (options.validators && status === 200) headers['etag'] = etag;
    response.writeHead(status, headers).end(route.body);
  };

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://local').pathname;
    requests.push(path);
    for (const waiter of waiters.filter((w) => w.path === path)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
    const route = routes.get(path);
    const ifNoneMatch = request.headers['if-none-match'];
    if (route?.delayMs) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        answer(response, route, ifNoneMatch);
      }, route.delayMs);
      timers.add(timer);
    } else {
      answer(response, route, ifNoneMatch);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    url: (path) => `${origin}${path}`,
    route: (path, route) => {
      routes.set(path, route);
    },
    requests,
    get notModified() {
      return notModified;
    },
    requested: (path) =>
      requests.includes(path) ? Promise.resolve() : new Promise((resolve) => waiters.push({ path, resolve })),
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
