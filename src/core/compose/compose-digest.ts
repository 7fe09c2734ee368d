import { type Block, heading, line, type Post, text } from '../post.js';
import type { Tracker } from '../types.js';
import { eventLine } from './compose-history.js';
import type { LedgerTally } from './compose-tally.js';
import { firstReported, formatDelta, formatTotal, labelled, progressBlocks } from './format.js';

/** A digest lists at most this many events per ledger, the latest ones, so it stays one message. */
export const DIGEST_MAX_EVENTS = 20;

/** What a digest covers: the tallies now, the period's bounds, and the totals the previous digest showed. */
export interface DigestInput {
  tracker: Tracker;
  entries: LedgerTally[];
  /** Start of the period (the previous digest's time), exclusive; null for the first digest. */
  since: Date | null;
  /** The scheduled time this digest is for, inclusive. */
  until: Date;
  /** Each ledger's total in the previous digest; missing ledgers fall back to the period's events. */
  previousTotals: Record<string, number> | null;
  /** How the period is labelled to readers, e.g. "2020-04-09 18:00 (Asia/Kabul)". */
  periodLabel: string;
}

function inPeriod(reported: string | null, since: Date | null, until: Date): boolean {
  if (reported === null) return false;
  const at = Date.parse(reported);
  return at <= until.getTime() && (since === null || at > since.getTime());
}

/** The scheduled digest: each ledger's total and progress, its change since the last digest, and the period's events with sources. */
export function composeDigest(input: DigestInput): Post {
  const blocks: Block[] = [];
  for (const { ledger, tally } of input.entries) {
    const events = tally.events.filter((event) => inPeriod(firstReported(event), input.since, input.until));
    const previous = input.previousTotals?.[ledger.id];
    const change = previous !== undefined ? tally.total - previous : events.reduce((sum, e) => sum + e.delta, 0);
    blocks.push(heading(ledger.title));
    blocks.push(labelled('Freed', text(formatTotal(tally, ledger))));
    blocks.push(...progressBlocks(tally, ledger));
    blocks.push(labelled('Since the last digest', text(change === 0 ? 'no change' : formatDelta(change))));
    if (events.length === 0) {
      blocks.push(line(text('No release reported in this period.')));
    } else {
      blocks.push(...events.slice(-DIGEST_MAX_EVENTS).map((event) => eventLine(event, null)));
      if (events.length > DIGEST_MAX_EVENTS) {
        blocks.push(line(text(`… and ${events.length - DIGEST_MAX_EVENTS} earlier events: /history shows them.`)));
      }
    }
  }
  return {
    kind: 'digest',
    title: `${input.tracker.title}: digest ${input.periodLabel}`,
    blocks,
    quietLinks: true,
  };
}
