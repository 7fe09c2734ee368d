import { describe, expect, it } from 'vitest';
import { foldLedger } from '../../../src/core/tally/fold-ledger.js';
import { aLedger, anAnnouncement, anObservation, aPledge, aRelease, aTotal } from './tally-builders.js';

const ledger = aLedger();

describe('foldLedger: one release, many reports', () => {
  it('counts a batch reported by five outlets once, keeping every source', () => {
    const feeds = ['north-wire', 'south-daily', 'gulf-post', 'river-times', 'plain-herald'];
    const observations = feeds.map((feed, i) =>
      anObservation({ feed, published: `2021-03-0${i + 1}T10:00:00Z`, mentions: [aRelease(100, '2021-03-01')] }),
    );

    const tally = foldLedger(ledger, observations);

    expect(tally.total).toBe(100);
    expect(tally.events).toHaveLength(1);
    expect(tally.events[0]?.sources.map((s) => s.feed)).toEqual(feeds);
    expect(tally.log.map((e) => e.role)).toEqual(['new-event', 'same-event', 'same-event', 'same-event', 'same-event']);
    expect(tally.log[1]?.note).toContain('100 on 2021-03-01 reported by north-wire');
  });

  it('reads "in addition to a hundred released on Wednesday" as the earlier release', () => {
    const wednesday = anObservation({ published: '2021-03-03T12:00:00Z', mentions: [aRelease(100, '2021-03-03')] });
    const thursday = anObservation({
      feed: 'south-daily',
      published: '2021-03-04T12:00:00Z',
      mentions: [
        aRelease(100, '2021-03-04', { sentence: 'The number released today reached one hundred.' }),
        aRelease(100, '2021-03-03', { sentence: 'That is in addition to a hundred released on Wednesday.' }),
      ],
    });

    const tally = foldLedger(ledger, [wednesday, thursday]);

    expect(tally.total).toBe(200);
    expect(tally.log.map((e) => e.role)).toEqual(['new-event', 'new-event', 'same-event']);
  });

  it('treats an undated report of a recent, equal count as the same release', () => {
    const dated = anObservation({ published: '2021-03-03T12:00:00Z', mentions: [aRelease(55, '2021-03-02')] });
    const undated = anObservation({
      feed: 'south-daily',
      published: '2021-03-05T12:00:00Z',
      mentions: [aRelease(55, null, { sentence: 'The 55 prisoners came from nine provinces.' })],
    });

    expect(foldLedger(ledger, [dated, undated]).total).toBe(55);
  });

  it('counts an undated release with no earlier match as new, on its day of publication', () => {
    const first = anObservation({ published: '2021-03-03T12:00:00Z', mentions: [aRelease(55, '2021-03-02')] });
    const second = anObservation({
      published: '2021-03-09T12:00:00Z',
      mentions: [aRelease(40, null, { sentence: 'Another 40 prisoners have been freed.' })],
    });

    const tally = foldLedger(ledger, [first, second]);

    expect(tally.total).toBe(95);
    expect(tally.events.map((e) => e.count)).toEqual([55, 40]);
  });

  it("dates an undated release to a past month its sentence names, apart from this month's", () => {
    const observation = anObservation({
      published: '2024-09-04T12:00:00Z',
      mentions: [
        aRelease(30, '2024-09-04', { sentence: 'On Wednesday he pardoned 30 people.' }),
        aRelease(30, null, { sentence: 'Last month, 30 people were granted a pardon.' }),
        aRelease(18, null, { sentence: 'And 18 political prisoners were freed in July.' }),
      ],
    });

    expect(foldLedger(ledger, [observation]).total).toBe(78);
  });
});

describe('foldLedger: what never adds', () => {
  it('ignores pledges and counts nothing for them', () => {
    const tally = foldLedger(ledger, [
      anObservation({ published: '2021-03-01T10:00:00Z', mentions: [aPledge(5000), aPledge(1500)] }),
    ]);

    expect(tally.total).toBe(0);
    expect(tally.log.every((e) => e.role === 'not-counted' && e.delta === 0)).toBe(true);
  });

  it('does not count an announcement, and marks it superseded once the release is reported', () => {
    const announced = anObservation({
      published: '2021-03-08T07:00:00Z',
      mentions: [anAnnouncement(100, '2021-03-08')],
    });
    const released = anObservation({ published: '2021-03-08T15:00:00Z', mentions: [aRelease(100, '2021-03-08')] });

    expect(foldLedger(ledger, [announced]).total).toBe(0);
    const tally = foldLedger(ledger, [announced, released]);
    expect(tally.total).toBe(100);
    expect(tally.log[0]?.role).toBe('superseded');
  });
});

describe('foldLedger: running totals', () => {
  const releases = [
    anObservation({ published: '2021-03-01T12:00:00Z', mentions: [aRelease(100, '2021-03-01')] }),
    anObservation({ published: '2021-03-02T12:00:00Z', mentions: [aRelease(100, '2021-03-02')] }),
  ];

  it('resets the total up to an official running total, then adds releases dated after it', () => {
    const total = anObservation({ published: '2021-03-05T12:00:00Z', mentions: [aTotal(361, '2021-03-05')] });
    const later = anObservation({ published: '2021-03-07T12:00:00Z', mentions: [aRelease(55, '2021-03-06')] });

    const tally = foldLedger(ledger, [...releases, total, later]);

    expect(tally.total).toBe(416);
    expect(tally.log.map((e) => e.role)).toEqual(['new-event', 'new-event', 'checkpoint', 'new-event']);
    expect(tally.log[2]?.delta).toBe(161);
  });

  it('keeps releases dated on or before a running total inside it', () => {
    const total = anObservation({ published: '2021-03-05T12:00:00Z', mentions: [aTotal(300, '2021-03-05')] });
    const late = anObservation({ published: '2021-03-06T12:00:00Z', mentions: [aRelease(100, '2021-03-04')] });

    const tally = foldLedger(ledger, [...releases, total, late]);

    expect(tally.total).toBe(300);
    expect(tally.log.at(-1)?.role).toBe('part');
  });

  it('takes a later, lower official total as a correction when nothing else contradicts it', () => {
    const outlier = anObservation({ published: '2021-03-05T12:00:00Z', mentions: [aTotal(661, '2021-03-05')] });
    const corrected = anObservation({
      feed: 'south-daily',
      published: '2021-03-09T12:00:00Z',
      mentions: [aTotal(480, '2021-03-09')],
    });

    const tally = foldLedger(ledger, [...releases, outlier, corrected]);

    expect(tally.total).toBe(480);
    expect(tally.log.at(-1)?.role).toBe('checkpoint');
    expect(tally.log.at(-1)?.note).toContain('correction');
  });

  it('ignores a stale total that falls below what the releases already establish', () => {
    const total = anObservation({ published: '2021-03-03T12:00:00Z', mentions: [aTotal(200, '2021-03-02')] });
    const more = anObservation({ published: '2021-03-04T12:00:00Z', mentions: [aRelease(50, '2021-03-04')] });
    const stale = anObservation({ published: '2021-03-06T12:00:00Z', mentions: [aTotal(180, '2021-03-06')] });

    const tally = foldLedger(ledger, [...releases, total, more, stale]);

    expect(tally.total).toBe(250);
    expect(tally.log.at(-1)?.role).toBe('not-counted');
    expect(tally.log.at(-1)?.note).toContain('stale');
  });

  it('does not let a repeated old total swallow releases dated after its first report', () => {
    const total = anObservation({ published: '2021-03-03T12:00:00Z', mentions: [aTotal(200, '2021-03-03')] });
    const repeat = anObservation({
      published: '2021-03-10T12:00:00Z',
      mentions: [aRelease(29, '2021-03-10'), aTotal(200, '2021-03-10')],
    });

    const tally = foldLedger(ledger, [...releases, total, repeat]);

    expect(tally.total).toBe(229);
    expect(tally.log.map((e) => e.role).slice(-2)).toEqual(['new-event', 'same-event']);
  });

  it('reads "over 850" as an at-least total and a lower "more than" figure as no news', () => {
    const over = anObservation({
      published: '2021-03-05T12:00:00Z',
      mentions: [aTotal(850, '2021-03-05', { qualifier: 'at_least' })],
    });
    const vague = anObservation({
      published: '2021-03-07T12:00:00Z',
      mentions: [aTotal(800, '2021-03-07', { qualifier: 'at_least' })],
    });

    // A deal of 1,000: 850 is within what it provides for.
    const tally = foldLedger(aLedger({ target: 1000 }), [...releases, over, vague]);

    expect(tally.total).toBe(850);
    expect(tally.qualifier).toBe('at_least');
  });

  it('counts an undated release told beside a current total as inside that total', () => {
    const observation = anObservation({
      published: '2021-03-05T12:00:00Z',
      mentions: [
        aRelease(58, null, { sentence: '58 more had been freed, bringing the total to 550.' }),
        aTotal(550, '2021-03-05', { sentence: '58 more had been freed, bringing the total to 550.' }),
      ],
    });

    const tally = foldLedger(ledger, [...releases, observation]);

    expect(tally.total).toBe(550);
    expect(tally.log.map((e) => e.role).slice(-2)).toEqual(['part', 'checkpoint']);
  });
});

describe('foldLedger: totals that must not pull the count down', () => {
  it("ignores a lower total of a subgroup told beside the day's release", () => {
    const observations = [
      anObservation({ published: '2021-03-01T12:00:00Z', mentions: [aRelease(15, '2021-03-01')] }),
      anObservation({
        published: '2021-03-02T12:00:00Z',
        mentions: [aRelease(3, '2021-03-02'), aTotal(18, '2021-03-02')],
      }),
      anObservation({
        feed: 'south-daily',
        published: '2021-03-09T12:00:00Z',
        mentions: [aRelease(3, '2021-03-09'), aTotal(16, '2021-03-09')],
      }),
    ];

    expect(foldLedger(ledger, observations).total).toBe(21);
  });

  it('ignores a misprinted total far below the count ("1917" for 4,917)', () => {
    const observations = [
      anObservation({ published: '2021-03-01T12:00:00Z', mentions: [aTotal(4917, '2021-03-01')] }),
      anObservation({ published: '2021-03-02T12:00:00Z', mentions: [aTotal(1917, '2021-03-02')] }),
    ];

    const tally = foldLedger(aLedger({ target: 5000 }), observations);

    expect(tally.total).toBe(4917);
    expect(tally.log.at(-1)?.note).toContain('misprint');
  });

  it('keeps an outlier total out once it was corrected, however often it is repeated', () => {
    const observations = [
      anObservation({ published: '2021-03-01T12:00:00Z', mentions: [aTotal(361, '2021-03-01')] }),
      anObservation({ published: '2021-03-05T12:00:00Z', mentions: [aTotal(661, '2021-03-05')] }),
      anObservation({ published: '2021-03-09T12:00:00Z', mentions: [aTotal(550, '2021-03-09')] }),
      anObservation({ published: '2021-03-15T12:00:00Z', mentions: [aTotal(661, '2021-03-15')] }),
    ];

    const tally = foldLedger(ledger, observations);

    expect(tally.total).toBe(550);
    expect(tally.log.at(-1)?.note).toContain('stale');
  });

  it('takes an undated release that looks back as already inside the current total', () => {
    const observations = [
      anObservation({ published: '2021-03-01T12:00:00Z', mentions: [aTotal(60, '2021-03-01')] }),
      anObservation({
        published: '2021-03-20T12:00:00Z',
        mentions: [aRelease(40, null, { sentence: 'On two occasions earlier this month, they freed 40 soldiers.' })],
      }),
    ];

    expect(foldLedger(ledger, observations).total).toBe(60);
  });
});

describe('foldLedger: parts, batches and rival figures', () => {
  it('keeps the lower of two rival figures in one article ("80, or 86 by the other side\'s count")', () => {
    const tally = foldLedger(ledger, [
      anObservation({
        published: '2021-03-02T12:00:00Z',
        mentions: [
          aRelease(80, '2021-03-01', { sentence: 'Officials said 80 prisoners were freed.' }),
          aRelease(86, '2021-03-01', { sentence: 'Insurgent sources put the number at 86.' }),
        ],
      }),
    ]);

    expect(tally.total).toBe(80);
    expect(tally.highEstimate).toBe(86);
  });

  it('lifts "more than 300" to the sum of its parts when they add up to more', () => {
    const sentence = 'More than 300 were released: flights carried 70 of them one way and 250 the other.';
    const tally = foldLedger(ledger, [
      anObservation({
        published: '2021-03-01T12:00:00Z',
        mentions: [
          aRelease(300, '2021-03-01', { sentence, qualifier: 'at_least' }),
          aRelease(70, '2021-03-01', { sentence }),
          aRelease(250, '2021-03-01', { sentence }),
        ],
      }),
    ]);

    expect(tally.total).toBe(320);
    expect(tally.qualifier).toBe('at_least');
  });

  it('counts "31 detainees, among them 9 women and 4 minors" once', () => {
    const sentence = 'The North freed 31 detainees, among them 9 women and 4 minors.';
    const tally = foldLedger(ledger, [
      anObservation({
        published: '2021-03-01T12:00:00Z',
        mentions: [
          aRelease(31, '2021-03-01', { sentence }),
          aRelease(9, '2021-03-01', { sentence }),
          aRelease(4, '2021-03-01', { sentence }),
        ],
      }),
    ]);

    expect(tally.total).toBe(31);
    expect(tally.log.map((e) => e.role)).toEqual(['new-event', 'part', 'part']);
  });

  it('recognises a breakdown by its sum: "18 captives: 11 nurses, 6 engineers and a pilot"', () => {
    const tally = foldLedger(ledger, [
      anObservation({
        published: '2021-03-01T12:00:00Z',
        mentions: [
          aRelease(11, '2021-03-01', { sentence: '11 nurses were freed.' }),
          aRelease(6, '2021-03-01', { sentence: 'So were 6 engineers.' }),
          aRelease(1, '2021-03-01', { sentence: 'And a pilot.' }),
          aRelease(18, '2021-03-01', { sentence: 'In all, 18 captives walked free.' }),
        ],
      }),
    ]);

    expect(tally.total).toBe(18);
  });

  it('adds several batches freed the same day when no total is given', () => {
    const tally = foldLedger(ledger, [
      anObservation({
        published: '2021-03-01T18:00:00Z',
        mentions: [
          aRelease(7, '2021-03-01', { sentence: 'Seven aid workers were freed in the morning.' }),
          aRelease(2, '2021-03-01', { sentence: 'Later, two journalists walked free.' }),
          aRelease(1, '2021-03-01', { sentence: 'A doctor was then released as well.' }),
        ],
      }),
    ]);

    expect(tally.total).toBe(10);
    expect(tally.log.map((e) => e.delta)).toEqual([7, 2, 1]);
  });

  it('adds groups told side by side when no whole is given: "270 soldiers and 120 civilians"', () => {
    const sentence = 'The North freed 270 southern soldiers and 120 southern civilians on Friday.';
    const tally = foldLedger(ledger, [
      anObservation({
        published: '2021-03-01T12:00:00Z',
        mentions: [aRelease(270, '2021-02-26', { sentence }), aRelease(120, '2021-02-26', { sentence })],
      }),
    ]);

    expect(tally.total).toBe(390);
    expect(tally.log.map((e) => e.delta)).toEqual([270, 120]);
  });

  it('adds the same figure told for two groups: "100 men and 100 women"', () => {
    const sentence = 'On Friday the North let 100 men and 100 women go.';
    const tally = foldLedger(ledger, [
      anObservation({
        published: '2021-03-01T12:00:00Z',
        mentions: [aRelease(100, '2021-02-26', { sentence }), aRelease(100, '2021-02-26', { sentence })],
      }),
    ]);

    expect(tally.total).toBe(200);
  });

  it('keeps groups told side by side as parts when the article states their whole', () => {
    const tally = foldLedger(ledger, [
      anObservation({
        published: '2021-03-01T12:00:00Z',
        mentions: [
          aRelease(390, '2021-02-26', { sentence: 'The North freed 390 southern prisoners on Friday.' }),
          aRelease(270, '2021-02-26', { sentence: 'They were 270 soldiers and 120 civilians.' }),
          aRelease(120, '2021-02-26', { sentence: 'They were 270 soldiers and 120 civilians.' }),
        ],
      }),
    ]);

    expect(tally.total).toBe(390);
  });

  it('does not add a figure joined to another by a clause of its own: "86, and the South said 80"', () => {
    const sentence = 'The North said it freed 86 prisoners on Friday, and the South said 80 came home.';
    const tally = foldLedger(ledger, [
      anObservation({
        published: '2021-03-01T12:00:00Z',
        mentions: [aRelease(86, '2021-02-26', { sentence }), aRelease(80, '2021-02-26', { sentence })],
      }),
    ]);

    expect(tally.total).toBe(80);
  });

  it('leaves out a wrap-up that restates the whole deal as one release, and its breakdown with it', () => {
    const wrapUp = 'The North handed back 500 southern prisoners, 440 of them soldiers and 60 civilians.';
    const tally = foldLedger(ledger, [
      anObservation({ published: '2021-03-01T12:00:00Z', mentions: [aRelease(200, '2021-03-01')] }),
      anObservation({ published: '2021-03-02T12:00:00Z', mentions: [aRelease(300, '2021-03-02')] }),
      anObservation({
        published: '2021-03-05T12:00:00Z',
        mentions: [
          aRelease(500, null, { sentence: wrapUp }),
          aRelease(440, null, { sentence: wrapUp }),
          aRelease(60, null, { sentence: wrapUp }),
        ],
      }),
    ]);

    expect(tally.total).toBe(500);
    expect(tally.log.filter((e) => e.role !== 'not-counted').map((e) => e.delta)).toEqual([200, 300]);
  });

  it('keeps the lower of two rival figures for one day and the higher as the high estimate', () => {
    const government = anObservation({ published: '2021-03-02T08:00:00Z', mentions: [aRelease(86, '2021-03-01')] });
    const insurgents = anObservation({
      feed: 'south-daily',
      published: '2021-03-02T10:00:00Z',
      mentions: [aRelease(80, '2021-03-01')],
    });

    const tally = foldLedger(ledger, [government, insurgents]);

    expect(tally.total).toBe(80);
    expect(tally.highEstimate).toBe(86);
    expect(tally.events[0]?.highCount).toBe(86);
  });

  it('replaces a figure a later report says was corrected', () => {
    const first = anObservation({ published: '2021-03-02T08:00:00Z', mentions: [aRelease(100, '2021-03-01')] });
    const fix = anObservation({
      published: '2021-03-03T08:00:00Z',
      mentions: [aRelease(120, '2021-03-01', { sentence: 'Officials corrected the figure to 120 freed on Monday.' })],
    });

    const tally = foldLedger(ledger, [first, fix]);

    expect(tally.total).toBe(120);
    expect(tally.highEstimate).toBeNull();
    expect(tally.log[0]?.role).toBe('superseded');
  });
});

describe('foldLedger: a pure function of the observations', () => {
  const observations = [
    anObservation({ published: '2021-03-01T12:00:00Z', mentions: [aRelease(100, '2021-03-01')] }),
    anObservation({
      published: '2021-03-02T12:00:00Z',
      mentions: [aRelease(100, '2021-03-02'), aTotal(200, '2021-03-02')],
    }),
    anObservation({ published: '2021-03-04T12:00:00Z', mentions: [aRelease(40, '2021-03-04'), aPledge(500)] }),
  ];

  it('gives the same tally whatever the order of its input', () => {
    const reversed = [...observations].reverse();
    expect(foldLedger(ledger, reversed)).toEqual(foldLedger(ledger, observations));
  });

  it('gives, for an article re-read with changed mentions, the tally as if the old reading never existed', () => {
    const [first, second, third] = observations;
    if (!first || !second || !third) throw new Error('fixture');
    const reread = { ...third, mentions: [{ ...third.mentions[0], count: 45 } as (typeof third.mentions)[number]] };

    const replaced = foldLedger(ledger, [first, second, reread]);

    expect(replaced).toEqual(foldLedger(ledger, [reread, second, first]));
    expect(replaced.total).toBe(245);
  });

  it("takes only its own ledger's mentions", () => {
    const other = anObservation({
      published: '2021-03-05T12:00:00Z',
      mentions: [
        aRelease(999, '2021-03-05', { ledger: 'south-frees-north' }),
        aRelease(5, '2021-03-05', { ledger: null }),
      ],
    });

    const tally = foldLedger(ledger, [...observations, other]);

    expect(tally.total).toBe(240);
    expect(tally.log).toHaveLength(5);
  });
});
