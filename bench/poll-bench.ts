import { type ChildProcess, spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { type FetchResult, fetchResource, type ResourceCache } from '../src/feeds/fetch-resource.js';
import { parseFeed } from '../src/feeds/parse-feed.js';
import { fetchFeedsOnce } from '../src/feeds/poll-feeds.js';

/** What to measure: how many feeds, how big, how many fetched at once. */
export interface PollBenchOptions {
  feeds?: number;
  itemsPerFeed?: number;
  concurrency?: number;
  /** RSS sampling period (default 20 ms). */
  sampleEveryMs?: number;
}

/** One poll cycle's measurements. */
export interface PollCycleNumbers {
  cycle: 'cold (200 + parse)' | 'warm (304)';
  feeds: number;
  failed: number;
  items: number;
  wallMs: number;
  /** CPU time of this process (user + system), the number the one-core bar is about. */
  cpuMs: number;
  feedsPerSecond: number;
  peakRssMb: number;
  /** Peak V8 heap in use: what the code holds, as opposed to what the heap has grown to. */
  peakHeapMb: number;
}

/** The bench's result: the RSS before polling and one row per cycle. */
export interface PollBenchNumbers {
  baselineRssMb: number;
  cycles: PollCycleNumbers[];
}

/** PRODUCT.md's polling bar: 10,000 feeds per 10-minute cycle on one core, at most 256 MB RSS. */
export const POLL_TARGET = { feeds: 10_000, cycleMs: 600_000, maxRssMb: 256 } as const;

// The feed server runs in its own process so its CPU and memory stay out of the measurement.
const SERVER_SOURCE = `
const http = require('node:http');
const items = Number(process.env.ITEMS_PER_FEED);
const paragraph = 'Officials said the prisoners were released from the central prison on Thursday after checks, ' +
  'and that a further group would follow once the lists had been verified by both sides &amp; the mediators.';
function feed(id) {
  let out = '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">' +
    '<channel><title>Bench feed ' + id + '</title><link>http://bench.example/</link><description>bench</description>';
  for (let i = 0; i < items; i++) {
    out += '<item><title>Story ' + i + ' of feed ' + id + '</title><link>http://bench.example/' + id + '/' + i + '</link>' +
      '<guid>bench-' + id + '-' + i + '</guid><pubDate>Thu, 09 Apr 2020 10:' + String(i % 60).padStart(2, '0') + ':00 GMT</pubDate>' +
      '<description>&lt;p&gt;' + paragraph + '&lt;/p&gt;&lt;p&gt;' + paragraph + '&lt;/p&gt;</description></item>';
  }
  return out + '</channel></rss>';
}
const server = http.createServer((req, res) => {
  const id = req.url.slice(req.url.lastIndexOf('/') + 1);
  const etag = '"' + id + '"';
  if (req.headers['if-none-match'] === etag) { res.writeHead(304); res.end(); return; }
  res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag });
  res.end(feed(id));
});
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => process.stdout.write(String(server.address().port) + '\\n'));
`;

/** Starts the bench's feed server in a child process; `url` is its origin. */
export async function startFeedServer(itemsPerFeed: number): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['-e', SERVER_SOURCE], {
    env: { ...process.env, ITEMS_PER_FEED: String(itemsPerFeed) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.stdout?.once('data', (data: Buffer) => resolve(data.toString().trim()));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

/** Bytes as megabytes with one decimal. */
export function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}

/** Serves N small feeds from a local server and measures a cold poll (fetch + parse) and a warm one (all 304). */
export async function runPollBench(options: PollBenchOptions = {}): Promise<PollBenchNumbers> {
  const feeds = options.feeds ?? POLL_TARGET.feeds;
  const itemsPerFeed = options.itemsPerFeed ?? 10;
  const concurrency = options.concurrency ?? 16;
  const { url, child } = await startFeedServer(itemsPerFeed);
  const urls = Array.from({ length: feeds }, (_, i) => `${url}/feed/${i}`);
  const caches = new Map<string, ResourceCache>();
  const baselineRssMb = megabytes(process.memoryUsage().rss);
  const cycles: PollCycleNumbers[] = [];
  try {
    for (const cycle of ['cold (200 + parse)', 'warm (304)'] as const) {
      let peakRss = 0;
      let peakHeap = 0;
      const sample = () => {
        const usage = process.memoryUsage();
        peakRss = Math.max(peakRss, usage.rss);
        peakHeap = Math.max(peakHeap, usage.heapUsed);
      };
      sample();
      const sampler = setInterval(sample, options.sampleEveryMs ?? 20);
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      const results = await fetchFeedsOnce(urls, {
        concurrency,
        fetchOne: async (feedUrl) => {
          const fetched: FetchResult = await fetchResource(feedUrl, caches.get(feedUrl) ?? {});
          if (fetched.status !== 'ok') return { status: fetched.status, items: 0 };
          caches.set(feedUrl, { etag: fetched.etag, lastModified: fetched.lastModified });
          const parsed = await parseFeed(fetched.text, fetched.url);
          // Keep only ids, as the pipeline would keep only unseen items, so memory reflects polling.
          return parsed.status === 'ok'
            ? { status: 'ok' as const, items: parsed.items.map((item) => item.id).length }
            : { status: 'failed' as const, items: 0 };
        },
      });
      const wallMs = performance.now() - started;
      const cpu = process.cpuUsage(cpuBefore);
      clearInterval(sampler);
      sample();
      let failed = 0;
      let items = 0;
      for (const result of results.values()) {
        if (result.status === 'failed') failed++;
        if ('items' in result) items += result.items;
      }
      cycles.push({
        cycle,
        feeds,
        failed,
        items,
        wallMs: Math.round(wallMs),
        cpuMs: Math.round((cpu.user + cpu.system) / 1000),
        feedsPerSecond: Math.round(feeds / (wallMs / 1000)),
        peakRssMb: megabytes(peakRss),
        peakHeapMb: megabytes(peakHeap),
      });
    }
  } finally {
    child.kill();
  }
  return { baselineRssMb, cycles };
}

/** Prints the numbers as a small table next to the PRODUCT.md bar. */
export function formatPollBench(numbers: PollBenchNumbers): string {
  const rows = numbers.cycles.map(
    (c) =>
      `${c.cycle.padEnd(20)} ${String(c.feeds).padStart(6)} ${String(c.failed).padStart(6)} ${String(c.items).padStart(7)} ` +
      `${String(c.wallMs).padStart(8)} ${String(c.cpuMs).padStart(7)} ${String(c.feedsPerSecond).padStart(8)} ${String(c.peakRssMb).padStart(8)} ${String(c.peakHeapMb).padStart(8)}`,
  );
  return [
    `poll bench (baseline RSS ${numbers.baselineRssMb} MB; target ${POLL_TARGET.feeds} feeds in ${POLL_TARGET.cycleMs / 1000} s, <= ${POLL_TARGET.maxRssMb} MB)`,
    `${'cycle'.padEnd(20)} ${'feeds'.padStart(6)} ${'failed'.padStart(6)} ${'items'.padStart(7)} ${'wall ms'.padStart(8)} ${'cpu ms'.padStart(7)} ${'feeds/s'.padStart(8)} ${'peak MB'.padStart(8)} ${'heap MB'.padStart(8)}`,
    ...rows,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const feeds = Number(process.argv[2] ?? POLL_TARGET.feeds);
  const numbers = await runPollBench({ feeds });
  console.log(formatPollBench(numbers));
}
