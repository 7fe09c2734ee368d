import { describe, expect, it } from 'vitest';
import { isIntroducedAsPart, totalScope } from '../../../src/core/tally/release-cues.js';
import type { Mention } from '../../../src/core/types.js';

function aTotalIn(sentence: string, count = 440): Mention {
  return { count, qualifier: 'exact', kind: 'cumulative', ledger: 'l', eventDate: null, start: 0, end: 1, sentence };
}

describe('totalScope', () => {
  const published = '2024-03-20';

  it('reads year, month and dated starts', () => {
    expect(totalScope(aTotalIn('Since the start of the year 440 have come home.'), published)).toEqual({
      kind: 'since',
      start: '2024-01-01',
    });
    expect(totalScope(aTotalIn('So far this month 440 have been freed.'), published)).toEqual({
      kind: 'since',
      start: '2024-03-01',
    });
    expect(totalScope(aTotalIn('In 2023, 440 prisoners were freed in all.'), published)).toEqual({
      kind: 'since',
      start: '2023-01-01',
    });
    expect(totalScope(aTotalIn('Since 12 February, 440 prisoners have been freed.'), published)).toEqual({
      kind: 'since',
      start: '2024-02-12',
    });
    expect(totalScope(aTotalIn('Since November, 440 prisoners have been freed.'), published)).toEqual({
      kind: 'since',
      start: '2023-11-01',
    });
  });

  it('recognises phases and deals whose start it is not told', () => {
    for (const sentence of [
      'Since the truce began, 440 prisoners have been freed.',
      'In this phase, 440 prisoners are out.',
      'Under the original agreement 440 were freed.',
    ]) {
      expect(totalScope(aTotalIn(sentence), published)).toEqual({ kind: 'sub-period' });
    }
  });

  it('leaves an unscoped running total to the whole ledger', () => {
    expect(totalScope(aTotalIn('The North has freed 440 prisoners so far.'), published)).toEqual({ kind: 'whole' });
  });
});

describe('isIntroducedAsPart', () => {
  it('tells "also include five" (a part) from "20, among them 16" (a group with parts)', () => {
    const include = 'Those freed also include five journalists.';
    const among = 'A plane then carried 20 detainees, among them 16 traders.';

    expect(isIntroducedAsPart({ ...aTotalIn(include, 5), kind: 'release' })).toBe(true);
    expect(isIntroducedAsPart({ ...aTotalIn(among, 20), kind: 'release' })).toBe(false);
    expect(isIntroducedAsPart({ ...aTotalIn(among, 16), kind: 'release' })).toBe(true);
  });

  it('does not carry a cue that closes one clause over to the number of the next', () => {
    const sentence = 'In July, 30 people, two reporters among them, were pardoned, and 18 prisoners were freed later.';

    expect(isIntroducedAsPart({ ...aTotalIn(sentence, 18), kind: 'release' })).toBe(false);
  });
});
