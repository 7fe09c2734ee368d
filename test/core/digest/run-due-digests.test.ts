import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import type { ChatRef, SendResult } from '../../../src/core/chat.js';
import { createStoreOutbox } from '../../../src/core/delivery/create-store-outbox.js';
import { DIGEST_MAX_ATTEMPTS, runDueDigests } from '../../../src/core/digest/run-due-digests.js';
import type { Post } from '../../../src/core/post.js';
import type { KeyValueStore } from '../../../src/core/store.js';
import {
  disableChat,
  listChatSubscriptions,
  subscribe,
  updateSubscription,
} from '../../../src/core/subscriptions/subscription-store.js';
import {
  aLedgerTally,
  anArticleRef,
  anEvent,
  aRecordingLog,
  aRecordingPublisher,
  aTracker,
  postText,
} from '../compose/builders.js';

const group: ChatRef = { platform: 'telegram', chatId: '-100' };
const tracker = aTracker({ timezone: 'Asia/Kabul' });

async function scheduled(
  store: KeyValueStore,
  chat: ChatRef,
  cron: string,
  timezone: string | null,
  lastPeriod?: string,
) {
  await subscribe(store, chat, tracker.id, { alerts: true, now: new Date('2020-01-01T00:00:00Z') });
  await updateSubscription(store, chat, tracker.id, (s) => ({
    ...s,
    cron,
    timezone,
    digest: lastPeriod ? { lastPeriod, totals: { 'gov-frees-rebels': 0 } } : null,
  }));
}

/** One "process": a fresh publisher, outbox and clock over a shared store, as after a restart. */
function aBot(store: KeyValueStore, answer?: (chat: ChatRef, post: Post) => SendResult) {
  const publisher = aRecordingPublisher('telegram', answer);
  let now = new Date('2020-01-01T00:00:00Z');
  const log = aRecordingLog();
  const outbox = createStoreOutbox({ publisher, store, clock: () => now, log });
  const event = anEvent({
    count: 100,
    date: '2020-04-08',
    sources: [anArticleRef({ published: '2020-04-08T09:00:00Z' })],
  });
  return {
    publisher,
    log,
    async runAt(iso: string) {
      now = new Date(iso);
      return runDueDigests({
        store,
        clock: () => now,
        trackers: [tracker],
        readTallies: async () => [aLedgerTally([event])],
        outboxes: { telegram: outbox },
        log,
      });
    },
  };
}

describe('runDueDigests', () => {
  it('sends at 18:00 Kabul time (13:30 UTC) and not before or again', async () => {
    const store = new Keyv();
    await scheduled(store, group, '0 18 * * *', null, '2020-04-07T13:30:00.000Z');
    const bot = aBot(store);

    expect(await bot.runAt('2020-04-08T13:29:00Z')).toEqual([]);
    const sent = await bot.runAt('2020-04-08T13:30:00Z');
    expect(await bot.runAt('2020-04-08T13:31:00Z')).toEqual([]);

    expect(sent).toEqual([
      { chat: group, trackerId: tracker.id, period: '2020-04-08T13:30:00.000Z', result: { status: 'sent' } },
    ]);
    expect(bot.publisher.sent).toHaveLength(1);
    const shown = postText(bot.publisher.sent[0]?.post as Post);
    expect(shown).toContain('digest 2020-04-08 18:00 (Asia/Kabul)');
    expect(shown).toContain('Since the last digest: +100');
  });

  it('sends at 09:00 New York time on both sides of the spring clock change', async () => {
    const store = new Keyv();
    await scheduled(store, group, '0 9 * * *', 'America/New_York', '2026-03-06T14:00:00.000Z');
    const bot = aBot(store);

    expect(await bot.runAt('2026-03-07T13:59:00Z')).toEqual([]);
    expect((await bot.runAt('2026-03-07T14:00:00Z')).map((s) => s.period)).toEqual(['2026-03-07T14:00:00.000Z']);
    expect(await bot.runAt('2026-03-08T12:59:00Z')).toEqual([]);
    expect((await bot.runAt('2026-03-08T13:00:00Z')).map((s) => s.period)).toEqual(['2026-03-08T13:00:00.000Z']);
    expect(await bot.runAt('2026-03-08T14:00:00Z')).toEqual([]);
  });

  it('does not send a period twice across a restart', async () => {
    const store = new Keyv();
    await scheduled(store, group, '0 18 * * *', null, '2020-04-07T13:30:00.000Z');
    const before = aBot(store);
    await before.runAt('2020-04-08T13:30:00Z');

    const after = aBot(store);
    expect(await after.runAt('2020-04-08T13:35:00Z')).toEqual([]);
    expect(after.publisher.sent).toEqual([]);
  });

  it('catches up a digest missed while the bot was down once, for the latest period only', async () => {
    const store = new Keyv();
    await scheduled(store, group, '0 18 * * *', null, '2020-04-05T13:30:00.000Z');
    const bot = aBot(store);

    const sent = await bot.runAt('2020-04-08T20:00:00Z');
    expect(await bot.runAt('2020-04-08T20:01:00Z')).toEqual([]);

    expect(sent.map((s) => s.period)).toEqual(['2020-04-08T13:30:00.000Z']);
    // The caught-up digest covers everything since the last one sent.
    expect(postText(bot.publisher.sent[0]?.post as Post)).toContain('2020-04-08 100 freed');
  });

  it('without any digest sent yet, covers only the latest scheduled period', async () => {
    const store = new Keyv();
    await scheduled(store, group, '0 18 * * *', null);
    const bot = aBot(store);

    expect((await bot.runAt('2020-04-09T13:30:00Z')).map((s) => s.period)).toEqual(['2020-04-09T13:30:00.000Z']);
    // The only release was reported on 2020-04-08 09:00 UTC, before this period began (2020-04-08 18:00 Kabul).
    expect(postText(bot.publisher.sent[0]?.post as Post)).toContain('No release reported in this period.');
  });

  it('sends each subscription in its own timezone', async () => {
    const store = new Keyv();
    const london: ChatRef = { platform: 'telegram', chatId: 'london' };
    await scheduled(store, group, '0 18 * * *', null, '2020-04-07T13:30:00.000Z');
    await scheduled(store, london, '0 18 * * *', 'Europe/London', '2020-04-07T17:00:00.000Z');
    const bot = aBot(store);

    expect((await bot.runAt('2020-04-08T13:30:00Z')).map((s) => s.chat.chatId)).toEqual(['-100']);
    expect((await bot.runAt('2020-04-08T17:00:00Z')).map((s) => s.chat.chatId)).toEqual(['london']);
  });

  it('retries a failed send at the next run and gives the period up after a few failures', async () => {
    const store = new Keyv();
    await scheduled(store, group, '0 18 * * *', null, '2020-04-07T13:30:00.000Z');
    const bot = aBot(store, () => ({ status: 'failed', reason: 'HTTP 500' }));

    for (let minute = 30; minute < 30 + DIGEST_MAX_ATTEMPTS; minute++) {
      expect(await bot.runAt(`2020-04-08T13:${minute}:00Z`)).toHaveLength(1);
    }
    expect(await bot.runAt('2020-04-08T13:50:00Z')).toEqual([]);
  });

  it('marks the period under the new id when the chat moved while sending', async () => {
    const store = new Keyv();
    await scheduled(store, group, '0 18 * * *', null, '2020-04-07T13:30:00.000Z');
    const bot = aBot(store, (to) =>
      to.chatId === '-100' ? { status: 'moved', to: { platform: 'telegram', chatId: '-1009' } } : { status: 'sent' },
    );

    await bot.runAt('2020-04-08T13:30:00Z');
    expect(await bot.runAt('2020-04-08T13:31:00Z')).toEqual([]);

    const [moved] = await listChatSubscriptions(store, { platform: 'telegram', chatId: '-1009' });
    expect(moved?.digest?.lastPeriod).toBe('2020-04-08T13:30:00.000Z');
    expect(bot.publisher.sent.map((s) => s.chat.chatId)).toEqual(['-1009']);
  });

  it('skips chats without a schedule, disabled chats and platforms that are off', async () => {
    const store = new Keyv();
    await subscribe(store, { platform: 'telegram', chatId: 'no-schedule' }, tracker.id, {
      alerts: true,
      now: new Date(),
    });
    await scheduled(store, { platform: 'discord', chatId: '555' }, '0 18 * * *', null);
    await scheduled(store, { platform: 'telegram', chatId: 'kicked' }, '0 18 * * *', null);
    await disableChat(store, { platform: 'telegram', chatId: 'kicked' }, 'bot was kicked', new Date());
    const bot = aBot(store);
    expect(await bot.runAt('2020-04-08T13:30:00Z')).toEqual([]);
  });
});
