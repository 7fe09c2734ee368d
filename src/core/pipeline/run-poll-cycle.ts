import type { FeedItem, LoadArticleText, LoadFeed } from '../feeds/feed-item.js';
import type { KeyValueStore } from '../store.js';
import type { Tally } from '../tally/tally.js';
import type { Article, ArticleRef, Clock, Ledger, Logger, Mention, Observation, Tracker } from '../types.js';
import {
  type FeedState,
  isFeedDue,
  readFeedState,
  recordFailure,
  recordSuccess,
  writeFeedState,
} from './feed-state.js';
import {
  foldTracker,
  type ObservationRecord,
  readAlerted,
  readObservations,
  writeAlerted,
  writeObservations,
} from './observation-store.js';
import { itemContentHash, readSeen, type SeenItems, writeSeen } from './seen-items.js';

/** A ledger that moved (or got a new announcement) during a cycle: what alerts are made of. */
export interface LedgerChange {
  ledger: Ledger;
  /** The tally chats last heard about; null on a tracker's first alert. */
  before: Tally | null;
  after: Tally;
  /** Announcements first read this cycle: shown as "announced", never counted. */
  announcements: Array<{ mention: Mention; article: ArticleRef }>;
}

/** Extracts mentions from one article for a tracker's ledgers (the extractor port). */
export type ExtractMentions = (article: Article, ledgers: Ledger[], options: { timezone: string }) => Mention[];

/** Everything a poll cycle reaches the world through. */
export interface PollCycleDeps {
  trackers: Tracker[];
  store: KeyValueStore;
  loadFeed: LoadFeed;
  loadArticleText: LoadArticleText;
  extract: ExtractMentions;
  clock: Clock;
  log: Logger;
  /** The poll interval: the base of a failing feed's backoff. */
  pollIntervalMs: number;
  /** Called once per tracker whose ledgers changed; alerts are sent from here. */
  onLedgerChanges(tracker: Tracker, changes: LedgerChange[]): Promise<void>;
  /** Feeds fetched at once (default 16). */
  feedConcurrency?: number;
  /** Feed text shorter than this (characters) makes the pipeline fetch the linked page (default 600). */
  shortTextChars?: number;
}

/** What one cycle did, for logs and tests. */
export interface PollCycleReport {
  feeds: { polled: number; ok: number; notModified: number; failed: number; skipped: number };
  articles: { read: number; quiet: number; failed: number };
  changedLedgers: number;
}

/** One tracker's state during a cycle: its observations, and what to write once all feeds are read. */
interface TrackerCycle {
  tracker: Tracker;
  record: ObservationRecord;
  /** Articles read this cycle outside a first poll, with their observation before the cycle. */
  loudBefore: Map<string, Observation | undefined>;
  quietChanges: number;
  changed: boolean;
  /** Something of this tracker could not be read or saved: its feeds keep their old validators. */
  failed: boolean;
  /** Seen marks, written only after the observations they cover. */
  pendingSeen: Array<{ feedUrl: string; seen: SeenItems }>;
}

/** A feed's items from this cycle, with the name it gives itself. */
interface LoadedFeed {
  title: string | undefined;
  items: FeedItem[];
}

/**
 * One pass of the data path: fetch every due feed once → parse → skip seen → extract → store
 * the observations → fold → alert. Each feed's items are read as soon as it arrives and then
 * dropped, so memory holds one feed at a time per worker, not the whole cycle. A tracker's
 * observations are written once, before its feeds are marked seen: a crash re-reads (and
 * replaces) rather than loses or double counts.
 */
export async function runPollCycle(deps: PollCycleDeps): Promise<PollCycleReport> {
  const report: PollCycleReport = {
    feeds: { polled: 0, ok: 0, notModified: 0, failed: 0, skipped: 0 },
    articles: { read: 0, quiet: 0, failed: 0 },
    changedLedgers: 0,
  };
  const cycles = new Map<string, TrackerCycle>();
  for (const tracker of deps.trackers) {
    try {
      cycles.set(tracker.id, {
        tracker,
        record: await readObservations(deps.store, tracker.id),
        loudBefore: new Map(),
        quietChanges: 0,
        changed: false,
        failed: false,
        pendingSeen: [],
      });
    } catch (error) {
      deps.log.error('Reading tracker failed; it is skipped this cycle', { tracker: tracker.id, error: String(error) });
    }
  }
  const followers = new Map<string, TrackerCycle[]>();
  for (const cycle of cycles.values()) {
    for (const url of new Set(cycle.tracker.feeds)) followers.set(url, [...(followers.get(url) ?? []), cycle]);
  }
  // New validators (ETag / Last-Modified) are committed only after the observations and seen
  // marks of the items they cover: otherwise a crash in between would make the next poll a 304
  // and those items would never be read.
  const fetchedStates: Array<{ state: FeedState; followers: TrackerCycle[] }> = [];
  await forEachLimited([...followers.keys()], deps.feedConcurrency ?? 16, async (url) => {
    const readers = followers.get(url) ?? [];
    const seen = await readSeenOfFollowers(deps, url, readers);
    // A tracker that has not read this feed yet needs its whole current content, not a 304.
    const unconditional = readers.some((cycle) => seen.get(cycle) === undefined || !seen.get(cycle)?.firstPollDone);
    const loaded = await loadFeedOnce(deps, url, report, unconditional);
    if (!loaded) return;
    fetchedStates.push({ state: loaded.state, followers: readers });
    for (const cycle of readers) {
      const seenByCycle = seen.get(cycle);
      if (!seenByCycle) {
        cycle.failed = true;
        continue;
      }
      try {
        await readFeedItems(deps, cycle, url, loaded.feed, seenByCycle, report);
      } catch (error) {
        cycle.failed = true;
        deps.log.error('Reading feed items failed; they will be read next cycle', {
          tracker: cycle.tracker.id,
          feed: url,
          error: String(error),
        });
      }
    }
  });
  for (const cycle of cycles.values()) {
    try {
      if (cycle.changed) await writeObservations(deps.store, cycle.tracker.id, cycle.record);
      for (const { feedUrl, seen } of cycle.pendingSeen) await writeSeen(deps.store, cycle.tracker.id, feedUrl, seen);
      report.changedLedgers += await alertChanges(
        deps,
        cycle.tracker,
        cycle.record,
        cycle.loudBefore,
        cycle.quietChanges,
      );
    } catch (error) {
      cycle.failed = true;
      deps.log.error('Saving tracker failed; its new articles will be read again', {
        tracker: cycle.tracker.id,
        error: String(error),
      });
    }
  }
  for (const { state, followers: readers } of fetchedStates) {
    try {
      // A feed some tracker could not save keeps its old validators, so the next poll reads it again.
      const committed = readers.some((cycle) => cycle.failed) ? { ...state, cache: {} } : state;
      await writeFeedState(deps.store, committed);
    } catch (error) {
      deps.log.error('Saving feed state failed', { url: state.health.url, error: String(error) });
    }
  }
  return report;
}

async function readSeenOfFollowers(
  deps: PollCycleDeps,
  url: string,
  readers: TrackerCycle[],
): Promise<Map<TrackerCycle, SeenItems | undefined>> {
  const seen = new Map<TrackerCycle, SeenItems | undefined>();
  for (const cycle of readers) {
    try {
      seen.set(cycle, await readSeen(deps.store, cycle.tracker.id, url));
    } catch (error) {
      seen.set(cycle, undefined);
      deps.log.error('Reading seen items failed', { tracker: cycle.tracker.id, feed: url, error: String(error) });
    }
  }
  return seen;
}

async function loadFeedOnce(
  deps: PollCycleDeps,
  url: string,
  report: PollCycleReport,
  unconditional: boolean,
): Promise<{ feed: LoadedFeed; state: FeedState } | null> {
  try {
    const state = await readFeedState(deps.store, url);
    if (!isFeedDue(state, deps.clock())) {
      report.feeds.skipped++;
      return null;
    }
    report.feeds.polled++;
    const result = await deps.loadFeed(url, unconditional ? {} : state.cache);
    if (result.status === 'failed') {
      report.feeds.failed++;
      const next = recordFailure(state, deps.clock(), result.reason, deps.pollIntervalMs);
      deps.log.warn('Feed failed', {
        url,
        reason: result.reason,
        failures: next.health.consecutiveFailures,
        nextAttemptAt: next.health.nextAttemptAt,
        disabled: next.health.disabled,
      });
      await writeFeedState(deps.store, next);
      return null;
    }
    if (result.status === 'not-modified') {
      report.feeds.notModified++;
      await writeFeedState(deps.store, recordSuccess(state, deps.clock()));
      return null;
    }
    report.feeds.ok++;
    return {
      feed: { title: result.title, items: result.items },
      state: recordSuccess(state, deps.clock(), result.cache),
    };
  } catch (error) {
    report.feeds.failed++;
    deps.log.error('Polling feed failed', { url, error: String(error) });
    return null;
  }
}

async function readFeedItems(
  deps: PollCycleDeps,
  cycle: TrackerCycle,
  feedUrl: string,
  feed: LoadedFeed,
  seen: SeenItems,
  report: PollCycleReport,
): Promise<void> {
  const { tracker, record } = cycle;
  const quiet = !seen.firstPollDone;
  const nextItems: Record<string, string> = {};
  let changed = false;
  for (const item of feed.items) {
    const hash = itemContentHash(item);
    if (seen.items[item.id] === hash) {
      nextItems[item.id] = hash;
      continue;
    }
    try {
      const key = articleKey(feedUrl, item);
      const previous = record[key];
      const observation = await readItem(deps, tracker, feedUrl, feed.title, item);
      if (observation.mentions.length > 0) record[key] = observation;
      else delete record[key];
      if (quiet) {
        cycle.quietChanges++;
        report.articles.quiet++;
      } else if (!cycle.loudBefore.has(key)) {
        cycle.loudBefore.set(key, previous);
      }
      report.articles.read++;
      nextItems[item.id] = hash;
      changed = true;
    } catch (error) {
      report.articles.failed++;
      cycle.failed = true;
      deps.log.error('Reading article failed; it will be retried next cycle', {
        tracker: tracker.id,
        feed: feedUrl,
        item: item.id,
        error: String(error),
      });
    }
  }
  if (changed) cycle.changed = true;
  if (changed || quiet || Object.keys(nextItems).length !== Object.keys(seen.items).length) {
    cycle.pendingSeen.push({ feedUrl, seen: { firstPollDone: true, items: nextItems } });
  }
}

async function readItem(
  deps: PollCycleDeps,
  tracker: Tracker,
  feedUrl: string,
  feedTitle: string | undefined,
  item: FeedItem,
): Promise<Observation> {
  let body = item.text;
  if (tracker.readArticles && item.link && body.length < (deps.shortTextChars ?? 600)) {
    const page = await deps.loadArticleText(item.link);
    if (page && page.length > body.length) body = page;
  }
  if (body.trim() === '') body = item.title;
  const article: Article = {
    id: articleKey(feedUrl, item),
    feed: outletName(feedTitle, item.link || feedUrl),
    published: item.published ?? deps.clock().toISOString(),
    title: item.title,
    link: item.link,
    body,
  };
  const mentions = deps.extract(article, tracker.ledgers, { timezone: tracker.timezone });
  const { body: _body, ...ref } = article;
  return { article: ref, mentions };
}

async function alertChanges(
  deps: PollCycleDeps,
  tracker: Tracker,
  record: ObservationRecord,
  loudBefore: Map<string, Observation | undefined>,
  quietChanges: number,
): Promise<number> {
  const alerted = await readAlerted(deps.store, tracker.id);
  if (loudBefore.size === 0 && (quietChanges > 0 || !alerted)) {
    await writeAlerted(deps.store, tracker.id, foldTracker(tracker, record));
    return 0;
  }
  // With nothing new, the tally can still differ from what chats were told: a run that died after
  // saving its articles and before alerting. Comparing with the snapshot tells them now.
  const after = foldTracker(tracker, record);
  let baseline: Record<string, Tally>;
  if (alerted && quietChanges === 0) {
    baseline = alerted;
  } else {
    const reverted: ObservationRecord = { ...record };
    for (const [key, previous] of loudBefore) {
      if (previous) reverted[key] = previous;
      else delete reverted[key];
    }
    baseline = Object.fromEntries(foldTracker(tracker, reverted).map(({ ledger, tally }) => [ledger.id, tally]));
  }
  const changes: LedgerChange[] = [];
  for (const { ledger, tally } of after) {
    const before = baseline[ledger.id] ?? null;
    const announcements = newAnnouncements(ledger, record, loudBefore);
    if (before && !tallyMoved(before, tally) && announcements.length === 0) continue;
    changes.push({ ledger, before, after: tally, announcements });
  }
  if (changes.length > 0) await deps.onLedgerChanges(tracker, changes);
  if (changes.length > 0 || loudBefore.size > 0) await writeAlerted(deps.store, tracker.id, after);
  return changes.length;
}

function newAnnouncements(
  ledger: Ledger,
  record: ObservationRecord,
  loudBefore: Map<string, Observation | undefined>,
): Array<{ mention: Mention; article: ArticleRef }> {
  const found: Array<{ mention: Mention; article: ArticleRef }> = [];
  for (const [key, previous] of loudBefore) {
    const observation = record[key];
    if (!observation) continue;
    const known = new Set((previous?.mentions ?? []).map((m) => `${m.kind}:${m.ledger}:${m.count}:${m.eventDate}`));
    for (const mention of observation.mentions) {
      if (mention.kind !== 'announcement' || mention.ledger !== ledger.id) continue;
      if (known.has(`${mention.kind}:${mention.ledger}:${mention.count}:${mention.eventDate}`)) continue;
      found.push({ mention, article: observation.article });
    }
  }
  return found;
}

function tallyMoved(before: Tally, after: Tally): boolean {
  return (
    before.total !== after.total || before.qualifier !== after.qualifier || before.events.length !== after.events.length
  );
}

/** The key an article is stored under: its link when it has one (so two feeds carrying it share it). */
export function articleKey(feedUrl: string, item: FeedItem): string {
  return item.link ? item.link : `${feedUrl}#${item.id}`;
}

/** Longest feed title used as an outlet name; longer ones are usually descriptions, and the host is shorter. */
const OUTLET_NAME_MAX_CHARS = 40;

/** A readable outlet name for sources: the feed's own short title, else the host of the link without "www.". */
export function outletName(feedTitle: string | undefined, url: string): string {
  const title = feedTitle?.replace(/\s+/g, ' ').trim();
  if (title && title.length <= OUTLET_NAME_MAX_CHARS) return title;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

async function forEachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  });
  await Promise.all(workers);
}
