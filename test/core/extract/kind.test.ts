import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/core/extract/extract-mentions.js';
import { readKind } from '../../../src/core/extract/kind.js';
import type { Ledger, Mention, MentionKind } from '../../../src/core/types.js';
import { anArticle, PARDON_LEDGER, SWAP_LEDGERS } from './builders.js';

// Every article here is published Thursday 2024-03-14, 12:00 UTC (see anArticle).
function read(body: string, ledgers: Ledger[] = SWAP_LEDGERS): Mention[] {
  return extractMentions(anArticle({ body }), ledgers, { timezone: 'UTC' });
}

function kindsOf(body: string, ledgers: Ledger[] = SWAP_LEDGERS): Array<[number, MentionKind]> {
  return read(body, ledgers).map((m) => [m.count, m.kind]);
}

function kindOf(body: string, count: number, ledgers: Ledger[] = SWAP_LEDGERS): MentionKind | undefined {
  return read(body, ledgers).find((m) => m.count === count)?.kind;
}

describe('readKind: negation, refusal and halts', () => {
  it.each([
    'Officials said 210 Front prisoners named by the militants will not be released.',
    'The ministry has refused to let go of about 75 Front fighters.',
    'Varonia has put a freeze on freeing 140 Front prisoners, the palace said.',
    'Two allies object to the release of up to nine Front members accused of killing aid workers.',
    'None of the 25 commanders the Front had asked for were among those freed, the ministry said.',
    'The militants dispute that 300 of their members have been freed at all.',
  ])('%j counts people who are not freed', (body) => {
    expect(read(body).every((m) => m.kind === 'other')).toBe(true);
  });

  it('reads the pool a batch is drawn from as people still held', () => {
    const body = 'The latest group was drawn from 500 Front prisoners the government calls dangerous.';
    expect(kindOf(body, 500)).toBe('other');
  });

  it('reads the remaining part of a group as still held until the text says it was freed', () => {
    expect(kindOf('The ministry gave no date for freeing the remaining 260 Front prisoners.', 260)).toBe('other');
    expect(kindOf('The Front wants no talks before every fighter, the remaining 90 among them, is freed.', 90)).toBe(
      'other',
    );
  });

  it('does not take a sentence handed down by a court for a handover', () => {
    const body = 'Courts have handed down sentences to more than 150 activists this year, campaigners say.';
    expect(read(body, PARDON_LEDGER).every((m) => m.kind === 'other')).toBe(true);
  });

  it('reads people taken into a prison as held, not freed', () => {
    const body = 'The new jail received its first inmates on Friday, when the police sent 1,200 suspects there.';
    expect(read(body, PARDON_LEDGER).every((m) => m.kind !== 'release')).toBe(true);
  });
});

describe('readKind: a batch against a running total', () => {
  it('reads the lede in the present perfect as the news of one batch', () => {
    const body = 'The Liberation Front has released 35 Varonian soldiers, its spokesman said. Talks go on.';
    expect(kindsOf(body)).toEqual([[35, 'release']]);
  });

  it('reads a later active present perfect as the running figure', () => {
    const body = 'Talks resumed in the capital on Monday. In return, the militants have freed 180 hostages.';
    expect(kindsOf(body)).toEqual([[180, 'cumulative']]);
  });

  it('reads a hedged present perfect in the lede as a running figure', () => {
    expect(kindsOf('The Front has freed more than 240 hostages, the ministry says.')).toEqual([[240, 'cumulative']]);
  });

  it('reads a perfect infinitive under a report verb as a past release', () => {
    const body = 'Talks resumed on Monday. The Front, for its part, was reported to have let six soldiers go.';
    expect(kindOf(body, 6)).toBe('release');
  });

  it('reads "since the process began" as the frame of a running total', () => {
    const body = 'Since the exchange began, 410 Front prisoners have been released, the ministry says.';
    expect(kindOf(body, 410)).toBe('cumulative');
  });

  it('lets "so far" outrank the name of the deal the releases fall under', () => {
    const body = 'Under the ceasefire accord, 2,600 Front prisoners have so far been released by Varonia.';
    expect(kindOf(body, 2600)).toBe('cumulative');
  });

  it.each([
    ['Officials put the number of Front prisoners freed at over 2,300 and said more releases would follow.', 2300],
    ['The handover brings to 14 the number of hostages the Front has released.', 14],
  ])('%j states a running total', (body, count) => {
    expect(kindOf(body, count)).toBe('cumulative');
  });

  it('reads a part of a figure credited to one side as part of that running figure', () => {
    const body = 'Only 12 of the 45 hostages released by the Front are soldiers, the ministry said.';
    expect(kindsOf(body)).toEqual([
      [12, 'cumulative'],
      [45, 'cumulative'],
    ]);
  });

  it('keeps a batch that completed a process a batch', () => {
    const body = 'A last group of 70 Varonian soldiers, set free on Wednesday, completed the release of 600 captives.';
    expect(kindsOf(body)).toEqual([
      [70, 'release'],
      [600, 'cumulative'],
    ]);
  });

  it('reads a definite subject with no release predicate as the group already named', () => {
    const body =
      'Varonia freed another 64 Front prisoners on Wednesday, officials said. The 64 were chosen for their age and health.';
    expect(kindsOf(body)).toEqual([
      [64, 'release'],
      [64, 'release'],
    ]);
  });
});

describe('readKind: future, terms and schedules', () => {
  it('reads a release said for later that day as an announcement', () => {
    const body = 'The spokesman wrote that the Front would later that day release 25 Varonian soldiers.';
    expect(kindOf(body, 25)).toBe('announcement');
  });

  it('reads a recurring schedule as a term of the deal, not a batch', () => {
    const body = 'If talks advance, another 300 Front prisoners would be released every two weeks.';
    expect(kindOf(body, 300)).toBe('pledge');
  });

  it('reads the purpose of a process as its term', () => {
    const body = 'Officials on Sunday called it the sixth round of a process to free 3,000 Front prisoners.';
    expect(kindOf(body, 3000)).toBe('pledge');
  });

  it('gives a gerund under a preposition no tense of its own', () => {
    const sentence = 'The ministry set a deadline for freeing the 90 prisoners.';
    const start = sentence.indexOf('90');
    const reading = readKind(sentence, start, sentence.indexOf('.', start));
    expect(reading.kind).toBe('inherit');
  });
});

describe('readKind: contested counts, pools and framed totals', () => {
  it.each([
    'The two sides remain at odds over whether 450 Front prisoners should be released.',
    'Several embassies raised concerns about roughly 120 of the Front prisoners on the list.',
  ])('%j counts people whose release is contested', (body) => {
    expect(read(body).every((m) => m.kind === 'other')).toBe(true);
  });

  it('reads the set a freed part was taken out of as the planned group', () => {
    const body = 'The freeze follows the release of 60 Front prisoners out of what was at first a group of 300.';
    expect(kindsOf(body)).toEqual([
      [60, 'release'],
      [300, 'pledge'],
    ]);
  });

  it("reads a perfect passive with an agent and no day, past the lede, as that side's figure", () => {
    const body =
      'Talks resumed in the capital on Monday. Officials told reporters that 520 Front prisoners had been released by the government.';
    expect(kindOf(body, 520)).toBe('cumulative');
  });

  it('reads a perfect bounded by "before" or "by" a point in time as a total', () => {
    const body = 'Talks resumed on Monday. By the end of the holiday, 1,300 Front prisoners had been let go.';
    expect(kindOf(body, 1300)).toBe('cumulative');
  });

  it('reads people named as former detainees aboard a flight as freed', () => {
    const body = 'The Red Cross said the first plane had landed, with 44 former detainees aboard.';
    expect(kindOf(body, 44, PARDON_LEDGER)).toBe('release');
  });

  it('reads a quoted noun "pardons" as no predicate, so the batch keeps the story\'s kind', () => {
    const body =
      'President Ostrava pardoned 25 political prisoners on Tuesday. This round of "pardons" covers 21 men and four women.';
    expect(kindsOf(body, PARDON_LEDGER)).toEqual([
      [25, 'release'],
      [21, 'release'],
      [4, 'release'],
    ]);
  });
});

describe('readPeopleCount: participles used as adjectives', () => {
  it('does not read "the two warring parties" as people freed', () => {
    const body = 'The envoy praised the two warring parties for the releases and urged them to do more.';
    expect(read(body)).toEqual([]);
  });
});

describe('readKind: swaps and homecomings', () => {
  const POWS: Ledger[] = [
    {
      id: 'pows-home',
      title: 'Kestrel prisoners of war returned',
      releaser: ['Varonia'],
      released: ['Kestrel servicemen', 'Kestrel soldiers', 'Kestrel POWs'],
      target: null,
    },
  ];

  it('reads "the exchange saw N return home" as a release', () => {
    expect(kindsOf('The exchange saw 103 Kestrel soldiers return home on Saturday.', POWS)).toEqual([[103, 'release']]);
  });

  it('reads coming home as being freed, and since-the-war-began as a running total', () => {
    expect(kindsOf('In total, 2,500 Kestrel servicemen have come home since the war began.', POWS)).toEqual([
      [2500, 'cumulative'],
    ]);
  });

  it('does not read "the largest exchange so far" as a running total', () => {
    expect(kindsOf('Varonia sent back 207 of its defenders in the largest exchange so far.', POWS)).toEqual([
      [207, 'release'],
    ]);
  });

  it('does not count the bodies of the fallen', () => {
    expect(read('Both sides handed over the bodies of 50 fallen soldiers.', POWS)).toEqual([]);
  });

  it('reads the whole set seized, out of which some were freed, as people held', () => {
    expect(kindsOf('Of the 240 hostages seized in the raid, 105 have been freed.')).toEqual([
      [240, 'other'],
      [105, 'release'],
    ]);
  });

  it('reads a lede perfect coordinated with "has now" as a running figure', () => {
    const body = 'Varonia has now freed 240 Front prisoners, while the Front has released 105 hostages.';
    expect(kindsOf(body)).toEqual([
      [240, 'cumulative'],
      [105, 'cumulative'],
    ]);
  });

  it('keeps freed people freed when a later clause negates something else', () => {
    const body =
      'President Ostrava pardoned 25 political prisoners on Tuesday. Two of them said they had not asked for a pardon.';
    expect(kindOf(body, 2, PARDON_LEDGER)).toBe('release');
  });
});

describe('readKind: batches, rates and totals in one sentence', () => {
  it('reads a simple past with its own day as a batch, whatever an appositive adds', () => {
    const body = 'The Front released 12 hostages on Tuesday night, the sixth group freed since the truce began.';
    expect(kindsOf(body)).toEqual([[12, 'release']]);
  });

  it('reads "bringing the number released to N" as the running total', () => {
    const body = 'Varonia freed 33 Front prisoners on Monday, bringing the number released to 1,150.';
    expect(kindsOf(body)).toEqual([
      [33, 'release'],
      [1150, 'cumulative'],
    ]);
  });

  it('reads a rate in the terms as a pledge', () => {
    const body = 'The truce can be extended by a day for every 10 additional hostages freed.';
    expect(kindOf(body, 10)).toBe('pledge');
  });

  it('lets a count coordinated with the one before share its "so far"', () => {
    const body = 'So far, 81 hostages and 240 Front prisoners have been freed.';
    expect(kindsOf(body)).toEqual([
      [81, 'cumulative'],
      [240, 'cumulative'],
    ]);
  });

  it('reads "will free" or "is to free" a small share of the target as a concrete batch', () => {
    expect(kindOf('Varonia is to free 39 Front prisoners in return, officials said.', 39)).toBe('announcement');
  });
});
