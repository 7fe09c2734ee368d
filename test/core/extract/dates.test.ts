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
import { anArticle, PARDON_LEDGER, POW_LEDGER } from './builders.js';

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
      expect(findDateCues(`freed ${period}`, 'release', published, 'UTC')).toEqual([{ date: null, start: 6 }]);
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

describe('localDay', () => {
  it('reads the publication day in the given timezone', () => {
    expect(localDay('2024-03-14T21:30:00Z', 'Asia/Kabul')).toEqual({ year: 2024, month: 2, day: 15 });
    expect(localDay('2024-03-14T21:30:00Z', 'UTC')).toEqual({ year: 2024, month: 2, day: 14 });
  });
});
