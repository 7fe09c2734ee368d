import { describe, expect, it } from 'vitest';
import { foldLedger } from '../../../src/core/tally/fold-ledger.js';
import { earlierEventCue, refersToKnownRelease } from '../../../src/core/tally/release-cues.js';
import { aLedger, anObservation, aRelease, aTotal } from './tally-builders.js';

describe('foldLedger: an undated release that looks back at an earlier event', () => {
  const ledger = aLedger({ target: null });
  const april = () =>
    anObservation({
      published: '2025-04-11T10:00:00Z',
      mentions: [
        aRelease(1, '2025-04-10', { sentence: 'The North freed one southern prisoner on Thursday in a swap.' }),
      ],
    });
  const later = (published: string, sentence: string, count = 1) =>
    anObservation({ feed: 'south-daily', published, mentions: [aRelease(count, null, { sentence })] });

  const sentences = [
    'The North had already freed one southern prisoner in that deal.',
    'The North freed one southern prisoner in the April swap.',
    'The North freed one southern prisoner in the earlier exchange.',
    'The North freed one southern prisoner in an exchange in April.',
    'The North had released one southern prisoner back in the spring.',
    'The North freed one southern prisoner earlier this year.',
    "One southern prisoner was freed in April's trade.",
    'The North freed one southern prisoner in the previous exchange.',
  ];

  it('reads the look-back cues as a reference to a known release', () => {
    for (const sentence of sentences) {
      expect(refersToKnownRelease({ ...aRelease(1, null, { sentence }), start: 0, end: 1 }), sentence).toBe(true);
    }
  });

  it('matches the earlier release months later instead of adding it again', () => {
    for (const sentence of sentences) {
      const tally = foldLedger(ledger, [april(), later('2025-12-05T10:00:00Z', sentence)]);

      expect(tally.total, sentence).toBe(1);
      expect(tally.log.at(-1)?.role, sentence).toBe('same-event');
      expect(tally.log.at(-1)?.note, sentence).toMatch(/refers back|same release as/);
    }
  });

  it('matches the earlier release beside a new dated one in the same article', () => {
    const tally = foldLedger(ledger, [
      april(),
      anObservation({
        feed: 'south-daily',
        published: '2025-12-05T10:00:00Z',
        mentions: [
          aRelease(2, '2025-12-04', { sentence: 'The North freed two southern prisoners on Thursday.' }),
          aRelease(1, null, { sentence: 'The North had already freed one southern prisoner in that deal.' }),
        ],
      }),
    ]);

    expect(tally.total).toBe(3);
    expect(tally.log.at(-1)?.note).toContain('an earlier event');
  });

  it('does not read "back in" a place, or a plain sentence, as an earlier event', () => {
    for (const sentence of ['The 21 freed are back in their homes.', 'The North freed 21 prisoners, officials said.']) {
      expect(earlierEventCue({ ...aRelease(21, null, { sentence }), start: 0, end: 1 }), sentence).toBeNull();
    }
  });

  it('keeps a new undated release with no earlier match, which one outlet alone gave, in the high estimate', () => {
    const tally = foldLedger(ledger, [
      april(),
      later('2025-12-05T10:00:00Z', 'The North had already freed two southern prisoners in that deal.', 2),
    ]);

    expect(tally.total).toBe(1);
    expect(tally.highEstimate).toBe(3);
    expect(tally.log.at(-1)?.note).toContain('left out of the total');
  });

  it('counts that release once a second outlet gives it too', () => {
    const tally = foldLedger(ledger, [
      april(),
      later('2025-12-05T10:00:00Z', 'The North had already freed two southern prisoners in that deal.', 2),
      anObservation({
        feed: 'east-post',
        published: '2025-12-06T10:00:00Z',
        mentions: [aRelease(2, null, { sentence: 'Two southern prisoners were also freed by the North in the deal.' })],
      }),
    ]);

    expect(tally.total).toBe(3);
  });
});

describe('foldLedger: an official completion total', () => {
  const completions = [
    'The government said it has finished releasing the 53 prisoners.',
    'All 53 have now been released, the ministry said.',
    'The government said it had completed the release of the 53 prisoners.',
    'The North has now freed all 53 prisoners, officials said.',
  ];

  it('stands the ledger at the completed total, with no target and no release itemised', () => {
    for (const sentence of completions) {
      const tally = foldLedger(aLedger({ target: null }), [
        anObservation({ published: '2025-06-02T10:00:00Z', mentions: [aTotal(53, '2025-06-01', { sentence })] }),
      ]);

      expect(tally.total, sentence).toBe(53);
    }
  });

  it('stands the ledger at the completed total when it is the target', () => {
    for (const sentence of completions) {
      const tally = foldLedger(aLedger({ target: 53 }), [
        anObservation({ published: '2025-06-02T10:00:00Z', mentions: [aTotal(53, '2025-06-01', { sentence })] }),
      ]);

      expect(tally.total, sentence).toBe(53);
      expect(tally.log.at(-1)?.note, sentence).toContain('reached');
    }
  });

  it('stands the ledger at the completed total after a few itemised releases', () => {
    for (const sentence of completions) {
      const tally = foldLedger(aLedger({ target: 53 }), [
        anObservation({ published: '2025-05-02T10:00:00Z', mentions: [aRelease(4, '2025-05-01')] }),
        anObservation({ published: '2025-06-02T10:00:00Z', mentions: [aTotal(53, '2025-06-01', { sentence })] }),
      ]);

      expect(tally.total, sentence).toBe(53);
    }
  });

  it('tells a completion with a pledge word as reached, not as the promise restated', () => {
    for (const sentence of [
      'The government said it has finished releasing the 53 prisoners it had agreed to free.',
      'The government completed the release of all 53 prisoners promised under the deal.',
    ]) {
      const tally = foldLedger(aLedger({ target: 53 }), [
        anObservation({ published: '2025-06-02T10:00:00Z', mentions: [aTotal(53, '2025-06-01', { sentence })] }),
      ]);

      expect(tally.total, sentence).toBe(53);
      expect(tally.log.at(-1)?.note, sentence).toContain('told as reached');
    }
  });

  it('takes an undated completion as reached by publication', () => {
    const tally = foldLedger(aLedger({ target: 53 }), [
      anObservation({
        published: '2025-06-02T10:00:00Z',
        mentions: [aTotal(53, null, { sentence: 'The government said it has finished releasing the 53 prisoners.' })],
      }),
    ]);

    expect(tally.total).toBe(53);
  });

  it('still reads a completion told in the future as the promise', () => {
    const tally = foldLedger(aLedger({ target: 53 }), [
      anObservation({
        published: '2025-06-02T10:00:00Z',
        mentions: [
          aTotal(53, '2025-06-01', {
            sentence: 'The government said it will finish releasing the 53 prisoners it agreed to free.',
          }),
        ],
      }),
    ]);

    expect(tally.total).toBe(0);
  });
});
