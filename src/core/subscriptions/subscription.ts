import type { ChatRef } from '../chat.js';

/** What the digest of one subscription last covered: the period it closed and the totals it showed. */
export interface DigestMark {
  /** ISO instant of the scheduled time the last digest was sent for. */
  lastPeriod: string;
  /** Each ledger's total when that digest was sent, so the next one shows the change. */
  totals: Record<string, number>;
}

/** One chat following one tracker: whether it wants alerts, its digest schedule, where posts go. */
export interface Subscription {
  trackerId: string;
  alerts: boolean;
  /** Cron expression of the digest (5 or 6 fields); null: no digest. */
  cron: string | null;
  /** IANA zone the cron is read in; null: the tracker's timezone. */
  timezone: string | null;
  /** Telegram forum topic / Discord thread the subscription was made in. */
  threadId: string | null;
  /** Set when the platform said the chat is gone; nothing is sent until an admin subscribes again. */
  disabled: { reason: string; at: string } | null;
  digest: DigestMark | null;
  /** Failed sends of a digest period not yet marked sent; the period is given up after a few. */
  digestFailure?: { period: string; attempts: number };
  createdAt: string;
}

/** Everything stored for one chat under `sub:<platform>:<chatId>`. */
export interface ChatSubscriptions {
  platform: ChatRef['platform'];
  chatId: string;
  subscriptions: Subscription[];
}

/** A subscription with the chat it belongs to, its posts' destination included. */
export interface Subscriber {
  chat: ChatRef;
  subscription: Subscription;
}
