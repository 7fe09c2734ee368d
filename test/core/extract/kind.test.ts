import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/core/extract/extract-mentions.js';
import { type KindReading, readKind } from '../../../src/core/extract/kind.js';
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

/** readKind alone, for a count and its noun given as text: the rule under test, whatever detection makes of it. */
function readKindOf(sentence: string, count: string, noun: string): KindReading['kind'] {
  const start = sentence.indexOf(count);
  return readKind(sentence, start, sentence.indexOf(noun, start) + noun.length).kind;
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

  it.each([
    [
      'Friends said the two Varonian pilots were both in their thirties and had just finished a flying course.',
      'two',
      'pilots',
    ],
    [
      'The ministry said the nine Front fighters were brothers who had completed their schooling together.',
      'nine',
      'fighters',
    ],
  ])('%j: what they finished is no release process, so no running total', (sentence, count, noun) => {
    expect(readKindOf(sentence, count, noun)).not.toBe('cumulative');
  });

  it.each([
    ['Varonia has finished freeing the 90 Front prisoners named in the accord.', '90', 'prisoners'],
    ['The palace said the exchange was complete and that 48 Varonian soldiers were back home.', '48', 'soldiers'],
    ['The Front completed the handover of 120 captives on Sunday.', '120', 'captives'],
  ])('%j: a completed release process sums up its count', (sentence, count, noun) => {
    expect(readKindOf(sentence, count, noun)).toBe('cumulative');
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

/** A prisoner-of-war exchange between two states, one ledger for each direction. */
const POW_EXCHANGE: Ledger[] = [
  {
    id: 'varonia-returns-kestrels',
    title: 'Kestrel servicemen returned by Varonia',
    releaser: ['Varonia'],
    released: ['Kestrel servicemen', 'Kestrel soldiers', 'prisoners of war'],
    target: null,
  },
  {
    id: 'kestrel-returns-varonians',
    title: 'Varonian soldiers returned by Kestrel',
    releaser: ['Kestrel'],
    released: ['Varonian soldiers', 'Varonian troops'],
    target: null,
  },
];

describe('readKind: a release said without a verb of its own is still a release', () => {
  it.each([
    ['The repatriation of 64 Kestrel servicemen was the third handover this spring.', 64],
    ['On Sunday some 320 prisoners of war crossed the front line at a border checkpoint, as part of a swap.', 320],
    ['Turkish mediation resulted in the exchange of 312 prisoners of war, Ankara said.', 312],
    ['Some 90 prisoners of war came home on Saturday in a swap arranged by Qatar.', 90],
  ])('%j reads a past nominal or participial release as a release', (body, count) => {
    expect(kindOf(body, count, POW_EXCHANGE)).toBe('release');
  });

  it('reads a release noun whose event went ahead as a release', () => {
    expect(kindOf('The handover of 45 hostages went ahead late on Sunday.', 45)).toBe('release');
  });

  it('reads "the handover of the N" as the N already read, on its ledger', () => {
    const body =
      'Kestrel brought home 64 of its servicemen on Friday, and Varonia got back 30 Varonian troops. The handover of the 64 went ahead despite shelling.';
    const mentions = read(body, POW_EXCHANGE).filter((m) => m.count === 64);
    expect(mentions.map((m) => [m.kind, m.ledger])).toEqual([
      ['release', 'varonia-returns-kestrels'],
      ['release', 'varonia-returns-kestrels'],
    ]);
  });

  it('reads people coming home in a dated swap as released, each count in the pair', () => {
    const body =
      'It was the largest trade of the year, with 88 Varonian troops and 90 Kestrel servicemen coming home on Wednesday.';
    expect(kindsOf(body, POW_EXCHANGE)).toEqual([
      [88, 'release'],
      [90, 'release'],
    ]);
  });

  it('reads a side getting its people back as a release', () => {
    const body = 'On Friday Kestrel got back 95 Kestrel servicemen, its president said.';
    expect(kindOf(body, 95, POW_EXCHANGE)).toBe('release');
  });

  it('reads a modal in a clause of its own after a past release as no future for the count', () => {
    const sentence =
      "Kestrel's army said 120 Varonian soldiers had been handed back and that they would need months of treatment.";
    expect(readKindOf(sentence, '120', 'Varonian soldiers')).toBe('release');
  });

  it('does not read the name of the deal a past release fell under as a pledge', () => {
    const body = 'On Sunday, 12 Varonian soldiers released under the accord were taken to hospital.';
    expect(kindOf(body, 12)).toBe('release');
    const sentence = 'Six Nepali farmhands, who were set free under a separate understanding, reached home on Monday.';
    expect(readKindOf(sentence, 'Six', 'Nepali farmhands')).toBe('release');
  });

  it.each([
    'The release of the 300 Front prisoners was the main demand of the Front.',
    'The exchange of 300 Front prisoners was the first step of the plan.',
    'The two sides agreed on Monday to a swap, with 300 Front prisoners returning home by Friday.',
  ])('%j is no release: the copula or participle tells a plan', (body) => {
    expect(kindOf(body, 300)).not.toBe('release');
  });

  it('reads a release noun whose event was delayed as people still held', () => {
    expect(kindOf('The release of 300 Front prisoners was delayed on Friday.', 300)).toBe('other');
  });

  it('does not read an exchange expected to be completed as a completed one', () => {
    const body = 'Officials expect the exchange of 300 Front prisoners to be completed within days.';
    expect(kindOf(body, 300)).not.toBe('cumulative');
  });

  it.each([
    'Talks on the release of 300 Front prisoners collapsed on Tuesday.',
    'The deal approved on Sunday saw 300 Front prisoners named for release.',
    'The agreement, reached after weeks of talks, provides that 300 Front prisoners will be freed.',
  ])('%j reads the topic or term of a deal as a pledge', (body) => {
    expect(kindOf(body, 300)).toBe('pledge');
  });

  it('still reads the whole of a planned exchange under way as its term', () => {
    const body = 'The two delegations on Sunday entered the last day of their exchange of nearly 700 Front prisoners.';
    expect(kindOf(body, 700)).toBe('pledge');
  });
});

describe('readKind: a summary over a period is a running total', () => {
  it('reads "a period in which N were freed" as totals, for each coordinated count', () => {
    const body = 'Monday closed a fortnight in which 86 hostages and 190 Front prisoners were released.';
    expect(kindsOf(body)).toEqual([
      [86, 'cumulative'],
      [190, 'cumulative'],
    ]);
  });

  it.each([
    ["The Front freed 12 hostages during the truce's fourth day.", 12],
    ['Thirteen hostages were freed on a day in which 39 Front prisoners were released.', 39],
  ])('%j names one day, not a period: a release', (body, count) => {
    expect(kindOf(body, count)).toBe('release');
  });

  it('reads a figure freed over the course of a truce as a running total', () => {
    expect(kindOf('In all, 250 hostages were freed over the course of the truce.', 250)).toBe('cumulative');
  });

  it('reads the parts of those freed over a period as parts of the running total', () => {
    const body =
      'Of those the Front freed throughout the ceasefire, 60 were soldiers and 20 were farm workers from Laos.';
    expect(kindsOf(body)).toEqual([
      [60, 'cumulative'],
      [20, 'cumulative'],
    ]);
  });

  it('reads a bare infinitive after "saw" as what one swap did', () => {
    const body = "Saturday's swap saw the Front hand over 14 hostages and Varonia free 300 Front prisoners.";
    expect(kindsOf(body)).toEqual([
      [14, 'release'],
      [300, 'release'],
    ]);
  });

  it('never reads what several earlier swaps saw as a fresh batch', () => {
    const body = 'Two earlier rounds saw the Front hand over 14 hostages and Varonia free 300 Front prisoners.';
    expect(read(body).every((m) => m.kind !== 'release')).toBe(true);
  });
});

describe('readKind: a term of a deal against a concrete coming batch', () => {
  it('reads "are to be freed" under a deal as its term, whatever the size', () => {
    const body =
      'On Tuesday the cabinet endorsed an accord under which 40 hostages are to be released over three days, in return for 120 Front prisoners.';
    expect(kindsOf(body)).toEqual([
      [40, 'pledge'],
      [120, 'pledge'],
    ]);
  });

  it.each([
    'Mediators said 12 more hostages are expected on Saturday.',
    'Officials said 15 Front prisoners are due on Sunday at the crossing.',
  ])('%j reads a batch expected on a given day as an announcement', (body) => {
    expect(read(body).map((m) => m.kind)).toEqual(['announcement']);
  });
});

describe('readKind: "a total of" sums one event as well as a running total', () => {
  it('reads "a total of" in one swap as that swap\'s batch', () => {
    expect(kindOf('In the trade, Varonia handed over a total of nine Front prisoners.', 9)).toBe('release');
  });

  it('reads "a total of" on one day as the batch, and the figure it brings the count to as the total', () => {
    const body = 'Varonia released a total of 300 Front prisoners on Monday, bringing the number freed to 900.';
    expect(kindsOf(body)).toEqual([
      [300, 'release'],
      [900, 'cumulative'],
    ]);
  });

  it('keeps "a total of" to date a running total', () => {
    expect(kindOf('To date, the Front has freed a total of 31 hostages.', 31)).toBe('cumulative');
  });

  it('reads people freed by a side and then landing home as one batch', () => {
    const body = 'Fourteen Kestrel servicemen freed by Varonia landed at an airfield outside the capital.';
    expect(kindOf(body, 14, POW_EXCHANGE)).toBe('release');
  });

  it('reads the N released by X on a given day as that batch', () => {
    const body = "Varonia's envoy said the 26 Kestrel servicemen released by Varonia on Thursday were in good health.";
    expect(kindOf(body, 26, POW_EXCHANGE)).toBe('release');
  });
});

describe('readKind: "since" that dates a captivity is no running total', () => {
  it.each([
    ['Nine Front fighters in custody since 2019 walked free yesterday.', 9],
    ['Eight hostages the Front had kept in the mountains since March were freed on Tuesday.', 8],
  ])('%j is a release', (body, count) => {
    expect(kindOf(body, count)).toBe('release');
  });

  it('keeps "since" that opens a period a running total', () => {
    expect(kindOf('Since March, 400 Front prisoners have been released.', 400)).toBe('cumulative');
  });
});

describe('readKind: people held, listed or on their way to an exchange', () => {
  it('reads people still believed held as held, even after a release', () => {
    const body =
      'The Front freed 12 Varonian soldiers on Wednesday. Around 90 Varonian soldiers are still thought to be in captivity.';
    expect(kindsOf(body)).toEqual([
      [12, 'release'],
      [90, 'other'],
    ]);
  });

  it('reads hostages a deal promised but who are dead as not freed', () => {
    const sentence = 'Seven Varonian soldiers named in the accord are now dead, the army says.';
    expect(readKindOf(sentence, 'Seven', 'Varonian soldiers')).toBe('other');
  });

  it('does not read people taken hostage as released', () => {
    expect(kindsOf('Of the 240 hostages taken in the raid, 110 hostages remain in captivity.')).toEqual([
      [240, 'other'],
      [110, 'other'],
    ]);
  });

  it('reads published names of people eligible for release as people held', () => {
    const body = "Varonia's prison service posted the names of 250 Front prisoners who are eligible for a pardon.";
    expect(kindOf(body, 250)).toBe('other');
  });

  it('keeps a list one side demands freed a pledge', () => {
    const body = 'The Front handed the mediators a list naming 800 Front fighters it wants freed.';
    expect(kindOf(body, 800)).toBe('pledge');
  });

  it('reads people being carried to an exchange as not yet freed', () => {
    const sentence = 'A bus with 40 Kestrel servicemen who were being driven to the handover point overturned.';
    expect(readKindOf(sentence, '40', 'Kestrel servicemen')).toBe('other');
  });
});
