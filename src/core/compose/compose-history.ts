import { type Block, line, type Post, strong, text } from '../post.js';
import type { Tally, TallyEvent } from '../tally/tally.js';
import type { Ledger, Tracker } from '../types.js';
import type { LedgerTally } from './compose-tally.js';
import { describeCounting, firstReported, formatDelta, formatQualified, sourceLinks } from './format.js';

/** `/history` shows this many events unless asked otherwise. */
export const HISTORY_DEFAULT_COUNT = 10;
/** The most events `/history` shows, to stay within a message or two on every platform. */
export const HISTORY_MAX_COUNT = 50;

interface DatedEvent {
  ledger: Ledger;
  event: TallyEvent;
  evidence: string | null;
  order: number;
}

/** Longest evidence sentence shown in `/history`, in characters. */
const EVIDENCE_MAX_CHARS = 220;

/** The sentence that moved the total for an event: the log entry that counted it. */
function evidenceOf(tally: Tally, event: TallyEvent): string | null {
  const counted = tally.log.find(
    (entry) =>
      entry.delta !== 0 &&
      entry.mention.count === event.count &&
      (entry.mention.eventDate ?? null) === event.date &&
      (entry.role === 'checkpoint') === (event.kind === 'checkpoint'),
  );
  if (!counted) return null;
  const sentence = counted.mention.sentence.replace(/\s+/g, ' ').trim();
  return sentence.length > EVIDENCE_MAX_CHARS ? `${sentence.slice(0, EVIDENCE_MAX_CHARS - 1)}…` : sentence;
}

function sortKey(event: TallyEvent): string {
  return event.date ?? firstReported(event)?.slice(0, 10) ?? '';
}

/** Every counted event of the tracker's ledgers in the order they happened (fold order breaks ties). */
export function countedEvents(
  entries: LedgerTally[],
): Array<{ ledger: Ledger; event: TallyEvent; evidence: string | null }> {
  const all: DatedEvent[] = entries.flatMap((entry) =>
    entry.tally.events.map((event, order) => ({
      ledger: entry.ledger,
      event,
      evidence: evidenceOf(entry.tally, event),
      order,
    })),
  );
  return all
    .sort((a, b) => sortKey(a.event).localeCompare(sortKey(b.event)) || a.order - b.order)
    .map(({ ledger, event, evidence }) => ({ ledger, event, evidence }));
}

/** One event as a line: date, count and change, how it was counted, and its sources linked. */
export function eventLine(event: TallyEvent, ledger: Ledger | null): Block {
  const date = event.date ?? 'date unknown';
  const count =
    event.kind === 'checkpoint'
      ? `total ${formatQualified(event.count, event.qualifier)} (${formatDelta(event.delta)})`
      : `${formatQualified(event.count, event.qualifier)} freed`;
  const where = ledger ? ` · ${ledger.title}` : '';
  return line(strong(date), text(` ${count}${where} — ${describeCounting(event)}: `), ...sourceLinks(event.sources, 3));
}

/** The answer to `/history`: the last `count` counted events, oldest first. */
export function composeHistory(tracker: Tracker, entries: LedgerTally[], count = HISTORY_DEFAULT_COUNT): Post {
  const events = countedEvents(entries);
  const shown = events.slice(-count);
  const showLedger = entries.length > 1;
  const blocks: Block[] =
    shown.length === 0
      ? [line(text('No release has been counted yet.'))]
      : shown.flatMap(({ ledger, event, evidence }) => [
          eventLine(event, showLedger ? ledger : null),
          ...(evidence ? [line(text(`    “${evidence}”`))] : []),
        ]);
  if (events.length > shown.length) {
    blocks.unshift(line(text(`The last ${shown.length} of ${events.length} counted events:`)));
  }
  return { kind: 'answer', title: `${tracker.title}: history`, blocks, quietLinks: true };
}
