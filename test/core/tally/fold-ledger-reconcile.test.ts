import { describe, expect, it } from 'vitest';
import { foldLedger } from '../../../src/core/tally/fold-ledger.js';
import { aLedger, anObservation, aRelease, aTotal } from './tally-builders.js';

const ledger = aLedger({ target: null });

describe('foldLedger: a running total against a release only one outlet gave', () => {
  const lone = anObservation({
    feed: 'west-wire',
    published: '2024-08-01T16:00:00Z',
    mentions: [aRelease(30, '2024-08-01')],
  });
  const lower = anObservation({
    feed: 'east-post',
    published: '2024-08-01T20:00:00Z',
    mentions: [aRelease(10, '2024-08-01', { sentence: 'In return, the North freed ten southerners.' })],
  });
  const total = anObservation({
    feed: 'south-daily',
    published: '2024-08-02T09:00:00Z',
    mentions: [aTotal(10, '2024-08-02', { sentence: 'The North released a total of ten southerners in the deal.' })],
  });

  it("takes the total when another outlet's figure for that release is the one the total implies", () => {
    const tally = foldLedger(ledger, [lone, lower, total]);

    expect(tally.total).toBe(10);
    expect(tally.log.at(-1)?.role).toBe('checkpoint');
    expect(tally.log.at(-1)?.note).toContain('a figure only west-wire gave');
    expect(tally.log[0]?.note).toContain('contradicted by the running total 10');
    expect(tally.events.find((e) => e.kind === 'release')).toMatchObject({ count: 10, highCount: 30 });
  });

  it('takes the total over a lone release three times its size even when no other report agrees with it', () => {
    const tally = foldLedger(ledger, [lone, total]);

    expect(tally.total).toBe(10);
    expect(tally.highEstimate).toBe(30);
    expect(tally.log.at(-1)?.note).toContain('which one outlet alone gave');
  });

  it('keeps the release when no other report agrees with a lower total that is not far from it (a subgroup)', () => {
    const closer = anObservation({
      feed: 'south-daily',
      published: '2024-08-02T09:00:00Z',
      mentions: [aTotal(18, '2024-08-02', { sentence: 'The North released a total of 18 southerners in the deal.' })],
    });
    const tally = foldLedger(ledger, [lone, closer]);

    expect(tally.total).toBe(30);
    expect(tally.log.at(-1)?.note).toContain('not a correction');
  });

  it('keeps the release when a second outlet gave the same figure for it', () => {
    const confirmed = anObservation({
      feed: 'north-times',
      published: '2024-08-01T22:00:00Z',
      mentions: [aRelease(30, '2024-08-01')],
    });

    expect(foldLedger(ledger, [lone, lower, confirmed, total]).total).toBe(30);
  });

  it('does not let a release dated before the total, as large as it, lift the count again', () => {
    const late = anObservation({
      feed: 'baltic-post',
      published: '2024-08-02T15:00:00Z',
      mentions: [aRelease(16, '2024-08-01', { sentence: 'The North freed 16 people on Thursday.' })],
    });

    const tally = foldLedger(ledger, [lone, lower, total, late]);

    expect(tally.total).toBe(10);
  });
});

describe('foldLedger: a single release larger than a running total stated after it', () => {
  const before = anObservation({ published: '2022-03-01T12:00:00Z', mentions: [aRelease(30, '2022-03-01')] });
  const oversized = anObservation({
    feed: 'west-wire',
    published: '2022-03-03T12:00:00Z',
    mentions: [aRelease(400, '2022-03-03', { sentence: 'The North freed 400 southern prisoners on Thursday.' })],
  });
  const totalOf = (feed: string, published: string) =>
    anObservation({ feed, published, mentions: [aTotal(150, '2022-03-05')] });

  it('holds the release against one lower total, which may be a subgroup or a misprint', () => {
    const tally = foldLedger(ledger, [before, oversized, totalOf('south-daily', '2022-03-05T12:00:00Z')]);

    expect(tally.total).toBe(430);
  });

  it('takes the total once a second outlet states it: a total cannot be below a release it holds', () => {
    const tally = foldLedger(ledger, [
      before,
      oversized,
      totalOf('south-daily', '2022-03-05T12:00:00Z'),
      totalOf('east-post', '2022-03-05T18:00:00Z'),
    ]);

    expect(tally.total).toBe(150);
    expect(tally.log.at(-1)?.role).toBe('checkpoint');
    expect(tally.log.at(-1)?.note).toContain('cannot be below a release it holds');
  });

  it('holds a release that two outlets gave against the same two totals', () => {
    const confirmed = anObservation({
      feed: 'north-times',
      published: '2022-03-03T18:00:00Z',
      mentions: [aRelease(400, '2022-03-03')],
    });

    const tally = foldLedger(ledger, [
      before,
      oversized,
      confirmed,
      totalOf('south-daily', '2022-03-05T12:00:00Z'),
      totalOf('east-post', '2022-03-05T18:00:00Z'),
    ]);

    expect(tally.total).toBe(430);
  });
});

describe("foldLedger: the ledger's target beside a running total", () => {
  const target = aLedger({ target: 1000 });
  const earlier = anObservation({ published: '2020-07-01T12:00:00Z', mentions: [aTotal(732, '2020-07-01')] });

  it('takes the lower running total, not the target told in the same article', () => {
    const tally = foldLedger(target, [
      earlier,
      anObservation({
        feed: 'south-daily',
        published: '2020-07-20T12:00:00Z',
        mentions: [
          aTotal(845, '2020-07-20', { sentence: 'The North has let go 845 southern soldiers so far.' }),
          aTotal(1000, '2020-07-20', { sentence: 'The process ends when 1,000 have been freed.' }),
        ],
      }),
    ]);

    expect(tally.total).toBe(845);
    expect(tally.log.at(-1)?.note).toContain('the 1000 promised');
  });

  it('still takes the target as the total when the lower figure is a subgroup below the count', () => {
    const tally = foldLedger(target, [
      anObservation({ published: '2020-07-25T12:00:00Z', mentions: [aTotal(950, '2020-07-25')] }),
      anObservation({
        feed: 'south-daily',
        published: '2020-07-30T12:00:00Z',
        mentions: [
          aTotal(1000, '2020-07-30', { sentence: 'All 1,000 have now been freed.' }),
          aTotal(73, '2020-07-30', { sentence: '73 of them were officers.' }),
        ],
      }),
    ]);

    expect(tally.total).toBe(1000);
  });
});

describe('foldLedger: a figure that adds up releases already counted', () => {
  const first = anObservation({
    feed: 'west-wire',
    published: '2023-11-24T15:00:00Z',
    mentions: [aRelease(13, '2023-11-24')],
  });
  const another = anObservation({
    feed: 'east-post',
    published: '2023-11-24T20:00:00Z',
    mentions: [aRelease(11, null, { sentence: 'Separately, another 11 foreign workers were also freed.' })],
  });

  it("takes a later figure for the day as the day's whole, holding the batches counted separately", () => {
    const whole = anObservation({
      feed: 'south-daily',
      published: '2023-11-25T08:00:00Z',
      mentions: [aRelease(25, '2023-11-24', { sentence: 'Twenty-five hostages were freed on Friday.' })],
    });

    const tally = foldLedger(ledger, [first, another, whole]);

    expect(tally.total).toBe(25);
    expect(tally.log.at(-1)?.note).toContain('holds the 11 counted separately');
    expect(tally.events).toHaveLength(1);
  });

  it("reads an undated figure equal to the sum of the day's releases as their whole told again", () => {
    const undated = anObservation({
      feed: 'south-daily',
      published: '2023-11-25T08:00:00Z',
      mentions: [aRelease(24, null, { sentence: 'Twenty-four hostages were freed from Gaza.' })],
    });

    const tally = foldLedger(ledger, [first, another, undated]);

    expect(tally.total).toBe(24);
    expect(tally.log.at(-1)?.role).toBe('same-event');
    expect(tally.log.at(-1)?.note).toContain('13 + 11');
  });

  it('reads a figure dated a day off that adds up the releases of that day as their whole misdated', () => {
    const misdated = anObservation({
      feed: 'south-daily',
      published: '2023-11-25T20:00:00Z',
      mentions: [aRelease(24, '2023-11-25', { sentence: 'Twenty-four hostages were freed on Saturday.' })],
    });

    expect(foldLedger(ledger, [first, another, misdated]).total).toBe(24);
  });

  it('still adds a figure cued as a further batch, whatever it adds up to', () => {
    const batch = anObservation({
      feed: 'south-daily',
      published: '2023-11-25T20:00:00Z',
      mentions: [aRelease(24, null, { sentence: 'Another 24 hostages were freed.' })],
    });

    expect(foldLedger(ledger, [first, another, batch]).total).toBe(48);
  });
});

describe('foldLedger: releases on the day of a running total', () => {
  it('keeps a release reported after a total of the same day inside it', () => {
    const tally = foldLedger(ledger, [
      anObservation({ published: '2023-11-27T21:00:00Z', mentions: [aTotal(69, '2023-11-27')] }),
      anObservation({ feed: 'east-post', published: '2023-11-28T06:00:00Z', mentions: [aRelease(11, '2023-11-27')] }),
    ]);

    expect(tally.total).toBe(69);
    expect(tally.log.at(-1)?.role).toBe('part');
  });

  it('does not add a release counted before a total of its day on top of that total', () => {
    const tally = foldLedger(ledger, [
      anObservation({ published: '2023-11-26T12:00:00Z', mentions: [aTotal(58, '2023-11-26')] }),
      anObservation({ feed: 'east-post', published: '2023-11-27T18:00:00Z', mentions: [aRelease(11, '2023-11-27')] }),
      anObservation({ published: '2023-11-27T21:00:00Z', mentions: [aTotal(69, '2023-11-27')] }),
    ]);

    expect(tally.total).toBe(69);
  });
});

describe("foldLedger: the other side's figure of an exchange", () => {
  const OTHER = 'south-frees-north';
  const bothSides = anObservation({
    feed: 'west-wire',
    published: '2022-09-22T05:00:00Z',
    mentions: [aRelease(215, '2022-09-21', { ledger: OTHER }), aRelease(55, '2022-09-21')],
  });

  it('does not count a figure that an outlet reporting both sides gave to the other side', () => {
    const mixedUp = anObservation({
      feed: 'east-post',
      published: '2022-09-22T15:00:00Z',
      mentions: [
        aRelease(55, '2022-09-22', { sentence: 'The North said 55 of its soldiers had been returned.' }),
        aRelease(215, '2022-09-22', { sentence: 'The South said it got back 215 people.' }),
      ],
    });

    const tally = foldLedger(ledger, [bothSides, mixedUp]);

    expect(tally.total).toBe(55);
    expect(tally.log.at(-1)?.note).toContain('the other side');
  });

  it('still counts an equal figure on both sides of a swap ("100 for 100")', () => {
    const tally = foldLedger(ledger, [
      anObservation({
        feed: 'west-wire',
        published: '2024-02-08T16:00:00Z',
        mentions: [aRelease(100, '2024-02-08', { ledger: OTHER }), aRelease(100, '2024-02-08')],
      }),
      anObservation({ feed: 'east-post', published: '2024-02-08T18:00:00Z', mentions: [aRelease(100, '2024-02-08')] }),
    ]);

    expect(tally.total).toBe(100);
  });

  it("still counts the other side's figure when no outlet set this side's apart from it", () => {
    const tally = foldLedger(ledger, [
      anObservation({
        feed: 'west-wire',
        published: '2022-09-22T05:00:00Z',
        mentions: [aRelease(215, '2022-09-21', { ledger: OTHER })],
      }),
      anObservation({ feed: 'east-post', published: '2022-09-22T15:00:00Z', mentions: [aRelease(215, '2022-09-22')] }),
    ]);

    expect(tally.total).toBe(215);
  });
});

describe('foldLedger: an exact figure and a hedged one for the same people in one article', () => {
  it('counts the exact figure and keeps the hedged one as the high estimate ("294, roughly 300")', () => {
    const tally = foldLedger(ledger, [
      anObservation({
        published: '2022-03-06T12:00:00Z',
        mentions: [aRelease(294, '2022-03-06'), aRelease(300, '2022-03-06', { qualifier: 'about' })],
      }),
    ]);

    expect(tally.total).toBe(294);
    expect(tally.highEstimate).toBe(300);
  });

  it('still counts a hedged figure told alone', () => {
    const tally = foldLedger(ledger, [
      anObservation({
        published: '2022-03-06T12:00:00Z',
        mentions: [aRelease(300, '2022-03-06', { qualifier: 'about' })],
      }),
    ]);

    expect(tally.total).toBe(300);
  });
});

describe('foldLedger: an undated smaller figure beside a dated release of its own article', () => {
  it('reads it as a part of that release ("rescued 15 ... the three Americans fly home tonight")', () => {
    const tally = foldLedger(ledger, [
      anObservation({
        published: '2022-07-03T12:00:00Z',
        mentions: [
          aRelease(15, '2022-07-02'),
          aRelease(3, null, { sentence: 'The three foreigners will travel home tonight.' }),
        ],
      }),
    ]);

    expect(tally.total).toBe(15);
  });

  it('still adds one told as a further batch ("another three")', () => {
    const tally = foldLedger(ledger, [
      anObservation({
        published: '2022-07-03T12:00:00Z',
        mentions: [
          aRelease(15, '2022-07-02'),
          aRelease(3, null, { sentence: 'Another three hostages were freed later.' }),
        ],
      }),
    ]);

    expect(tally.total).toBe(18);
  });
});

describe('foldLedger: a day figure told only second-hand, a day off the report’s own', () => {
  it('is a rival account of the release the report gives, whose own figure stands', () => {
    const ledger = aLedger({ target: null });
    const tally = foldLedger(ledger, [
      anObservation({
        published: '2020-04-02T06:30:00Z',
        mentions: [
          aRelease(2310, '2020-04-01', { sentence: 'Jails across the North released 2,310 inmates on Wednesday.' }),
          aRelease(2250, '2020-03-31', {
            sentence: 'A southern daily said that 2,250 prisoners had walked free on Tuesday.',
          }),
        ],
      }),
    ]);

    expect(tally.total).toBe(2310);
  });

  it('still counts a second-hand figure for a day far from any release of the report', () => {
    const ledger = aLedger({ target: null });
    const tally = foldLedger(ledger, [
      anObservation({
        published: '2020-04-12T06:30:00Z',
        mentions: [
          aRelease(2310, '2020-04-10', { sentence: 'Jails across the North released 2,310 inmates on Friday.' }),
          aRelease(2250, '2020-04-01', {
            sentence: 'A southern daily said that 2,250 prisoners had walked free on April 1.',
          }),
        ],
      }),
    ]);

    expect(tally.total).toBe(4560);
  });
});

describe('foldLedger: a dated release of the figure an earlier report gave with no day', () => {
  it('is that release, now dated, when the undated one was counted within two days after', () => {
    const ledger = aLedger({ target: null });
    const tally = foldLedger(ledger, [
      anObservation({
        published: '2020-04-02T06:30:00Z',
        mentions: [aRelease(2310, null, { sentence: "The amnesty let 2,310 inmates out of the North's jails." })],
      }),
      anObservation({
        feed: 'capital-explainer',
        published: '2020-04-21T08:00:00Z',
        mentions: [
          aRelease(2310, '2020-04-01', {
            sentence: 'According to the corrections department, 2,310 inmates were let out on April 1.',
          }),
        ],
      }),
    ]);

    expect(tally.total).toBe(2310);
  });

  it('takes a second-hand day figure as a rival of the report’s own figure that has no day', () => {
    const ledger = aLedger({ target: null });
    const tally = foldLedger(ledger, [
      anObservation({
        published: '2020-04-02T06:30:00Z',
        mentions: [
          aRelease(2310, null, { sentence: "The amnesty let 2,310 inmates out of the North's jails." }),
          aRelease(2250, '2020-03-31', {
            sentence: 'A southern daily said that 2,250 prisoners had walked free on Tuesday.',
          }),
        ],
      }),
    ]);

    expect(tally.total).toBe(2310);
  });
});

describe('foldLedger: a running total two outlets agree on, against releases only one outlet gave', () => {
  // West-wire alone tells two earlier batches; both outlets tell the 6 of May 1; the totals say 8 in all.
  const lone = anObservation({
    feed: 'west-wire',
    published: '2024-05-01T18:00:00Z',
    mentions: [
      aRelease(6, '2024-05-01', { sentence: 'Six prisoners were let go on Wednesday.' }),
      aRelease(12, '2024-04-29', { sentence: 'On Monday, 12 villagers were allowed to leave.' }),
      aRelease(14, '2024-04-30', { sentence: 'Fourteen more went home on Tuesday, a local chief said.' }),
    ],
  });
  const confirming = anObservation({
    feed: 'east-post',
    published: '2024-05-01T21:00:00Z',
    mentions: [aRelease(6, '2024-05-01', { sentence: 'The North set six southerners free on Wednesday.' })],
  });
  const firstTotal = (count: number) =>
    anObservation({
      feed: 'east-post',
      published: '2024-05-02T09:00:00Z',
      mentions: [aTotal(count, '2024-05-02', { sentence: `In all, ${count} southerners have been freed so far.` })],
    });
  const secondTotal = (count: number, feed = 'south-daily') =>
    anObservation({
      feed,
      published: '2024-05-03T09:00:00Z',
      mentions: [aTotal(count, '2024-05-03', { sentence: `The North has now freed ${count} southerners in total.` })],
    });

  it('turns a lone lower total away, as a misprint or another basis', () => {
    const tally = foldLedger(ledger, [lone, confirming, firstTotal(8)]);

    expect(tally.total).toBe(32);
    expect(tally.log.at(-1)?.note).toContain('not a correction');
  });

  it('takes the total once a second outlet states it too', () => {
    const tally = foldLedger(ledger, [lone, confirming, firstTotal(8), secondTotal(8)]);

    expect(tally.total).toBe(8);
    expect(tally.log.at(-1)).toMatchObject({ role: 'checkpoint' });
    expect(tally.log.at(-1)?.note).toContain('a total two outlets agree on outweighs releases only one outlet gave');
  });

  it("takes a second outlet's higher total in step with the first", () => {
    const tally = foldLedger(ledger, [lone, confirming, firstTotal(8), secondTotal(9)]);

    expect(tally.total).toBe(9);
    expect(tally.log.at(-1)?.note).toContain("two outlets' totals in step outweigh our own sum of releases");
  });

  it('does not count the same outlet saying its total again as a second outlet', () => {
    const tally = foldLedger(ledger, [lone, confirming, firstTotal(8), secondTotal(8, 'east-post')]);

    expect(tally.total).toBe(32);
  });

  it('keeps releases two outlets gave: agreeing totals below them are another basis', () => {
    const alsoFourteen = anObservation({
      feed: 'north-times',
      published: '2024-05-01T22:00:00Z',
      mentions: [aRelease(14, '2024-04-30', { sentence: 'Fourteen detainees from the South were freed on Tuesday.' })],
    });
    const tally = foldLedger(ledger, [lone, confirming, alsoFourteen, firstTotal(8), secondTotal(9)]);

    expect(tally.total).toBe(32);
  });
});

describe('foldLedger: a release with no day that one outlet alone gives', () => {
  const dated = anObservation({
    feed: 'west-wire',
    published: '2024-09-03T12:00:00Z',
    mentions: [aRelease(40, '2024-09-02', { sentence: 'The North freed 40 southern prisoners on Monday.' })],
  });
  const alsoDated = anObservation({
    feed: 'east-post',
    published: '2024-09-03T15:00:00Z',
    mentions: [aRelease(40, '2024-09-02', { sentence: 'Forty southerners were let go by the North on Monday.' })],
  });
  const undated = (sentence: string, feed = 'south-daily') =>
    anObservation({ feed, published: '2024-09-10T09:00:00Z', mentions: [aRelease(25, null, { sentence })] });

  it('is left out of the total while other outlets report the ledger, and kept in the high estimate', () => {
    const tally = foldLedger(ledger, [dated, alsoDated, undated('Some 25 families have had their sons back.')]);

    expect(tally.total).toBe(40);
    expect(tally.highEstimate).toBe(65);
    expect(tally.log.at(-1)).toMatchObject({ role: 'not-counted', delta: 0 });
    expect(tally.events.map((e) => e.count)).toEqual([40]);
  });

  it('counts when it is the only outlet reporting the ledger', () => {
    const alone = (published: string, mention: ReturnType<typeof aRelease>) =>
      anObservation({ feed: 'south-daily', published, mentions: [mention] });
    const tally = foldLedger(ledger, [
      alone('2024-09-03T12:00:00Z', aRelease(40, '2024-09-02')),
      alone('2024-09-10T09:00:00Z', aRelease(25, null, { sentence: 'Some 25 families have had their sons back.' })),
    ]);

    expect(tally.total).toBe(65);
  });

  it('counts when told as a further batch', () => {
    const tally = foldLedger(ledger, [dated, alsoDated, undated('Another 25 southerners were freed by the North.')]);

    expect(tally.total).toBe(65);
  });

  it('is left out, likewise, when one outlet alone first tells it more than a week after its day', () => {
    const old = anObservation({
      feed: 'south-daily',
      published: '2024-09-20T09:00:00Z',
      mentions: [aRelease(25, '2024-09-05', { sentence: 'The North freed 25 men on September 5, an aide recalled.' })],
    });
    const tally = foldLedger(ledger, [dated, alsoDated, old]);

    expect(tally.total).toBe(40);
    expect(tally.log.at(-1)?.note).toContain('over 7 days after its day');
  });

  it('counts a lone release told with its day', () => {
    const lone = anObservation({
      feed: 'south-daily',
      published: '2024-09-10T09:00:00Z',
      mentions: [aRelease(25, '2024-09-09', { sentence: 'The North freed 25 more on Monday.' })],
    });

    expect(foldLedger(ledger, [dated, alsoDated, lone]).total).toBe(65);
  });
});
