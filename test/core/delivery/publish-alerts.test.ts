import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import type { ChatRef } from '../../../src/core/chat.js';
import { createAlertJournal } from '../../../src/core/delivery/alert-journal.js';
import { createOutbox } from '../../../src/core/delivery/outbox.js';
import { publishAlerts } from '../../../src/core/delivery/publish-alerts.js';
import type { Post } from '../../../src/core/post.js';
import { disableChat, subscribe } from '../../../src/core/subscriptions/subscription-store.js';
import { aRecordingLog, aRecordingPublisher } from '../compose/builders.js';

const now = new Date('2020-04-09T10:00:00Z');
const alert: Post = { kind: 'alert', title: '+100', blocks: [] };
const ignore = async () => {};

describe('publishAlerts', () => {
  it('sends the posts to every enabled chat following the tracker with alerts on, in its thread', async () => {
    const store = new Keyv();
    const topic: ChatRef = { platform: 'telegram', chatId: '-100', threadId: '7' };
    await subscribe(store, topic, 'northland-2020', { alerts: true, now });
    await subscribe(store, { platform: 'telegram', chatId: 'quiet' }, 'northland-2020', { alerts: false, now });
    await subscribe(store, { platform: 'telegram', chatId: 'other' }, 'southland-2021', { alerts: true, now });
    await subscribe(store, { platform: 'telegram', chatId: 'gone' }, 'northland-2020', { alerts: true, now });
    await disableChat(store, { platform: 'telegram', chatId: 'gone' }, 'kicked', now);
    await subscribe(store, { platform: 'discord', chatId: '555' }, 'northland-2020', { alerts: true, now });
    const telegram = aRecordingPublisher('telegram');
    const outbox = createOutbox({
      publisher: telegram,
      concurrency: 4,
      onGone: ignore,
      onMoved: ignore,
      log: aRecordingLog(),
    });

    const outboxes = { telegram: outbox };
    const journal = createAlertJournal({ store, outboxes, log: aRecordingLog() });
    const outcome = await publishAlerts({ store, outboxes, journal, log: aRecordingLog() }, 'northland-2020', [
      alert,
      { ...alert, title: 'second' },
    ]);
    await outbox.drain();

    expect(outcome).toEqual({ chats: 1, posts: 2, skippedChats: 1 });
    expect(telegram.sent.map((s) => [s.chat, s.post.title])).toEqual([
      [topic, '+100'],
      [topic, 'second'],
    ]);
  });

  it('does nothing without posts', async () => {
    const store = new Keyv();
    await subscribe(store, { platform: 'telegram', chatId: '1' }, 'northland-2020', { alerts: true, now });
    const journal = createAlertJournal({ store, outboxes: {}, log: aRecordingLog() });
    const outcome = await publishAlerts({ store, outboxes: {}, journal, log: aRecordingLog() }, 'northland-2020', []);
    expect(outcome).toEqual({ chats: 0, posts: 0, skippedChats: 0 });
  });
});
