import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import type { ChatRef } from '../../../src/core/chat.js';
import {
  disableChat,
  listAllSubscribers,
  listChatSubscriptions,
  listTrackerSubscribers,
  moveChat,
  SUBSCRIPTION_INDEX_KEY,
  subscribe,
  unsubscribe,
  updateSubscription,
} from '../../../src/core/subscriptions/subscription-store.js';

const now = new Date('2020-04-09T10:00:00Z');
const group: ChatRef = { platform: 'telegram', chatId: '-100' };
const channel: ChatRef = { platform: 'discord', chatId: '555' };

describe('subscriptions', () => {
  it('stores one record per chat under sub:<platform>:<chat> and lists chats in an index', async () => {
    const store = new Keyv();
    await subscribe(store, group, 'northland-2020', { alerts: true, now });
    await subscribe(store, group, 'southland-2021', { alerts: false, now });

    const record = (await store.get('sub:telegram:-100')) as { subscriptions: unknown[] };
    expect(record.subscriptions).toHaveLength(2);
    expect(await store.get(SUBSCRIPTION_INDEX_KEY)).toEqual(['sub:telegram:-100']);
  });

  it('lists the enabled subscribers of a tracker with the thread their posts go to', async () => {
    const store = new Keyv();
    await subscribe(store, { ...group, threadId: '7' }, 'northland-2020', { alerts: true, now });
    await subscribe(store, channel, 'northland-2020', { alerts: false, now });
    await subscribe(store, channel, 'southland-2021', { alerts: true, now });

    const subscribers = await listTrackerSubscribers(store, 'northland-2020');

    expect(subscribers.map((s) => s.chat)).toEqual([{ ...group, threadId: '7' }, channel]);
    expect(subscribers.map((s) => s.subscription.alerts)).toEqual([true, false]);
  });

  it('updates an existing subscription instead of adding a second one', async () => {
    const store = new Keyv();
    expect((await subscribe(store, group, 'northland-2020', { alerts: true, now })).status).toBe('created');
    expect((await subscribe(store, group, 'northland-2020', { alerts: false, now })).status).toBe('updated');

    const subscriptions = await listChatSubscriptions(store, group);
    expect(subscriptions).toHaveLength(1);
    expect(subscriptions[0]?.alerts).toBe(false);
  });

  it('unsubscribes, dropping the chat from the index when nothing is left', async () => {
    const store = new Keyv();
    await subscribe(store, group, 'northland-2020', { alerts: true, now });

    expect(await unsubscribe(store, group, 'southland-2021')).toBe(false);
    expect(await unsubscribe(store, group, 'northland-2020')).toBe(true);

    expect(await listChatSubscriptions(store, group)).toEqual([]);
    expect(await store.get(SUBSCRIPTION_INDEX_KEY)).toEqual([]);
  });

  it('disables a gone chat, keeping its subscriptions, until an admin subscribes again', async () => {
    const store = new Keyv();
    await subscribe(store, group, 'northland-2020', { alerts: true, now });

    expect(await disableChat(store, group, 'bot was kicked', now)).toBe(1);
    expect(await listTrackerSubscribers(store, 'northland-2020')).toEqual([]);
    expect((await listChatSubscriptions(store, group))[0]?.disabled).toEqual({
      reason: 'bot was kicked',
      at: now.toISOString(),
    });

    await subscribe(store, group, 'northland-2020', { alerts: true, now });
    expect(await listTrackerSubscribers(store, 'northland-2020')).toHaveLength(1);
  });

  it('moves a chat to its new id keeping alerts, schedule and digest marks', async () => {
    const store = new Keyv();
    const supergroup: ChatRef = { platform: 'telegram', chatId: '-1009' };
    await subscribe(store, group, 'northland-2020', { alerts: false, now });
    await updateSubscription(store, group, 'northland-2020', (s) => ({ ...s, cron: '0 18 * * *', timezone: 'UTC' }));

    expect(await moveChat(store, group, supergroup)).toBe(1);

    expect(await listChatSubscriptions(store, group)).toEqual([]);
    const [moved] = await listChatSubscriptions(store, supergroup);
    expect(moved).toMatchObject({ trackerId: 'northland-2020', alerts: false, cron: '0 18 * * *', timezone: 'UTC' });
    expect(await store.get(SUBSCRIPTION_INDEX_KEY)).toEqual(['sub:telegram:-1009']);
  });

  it('keeps every subscription when many chats subscribe at once', async () => {
    const store = new Keyv();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        subscribe(store, { platform: 'telegram', chatId: String(i) }, 'northland-2020', { alerts: true, now }),
      ),
    );
    expect(await listAllSubscribers(store)).toHaveLength(20);
  });
});
