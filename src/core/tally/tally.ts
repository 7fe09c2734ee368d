import type { ArticleRef, Mention, Qualifier } from '../types.js';

/** How one mention was used when the ledger was folded (shown by `explain` and `/history`). */
export type EntryRole =
  | 'new-event' // a release not seen before: added to the total
  | 'same-event' // another report of an event already counted: not added
  | 'checkpoint' // an official running total: resets the total
  | 'part' // a part of a count already counted (a province, a category): not added
  | 'superseded' // an announcement later carried out, or a figure later corrected
  | 'not-counted'; // pledges, announcements, held / refused counts, stale totals

/** One line of a ledger's log: which mention, from which article, and how it was counted. */
export interface TallyEntry {
  role: EntryRole;
  mention: Mention;
  article: ArticleRef;
  /** A human sentence: "same event as 100 on 2020-04-08 (kabul-wire)". */
  note: string;
  /** The change this entry made to the total (0 when it made none). */
  delta: number;
}

/** A release or checkpoint that moved the total, with every article that reported it. */
export interface TallyEvent {
  kind: 'release' | 'checkpoint';
  /** YYYY-MM-DD when known. */
  date: string | null;
  count: number;
  qualifier: Qualifier;
  /** The change to the total when it was counted. */
  delta: number;
  sources: ArticleRef[];
  /** Another figure reported for the same event, kept as the high estimate. */
  highCount: number | null;
}

/** A ledger's running tally as `/tally` shows it, fully derived from the observations. */
export interface Tally {
  ledgerId: string;
  total: number;
  qualifier: Qualifier;
  /** The largest credible figure when reports conflict; null when none is higher than `total`. */
  highEstimate: number | null;
  /** Counted events and checkpoints in the order they moved the total. */
  events: TallyEvent[];
  /** Every mention of this ledger and how it was used, in fold order. */
  log: TallyEntry[];
}
