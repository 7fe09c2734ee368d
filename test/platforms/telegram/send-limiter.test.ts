import { describe, expect, it } from 'vitest';
import { chatKind, createSendLimiter } from '../../../src/platforms/telegram/send-limiter.js';

/** A virtual clock: sleeping advances it, so tests measure waits without waiting. */
function aVirtualClock() {
  let nowMs = 0;
  const sleeps: number[] = [];
  return {
    now: () => nowMs,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      nowMs += ms;
    },
    elapsedMs: () => nowMs,
    sleeps,
  };
}

async function sendTimes(limiter: { acquire(chatId: string): Promise<void> }, chatId: string, times: number) {
  for (let index = 0; index < times; index++) await limiter.acquire(chatId);
}

/** The most of `timesMs` that fall within any window of `windowMs`. */
function mostInAnyWindow(timesMs: number[], windowMs: number): number {
  let most = 0;
  for (const start of timesMs) most = Math.max(most, timesMs.filter((t) => t >= start && t < start + windowMs).length);
  return most;
}

describe('createSendLimiter', () => {
  it('lets a group have 20 messages at once, then no more until the first leaves the minute', async () => {
    const clock = aVirtualClock();
    const limiter = createSendLimiter(clock);

    await sendTimes(limiter, '-1001', 20);
    expect(clock.elapsedMs()).toBe(0);

    await sendTimes(limiter, '-1001', 2);
    expect(clock.elapsedMs()).toBe(60_000);
  });

  it('never lets more than 20 messages into one group in any minute', async () => {
    const clock = aVirtualClock();
    const limiter = createSendLimiter(clock);
    const sentAt: number[] = [];

    for (let index = 0; index < 50; index++) {
      await limiter.acquire('-1001');
      sentAt.push(clock.now());
      if (index % 7 === 0) await clock.sleep(1500);
    }

    expect(mostInAnyWindow(sentAt, 60_000)).toBe(20);
  });

  it('paces a private chat at one message per second', async () => {
    const clock = aVirtualClock();
    const limiter = createSendLimiter(clock);

    await sendTimes(limiter, '42', 3);

    expect(clock.elapsedMs()).toBe(2000);
  });

  it('keeps all chats together at 30 messages in any second, the first 30 at once', async () => {
    const clock = aVirtualClock();
    const limiter = createSendLimiter(clock);
    const sentAt: number[] = [];

    for (let user = 1; user <= 90; user++) {
      await limiter.acquire(String(user));
      sentAt.push(clock.now());
    }

    expect(sentAt.filter((t) => t === 0)).toHaveLength(30);
    expect(clock.elapsedMs()).toBe(2000);
    expect(mostInAnyWindow(sentAt, 1000)).toBe(30);
  });

  it('lets chats proceed independently of one another', async () => {
    const clock = aVirtualClock();
    const limiter = createSendLimiter(clock);

    await sendTimes(limiter, '-1001', 10);
    await sendTimes(limiter, '-1002', 10);
    await sendTimes(limiter, '7', 1);

    expect(clock.elapsedMs()).toBe(0);
  });

  it('gives concurrent callers distinct places', async () => {
    const clock = aVirtualClock();
    const limiter = createSendLimiter(clock);

    await Promise.all([limiter.acquire('5'), limiter.acquire('5'), limiter.acquire('5')]);

    expect(clock.elapsedMs()).toBeGreaterThanOrEqual(2000);
  });

  it("tells how long until a chat's own allowance has room, without taking it", async () => {
    const clock = aVirtualClock();
    const limiter = createSendLimiter(clock);

    expect(limiter.readyInMs('-1001')).toBe(0);
    await sendTimes(limiter, '-1001', 19);
    expect(limiter.readyInMs('-1001')).toBe(0);
    expect(limiter.readyInMs('-1001', 3)).toBe(60_000);
    await limiter.acquire('-1001');
    expect(limiter.readyInMs('-1001')).toBe(60_000);
    await clock.sleep(45_000);
    expect(limiter.readyInMs('-1001')).toBe(15_000);
    expect(clock.elapsedMs()).toBe(45_000);
  });

  it("waits for an empty window when a post has more parts than the chat's allowance", async () => {
    const clock = aVirtualClock();
    const limiter = createSendLimiter(clock);

    await limiter.acquire('42');

    expect(limiter.readyInMs('42', 3)).toBe(1000);
  });

  it('holds a chat off for the time a 429 asked for, and only that chat', async () => {
    const clock = aVirtualClock();
    const limiter = createSendLimiter(clock);

    limiter.holdOff('-1001', 5000);

    expect(limiter.readyInMs('-1001')).toBe(5000);
    await limiter.acquire('-1002');
    expect(clock.elapsedMs()).toBe(0);
    await limiter.acquire('-1001');
    expect(clock.elapsedMs()).toBe(5000);
  });
});

describe('chatKind', () => {
  it('reads positive ids as private chats and the rest as groups or channels', () => {
    expect(chatKind('42')).toBe('private');
    expect(chatKind('-42')).toBe('group');
    expect(chatKind('-1001234567890')).toBe('group');
    expect(chatKind('@channel')).toBe('group');
  });
});
