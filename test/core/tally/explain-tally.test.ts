import { describe, expect, it } from 'vitest';
import { explainTally } from '../../../src/core/tally/explain-tally.js';
import { foldLedger } from '../../../src/core/tally/fold-ledger.js';
import { aLedger, anObservation, aPledge, aRelease, aTotal } from './tally-builders.js';

describe('explainTally', () => {
  const ledger = aLedger({ target: 1000 });
  const tally = foldLedger(ledger, [
    anObservation({ feed: 'kabul-wire', published: '2021-03-01T12:00:00Z', mentions: [aRelease(100, '2021-03-01')] }),
    anObservation({
      feed: 'gulf-post',
      published: '2021-03-02T09:00:00Z',
      mentions: [
        aRelease(100, '2021-03-01', { sentence: 'On Monday the North freed a hundred prisoners.' }),
        aPledge(500),
      ],
    }),
    anObservation({
      feed: 'kabul-wire',
      published: '2021-03-05T12:00:00Z',
      mentions: [aTotal(850, '2021-03-05', { qualifier: 'at_least' })],
    }),
  ]);
  const text = explainTally(tally, ledger);

  it('starts with the ledger, its total with the qualifier, and the target', () => {
    expect(text.split('\n').slice(0, 2)).toEqual([
      'Southern prisoners freed by the North [north-frees-south]',
      'Total: at least 850 of 1,000 promised',
    ]);
  });

  it('lists what moved the total with its change and sources', () => {
    expect(text).toContain('2021-03-01   +100  release 100 - kabul-wire, gulf-post');
    expect(text).toContain('2021-03-05   +750  running total at least 850 - kabul-wire');
  });

  it('explains every mention with its role, note and sentence', () => {
    expect(text).toContain(
      'same-event  release 100 (2021-03-01): same release as 100 on 2021-03-01 reported by kabul-wire',
    );
    expect(text).toContain('"On Monday the North freed a hundred prisoners."');
    expect(text).toContain('not-counted pledge 500: pledge, target or demand: never counted');
    expect(text).toContain('Every mention (4), in the order read:');
  });
});

describe('a count of releases past the number promised', () => {
  const ledger = aLedger({ target: 10 });
  const releases = (counts: Array<[number, string]>) =>
    counts.map(([count, day], at) =>
      anObservation({
        feed: `wire-${at}`,
        published: `${day}T18:00:00Z`,
        mentions: [aRelease(count, day, { sentence: `The North freed ${count} hostages today.` })],
      }),
    );

  it('stops at the number promised, keeping the sum as the high estimate and saying why', () => {
    const tally = foldLedger(
      ledger,
      releases([
        [5, '2024-05-01'],
        [6, '2024-05-02'],
        [4, '2024-05-09'],
      ]),
    );
    expect(tally.total).toBe(10);
    expect(tally.highEstimate).toBe(15);
    expect(explainTally(tally, ledger)).toContain('these add up to 15; the count stops at the 10 promised');
  });

  it('goes past it when a stated running total does', () => {
    const tally = foldLedger(ledger, [
      ...releases([
        [5, '2024-05-01'],
        [4, '2024-05-02'],
      ]),
      anObservation({ feed: 'wire-9', published: '2024-05-10T18:00:00Z', mentions: [aTotal(11, '2024-05-10')] }),
    ]);
    expect(tally.total).toBe(11);
  });

  it('leaves a count within the number promised alone', () => {
    const tally = foldLedger(
      ledger,
      releases([
        [5, '2024-05-01'],
        [4, '2024-05-02'],
      ]),
    );
    expect(tally.total).toBe(9);
    expect(tally.highEstimate).toBeNull();
  });
});
