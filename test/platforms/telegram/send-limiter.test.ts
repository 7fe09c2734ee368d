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

describe('createSendLimiter', () => {
  it('lets a group burst 20 messages, then paces it at 20 per minute', async () => {
    const clock = aVirtualClock();
    const limiter = createSendLimiter(clock);

    await sendTimes(limiter, '-1001', 20);
    expect(clock.elapsedMs()).toBe(0);

    await sendTimes(limiter, '-1001', 2);
    expect(clock.elapsedMs()).toBe(6000);
  });

  it('paces a private chat at one message per second', async () => {
    const clock = aVirtualClock();
    const limiter = createSendLimiter(clock);

    await sendTimes(limiter, '42', 3);

    expect(clock.elapsedMs()).toBe(2000);
  });

  it('keeps all chats together at 30 messages per second', async () => {
    const clock = aVirtualClock();
    const limiter = createSendLimiter(clock);

    for (let user = 1; user <= 90; user++) await limiter.acquire(String(user));

    // 30 go at once, the next 60 at 30/s; a few milliseconds of rounding are allowed for.
    expect(clock.elapsedMs()).toBeGreaterThanOrEqual(2000);
    expect(clock.elapsedMs()).toBeLessThanOrEqual(2100);
  });

  it('lets chats proceed independently of one another', async () => {
    const clock = aVirtualClock();
    const limiter = createSendLimiter(clock);

    await sendTimes(limiter, '-1001', 10);
    await sendTimes(limiter, '-1002', 10);
    await sendTimes(limiter, '7', 1);

    expect(clock.elapsedMs()).toBe(0);
  });

  it('gives concurrent callers distinct tokens', async () => {
    const clock = aVirtualClock();
    const limiter = createSendLimiter(clock);

    await Promise.all([limiter.acquire('5'), limiter.acquire('5'), limiter.acquire('5')]);

    expect(clock.elapsedMs()).toBeGreaterThanOrEqual(2000);
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
