import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/core/extract/extract-mentions.js';
import type { Ledger } from '../../../src/core/types.js';
import { anArticle, SWAP_LEDGERS } from './builders.js';

/** Two states returning each other's prisoners of war. */
const POW_LEDGERS: Ledger[] = [
  {
    id: 'ostria-returns-varonians',
    title: 'Varonian POWs returned by Ostria',
    releaser: ['Ostria', 'Ostrian defence ministry', 'the Ostrian side'],
    released: ['Varonians', 'Varonian soldiers', 'Varonian prisoners of war', 'defenders'],
    target: null,
  },
  {
    id: 'varonia-returns-ostrians',
    title: 'Ostrian POWs returned by Varonia',
    releaser: ['Varonia', 'Varonian authorities', 'the Varonian side'],
    released: ['Ostrians', 'Ostrian servicemen', 'Ostrian prisoners of war'],
    target: null,
  },
];

/** The ledger of each count in a text, in order. */
function ledgersOf(body: string, ledgers: Ledger[] = SWAP_LEDGERS, title = ''): Array<[number, string | null]> {
  return extractMentions(anArticle({ body, title }), ledgers, { timezone: 'UTC' }).map((m) => [m.count, m.ledger]);
}

const STATE = 'state-frees-militants';
const FRONT = 'front-frees-hostages';

describe('attributing a count to a ledger', () => {
  it('credits the subject of an active release verb', () => {
    expect(ledgersOf('The Front freed 12 people on Monday.')).toEqual([[12, FRONT]]);
    expect(ledgersOf('On Monday the Varonian government released 40 people from a northern jail.')).toEqual([
      [40, STATE],
    ]);
  });

  it('credits the agent of a passive, even after an earlier count with its own agent', () => {
    expect(ledgersOf('Some 300 people were freed by the Varonian authorities on Monday.')).toEqual([[300, STATE]]);
    expect(
      ledgersOf(
        'The deal says 900 Front prisoners are to be freed by the government, and 150 people by the militants.',
      ),
    ).toEqual([
      [900, STATE],
      [150, FRONT],
    ]);
  });

  it("gives a side's own people to the other side's ledger", () => {
    expect(ledgersOf('The government has freed more than 600 of the group’s fighters since March.')).toEqual([
      [600, STATE],
    ]);
    expect(ledgersOf('The militants insist that the government free all 3,000 of the movement’s members.')).toEqual([
      [3000, STATE],
    ]);
  });

  it('does not read a possessive that owns no people as ownership', () => {
    const body =
      'The government freed 100 Front prisoners on Monday. Releases will go on until 800 have been freed, as part of the government’s peace plan.';
    expect(ledgersOf(body)).toEqual([
      [100, STATE],
      [800, STATE],
    ]);
  });

  it('sends the other half of a swap to the other ledger', () => {
    expect(ledgersOf('The government freed 500 Front prisoners, with 90 people released in return.')).toEqual([
      [500, STATE],
      [90, FRONT],
    ]);
    expect(ledgersOf('The Front released 30 people in exchange for 200 of its detained members.')).toEqual([
      [30, FRONT],
      [200, STATE],
    ]);
  });

  it('sends a sentence opening "In return," the other way from the count before it', () => {
    expect(ledgersOf('The Front freed 25 hostages on Monday. In return, 75 people were released from jail.')).toEqual([
      [25, FRONT],
      [75, STATE],
    ]);
  });

  it('credits the holder with the people it holds', () => {
    expect(ledgersOf('About 70 people held by the militants are still waiting.')).toEqual([[70, FRONT]]);
  });

  it("gives the people a side demands to the other side's ledger", () => {
    expect(ledgersOf('The Front demands the release of 2,500 people before any talks.')).toEqual([[2500, STATE]]);
    expect(
      ledgersOf('The militants say talks cannot start until the 2,500 prisoners promised to them are freed.'),
    ).toEqual([[2500, STATE]]);
  });

  it('credits the side a relative clause says took or holds the people', () => {
    expect(ledgersOf('Of the 240 people the militants seized, 105 have been freed.')).toEqual([
      [240, FRONT],
      [105, FRONT],
    ]);
    expect(ledgersOf('The release from the government’s Northgate prison of 60 people was delayed.')).toEqual([
      [60, STATE],
    ]);
  });

  it('does not take a side named only as a party to a deal for the actor', () => {
    expect(
      ledgersOf('Under the accord struck between Varonia and the Front, 700 had so far been freed.', SWAP_LEDGERS),
    ).toEqual([[700, null]]);
  });

  it('gives the size of a whole swap no ledger', () => {
    expect(ledgersOf('It was the largest exchange in a decade, involving 26 people.')).toEqual([[26, null]]);
    expect(ledgersOf('The exchange of 500 Front prisoners for 90 hostages went ahead.')).toEqual([
      [500, STATE],
      [90, FRONT],
    ]);
  });

  it('resolves "the group" and "the authorities" to the side the ledgers name that way', () => {
    expect(ledgersOf('Later that day the group released 14 people in the hills.')).toEqual([[14, FRONT]]);
    expect(ledgersOf('The authorities freed 45 people overnight.')).toEqual([[45, STATE]]);
  });

  it('does not take "the group" of freed people for the armed group', () => {
    expect(ledgersOf('Of the 60 Front prisoners freed, the group also included 12 teenagers.')).toEqual([
      [60, STATE],
      [12, STATE],
    ]);
  });

  it('pairs sides and counts given "respectively"', () => {
    expect(ledgersOf('The government and the Front agreed to free 3,000 and 600 people respectively.')).toEqual([
      [3000, STATE],
      [600, FRONT],
    ]);
  });

  it('reads a gapped second clause with its own subject', () => {
    expect(
      ledgersOf('So far the government has freed 1,100 Front prisoners, and the militants about 240 people.'),
    ).toEqual([
      [1100, STATE],
      [240, FRONT],
    ]);
  });

  it('keeps a side named in another clause out of the count', () => {
    expect(
      ledgersOf('On Friday 320 Front prisoners walked free, while the militants released the last hostages.'),
    ).toEqual([[320, STATE]]);
  });

  it('does not take a side that only modifies another noun for the actor', () => {
    expect(ledgersOf('Under the Varonia-Front accord, 400 Front prisoners will be freed.')).toEqual([[400, STATE]]);
  });

  it('matches a nationality or affiliation word to the released aliases', () => {
    expect(ledgersOf('On Sunday 95 Varonian defenders were freed.', POW_LEDGERS)).toEqual([
      [95, 'ostria-returns-varonians'],
    ]);
    expect(ledgersOf('In all, 48 Ostrian pilots were freed.', POW_LEDGERS)).toEqual([[48, 'varonia-returns-ostrians']]);
    expect(ledgersOf('The Varonian side freed 20 Front commanders.')).toEqual([[20, STATE]]);
  });

  it('reads both halves of a POW swap', () => {
    expect(
      ledgersOf(
        'Ostria returned 103 Varonian prisoners of war, and Varonia handed back 90 Ostrian servicemen.',
        POW_LEDGERS,
      ),
    ).toEqual([
      [103, 'ostria-returns-varonians'],
      [90, 'varonia-returns-ostrians'],
    ]);
  });

  it("gives the people a side receives back to the other side's ledger", () => {
    expect(ledgersOf('The Varonian side received 64 freed prisoners on Friday.', POW_LEDGERS)).toEqual([
      [64, 'ostria-returns-varonians'],
    ]);
    expect(ledgersOf('Varonia secured the release of 20 people on Friday.', POW_LEDGERS)).toEqual([
      [20, 'ostria-returns-varonians'],
    ]);
  });

  it('gives people swapped with no direction no ledger', () => {
    expect(ledgersOf('Ostria and Varonia swapped 200 prisoners on Friday.', POW_LEDGERS)).toEqual([[200, null]]);
    expect(ledgersOf('In all, 48 prisoners were exchanged at the border.', POW_LEDGERS)).toEqual([[48, null]]);
  });

  it('gives a count that covers both sides no ledger', () => {
    expect(ledgersOf('In the swap 250 prisoners were exchanged, 125 on each side.', POW_LEDGERS)).toEqual([
      [250, null],
      [125, null],
    ]);
  });

  it('falls back to the last count’s ledger when the sentence names no side', () => {
    expect(ledgersOf('The militants freed 25 hostages on Monday. Another 10 people were freed on Tuesday.')).toEqual([
      [25, FRONT],
      [10, FRONT],
    ]);
  });
});
