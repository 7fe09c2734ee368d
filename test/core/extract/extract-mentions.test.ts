import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/core/extract/extract-mentions.js';
import type { Ledger, Mention } from '../../../src/core/types.js';
import { anArticle, PARDON_LEDGER, POW_LEDGER, SWAP_LEDGERS } from './builders.js';

// Every article here is published Thursday 2024-03-14, 12:00 UTC (see anArticle).
function read(body: string, ledgers: Ledger[] = SWAP_LEDGERS, published?: string): Mention[] {
  return extractMentions(anArticle(published ? { body, published } : { body }), ledgers, { timezone: 'UTC' });
}

function only(body: string, ledgers: Ledger[] = SWAP_LEDGERS): Mention {
  const mentions = read(body, ledgers);
  expect(mentions).toHaveLength(1);
  const [mention] = mentions;
  if (!mention) throw new Error('no mention');
  return mention;
}

function covered(body: string, mention: Mention): string {
  return body.slice(mention.start, mention.end);
}

describe('extractMentions: numbers', () => {
  it.each([
    ['Varonia released 1,500 Front prisoners on Wednesday.', 1500, '1,500'],
    ['The government freed 5000 Front fighters on Wednesday.', 5000, '5000'],
    ['One hundred Front members walked free on Wednesday.', 100, 'One hundred'],
    ['A hundred Front prisoners were handed over on Wednesday.', 100, 'A hundred'],
    ['The militants released twenty-eight hostages on Wednesday.', 28, 'twenty-eight'],
    ['The militants released 5 thousand captives on Wednesday.', 5000, '5 thousand'],
    ['Varonia freed five thousand Front fighters on Wednesday.', 5000, 'five thousand'],
  ])('reads %j as %i, and the span covers the number', (body, count, numberText) => {
    const mention = only(body);
    expect(mention.count).toBe(count);
    expect(covered(body, mention)).toContain(numberText);
    expect(mention.sentence).toBe(body);
  });

  it('reads a range as one mention at its upper bound, at_most', () => {
    const mention = only('Between 20 and 25 hostages were released by the Front on Wednesday.');
    expect(mention).toMatchObject({ count: 25, qualifier: 'at_most' });
  });

  it('leaves vague plurals out by default and reads them as lower bounds on request', () => {
    const body = 'Hundreds of Front prisoners and dozens of hostages were freed on Wednesday.';
    expect(read(body)).toEqual([]);
    const vague = extractMentions(anArticle({ body }), SWAP_LEDGERS, { timezone: 'UTC', includeVague: true });
    expect(vague.map((m) => [m.count, m.qualifier])).toEqual([
      [200, 'at_least'],
      [24, 'at_least'],
    ]);
  });
});

describe('extractMentions: which numbers count people', () => {
  function counts(body: string, ledgers: Ledger[] = SWAP_LEDGERS): number[] {
    return read(body, ledgers).map((m) => m.count);
  }

  it('reads "two dozen" as one count of 24, not 2 and 12', () => {
    const mention = only('As many as two dozen hostages could walk free on Friday, the mediators said.');
    expect(mention).toMatchObject({ count: 24, qualifier: 'at_most' });
  });

  it.each([
    ['Kestrel got back 140 people in the swap on Saturday.', [140]],
    ['The ministry said 90 of its servicemen had been returned by the other side.', [90]],
    ['Since January Kestrel has received 310 of its soldiers in four swaps.', [310]],
    ['The 30-person exchange took place on a bridge over the river on Saturday.', [30]],
    ['Kestrel got back 60 people on Saturday, a group that includes four senior officers.', [60, 4]],
  ])('reads a count of people by its context when the noun is not a people word: %j', (body, expected) => {
    expect(counts(body, POW_LEDGER)).toEqual(expected);
  });

  it('reads nationalities as people', () => {
    expect(
      counts('The Front freed nine foreigners on Wednesday, among them four Canadians and two Norwegians.'),
    ).toEqual([9, 4, 2]);
  });

  it('reads the elided noun of a distributive list after a count of people', () => {
    expect(counts('Forty prisoners were flown to Oslo, 12 to Vienna and five to Lisbon.')).toEqual([40, 12, 5]);
    expect(counts('Police detained 80 protesters in the capital, and 14 in Dunmore.')).toEqual([80, 14]);
    expect(counts('The Front released 14 hostages: 10 went to Varonia, three to Ostria and one to Kestrel.')).toEqual([
      14, 10, 3, 1,
    ]);
  });

  it('gives an elided list item the kind of the count it parallels and its own day', () => {
    const body = 'Varonia freed 20 Front prisoners on Monday, 15 on Tuesday and 10 on Wednesday.';
    expect(read(body).map((m) => [m.count, m.kind, m.eventDate])).toEqual([
      [20, 'release', '2024-03-11'],
      [15, 'release', '2024-03-12'],
      [10, 'release', '2024-03-13'],
    ]);
  });

  it('reads the last lone item of a breakdown after counts of people', () => {
    expect(
      counts('The Front has freed 40 hostages: 30 were Varonian, nine were Ostrian and one was from Kestrel.'),
    ).toEqual([40, 30, 9, 1]);
  });

  it('reads a part of a count the story has given, and the people a participle names', () => {
    const body =
      'Varonia has freed 400 Front prisoners this month. Officials say around 150 of the 400 were convicted of murder. Of the 60 freed on Monday, 12 are women.';
    expect(counts(body)).toEqual([400, 150, 400, 60, 12]);
    expect(counts('Varonia freed 40 Front prisoners on Monday. Of the 40 released there, 12 are women.')).toEqual([
      40, 40, 12,
    ]);
  });

  it('reads people who died while held as a count of the held, but not a death toll elsewhere in a sentence', () => {
    expect(read('At least four political prisoners died in custody last year.', PARDON_LEDGER)).toMatchObject([
      { count: 4, kind: 'other' },
    ]);
    expect(counts('Of the 25 hostages named in the deal, six are dead.')).toEqual([25, 6]);
  });

  it('reads a definite group named again later in the story', () => {
    const body =
      'The Front freed 14 hostages on Wednesday, four Australian aid workers among them. The 14 will be flown home after checks. The four Australians landed in Perth late on Thursday.';
    expect(counts(body)).toEqual([14, 4, 14, 4]);
    expect(counts('Varonia freed 20 Front prisoners on Monday. Those 20 make up the first batch of the deal.')).toEqual(
      [20, 20],
    );
  });

  it('reads a group broken down one sentence further on', () => {
    const body =
      'President Ostrava pardoned 31 political prisoners on Monday. Their names were not published. The group comprises 20 men and 11 women.';
    expect(counts(body, PARDON_LEDGER)).toEqual([31, 20, 11]);
  });

  it('reads fighters who surrendered as people, and a number word after a month as a count', () => {
    expect(counts('The army says 1,300 militant fighters laid down their arms during the siege.')).toEqual([1300]);
    expect(counts('In May two hostages were freed by the Front.')).toEqual([2]);
    expect(counts('Gunmen killed 40 people in the raid and seized 25 people, the survivors said.')).toEqual([25]);
  });

  it.each([
    ['The Front released 14 hostages on Wednesday; the youngest is six and the oldest 81.', [14]],
    ['The Front released 14 hostages on Wednesday. One was sentenced last year to six and a half years.', [14]],
    ['The Front released 14 hostages, who had been held for 16 years, after a $5 million payment.', [14]],
    ['Varonia freed 20 Front prisoners on Monday. Six weeks later the talks broke down.', [20]],
    ['Varonia freed 20 Front prisoners on Monday. A poll found 62 percent support the deal.', [20]],
    ['The Front released 14 hostages on Wednesday. The 12 killed in the raid were buried on Friday.', [14]],
    ['Kestrel returned 95 prisoners of war on Saturday. The 12-man crew of the plane flew them home.', [95]],
    ['The Front released two hostages on Monday. The two sides met again on Friday.', [2]],
    ['The Front released 14 hostages on Wednesday. A poll of 1,000 Varonians found most backed the swap.', [14]],
    ['The Front released 14 hostages on Wednesday, up from 10 in March.', [14]],
    ['The Front released 14 hostages, including children as young as six.', [14]],
    ['Varonia freed 20 Front prisoners, one in five of them women.', [20]],
    ['The Front released 14 hostages after a ransom of five million dollars was paid.', [14]],
    ['Varonia freed 20 Front prisoners on Monday; 95% of them had been jailed for protesting.', [20]],
  ])('keeps numbers that are not people out: %j', (body, expected) => {
    expect(counts(body, body.includes('Kestrel') ? POW_LEDGER : SWAP_LEDGERS)).toEqual(expected);
  });
});

describe('extractMentions: qualifiers', () => {
  it.each([
    ['Varonia has freed more than 480 Front prisoners so far.', 'at_least'],
    ['Varonia has freed over 850 Front prisoners so far.', 'at_least'],
    ['Varonia has freed at least 900 Front prisoners so far.', 'at_least'],
    ['Varonia has freed about 1,000 Front prisoners so far.', 'about'],
    ['Varonia has freed around 1,000 Front prisoners so far.', 'about'],
    ['Varonia has freed nearly 4,000 Front prisoners so far.', 'about'],
    ['Varonia has freed some 700 Front prisoners so far.', 'about'],
    ['Varonia has freed roughly 2,700 Front prisoners so far.', 'about'],
    ['The decree allows Varonia to free up to 2,000 Front prisoners.', 'at_most'],
    ['The decree allows Varonia to free as many as 2,000 Front prisoners.', 'at_most'],
    ['Varonia has freed 933 Front prisoners so far.', 'exact'],
    // A negated comparison bounds the other way.
    ['Varonia has freed no more than 60 Front prisoners so far.', 'at_most'],
    ['Varonia has freed not more than 60 Front prisoners so far.', 'at_most'],
  ])('%j is %s', (body, qualifier) => {
    expect(only(body).qualifier).toBe(qualifier);
  });

  it('does not read the particle of "handed over" as a hedge', () => {
    expect(only('The Front handed over 12 Varonian soldiers on Wednesday.').qualifier).toBe('exact');
  });
});

describe('extractMentions: kinds', () => {
  it.each([
    ['Varonia released 150 Front prisoners on Wednesday.', 'release'],
    ['Forty Front prisoners walked free from the northern jail on Wednesday.', 'release'],
    ['Twenty-eight hostages have been freed by the Liberation Front.', 'release'],
    ['On Wednesday the Front handed over 12 Varonian soldiers to the Red Cross.', 'release'],
    ['Varonia will release 120 Front prisoners on Saturday.', 'announcement'],
    ['The Front is set to free 30 hostages tomorrow.', 'announcement'],
    ['Varonia is expected to release 80 Front fighters on Friday.', 'announcement'],
    ['The deal calls for the release of 3,000 Front prisoners.', 'pledge'],
    ['The agreement stipulates the release of 3,000 Front prisoners.', 'pledge'],
    ['Varonia is supposed to release 1,200 Front fighters at the first stage.', 'pledge'],
    ['The Front demanded the release of 400 Front prisoners.', 'pledge'],
    ['Varonia agreed to free 3,000 Front members in phases.', 'pledge'],
    ['So far Varonia has freed 1,850 Front prisoners.', 'cumulative'],
    ['Varonia has to date released 2,000 Front fighters.', 'cumulative'],
    ['The release brings the total to 2,100 Front prisoners freed since March 1.', 'cumulative'],
    ['Varonian officials put the number of Front prisoners freed at 2,250.', 'cumulative'],
    ['The militants still hold more than 200 hostages.', 'other'],
    ['About 40 Front prisoners refused to leave the jail.', 'other'],
    ['Varonia says 35 Front prisoners escaped during the transfer.', 'other'],
    ['Some 90 hostages remain in captivity, the families say.', 'other'],
  ])('%j is %s', (body, kind) => {
    expect(only(body).kind).toBe(kind);
  });

  it('tells a fresh batch from the running total it brings', () => {
    const body =
      'Varonian authorities freed 150 Front prisoners on Tuesday, bringing the total released since January to 1,450.';
    expect(read(body).map((m) => [m.count, m.kind])).toEqual([
      [150, 'release'],
      [1450, 'cumulative'],
    ]);
  });

  it('reads the day-batch of "the number released today reached" as a release', () => {
    expect(only('The number of Front prisoners released today reached two hundred.').kind).toBe('release');
  });

  it('labels parts like wholes: each freed group is its own release', () => {
    const body = 'President Ostrava pardoned 37 political prisoners on Tuesday, including nine women.';
    expect(read(body, PARDON_LEDGER).map((m) => [m.count, m.kind, m.eventDate])).toEqual([
      [37, 'release', '2024-03-12'],
      [9, 'release', '2024-03-12'],
    ]);
  });

  it('reads a breakdown in the next sentence as parts of the batch, with its day', () => {
    const body =
      'President Ostrava pardoned 29 political prisoners on Monday. The group comprises 18 men and 11 women; more than half are older than 50.';
    expect(read(body, PARDON_LEDGER).map((m) => [m.count, m.kind, m.eventDate])).toEqual([
      [29, 'release', '2024-03-11'],
      [18, 'release', '2024-03-11'],
      [11, 'release', '2024-03-11'],
    ]);
  });

  it('reads a release promised under a condition as a pledge', () => {
    expect(only('Talks will resume only if the Front frees 22 government soldiers.').kind).toBe('pledge');
  });

  it('reads a figure already given as the running total as that total when it comes back', () => {
    const body =
      'The number of Front prisoners freed so far now stands at 361. The 361 were freed from the northern jail.';
    expect(read(body).map((m) => [m.count, m.kind])).toEqual([
      [361, 'cumulative'],
      [361, 'cumulative'],
    ]);
  });

  it('reads "the N released by X" as the running figure of that side', () => {
    const body = 'Only 19 of the 60 hostages released by the Front were soldiers, the ministry said.';
    expect(read(body).find((m) => m.count === 60)?.kind).toBe('cumulative');
  });

  it('gives the counterpart of a swap term the same kind as the first count', () => {
    const body =
      'The plan would have seen 3,000 Front fighters released in exchange for 600 Varonian soldiers held by the militants.';
    expect(read(body).map((m) => m.kind)).toEqual(['pledge', 'pledge']);
  });
});

describe('extractMentions: who released whom', () => {
  it('attributes by the people named after the number', () => {
    expect(only('On Wednesday 150 Front prisoners were set free.').ledger).toBe('state-frees-militants');
    expect(only('On Wednesday 15 hostages were set free.').ledger).toBe('front-frees-hostages');
  });

  it('attributes a passive to its agent', () => {
    expect(only('Sixteen people were released by the militants on Wednesday.').ledger).toBe('front-frees-hostages');
    expect(only('Sixteen people were released by the Varonian government on Wednesday.').ledger).toBe(
      'state-frees-militants',
    );
  });

  it('reads a side named as the owner of the people as the other side releasing them', () => {
    expect(only('The Front demanded freedom for 400 of its members.').ledger).toBe('state-frees-militants');
    expect(only('Under the deal the Front is to free about 600 government soldiers.').ledger).toBe(
      'front-frees-hostages',
    );
  });

  it('feeds two ledgers from one sentence', () => {
    const body = 'The Front released 20 hostages, and Varonia freed 300 Front prisoners in return.';
    expect(read(body).map((m) => [m.count, m.ledger])).toEqual([
      [20, 'front-frees-hostages'],
      [300, 'state-frees-militants'],
    ]);
  });

  it('gives the size of a whole swap ("the 30-person exchange") to no ledger', () => {
    expect(only('The 30-person exchange was the largest since the war began.').ledger).toBeNull();
  });

  it('gives a count covering both sides to no ledger', () => {
    const mentions = read('The swap of 250 men, 125 on each side, took place at the border on Wednesday.');
    expect(mentions.map((m) => [m.count, m.ledger])).toEqual([
      [250, null],
      [125, null],
    ]);
  });

  it('falls back on earlier sentences when a sentence names neither side', () => {
    const body = 'The Liberation Front freed a group of captives on Wednesday. The 18 were freed at a border crossing.';
    expect(read(body).map((m) => [m.count, m.ledger])).toEqual([[18, 'front-frees-hostages']]);
  });

  it('gives a single configured ledger its people-counts', () => {
    expect(only('Kestrel returned 95 prisoners of war on Saturday.', POW_LEDGER).ledger).toBe('pow-returns');
  });
});

describe('extractMentions: event dates', () => {
  it.each([
    ['Varonia released 100 Front prisoners today.', 'release', '2024-03-14'],
    ['Varonia released 100 Front prisoners yesterday.', 'release', '2024-03-13'],
    ['Varonia released 100 Front prisoners on Wednesday.', 'release', '2024-03-13'],
    ['Varonia released 100 Front prisoners on Friday.', 'release', '2024-03-08'],
    ['Varonia released 100 Front prisoners on Thursday.', 'release', '2024-03-14'],
    ['Varonia will release 100 Front prisoners on Wednesday.', 'announcement', '2024-03-20'],
    ['Varonia will release 100 Front prisoners on Friday.', 'announcement', '2024-03-15'],
    ['Varonia will release 100 Front prisoners today (Thursday).', 'announcement', '2024-03-14'],
    ['Varonia released 100 Front prisoners on March 2.', 'release', '2024-03-02'],
    ['Varonia released 100 Front prisoners on 2 March.', 'release', '2024-03-02'],
  ])('%j is a %s on %s', (body, kind, date) => {
    expect(only(body)).toMatchObject({ kind, eventDate: date });
  });

  it('leaves pledges undated', () => {
    expect(only('The deal signed on March 1 calls for the release of 3,000 Front prisoners.').eventDate).toBeNull();
  });

  it('dates a running total with no day to the publication day', () => {
    expect(only('So far Varonia has freed 1,850 Front prisoners.').eventDate).toBe('2024-03-14');
  });

  it('resolves days in the configured timezone', () => {
    const mentions = extractMentions(
      anArticle({ body: 'Varonia released 100 Front prisoners today.', published: '2024-03-14T21:30:00Z' }),
      SWAP_LEDGERS,
      { timezone: 'Asia/Kabul' },
    );
    expect(mentions[0]?.eventDate).toBe('2024-03-15');
  });
});

describe('extractMentions: distractors yield nothing', () => {
  it.each([
    'The agreement was signed on February 29 and foreign troops will leave within 14 months.',
    'Fighting killed 45 people and wounded 120 others in the north.',
    'The talks lasted 14 hours and cost $2 million; 30 delegates attended.',
    'The 62-year-old commander has spent 14 years in prison.',
    'Some 3,000 troops were deployed to the border on the 14th.',
    'Health officials reported 1,200 new COVID-19 cases on Monday.',
    'Turnout was 45 percent, and 12 of the 20 provinces voted.',
    'Four people died when a bus crashed at 10:30 a.m.',
    'The hostages, aged 19 and 22, returned home after 482 days in captivity.',
    'More than 500,000 people have returned to their homes in the north since the truce.',
    'Some 3,200 politicians and community leaders were invited to the assembly in 2020.',
    'The ministry said 59 people who were hurt are in hospital.',
    'The 40-strong delegation visited a 23-hectare camp outside the prison.',
  ])('%j', (body) => {
    expect(read(body)).toEqual([]);
  });
});

describe('extractMentions: one article, several mentions in order', () => {
  it('reads a short story of a batch, its running total, the next batch and the terms', () => {
    const body = [
      'On Wednesday, Varonia released 100 Front prisoners from the central jail, the interior ministry said.',
      'The release brings the number Varonia has freed so far to 400.',
      'Officials said another 100 Front prisoners will be freed on Saturday.',
      'The agreement stipulates the release of 3,000 Front prisoners, and the militants in return are to free 600 Varonian soldiers they hold.',
      'The deal was signed on February 29, and the exchange should be complete within 14 months.',
    ].join(' ');
    expect(read(body).map((m) => [m.count, m.qualifier, m.kind, m.ledger, m.eventDate])).toEqual([
      [100, 'exact', 'release', 'state-frees-militants', '2024-03-13'],
      [400, 'exact', 'cumulative', 'state-frees-militants', '2024-03-14'],
      [100, 'exact', 'announcement', 'state-frees-militants', '2024-03-16'],
      [3000, 'exact', 'pledge', 'state-frees-militants', null],
      [600, 'exact', 'pledge', 'front-frees-hostages', null],
    ]);
  });
});

describe('the price named in a deal being made', () => {
  it('is a term of the deal, even with a day in the sentence', () => {
    const mentions = read(
      'The Varonian cabinet on Monday endorsed an accord meant to bring a kidnapped envoy home in return for more than 800 Front prisoners.',
    );
    expect(mentions.map((m) => [m.count, m.kind])).toEqual([[800, 'pledge']]);
  });

  it('does not turn a release told in the same words into a term', () => {
    const mentions = read('Varonia freed 80 Front prisoners on Monday in return for 12 captives.');
    expect(mentions.map((m) => [m.count, m.kind])).toEqual([
      [80, 'release'],
      [12, 'release'],
    ]);
  });
});

describe('the other half of a swap told after the count', () => {
  it('shares the fate of the count it answers', () => {
    const mentions = read(
      'Under the accord, 2,000 Front prisoners are to be freed by Varonia, with 600 Varonian soldiers released in return.',
    );
    expect(mentions.map((m) => [m.count, m.kind])).toEqual([
      [2000, 'pledge'],
      [600, 'pledge'],
    ]);
  });
});

describe('extractMentions: names with diacritics', () => {
  it('reads them like plain names but keeps the sentence as published for the evidence', () => {
    const body = 'Front leader Hélène Dubé, 58, said 9 hostages were freed.';
    const mentions = read(body);

    expect(mentions.map((m) => m.count)).toEqual([9]);
    expect(mentions[0]?.sentence).toBe(body);
    expect(body.slice(mentions[0]?.start, mentions[0]?.end)).toBe('9 hostages');
  });
});

describe('extractMentions: live entries stamped with their weekday', () => {
  it('reads "today" in an entry stamped Wednesday as that Wednesday, in the tracker timezone', () => {
    // Published Thursday 14 March 2024, 23:00 in Auckland (10:00 UTC): the Wednesday entry is 13 March there.
    const body =
      'Times are local. Newest entries first.\n\n9:10 p.m. Thursday — The Front freed two hostages today.\n\n8:30 p.m. Wednesday — The Front freed five hostages today.';
    const mentions = extractMentions(anArticle({ body, published: '2024-03-14T10:00:00Z' }), SWAP_LEDGERS, {
      timezone: 'Pacific/Auckland',
    });
    expect(mentions.map((m) => [m.count, m.eventDate])).toEqual([
      [2, '2024-03-14'],
      [5, '2024-03-13'],
    ]);
  });
});
