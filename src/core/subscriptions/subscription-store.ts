import type { ChatRef } from '../chat.js';
import type { KeyValueStore } from '../store.js';
import type { ChatSubscriptions, Subscriber, Subscription } from './subscription.js';

/** The key listing every chat that has a subscription record; keyv cannot list its keys reliably. */
export const SUBSCRIPTION_INDEX_KEY = 'sub:index';

type ChatId = Pick<ChatRef, 'platform' | 'chatId'>;

/** The store key of one chat's subscriptions: `sub:<platform>:<chatId>` (threads share their chat's key). */
export function subscriptionKey(chat: ChatId): string {
  return `sub:${chat.platform}:${chat.chatId}`;
}

// keyv has no transactions, so read-modify-write of a chat record or the index is serialized per
// store within the process; every module that touches subscriptions goes through these functions.
const writeQueues = new WeakMap<KeyValueStore, Promise<unknown>>();

function serialized<T>(store: KeyValueStore, work: () => Promise<T>): Promise<T> {
  const previous = writeQueues.get(store) ?? Promise.resolve();
  const next = previous.then(work, work);
  writeQueues.set(
    store,
    next.catch(() => undefined),
  );
  return next;
}

async function readIndex(store: KeyValueStore): Promise<string[]> {
  const value = await store.get(SUBSCRIPTION_INDEX_KEY);
  return Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : [];
}

interface StoredRecord {
  record: ChatSubscriptions;
  /** Whether the chat already had a record, so only new and emptied chats touch the index. */
  stored: boolean;
}

async function readRecord(store: KeyValueStore, chat: ChatId): Promise<StoredRecord> {
  const value = (await store.get(subscriptionKey(chat))) as ChatSubscriptions | undefined;
  // A copy, so an in-memory store's object is never changed before the write that is meant to change it.
  return value
    ? { record: { ...value, subscriptions: [...value.subscriptions] }, stored: true }
    : { record: { platform: chat.platform, chatId: chat.chatId, subscriptions: [] }, stored: false };
}

async function writeRecord(store: KeyValueStore, record: ChatSubscriptions, stored: boolean): Promise<void> {
  const key = subscriptionKey(record);
  if (record.subscriptions.length === 0) {
    await store.delete(key);
    const index = await readIndex(store);
    if (index.includes(key))
      await store.set(
        SUBSCRIPTION_INDEX_KEY,
        index.filter((k) => k !== key),
      );
    return;
  }
  if (!stored) {
    // Index first: an index entry without a record is skipped, a record missing from the index would be lost.
    const index = await readIndex(store);
    if (!index.includes(key)) await store.set(SUBSCRIPTION_INDEX_KEY, [...index, key]);
  }
  await store.set(key, record);
}

function destination(record: ChatSubscriptions, subscription: Subscription): ChatRef {
  return subscription.threadId === null
    ? { platform: record.platform, chatId: record.chatId }
    : { platform: record.platform, chatId: record.chatId, threadId: subscription.threadId };
}

/** What `subscribe` did: a new subscription, or an existing one updated (re-enabled if it was disabled). */
export type SubscribeOutcome = { status: 'created' | 'updated'; subscription: Subscription };

/** This chat follows the tracker; subscribing again updates alerts and thread and clears a "gone" mark. */
export function subscribe(
  store: KeyValueStore,
  chat: ChatRef,
  trackerId: string,
  options: { alerts: boolean; now: Date },
): Promise<SubscribeOutcome> {
  return serialized(store, async () => {
    const { record, stored } = await readRecord(store, chat);
    const existing = record.subscriptions.find((s) => s.trackerId === trackerId);
    const subscription: Subscription = existing
      ? { ...existing, alerts: options.alerts, threadId: chat.threadId ?? null, disabled: null }
      : {
          trackerId,
          alerts: options.alerts,
          cron: null,
          timezone: null,
          threadId: chat.threadId ?? null,
          disabled: null,
          digest: null,
          createdAt: options.now.toISOString(),
        };
    record.subscriptions = [...record.subscriptions.filter((s) => s.trackerId !== trackerId), subscription];
    await writeRecord(store, record, stored);
    return { status: existing ? 'updated' : 'created', subscription };
  });
}

/** Stops this chat following the tracker; false when it did not follow it. */
export function unsubscribe(store: KeyValueStore, chat: ChatId, trackerId: string): Promise<boolean> {
  return serialized(store, async () => {
    const { record, stored } = await readRecord(store, chat);
    const remaining = record.subscriptions.filter((s) => s.trackerId !== trackerId);
    if (remaining.length === record.subscriptions.length) return false;
    await writeRecord(store, { ...record, subscriptions: remaining }, stored);
    return true;
  });
}

/** The chat's subscriptions, disabled ones included (callers decide whether those count). */
export async function listChatSubscriptions(store: KeyValueStore, chat: ChatId): Promise<Subscription[]> {
  return (await readRecord(store, chat)).record.subscriptions;
}

/** Every stored subscription with its destination, optionally only one platform's. */
export async function listAllSubscribers(store: KeyValueStore, platform?: ChatRef['platform']): Promise<Subscriber[]> {
  const subscribers: Subscriber[] = [];
  for (const key of await readIndex(store)) {
    const record = (await store.get(key)) as ChatSubscriptions | undefined;
    if (!record || (platform && record.platform !== platform)) continue;
    for (const subscription of record.subscriptions) {
      subscribers.push({ chat: destination(record, subscription), subscription });
    }
  }
  return subscribers;
}

/** The enabled subscribers of one tracker, with the thread their posts go to. */
export async function listTrackerSubscribers(store: KeyValueStore, trackerId: string): Promise<Subscriber[]> {
  return (await listAllSubscribers(store)).filter(
    (s) => s.subscription.trackerId === trackerId && s.subscription.disabled === null,
  );
}

/** Changes one subscription in place (schedule, digest mark); false when the chat does not follow the tracker. */
export function updateSubscription(
  store: KeyValueStore,
  chat: ChatId,
  trackerId: string,
  change: (subscription: Subscription) => Subscription,
): Promise<boolean> {
  return serialized(store, async () => {
    const { record, stored } = await readRecord(store, chat);
    let found = false;
    record.subscriptions = record.subscriptions.map((s) => {
      if (s.trackerId !== trackerId) return s;
      found = true;
      return change(s);
    });
    if (found) await writeRecord(store, record, stored);
    return found;
  });
}

/**
 * Marks a chat gone (bot removed, chat deleted): its subscriptions stay stored but get nothing until
 * an admin subscribes again. With a threadId only that thread's subscriptions are disabled.
 * Returns how many subscriptions were disabled.
 */
export function disableChat(store: KeyValueStore, chat: ChatRef, reason: string, now: Date): Promise<number> {
  return serialized(store, async () => {
    const { record, stored } = await readRecord(store, chat);
    let disabled = 0;
    record.subscriptions = record.subscriptions.map((s) => {
      if (s.disabled !== null || (chat.threadId !== undefined && s.threadId !== chat.threadId)) return s;
      disabled++;
      return { ...s, disabled: { reason, at: now.toISOString() } };
    });
    if (disabled > 0) await writeRecord(store, record, stored);
    return disabled;
  });
}

/**
 * Moves every subscription of a chat to its new id (Telegram group → supergroup migration),
 * keeping alerts, schedules and digest marks; subscriptions the new chat already has win.
 * Returns how many subscriptions moved.
 */
export function moveChat(store: KeyValueStore, from: ChatId, to: ChatId): Promise<number> {
  return serialized(store, async () => {
    if (from.platform === to.platform && from.chatId === to.chatId) return 0;
    const source = await readRecord(store, from);
    if (source.record.subscriptions.length === 0) return 0;
    const target = await readRecord(store, to);
    const kept = target.record.subscriptions.map((s) => s.trackerId);
    const moved = source.record.subscriptions.filter((s) => !kept.includes(s.trackerId));
    await writeRecord(
      store,
      { ...target.record, subscriptions: [...target.record.subscriptions, ...moved] },
      target.stored,
    );
    await writeRecord(store, { ...source.record, subscriptions: [] }, source.stored);
    return moved.length;
  });
}
