import type { ChatRef } from '../chat.js';
import type { Post } from '../post.js';
import type { KeyValueStore } from '../store.js';
import { listTrackerSubscribers } from '../subscriptions/subscription-store.js';
import type { Logger } from '../types.js';
import type { AlertJournal, Delivery } from './alert-journal.js';
import type { Outbox } from './outbox.js';

/** The outboxes of the platforms that are on; subscriptions of other platforms wait until theirs is on again. */
export type Outboxes = Partial<Record<ChatRef['platform'], Outbox>>;

/** What publishing alerts needs: where subscriptions live, the outboxes, the journal that keeps alerts across a crash, and a log. */
export interface PublishAlertsDeps {
  store: KeyValueStore;
  outboxes: Outboxes;
  journal: AlertJournal;
  log: Logger;
}

/** How many chats and posts were queued, and how many chats were skipped because their platform is off. */
export interface PublishAlertsOutcome {
  chats: number;
  posts: number;
  skippedChats: number;
}

/**
 * Writes down and queues the posts for every enabled chat that follows the tracker with alerts
 * on; returns once they are written (delivery goes on in the outboxes, whose `drain()` waits for it).
 */
export async function publishAlerts(
  deps: PublishAlertsDeps,
  trackerId: string,
  posts: Post[],
): Promise<PublishAlertsOutcome> {
  const outcome: PublishAlertsOutcome = { chats: 0, posts: 0, skippedChats: 0 };
  if (posts.length === 0) return outcome;
  const subscribers = (await listTrackerSubscribers(deps.store, trackerId)).filter((s) => s.subscription.alerts);
  const byPlatform = new Map<ChatRef['platform'], Delivery[]>();
  for (const { chat } of subscribers) {
    if (!deps.outboxes[chat.platform]) {
      outcome.skippedChats++;
      continue;
    }
    outcome.chats++;
    const deliveries = byPlatform.get(chat.platform) ?? [];
    for (const post of posts) deliveries.push({ chat, post });
    byPlatform.set(chat.platform, deliveries);
    outcome.posts += posts.length;
  }
  // Outcomes are logged by the outbox; nothing here waits on a slow chat.
  for (const [platform, deliveries] of byPlatform) await deps.journal.record(platform, deliveries);
  if (outcome.skippedChats > 0) {
    deps.log.debug('Alerts skipped for chats on platforms that are off', { trackerId, chats: outcome.skippedChats });
  }
  return outcome;
}
