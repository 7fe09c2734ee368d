import { describe, expect, it } from 'vitest';
import { createDigestScheduler, type MinuteTicker } from '../../../src/app/scheduler/digest-scheduler.js';
import { aRecordingLog } from '../../core/compose/builders.js';

function aManualTicker() {
  let tick: (() => void) | null = null;
  let stopped = false;
  const ticker: MinuteTicker = (onTick) => {
    tick = onTick;
    return {
      stop() {
        stopped = true;
      },
    };
  };
  return {
    ticker,
    tick: () => tick?.(),
    isStopped: () => stopped,
  };
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('createDigestScheduler', () => {
  it('runs once at start to catch up, then on every tick', async () => {
    const manual = aManualTicker();
    let runs = 0;
    const scheduler = createDigestScheduler({
      runDueDigests: async () => {
        runs++;
        return [];
      },
      log: aRecordingLog(),
      ticker: manual.ticker,
    });

    await scheduler.start();
    expect(runs).toBe(1);
    manual.tick();
    await scheduler.stop();
    expect(runs).toBe(2);
    expect(manual.isStopped()).toBe(true);
  });

  it('never overlaps runs, and stop waits for the run in progress', async () => {
    const manual = aManualTicker();
    const gate = deferred();
    let runs = 0;
    let finished = 0;
    const scheduler = createDigestScheduler({
      runDueDigests: async () => {
        runs++;
        if (runs === 2) await gate.promise;
        finished++;
        return [];
      },
      log: aRecordingLog(),
      ticker: manual.ticker,
    });
    await scheduler.start();

    manual.tick();
    manual.tick();
    expect(runs).toBe(2);
    const stopping = scheduler.stop();
    manual.tick();
    gate.resolve();
    await stopping;

    expect(runs).toBe(2);
    expect(finished).toBe(2);
  });

  it('logs a failed run and keeps going', async () => {
    const manual = aManualTicker();
    const log = aRecordingLog();
    let runs = 0;
    const scheduler = createDigestScheduler({
      runDueDigests: async () => {
        runs++;
        if (runs === 1) throw new Error('store unreachable');
        return [{}];
      },
      log,
      ticker: manual.ticker,
    });

    await scheduler.start();
    manual.tick();
    await scheduler.stop();

    expect(log.records.map((r) => r.message)).toEqual(['Digest run failed', 'Digests sent']);
  });
});
