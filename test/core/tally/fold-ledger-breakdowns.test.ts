import { describe, expect, it } from 'vitest';
import { foldLedger } from '../../../src/core/tally/fold-ledger.js';
import { aLedger, anObservation, aRelease, aTotal } from './tally-builders.js';

const ledger = aLedger({ target: null });

describe('foldLedger: a breakdown of a batch in the same article is not a rival figure', () => {
  const handedOver = aRelease(32, '2023-12-13', { sentence: 'The North handed over 32 soldiers on Wednesday.' });

  it('keeps the whole when "31 of them" and "another one" follow it, whatever their batch-like wording', () => {
    const sentence = 'Of them, 31 were captured between 2020 and 2022, and another one was taken in September.';
    const tally = foldLedger(ledger, [
      anObservation({
        published: '2023-12-14T09:00:00Z',
        mentions: [handedOver, aRelease(31, '2023-12-13', { sentence }), aRelease(1, '2023-12-13', { sentence })],
      }),
    ]);

    expect(tally.total).toBe(32);
    expect(tally.highEstimate).toBeNull();
    expect(tally.log.map((e) => e.role)).toEqual(['new-event', 'part', 'part']);
  });

  it('reads "31 of them" as a part of the whole told in an earlier sentence, not a lower report of it', () => {
    const tally = foldLedger(ledger, [
      anObservation({
        published: '2023-12-14T09:00:00Z',
        mentions: [
          handedOver,
          aRelease(31, '2023-12-13', { sentence: '31 of them had been held since 2022; the rest were not named.' }),
        ],
      }),
    ]);

    expect(tally.total).toBe(32);
    expect(tally.log[1]?.role).toBe('part');
  });

  it('never lowers a whole another outlet gave when this article gives it with its parts', () => {
    const sentence = '31 of them were captured between 2020 and 2022, together with one taken in September.';
    const tally = foldLedger(ledger, [
      anObservation({ feed: 'west-wire', published: '2023-12-13T18:00:00Z', mentions: [aRelease(32, '2023-12-13')] }),
      anObservation({
        feed: 'east-post',
        published: '2023-12-14T09:00:00Z',
        mentions: [handedOver, aRelease(31, '2023-12-13', { sentence }), aRelease(1, '2023-12-13', { sentence })],
      }),
    ]);

    expect(tally.total).toBe(32);
    expect(tally.highEstimate).toBeNull();
  });

  const byDestination = (counts: number[]) => {
    const sentence = 'Most went to the north bank, some to the coast and a few abroad.';
    return counts.map((count) => aRelease(count, '2024-02-04', { sentence }));
  };
  const whole = aRelease(550, '2024-02-04', { sentence: 'In all, 550 prisoners were freed on Sunday.' });

  it('counts a whole once when a breakdown that repeats a figure ("2 to one place and 2 to another") follows it', () => {
    const tally = foldLedger(ledger, [
      anObservation({ published: '2024-02-04T20:00:00Z', mentions: [whole, ...byDestination([505, 41, 2, 2])] }),
    ]);

    expect(tally.total).toBe(550);
    expect(tally.highEstimate).toBeNull();
    expect(tally.log.slice(1).every((e) => e.role === 'part')).toBe(true);
  });

  it('counts a whole once when its breakdown comes first, in whatever order', () => {
    const tally = foldLedger(ledger, [
      anObservation({ published: '2024-02-04T20:00:00Z', mentions: [...byDestination([41, 505, 2, 2]), whole] }),
    ]);

    expect(tally.total).toBe(550);
  });

  it('keeps the whole when the breakdown leaves some people out (505 + 41 of 550)', () => {
    const tally = foldLedger(ledger, [
      anObservation({ published: '2024-02-04T20:00:00Z', mentions: [whole, ...byDestination([505, 41])] }),
    ]);

    expect(tally.total).toBe(550);
    expect(tally.log[1]?.note).toContain('breakdown of 550');
  });

  it('still keeps the lower of two rival figures when the lower one only has its own part beside it', () => {
    const tally = foldLedger(ledger, [
      anObservation({
        published: '2021-03-02T12:00:00Z',
        mentions: [
          aRelease(86, '2021-03-01', { sentence: 'Insurgent sources said 86 prisoners were freed.' }),
          aRelease(80, '2021-03-01', { sentence: 'Officials said 80 were freed, 5 of them women.' }),
          aRelease(5, '2021-03-01', { sentence: 'Officials said 80 were freed, 5 of them women.' }),
        ],
      }),
    ]);

    expect(tally.total).toBe(80);
    expect(tally.highEstimate).toBe(86);
  });

  it('still keeps the lower of two rival figures when a part of the freed is told in a sentence of its own', () => {
    const tally = foldLedger(ledger, [
      anObservation({
        published: '2021-03-02T12:00:00Z',
        mentions: [
          aRelease(86, '2021-03-01', { sentence: 'Insurgent sources said 86 prisoners were freed.' }),
          aRelease(80, '2021-03-01', { sentence: 'Officials put the number at 80.' }),
          aRelease(5, '2021-03-01', { sentence: 'Among the freed were 5 women.' }),
        ],
      }),
    ]);

    expect(tally.total).toBe(80);
  });

  it('does not let another outlet\'s "31 of them" lower the whole it is taken from', () => {
    const tally = foldLedger(ledger, [
      anObservation({ feed: 'west-wire', published: '2023-12-13T18:00:00Z', mentions: [aRelease(32, '2023-12-13')] }),
      anObservation({
        feed: 'east-post',
        published: '2023-12-14T09:00:00Z',
        mentions: [aRelease(31, '2023-12-13', { sentence: '31 of them were captured in the autumn of 2022.' })],
      }),
    ]);

    expect(tally.total).toBe(32);
    expect(tally.log.at(-1)?.role).toBe('part');
  });

  it('still keeps the lower figure of another outlet that gives no part cue', () => {
    const tally = foldLedger(ledger, [
      anObservation({ feed: 'west-wire', published: '2023-12-13T18:00:00Z', mentions: [aRelease(32, '2023-12-13')] }),
      anObservation({ feed: 'east-post', published: '2023-12-14T09:00:00Z', mentions: [aRelease(31, '2023-12-13')] }),
    ]);

    expect(tally.total).toBe(31);
    expect(tally.highEstimate).toBe(32);
  });
});

describe('foldLedger: a new batch the day after a running total', () => {
  // The whole deal is 1,027: its first stage freed 477, the second 550.
  const deal = aLedger({ target: 1027 });
  const soFar = anObservation({
    feed: 'gov-news',
    published: '2011-12-17T12:00:00Z',
    mentions: [aTotal(477, '2011-12-17', { sentence: 'The government has so far freed 477 prisoners.' })],
  });
  const stage = 'The North freed 550 prisoners on Sunday, bringing the total freed under the deal to 1,027.';
  const secondStage = anObservation({
    feed: 'east-post',
    published: '2011-12-18T20:00:00Z',
    mentions: [aRelease(550, '2011-12-18', { sentence: stage }), aTotal(1027, '2011-12-18', { sentence: stage })],
  });

  it('adds the batch to the checkpoint when the same article totals them, even when that total is the whole deal', () => {
    const tally = foldLedger(deal, [soFar, secondStage]);

    expect(tally.total).toBe(1027);
    expect(tally.log[2]?.role).toBe('checkpoint');
    expect(tally.log[2]?.note).toContain('477 + 550');
    expect(tally.log[1]?.role).toBe('part');
  });

  it('keeps the sum when the next day repeats the total beside the batch', () => {
    const nextDay = anObservation({
      feed: 'south-daily',
      published: '2011-12-19T09:00:00Z',
      mentions: [
        aRelease(550, '2011-12-18', { sentence: 'The 550 prisoners were freed on Sunday.' }),
        aTotal(1027, '2011-12-19', { sentence: 'In all, 1,027 prisoners have now been freed.' }),
      ],
    });

    expect(foldLedger(deal, [soFar, secondStage, nextDay]).total).toBe(1027);
  });

  it('adds the batch when the checkpoint was stated earlier the same day', () => {
    const sameDay = anObservation({
      feed: 'gov-news',
      published: '2011-12-18T06:00:00Z',
      mentions: [aTotal(477, '2011-12-18', { sentence: 'The government has so far freed 477 prisoners.' })],
    });

    expect(foldLedger(deal, [sameDay, secondStage]).total).toBe(1027);
  });

  it('adds a batch tied to its own day even when it is larger than the count so far', () => {
    const flash = anObservation({
      feed: 'west-wire',
      published: '2011-12-18T15:00:00Z',
      mentions: [aRelease(550, '2011-12-18', { sentence: 'The North freed 550 prisoners on Sunday.' })],
    });

    const tally = foldLedger(deal, [soFar, flash]);

    expect(tally.total).toBe(1027);
    expect(tally.log[1]?.role).toBe('new-event');
    expect(foldLedger(deal, [soFar, flash, secondStage]).total).toBe(1027);
  });
});

describe("foldLedger: a figure a day apart that adds up an article's releases is their whole", () => {
  const freed = 'The four soldiers and three medics were freed on Thursday morning.';
  const arrived = 'Families were relieved today after the seven captives were confirmed to be safely back.';

  it('counts "four and three freed on Thursday" and "the seven back today" once', () => {
    const tally = foldLedger(ledger, [
      anObservation({
        published: '2024-06-14T16:00:00Z',
        mentions: [
          aRelease(7, '2024-06-14', { sentence: arrived }),
          aRelease(4, '2024-06-13', { sentence: freed }),
          aRelease(3, '2024-06-13', { sentence: freed }),
        ],
      }),
    ]);

    expect(tally.total).toBe(7);
  });

  it("still adds a figure that is no sum of the other day's releases", () => {
    const tally = foldLedger(ledger, [
      anObservation({
        published: '2024-06-14T16:00:00Z',
        mentions: [
          aRelease(9, '2024-06-14', { sentence: 'Nine more captives were freed today.' }),
          aRelease(4, '2024-06-13', { sentence: freed }),
          aRelease(3, '2024-06-13', { sentence: freed }),
        ],
      }),
    ]);

    expect(tally.total).toBe(16);
  });
});

describe("foldLedger: a figure adding the day before's releases to this day's is their whole, carried", () => {
  it('counts "five freed yesterday", "one freed this morning" and "six freed hostages on board" as six', () => {
    const flight =
      'The plane took off with six freed hostages on board: the five released yesterday and one freed this morning.';
    const tally = foldLedger(ledger, [
      anObservation({
        published: '2024-06-14T16:00:00Z',
        mentions: [
          aRelease(6, '2024-06-14', { sentence: flight }),
          aRelease(5, '2024-06-13', { sentence: flight }),
          aRelease(1, '2024-06-14', { sentence: 'One more hostage walked free this morning.' }),
        ],
      }),
    ]);

    expect(tally.total).toBe(6);
  });
});

describe("foldLedger: a figure another teller gives beside the report's own", () => {
  it("counts the report's own figure and keeps a second-hand one as the high estimate, never as a further batch", () => {
    const tally = foldLedger(aLedger({ target: null }), [
      anObservation({
        feed: 'river-live',
        published: '2023-08-27T14:40:00Z',
        mentions: [
          aRelease(92, '2023-08-26', { sentence: 'The governor said 92 pupils were freed on Thursday.' }),
          aRelease(130, '2023-08-26', {
            qualifier: 'about',
            sentence: 'A second source, in Dunmore, says about 130 were let go on Thursday.',
          }),
          aRelease(70, '2023-08-26', {
            qualifier: 'at_least',
            sentence: 'Another outlet is reporting that over 70 were released on Thursday.',
          }),
        ],
      }),
    ]);

    expect(tally.total).toBe(92);
    expect(tally.highEstimate).toBe(130);
  });
});

describe('foldLedger: a breakdown told with a release read as the running total', () => {
  it('takes the figures that add up to the restated total as its parts, not as further releases', () => {
    const ledger = aLedger({ target: null });
    const sentence =
      'By March the 44 sailors the navy had freed from the two ships, seven Ostrians and 37 of our countrymen, were home.';
    const tally = foldLedger(ledger, [
      anObservation({ published: '2023-01-29T10:00:00Z', mentions: [aRelease(20, '2023-01-28')] }),
      anObservation({
        published: '2023-02-07T10:00:00Z',
        mentions: [aRelease(24, '2023-02-06'), aTotal(44, '2023-02-06')],
      }),
      anObservation({
        feed: 'south-weekly',
        published: '2023-11-21T10:00:00Z',
        mentions: [aRelease(44, null, { sentence }), aRelease(7, null, { sentence }), aRelease(37, null, { sentence })],
      }),
    ]);

    expect(tally.total).toBe(44);
    expect(tally.log.filter((entry) => entry.role === 'part').map((entry) => entry.mention.count)).toEqual(
      expect.arrayContaining([7, 37]),
    );
  });

  const restated = (figures: [number, string | null][], sentence: string) =>
    anObservation({
      feed: 'river-explainer',
      published: '2023-02-10T10:00:00Z',
      mentions: figures.map(([count, day]) => aRelease(count, day, { sentence })),
    });
  const earlier = [
    anObservation({ published: '2023-02-06T18:00:00Z', mentions: [aRelease(52, '2023-02-06')] }),
    anObservation({ feed: 'east-post', published: '2023-02-07T08:00:00Z', mentions: [aTotal(52, '2023-02-07')] }),
  ];

  it('takes a smaller figure of its own day as its breakdown when another figure of the breakdown is not read', () => {
    const sentence = 'Officials said 52 were freed that morning, 30 of them women; the rest were farmers.';
    const tally = foldLedger(aLedger({ target: null }), [
      ...earlier,
      restated(
        [
          [52, '2023-02-10'],
          [30, '2023-02-10'],
        ],
        sentence,
      ),
    ]);

    expect(tally.total).toBe(52);
    expect(tally.log.at(-1)).toMatchObject({ role: 'part' });
  });

  it('keeps a smaller figure of another day in that sentence as its own release', () => {
    const sentence = 'With the 52 freed so far, the 9 let go on Thursday were the first since the truce.';
    const tally = foldLedger(aLedger({ target: null }), [
      ...earlier,
      restated(
        [
          [52, '2023-02-10'],
          [9, '2023-02-09'],
        ],
        sentence,
      ),
    ]);

    expect(tally.log.at(-1)?.role).not.toBe('part');
  });
});

describe('foldLedger: releases with no day told beside a stated running total', () => {
  it('takes them inside that total when they fit, not as new releases', () => {
    const ledger = aLedger({ target: null });
    const sentence =
      'By March the navy had freed 44 sailors in all, seven Ostrians and 37 of our countrymen among them.';
    const tally = foldLedger(ledger, [
      anObservation({ published: '2023-01-29T10:00:00Z', mentions: [aRelease(20, '2023-01-28')] }),
      anObservation({
        published: '2023-02-07T10:00:00Z',
        mentions: [aRelease(24, '2023-02-06'), aTotal(44, '2023-02-06')],
      }),
      anObservation({
        feed: 'south-weekly',
        published: '2023-11-21T10:00:00Z',
        mentions: [aTotal(44, null, { sentence }), aRelease(7, null, { sentence }), aRelease(37, null, { sentence })],
      }),
    ]);

    expect(tally.total).toBe(44);
  });
});

describe("foldLedger: a figure with no day that adds up its own article's releases", () => {
  const article = (sumSentence: string) =>
    anObservation({
      published: '2022-06-11T08:00:00Z',
      mentions: [
        aRelease(90, '2022-06-10', { sentence: 'A judge in the capital let 90 detainees go on Friday.' }),
        aRelease(35, '2022-06-09', {
          sentence: 'In the port city, 35 more had walked out of the central jail the day before.',
        }),
        aRelease(125, null, { qualifier: 'at_least', sentence: sumSentence }),
      ],
    });

  it('is their sum told again, whatever the days of its parts', () => {
    const tally = foldLedger(aLedger({ target: null }), [
      article('All told, then, at least 125 people covered by the decree are out.'),
    ]);

    expect(tally.total).toBe(125);
    expect(tally.log.at(-1)).toMatchObject({ role: 'same-event' });
    expect(tally.log.at(-1)?.note).toContain('the whole of the releases 90 + 35');
  });
});

describe("foldLedger: a month's figure from another outlet that adds up that month's releases", () => {
  it('is their whole told again, and vouches for each of them', () => {
    const tally = foldLedger(aLedger({ target: null }), [
      anObservation({
        feed: 'desert-wire',
        published: '2012-07-14T10:00:00Z',
        mentions: [
          aRelease(1, null, { sentence: 'One of the envoys was freed earlier this month.' }),
          aRelease(2, null, { sentence: 'Two more were later let go.' }),
        ],
      }),
      anObservation({
        feed: 'capital-explainer',
        published: '2012-09-03T10:00:00Z',
        mentions: [aRelease(3, null, { sentence: 'Three of the seven envoys were freed in July.' })],
      }),
    ]);

    expect(tally.total).toBe(3);
    expect(tally.log.at(-1)).toMatchObject({ role: 'same-event' });
    expect(tally.log.at(-1)?.note).toContain('the whole of the releases 1 + 2');
  });
});
