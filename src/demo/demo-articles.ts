/**
 * The demo's news: short articles we wrote that retell how the 2020 Afghan prisoner exchange
 * was reported — batches, running totals, pledges, the Taliban's releases, and the same
 * batch reported by several outlets. Counts and dates follow the public record; the wording
 * is ours. `summaryOnly` items carry a one-line summary in their feed, so the demo also
 * exercises reading the linked page.
 */
export interface DemoArticle {
  outlet: 'kabul-ledger' | 'doha-dispatch' | 'frontier-times';
  slug: string;
  published: string;
  title: string;
  paragraphs: string[];
  summaryOnly?: boolean;
}

/** Outlet names shown in the demo feeds' titles. */
export const DEMO_OUTLETS: Record<DemoArticle['outlet'], string> = {
  'kabul-ledger': 'The Kabul Ledger',
  'doha-dispatch': 'Doha Dispatch',
  'frontier-times': 'Frontier Times',
};

export const DEMO_ARTICLES: DemoArticle[] = [
  {
    outlet: 'doha-dispatch',
    slug: 'decree-1500',
    published: '2020-03-11T09:00:00Z',
    title: 'Ghani signs decree on prisoner releases',
    paragraphs: [
      'President Ashraf Ghani signed a decree on Wednesday under which the Afghan government is to release 1,500 Taliban prisoners as a goodwill gesture before talks with the insurgents.',
      'The February agreement between Washington and the Taliban calls for the release of up to 5,000 Taliban prisoners and of 1,000 government personnel held by the group.',
    ],
  },
  {
    outlet: 'kabul-ledger',
    slug: 'first-batch',
    published: '2020-04-08T16:30:00Z',
    title: 'First Taliban prisoners walk out of Bagram',
    paragraphs: [
      'The Afghan government released 100 Taliban prisoners from Bagram prison on Wednesday, the first batch freed under the presidential decree, the National Security Council said.',
      'Officials said the detainees were chosen according to their age, health and the time left on their sentences.',
    ],
  },
  {
    outlet: 'frontier-times',
    slug: 'first-batch-report',
    published: '2020-04-08T19:10:00Z',
    title: 'Kabul frees 100 insurgents',
    summaryOnly: true,
    paragraphs: [
      'Kabul freed 100 Taliban prisoners on Wednesday, a spokesman for the National Security Council said, calling it a step towards peace.',
      'The Taliban walked out of talks on the exchange earlier this week, saying the government was stalling.',
    ],
  },
  {
    outlet: 'doha-dispatch',
    slug: 'second-batch',
    published: '2020-04-09T14:00:00Z',
    title: 'Second batch freed as Taliban object to piecemeal releases',
    paragraphs: [
      'The government freed another 100 Taliban prisoners on Thursday, bringing the number released so far to 200, the National Security Council said.',
      'A Taliban spokesman said the releases did not follow the list the movement had submitted and repeated its demand for all 5,000 prisoners to be freed.',
    ],
  },
  {
    outlet: 'kabul-ledger',
    slug: 'second-batch-repeat',
    published: '2020-04-09T18:00:00Z',
    title: 'Another 100 Taliban detainees leave Bagram',
    paragraphs: [
      'Another 100 Taliban prisoners were released from Bagram on Thursday, officials said, a day after the first 100 were freed.',
    ],
  },
  {
    outlet: 'frontier-times',
    slug: 'taliban-first-release',
    published: '2020-04-12T15:00:00Z',
    title: 'Taliban free first government captives',
    paragraphs: [
      'The Taliban freed 20 Afghan government prisoners in Kandahar on Sunday, handing them to the Red Cross, a spokesman for the group said.',
      'It was the first release by the insurgents since the exchange began.',
    ],
  },
  {
    outlet: 'kabul-ledger',
    slug: 'count-361',
    published: '2020-04-13T12:00:00Z',
    title: 'Government says 361 Taliban prisoners freed',
    paragraphs: [
      'The Afghan government has so far released 361 Taliban prisoners, the spokesman of the National Security Council said on Monday, adding that releases would continue until 1,500 had been freed.',
    ],
  },
  {
    outlet: 'doha-dispatch',
    slug: 'taliban-60',
    published: '2020-04-18T11:00:00Z',
    title: 'Taliban say 60 government prisoners released',
    summaryOnly: true,
    paragraphs: [
      'The Taliban freed 40 government prisoners in Laghman province on Friday, a Taliban spokesman said.',
      'The insurgents have released 60 Afghan government prisoners so far, he said, while the government says only a handful of them belonged to the security forces.',
    ],
  },
  {
    outlet: 'frontier-times',
    slug: 'total-748',
    published: '2020-05-03T10:00:00Z',
    title: 'Prisoner releases pass 700',
    paragraphs: [
      'The government freed 98 more Taliban prisoners from Pul-e-Charkhi prison on Saturday, the National Security Council said, bringing the total released to 748.',
      'The Taliban say they have freed 112 government prisoners in Kandahar, Laghman and Kunduz so far.',
    ],
  },
  {
    outlet: 'kabul-ledger',
    slug: 'over-850',
    published: '2020-05-05T09:30:00Z',
    title: 'More than halfway to 1,500',
    paragraphs: [
      'Afghan authorities released 102 Taliban prisoners on Monday, the National Security Council said on Tuesday.',
      'More than 850 Taliban prisoners have now been freed, more than halfway to the 1,500 the government promised.',
    ],
  },
  {
    outlet: 'doha-dispatch',
    slug: 'thousand',
    published: '2020-05-11T13:00:00Z',
    title: 'Government reaches 1,000 releases, waits for Taliban',
    paragraphs: [
      'The government has released 1,000 Taliban prisoners to date, the National Security Council said on Monday, and will free no more until the Taliban release more of the captives they hold.',
      'The Taliban say they have freed 132 government prisoners so far.',
    ],
  },
  {
    outlet: 'frontier-times',
    slug: 'eid-order',
    published: '2020-05-24T17:00:00Z',
    title: 'Ghani orders up to 2,000 releases for Eid ceasefire',
    paragraphs: [
      'President Ghani ordered the release of up to 2,000 Taliban prisoners to mark the Eid ceasefire, his spokesman said on Sunday.',
      'Kabul has released about 1,000 Taliban prisoners so far, and the insurgents have freed about 300 government personnel.',
    ],
  },
  {
    outlet: 'kabul-ledger',
    slug: 'three-thousand',
    published: '2020-06-02T08:00:00Z',
    title: 'Government says 3,000 Taliban prisoners freed',
    paragraphs: [
      'The government has released 3,000 Taliban prisoners so far, the National Security Council said on Tuesday: 1,000 before Eid and the other 2,000 since.',
      'The Taliban have released 420 government prisoners, the group said.',
    ],
  },
  {
    outlet: 'doha-dispatch',
    slug: 'three-thousand-stale',
    published: '2020-06-06T10:00:00Z',
    title: 'Peace talks still on hold',
    paragraphs: [
      'Talks between Kabul and the Taliban have yet to start although the government has released more than 2,700 Taliban prisoners.',
    ],
  },
  {
    outlet: 'frontier-times',
    slug: 'nearly-4000',
    published: '2020-06-27T12:00:00Z',
    title: 'Releases near 4,000',
    paragraphs: [
      "The president's spokesman said on Saturday that 3,895 Taliban prisoners had been released so far.",
      'The Taliban said they had freed more than 600 government prisoners.',
    ],
  },
  {
    outlet: 'kabul-ledger',
    slug: 'taliban-complete',
    published: '2020-07-30T16:00:00Z',
    title: 'Taliban say they have met their pledge',
    paragraphs: [
      'The Taliban released 82 more government prisoners on Thursday, bringing the total they have freed to 1,005, a spokesman said, completing their pledge of 1,000.',
    ],
  },
  {
    outlet: 'doha-dispatch',
    slug: 'total-4917',
    published: '2020-08-02T15:00:00Z',
    title: '4,917 Taliban prisoners freed',
    paragraphs: [
      'The National Security Council said on Sunday that 317 more Taliban prisoners had been freed over two days, bringing the total to 4,917.',
      'The last 400 on the Taliban list will be decided by a grand assembly of elders.',
    ],
  },
  {
    outlet: 'frontier-times',
    slug: 'final-400-begins',
    published: '2020-08-14T11:00:00Z',
    title: 'Release of the final 400 begins',
    paragraphs: ['The government released 80 of the final 400 Taliban prisoners on Thursday, officials said.'],
  },
];
