import { describe, expect, it } from 'vitest';
import {
  findDateCues,
  isBackground,
  localDay,
  readStoryDay,
  resolveEventDate,
  totalFollowsStory,
  yearEndOf,
} from '../../../src/core/extract/dates.js';
import { extractMentions } from '../../../src/core/extract/extract-mentions.js';
import type { MentionKind } from '../../../src/core/types.js';
import { anArticle, PARDON_LEDGER, POW_LEDGER, SWAP_LEDGERS } from './builders.js';

// Thursday 2024-03-14, noon UTC.
const published = '2024-03-14T12:00:00Z';

function firstDate(text: string, kind: MentionKind): string | null {
  return findDateCues(text, kind, published, 'UTC')[0]?.date ?? null;
}

/** The event date of the count `count` (as written) in `text`, read on its own. */
function dateOf(text: string, count: string, kind: MentionKind, inherited?: string | null): string | null {
  return resolveEventDate(text, text.indexOf(count), kind, {
    inherited,
    previousDate: null,
    published,
    timezone: 'UTC',
  });
}

describe('findDateCues', () => {
  it('counts days back from publication for "N days ago" and "the day before yesterday"', () => {
    expect(firstDate('freed two days ago', 'release')).toBe('2024-03-12');
    expect(firstDate('freed 5 days ago', 'release')).toBe('2024-03-09');
    expect(firstDate('freed the day before yesterday', 'release')).toBe('2024-03-12');
    // "the day before" alone still counts back from the day last named.
    expect(findDateCues('freed the day before', 'release', published, 'UTC')[0]?.fromAnchor).toBe(-1);
  });

  it('resolves weekdays backwards for past releases and forwards for announcements', () => {
    expect(firstDate('freed on Wednesday', 'release')).toBe('2024-03-13');
    expect(firstDate('will free on Wednesday', 'announcement')).toBe('2024-03-20');
    expect(firstDate('freed on Saturday', 'release')).toBe('2024-03-09');
    expect(firstDate('will free on Saturday', 'announcement')).toBe('2024-03-16');
    expect(firstDate('freed late on Monday', 'release')).toBe('2024-03-11');
  });

  it('reads the publication weekday as the publication day in both directions', () => {
    expect(firstDate('today (Thursday)', 'announcement')).toBe('2024-03-14');
    expect(firstDate('on Thursday', 'release')).toBe('2024-03-14');
  });

  it('lets "last" and "next" push a weekday a whole week away from the publication day', () => {
    expect(firstDate('freed last Thursday', 'release')).toBe('2024-03-07');
    expect(firstDate('freed last Tuesday', 'release')).toBe('2024-03-12');
    expect(firstDate('to be freed next Thursday', 'announcement')).toBe('2024-03-21');
  });

  it('reads today, tonight, overnight, yesterday, the previous evening, tomorrow and "a day earlier"', () => {
    expect(firstDate('released today', 'release')).toBe('2024-03-14');
    expect(firstDate('to be released tonight', 'announcement')).toBe('2024-03-14');
    expect(firstDate('were freed overnight', 'release')).toBe('2024-03-14');
    expect(firstDate('released yesterday', 'release')).toBe('2024-03-13');
    expect(firstDate('had been freed the previous evening', 'release')).toBe('2024-03-13');
    expect(firstDate('to be freed tomorrow', 'announcement')).toBe('2024-03-15');
    expect(firstDate('had been freed a day earlier', 'release')).toBe('2024-03-13');
  });

  it('reads explicit dates in the publication year, and last year for past months still ahead', () => {
    expect(firstDate('freed on April 8', 'announcement')).toBe('2024-04-08');
    expect(firstDate('freed on 8 March', 'release')).toBe('2024-03-08');
    expect(firstDate('freed on the 8th of March', 'release')).toBe('2024-03-08');
    expect(firstDate('freed on Jan. 19', 'release')).toBe('2024-01-19');
    expect(firstDate('freed on December 31', 'release')).toBe('2023-12-31');
  });

  it('takes the year a date states over the publication year', () => {
    expect(firstDate('seized on October 7, 2022', 'release')).toBe('2022-10-07');
    expect(firstDate('freed on 2 May 2021', 'release')).toBe('2021-05-02');
  });

  it('reads "on the 9th" as this month, or last month when that day is still ahead', () => {
    expect(firstDate('were freed on the 9th', 'release')).toBe('2024-03-09');
    expect(firstDate('were freed on the 20th', 'release')).toBe('2024-02-20');
    expect(firstDate('will be freed on the 20th', 'announcement')).toBe('2024-03-20');
  });

  it('gives vague periods no day', () => {
    for (const period of [
      'late last month',
      'earlier this week',
      'last week',
      'in July',
      'in early February',
      'over the past two days',
    ])
      expect(findDateCues(`freed ${period}`, 'release', published, 'UTC')).toEqual([
        { date: null, start: 6, end: 6 + period.length },
      ]);
  });

  it('resolves relative days in the tracker’s time zone', () => {
    // 21:30 UTC on Thursday is already Friday in Kabul.
    expect(findDateCues('released yesterday', 'release', '2024-03-14T21:30:00Z', 'Asia/Kabul')[0]?.date).toBe(
      '2024-03-14',
    );
    expect(findDateCues('released yesterday', 'release', '2024-03-14T21:30:00Z', 'UTC')[0]?.date).toBe('2024-03-13');
  });
});

describe('resolveEventDate', () => {
  it('dates a release by the day word in its own clause', () => {
    expect(dateOf('The rebels freed 40 soldiers on Tuesday.', '40', 'release')).toBe('2024-03-12');
    expect(
      dateOf('The army freed 12 captives on Monday, while the rebels let 30 go on Wednesday.', '30', 'release'),
    ).toBe('2024-03-13');
  });

  it('gives a release over a span or a vague period no day', () => {
    expect(dateOf('Since Monday, the authorities have freed 200 prisoners.', '200', 'release')).toBe(null);
    expect(dateOf('Another 60 were let go between late on Monday and Tuesday morning.', '60', 'release')).toBe(null);
    expect(dateOf('Some 70 activists were pardoned in February.', '70', 'release')).toBe(null);
  });

  it('takes the one day a sentence names when the count’s own clause has none', () => {
    expect(
      dateOf('A truce began on Tuesday, and four hostages were reunited with their families.', 'four', 'release'),
    ).toBe('2024-03-12');
  });

  it('ignores the day of an earlier event told in an opening "After ..." phrase', () => {
    expect(
      dateOf(
        'After the army freed hundreds last week, the rebels have released 15 soldiers.',
        '15',
        'release',
        '2024-03-14',
      ),
    ).toBe('2024-03-14');
  });

  it('counts back from the main clause in "A day after ..."', () => {
    expect(
      dateOf(
        'A day after a swap that freed 300 captives ended, the navy on Wednesday sent 40 sailors home.',
        '300',
        'cumulative',
      ),
    ).toBe('2024-03-12');
  });

  it('does not date a future release by the day it was ordered, unless the order is today’s', () => {
    expect(dateOf('The president ordered on Monday that 80 prisoners be freed.', '80', 'announcement')).toBe(null);
    expect(dateOf('The ministry said on Thursday that 80 prisoners would be freed.', '80', 'announcement')).toBe(
      '2024-03-14',
    );
  });

  it('dates a running total by its statement, a past year it sums up, or else the publication day', () => {
    expect(dateOf('The council said on Tuesday that 900 had so far been freed.', '900', 'cumulative')).toBe(
      '2024-03-12',
    );
    expect(dateOf('In 2023 the pardons brought the total freed to 410.', '410', 'cumulative')).toBe('2023-12-31');
    expect(dateOf('The total freed under the deal struck last month is 520.', '520', 'cumulative')).toBe('2024-03-14');
  });

  it('does not take the day of the decree a batch was freed under', () => {
    expect(dateOf('The 61 were freed under a 2 February presidential decree.', '61', 'release')).toBe(null);
    expect(dateOf('The 61 were freed under a February 2 decree.', '61', 'release')).toBe(null);
  });

  it('reads "later in the day" as the day of the count before it, or the publication day', () => {
    expect(dateOf('Later in the day, a second bus brought 35 captives home.', '35', 'release')).toBe('2024-03-14');
  });

  it('gives a release dated only by a year no day, and a total summing up a past year that year’s end', () => {
    expect(dateOf('Some 45 activists were pardoned in 2022.', '45', 'release')).toBe(null);
    expect(dateOf('Pardons in 2022 brought the total freed to 300.', '300', 'cumulative')).toBe('2022-12-31');
  });

  it('does not date a release by a day that belongs to the captivity or another event', () => {
    expect(dateOf('Eleven aid workers held captive since 3 January were freed yesterday.', 'Eleven', 'release')).toBe(
      '2024-03-13',
    );
    expect(
      dateOf('The 40 sailors, seized off the coast on 2 February, were handed back.', '40', 'release', '2024-03-12'),
    ).toBe('2024-03-12');
    expect(
      dateOf(
        'Among those freed were 60 border guards, many of whom had surrendered in January.',
        '60',
        'release',
        '2024-03-12',
      ),
    ).toBe('2024-03-12');
    expect(
      dateOf(
        'Among the nine sailors freed under the accord was a cook whose trawler was sunk in the 12 January raid.',
        'nine',
        'release',
        '2024-03-12',
      ),
    ).toBe('2024-03-12');
    expect(
      dateOf(
        'Officials said up to 30 people could be part of the swap, including a reporter who was sentenced to 12 years last month.',
        '30',
        'announcement',
        '2024-03-14',
      ),
    ).toBe('2024-03-14');
  });

  it('still dates a release whose own verb follows the captivity words', () => {
    expect(dateOf('The 25 soldiers captured near the river were freed on Tuesday.', '25', 'release')).toBe(
      '2024-03-12',
    );
    expect(dateOf('The 25 soldiers captured in January were freed on Tuesday.', '25', 'release')).toBe('2024-03-12');
    expect(dateOf('The Monday handover freed 33 fishermen.', '33', 'release')).toBe('2024-03-11');
  });

  it('prefers the day a release happened over the day it was reported in the same clause', () => {
    expect(
      dateOf(
        'The navy said on Thursday that 55 sailors had been returned in a handover carried out the previous evening.',
        '55',
        'release',
      ),
    ).toBe('2024-03-13');
    expect(dateOf('The navy said on Tuesday that 55 sailors had been returned.', '55', 'release')).toBe('2024-03-12');
  });

  it('dates a running total stated "by" a day as of that day', () => {
    expect(dateOf('By Sunday, 320 captives had been freed under the truce.', '320', 'cumulative')).toBe('2024-03-10');
    expect(dateOf('By late on Tuesday the number of detainees freed had reached 410.', '410', 'cumulative')).toBe(
      '2024-03-12',
    );
  });

  it('resolves an expected batch forwards', () => {
    expect(dateOf('A first group of 12 fishermen is expected on Tuesday.', '12', 'announcement')).toBe('2024-03-19');
    expect(dateOf('The next 40 captives are due to be handed over on Saturday.', '40', 'announcement')).toBe(
      '2024-03-16',
    );
  });

  it('gives pledges and other people-counts no day', () => {
    expect(dateOf('The deal provides for 1,000 prisoners to be freed on Friday.', '1,000', 'pledge')).toBe(null);
    expect(dateOf('The rebels still hold 300 soldiers, the army said on Monday.', '300', 'other')).toBe(null);
  });
});

describe('readStoryDay', () => {
  it('reads the one day a sentence without a count sets for the story', () => {
    expect(readStoryDay('The Red Cross said on Tuesday that the exchange was over.', published, 'UTC')).toBe(
      '2024-03-12',
    );
    expect(readStoryDay('Saturday now looks likely to be the day of the handover.', published, 'UTC')).toBe(
      '2024-03-16',
    );
  });

  it('skips the day that starts a period told as a "since" clause, or the captivity of the people counted', () => {
    expect(
      readStoryDay(
        'Rebels and the army swapped hundreds of captives yesterday, the biggest exchange since the war broke out in June 2021.',
        published,
        'UTC',
      ),
    ).toBe('2024-03-13');
    expect(
      readStoryDay(
        'Fishermen seized in the raid of 2 February came home on Tuesday, the coast guard said.',
        published,
        'UTC',
      ),
    ).toBe('2024-03-12');
  });

  it('sets no day from recaps, span edges or the day an order was given', () => {
    expect(readStoryDay('Talks ran on Monday and again on Wednesday.', published, 'UTC')).toBe(null);
    expect(readStoryDay('The truce has held since Sunday.', published, 'UTC')).toBe(null);
    expect(readStoryDay('The president ordered on Monday that the releases go ahead.', published, 'UTC')).toBe(null);
  });
});

describe('isBackground', () => {
  it('tells narrative past perfect from backshifted reported speech', () => {
    const narrative = 'The army relented once the rebels had first released 24 soldiers.';
    const reported = 'The spokesman said 24 soldiers had been freed.';
    expect(isBackground(narrative, narrative.indexOf('24'))).toBe(true);
    expect(isBackground(reported, reported.indexOf('24'))).toBe(false);
    expect(isBackground('The rebels released 24 soldiers.', 20)).toBe(false);
  });
});

describe('totalFollowsStory and yearEndOf', () => {
  it('tells a total told in the past perfect or continuing the last sentence', () => {
    const text = 'The spokesman said 420 captives had so far been released.';
    expect(totalFollowsStory(text, text.indexOf('420'))).toBe(true);
    expect(totalFollowsStory('That lifts to 900 the number freed.', 13)).toBe(true);
    expect(totalFollowsStory('The number freed now stands at 900.', 31)).toBe(false);
  });

  it('gives the last day of a past year only', () => {
    expect(yearEndOf('In 2022 the pardons freed 300.', published, 'UTC')).toBe('2022-12-31');
    expect(yearEndOf('In 2024 the pardons freed 300.', published, 'UTC')).toBe(null);
  });
});

describe('event dates across sentences', () => {
  it('dates a future batch by the day an earlier sentence set for the story', () => {
    const [mention] = extractMentions(
      anArticle({
        body: 'Saturday now looks likely to be the day of the handover. Under the deal, 50 prisoners of war will be returned by the Kestrel Republic.',
      }),
      POW_LEDGER,
      { timezone: 'UTC' },
    );
    expect(mention).toMatchObject({ count: 50, kind: 'announcement', eventDate: '2024-03-16' });
  });

  it('dates a running total continuing a dated statement by that statement’s day', () => {
    const mentions = extractMentions(
      anArticle({
        body: 'Late on Tuesday, the presidency said President Ostrava had pardoned 30 political prisoners that day. That brings to 230 the number of activists freed this year.',
      }),
      PARDON_LEDGER,
      { timezone: 'UTC' },
    );
    expect(mentions.find((mention) => mention.count === 230)).toMatchObject({
      kind: 'cumulative',
      eventDate: '2024-03-12',
    });
  });
});

describe('the story day a count without a day word inherits', () => {
  const read = (body: string, ledgers = POW_LEDGER, publishedAt = published) =>
    extractMentions(anArticle({ body, published: publishedAt }), ledgers, { timezone: 'UTC' }).map((mention) => [
      mention.count,
      mention.kind,
      mention.eventDate,
    ]);

  it('carries the day of the last dated release through the whole story, however many sentences of colour follow', () => {
    expect(
      read(
        'The Kestrel Republic returned 90 prisoners of war on Tuesday in the first exchange since the winter. The men crossed at a checkpoint in the north. Relatives waited for hours in the snow. Officials thanked the mediators. Medical teams checked each of the men. Kestrel also freed 14 servicemen from a separate camp, the ombudsman said.',
      ),
    ).toEqual([
      [90, 'release', '2024-03-12'],
      [14, 'release', '2024-03-12'],
    ]);
    expect(
      read(
        'President Ostrava pardoned 25 political prisoners yesterday, the presidency said. The decision came after months of pressure from the families. Lawyers for the men said they had not been told in advance. Several had spent years in a prison camp near the capital. Rights groups welcomed the move but urged more. The presidency also freed 6 activists serving short terms, a spokesman said.',
        PARDON_LEDGER,
      ),
    ).toEqual([
      [25, 'release', '2024-03-13'],
      [6, 'release', '2024-03-13'],
    ]);
  });

  it('carries "yesterday" from one sentence to the next release of the same story', () => {
    expect(
      read(
        'Nine fishermen held by the Liberation Front returned home yesterday. Four government soldiers were also freed by the Front, officials said.',
        SWAP_LEDGERS,
      ),
    ).toEqual([
      [9, 'release', '2024-03-13'],
      [4, 'release', '2024-03-13'],
    ]);
  });

  it('takes the day a lede without a count sets, past a "since" clause dating the war', () => {
    expect(
      read(
        'The Kestrel Republic and its neighbour exchanged hundreds of captives on Wednesday, the largest swap since the war broke out in June 2021. Buses carried the men to the border. The Kestrel Republic got back 80 prisoners of war, its defence ministry said after the release.',
      ),
    ).toEqual([[80, 'release', '2024-03-13']]);
  });

  it('moves a pluperfect report published the next morning to the day before only when the text says so', () => {
    const friday = '2024-03-15T06:00:00Z';
    expect(
      read('The Kestrel Republic said 40 prisoners of war had been returned in the swap.', POW_LEDGER, friday),
    ).toEqual([[40, 'release', null]]);
    expect(
      read(
        'The Kestrel Republic said 40 prisoners of war had been returned in the swap the previous evening.',
        POW_LEDGER,
        friday,
      ),
    ).toEqual([[40, 'release', '2024-03-14']]);
  });

  it('dates a wrap-up total "by" the day it names', () => {
    expect(
      read(
        'By Wednesday, 310 prisoners of war had been returned by the Kestrel Republic, the ministry said.',
        POW_LEDGER,
      ),
    ).toEqual([[310, 'cumulative', '2024-03-13']]);
  });

  it('stops carrying the story day once a release is told for a period with no day', () => {
    expect(
      read(
        'Kestrel returned 70 prisoners of war on Monday, the ministry said. In January, Kestrel freed 30 servicemen in a smaller swap. Kestrel also returned 12 wounded prisoners of war in that swap.',
      ),
    ).toEqual([
      [70, 'release', '2024-03-11'],
      [30, 'release', null],
      [12, 'release', null],
    ]);
  });

  it('does not let a captivity date in a background sentence become the day of the next release', () => {
    expect(
      read(
        'Kestrel returned 70 prisoners of war on Monday. Most had been captured in the 12 January offensive. Those freed included 25 servicemen from the border guard.',
      ),
    ).toEqual([
      [70, 'release', '2024-03-11'],
      [25, 'release', '2024-03-11'],
    ]);
  });
});

describe('localDay', () => {
  it('reads the publication day in the given timezone', () => {
    expect(localDay('2024-03-14T21:30:00Z', 'Asia/Kabul')).toEqual({ year: 2024, month: 2, day: 15 });
    expect(localDay('2024-03-14T21:30:00Z', 'UTC')).toEqual({ year: 2024, month: 2, day: 14 });
  });
});
