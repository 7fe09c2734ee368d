import { createHash } from 'node:crypto';
import type { FeedItem } from '../feeds/feed-item.js';
import type { KeyValueStore } from '../store.js';

/**
 * What a tracker has read of one feed (`seen:<tracker>:<feed url>`): a content hash per item id,
 * so an item whose text changes is read again. Only the feed's current items are kept, which
 * bounds the record by the feed's length.
 */
export interface SeenItems {
  /** False until the feed's first poll is done: that poll's items are tallied quietly (no alerts). */
  firstPollDone: boolean;
  items: Record<string, string>;
}

const seenKey = (trackerId: string, feedUrl: string) => `seen:${trackerId}:${feedUrl}`;

/** Reads what a tracker has seen of a feed. */
export async function readSeen(store: KeyValueStore, trackerId: string, feedUrl: string): Promise<SeenItems> {
  return (
    ((await store.get(seenKey(trackerId, feedUrl))) as SeenItems | undefined) ?? { firstPollDone: false, items: {} }
  );
}

/** Saves what a tracker has seen of a feed. */
export async function writeSeen(
  store: KeyValueStore,
  trackerId: string,
  feedUrl: string,
  seen: SeenItems,
): Promise<void> {
  await store.set(seenKey(trackerId, feedUrl), seen);
}

/** A short hash of what the item says; a change means the article was edited and must be re-read. */
export function itemContentHash(item: FeedItem): string {
  return createHash('sha256')
    .update(`${item.title}\n${item.published ?? ''}\n${item.text}`)
    .digest('base64url')
    .slice(0, 22);
}
