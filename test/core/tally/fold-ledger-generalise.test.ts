import { describe, expect, it } from 'vitest';
import { foldLedger } from '../../../src/core/tally/fold-ledger.js';
import { aLedger, anObservation, aRelease, aTotal } from './tally-builders.js';

const ledger = aLedger({ target: null });

describe('foldLedger: totals limited to part of the ledger span', () => {
  const lastYear = [
    anObservation({ published: '2021-09-22T12:00:00Z', mentions: [aRelease(60, '2021-09-21')] }),
    anObservation({ published: '2021-12-31T12:00:00Z', mentions: [aRelease(80, '2021-12-31')] }),
    anObservation({ published: '2022-01-03T12:00:00Z', mentions: [aRelease(250, '2022-01-03')] }),
  ];

  it('does not reset the count to a total "since the start of the year" when releases came before it', () => {
    const sinceJanuary = anObservation({
      feed: 'south-daily',
      published: '2022-01-31T18:00:00Z',
      mentions: [
        aRelease(190, '2022-01-31', { sentence: 'On Monday the North freed 190 southern prisoners.' }),
        aTotal(440, '2022-01-31', { sentence: 'Since the start of the year the North has freed 440 southerners.' }),
      ],
    });

    const tally = foldLedger(ledger, [...lastYear, sinceJanuary]);

    expect(tally.total).toBe(580);
    expect(tally.log.at(-1)?.role).toBe('not-counted');
    expect(tally.log.at(-1)?.note).toContain('since 2022-01-01 only');
  });

  it('ignores a total for "this month" or "in 2022" alike once the count began earlier', () => {
    for (const sentence of [
      'The North has released 440 prisoners this month.',
      'In 2022, the North has released 440 prisoners so far.',
    ]) {
      const scoped = anObservation({
        published: '2022-01-31T18:00:00Z',
        mentions: [aRelease(190, '2022-01-31'), aTotal(440, '2022-01-31', { sentence })],
      });

      expect(foldLedger(ledger, [...lastYear, scoped]).total).toBe(580);
    }
  });

  it('takes a total "since the start of the year" as the whole count when the ledger began that year', () => {
    const tally = foldLedger(ledger, [
      anObservation({ published: '2022-01-03T12:00:00Z', mentions: [aRelease(250, '2022-01-03')] }),
      anObservation({
        published: '2022-01-31T18:00:00Z',
        mentions: [aTotal(440, '2022-01-31', { sentence: 'Since the start of the year the North has freed 440.' })],
      }),
    ]);

    expect(tally.total).toBe(440);
    expect(tally.log.at(-1)?.role).toBe('checkpoint');
  });

  it('never lets a total for an undated phase ("under the original agreement") pull the count down', () => {
    const tally = foldLedger(ledger, [
      ...lastYear,
      anObservation({
        published: '2022-01-05T12:00:00Z',
        mentions: [aTotal(330, '2022-01-05', { sentence: 'Under the original agreement, 330 prisoners were freed.' })],
      }),
    ]);

    expect(tally.total).toBe(390);
    expect(tally.log.at(-1)?.note).toContain('never lowers');
  });

  it('still lets a phase total raise a count that missed releases, which keeps it below the truth', () => {
    const tally = foldLedger(ledger, [
      anObservation({ published: '2022-01-03T12:00:00Z', mentions: [aRelease(50, '2022-01-03')] }),
      anObservation({
        published: '2022-01-05T12:00:00Z',
        mentions: [aTotal(120, '2022-01-05', { sentence: 'Since the truce began, 120 prisoners have been freed.' })],
      }),
    ]);

    expect(tally.total).toBe(120);
  });
});

describe('foldLedger: one event told as parts and as a whole by different outlets', () => {
  it('takes a later whole that the earlier figures add up to, instead of adding them ("13 west, 3 east", then 16)', () => {
    const breakdown = 'The statement said 13 prisoners were flown west and three east.';
    const tally = foldLedger(ledger, [
      anObservation({
        feed: 'harbour-wire',
        published: '2024-08-01T16:00:00Z',
        mentions: [
          aRelease(13, '2024-08-01', { sentence: breakdown }),
          aRelease(3, '2024-08-01', { sentence: breakdown }),
        ],
      }),
      anObservation({
        feed: 'capital-news',
        published: '2024-08-01T20:00:00Z',
        mentions: [
          aRelease(16, '2024-08-01', { sentence: 'Sixteen prisoners were freed by the North on Thursday.' }),
          aRelease(5, '2024-08-01', { sentence: 'Those freed also include five journalists and seven activists.' }),
          aRelease(7, '2024-08-01', { sentence: 'Those freed also include five journalists and seven activists.' }),
        ],
      }),
      anObservation({
        feed: 'lake-gazette',
        published: '2024-08-02T09:00:00Z',
        mentions: [aRelease(13, '2024-08-01', { sentence: 'Thirteen of those freed were flown west.' })],
      }),
    ]);

    expect(tally.total).toBe(16);
    expect(tally.events).toHaveLength(1);
  });

  it('takes an undated smaller figure from another outlet the next day as a part of that event', () => {
    const tally = foldLedger(ledger, [
      anObservation({
        feed: 'capital-news',
        published: '2024-08-01T20:00:00Z',
        mentions: [aRelease(16, '2024-08-01')],
      }),
      anObservation({
        feed: 'lake-gazette',
        published: '2024-08-02T09:00:00Z',
        mentions: [aRelease(5, null, { sentence: 'Five journalists were among those flown out.' })],
      }),
    ]);

    expect(tally.total).toBe(16);
    expect(tally.log.at(-1)?.role).toBe('part');
  });

  it('still adds a smaller figure cued as a further batch ("another five") the next day', () => {
    const tally = foldLedger(ledger, [
      anObservation({
        feed: 'capital-news',
        published: '2024-08-01T20:00:00Z',
        mentions: [aRelease(16, '2024-08-01')],
      }),
      anObservation({
        feed: 'lake-gazette',
        published: '2024-08-02T09:00:00Z',
        mentions: [aRelease(5, null, { sentence: 'Another five prisoners were freed.' })],
      }),
    ]);

    expect(tally.total).toBe(21);
  });

  it('takes the same exact count a day off from another outlet, with no total beside it, as one release misdated', () => {
    const tally = foldLedger(ledger, [
      anObservation({
        feed: 'capital-news',
        published: '2022-09-22T05:00:00Z',
        mentions: [aRelease(55, '2022-09-21')],
      }),
      anObservation({
        feed: 'lake-gazette',
        published: '2022-09-22T15:00:00Z',
        mentions: [aRelease(55, '2022-09-22')],
      }),
    ]);

    expect(tally.total).toBe(55);
    expect(tally.log.at(-1)?.note).toContain('dated a day apart');
  });

  it("keeps one outlet's equal figures on two days as a daily series", () => {
    const tally = foldLedger(ledger, [
      anObservation({
        feed: 'capital-news',
        published: '2022-09-21T18:00:00Z',
        mentions: [aRelease(55, '2022-09-21')],
      }),
      anObservation({
        feed: 'capital-news',
        published: '2022-09-22T18:00:00Z',
        mentions: [aRelease(55, '2022-09-22')],
      }),
    ]);

    expect(tally.total).toBe(110);
  });

  it('reads "also include five" as a part of the whole, not a further batch', () => {
    const tally = foldLedger(ledger, [
      anObservation({
        published: '2024-08-01T20:00:00Z',
        mentions: [
          aRelease(16, '2024-08-01', { sentence: 'Sixteen prisoners were freed by the North on Thursday.' }),
          aRelease(5, '2024-08-01', { sentence: 'Those freed also include five journalists and seven activists.' }),
          aRelease(7, '2024-08-01', { sentence: 'Those freed also include five journalists and seven activists.' }),
        ],
      }),
    ]);

    expect(tally.total).toBe(16);
    expect(tally.log.map((e) => e.role)).toEqual(['new-event', 'part', 'part']);
  });

  it('puts an undated figure introduced as a part ("among those freed were 108") into the dated release it belongs to', () => {
    const tally = foldLedger(ledger, [
      anObservation({
        published: '2022-09-22T05:00:00Z',
        mentions: [
          aRelease(215, '2022-09-21', { sentence: 'The South brought home 215 of its fighters on Wednesday.' }),
          aRelease(108, null, { sentence: 'Among those freed were 108 defenders of the plant besieged in May.' }),
          aRelease(5, null, { sentence: 'Those freed also include five commanders.' }),
        ],
      }),
    ]);

    expect(tally.total).toBe(215);
    expect(tally.log.map((e) => e.role)).toEqual(['new-event', 'part', 'part']);
  });

  it('still adds "then a plane carried 20, among them 16 traders" as a further batch of the day', () => {
    const sentence = 'A plane then carried 20 detainees south, among them 16 traders.';
    const tally = foldLedger(ledger, [
      anObservation({
        published: '2024-08-01T20:00:00Z',
        mentions: [
          aRelease(120, '2024-08-01', { sentence: 'The first flight took 120 prisoners south.' }),
          aRelease(20, '2024-08-01', { sentence }),
          aRelease(16, '2024-08-01', { sentence }),
        ],
      }),
    ]);

    expect(tally.total).toBe(140);
  });
});

describe('foldLedger: outliers that must not inflate the count', () => {
  it('leaves out an undated release far larger than anything the ledger has seen (a surrender read as a release)', () => {
    const tally = foldLedger(ledger, [
      anObservation({
        published: '2022-09-22T12:00:00Z',
        mentions: [
          aRelease(215, '2022-09-21'),
          aRelease(2439, null, { sentence: 'The North said 2,439 fighters had laid down their arms.' }),
        ],
      }),
    ]);

    expect(tally.total).toBe(215);
    expect(tally.log.at(-1)?.role).toBe('not-counted');
    expect(tally.log.at(-1)?.note).toContain('outlier');
  });

  it('counts an undated release of ordinary size as before', () => {
    const tally = foldLedger(ledger, [
      anObservation({ published: '2022-09-22T12:00:00Z', mentions: [aRelease(215, '2022-09-21')] }),
      anObservation({
        published: '2022-10-12T12:00:00Z',
        mentions: [aRelease(400, null, { sentence: 'Another 400 prisoners have been freed.' })],
      }),
    ]);

    expect(tally.total).toBe(615);
  });

  it('leaves out a single release larger than the whole deal provides for', () => {
    const tally = foldLedger(aLedger({ target: 500 }), [
      anObservation({ published: '2022-09-22T12:00:00Z', mentions: [aRelease(100, '2022-09-21')] }),
      anObservation({ published: '2022-09-25T12:00:00Z', mentions: [aRelease(1000, '2022-09-24')] }),
    ]);

    expect(tally.total).toBe(100);
    expect(tally.log.at(-1)?.note).toContain('exceeds the 500');
  });

  it('leaves out a running total more than half again above the target, which counts something else', () => {
    const tally = foldLedger(aLedger({ target: 500 }), [
      anObservation({ published: '2022-09-22T12:00:00Z', mentions: [aRelease(100, '2022-09-21')] }),
      anObservation({ published: '2022-09-25T12:00:00Z', mentions: [aTotal(3000, '2022-09-25')] }),
      // "all 52 are out; more than 100 have been freed since July": the larger counts others beside the deal's.
      anObservation({ published: '2022-09-27T12:00:00Z', mentions: [aTotal(800, '2022-09-27')] }),
    ]);

    expect(tally.total).toBe(100);
    expect(tally.log.at(-1)?.note).toContain('far beyond the 500');
  });

  it('keeps a running total a little above the target: deals run over by late additions', () => {
    const tally = foldLedger(aLedger({ target: 500 }), [
      anObservation({ published: '2022-09-25T12:00:00Z', mentions: [aTotal(560, '2022-09-25')] }),
    ]);

    expect(tally.total).toBe(560);
  });

  it('does not take the deal restated ("about 500") for a running total while few have been freed', () => {
    const tally = foldLedger(aLedger({ target: 500 }), [
      anObservation({
        published: '2022-09-22T12:00:00Z',
        mentions: [
          aRelease(120, '2022-09-22'),
          aTotal(500, '2022-09-22', { qualifier: 'about', sentence: 'The deal frees about 500 prisoners.' }),
        ],
      }),
    ]);

    expect(tally.total).toBe(120);
    expect(tally.log.at(-1)?.note).toContain('restates the 500');
  });

  it('drops a lone running total that more than doubled the count once the next total contradicts it', () => {
    const tally = foldLedger(aLedger({ target: 5000 }), [
      anObservation({ published: '2022-04-17T12:00:00Z', mentions: [aTotal(661, '2022-04-17')] }),
      anObservation({ feed: 'south-daily', published: '2022-04-23T12:00:00Z', mentions: [aTotal(1500, '2022-04-23')] }),
      anObservation({ feed: 'east-post', published: '2022-05-11T12:00:00Z', mentions: [aTotal(900, '2022-05-11')] }),
    ]);

    expect(tally.total).toBe(900);
    expect(tally.log.at(-1)?.note).toContain('contradicts the outlier');
  });

  it('keeps a doubling total that several outlets confirmed against a far lower later figure', () => {
    const tally = foldLedger(aLedger({ target: 5000 }), [
      anObservation({ published: '2022-04-17T12:00:00Z', mentions: [aTotal(661, '2022-04-17')] }),
      anObservation({ feed: 'south-daily', published: '2022-04-23T12:00:00Z', mentions: [aTotal(1500, '2022-04-23')] }),
      anObservation({ feed: 'west-times', published: '2022-04-24T12:00:00Z', mentions: [aTotal(1500, '2022-04-23')] }),
      anObservation({ feed: 'east-post', published: '2022-05-11T12:00:00Z', mentions: [aTotal(900, '2022-05-11')] }),
    ]);

    expect(tally.total).toBe(1500);
  });

  it('leaves out a release of exactly the promised number once part of the deal is done (the pledge misread)', () => {
    const tally = foldLedger(aLedger({ target: 500 }), [
      anObservation({ published: '2022-09-22T12:00:00Z', mentions: [aRelease(100, '2022-09-21')] }),
      anObservation({ published: '2022-09-25T12:00:00Z', mentions: [aRelease(500, '2022-09-24')] }),
    ]);

    expect(tally.total).toBe(100);
    expect(tally.log.at(-1)?.note).toContain('the 500 promised');
  });

  it('counts a one-shot release of the whole promised number when nothing was freed before', () => {
    const tally = foldLedger(aLedger({ target: 16 }), [
      anObservation({ published: '2024-08-01T20:00:00Z', mentions: [aRelease(16, '2024-08-01')] }),
    ]);

    expect(tally.total).toBe(16);
  });

  it('does not add a running total read again as a release', () => {
    const tally = foldLedger(ledger, [
      anObservation({ published: '2022-09-20T12:00:00Z', mentions: [aTotal(869, '2022-09-20')] }),
      anObservation({
        published: '2022-09-21T12:00:00Z',
        mentions: [
          aRelease(869, '2022-09-21', { sentence: 'In all, 869 detainees went home.' }),
          aRelease(48, '2022-09-21'),
        ],
      }),
    ]);

    expect(tally.total).toBe(917);
    expect(tally.log[1]?.note).toContain('same running total');
  });

  it('reads a "release" as large as the whole official count as that count restated, not a new batch', () => {
    const tally = foldLedger(ledger, [
      anObservation({ published: '2022-06-27T12:00:00Z', mentions: [aTotal(600, '2022-06-27')] }),
      anObservation({
        feed: 'south-daily',
        published: '2022-07-01T12:00:00Z',
        mentions: [aRelease(732, '2022-07-01', { sentence: 'The North has freed 732 southern soldiers.' })],
      }),
    ]);

    expect(tally.total).toBe(732);
    expect(tally.log.at(-1)?.role).toBe('checkpoint');
  });

  it('still counts a release after an official total when it is smaller than the whole count', () => {
    const tally = foldLedger(ledger, [
      anObservation({ published: '2022-06-27T12:00:00Z', mentions: [aTotal(600, '2022-06-27')] }),
      anObservation({ published: '2022-07-01T12:00:00Z', mentions: [aRelease(450, '2022-07-01')] }),
    ]);

    expect(tally.total).toBe(1050);
  });
});

describe('foldLedger: a running total against a release one outlet alone gave', () => {
  it('takes a stated total over a lone release several times its size, which the total holds', () => {
    const tally = foldLedger(ledger, [
      // One outlet reads the size of an abducted group as freed.
      anObservation({ feed: 'hill-daily', published: '2023-07-21T12:00:00Z', mentions: [aRelease(90, '2023-07-19')] }),
      anObservation({ feed: 'coast-live', published: '2023-07-26T12:00:00Z', mentions: [aTotal(20, '2023-07-26')] }),
      anObservation({ feed: 'coast-live', published: '2023-08-20T12:00:00Z', mentions: [aRelease(12, '2023-08-19')] }),
    ]);

    expect(tally.total).toBe(32);
    expect(tally.log[1]?.role).toBe('checkpoint');
    expect(tally.log[1]?.note).toContain('which one outlet alone gave');
  });

  it('keeps a lone release that is not several times the lower total stated after it', () => {
    const tally = foldLedger(ledger, [
      anObservation({ feed: 'hill-daily', published: '2023-07-21T12:00:00Z', mentions: [aRelease(30, '2023-07-19')] }),
      anObservation({ feed: 'coast-live', published: '2023-07-26T12:00:00Z', mentions: [aTotal(15, '2023-07-26')] }),
    ]);

    expect(tally.total).toBe(30);
    expect(tally.log[1]?.role).toBe('not-counted');
  });

  it('keeps a release two outlets gave against a far lower total', () => {
    const tally = foldLedger(ledger, [
      anObservation({ feed: 'hill-daily', published: '2023-07-21T12:00:00Z', mentions: [aRelease(90, '2023-07-19')] }),
      anObservation({ feed: 'plain-post', published: '2023-07-21T13:00:00Z', mentions: [aRelease(90, '2023-07-19')] }),
      anObservation({ feed: 'coast-live', published: '2023-07-26T12:00:00Z', mentions: [aTotal(20, '2023-07-26')] }),
    ]);

    expect(tally.total).toBe(90);
  });
});
