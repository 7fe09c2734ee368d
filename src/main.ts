import type { Readable, Writable } from 'node:stream';
import { createFeedPorts } from './app/create-feed-ports.js';
import { createLogger } from './app/create-logger.js';
import { createDigestScheduler, type DigestScheduler } from './app/scheduler/digest-scheduler.js';
import { loadTrackers } from './config/load-trackers.js';
import { parseConfig } from './config/parse-config.js';
import type { ChatRef, Publisher } from './core/chat.js';
import { createCommands } from './core/commands/create-commands.js';
import { createTrackerAutocomplete } from './core/commands/tracker-autocomplete.js';
import { composeChangeAlert } from './core/compose/compose-alert.js';
import { createAlertJournal } from './core/delivery/alert-journal.js';
import { createStoreOutbox } from './core/delivery/create-store-outbox.js';
import type { Outbox } from './core/delivery/outbox.js';
import { type Outboxes, publishAlerts } from './core/delivery/publish-alerts.js';
import { runDueDigests } from './core/digest/run-due-digests.js';
import { extractMentions } from './core/extract/extract-mentions.js';
import { readFeedHealth } from './core/pipeline/feed-state.js';
import { readTallies } from './core/pipeline/observation-store.js';
import { type LedgerChange, type PollCycleReport, runPollCycle } from './core/pipeline/run-poll-cycle.js';
import { disableChat, moveChat } from './core/subscriptions/subscription-store.js';
import type { Clock, Tracker } from './core/types.js';
import { CONSOLE_CHAT, createConsolePlatform } from './platforms/console/create-console-platform.js';
import { createStore } from './store/create-store.js';

/** How the bot is started: the environment, an optional trackers file (`--trackers`), and the console's streams. */
export interface StartOptions {
  env: Record<string, string | undefined>;
  trackersFile?: string;
  input: Readable;
  output: Writable;
  /** Run one poll cycle, then stop (tests, cron-driven operation). */
  once?: boolean;
  clock?: Clock;
}

/** A running bot. */
export interface RunningApp {
  /** Resolves when the bot has stopped (after `stop()`, or after one cycle with `once`). */
  done: Promise<void>;
  /** Finishes the cycle in flight (abandoning fetches after a grace period), stops platforms, drains queues, closes the store. */
  stop(): Promise<void>;
  /** Runs a poll cycle now (tests). */
  pollNow(): Promise<PollCycleReport>;
}

interface Platform {
  publisher: Publisher;
  start(): Promise<void> | void;
  stop(): Promise<void> | void;
}

/** How long a stopping bot lets the cycle in flight finish before abandoning its fetches. */
const SHUTDOWN_GRACE_MS = 10_000;
/** How long a stopping bot waits for queued posts. */
const DRAIN_TIMEOUT_MS = 10_000;

/**
 * The composition root: reads the configuration once, builds the store, the platforms (console
 * when no chat token is set), the outgoing queues and the digest schedule, and runs poll cycles.
 */
export async function startApp(options: StartOptions): Promise<RunningApp> {
  const config = parseConfig(options.env);
  const log = createLogger(config.logLevel);
  const clock = options.clock ?? (() => new Date());
  const trackers = await loadTrackers(options.trackersFile ?? config.trackersFile);
  const opened = await createStore(config.storeUrl, { log });
  const store = opened.store;
  log.info('Store open', { store: opened.describe, trackers: trackers.map((t) => t.id) });

  const findTracker = (id: string): Tracker | undefined => trackers.find((t) => t.id === id);
  const tallies = async (trackerId: string) => {
    const tracker = findTracker(trackerId);
    return tracker ? readTallies(store, tracker) : [];
  };
  const commands = createCommands({
    trackers,
    store,
    clock,
    readTallies: tallies,
    readFeedHealth: (urls) => readFeedHealth(store, urls),
  });
  const onChatGone = async (chat: ChatRef, reason: string) => {
    const disabled = await disableChat(store, chat, reason, clock());
    log.warn('Chat is gone; its subscriptions are disabled', { chat, reason, disabled });
  };
  const onChatMoved = async (from: ChatRef, to: ChatRef) => {
    await moveChat(store, from, to);
    log.info('Chat moved; subscriptions follow it', { from, to });
  };

  const platforms: Platform[] = [];
  // Chat SDKs are loaded only when their platform is on: console mode starts faster without them.
  if (config.telegram) {
    const { createTelegramPlatform } = await import('./platforms/telegram/create-telegram-platform.js');
    platforms.push(
      createTelegramPlatform({
        token: config.telegram.token,
        apiRoot: config.telegram.apiRoot,
        webhook: config.telegram.webhook,
        commands,
        log,
        onChatGone,
        onChatMoved,
        resendMovedPosts: false,
      }),
    );
  }
  if (config.discord) {
    const { createDiscordPlatform } = await import('./platforms/discord/create-discord-platform.js');
    platforms.push(
      createDiscordPlatform({
        ...config.discord,
        commands,
        autocompleteTrackers: createTrackerAutocomplete(trackers),
        log,
        onChatGone,
      }),
    );
  }
  const consolePlatform =
    platforms.length === 0
      ? createConsolePlatform({ commands, input: options.input, output: options.output, log })
      : null;
  if (consolePlatform) platforms.push(consolePlatform);

  const outboxes: Outboxes = {};
  for (const platform of platforms) {
    outboxes[platform.publisher.platform] = createStoreOutbox({ publisher: platform.publisher, store, clock, log });
  }

  const journal = createAlertJournal({ store, outboxes, log });

  const onLedgerChanges = async (tracker: Tracker, changes: LedgerChange[]) => {
    const posts = changes.map((change) => composeChangeAlert(tracker, change));
    // The console is the operator's own view: it shows every alert without subscribing.
    if (consolePlatform) for (const post of posts) void outboxes.console?.enqueue(CONSOLE_CHAT, post);
    else await publishAlerts({ store, outboxes, journal, log }, tracker.id, posts);
  };

  const abort = new AbortController();
  const ports = createFeedPorts({ signal: abort.signal });
  const pollNow = () =>
    runPollCycle({
      trackers,
      store,
      loadFeed: ports.loadFeed,
      loadArticleText: ports.loadArticleText,
      extract: extractMentions,
      clock,
      log,
      pollIntervalMs: config.pollIntervalSeconds * 1000,
      onLedgerChanges,
    });

  const digests: DigestScheduler = createDigestScheduler({
    runDueDigests: () => runDueDigests({ store, clock, trackers, readTallies: tallies, outboxes, log }),
    log,
  });

  for (const platform of platforms) await platform.start();
  if (!consolePlatform) await journal.recover();
  if (!options.once) await digests.start();
  log.info(consolePlatform ? 'Running on the console (no chat token set); type /help' : 'Running', {
    platforms: platforms.map((p) => p.publisher.platform),
    pollIntervalSeconds: config.pollIntervalSeconds,
  });

  let stopping = false;
  let timer: NodeJS.Timeout | null = null;
  let inFlight: Promise<unknown> | null = null;
  let resolveDone: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    resolveDone = resolve;
  });

  // Cycles never overlap: a cycle asked for while one runs starts when it ends.
  const cycle = async (): Promise<PollCycleReport> => {
    while (inFlight) await inFlight.catch(() => {});
    const running = pollNow();
    inFlight = running;
    try {
      const report = await running;
      log.info('Poll cycle done', { ...report });
      return report;
    } finally {
      inFlight = null;
    }
  };

  let stopped: Promise<void> | null = null;
  const stop = () => {
    stopped ??= (async () => {
      stopping = true;
      if (timer) clearTimeout(timer);
      if (inFlight) {
        const grace = setTimeout(() => abort.abort(), SHUTDOWN_GRACE_MS);
        await inFlight.catch(() => {});
        clearTimeout(grace);
      }
      await digests.stop();
      for (const platform of platforms) {
        try {
          await platform.stop();
        } catch (error) {
          log.warn('Stopping a platform failed', { platform: platform.publisher.platform, error: String(error) });
        }
      }
      await Promise.race([
        Promise.all(Object.values(outboxes).map((outbox: Outbox) => outbox.drain())),
        new Promise((resolve) => setTimeout(resolve, DRAIN_TIMEOUT_MS).unref()),
      ]);
      // What was not sent stays written down for the next start.
      await journal
        .flush()
        .catch((error: unknown) => log.warn('Writing alert progress failed', { error: String(error) }));
      await ports.close();
      await opened.close();
      log.info('Stopped');
      resolveDone();
    })();
    return stopped;
  };

  const loop = async () => {
    if (stopping) return;
    try {
      await cycle();
    } catch (error) {
      log.error('Poll cycle failed; the next one will retry', { error: String(error) });
    }
    if (options.once) {
      await stop();
      return;
    }
    if (!stopping) timer = setTimeout(() => void loop(), config.pollIntervalSeconds * 1000);
  };
  void loop();

  return { done, stop, pollNow: cycle };
}
