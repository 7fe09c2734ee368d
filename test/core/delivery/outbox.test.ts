import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import type { ChatRef, SendResult } from '../../../src/core/chat.js';
import { createStoreOutbox } from '../../../src/core/delivery/create-store-outbox.js';
import { createOutbox } from '../../../src/core/delivery/outbox.js';
import type { Post } from '../../../src/core/post.js';
import {
  listChatSubscriptions,
  listTrackerSubscribers,
  subscribe,
} from '../../../src/core/subscriptions/subscription-store.js';
import { aRecordingLog, aRecordingPublisher } from '../compose/builders.js';

const aPost = (title: string): Post => ({ kind: 'alert', title, blocks: [] });
const chat = (chatId: string): ChatRef => ({ platform: 'telegram', chatId });

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

const ignore = async () => {};

describe('createOutbox', () => {
  it('delivers to other chats while one chat is stuck', async () => {
    const stuck = deferred<SendResult>();
    const publisher = aRecordingPublisher('telegram', (to) =>
      to.chatId === 'slow' ? stuck.promise : { status: 'sent' },
    );
    const outbox = createOutbox({ publisher, concurrency: 2, onGone: ignore, onMoved: ignore, log: aRecordingLog() });

    const slow = outbox.enqueue(chat('slow'), aPost('one'));
    const fast = await outbox.enqueue(chat('fast'), aPost('one'));

    expect(fast).toEqual({ status: 'sent' });
    expect(publisher.sent.map((s) => s.chat.chatId)).toEqual(['fast']);
    stuck.resolve({ status: 'sent' });
    expect(await slow).toEqual({ status: 'sent' });
    await outbox.drain();
    expect(outbox.pending()).toBe(0);
  });

  it('keeps each chat in order and never sends two posts to one chat at once', async () => {
    let inFlightToChat = 0;
    let mostAtOnce = 0;
    const publisher = aRecordingPublisher('telegram', async () => {
      inFlightToChat++;
      mostAtOnce = Math.max(mostAtOnce, inFlightToChat);
      await Promise.resolve();
      inFlightToChat--;
      return { status: 'sent' };
    });
    const outbox = createOutbox({ publisher, concurrency: 4, onGone: ignore, onMoved: ignore, log: aRecordingLog() });

    for (const title of ['a', 'b', 'c', 'd']) void outbox.enqueue(chat('1'), aPost(title));
    await outbox.drain();

    expect(publisher.sent.map((s) => s.post.title)).toEqual(['a', 'b', 'c', 'd']);
    expect(mostAtOnce).toBe(1);
  });

  it('sends to at most `concurrency` chats at a time', async () => {
    const gates = new Map<string, ReturnType<typeof deferred<SendResult>>>();
    const started: string[] = [];
    const publisher = aRecordingPublisher('telegram', (to) => {
      started.push(to.chatId);
      const gate = deferred<SendResult>();
      gates.set(to.chatId, gate);
      return gate.promise;
    });
    const outbox = createOutbox({ publisher, concurrency: 2, onGone: ignore, onMoved: ignore, log: aRecordingLog() });

    for (const id of ['1', '2', '3']) void outbox.enqueue(chat(id), aPost('x'));
    await Promise.resolve();
    expect(started).toEqual(['1', '2']);

    gates.get('1')?.resolve({ status: 'sent' });
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual(['1', '2', '3']);
    gates.get('2')?.resolve({ status: 'sent' });
    gates.get('3')?.resolve({ status: 'sent' });
    await outbox.drain();
  });

  it('parks a chat that must wait for its rate limit without holding a sending slot, keeping its order', async () => {
    let waitForSlowMs = 20;
    const publisher = {
      ...aRecordingPublisher('telegram'),
      // The chat must wait once, as a group does when its minute's allowance is used up.
      readyInMs: (to: ChatRef) => {
        if (to.chatId !== 'slow') return 0;
        const wait = waitForSlowMs;
        waitForSlowMs = 0;
        return wait;
      },
    };
    const outbox = createOutbox({ publisher, concurrency: 1, onGone: ignore, onMoved: ignore, log: aRecordingLog() });

    const results = await Promise.all([
      outbox.enqueue(chat('slow'), aPost('a')),
      outbox.enqueue(chat('slow'), aPost('b')),
      outbox.enqueue(chat('fast'), aPost('c')),
    ]);
    await outbox.drain();

    expect(results.map((r) => r.status)).toEqual(['sent', 'sent', 'sent']);
    expect(publisher.sent.map((s) => `${s.chat.chatId} ${s.post.title}`)).toEqual(['fast c', 'slow a', 'slow b']);
    expect(outbox.pending()).toBe(0);
  });

  it('keeps a throttled post and sends it again after the wait, while other chats go on', async () => {
    let throttleOnce = true;
    const publisher = aRecordingPublisher('telegram', (to): SendResult => {
      if (to.chatId === 'busy' && throttleOnce) {
        throttleOnce = false;
        return { status: 'throttled', retryAfterMs: 20 };
      }
      return { status: 'sent' };
    });
    const outbox = createOutbox({ publisher, concurrency: 1, onGone: ignore, onMoved: ignore, log: aRecordingLog() });

    const results = await Promise.all([
      outbox.enqueue(chat('busy'), aPost('a')),
      outbox.enqueue(chat('busy'), aPost('b')),
      outbox.enqueue(chat('calm'), aPost('c')),
    ]);

    expect(results.map((r) => r.status)).toEqual(['sent', 'sent', 'sent']);
    expect(publisher.sent.map((s) => `${s.chat.chatId} ${s.post.title}`)).toEqual(['calm c', 'busy a', 'busy b']);
    expect(outbox.pending()).toBe(0);
  });

  it('reports a gone chat once and drops the posts still queued for it', async () => {
    const gone: string[] = [];
    const publisher = aRecordingPublisher('telegram', (to) =>
      to.chatId === 'left' ? { status: 'gone', reason: 'bot was kicked' } : { status: 'sent' },
    );
    const outbox = createOutbox({
      publisher,
      concurrency: 2,
      onGone: async (to, reason) => {
        gone.push(`${to.chatId}: ${reason}`);
      },
      onMoved: ignore,
      log: aRecordingLog(),
    });

    const results = await Promise.all([
      outbox.enqueue(chat('left'), aPost('a')),
      outbox.enqueue(chat('left'), aPost('b')),
      outbox.enqueue(chat('here'), aPost('a')),
    ]);

    expect(results.map((r) => r.status)).toEqual(['gone', 'gone', 'sent']);
    expect(gone).toEqual(['left: bot was kicked']);
  });

  it('follows a moved chat: re-sends to the new id and sends later posts there', async () => {
    const moves: string[] = [];
    const publisher = aRecordingPublisher('telegram', (to) =>
      to.chatId === '-100' ? { status: 'moved', to: chat('-1009') } : { status: 'sent' },
    );
    const outbox = createOutbox({
      publisher,
      concurrency: 1,
      onGone: ignore,
      onMoved: async (from, to) => {
        moves.push(`${from.chatId}->${to.chatId}`);
      },
      log: aRecordingLog(),
    });

    expect(await outbox.enqueue(chat('-100'), aPost('a'))).toEqual({ status: 'sent' });
    await outbox.enqueue(chat('-100'), aPost('b'));

    expect(moves).toEqual(['-100->-1009']);
    expect(publisher.sent.map((s) => `${s.chat.chatId} ${s.post.title}`)).toEqual(['-1009 a', '-1009 b']);
    expect(outbox.whereIs(chat('-100'))).toEqual(chat('-1009'));
  });

  it('turns a publisher that throws into a failed send, and goes on', async () => {
    const publisher = aRecordingPublisher('telegram', (to) => {
      if (to.chatId === 'broken') throw new Error('socket hang up');
      return { status: 'sent' };
    });
    const log = aRecordingLog();
    const outbox = createOutbox({ publisher, concurrency: 1, onGone: ignore, onMoved: ignore, log });

    expect(await outbox.enqueue(chat('broken'), aPost('a'))).toEqual({ status: 'failed', reason: 'socket hang up' });
    expect(await outbox.enqueue(chat('ok'), aPost('a'))).toEqual({ status: 'sent' });
    expect(log.records.some((r) => r.level === 'warn' && r.context?.['chat'] === 'telegram:broken')).toBe(true);
  });
});

describe('createStoreOutbox', () => {
  const now = new Date('2020-04-09T10:00:00Z');

  it('disables the subscriptions of a gone chat', async () => {
    const store = new Keyv();
    await subscribe(store, chat('left'), 'northland-2020', { alerts: true, now });
    const publisher = aRecordingPublisher('telegram', () => ({ status: 'gone', reason: 'chat not found' }));
    const outbox = createStoreOutbox({ publisher, store, clock: () => now, log: aRecordingLog() });

    await outbox.enqueue(chat('left'), aPost('a'));

    expect(await listTrackerSubscribers(store, 'northland-2020')).toEqual([]);
    expect((await listChatSubscriptions(store, chat('left')))[0]?.disabled?.reason).toBe('chat not found');
  });

  it('moves the stored subscriptions of a migrated chat to its new id', async () => {
    const store = new Keyv();
    await subscribe(store, chat('-100'), 'northland-2020', { alerts: true, now });
    const publisher = aRecordingPublisher('telegram', (to) =>
      to.chatId === '-100' ? { status: 'moved', to: chat('-1009') } : { status: 'sent' },
    );
    const outbox = createStoreOutbox({ publisher, store, clock: () => now, log: aRecordingLog() });

    await outbox.enqueue(chat('-100'), aPost('a'));

    expect((await listTrackerSubscribers(store, 'northland-2020')).map((s) => s.chat)).toEqual([chat('-1009')]);
    expect(publisher.sent.map((s) => s.chat.chatId)).toEqual(['-1009']);
  });
});
