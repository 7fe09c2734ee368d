import { createTask } from 'node-cron';
import type { Logger } from '../../core/types.js';

/** Something that calls `tick` every minute until stopped; node-cron by default, a manual one in tests. */
export type MinuteTicker = (tick: () => void) => { stop(): void | Promise<void> };

/** The real ticker: a node-cron task at second 0 of every minute (a task it owns, destroyed on stop). */
export const nodeCronTicker: MinuteTicker = (tick) => {
  const task = createTask('* * * * *', () => tick(), { name: 'tallywire-digests' });
  void task.start();
  return { stop: () => task.destroy() };
};

/** Runs due digests once at start (catching up what was missed while down) and then every minute. */
export interface DigestScheduler {
  start(): Promise<void>;
  /** Stops ticking and waits for a run in progress to finish. */
  stop(): Promise<void>;
}

/**
 * Creates the app-side digest scheduler around `runDueDigests`; runs never overlap (a tick during
 * a slow run is skipped, the next one catches up, since due digests are found from the store).
 */
export function createDigestScheduler(deps: {
  runDueDigests(): Promise<unknown[]>;
  log: Logger;
  ticker?: MinuteTicker;
}): DigestScheduler {
  let running: Promise<void> | null = null;
  let ticker: { stop(): void | Promise<void> } | null = null;
  let stopped = false;

  function runOnce(): Promise<void> {
    if (running) return running;
    running = deps
      .runDueDigests()
      .then((sent) => {
        if (sent.length > 0) deps.log.info('Digests sent', { count: sent.length });
      })
      .catch((error: unknown) => deps.log.error('Digest run failed', { error: String(error) }))
      .finally(() => {
        running = null;
      });
    return running;
  }

  return {
    async start() {
      if (ticker || stopped) return;
      ticker = (deps.ticker ?? nodeCronTicker)(() => {
        if (!stopped) void runOnce();
      });
      await runOnce();
    },
    async stop() {
      stopped = true;
      await ticker?.stop();
      ticker = null;
      if (running) await running;
    },
  };
}
