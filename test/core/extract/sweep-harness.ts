import { appendFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/core/extract/extract-mentions.js';
import type { Ledger, MentionKind } from '../../../src/core/types.js';
import { anArticle } from './builders.js';

/**
 * The harness the wording sweeps share. Each sweep file holds short reports of our own over invented stories, with
 * every mention a careful annotator would list (corpus FORMAT.md), all published Thursday 2024-03-14, 12:00 UTC.
 */

/** One expected mention: count, kind, ledger (ANY for `other`, which scoring leaves unchecked), event date. */
export type Row = [count: number, kind: MentionKind, ledger: string | null, date: string | null];

export const ANY = '(any)';

export interface SweepCase {
  body: string;
  ledgers: Ledger[];
  expected: Row[];
  /** Why a case still fails and is left unfixed; such a case runs as `it.fails`. */
  fails?: string;
}

export const c = (ledgers: Ledger[], body: string, ...expected: Row[]): SweepCase => ({ body, ledgers, expected });
/** A case kept as a known gap: it runs as `it.fails`, with the reason it still fails. */
export const known = (fails: string, item: SweepCase): SweepCase => ({ ...item, fails });
/** A count of people held or not freed: its ledger is not checked. */
export const held = (count: number): Row => [count, 'other', ANY, null];

function readRows(item: SweepCase): Row[] {
  const mentions = extractMentions(anArticle({ body: item.body }), item.ledgers, { timezone: 'UTC' });
  return mentions.map((m, index) => [
    m.count,
    m.kind,
    item.expected[index]?.[1] === 'other' && m.kind === 'other' ? ANY : m.ledger,
    m.eventDate,
  ]);
}

/** Registers a phenomenon's cases, one test each, under `title`. */
export function sweep(title: string, cases: SweepCase[]): void {
  describe(title, () => {
    for (const item of cases) {
      // SWEEP_BACKLOG=1 runs the known gaps as ordinary tests, to see how each is read now.
      const run = item.fails && !process.env.SWEEP_BACKLOG ? it.fails : it;
      run(item.body, () => {
        const rows = readRows(item);
        // SWEEP_DUMP=FILE appends each case's reading and labels, for scoring sweeps mention by mention.
        if (process.env.SWEEP_DUMP)
          appendFileSync(
            process.env.SWEEP_DUMP,
            `${JSON.stringify({ title, body: item.body, rows, expected: item.expected })}\n`,
          );
        expect(rows, `read ${JSON.stringify(rows)}, want ${JSON.stringify(item.expected)}`).toEqual(item.expected);
      });
    }
  });
}
