import { type Block, heading, line, type Post, text } from '../post.js';
import type { Tally } from '../tally/tally.js';
import type { Ledger, Tracker } from '../types.js';
import {
  describeChange,
  formatNumber,
  formatTotal,
  labelled,
  lastChange,
  progressBlocks,
  sourceLinks,
} from './format.js';

/** A ledger with its current tally: what `/tally`, alerts and digests are composed from. */
export interface LedgerTally {
  ledger: Ledger;
  tally: Tally;
}

/** The blocks that state one ledger's standing: total and target, progress, last change, sources, high estimate. */
export function ledgerStanding(entry: LedgerTally): Block[] {
  const { ledger, tally } = entry;
  const blocks: Block[] = [heading(ledger.title), labelled('Freed', text(formatTotal(tally, ledger)))];
  blocks.push(...progressBlocks(tally, ledger));
  const change = lastChange(tally);
  if (change) {
    blocks.push(labelled('Last change', text(describeChange(change))));
    if (change.sources.length > 0) blocks.push(labelled('Sources', ...sourceLinks(change.sources)));
  } else {
    blocks.push(line(text('No release counted yet.')));
  }
  if (tally.highEstimate !== null && tally.highEstimate > tally.total) {
    blocks.push(
      labelled('High estimate', text(`${formatNumber(tally.highEstimate)} (conflicting or unconfirmed reports)`)),
    );
  }
  return blocks;
}

/** The answer to `/tally`: each ledger of the tracker with its total, target, progress, last change and sources. */
export function composeTally(tracker: Tracker, entries: LedgerTally[]): Post {
  const blocks = entries.flatMap(ledgerStanding);
  if (entries.length === 0) blocks.push(line(text('This tracker has no ledgers yet.')));
  return { kind: 'answer', title: tracker.title, blocks };
}
