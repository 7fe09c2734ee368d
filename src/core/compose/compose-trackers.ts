import { type Block, heading, line, type Post, text } from '../post.js';
import type { Tracker } from '../types.js';
import type { LedgerTally } from './compose-tally.js';
import { formatTotal } from './format.js';

/** The answer to `/trackers`: each tracker with its ledgers, their totals and targets. */
export function composeTrackers(trackers: Array<{ tracker: Tracker; entries: LedgerTally[] }>): Post {
  const blocks: Block[] = [];
  for (const { tracker, entries } of trackers) {
    blocks.push(heading(`${tracker.title} (${tracker.id})`));
    if (entries.length === 0) blocks.push(line(text('No ledgers.')));
    for (const { ledger, tally } of entries) {
      blocks.push(line(text(`${ledger.title}: ${formatTotal(tally, ledger)}`)));
    }
  }
  if (trackers.length === 0) blocks.push(line(text('No tracker is configured yet.')));
  return { kind: 'answer', title: 'Trackers', blocks };
}
