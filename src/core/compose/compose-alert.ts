import type { LedgerChange } from '../pipeline/run-poll-cycle.js';
import { type Block, line, type Post, strong, text } from '../post.js';
import type { Tally, TallyEvent } from '../tally/tally.js';
import type { ArticleRef, Ledger, Qualifier, Tracker } from '../types.js';
import {
  describeChange,
  formatDelta,
  formatNumber,
  formatQualified,
  formatTotal,
  labelled,
  progressBlocks,
  sourceLinks,
} from './format.js';

/** A release an article says will happen: shown in alerts as "announced", never added to a total. */
export interface AnnouncedRelease {
  count: number;
  qualifier: Qualifier;
  /** YYYY-MM-DD the release is planned for, when the article says. */
  eventDate: string | null;
  source: ArticleRef;
}

function eventKey(event: TallyEvent): string {
  return `${event.kind}|${event.date}|${event.count}`;
}

/** The events of `after` that `before` did not have: what an alert reports as the change. */
export function findNewEvents(before: Tally | null, after: Tally): TallyEvent[] {
  const known = new Set((before?.events ?? []).map(eventKey));
  return after.events.filter((event) => event.delta !== 0 && !known.has(eventKey(event)));
}

/**
 * Announcements logged in `after` but not in `before` and not since carried out: the default
 * `announced` list of an alert (the tally log records them as not counted).
 */
export function findNewAnnouncements(before: Tally | null, after: Tally): AnnouncedRelease[] {
  const key = (articleId: string, start: number) => `${articleId}#${start}`;
  const known = new Set((before?.log ?? []).map((entry) => key(entry.article.id, entry.mention.start)));
  return after.log
    .filter(
      (entry) =>
        entry.mention.kind === 'announcement' &&
        entry.role === 'not-counted' &&
        !known.has(key(entry.article.id, entry.mention.start)),
    )
    .map((entry) => ({
      count: entry.mention.count,
      qualifier: entry.mention.qualifier,
      eventDate: entry.mention.eventDate,
      source: entry.article,
    }));
}

function announcedBlocks(announced: AnnouncedRelease[]): Block[] {
  return announced.map((a) =>
    line(
      strong('Announced (not counted yet): '),
      text(`${formatQualified(a.count, a.qualifier)}${a.eventDate ? ` on ${a.eventDate}` : ''} — `),
      ...sourceLinks([a.source]),
    ),
  );
}

/**
 * The instant alert for a ledger that moved: each new release ("+100 on 2020-04-08") with its
 * sources, the new total against the target with progress, and announcements shown as announced.
 * `before` is null the first time a ledger is seen.
 */
export function composeAlert(
  tracker: Tracker,
  ledger: Ledger,
  before: Tally | null,
  after: Tally,
  announced: AnnouncedRelease[] = findNewAnnouncements(before, after),
): Post {
  const change = after.total - (before?.total ?? 0);
  const blocks: Block[] = [];
  const stillThere = new Set(after.events.map(eventKey));
  // A release of the same day that vanished from the tally was revised, not joined by a new one.
  const replaced = new Map(
    (before?.events ?? [])
      .filter((event) => event.kind === 'release' && event.date !== null && !stillThere.has(eventKey(event)))
      .map((event) => [event.date, event]),
  );
  for (const event of findNewEvents(before, after)) {
    const previous = event.kind === 'release' ? replaced.get(event.date) : undefined;
    if (previous) {
      replaced.delete(event.date);
      const revision = `${formatDelta(event.count - previous.count)}: the ${previous.date} release revised from ${formatNumber(previous.count)} to ${formatNumber(event.count)}`;
      blocks.push(line(strong(revision), text(' — '), ...sourceLinks(event.sources)));
      continue;
    }
    blocks.push(line(strong(describeChange(event)), text(' — '), ...sourceLinks(event.sources)));
  }
  if (before && before.total !== after.total && blocks.length === 0) {
    blocks.push(line(text(`Total revised from ${formatNumber(before.total)} to ${formatNumber(after.total)}.`)));
  }
  blocks.push(labelled('Total freed', text(formatTotal(after, ledger))));
  blocks.push(...progressBlocks(after, ledger));
  if (after.highEstimate !== null && after.highEstimate > after.total) {
    blocks.push(
      labelled('High estimate', text(`${formatNumber(after.highEstimate)} (conflicting or unconfirmed reports)`)),
    );
  }
  blocks.push(...announcedBlocks(announced));
  blocks.push(line(text(tracker.title)));
  const headline = change !== 0 ? `${formatDelta(change)} ${ledger.title}` : `${ledger.title}: release announced`;
  return { kind: 'alert', title: headline, blocks };
}

/** The alert for a ledger change found by a poll cycle, its new announcements shown as announced. */
export function composeChangeAlert(tracker: Tracker, change: LedgerChange): Post {
  const announced = change.announcements.map(({ mention, article }) => ({
    count: mention.count,
    qualifier: mention.qualifier,
    eventDate: mention.eventDate,
    source: article,
  }));
  return composeAlert(tracker, change.ledger, change.before, change.after, announced);
}
