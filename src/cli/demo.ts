import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createFeedPorts } from '../app/create-feed-ports.js';
import { createLogger } from '../app/create-logger.js';
import { loadTrackers } from '../config/load-trackers.js';
import { createCommands } from '../core/commands/create-commands.js';
import { composeChangeAlert } from '../core/compose/compose-alert.js';
import { extractMentions } from '../core/extract/extract-mentions.js';
import { readFeedHealth } from '../core/pipeline/feed-state.js';
import { readTallies } from '../core/pipeline/observation-store.js';
import { runPollCycle } from '../core/pipeline/run-poll-cycle.js';
import type { Tracker } from '../core/types.js';
import { DEMO_ARTICLES } from '../demo/demo-articles.js';
import { serveDemoFeeds } from '../demo/serve-demo-feeds.js';
import { CONSOLE_CHAT, createConsolePlatform } from '../platforms/console/create-console-platform.js';
import { createStore } from '../store/create-store.js';

const DEMO_TRACKER_ID = 'afghanistan-2020';
/** Simulated time between poll cycles: 12 hours, so same-day reports often arrive in separate cycles. */
const STEP_MS = 12 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const TRACKERS_FILE = join(import.meta.dirname, '../../config/trackers.json');

/**
 * `tallywire demo`: serves the bundled demo feeds on 127.0.0.1, moves a simulated clock through
 * the weeks of the 2020 exchange, runs the real pipeline on a real (temporary) SQLite store,
 * prints each alert as it would be posted, and ends with `/tally`.
 */
export async function run(argv: string[]): Promise<number> {
  if (argv.length > 0) {
    process.stderr.write('usage: tallywire demo (it takes no options)\n');
    return 2;
  }
  const log = createLogger('warn');
  const out = process.stdout;
  const published = DEMO_ARTICLES.map((a) => Date.parse(a.published));
  let now = new Date(Math.min(...published) - DAY_MS);
  const end = Math.max(...published) + DAY_MS;
  const clock = () => now;

  const server = await serveDemoFeeds(clock);
  const dir = mkdtempSync(join(tmpdir(), 'tallywire-demo-'));
  const opened = await createStore(`sqlite://${join(dir, 'demo.sqlite')}`, { log });
  try {
    const configured = (await loadTrackers(TRACKERS_FILE)).find((t) => t.id === DEMO_TRACKER_ID);
    if (!configured) throw new Error(`${TRACKERS_FILE} has no "${DEMO_TRACKER_ID}" tracker`);
    const tracker: Tracker = { ...configured, feeds: server.feedUrls };
    const store = opened.store;
    const commands = createCommands({
      trackers: [tracker],
      store,
      clock,
      readTallies: async () => readTallies(store, tracker),
      readFeedHealth: (urls) => readFeedHealth(store, urls),
    });
    const consolePlatform = createConsolePlatform({ commands, input: new PassThrough(), output: out, log });

    out.write(
      `tallywire demo: ${DEMO_ARTICLES.length} articles from ${server.feedUrls.length} outlets, served on 127.0.0.1.\n` +
        `The clock moves ${STEP_MS / 3_600_000} hours per poll cycle from ${now.toISOString().slice(0, 10)}; each alert is printed as it would be posted.\n\n`,
    );
    const ports = createFeedPorts({ timeoutMs: 5_000 });
    for (; now.getTime() <= end; now = new Date(now.getTime() + STEP_MS)) {
      await runPollCycle({
        trackers: [tracker],
        store,
        loadFeed: ports.loadFeed,
        loadArticleText: ports.loadArticleText,
        extract: extractMentions,
        clock,
        log,
        pollIntervalMs: STEP_MS,
        onLedgerChanges: async (changed, changes) => {
          for (const change of changes) {
            out.write(`── ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC (simulated) ──\n`);
            await consolePlatform.publisher.send(CONSOLE_CHAT, composeChangeAlert(changed, change));
          }
        },
      });
    }
    await ports.close();
    out.write('── end of the simulated weeks: /tally ──\n');
    await consolePlatform.handleLine(`/tally ${DEMO_TRACKER_ID}`);
    return 0;
  } finally {
    await opened.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
