import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/core/extract/extract-mentions.js';
import type { Ledger } from '../../../src/core/types.js';
import { anArticle, NATION_SWAP, SWAP_LEDGERS } from './builders.js';

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

/** A POW exchange where one side's people go by generic names ("servicemen", "captives") as well. */
const EXCHANGE_LEDGERS: Ledger[] = [
  {
    id: 'morava-returns-kestrelians',
    title: 'Kestrelian soldiers and civilians returned by Morava',
    releaser: ['Morava', 'the Moravan side', 'Moravan defence ministry'],
    released: ['Kestrelians', 'Kestrelian soldiers', 'servicemen', 'captives', 'POWs'],
    target: null,
  },
  {
    id: 'kestrel-returns-moravans',
    title: 'Moravan soldiers returned by Kestrel',
    releaser: ['Kestrel', 'Kestrel Republic', 'the Kestrelian side'],
    released: ['Moravans', 'Moravan soldiers', 'Moravan prisoners', 'POWs'],
    target: null,
  },
];
const MORAVA = 'morava-returns-kestrelians';
const KESTREL = 'kestrel-returns-moravans';

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

describe('the people a count names', () => {
  it('lets the counted noun outweigh the other side named elsewhere in the sentence', () => {
    expect(ledgersOf('Seven hostages freed on Monday were taken to a clinic run by the Varonian government.')).toEqual([
      [7, FRONT],
    ]);
    expect(
      ledgersOf('On the runway the Varonian authorities greeted 12 Varonians freed in the swap.', POW_LEDGERS),
    ).toEqual([[12, 'ostria-returns-varonians']]);
    expect(
      ledgersOf(
        'At its main airport Varonia greeted 12 Varonians freed in the swap, and the Varonian authorities confirmed they had pardoned the prisoners sent to Ostria.',
        POW_LEDGERS,
      ),
    ).toEqual([[12, 'ostria-returns-varonians']]);
  });

  it('reads a nationality noun as the released side', () => {
    expect(
      ledgersOf('Late on Friday 44 Moravans returned home after two years in captivity.', EXCHANGE_LEDGERS),
    ).toEqual([[44, KESTREL]]);
    expect(ledgersOf('Kestrel said 31 Kestrelians had been freed.', EXCHANGE_LEDGERS)).toEqual([[31, MORAVA]]);
  });

  it('gives people of a nation no ledger lists no ledger when no side acts on them', () => {
    expect(
      ledgersOf(
        'A Gulf mediator said it had won the release of 12 foreign volunteers who fought for Kestrel, among them four Canadians.',
        EXCHANGE_LEDGERS,
      ),
    ).toEqual([
      [12, null],
      [4, null],
    ]);
  });

  it('lets the releaser outweigh a generic name the other side uses for its people', () => {
    expect(ledgersOf('Kestrel freed 60 servicemen on Sunday.', EXCHANGE_LEDGERS)).toEqual([[60, KESTREL]]);
  });

  it("does not take a side's own nation for a foreign one", () => {
    const ledgers: Ledger[] = [
      {
        id: 'government-frees-rebels',
        title: 'Rebels freed by the government',
        releaser: ['Chilean government'],
        released: ['rebel prisoners'],
        target: null,
      },
      {
        id: 'rebels-free-soldiers',
        title: 'Soldiers freed by the rebels',
        releaser: ['the rebels'],
        released: ['soldiers'],
        target: null,
      },
    ];
    expect(
      ledgersOf('The rebels freed 40 soldiers on Monday. Another 12 Chileans were freed on Tuesday.', ledgers),
    ).toEqual([
      [40, 'rebels-free-soldiers'],
      [12, 'rebels-free-soldiers'],
    ]);
    expect(
      ledgersOf('The rebels freed 40 soldiers on Monday. Another 12 Swiss were freed on Tuesday.', ledgers),
    ).toEqual([
      [40, 'rebels-free-soldiers'],
      [12, null],
    ]);
  });

  it("reads a side's own people through a possessive before a generic name", () => {
    expect(
      ledgersOf("Morava's defence ministry said 120 of its servicemen had been returned.", EXCHANGE_LEDGERS),
    ).toEqual([[120, KESTREL]]);
  });

  it('lets the whole named first decide the parts listed after it', () => {
    expect(
      ledgersOf(
        'Of the 20 people handed over to Kestrel, six were Moravan nationals jailed for dissent.',
        EXCHANGE_LEDGERS,
      ),
    ).toEqual([
      [20, MORAVA],
      [6, MORAVA],
    ]);
    expect(
      ledgersOf(
        'Of the captives freed over the week, 52 were Kestrelian soldiers and 9 were civilians.',
        EXCHANGE_LEDGERS,
      ),
    ).toEqual([
      [52, MORAVA],
      [9, MORAVA],
    ]);
  });

  it('keeps the people of a coordinated second total for that total', () => {
    expect(
      ledgersOf(
        'The handovers raise the number of hostages freed this week to 30, and the number of Front prisoners released to 95.',
      ),
    ).toEqual([
      [30, FRONT],
      [95, STATE],
    ]);
  });
});

describe('where the freed people go', () => {
  it('gives people sent to a side to the ledger releasing that side’s people', () => {
    expect(ledgersOf('Thirty prisoners were flown to Ostria on Sunday.', POW_LEDGERS)).toEqual([
      [30, 'varonia-returns-ostrians'],
    ]);
    expect(ledgersOf('Another 22 POWs were handed back to the Moravan side at the border.', EXCHANGE_LEDGERS)).toEqual([
      [22, KESTREL],
    ]);
    expect(ledgersOf('Another 88 captives were flown to Morava for treatment.', EXCHANGE_LEDGERS)).toEqual([
      [88, KESTREL],
    ]);
  });

  it('reads each destination of a list, past a parenthetical part', () => {
    expect(
      ledgersOf(
        'Twelve prisoners, including three officers, were bussed to Kestrel, and 15 to Morava.',
        EXCHANGE_LEDGERS,
      ),
    ).toEqual([
      [12, MORAVA],
      [3, MORAVA],
      [15, KESTREL],
    ]);
  });

  it('reads the people a side says it got back as released by the other side', () => {
    expect(ledgersOf('The Moravan defence ministry said it had received 85 freed people.', EXCHANGE_LEDGERS)).toEqual([
      [85, KESTREL],
    ]);
    expect(
      ledgersOf(
        'On the Kestrelian side, officials said they had got back 70 people, among them two medics.',
        EXCHANGE_LEDGERS,
      ),
    ).toEqual([
      [70, MORAVA],
      [2, MORAVA],
    ]);
  });

  it('does not read a place that is no side as a destination', () => {
    expect(ledgersOf('Kestrel freed 40 Moravan soldiers, who were taken to a hospital.', EXCHANGE_LEDGERS)).toEqual([
      [40, KESTREL],
    ]);
  });
});

describe('counts that belong to no one side', () => {
  it('gives the size of a whole swap in generic words no ledger', () => {
    expect(ledgersOf('The talks led to an exchange of 310 captives altogether.', EXCHANGE_LEDGERS)).toEqual([
      [310, null],
    ]);
    expect(ledgersOf('The 52-person swap was the first since spring.', EXCHANGE_LEDGERS)).toEqual([[52, null]]);
    expect(
      ledgersOf(
        'Kestrel freed 40 Moravan soldiers in May. Its negotiators say as many as 30 people could be involved in a new swap.',
        EXCHANGE_LEDGERS,
      ),
    ).toEqual([
      [40, KESTREL],
      [30, null],
    ]);
  });

  it('gives ordinary prisoners freed outside the swap no ledger', () => {
    expect(ledgersOf('To ease overcrowding the government freed 2,000 ordinary prisoners on Monday.')).toEqual([
      [2000, null],
    ]);
  });

  it('gives people held on both sides no ledger, and people held on one side that side', () => {
    expect(ledgersOf('Forty people held in Morava and Kestrel were freed on Friday.', EXCHANGE_LEDGERS)).toEqual([
      [40, null],
    ]);
    expect(ledgersOf('Forty people held in Morava were freed on Friday.', EXCHANGE_LEDGERS)).toEqual([[40, MORAVA]]);
  });
});

describe('people of a nation no ledger names', () => {
  const ONE_LEDGER: Ledger[] = [
    {
      id: 'kabul-frees-afghans',
      title: 'Afghan prisoners freed by Kabul',
      releaser: ['Kabul', 'the government'],
      released: ['Afghan prisoners', 'prisoners'],
      target: 700,
    },
  ];

  it('are in no ledger, even when the ledger is the only one and its releaser frees them', () => {
    const body =
      'Kabul freed 25 Pakistani prisoners on Thursday under a separate accord. Kabul freed 40 prisoners on Friday.';
    expect(ledgersOf(body, ONE_LEDGER)).toEqual([
      [25, null],
      [40, 'kabul-frees-afghans'],
    ]);
  });

  it('do not include the ledger’s own nation, named as a people', () => {
    expect(ledgersOf('Kabul freed 30 Afghan prisoners on Monday.', ONE_LEDGER)).toEqual([[30, 'kabul-frees-afghans']]);
  });

  it('include a nation named by its adjective in -ish, whose people are called by another noun', () => {
    expect(
      ledgersOf('Kestrel freed 14 Turkish prisoners on Monday. Kestrel freed 9 prisoners on Tuesday.', NATION_SWAP),
    ).toEqual([
      [14, null],
      [9, 'kestrel-frees-ostrians'],
    ]);
  });

  it('know an -ish adjective and its people’s noun for one nation', () => {
    const [ostrians, kestrelis] = NATION_SWAP as [Ledger, Ledger];
    const ledgers: Ledger[] = [{ ...ostrians, released: ['Turks', 'prisoners of war'] }, kestrelis];
    expect(ledgersOf('Kestrel freed 14 Turkish prisoners on Monday.', ledgers)).toEqual([
      [14, 'kestrel-frees-ostrians'],
    ]);
  });
});
