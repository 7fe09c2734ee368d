import type { FeedHealth } from '../feeds/feed-health.js';
import type { FeedCache } from '../feeds/feed-item.js';
import type { KeyValueStore } from '../store.js';

/** What is remembered per feed URL across polls (`feed:<url>`): validators and health. */
export interface FeedState {
  cache: FeedCache;
  health: FeedHealth;
}

/** Longest wait between retries of a failing feed: 6 hours. */
export const MAX_BACKOFF_MS = 6 * 60 * 60 * 1000;
/** A feed failing this many polls in a row is disabled until the bot restarts. */
export const DISABLE_AFTER_FAILURES = 30;

const feedKey = (url: string) => `feed:${url}`;

function freshState(url: string): FeedState {
  return {
    cache: {},
    health: {
      url,
      lastSuccessAt: null,
      lastFailureAt: null,
      lastError: null,
      consecutiveFailures: 0,
      nextAttemptAt: null,
      disabled: false,
    },
  };
}

/** Reads a feed's state; a feed never polled gets a fresh one. */
export async function readFeedState(store: KeyValueStore, url: string): Promise<FeedState> {
  const stored = (await store.get(feedKey(url))) as FeedState | undefined;
  return stored ?? freshState(url);
}

/** Saves a feed's state. */
export async function writeFeedState(store: KeyValueStore, state: FeedState): Promise<void> {
  await store.set(feedKey(state.health.url), state);
}

/** Feed health for `/status`, in the order asked. */
export async function readFeedHealth(store: KeyValueStore, urls: string[]): Promise<FeedHealth[]> {
  return Promise.all(urls.map(async (url) => (await readFeedState(store, url)).health));
}

/** True when the feed may be polled now (not disabled, backoff over). */
export function isFeedDue(state: FeedState, now: Date): boolean {
  if (state.health.disabled) return false;
  return state.health.nextAttemptAt === null || Date.parse(state.health.nextAttemptAt) <= now.getTime();
}

/** The state after a successful fetch (200 or 304). */
export function recordSuccess(state: FeedState, now: Date, cache?: FeedCache): FeedState {
  return {
    cache: cache ?? state.cache,
    health: { ...state.health, lastSuccessAt: now.toISOString(), consecutiveFailures: 0, nextAttemptAt: null },
  };
}

/**
 * The state after a failure: exponential backoff from the poll interval (the feed's next poll is
 * its retry), capped at MAX_BACKOFF_MS, disabled after DISABLE_AFTER_FAILURES in a row.
 */
export function recordFailure(state: FeedState, now: Date, reason: string, pollIntervalMs: number): FeedState {
  const failures = state.health.consecutiveFailures + 1;
  const waitMs = Math.min(pollIntervalMs * 2 ** (failures - 1), MAX_BACKOFF_MS);
  return {
    cache: state.cache,
    health: {
      ...state.health,
      lastFailureAt: now.toISOString(),
      lastError: reason,
      consecutiveFailures: failures,
      nextAttemptAt: new Date(now.getTime() + waitMs).toISOString(),
      disabled: failures >= DISABLE_AFTER_FAILURES,
    },
  };
}
