import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import type { ChatRef, SendResult } from '../../../src/core/chat.js';
import { createAlertJournal, type Delivery } from '../../../src/core/delivery/alert-journal.js';
import { createOutbox, type Outbox } from '../../../src/core/delivery/outbox.js';
import type { Post } from '../../../src/core/post.js';
import { aRecordingLog, aRecordingPublisher, type RecordingPublisher } from '../compose/builders.js';

const ignore = async () => {};
const post = (title: string): Post => ({ kind: 'alert', title, blocks: [] });
const chat = (chatId: string): ChatRef => ({ platform: 'telegram', chatId });

function anOutbox(publisher: RecordingPublisher): Outbox {
  return createOutbox({ publisher, concurrency: 2, onGone: ignore, onMoved: ignore, log: aRecordingLog() });
}

/** A publisher that never answers for the chats named: the process "dies" while those sends are in flight. */
function aPublisherHangingOn(...hanging: string[]): RecordingPublisher {
  return aRecordingPublisher('telegram', (target) =>
    hanging.includes(target.chatId) ? new Promise<SendResult>(() => {}) : { status: 'sent' },
  );
}

const titles = (publisher: RecordingPublisher) => publisher.sent.map((s) => `${s.chat.chatId}:${s.post.title}`).sort();

describe('the alert journal', () => {
  it('writes the alerts down before they are sent and clears them once every one is handled', async () => {
    const store = new Keyv();
    const publisher = aRecordingPublisher('telegram');
    const outbox = anOutbox(publisher);
    const journal = createAlertJournal({
      store,
      outboxes: { telegram: outbox },
      log: aRecordingLog(),
      flushDelayMs: 5,
    });
    const deliveries: Delivery[] = [
      { chat: chat('a'), post: post('+100') },
      { chat: chat('b'), post: post('+100') },
    ];

    await journal.record('telegram', deliveries);
    const written = (await store.get('outbox:telegram')) as string[];
    expect(written).toHaveLength(1);

    await outbox.drain();
    await journal.flush();
    expect(titles(publisher)).toEqual(['a:+100', 'b:+100']);
    expect(await store.get('outbox:telegram')).toEqual([]);
    expect(await store.get(`outbox:telegram:${written[0]}`)).toBeUndefined();
  });

  it('sends on the next start what a run that died left unsent, and not what it had sent', async () => {
    const store = new Keyv();
    const first = aPublisherHangingOn('slow');
    const firstJournal = createAlertJournal({
      store,
      outboxes: { telegram: anOutbox(first) },
      log: aRecordingLog(),
      flushDelayMs: 5,
    });
    await firstJournal.record('telegram', [
      { chat: chat('quick'), post: post('+5') },
      { chat: chat('slow'), post: post('+5') },
      { chat: chat('slow'), post: post('+7') },
    ]);
    // The quick chat's send is written off; then the process is gone with the slow chat's posts pending.
    await new Promise((resolve) => setTimeout(resolve, 30));
    await firstJournal.flush();
    expect(titles(first)).toEqual(['quick:+5']);

    const second = aRecordingPublisher('telegram');
    const secondOutbox = anOutbox(second);
    const log = aRecordingLog();
    const secondJournal = createAlertJournal({ store, outboxes: { telegram: secondOutbox }, log, flushDelayMs: 5 });
    expect(await secondJournal.recover()).toBe(2);
    await secondOutbox.drain();
    await secondJournal.flush();

    expect(titles(second)).toEqual(['slow:+5', 'slow:+7']);
    expect(await store.get('outbox:telegram')).toEqual([]);
    expect(log.records.some((r) => r.message.includes('left over'))).toBe(true);

    const third = createAlertJournal({
      store,
      outboxes: { telegram: anOutbox(aRecordingPublisher()) },
      log,
      flushDelayMs: 5,
    });
    expect(await third.recover()).toBe(0);
  });

  it('keeps the alerts of a platform that is off until a start where it is on', async () => {
    const store = new Keyv();
    const telegram = aPublisherHangingOn('x');
    await createAlertJournal({ store, outboxes: { telegram: anOutbox(telegram) }, log: aRecordingLog() }).record(
      'telegram',
      [{ chat: chat('x'), post: post('+1') }],
    );

    const discordOnly = createAlertJournal({
      store,
      outboxes: { discord: anOutbox(aRecordingPublisher('discord')) },
      log: aRecordingLog(),
    });
    expect(await discordOnly.recover()).toBe(0);
    expect(await store.get('outbox:telegram')).toHaveLength(1);

    const back = aRecordingPublisher('telegram');
    const outbox = anOutbox(back);
    const journal = createAlertJournal({ store, outboxes: { telegram: outbox }, log: aRecordingLog() });
    expect(await journal.recover()).toBe(1);
    await outbox.drain();
    await journal.flush();
    expect(titles(back)).toEqual(['x:+1']);
  });

  it('keeps every batch when several are written at once', async () => {
    const store = new Keyv();
    const journal = createAlertJournal({
      store,
      outboxes: { telegram: anOutbox(aPublisherHangingOn('a', 'b', 'c')) },
      log: aRecordingLog(),
    });
    await Promise.all(['a', 'b', 'c'].map((id) => journal.record('telegram', [{ chat: chat(id), post: post(id) }])));
    expect(await store.get('outbox:telegram')).toHaveLength(3);
  });
});
