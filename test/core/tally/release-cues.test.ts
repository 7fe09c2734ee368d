import { describe, expect, it } from 'vitest';
import {
  hasBatchCue,
  isCoordinatedAfter,
  isIntroducedAsPart,
  isSecondHandFigure,
  periodHint,
  readsAsPromise,
  refersBackAsPart,
  refersToKnownRelease,
  tiesToOwnDay,
  totalScope,
} from '../../../src/core/tally/release-cues.js';
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
    const counting = "Tuesday's release brings to 440 the number freed, counting the 11 children let go in November.";
    expect(totalScope(aTotalIn(counting), published)).toEqual({ kind: 'whole' });
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

describe('refersBackAsPart', () => {
  const aReleaseIn = (sentence: string, count: number): Mention => ({ ...aTotalIn(sentence, count), kind: 'release' });

  it('reads "31 of them", "nine of whom", "31 of the 32" and "Of those, 505" as taken out of a group named before', () => {
    expect(refersBackAsPart(aReleaseIn('31 of them were captured in 2022.', 31))).toBe(true);
    expect(refersBackAsPart(aReleaseIn('The North freed 20, nine of whom were women.', 9))).toBe(true);
    expect(refersBackAsPart(aReleaseIn('Officials said 31 of the 32 were soldiers.', 31))).toBe(true);
    expect(refersBackAsPart(aReleaseIn('Of those, 505 went to the north bank.', 505))).toBe(true);
    expect(refersBackAsPart(aReleaseIn('Among those freed, 41 went abroad.', 41))).toBe(true);
  });

  it('does not read a group that has parts, or a cue aimed elsewhere, as a part', () => {
    expect(refersBackAsPart(aReleaseIn('The North freed 20, nine of whom were women.', 20))).toBe(false);
    expect(refersBackAsPart(aReleaseIn('The North freed 32 prisoners, including two officers.', 32))).toBe(false);
    expect(refersBackAsPart(aReleaseIn('The North freed 32 prisoners of war on Wednesday.', 32))).toBe(false);
  });
});

describe('tiesToOwnDay', () => {
  const aReleaseIn = (sentence: string): Mention => ({ ...aTotalIn(sentence, 550), kind: 'release' });

  it('tells one batch on a named day from a count to date', () => {
    expect(tiesToOwnDay(aReleaseIn('The North freed 550 prisoners on Sunday.'))).toBe(true);
    expect(tiesToOwnDay(aReleaseIn('Yesterday 550 prisoners walked free.'))).toBe(true);
    expect(tiesToOwnDay(aReleaseIn('The North has freed 550 southern soldiers.'))).toBe(false);
    expect(tiesToOwnDay(aReleaseIn('In all, 550 detainees went home on Sunday.'))).toBe(false);
    expect(tiesToOwnDay(aReleaseIn('550 have now been released since the deal began.'))).toBe(false);
  });
});

describe('refersToKnownRelease', () => {
  const aReleaseIn = (sentence: string, count = 21): Mention => ({ ...aTotalIn(sentence, count), kind: 'release' });

  it('reads a definite number or a look back as a release already known, whatever batch words follow', () => {
    for (const sentence of [
      'The 21 freed last week are being treated in the capital.',
      'Those 21 captives were later flown home.',
      'Doctors also examined all 21.',
      'Some 21 people freed earlier then flew home.',
    ]) {
      expect(refersToKnownRelease(aReleaseIn(sentence)), sentence).toBe(true);
    }
  });

  it('does not read a number told as a further batch, or a fresh undated one, as looking back', () => {
    for (const sentence of [
      'Another 21 were freed, the group said later.',
      'A further 21 walked free after the 40 freed earlier.',
      '21 more captives were freed.',
      'The 21 remaining captives were freed.',
      'The group freed 21 captives.',
    ]) {
      expect(refersToKnownRelease(aReleaseIn(sentence)), sentence).toBe(false);
    }
  });
});

describe('readsAsPromise', () => {
  it('reads a total told as reached, in whatever past wording, as no promise', () => {
    for (const sentence of [
      'The ICRC said the operation was complete, with all 681 freed.',
      'A total of 681 prisoners have now been released.',
      'Over three days, 681 prisoners were freed, the ICRC said.',
      'The ICRC said on Sunday, when the last plane landed, that the exchange of all 681 was over.',
      'The swap was completed once again without incident, all 681 having reached home.',
      'All 681 prisoners promised under the deal have now been freed.',
      'The 681 detainees the two sides agreed to swap were all released by Sunday.',
    ]) {
      expect(readsAsPromise(aTotalIn(sentence, 681)), sentence).toBe(false);
    }
  });

  it('reads the promise, a condition or the whole of a smaller count as the promise', () => {
    for (const sentence of [
      'The deal provides for a total of 681 to be released.',
      'The exchange will be complete when all 681 have been freed.',
      'The process ends when 681 have been freed.',
      'So far 101 of the 681 have been freed.',
      'Altogether 681 detainees are being freed over three days.',
      'The 681 prisoners are set to go home by Sunday.',
      'Of the 681 promised, 101 have been freed.',
      'Kabul has freed 101 prisoners and promised all 681.',
      'The deal calls for 681 prisoners to be released.',
      'The agreement committed both sides to freeing 681 prisoners.',
      'Talks follow once the process is complete, when 5,000 have been freed by one side and 681 by the other.',
    ]) {
      expect(readsAsPromise(aTotalIn(sentence, 681)), sentence).toBe(true);
    }
  });
});

describe('isCoordinatedAfter', () => {
  const release = (count: number, start: number, sentence: string): Mention => ({
    count,
    qualifier: 'exact',
    kind: 'release',
    ledger: 'l',
    eventDate: '2024-03-12',
    start,
    end: start + 1,
    sentence,
  });

  it('reads groups freed side by side, with numbers written with thousands separators', () => {
    const sentence = 'Varonia freed 1,130 servicemen and 95 civilians on Tuesday.';
    expect(isCoordinatedAfter(release(1130, 14, sentence), release(95, 35, sentence))).toBe(true);
  });

  it('does not take a part named after "including" as a sibling', () => {
    const sentence = 'Varonia freed 1,130 prisoners on Tuesday, including 95 women.';
    expect(isCoordinatedAfter(release(1130, 14, sentence), release(95, 50, sentence))).toBe(false);
  });
});

describe('cues near the number', () => {
  const aRelease = (sentence: string, count: number): Mention => ({
    count,
    qualifier: 'exact',
    kind: 'release',
    ledger: 'l',
    eventDate: '2024-03-11',
    start: 0,
    end: 1,
    sentence,
  });

  it('reads "were among Monday\'s group" after the number as a part of a group named before', () => {
    expect(refersBackAsPart(aRelease("Doctors said 30 of the wounded were among Monday's group.", 30))).toBe(true);
    expect(refersBackAsPart(aRelease('Nine fishermen were among the first to cross.', 9))).toBe(true);
    expect(refersBackAsPart(aRelease('Nine fishermen crossed on Monday.', 9))).toBe(false);
  });

  it('reads another teller of a figure as no batch word, and as a second-hand figure', () => {
    const second = aRelease('A second source, in Dunmore, says about 130 were let go.', 130);
    const outlet = aRelease('Another outlet is reporting that over 70 were released.', 70);
    expect(hasBatchCue(second)).toBe(false);
    expect(hasBatchCue(outlet)).toBe(false);
    expect(isSecondHandFigure(second)).toBe(true);
    expect(isSecondHandFigure(outlet)).toBe(true);
    expect(isSecondHandFigure(aRelease('Troops and other agencies freed 137 people.', 137))).toBe(false);
    expect(hasBatchCue(aRelease('Another 70 were released on Tuesday.', 70))).toBe(true);
  });

  it('takes a batch word only near its number', () => {
    expect(hasBatchCue(aRelease('Another 12 were freed on Monday.', 12))).toBe(true);
    expect(hasBatchCue(aRelease('On Monday 12 more were freed.', 12))).toBe(true);
    const far =
      'Among those on board were Rafal Olen and Piet Marr, two men from the hill villages detained by the militia in a raid on their farms and later given long sentences by a provincial court.';
    expect(hasBatchCue(aRelease(far, 2))).toBe(false);
  });
});

describe('periodHint', () => {
  const aRelease = (sentence: string, count: number): Mention => ({
    count,
    qualifier: 'exact',
    kind: 'release',
    ledger: 'l',
    eventDate: null,
    start: 0,
    end: 1,
    sentence,
  });
  const published = '2024-10-13';

  it('reads the month a release is told in', () => {
    expect(periodHint(aRelease('In March, 40 fishermen were sent home.', 40), published)).toBe('2024-03');
  });

  it('leaves out the month of a capture, and a month told for another release past "now" or a semicolon', () => {
    expect(periodHint(aRelease('The 17 villagers freed with them were taken on 27 July.', 17), published)).toBeNull();
    const list = 'A family was let go in April; two priests followed on 1 June, and now the 27.';
    expect(periodHint(aRelease(list, 27), published)).toBeNull();
  });

  it('leaves out both months of a capture told as a pair', () => {
    const pair =
      'Of the 32 travellers seized in the southern desert in February and March, 17 were freed by commandos in May.';
    expect(periodHint(aRelease(pair, 17), published)).toBe('2024-05');
  });

  it('reads the year told after a month: last year, this year or a number', () => {
    expect(periodHint(aRelease('In March last year the rebels released four soldiers.', 4), published)).toBe('2023-03');
    expect(periodHint(aRelease('In October last year, 12 fishermen were sent home.', 12), published)).toBe('2023-10');
    expect(periodHint(aRelease('In December 2021 the junta freed 30 students.', 30), published)).toBe('2021-12');
    expect(periodHint(aRelease('In February this year, 30 students were freed.', 30), published)).toBe('2024-02');
    // The month of publication with no year told is the article's own time.
    expect(periodHint(aRelease('In October, 30 students were freed.', 30), published)).toBeNull();
  });

  it('reads a month only where it is written with a capital', () => {
    const march = 'Nine children were let go early because they could not keep up on the march.';
    expect(periodHint(aRelease(march, 9), published)).toBeNull();
  });
});
