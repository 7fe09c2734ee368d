import type { ChatRef, SendResult } from '../chat.js';
import { composeDigest } from '../compose/compose-digest.js';
import type { LedgerTally } from '../compose/compose-tally.js';
import type { Outboxes } from '../delivery/publish-alerts.js';
import type { KeyValueStore } from '../store.js';
import type { Subscription } from '../subscriptions/subscription.js';
import { listAllSubscribers, updateSubscription } from '../subscriptions/subscription-store.js';
import type { Clock, Logger, Tracker } from '../types.js';
import { parseCron, previousRun } from './cron-schedule.js';
import { formatWallTime } from './zoned-time.js';

/** What the digest run needs: subscriptions in the store, the clock, the trackers, their tallies and the outboxes. */
export interface DigestDeps {
  store: KeyValueStore;
  clock: Clock;
  trackers: Tracker[];
  readTallies(trackerId: string): Promise<LedgerTally[]>;
  outboxes: Outboxes;
  log: Logger;
}

/** One digest this run sent (or tried to): to whom, for which tracker and scheduled time, and what happened. */
export interface DigestSent {
  chat: ChatRef;
  trackerId: string;
  /** ISO instant of the scheduled time the digest is for. */
  period: string;
  result: SendResult;
}

/** A period whose send failed this many times is given up, so a broken chat is not retried every minute forever. */
export const DIGEST_MAX_ATTEMPTS = 3;

interface Due {
  chat: ChatRef;
  subscription: Subscription;
  tracker: Tracker;
  period: Date;
  /** Where the period starts: the last digest sent, else the scheduled time before `period`. */
  since: Date | null;
  zone: string;
}

function dueDigest(
  subscription: Subscription,
  tracker: Tracker,
  now: Date,
): { period: Date; since: Date | null; zone: string } | null {
  if (subscription.cron === null || subscription.disabled !== null) return null;
  const parsed = parseCron(subscription.cron);
  if (!parsed.ok) return null;
  const zone = subscription.timezone ?? tracker.timezone;
  const period = previousRun(parsed.schedule, now, zone);
  if (period === null) return null;
  const mark = subscription.digest;
  if (mark && Date.parse(mark.lastPeriod) >= period.getTime()) return null;
  const since = mark ? new Date(mark.lastPeriod) : previousRun(parsed.schedule, new Date(period.getTime() - 1), zone);
  return { period, since, zone };
}

/**
 * Sends every digest whose most recent scheduled time (≤ now, in its timezone) has not been sent,
 * then marks that period in the subscription, so a restart never repeats one and a digest missed
 * while the bot was down is sent once (only the latest missed period). Returns what it sent.
 */
export async function runDueDigests(deps: DigestDeps): Promise<DigestSent[]> {
  const now = deps.clock();
  const due: Due[] = [];
  for (const { chat, subscription } of await listAllSubscribers(deps.store)) {
    const tracker = deps.trackers.find((t) => t.id === subscription.trackerId);
    if (!tracker || !deps.outboxes[chat.platform]) continue;
    const found = dueDigest(subscription, tracker, now);
    if (found) due.push({ chat, subscription, tracker, ...found });
  }
  if (due.length === 0) return [];

  const tallies = new Map<string, Promise<LedgerTally[]>>();
  const talliesOf = (trackerId: string) => {
    let entries = tallies.get(trackerId);
    if (!entries) {
      entries = deps.readTallies(trackerId);
      tallies.set(trackerId, entries);
    }
    return entries;
  };

  const sends = due.map(async (item): Promise<DigestSent | null> => {
    const outbox = deps.outboxes[item.chat.platform];
    if (!outbox) return null;
    try {
      const entries = await talliesOf(item.tracker.id);
      const mark = item.subscription.digest;
      const post = composeDigest({
        tracker: item.tracker,
        entries,
        since: item.since,
        until: item.period,
        previousTotals: mark?.totals ?? null,
        periodLabel: `${formatWallTime(item.period, item.zone)} (${item.zone})`,
      });
      const result = await outbox.enqueue(item.chat, post);
      await markPeriod(deps, item, entries, result);
      return { chat: item.chat, trackerId: item.tracker.id, period: item.period.toISOString(), result };
    } catch (error) {
      deps.log.error('Digest failed', {
        chat: `${item.chat.platform}:${item.chat.chatId}`,
        trackerId: item.tracker.id,
        error: String(error),
      });
      return null;
    }
  });
  return (await Promise.all(sends)).filter((sent): sent is DigestSent => sent !== null);
}

async function markPeriod(deps: DigestDeps, item: Due, entries: LedgerTally[], result: SendResult): Promise<void> {
  const period = item.period.toISOString();
  // After a move the subscription lives under the new chat id.
  const chat = deps.outboxes[item.chat.platform]?.whereIs(item.chat) ?? item.chat;
  const failure = item.subscription.digestFailure;
  const attempts = failure?.period === period ? failure.attempts + 1 : 1;
  if (result.status === 'failed' && attempts < DIGEST_MAX_ATTEMPTS) {
    deps.log.warn('Digest send failed; retrying at the next tick', { trackerId: item.tracker.id, period, attempts });
    await updateSubscription(deps.store, chat, item.tracker.id, (s) => ({
      ...s,
      digestFailure: { period, attempts },
    }));
    return;
  }
  if (result.status === 'failed') {
    deps.log.error('Digest given up after repeated failures', { trackerId: item.tracker.id, period, attempts });
  }
  const totals = Object.fromEntries(entries.map(({ ledger, tally }) => [ledger.id, tally.total]));
  await updateSubscription(deps.store, chat, item.tracker.id, ({ digestFailure: _cleared, ...s }) => ({
    ...s,
    digest: { lastPeriod: period, totals },
  }));
}
