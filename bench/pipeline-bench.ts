import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createFeedPorts } from '../src/app/create-feed-ports.js';
import { createLogger } from '../src/app/create-logger.js';
import { extractMentions } from '../src/core/extract/extract-mentions.js';
import { type PollCycleReport, runPollCycle } from '../src/core/pipeline/run-poll-cycle.js';
import type { Tracker } from '../src/core/types.js';
import { createStore } from '../src/store/create-store.js';
import { megabytes, POLL_TARGET, startFeedServer } from './poll-bench.js';

/** One cycle of the real pipeline (fetch, parse, seen, extract, store) over every feed. */
export interface PipelineCycleNumbers {
  cycle: string;
  report: PollCycleReport;
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
}

/**
 * Runs the bot's real poll cycle — polite fetch, rss-parser, seen items, extractor, SQLite store —
 * over N local feeds: a first (history) cycle, then a cycle where every feed answers 304.
 */
export async function runPipelineBench(options: { feeds?: number; itemsPerFeed?: number } = {}): Promise<{
  feeds: number;
  cycles: PipelineCycleNumbers[];
}> {
  const feeds = options.feeds ?? POLL_TARGET.feeds;
  const { url, child } = await startFeedServer(options.itemsPerFeed ?? 10);
  const dir = mkdtempSync(join(tmpdir(), 'tallywire-bench-'));
  const log = createLogger('error');
  const opened = await createStore(`sqlite://${join(dir, 'bench.sqlite')}`, { log });
  const ports = createFeedPorts({ timeoutMs: 30_000 });
  const tracker: Tracker = {
    id: 'bench',
    title: 'Bench',
    timezone: 'UTC',
    readArticles: false,
    feeds: Array.from({ length: feeds }, (_, i) => `${url}/feed/${i}`),
    ledgers: [
      {
        id: 'bench-ledger',
        title: 'Prisoners freed',
        releaser: ['the authorities'],
        released: ['prisoners'],
        target: null,
      },
    ],
  };
  const cycles: PipelineCycleNumbers[] = [];
  try {
    for (const cycle of ['first poll (200, history)', 'next poll (304)']) {
      let peakRss = process.memoryUsage().rss;
      const sampler = setInterval(() => {
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
      }, 20);
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      const report = await runPollCycle({
        trackers: [tracker],
        store: opened.store,
        loadFeed: ports.loadFeed,
        loadArticleText: ports.loadArticleText,
        extract: extractMentions,
        clock: () => new Date(),
        log,
        pollIntervalMs: POLL_TARGET.cycleMs,
        onLedgerChanges: async () => {},
      });
      const wallMs = Math.round(performance.now() - started);
      const cpu = process.cpuUsage(cpuBefore);
      clearInterval(sampler);
      cycles.push({
        cycle,
        report,
        wallMs,
        cpuMs: Math.round((cpu.user + cpu.system) / 1000),
        peakRssMb: megabytes(Math.max(peakRss, process.memoryUsage().rss)),
      });
    }
  } finally {
    await ports.close();
    await opened.close();
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
  return { feeds, cycles };
}

/** Prints the pipeline bench as a table next to PRODUCT.md's polling bar. */
export function formatPipelineBench(numbers: Awaited<ReturnType<typeof runPipelineBench>>): string {
  const rows = numbers.cycles.map(
    (c) =>
      `${c.cycle.padEnd(28)} ${String(c.report.feeds.ok + c.report.feeds.notModified).padStart(7)} ${String(c.report.feeds.failed).padStart(6)} ${String(c.report.articles.read).padStart(8)} ${String(c.wallMs).padStart(8)} ${String(c.cpuMs).padStart(8)} ${String(c.peakRssMb).padStart(8)}`,
  );
  return [
    `pipeline bench: real poll cycle over ${numbers.feeds} local feeds, SQLite store (target ${POLL_TARGET.feeds} feeds per ${POLL_TARGET.cycleMs / 1000} s, <= ${POLL_TARGET.maxRssMb} MB)`,
    `${'cycle'.padEnd(28)} ${'feeds ok'.padStart(7)} ${'failed'.padStart(6)} ${'articles'.padStart(8)} ${'wall ms'.padStart(8)} ${'cpu ms'.padStart(8)} ${'peak MB'.padStart(8)}`,
    ...rows,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const feeds = Number(process.argv[2] ?? POLL_TARGET.feeds);
  console.log(formatPipelineBench(await runPipelineBench({ feeds })));
}
