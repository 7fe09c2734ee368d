import { describe, expect, it } from 'vitest';
import { foldLedger } from '../../../src/core/tally/fold-ledger.js';
import { aLedger, anObservation, aPledge, aRelease, aTotal } from './tally-builders.js';

describe('foldLedger: an undated back-reference to a release already counted', () => {
  const ledger = aLedger({ target: 500 });
  const thursday = () =>
    anObservation({
      published: '2023-10-13T10:00:00Z',
      mentions: [aRelease(21, '2023-10-12', { sentence: 'The group freed 21 captives on Thursday.' })],
    });
  const undated = (published: string, sentence: string, count = 21) =>
    anObservation({ feed: 'south-daily', published, mentions: [aRelease(count, null, { sentence })] });

  it('does not count "the 21 freed last week" again, whatever else its sentence says', () => {
    for (const sentence of [
      'The 21 freed last week are being treated in the capital.',
      'The 21 freed last week were later taken to a hospital in the capital.',
      'The 21 freed last week are also being treated in the capital.',
      'Those 21 captives, released after months in the jungle, then flew home.',
      'Doctors again examined the 21 captives freed earlier.',
    ]) {
      const tally = foldLedger(ledger, [thursday(), undated('2023-10-20T10:00:00Z', sentence)]);

      expect(tally.total, sentence).toBe(21);
      expect(tally.log.at(-1)?.role, sentence).toBe('same-event');
      expect(tally.log.at(-1)?.note, sentence).toContain('refers back to');
    }
  });

  it('matches a definite back-reference over a longer span than an uncued report', () => {
    const tally = foldLedger(ledger, [
      thursday(),
      undated('2023-11-25T10:00:00Z', 'The 21 captives are still recovering in the capital.'),
    ]);

    expect(tally.total).toBe(21);
  });

  it('does not add a back-reference inside the running total counted since', () => {
    const tally = foldLedger(ledger, [
      anObservation({
        published: '2023-10-13T10:00:00Z',
        mentions: [aRelease(21, '2023-10-12'), aTotal(60, '2023-10-13')],
      }),
      undated('2023-10-20T10:00:00Z', 'The 21 freed last week are also being treated.'),
    ]);

    expect(tally.total).toBe(60);
  });

  it('matches the figure another report gave for the release, not only the one counted', () => {
    const tally = foldLedger(ledger, [
      thursday(),
      anObservation({ feed: 'gulf-post', published: '2023-10-13T12:00:00Z', mentions: [aRelease(20, '2023-10-12')] }),
      undated('2023-10-20T10:00:00Z', 'The 21 freed last week were later flown to the capital.'),
    ]);

    expect(tally.total).toBe(20);
    expect(tally.highEstimate).toBe(21);
  });

  it('still counts a figure cued as a further batch ("another 21") as new', () => {
    const tally = foldLedger(ledger, [
      thursday(),
      undated('2023-10-20T10:00:00Z', 'Another 21 captives have been freed, the group said later.'),
    ]);

    expect(tally.total).toBe(42);
  });

  it('still counts a definite undated release that matches nothing counted before', () => {
    const tally = foldLedger(ledger, [
      thursday(),
      undated('2023-10-20T10:00:00Z', 'The 35 freed were later taken to the capital.', 35),
    ]);

    expect(tally.total).toBe(56);
  });
});

describe('foldLedger: a running total equal to the target, told as achieved', () => {
  const ledger = aLedger({ target: 681 });
  const dayOne = anObservation({
    published: '2024-05-10T18:00:00Z',
    mentions: [
      aPledge(681, { sentence: 'The deal provides for the release of 681 prisoners.' }),
      aRelease(101, '2024-05-10', { sentence: '101 were flown out on Friday.' }),
    ],
  });
  const dayTwo = (...mentions: ReturnType<typeof aTotal>[]) =>
    anObservation({ feed: 'gulf-post', published: '2024-05-11T18:00:00Z', mentions });

  it('takes "the operation was complete, with all 681 freed" as the count', () => {
    const tally = foldLedger(ledger, [
      dayOne,
      dayTwo(aTotal(681, '2024-05-11', { sentence: 'The ICRC said the operation was complete, with all 681 freed.' })),
    ]);

    expect(tally.total).toBe(681);
    expect(tally.log.at(-1)?.role).toBe('checkpoint');
    expect(tally.log.at(-1)?.note).toContain('told as reached');
  });

  it('takes the target told as reached beside a pledge word ("all 681 promised have now been freed")', () => {
    const tally = foldLedger(ledger, [
      dayOne,
      dayTwo(aTotal(681, '2024-05-11', { sentence: 'All 681 prisoners promised under the deal have now been freed.' })),
    ]);

    expect(tally.total).toBe(681);
  });

  it('takes "a total of 681 have now been released" as the count, over the day\'s flight beside it', () => {
    const tally = foldLedger(ledger, [
      dayOne,
      dayTwo(
        aRelease(300, '2024-05-11', { sentence: 'Another 300 were flown out on Saturday.' }),
        aTotal(681, '2024-05-11', { sentence: 'A total of 681 prisoners have now been released.' }),
      ),
    ]);

    expect(tally.total).toBe(681);
  });

  it('prefers the achieved target to a lower total the same article gives for earlier in the day', () => {
    const tally = foldLedger(ledger, [
      dayOne,
      dayTwo(
        aTotal(450, '2024-05-11', { sentence: 'By noon, 450 had been freed.' }),
        aTotal(681, '2024-05-11', { sentence: 'By evening all 681 had been freed, the ICRC said.' }),
      ),
    ]);

    expect(tally.total).toBe(681);
  });

  it('does not add a later back-reference to the achieved total', () => {
    const tally = foldLedger(ledger, [
      dayOne,
      dayTwo(aTotal(681, '2024-05-11', { sentence: 'A total of 681 prisoners have now been released.' })),
      anObservation({
        feed: 'river-times',
        published: '2024-05-18T18:00:00Z',
        mentions: [
          aRelease(681, null, { sentence: 'The 681 freed last week are back with their families.' }),
          aRelease(101, null, { sentence: 'The first 101 were flown out earlier.' }),
          aTotal(681, '2024-05-18', { sentence: 'All 681 have been released.' }),
        ],
      }),
    ]);

    expect(tally.total).toBe(681);
  });

  it('still treats the promise told in total wording as the promise', () => {
    for (const [qualifier, sentence, eventDate] of [
      ['about', 'The deal frees about 681 prisoners.', '2024-05-11'],
      ['exact', 'The deal provides for a total of 681 to be released.', '2024-05-11'],
      ['exact', 'The exchange will be complete when all 681 have been freed.', '2024-05-11'],
      ['exact', 'So far 101 of the 681 promised have been freed.', '2024-05-11'],
      ['exact', 'A total of 681 have now been released, the ICRC said.', null],
    ] as const) {
      const tally = foldLedger(ledger, [dayOne, dayTwo(aTotal(681, eventDate, { qualifier, sentence }))]);

      expect(tally.total, sentence).toBe(101);
      expect(tally.log.at(-1)?.note, sentence).toContain('restates the 681');
    }
  });
});

describe('foldLedger: a figure with no day that a past release was already given as', () => {
  const may = [
    anObservation({ feed: 'west-wire', published: '2023-05-14T12:00:00Z', mentions: [aRelease(16, '2023-05-13')] }),
    anObservation({ feed: 'east-post', published: '2023-05-14T15:00:00Z', mentions: [aRelease(17, '2023-05-13')] }),
  ];

  it('is that release told again weeks later, not a new one', () => {
    const recap = anObservation({
      feed: 'south-review',
      published: '2023-07-30T12:00:00Z',
      mentions: [aRelease(17, null, { sentence: 'Seventeen were freed by commandos in the spring.' })],
    });
    const tally = foldLedger(aLedger({ target: null }), [...may, recap]);

    expect(tally.total).toBe(16);
    expect(tally.log.at(-1)?.role).not.toBe('new-event');
  });

  it('is that release when told for its month too', () => {
    const recap = anObservation({
      feed: 'south-review',
      published: '2023-08-18T12:00:00Z',
      mentions: [aRelease(17, null, { sentence: 'In May, 17 were freed by commandos.' })],
    });
    expect(foldLedger(aLedger({ target: null }), [...may, recap]).total).toBe(16);
  });
});

describe('foldLedger: an undated figure its own article already told as a release', () => {
  const ledger = aLedger({ target: null });
  const january = () =>
    anObservation({
      published: '2023-01-18T10:00:00Z',
      mentions: [aRelease(10, '2023-01-16', { sentence: 'The rebels freed ten sailors on Monday.' })],
    });

  it('takes a figure with no day, told again after a past release of the same size, as that release', () => {
    const analysis = anObservation({
      feed: 'gulf-review',
      published: '2024-06-20T10:00:00Z',
      mentions: [
        aRelease(10, null, { sentence: 'In January last year the rebels released ten sailors to the Red Cross.' }),
        aRelease(10, null, { sentence: 'Ten came back.' }),
      ],
    });
    const tally = foldLedger(ledger, [january(), analysis]);

    expect(tally.total).toBe(10);
    expect(tally.log.at(-1)?.role).toBe('same-event');
  });

  it('takes a smaller figure with no day as a part of a release its own article told, however long ago', () => {
    const feature = anObservation({
      feed: 'port-weekly',
      published: '2023-01-25T10:00:00Z',
      mentions: [
        aRelease(10, '2023-01-16', { sentence: 'He was among the ten sailors the rebels freed on 16 January.' }),
        aRelease(6, null, { sentence: 'The other six sailors from his ship came home with him.' }),
      ],
    });
    const tally = foldLedger(ledger, [january(), feature]);

    expect(tally.total).toBe(10);
    expect(tally.log.at(-1)?.role).toBe('part');
  });

  it('still counts a smaller figure told as a further batch', () => {
    const later = anObservation({
      feed: 'port-weekly',
      published: '2023-01-25T10:00:00Z',
      mentions: [
        aRelease(10, '2023-01-16', { sentence: 'The rebels freed ten sailors on 16 January.' }),
        aRelease(6, null, { sentence: 'Six more sailors have since been freed.' }),
      ],
    });
    const tally = foldLedger(ledger, [january(), later]);

    expect(tally.total).toBe(16);
  });
});
