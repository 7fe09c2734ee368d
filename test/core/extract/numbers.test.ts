import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../src/core/extract/numbers.js';

function values(text: string): Array<[number, string]> {
  return findNumbers(text).map((token) => [token.value, text.slice(token.start, token.end)]);
}

describe('findNumbers', () => {
  it('reads digits with and without separators', () => {
    expect(values('freed 1,500 and then 5000 more')).toEqual([
      [1500, '1,500'],
      [5000, '5000'],
    ]);
  });

  it('reads number words, with "a" and hyphens', () => {
    expect(values('one hundred, a hundred, five thousand, twenty-eight')).toEqual([
      [100, 'one hundred'],
      [100, 'a hundred'],
      [5000, 'five thousand'],
      [28, 'twenty-eight'],
    ]);
  });

  it('reads digits with a scale word', () => {
    expect(values('5 thousand inmates')).toEqual([[5000, '5 thousand']]);
  });

  it('reads "one hundred and twenty" as one number', () => {
    expect(values('one hundred and twenty')).toEqual([[120, 'one hundred and twenty']]);
  });

  it('marks vague plurals with their lower bounds', () => {
    const tokens = findNumbers('hundreds of men and dozens of women');
    expect(tokens.map((t) => [t.value, t.vague])).toEqual([
      [200, true],
      [24, true],
    ]);
  });

  it('joins ranges into one token at the upper bound', () => {
    const [range] = findNumbers('between 12000 and 15000 inmates');
    expect(range).toMatchObject({ value: 15000, rangeFrom: 12000 });
    expect(findNumbers('20 to 25 hostages')[0]).toMatchObject({ value: 25, rangeFrom: 20 });
  });

  it.each([
    ['as many as two dozen hostages', 24, 'two dozen'],
    ['three-dozen captives', 36, 'three-dozen'],
    ['four score detainees', 80, 'four score'],
    ['half a dozen inmates', 6, 'half a dozen'],
    ['a dozen sailors', 12, 'a dozen'],
    ['5 dozen prisoners', 60, '5 dozen'],
  ])('reads a multiplier after a number, %j, as one number', (text, value, numberText) => {
    expect(values(text)).toEqual([[value, numberText]]);
  });

  it('keeps a number word before "dozens" apart from the vague plural', () => {
    expect(findNumbers('dozens of people')).toMatchObject([{ value: 24, vague: true }]);
  });
});
