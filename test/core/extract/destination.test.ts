import { describe, expect, it } from 'vitest';
import { createAliasMatcher } from '../../../src/core/extract/attribution.js';
import { custodySides, destinationSide } from '../../../src/core/extract/destination.js';
import type { Ledger } from '../../../src/core/types.js';

/** Two states trading prisoners, each with a capital and a people. */
const LEDGERS: Ledger[] = [
  {
    id: 'lorn-frees-tessans',
    title: 'Tessans freed by Lorn',
    releaser: ['Lorn', 'Lornish government', 'the Lornish side'],
    released: ['Tessans', 'Tessan prisoners'],
    target: null,
  },
  {
    id: 'tessa-frees-lornish',
    title: 'Lornish prisoners freed by Tessa',
    releaser: ['Tessa', 'Tessan government', 'the Tessan side'],
    released: ['Lornish prisoners'],
    target: null,
  },
];

/** The releaser alias the people of the count (ending at `phraseEndWord`) are said to go to. */
function destinationOf(sentence: string, phraseEndWord: string): string | undefined {
  const hits = createAliasMatcher(LEDGERS).find(sentence);
  const phraseEnd = sentence.indexOf(phraseEndWord) + phraseEndWord.length;
  const hit = destinationSide(sentence, hits, phraseEnd);
  return hit && sentence.slice(hit.start, hit.end);
}

/** The releaser aliases named as where the people of the count are held. */
function custodyOf(sentence: string, phraseEndWord: string): string[] {
  const hits = createAliasMatcher(LEDGERS).find(sentence);
  const phraseEnd = sentence.indexOf(phraseEndWord) + phraseEndWord.length;
  return custodySides(sentence, hits, phraseEnd).map((hit) => sentence.slice(hit.start, hit.end));
}

describe('destinationSide', () => {
  it('reads the side a verb of movement sends the people to', () => {
    expect(destinationOf('Some 40 people were flown back to Tessa overnight.', 'people')).toBe('Tessa');
    expect(destinationOf('Of the 14 men released to the Lornish side, two were ill.', 'men')).toBe('the Lornish side');
  });

  it('reads a gapped list item and skips a parenthetical part', () => {
    expect(destinationOf('Nine went to Lorn and 11 to Tessa.', '11')).toBe('Tessa');
    expect(destinationOf('Twenty people, including four women, were sent to Lorn.', 'people')).toBe('Lorn');
  });

  it('ignores a side named as a possessive place or after other words', () => {
    expect(destinationOf("The 30 people were taken to Tessa's main hospital.", 'people')).toBeUndefined();
    expect(destinationOf('The 30 people thanked Tessa for its help.', 'people')).toBeUndefined();
    expect(destinationOf('The 30 people were handed to the Red Cross in Tessa.', 'people')).toBeUndefined();
  });
});

describe('custodySides', () => {
  it('lists every side named as a place of custody', () => {
    expect(custodyOf('Twelve people held in Lorn, Tessa and elsewhere were freed.', 'people')).toEqual([
      'Lorn',
      'Tessa',
    ]);
    expect(custodyOf('Twelve people jailed by the Tessan government were freed.', 'people')).toEqual([
      'Tessan government',
    ]);
  });

  it('names none when the phrase says nothing of custody', () => {
    expect(custodyOf('Twelve people from Lorn were freed.', 'people')).toEqual([]);
  });
});
