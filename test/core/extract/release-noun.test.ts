import { describe, expect, it } from 'vitest';
import { readReleaseNoun } from '../../../src/core/extract/release-noun.js';

/** Splits a sentence at its count, as readKind does: the words before, after, and a window around it. */
function readAt(sentence: string, count: string) {
  const start = sentence.indexOf(count);
  const left = sentence.slice(0, start);
  const right = sentence.slice(start + count.length);
  return readReleaseNoun(left, right, `${left.slice(-40)} # ${right.slice(0, 50)}`);
}

describe('readReleaseNoun', () => {
  it.each([
    ['The return of the 64 was the third swap this spring.', '64'],
    ['Mediators said their talks had led to the exchange of 312 prisoners of war.', '312'],
    ['The handover of 45 hostages went ahead late on Sunday.', '45'],
    ['An exchange of 200 prisoners took place on the border.', '200'],
  ])('%j tells the release as done', (sentence, count) => {
    expect(readAt(sentence, count)).toBe('told');
  });

  it.each([
    ['Residents still speak of the handover of 90 hostages two weeks ago.', '90'],
    ['Both armies honoured the return last week of 44 wounded soldiers.', '44'],
    ['A swap of 22 Front fighters earlier this year passed off calmly.', '22'],
  ])('%j tells the release as done by a time plainly past', (sentence, count) => {
    expect(readAt(sentence, count)).toBe('told');
  });

  it.each([
    ['The release of 40 prisoners was agreed last week.', '40'],
    ['They will discuss the exchange of 31 prisoners captured last month.', '31'],
  ])('%j: a past time that dates another verb tells nothing of the release', (sentence, count) => {
    expect(readAt(sentence, count)).toBe(null);
  });

  it('reads a release noun whose event was halted as halted', () => {
    expect(readAt('The release of 300 prisoners was postponed again on Friday.', '300')).toBe('halted');
  });

  it.each([
    ['The release of the 300 prisoners was the main demand of the rebels.', '300'],
    ['Mediators said the exchange of 300 prisoners would take place on Friday.', '300'],
    ['The delegations entered the last day of their exchange of nearly 700 prisoners.', '700'],
    ['Officials freed 300 prisoners on Friday.', '300'],
  ])('%j tells nothing done by a release noun', (sentence, count) => {
    expect(readAt(sentence, count)).toBe(null);
  });
});
