import { describe, expect, it } from 'vitest';
import { isToldAsDone } from '../../../src/core/extract/done-release.js';

const at = (sentence: string, count: string) => {
  const start = sentence.indexOf(count);
  return isToldAsDone(sentence, start, start + count.length);
};

describe('a release told as done', () => {
  it('is pinned to a day or told with a finite past verb', () => {
    expect(at('Ostria handed over 12 fishermen to Varonia on Friday.', '12 fishermen')).toBe(true);
    expect(at('Varonia released three Ostrian sailors.', 'three Ostrian sailors')).toBe(true);
    expect(at('Nine engineers crossed back into Ostria.', 'Nine engineers')).toBe(true);
  });

  it('is not a wish, a term or a plan', () => {
    expect(at('The 60 prisoners the movement wants freed are listed.', '60 prisoners')).toBe(false);
    expect(at('Ostria will release 12 fishermen on Friday.', '12 fishermen')).toBe(false);
    expect(at('The accord says the 60 prisoners are to be freed.', '60 prisoners')).toBe(false);
    expect(at('Talks turned on the 60 prisoners.', '60 prisoners')).toBe(false);
  });
});
