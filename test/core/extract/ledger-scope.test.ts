import { describe, expect, it } from 'vitest';
import { isBeforeLedgerStart, ledgerStarts } from '../../../src/core/extract/ledger-scope.js';
import type { Ledger } from '../../../src/core/types.js';

const aLedger = (id: string, title: string): Ledger => ({ id, title, releaser: [], released: [], target: null });

describe('ledger starts read from titles', () => {
  it('takes the first day a title names, from a day range, a day, or a month', () => {
    const starts = ledgerStarts([
      aLedger('truce', 'Fishermen freed during the 3-9 May 2019 truce'),
      aLedger('swap', 'Sailors returned in the 14 Feb 2022 swap'),
      aLedger('pardons', 'Prisoners pardoned since March 2021'),
      aLedger('open', 'Hostages freed by the Front'),
      aLedger('mirror', 'Soldiers freed by the other side in the same exchange'),
    ]);
    expect(Object.fromEntries(starts)).toEqual({
      truce: '2019-05-03',
      swap: '2022-02-14',
      pardons: '2021-03-01',
      mirror: '2019-05-03',
    });
  });

  it('takes the first of several days joined in one month, and dates written month first', () => {
    const starts = ledgerStarts([
      aLedger('decrees', 'Inmates freed under the royal decrees of 4 and 19 March 2017'),
      aLedger('list', 'Fishermen returned on 3, 9 and 17 October 2015'),
      aLedger('american', 'Crew members let go by the pirates after February 11, 2011'),
      aLedger('both', 'Detainees freed in the April 6 and 20, 2018 handovers'),
    ]);
    expect(Object.fromEntries(starts)).toEqual({
      decrees: '2017-03-04',
      list: '2015-10-03',
      american: '2011-02-11',
      both: '2018-04-06',
    });
  });

  it('takes the first day of a span across months, in the year before when the span crosses the new year', () => {
    const starts = ledgerStarts([
      aLedger('siege', 'Hostages let go by the gunmen (Lumora embassy, 27 Apr - 5 May 1984)'),
      aLedger('winter', 'Crew freed by the pirates between 30 December to 4 January 2011'),
    ]);
    expect(Object.fromEntries(starts)).toEqual({ siege: '1984-04-27', winter: '2010-12-30' });
  });

  it('takes a year named alone from its first day, unless a month of it is named', () => {
    const starts = ledgerStarts([
      aLedger('span', 'Crew of the MV Orla freed by pirates (2016-2018)'),
      aLedger('year', 'Prisoners freed by Ostria in the 2021 swaps'),
      aLedger('month', 'Hostages freed in June 2021, during the 2021 talks'),
    ]);
    expect(Object.fromEntries(starts)).toEqual({ span: '2016-01-01', year: '2021-01-01', month: '2021-06-01' });
  });

  it('skips a day the title gives for the capture, unless it is the only one', () => {
    const starts = ledgerStarts([
      aLedger('accord', 'Dissidents jailed in the March 2003 crackdown, freed under the accord of 7 July 2010'),
      aLedger('hijack', 'Passengers let go by the hijackers (seized Sunday 27 June 1976) after 1 July 1976'),
      aLedger('only', 'Miners seized in the 4 May 2021 raid'),
      aLedger(
        'months',
        'Hostages freed in the releases of August-December 1991 (the six held at the start of August 1991)',
      ),
    ]);
    expect(Object.fromEntries(starts)).toEqual({
      accord: '2010-07-07',
      hijack: '1976-07-01',
      only: '2021-05-04',
      months: '1991-08-01',
    });
  });
});

describe('counts from before a ledger starts', () => {
  const published = '2024-11-20';

  it('compares a known event day with the start', () => {
    expect(isBeforeLedgerStart('2024-11-01', '2024-10-12', 'x', 0, 1, published)).toBe(true);
    expect(isBeforeLedgerStart('2024-11-01', '2024-11-12', 'x', 0, 1, published)).toBe(false);
    expect(isBeforeLedgerStart(undefined, '1999-01-01', 'x', 0, 1, published)).toBe(false);
  });

  it('reads a month or a year in the clause when the count has no day', () => {
    const earlier = 'Back in 2019 the rebels freed 40 miners in return for fuel.';
    expect(isBeforeLedgerStart('2024-11-01', null, earlier, 30, 39, published)).toBe(true);
    const month = 'In August, the rebels freed 12 miners.';
    expect(isBeforeLedgerStart('2024-11-01', null, month, 27, 36, published)).toBe(true);
    const opening = 'In March 2022, after long talks with mediators, the rebels freed 9 miners.';
    expect(isBeforeLedgerStart('2024-11-01', null, opening, 62, 69, published)).toBe(true);
  });

  it('keeps a count whose named period reaches into the ledger, or dates a captivity', () => {
    const same = 'In November, the rebels freed 12 miners.';
    expect(isBeforeLedgerStart('2024-11-01', null, same, 30, 39, published)).toBe(false);
    const jailed = 'The 30 activists, jailed in 2020, were pardoned on Monday.';
    expect(isBeforeLedgerStart('2024-11-01', null, jailed, 4, 17, published)).toBe(false);
  });

  it('reads a span opened by "since" a date long before the ledger, but not the "since" of a captivity', () => {
    const since = 'Figures covering the whole conflict since 1998 show 1,067 soldiers have now been released.';
    expect(isBeforeLedgerStart('2024-11-01', published, since, 51, 64, published)).toBe(true);
    const held = 'The 30 activists held since 2019 were pardoned on Monday.';
    expect(isBeforeLedgerStart('2024-11-01', published, held, 4, 17, published)).toBe(false);
    const recent = 'Since 20 October, 300 soldiers have been released.';
    expect(isBeforeLedgerStart('2024-11-01', published, recent, 18, 29, published)).toBe(false);
  });

  it('reads a span reaching back from the article, with a season of slack, even for a count dated today', () => {
    const years = 'Another 23 activists have been let out over the past seven years.';
    expect(isBeforeLedgerStart('2024-11-01', published, years, 8, 21, published)).toBe(true);
    const weeks = 'The rebels have freed 30 miners over the past three months.';
    expect(isBeforeLedgerStart('2024-11-01', published, weeks, 22, 31, published)).toBe(false);
  });

  it('reads "last year" as the year before publication, unless it dates a capture', () => {
    const last = 'The same donors bought the release of 18 crewmen of another ship last year.';
    expect(isBeforeLedgerStart('2024-01-01', null, last, 37, 49, published)).toBe(true);
    const captured = 'Twenty were sailors captured on Nov. 25 last year, and all came home on Saturday.';
    expect(isBeforeLedgerStart('2024-01-01', null, captured, 0, 11, published)).toBe(false);
  });

  it('reads a month told in the future as the next one of that name', () => {
    const coming = 'Another 100 will be released in February, the warden said.';
    expect(isBeforeLedgerStart('2024-01-01', null, coming, 8, 11, published)).toBe(false);
  });

  it('leaves an interval or a year that dates another event out', () => {
    const war = 'Ostria freed 35 Kestrelis on Saturday, the biggest step since war broke out five years ago.';
    expect(isBeforeLedgerStart('2024-01-01', null, war, 13, 25, published)).toBe(false);
    const trial =
      'The decision to hand over five officers, on trial over the shooting of protesters in 2014, drew criticism.';
    expect(isBeforeLedgerStart('2024-01-01', null, trial, 27, 39, published)).toBe(false);
    const birth = 'The Front would hand over three hostages: two women and a boy born in captivity in 2019.';
    expect(isBeforeLedgerStart('2024-01-01', null, birth, 26, 40, published)).toBe(false);
  });
});
