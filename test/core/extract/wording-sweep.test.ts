import type { Ledger } from '../../../src/core/types.js';
import { c, held, sweep as runSweep, type SweepCase } from './sweep-harness.js';

/**
 * A robustness sweep: short reports of our own, in plain wording other outlets use, over invented stories,
 * each with every mention a careful annotator would list (PRODUCT.md, corpus FORMAT.md). Every article is
 * published Thursday 2024-03-14, 12:00 UTC: "on Tuesday" told as done is 2024-03-12, "on Monday" still to
 * come is 2024-03-18. A headline-like report in the present tense ("X frees 40") is the news of the day it is
 * published. A count of people held or not freed (`other`) is scored without its ledger, so its ledger is not
 * asserted.
 */

const ALDORIA_FREES = 'aldoria-frees-brevnians';
const BREVNIA_FREES = 'brevnia-frees-aldorians';
const BRIGADE_FREES = 'brigade-frees-workers';
const MALEK_FREES = 'malek-pardons';

/** A two-ledger war: Aldoria and Brevnia swap prisoners of war, each pledged to free 500. */
const WAR: Ledger[] = [
  {
    id: ALDORIA_FREES,
    title: 'Brevnian prisoners freed by Aldoria',
    releaser: ['Aldoria', 'Aldorian government', 'Aldorian authorities', 'Aldorian army'],
    released: ['Brevnian prisoners', 'Brevnian soldiers', 'Brevnian POWs', 'Brevnians'],
    target: 500,
  },
  {
    id: BREVNIA_FREES,
    title: 'Aldorian prisoners freed by Brevnia',
    releaser: ['Brevnia', 'Brevnian government', 'Brevnian authorities', 'Brevnian army'],
    released: ['Aldorian prisoners', 'Aldorian soldiers', 'Aldorian POWs', 'Aldorians'],
    target: 500,
  },
];

/** A single-ledger kidnapping tracker with a target: the 60 oil workers the Sable Brigade seized. */
const KIDNAP: Ledger[] = [
  {
    id: BRIGADE_FREES,
    title: 'Oil workers freed by the Sable Brigade',
    releaser: ['Sable Brigade', 'the brigade', 'kidnappers', 'gunmen', 'abductors'],
    released: ['oil workers', 'workers', 'hostages', 'abducted workers', 'engineers'],
    target: 60,
  },
];

/** A single-ledger pardon tracker with no target: President Malek's pardons and amnesty in Corvania. */
const PARDONS: Ledger[] = [
  {
    id: MALEK_FREES,
    title: "Prisoners freed under President Malek's pardons and amnesty",
    releaser: ['President Malek', 'Malek', 'Corvanian authorities', 'the presidency', 'Corvania'],
    released: ['political prisoners', 'prisoners', 'detainees', 'inmates', 'protesters'],
    target: null,
  },
];

const sweep = (phenomenon: string, cases: SweepCase[]): void => runSweep(`wording sweep: ${phenomenon}`, cases);

sweep('one-shot swaps', [
  c(WAR, 'Aldoria and Brevnia swapped 200 prisoners of war on Sunday.', [200, 'release', null, '2024-03-10']),
  c(
    WAR,
    'Aldoria and Brevnia exchanged 95 Brevnian soldiers for 90 Aldorian soldiers on Tuesday.',
    [95, 'release', ALDORIA_FREES, '2024-03-12'],
    [90, 'release', BREVNIA_FREES, '2024-03-12'],
  ),
  c(
    WAR,
    'In a one-off exchange on Saturday, Aldoria freed 500 Brevnian prisoners and Brevnia freed 500 Aldorian prisoners.',
    [500, 'release', ALDORIA_FREES, '2024-03-09'],
    [500, 'release', BREVNIA_FREES, '2024-03-09'],
  ),
  c(
    WAR,
    'Aldoria handed over 500 Brevnian POWs in exchange for 500 Aldorian POWs.',
    [500, 'release', ALDORIA_FREES, null],
    [500, 'release', BREVNIA_FREES, null],
  ),
  c(
    WAR,
    'Brevnia released 64 Aldorian soldiers on Wednesday in return for 64 Brevnian soldiers.',
    [64, 'release', BREVNIA_FREES, '2024-03-13'],
    [64, 'release', ALDORIA_FREES, '2024-03-13'],
  ),
  c(
    WAR,
    'The two countries traded 150 prisoners for 150 on Monday, their first swap in a year.',
    [150, 'release', null, '2024-03-11'],
    [150, 'release', null, '2024-03-11'],
  ),
  c(
    WAR,
    'Aldoria said 48 Brevnian prisoners were exchanged for 52 Aldorians at the border on Friday.',
    [48, 'release', ALDORIA_FREES, '2024-03-08'],
    [52, 'release', BREVNIA_FREES, '2024-03-08'],
  ),
  c(WAR, 'A total of 230 prisoners were swapped between Aldoria and Brevnia on Sunday.', [
    230,
    'release',
    null,
    '2024-03-10',
  ]),
  c(WAR, 'Some 300 captives from both sides walked free on Tuesday in the largest exchange of the war.', [
    300,
    'release',
    null,
    '2024-03-12',
  ]),
  c(
    WAR,
    'Brevnia got back 75 of its soldiers on Saturday, while Aldoria received 80 of its servicemen.',
    [75, 'release', ALDORIA_FREES, '2024-03-09'],
    [80, 'release', BREVNIA_FREES, '2024-03-09'],
  ),
  c(WAR, 'The swap on Monday saw 101 Aldorian soldiers return home.', [101, 'release', BREVNIA_FREES, '2024-03-11']),
  c(WAR, 'Both sides released 250 prisoners each on Wednesday.', [250, 'release', null, '2024-03-13']),
  c(WAR, 'Aldoria released all 500 Brevnian prisoners it held in a single handover.', [
    500,
    'release',
    ALDORIA_FREES,
    null,
  ]),
]);

sweep('kidnappers freeing hostages', [
  c(KIDNAP, 'Gunmen freed 12 abducted workers on Tuesday.', [12, 'release', BRIGADE_FREES, '2024-03-12']),
  c(KIDNAP, 'The kidnappers released the remaining 5 hostages yesterday.', [5, 'release', BRIGADE_FREES, '2024-03-13']),
  c(KIDNAP, 'The Sable Brigade freed all 60 workers on Saturday, ending a month-long ordeal.', [
    60,
    'release',
    BRIGADE_FREES,
    '2024-03-09',
  ]),
  c(KIDNAP, 'Eight engineers abducted in January were set free by the brigade on Sunday.', [
    8,
    'release',
    BRIGADE_FREES,
    '2024-03-10',
  ]),
  c(KIDNAP, 'The brigade let 20 of the hostages go after a ransom of $2 million was paid.', [
    20,
    'release',
    BRIGADE_FREES,
    null,
  ]),
  c(
    KIDNAP,
    'Their abductors released 3 Filipino engineers and 2 local drivers on Monday.',
    [3, 'release', BRIGADE_FREES, '2024-03-11'],
    [2, 'release', BRIGADE_FREES, '2024-03-11'],
  ),
  c(KIDNAP, 'The Sable Brigade released 60 workers.', [60, 'release', BRIGADE_FREES, null]),
  c(KIDNAP, 'On Monday the gunmen let 4 hostages go.', [4, 'release', BRIGADE_FREES, '2024-03-11']),
  c(KIDNAP, 'The kidnappers said they would release 10 more hostages on Saturday.', [
    10,
    'announcement',
    BRIGADE_FREES,
    '2024-03-16',
  ]),
  c(KIDNAP, 'Mediators said the brigade had freed 7 hostages in a forest clearing the previous night.', [
    7,
    'release',
    BRIGADE_FREES,
    '2024-03-13',
  ]),
  c(KIDNAP, 'Gunmen who seized 30 workers in February freed 11 of them on Sunday.', held(30), [
    11,
    'release',
    BRIGADE_FREES,
    '2024-03-10',
  ]),
]);

sweep('pardons and amnesties', [
  c(PARDONS, 'President Malek pardoned 30 prisoners on Monday.', [30, 'release', MALEK_FREES, '2024-03-11']),
  c(PARDONS, 'An amnesty freed 1,200 inmates last week.', [1200, 'release', MALEK_FREES, null]),
  c(PARDONS, 'The presidency said 300 detainees would be released under an amnesty marking the national holiday.', [
    300,
    'pledge',
    MALEK_FREES,
    null,
  ]),
  c(PARDONS, 'Malek granted clemency to 16 political prisoners on Tuesday.', [
    16,
    'release',
    MALEK_FREES,
    '2024-03-12',
  ]),
  c(PARDONS, 'Under the amnesty, 2,500 inmates were freed in March.', [2500, 'release', MALEK_FREES, null]),
  c(
    PARDONS,
    'Corvanian authorities released 17 political prisoners on Wednesday, among them 3 women.',
    [17, 'release', MALEK_FREES, '2024-03-13'],
    [3, 'release', MALEK_FREES, '2024-03-13'],
  ),
  c(PARDONS, 'Twenty-nine political prisoners regained their freedom on Monday.', [
    29,
    'release',
    MALEK_FREES,
    '2024-03-11',
  ]),
  c(PARDONS, 'Forty inmates walked out of Varl prison on Sunday after Malek signed their pardons.', [
    40,
    'release',
    MALEK_FREES,
    '2024-03-10',
  ]),
  c(
    PARDONS,
    'The president is under pressure from the West. Malek has pardoned 420 people since taking office in 2021.',
    [420, 'cumulative', MALEK_FREES, '2024-03-14'],
  ),
  c(PARDONS, 'A court in Varl freed 9 activists on Friday after their sentences were commuted.', [
    9,
    'release',
    MALEK_FREES,
    '2024-03-08',
  ]),
  c(PARDONS, 'Some 70 protesters detained last month were released without charge on Tuesday.', [
    70,
    'release',
    MALEK_FREES,
    '2024-03-12',
  ]),
  c(PARDONS, 'Malek issued pardons to 33 prisoners on Saturday, his office said.', [
    33,
    'release',
    MALEK_FREES,
    '2024-03-09',
  ]),
]);

sweep('prisoners of war coming home', [
  c(WAR, 'Sixty Aldorian soldiers returned home on Saturday after two years in Brevnian captivity.', [
    60,
    'release',
    BREVNIA_FREES,
    '2024-03-09',
  ]),
  c(WAR, 'Forty-one Brevnian POWs came back on Wednesday.', [41, 'release', ALDORIA_FREES, '2024-03-13']),
  c(WAR, 'The 38 Aldorian servicemen were brought back on Tuesday in an exchange brokered by Qatar.', [
    38,
    'release',
    BREVNIA_FREES,
    '2024-03-12',
  ]),
  c(WAR, 'A bus carrying 52 Aldorian POWs crossed into Aldoria on Sunday.', [
    52,
    'release',
    BREVNIA_FREES,
    '2024-03-10',
  ]),
  c(WAR, 'Some 90 Brevnian prisoners were repatriated on Friday.', [90, 'release', ALDORIA_FREES, '2024-03-08']),
  c(WAR, 'A plane with 24 freed Aldorians landed at Kerov airport on Monday.', [
    24,
    'release',
    BREVNIA_FREES,
    '2024-03-11',
  ]),
  c(WAR, "Brevnia returned 140 Aldorian soldiers on Tuesday, Aldoria's defence ministry said.", [
    140,
    'release',
    BREVNIA_FREES,
    '2024-03-12',
  ]),
  c(WAR, "Ninety-five Aldorian POWs are back on home soil after Monday's exchange.", [
    95,
    'release',
    BREVNIA_FREES,
    '2024-03-11',
  ]),
  c(WAR, 'The war is in its third year. Brevnia has brought home 1,100 of its soldiers since the war began.', [
    1100,
    'cumulative',
    ALDORIA_FREES,
    '2024-03-14',
  ]),
  c(
    WAR,
    'Twenty-two Brevnian POWs were handed over at the border on Sunday, a day after 18 Aldorians were freed.',
    [22, 'release', ALDORIA_FREES, '2024-03-10'],
    [18, 'release', BREVNIA_FREES, '2024-03-09'],
  ),
  c(WAR, "Thirty Aldorian soldiers are home after being freed in Saturday's swap.", [
    30,
    'release',
    BREVNIA_FREES,
    '2024-03-09',
  ]),
  c(WAR, 'Brevnia sent 45 Aldorian prisoners back across the front line on Monday.', [
    45,
    'release',
    BREVNIA_FREES,
    '2024-03-11',
  ]),
]);

sweep('news-ticker and headline styles', [
  c(WAR, 'BREAKING: Brevnia frees 40 Aldorian POWs', [40, 'release', BREVNIA_FREES, '2024-03-14']),
  c(WAR, 'Aldoria releases 25 Brevnian prisoners, says more to follow', [25, 'release', ALDORIA_FREES, '2024-03-14']),
  c(KIDNAP, 'Sable Brigade frees 12 hostages; 48 still held', [12, 'release', BRIGADE_FREES, '2024-03-14'], held(48)),
  c(PARDONS, 'UPDATE 2-Malek pardons 200 as amnesty begins', [200, 'release', MALEK_FREES, '2024-03-14']),
  c(KIDNAP, 'Gunmen release 7 kidnapped engineers in southern delta', [7, 'release', BRIGADE_FREES, '2024-03-14']),
  c(WAR, 'Aldoria to free 100 Brevnian prisoners on Friday', [100, 'announcement', ALDORIA_FREES, '2024-03-15']),
  c(WAR, 'Brevnia to release 30 more Aldorian POWs - ministry', [30, 'announcement', BREVNIA_FREES, null]),
  c(KIDNAP, 'Kidnappers hand over 9 workers to Red Crescent', [9, 'release', BRIGADE_FREES, '2024-03-14']),
  c(PARDONS, 'Malek amnesty: 1,500 inmates walk free', [1500, 'release', MALEK_FREES, '2024-03-14']),
  c(
    KIDNAP,
    'Two hostages freed, 10 still missing after rig attack',
    [2, 'release', BRIGADE_FREES, '2024-03-14'],
    held(10),
  ),
  c(WAR, 'Aldoria, Brevnia swap 120 POWs in first exchange since January', [120, 'release', null, '2024-03-14']),
]);

sweep('announcements', [
  c(PARDONS, 'Malek will free 50 prisoners on Monday.', [50, 'announcement', MALEK_FREES, '2024-03-18']),
  c(WAR, 'Twenty Aldorian soldiers are due to be released by Brevnia on Saturday.', [
    20,
    'announcement',
    BREVNIA_FREES,
    '2024-03-16',
  ]),
  c(WAR, 'Brevnia is set to hand over 35 Aldorian POWs tomorrow.', [35, 'announcement', BREVNIA_FREES, '2024-03-15']),
  c(KIDNAP, 'The brigade is expected to free 6 more hostages later today.', [
    6,
    'announcement',
    BRIGADE_FREES,
    '2024-03-14',
  ]),
  c(WAR, 'Aldoria will release 150 Brevnian prisoners next week, officials said.', [
    150,
    'announcement',
    ALDORIA_FREES,
    null,
  ]),
  c(PARDONS, 'A second group of 40 detainees is scheduled to walk free on Wednesday.', [
    40,
    'announcement',
    MALEK_FREES,
    '2024-03-20',
  ]),
  c(KIDNAP, 'Mediators said the remaining 14 workers would be freed on Sunday.', [
    14,
    'announcement',
    BRIGADE_FREES,
    '2024-03-17',
  ]),
  c(PARDONS, 'Malek said he will pardon 75 prisoners on March 21 to mark the spring holiday.', [
    75,
    'announcement',
    MALEK_FREES,
    '2024-03-21',
  ]),
  c(WAR, 'Aldoria plans to release 200 Brevnian prisoners on Sunday.', [
    200,
    'announcement',
    ALDORIA_FREES,
    '2024-03-17',
  ]),
  c(WAR, 'Another 60 Brevnian prisoners are to be freed by Aldoria on Friday.', [
    60,
    'announcement',
    ALDORIA_FREES,
    '2024-03-15',
  ]),
]);

sweep('pledges, terms and demands', [
  c(
    WAR,
    'The deal provides for the release of 500 Brevnian prisoners and 500 Aldorian prisoners.',
    [500, 'pledge', ALDORIA_FREES, null],
    [500, 'pledge', BREVNIA_FREES, null],
  ),
  c(
    WAR,
    'Aldoria agreed to free 300 Brevnian prisoners in exchange for 250 Aldorian soldiers.',
    [300, 'pledge', ALDORIA_FREES, null],
    [250, 'pledge', BREVNIA_FREES, null],
  ),
  c(KIDNAP, 'The kidnappers demanded the release of 40 jailed brigade members.', [40, 'pledge', null, null]),
  c(PARDONS, 'Malek promised to release 1,000 political prisoners by the end of the year.', [
    1000,
    'pledge',
    MALEK_FREES,
    null,
  ]),
  c(WAR, 'Under the agreement, Brevnia is to release 120 Aldorian POWs in three stages.', [
    120,
    'pledge',
    BREVNIA_FREES,
    null,
  ]),
  c(WAR, 'The accord calls for an all-for-all exchange of some 800 prisoners.', [800, 'pledge', null, null]),
  c(
    WAR,
    'Brevnia has offered to free 50 Aldorian soldiers if Aldoria releases 70 Brevnians.',
    [50, 'pledge', BREVNIA_FREES, null],
    [70, 'pledge', ALDORIA_FREES, null],
  ),
  c(KIDNAP, 'The brigade says it will release all 60 workers once the ransom is paid.', [
    60,
    'pledge',
    BRIGADE_FREES,
    null,
  ]),
  c(WAR, 'Aldoria has demanded that Brevnia free 200 Aldorian civilians.', [200, 'pledge', BREVNIA_FREES, null]),
  c(
    WAR,
    'Under the deal, Aldoria releases 500 Brevnian prisoners and Brevnia releases 500 Aldorian soldiers.',
    [500, 'pledge', ALDORIA_FREES, null],
    [500, 'pledge', BREVNIA_FREES, null],
  ),
  c(WAR, 'The deal, signed on Monday, would see 250 Brevnian prisoners freed.', [250, 'pledge', ALDORIA_FREES, null]),
  c(KIDNAP, 'The ransom deal stipulates that the brigade free 30 workers first.', [30, 'pledge', BRIGADE_FREES, null]),
  c(WAR, 'Talks on the exchange of 400 prisoners stalled on Tuesday.', [400, 'pledge', null, null]),
  c(
    WAR,
    'The terms of the swap are 500 Brevnian prisoners for 500 Aldorian soldiers.',
    [500, 'pledge', ALDORIA_FREES, null],
    [500, 'pledge', BREVNIA_FREES, null],
  ),
]);

sweep('running totals', [
  c(
    KIDNAP,
    'The brigade freed 12 more workers on Tuesday, taking the total to 40.',
    [12, 'release', BRIGADE_FREES, '2024-03-12'],
    [40, 'cumulative', BRIGADE_FREES, '2024-03-12'],
  ),
  c(WAR, 'The number of Aldorian soldiers freed since March 1 now stands at 310.', [
    310,
    'cumulative',
    BREVNIA_FREES,
    '2024-03-14',
  ]),
  c(PARDONS, 'In all, 300 prisoners have been released under the amnesty.', [
    300,
    'cumulative',
    MALEK_FREES,
    '2024-03-14',
  ]),
  c(WAR, 'Brevnia has so far returned 1,024 Aldorian POWs.', [1024, 'cumulative', BREVNIA_FREES, '2024-03-14']),
  c(WAR, "Tuesday's release brought to 640 the number of Brevnians freed by Aldoria this year.", [
    640,
    'cumulative',
    ALDORIA_FREES,
    '2024-03-12',
  ]),
  c(KIDNAP, 'A total of 52 hostages have now been released.', [52, 'cumulative', BRIGADE_FREES, '2024-03-14']),
  c(PARDONS, "Monday's pardons bring the number freed since July to 178.", [
    178,
    'cumulative',
    MALEK_FREES,
    '2024-03-11',
  ]),
  c(WAR, 'Over 2,000 Aldorians have been freed by Brevnia since the exchanges began.', [
    2000,
    'cumulative',
    BREVNIA_FREES,
    '2024-03-14',
  ]),
  c(
    KIDNAP,
    'Gunmen freed 9 workers on Sunday. That brings to 33 the number of workers released by the brigade.',
    [9, 'release', BRIGADE_FREES, '2024-03-10'],
    [33, 'cumulative', BRIGADE_FREES, '2024-03-10'],
  ),
  c(WAR, 'Altogether, 4,000 prisoners have been exchanged since 2022.', [4000, 'cumulative', null, '2024-03-14']),
  c(KIDNAP, 'Nineteen hostages have been released so far, the brigade said on Wednesday.', [
    19,
    'cumulative',
    BRIGADE_FREES,
    '2024-03-13',
  ]),
  c(PARDONS, 'The number of prisoners freed under the amnesty since January now stands at 2,150.', [
    2150,
    'cumulative',
    MALEK_FREES,
    '2024-03-14',
  ]),
]);

sweep('not releases', [
  c(KIDNAP, 'Twenty-three workers remain held by the brigade.', held(23)),
  c(KIDNAP, 'Gunmen abducted 17 workers from a rig on Monday.', held(17)),
  c(PARDONS, 'Police arrested 45 protesters in the capital on Saturday.', held(45)),
  c(KIDNAP, 'Eleven of the abducted workers are still missing.', held(11)),
  c(PARDONS, 'Three inmates escaped from Varl prison last month.', held(3)),
  c(PARDONS, 'Eight prisoners were transferred to another prison on Tuesday.', held(8)),
  c(WAR, 'Brevnia still holds about 600 Aldorian POWs, officials said.', held(600)),
  c(WAR, 'Aldoria refused to release 30 Brevnian prisoners it accuses of war crimes.', held(30)),
  c(PARDONS, 'Some 200 prisoners were re-arrested days after the amnesty.', held(200)),
  c(KIDNAP, 'The brigade is holding 48 hostages at a camp in the swamps.', held(48)),
  c(WAR, 'At least 40 Aldorian soldiers were captured on Tuesday.', held(40)),
  c(PARDONS, 'Malek declined to pardon 12 journalists jailed last year.', held(12)),
  c(KIDNAP, 'The 14 hostages have not been freed despite the payment.', held(14)),
  c(WAR, 'About 300 Brevnian prisoners are still waiting to be exchanged.', held(300)),
  c(PARDONS, 'Rights groups say 1,400 political prisoners remain behind bars.', held(1400)),
  c(KIDNAP, 'Five workers were wounded when gunmen stormed the rig.'),
]);

sweep('back-references', [
  c(
    WAR,
    'Brevnia freed 40 Aldorian soldiers on Tuesday. The 40 freed on Tuesday were flown to Kerov.',
    [40, 'release', BREVNIA_FREES, '2024-03-12'],
    [40, 'release', BREVNIA_FREES, '2024-03-12'],
  ),
  c(
    KIDNAP,
    'In addition to the 12 released last week, the brigade freed 6 more workers on Wednesday.',
    [12, 'release', BRIGADE_FREES, null],
    [6, 'release', BRIGADE_FREES, '2024-03-13'],
  ),
  c(PARDONS, 'Those released last week included 30 political prisoners.', [30, 'release', MALEK_FREES, null]),
  c(
    WAR,
    'Aldoria freed 55 Brevnian POWs on Sunday. Among the 55 were 4 officers.',
    [55, 'release', ALDORIA_FREES, '2024-03-10'],
    [55, 'release', ALDORIA_FREES, '2024-03-10'],
    [4, 'release', ALDORIA_FREES, '2024-03-10'],
  ),
  c(
    PARDONS,
    'Malek pardoned 31 prisoners on Monday. The 31 had been convicted of protest-related offences.',
    [31, 'release', MALEK_FREES, '2024-03-11'],
    [31, 'release', MALEK_FREES, '2024-03-11'],
  ),
  c(KIDNAP, 'The 20 hostages freed on Sunday are recovering in hospital.', [
    20,
    'release',
    BRIGADE_FREES,
    '2024-03-10',
  ]),
  c(
    WAR,
    'On top of the 90 returned on Friday, Aldoria got back 30 more soldiers on Monday.',
    [90, 'release', BREVNIA_FREES, '2024-03-08'],
    [30, 'release', BREVNIA_FREES, '2024-03-11'],
  ),
  c(WAR, 'Brevnia released 70 Aldorian POWs on Saturday. Those freed included 70-year-old reservist Ivo Drel.', [
    70,
    'release',
    BREVNIA_FREES,
    '2024-03-09',
  ]),
]);

sweep('parts of a release', [
  c(
    KIDNAP,
    'The brigade freed 12 workers on Tuesday, among them 3 women.',
    [12, 'release', BRIGADE_FREES, '2024-03-12'],
    [3, 'release', BRIGADE_FREES, '2024-03-12'],
  ),
  c(
    PARDONS,
    'Malek pardoned 40 prisoners on Monday, including 12 minors.',
    [40, 'release', MALEK_FREES, '2024-03-11'],
    [12, 'release', MALEK_FREES, '2024-03-11'],
  ),
  c(
    WAR,
    'Brevnia released 64 Aldorian soldiers on Wednesday; 10 of them were seriously wounded.',
    [64, 'release', BREVNIA_FREES, '2024-03-13'],
    [10, 'release', BREVNIA_FREES, '2024-03-13'],
  ),
  c(
    WAR,
    'Of the 120 Brevnian prisoners freed on Saturday, 20 were civilians.',
    [120, 'release', ALDORIA_FREES, '2024-03-09'],
    [20, 'release', ALDORIA_FREES, '2024-03-09'],
  ),
  c(
    PARDONS,
    'The 25 pardoned on Friday include two journalists.',
    [25, 'release', MALEK_FREES, '2024-03-08'],
    [2, 'release', MALEK_FREES, '2024-03-08'],
  ),
  c(
    KIDNAP,
    'Eight hostages were released on Sunday, five of them Filipino engineers.',
    [8, 'release', BRIGADE_FREES, '2024-03-10'],
    [5, 'release', BRIGADE_FREES, '2024-03-10'],
  ),
  c(
    WAR,
    'Aldoria freed 80 Brevnians on Monday: 50 soldiers and 30 civilians.',
    [80, 'release', ALDORIA_FREES, '2024-03-11'],
    [50, 'release', ALDORIA_FREES, '2024-03-11'],
    [30, 'release', ALDORIA_FREES, '2024-03-11'],
  ),
  c(
    PARDONS,
    'Among the 300 freed under the amnesty on Tuesday were 45 women.',
    [300, 'release', MALEK_FREES, '2024-03-12'],
    [45, 'release', MALEK_FREES, '2024-03-12'],
  ),
]);

sweep('distractor numbers', [
  c(KIDNAP, 'The brigade freed 9 workers, aged 24 to 61, on Sunday after 45 days in captivity.', [
    9,
    'release',
    BRIGADE_FREES,
    '2024-03-10',
  ]),
  c(PARDONS, 'Malek pardoned 18 prisoners serving terms of up to 15 years on Monday.', [
    18,
    'release',
    MALEK_FREES,
    '2024-03-11',
  ]),
  c(WAR, 'The exchange, the 52nd since 2022, returned 95 Aldorian soldiers on Sunday.', [
    95,
    'release',
    BREVNIA_FREES,
    '2024-03-10',
  ]),
  c(KIDNAP, 'A ransom of $500,000 was paid before the brigade released 7 workers on Saturday.', [
    7,
    'release',
    BRIGADE_FREES,
    '2024-03-09',
  ]),
  c(PARDONS, 'About 30% of the 2,000 prisoners freed under the amnesty were women.', [
    2000,
    'release',
    MALEK_FREES,
    null,
  ]),
  c(WAR, 'The handover began at 10:30 on Tuesday, when 48 Brevnian POWs crossed the bridge.', [
    48,
    'release',
    ALDORIA_FREES,
    '2024-03-12',
  ]),
  c(KIDNAP, 'Three soldiers were killed in the raid that freed 9 hostages on Friday.', [
    9,
    'release',
    BRIGADE_FREES,
    '2024-03-08',
  ]),
  c(WAR, 'Aldoria, a country of 12 million people, freed 70 Brevnian prisoners on Monday.', [
    70,
    'release',
    ALDORIA_FREES,
    '2024-03-11',
  ]),
  c(PARDONS, 'Malek, 71, pardoned 22 prisoners on Wednesday.', [22, 'release', MALEK_FREES, '2024-03-13']),
  c(WAR, 'After 18 months in captivity, 33 Aldorian soldiers were freed by Brevnia on Tuesday.', [
    33,
    'release',
    BREVNIA_FREES,
    '2024-03-12',
  ]),
  c(KIDNAP, 'The 14-day ordeal ended when gunmen freed 11 workers on Monday.', [
    11,
    'release',
    BRIGADE_FREES,
    '2024-03-11',
  ]),
  c(PARDONS, 'The amnesty, the first in 25 years, freed 640 inmates on Sunday.', [
    640,
    'release',
    MALEK_FREES,
    '2024-03-10',
  ]),
  c(WAR, 'Aldoria freed 20 Brevnian prisoners on Tuesday, two days after shelling killed 14 civilians.', [
    20,
    'release',
    ALDORIA_FREES,
    '2024-03-12',
  ]),
  c(KIDNAP, 'Seven workers were freed on Sunday in a forest 200 km from the coast.', [
    7,
    'release',
    BRIGADE_FREES,
    '2024-03-10',
  ]),
  c(PARDONS, "The 40 prisoners pardoned on March 8, International Women's Day, were all women.", [
    40,
    'release',
    MALEK_FREES,
    '2024-03-08',
  ]),
  c(WAR, 'Brevnia returned 44 Aldorian soldiers on Saturday, 10 days after the previous swap.', [
    44,
    'release',
    BREVNIA_FREES,
    '2024-03-09',
  ]),
  c(PARDONS, "Malek pardoned 15 prisoners on Friday, about 2 percent of the country's political detainees.", [
    15,
    'release',
    MALEK_FREES,
    '2024-03-08',
  ]),
  c(KIDNAP, 'Nearly 1,000 soldiers joined the search before the brigade freed 5 hostages on Thursday.', [
    5,
    'release',
    BRIGADE_FREES,
    '2024-03-14',
  ]),
  c(PARDONS, 'The amnesty bill passed by 112 votes to 40 on Tuesday, and 230 prisoners walked free the same day.', [
    230,
    'release',
    MALEK_FREES,
    '2024-03-12',
  ]),
  c(KIDNAP, 'Police said the 6 hostages freed on Monday had lost up to 10 kg each.', [
    6,
    'release',
    BRIGADE_FREES,
    '2024-03-11',
  ]),
]);

sweep('sources of a report', [
  c(PARDONS, 'Two officials said 40 prisoners were freed on Monday.', [40, 'release', MALEK_FREES, '2024-03-11']),
  c(PARDONS, 'According to two diplomats, 40 prisoners were freed on Monday.', [
    40,
    'release',
    MALEK_FREES,
    '2024-03-11',
  ]),
  c(WAR, 'Three Aldorian officials told reporters that 40 Brevnian prisoners were freed on Monday.', [
    40,
    'release',
    ALDORIA_FREES,
    '2024-03-11',
  ]),
]);

sweep('simple past with a weekday', [
  c(WAR, 'Brevnia freed 27 Aldorian civilians on Tuesday.', [27, 'release', BREVNIA_FREES, '2024-03-12']),
  c(WAR, 'Aldoria released 500 Brevnian prisoners on Wednesday.', [500, 'release', ALDORIA_FREES, '2024-03-13']),
  c(PARDONS, 'On Saturday, Malek freed 19 opposition activists.', [19, 'release', MALEK_FREES, '2024-03-09']),
  c(
    KIDNAP,
    'The brigade released 4 workers on Friday and 3 more on Sunday.',
    [4, 'release', BRIGADE_FREES, '2024-03-08'],
    [3, 'release', BRIGADE_FREES, '2024-03-10'],
  ),
  c(WAR, 'Brevnian forces handed 12 Aldorian POWs to the Red Cross on Monday.', [
    12,
    'release',
    BREVNIA_FREES,
    '2024-03-11',
  ]),
  c(PARDONS, 'Malek freed 60 prisoners on Thursday, March 14.', [60, 'release', MALEK_FREES, '2024-03-14']),
  c(KIDNAP, 'Sable Brigade gunmen released 15 hostages last Tuesday.', [15, 'release', BRIGADE_FREES, '2024-03-12']),
]);

sweep('one-shot exchanges equal to the target', [
  c(
    WAR,
    'Aldoria freed 500 Brevnian prisoners of war on Wednesday in exchange for 500 Aldorian soldiers.',
    [500, 'release', ALDORIA_FREES, '2024-03-13'],
    [500, 'release', BREVNIA_FREES, '2024-03-13'],
  ),
  c(
    WAR,
    'The exchange took place on Wednesday at the border. Aldoria handed over 500 Brevnian soldiers, and Brevnia released 500 Aldorian soldiers.',
    [500, 'release', ALDORIA_FREES, '2024-03-13'],
    [500, 'release', BREVNIA_FREES, '2024-03-13'],
  ),
  c(KIDNAP, 'All 60 workers kidnapped from the rig were released on Tuesday, the company said.', [
    60,
    'release',
    BRIGADE_FREES,
    '2024-03-12',
  ]),
  c(KIDNAP, 'The brigade freed the 60 oil workers it had held since January.', [60, 'release', BRIGADE_FREES, null]),
  c(WAR, 'Brevnia returned all 500 Aldorian prisoners of war in one go on Saturday.', [
    500,
    'release',
    BREVNIA_FREES,
    '2024-03-09',
  ]),
  c(WAR, 'Brevnia frees all 500 Aldorian POWs in one-day swap', [500, 'release', BREVNIA_FREES, '2024-03-14']),
  c(KIDNAP, 'Sixty oil workers held by the Sable Brigade walked free on Monday.', [
    60,
    'release',
    BRIGADE_FREES,
    '2024-03-11',
  ]),
]);

sweep('told releases under a deal', [
  c(WAR, 'Under a deal brokered by Qatar, Brevnia freed 40 Aldorian soldiers on Sunday.', [
    40,
    'release',
    BREVNIA_FREES,
    '2024-03-10',
  ]),
  c(WAR, 'As part of the agreement, Aldoria released 120 Brevnian prisoners on Tuesday.', [
    120,
    'release',
    ALDORIA_FREES,
    '2024-03-12',
  ]),
  c(KIDNAP, 'In line with the deal, the brigade freed 15 workers on Monday.', [
    15,
    'release',
    BRIGADE_FREES,
    '2024-03-11',
  ]),
  c(
    WAR,
    'Aldoria released 50 Brevnian POWs on Friday in exchange for 50 Aldorian POWs, as agreed last month.',
    [50, 'release', ALDORIA_FREES, '2024-03-08'],
    [50, 'release', BREVNIA_FREES, '2024-03-08'],
  ),
  c(PARDONS, 'Malek, who had promised an amnesty, freed 80 prisoners on Wednesday.', [
    80,
    'release',
    MALEK_FREES,
    '2024-03-13',
  ]),
  c(KIDNAP, 'The brigade, which had demanded a $1 million ransom, released 9 hostages on Saturday.', [
    9,
    'release',
    BRIGADE_FREES,
    '2024-03-09',
  ]),
  c(WAR, 'Brevnia freed 33 Aldorian soldiers on Monday under the terms of the ceasefire.', [
    33,
    'release',
    BREVNIA_FREES,
    '2024-03-11',
  ]),
  c(WAR, 'On Tuesday, Aldoria kept its promise and freed 70 Brevnian prisoners.', [
    70,
    'release',
    ALDORIA_FREES,
    '2024-03-12',
  ]),
  c(
    WAR,
    'The swap went ahead on Sunday: Brevnia freed 45 Aldorian POWs and Aldoria freed 45 Brevnian POWs.',
    [45, 'release', BREVNIA_FREES, '2024-03-10'],
    [45, 'release', ALDORIA_FREES, '2024-03-10'],
  ),
  c(KIDNAP, 'Mediators confirmed that 25 hostages were freed on Thursday under the agreement.', [
    25,
    'release',
    BRIGADE_FREES,
    '2024-03-14',
  ]),
  c(
    PARDONS,
    'The government said it freed 30 political prisoners on Wednesday as part of a deal with the opposition.',
    [30, 'release', MALEK_FREES, '2024-03-13'],
  ),
]);

sweep('deal terms', [
  c(
    WAR,
    'The agreement says Aldoria will hand over 500 Brevnian prisoners and Brevnia 500 Aldorian soldiers.',
    [500, 'pledge', ALDORIA_FREES, null],
    [500, 'pledge', BREVNIA_FREES, null],
  ),
  c(
    WAR,
    'The plan envisages the release of 300 Brevnian prisoners in return for 300 Aldorian soldiers.',
    [300, 'pledge', ALDORIA_FREES, null],
    [300, 'pledge', BREVNIA_FREES, null],
  ),
  c(
    WAR,
    'Aldoria released its proposal on Monday: 200 Brevnian prisoners for 150 Aldorian soldiers.',
    [200, 'pledge', ALDORIA_FREES, null],
    [150, 'pledge', BREVNIA_FREES, null],
  ),
  c(
    WAR,
    'The first phase of the deal involves 100 Brevnian prisoners and 80 Aldorian soldiers.',
    [100, 'pledge', ALDORIA_FREES, null],
    [80, 'pledge', BREVNIA_FREES, null],
  ),
  c(
    WAR,
    'Brevnia is to free 500 Aldorian soldiers and Aldoria 500 Brevnian prisoners, the agreement stipulates.',
    [500, 'pledge', BREVNIA_FREES, null],
    [500, 'pledge', ALDORIA_FREES, null],
  ),
  c(PARDONS, 'Under the amnesty law, Malek pardons 1,000 prisoners a month.', [1000, 'pledge', MALEK_FREES, null]),
  c(WAR, 'The accord signed on Friday provides for 500 Brevnian prisoners to be released.', [
    500,
    'pledge',
    ALDORIA_FREES,
    null,
  ]),
  c(
    WAR,
    'The deal agreed on Sunday frees 120 Brevnian prisoners and 120 Aldorian soldiers.',
    [120, 'pledge', ALDORIA_FREES, null],
    [120, 'pledge', BREVNIA_FREES, null],
  ),
  c(
    WAR,
    'If Aldoria frees 300 Brevnian prisoners, Brevnia will release 250 Aldorian soldiers.',
    [300, 'pledge', ALDORIA_FREES, null],
    [250, 'pledge', BREVNIA_FREES, null],
  ),
]);

sweep('day words and reported speech', [
  c(KIDNAP, 'Late on Tuesday, the gunmen freed 8 workers near the border.', [
    8,
    'release',
    BRIGADE_FREES,
    '2024-03-12',
  ]),
  c(WAR, 'Early on Sunday, 20 Aldorian soldiers crossed back into Aldoria.', [
    20,
    'release',
    BREVNIA_FREES,
    '2024-03-10',
  ]),
  c(WAR, 'Brevnia released 14 Aldorian POWs last Friday.', [14, 'release', BREVNIA_FREES, '2024-03-08']),
  c(PARDONS, 'On March 3, Malek pardoned 27 prisoners.', [27, 'release', MALEK_FREES, '2024-03-03']),
  c(KIDNAP, 'The 11 workers freed on 9 March flew home on Tuesday.', [11, 'release', BRIGADE_FREES, '2024-03-09']),
  c(PARDONS, '"We have released 45 prisoners today," a spokesman for Malek told reporters.', [
    45,
    'release',
    MALEK_FREES,
    '2024-03-14',
  ]),
  c(WAR, 'Officials said 18 Aldorian servicemen were freed by Brevnia in the early hours of Wednesday.', [
    18,
    'release',
    BREVNIA_FREES,
    '2024-03-13',
  ]),
  c(WAR, 'According to the ministry, 64 Brevnian prisoners were repatriated on Sunday.', [
    64,
    'release',
    ALDORIA_FREES,
    '2024-03-10',
  ]),
  c(KIDNAP, 'A spokesman for the brigade said on Wednesday that it had freed 10 hostages the day before.', [
    10,
    'release',
    BRIGADE_FREES,
    '2024-03-12',
  ]),
]);

sweep('running totals and not releases, round two', [
  c(PARDONS, 'The latest release brings to 412 the number of political prisoners freed since July.', [
    412,
    'cumulative',
    MALEK_FREES,
    '2024-03-14',
  ]),
  c(WAR, 'Brevnia says it has now returned 1,200 Aldorian soldiers in total.', [
    1200,
    'cumulative',
    BREVNIA_FREES,
    '2024-03-14',
  ]),
  c(KIDNAP, 'So far this year, 95 hostages have been freed by the brigade.', [
    95,
    'cumulative',
    BRIGADE_FREES,
    '2024-03-14',
  ]),
  c(WAR, 'Aldoria says 120 of its soldiers are still being held in Brevnian camps.', held(120)),
  c(WAR, 'Aldoria postponed the release of 60 Brevnian prisoners scheduled for Monday.', held(60)),
  c(KIDNAP, 'Nine workers who were freed last month were kidnapped again on Sunday.', held(9)),
  c(WAR, 'Brevnia denied holding 300 Aldorian soldiers.', held(300)),
]);

sweep('present tense and headlines that are not releases', [
  c(WAR, 'The ministry releases a list of 400 Brevnian prisoners eligible for exchange.', held(400)),
  c(WAR, 'Aldoria returns the bodies of 40 Brevnian soldiers.'),
  c(KIDNAP, 'The brigade frees no one as talks drag on; 48 workers remain captive.', held(48)),
  c(KIDNAP, 'Two hostages freed by the brigade in 2022 were abducted again on Friday.', held(2)),
  // Missing soldiers are a casualty figure, which FORMAT.md leaves unlisted (first written as held: a mistake).
  c(WAR, 'Aldoria, Brevnia trade accusations over 30 missing soldiers'),
  c(KIDNAP, 'UPDATE 1-Gunmen kill 3 guards, seize 12 workers', held(12)),
  c(KIDNAP, 'Released hostages say 5 others are still held in the forest.', held(5)),
  c(KIDNAP, 'Gunmen release video of 12 kidnapped workers', held(12)),
  c(WAR, 'Aldoria and Brevnia swapped accusations after 14 soldiers were killed.'),
]);

sweep('present tense and headlines, round three', [
  c(WAR, 'BREAKING: 40 Aldorian POWs released', [40, 'release', BREVNIA_FREES, '2024-03-14']),
  c(KIDNAP, 'Hostages freed: brigade lets 12 go', [12, 'release', BRIGADE_FREES, '2024-03-14']),
  c(WAR, 'Brevnia hands back 25 Aldorian POWs', [25, 'release', BREVNIA_FREES, '2024-03-14']),
  c(PARDONS, 'Malek frees 30 more political prisoners in fresh amnesty', [30, 'release', MALEK_FREES, '2024-03-14']),
  c(
    WAR,
    'Brevnia frees 40 Aldorian POWs; Aldoria says 60 more are still held',
    [40, 'release', BREVNIA_FREES, '2024-03-14'],
    held(60),
  ),
  c(KIDNAP, 'Kidnapped engineers: 9 freed, 3 still held', [9, 'release', BRIGADE_FREES, '2024-03-14'], held(3)),
  c(KIDNAP, 'In all, 75 hostages have now walked free.', [75, 'cumulative', BRIGADE_FREES, '2024-03-14']),
  c(KIDNAP, 'All told, the brigade has released 52 workers.', [52, 'cumulative', BRIGADE_FREES, '2024-03-14']),
  c(WAR, 'Brevnia will hand over 30 Aldorian POWs within days.', [30, 'announcement', BREVNIA_FREES, null]),
  c(KIDNAP, 'The brigade said it would free the remaining 14 hostages in the coming days.', [
    14,
    'announcement',
    BRIGADE_FREES,
    null,
  ]),
  c(
    KIDNAP,
    'Six hostages were freed by the brigade in January, four engineers and two drivers.',
    [6, 'release', BRIGADE_FREES, null],
    [4, 'release', BRIGADE_FREES, null],
    [2, 'release', BRIGADE_FREES, null],
  ),
]);

sweep('dates across an article', [
  c(
    WAR,
    'Brevnia freed 40 Aldorian soldiers on Tuesday evening. The men were flown to Kerov, where 12 of them were taken to hospital. Aldoria freed 35 Brevnian prisoners in return.',
    [40, 'release', BREVNIA_FREES, '2024-03-12'],
    [12, 'release', BREVNIA_FREES, '2024-03-12'],
    [35, 'release', ALDORIA_FREES, '2024-03-12'],
  ),
  c(
    KIDNAP,
    'The brigade freed 14 workers on 12 March. Another 6 were released two days later.',
    [14, 'release', BRIGADE_FREES, '2024-03-12'],
    [6, 'release', BRIGADE_FREES, '2024-03-14'],
  ),
  c(
    WAR,
    "The swap happened on Wednesday. According to Aldoria's ministry, 90 Aldorian soldiers came home, while Brevnia got back 85 of its troops.",
    [90, 'release', BREVNIA_FREES, '2024-03-13'],
    [85, 'release', ALDORIA_FREES, '2024-03-13'],
  ),
  c(
    WAR,
    'Aldoria said on Thursday it had freed 30 Brevnian prisoners on Monday and would free 20 more on Saturday.',
    [30, 'release', ALDORIA_FREES, '2024-03-11'],
    [20, 'announcement', ALDORIA_FREES, '2024-03-16'],
  ),
  c(PARDONS, 'Malek pardoned 18 prisoners on Tuesday night, his office said on Wednesday.', [
    18,
    'release',
    MALEK_FREES,
    '2024-03-12',
  ]),
  c(KIDNAP, 'Eight workers were freed earlier this week, the company said.', [8, 'release', BRIGADE_FREES, null]),
  c(
    WAR,
    'On Monday, Brevnia handed over 22 Aldorian POWs. It freed 16 more on Tuesday.',
    [22, 'release', BREVNIA_FREES, '2024-03-11'],
    [16, 'release', BREVNIA_FREES, '2024-03-12'],
  ),
  c(PARDONS, 'Malek announced on Monday that 45 prisoners would be freed on Wednesday.', [
    45,
    'announcement',
    MALEK_FREES,
    '2024-03-13',
  ]),
  c(
    KIDNAP,
    'Gunmen freed 5 hostages on Friday. On Saturday, 7 more were released.',
    [5, 'release', BRIGADE_FREES, '2024-03-08'],
    [7, 'release', BRIGADE_FREES, '2024-03-09'],
  ),
  c(
    PARDONS,
    'Malek pardoned 12 prisoners on Wednesday. Rights groups said 8 of them were political prisoners.',
    [12, 'release', MALEK_FREES, '2024-03-13'],
    [8, 'release', MALEK_FREES, '2024-03-13'],
  ),
  c(WAR, 'The exchange took place on Sunday near the border. Some 60 Brevnian soldiers were handed over.', [
    60,
    'release',
    ALDORIA_FREES,
    '2024-03-10',
  ]),
  c(WAR, 'Prisoner exchanges resumed last month. On Tuesday 40 Aldorian soldiers returned home.', [
    40,
    'release',
    BREVNIA_FREES,
    '2024-03-12',
  ]),
  c(
    KIDNAP,
    'The brigade released 20 workers in February. Another 10 were freed on Monday.',
    [20, 'release', BRIGADE_FREES, null],
    [10, 'release', BRIGADE_FREES, '2024-03-11'],
  ),
  c(
    PARDONS,
    'Malek pardoned 25 prisoners last Friday and 30 on Wednesday.',
    [25, 'release', MALEK_FREES, '2024-03-08'],
    [30, 'release', MALEK_FREES, '2024-03-13'],
  ),
  c(WAR, "Brevnia's army said it released 70 Aldorian POWs on December 13, 2023.", [
    70,
    'release',
    BREVNIA_FREES,
    '2023-12-13',
  ]),
  c(KIDNAP, 'Two weeks after they were seized, 11 workers were freed on Saturday.', [
    11,
    'release',
    BRIGADE_FREES,
    '2024-03-09',
  ]),
  c(
    WAR,
    'The first group of 50 Brevnian prisoners crossed the border at noon on Friday, the second group of 45 in the evening.',
    [50, 'release', ALDORIA_FREES, '2024-03-08'],
    [45, 'release', ALDORIA_FREES, '2024-03-08'],
  ),
  c(PARDONS, "Prisoners freed under Malek's amnesty on Monday numbered 130.", [
    130,
    'release',
    MALEK_FREES,
    '2024-03-11',
  ]),
]);

sweep('a told release beside a future term', [
  c(
    WAR,
    'Aldoria on Tuesday freed 120 Brevnian prisoners under a deal that will see 500 Brevnians released in all.',
    [120, 'release', ALDORIA_FREES, '2024-03-12'],
    [500, 'pledge', ALDORIA_FREES, null],
  ),
  c(
    WAR,
    'Brevnia released 45 Aldorian soldiers on Monday, the first of 500 it has promised to free.',
    [45, 'release', BREVNIA_FREES, '2024-03-11'],
    [500, 'pledge', BREVNIA_FREES, null],
  ),
  c(
    KIDNAP,
    'The brigade freed 12 workers on Sunday as part of an agreement that would see all 60 released by April.',
    [12, 'release', BRIGADE_FREES, '2024-03-10'],
    [60, 'pledge', BRIGADE_FREES, null],
  ),
  c(PARDONS, 'Malek freed 80 prisoners on Friday, and said he would pardon more next month.', [
    80,
    'release',
    MALEK_FREES,
    '2024-03-08',
  ]),
  c(
    WAR,
    'Brevnia freed 30 Aldorian soldiers on Wednesday in exchange for 30 Brevnians, with a further swap expected next week.',
    [30, 'release', BREVNIA_FREES, '2024-03-13'],
    [30, 'release', ALDORIA_FREES, '2024-03-13'],
  ),
  c(WAR, 'Brevnia handed over 40 Aldorian POWs on Sunday, in line with a deal to be completed next month.', [
    40,
    'release',
    BREVNIA_FREES,
    '2024-03-10',
  ]),
  c(KIDNAP, 'On Monday, under the terms of a truce that is supposed to last a week, the brigade released 9 hostages.', [
    9,
    'release',
    BRIGADE_FREES,
    '2024-03-11',
  ]),
  c(
    WAR,
    'Aldoria freed 64 Brevnian soldiers on Saturday, the first step of a deal under which 500 Brevnians are to be freed.',
    [64, 'release', ALDORIA_FREES, '2024-03-09'],
    [500, 'pledge', ALDORIA_FREES, null],
  ),
]);

const FRONT_FREES = 'front-frees-pupils';

/** A single-ledger school kidnapping: the Cinder Front frees, in batches, the pupils it seized in February 2024. */
const SCHOOL: Ledger[] = [
  {
    id: FRONT_FREES,
    title: 'Pupils freed by the Cinder Front after the February 2024 Harlow school kidnapping',
    releaser: ['Cinder Front', 'the Front', 'militants', 'kidnappers'],
    released: ['schoolgirls', 'girls', 'pupils', 'students'],
    target: 240,
  },
];

sweep('releases told beside the earlier abduction', [
  c(SCHOOL, 'Twenty-one girls, kidnapped from their dormitory in Harlow last month, were freed on Saturday.', [
    21,
    'release',
    FRONT_FREES,
    '2024-03-09',
  ]),
  c(SCHOOL, 'On Sunday the Cinder Front freed 35 of the pupils it abducted from the school.', [
    35,
    'release',
    FRONT_FREES,
    '2024-03-10',
  ]),
  c(SCHOOL, 'Eight schoolgirls seized by the militants in February regained their freedom on Tuesday.', [
    8,
    'release',
    FRONT_FREES,
    '2024-03-12',
  ]),
  c(SCHOOL, 'Fifteen pupils were the first to be freed, on Tuesday.', [15, 'release', FRONT_FREES, '2024-03-12']),
  c(SCHOOL, 'The 12 girls set free on Monday were the first to regain freedom since the raid.', [
    12,
    'release',
    FRONT_FREES,
    '2024-03-11',
  ]),
  c(WAR, 'Aldorian officials welcome the 75 Aldorian soldiers released by Brevnia on Tuesday.', [
    75,
    'release',
    BREVNIA_FREES,
    '2024-03-12',
  ]),
  c(WAR, 'In Tarn the government receives 40 Aldorian POWs freed by Brevnia on Wednesday.', [
    40,
    'release',
    BREVNIA_FREES,
    '2024-03-13',
  ]),
]);

sweep('parts of a batch and flights', [
  c(
    WAR,
    'Brevnia freed 150 Aldorian prisoners on Monday; 90 were flown to Tarn and 60 to Velo.',
    [150, 'release', BREVNIA_FREES, '2024-03-11'],
    [90, 'release', BREVNIA_FREES, '2024-03-11'],
    [60, 'release', BREVNIA_FREES, '2024-03-11'],
  ),
  c(
    WAR,
    'Of the Aldorian soldiers freed on Sunday, 61 were flown to Tarn and 44 to Velo.',
    [61, 'release', BREVNIA_FREES, '2024-03-10'],
    [44, 'release', BREVNIA_FREES, '2024-03-10'],
  ),
]);

sweep('releases, futures and people still held, told apart', [
  c(SCHOOL, 'On Monday the Front agreed to free 100 of the girls.', [100, 'pledge', FRONT_FREES, null]),
  c(WAR, 'Another 70 Brevnian prisoners will be flown out tomorrow.', [
    70,
    'announcement',
    ALDORIA_FREES,
    '2024-03-15',
  ]),
  c(WAR, 'A further 40 Aldorian soldiers are due to be flown out tomorrow.', [
    40,
    'announcement',
    BREVNIA_FREES,
    '2024-03-15',
  ]),
  c(WAR, 'Last week Brevnia unilaterally released 25 Aldorian soldiers as a goodwill gesture ahead of the deal.', [
    25,
    'release',
    BREVNIA_FREES,
    null,
  ]),
  c(SCHOOL, 'The Front is still holding 90 girls, officials said.', held(90)),
  c(SCHOOL, 'Officials said 57 girls remain unaccounted for.', held(57)),
  c(
    SCHOOL,
    'Twenty girls were freed on Friday, but 14 are still missing.',
    [20, 'release', FRONT_FREES, '2024-03-08'],
    held(14),
  ),
  c(SCHOOL, 'Two girls found by soldiers near Kesso on Tuesday were taken to hospital.', held(2)),
  c(SCHOOL, 'Seven pupils escaped early on.', held(7)),
  // Rescued people were freed, but not by this ledger's releasers (the kidnappers): a release on no ledger. This was
  // first labelled held(3), reading rescues like FORMAT's escapes; rescues are now releases by the rescuers.
  c(SCHOOL, 'Three students rescued by the army on Monday were flown to the capital.', [
    3,
    'release',
    null,
    '2024-03-11',
  ]),
]);

sweep('totals of an operation', [
  c(SCHOOL, 'In total, 163 girls have now been freed, the governor said.', [
    163,
    'cumulative',
    FRONT_FREES,
    '2024-03-14',
  ]),
  c(WAR, 'The operation ended on Sunday with 880 prisoners freed in all.', [880, 'cumulative', null, '2024-03-10']),
  c(SCHOOL, "According to the governor's office, the number of girls freed so far stands at 103.", [
    103,
    'cumulative',
    FRONT_FREES,
    '2024-03-14',
  ]),
  c(
    SCHOOL,
    'The Front freed 20 girls on Tuesday. On Wednesday the governor said a total of 120 girls had now been freed.',
    [20, 'release', FRONT_FREES, '2024-03-12'],
    [120, 'cumulative', FRONT_FREES, '2024-03-13'],
  ),
]);

sweep('ledgers of a two-way swap', [
  c(WAR, 'The deal covers 1,000 prisoners from both sides.', [1000, 'pledge', null, null]),
  c(WAR, 'A total of 390 prisoners from both sides were swapped on Friday.', [390, 'release', null, '2024-03-08']),
  c(
    SCHOOL,
    'The Front freed 30 girls on Wednesday in exchange for 5 of its jailed commanders.',
    [30, 'release', FRONT_FREES, '2024-03-13'],
    [5, 'release', null, '2024-03-13'],
  ),
  c(SCHOOL, 'In 2021 the Front freed 40 pupils seized from another school after a ransom was paid.', [
    40,
    'release',
    null,
    null,
  ]),
]);

sweep('days of batches and statements', [
  c(SCHOOL, 'Yesterday 18 more girls were released, the governor said.', [18, 'release', FRONT_FREES, '2024-03-13']),
  c(SCHOOL, 'Today, 22 schoolgirls walked free.', [22, 'release', FRONT_FREES, '2024-03-14']),
  c(SCHOOL, 'Last October, 21 girls from a village school were released.', [21, 'release', FRONT_FREES, null]),
  c(
    SCHOOL,
    'The Front freed 30 girls on Tuesday. Ten pupils had been released in February.',
    [30, 'release', FRONT_FREES, '2024-03-12'],
    [10, 'release', FRONT_FREES, null],
  ),
  c(
    WAR,
    'Aldoria freed 30 Brevnian prisoners on Wednesday. Brevnia had released 25 Aldorian prisoners the previous day.',
    [30, 'release', ALDORIA_FREES, '2024-03-13'],
    [25, 'release', BREVNIA_FREES, '2024-03-12'],
  ),
  c(
    WAR,
    'Brevnia freed 50 Aldorian soldiers on Monday. A day after that swap, Aldoria freed 48 Brevnian soldiers.',
    [50, 'release', BREVNIA_FREES, '2024-03-11'],
    [48, 'release', ALDORIA_FREES, '2024-03-12'],
  ),
  c(WAR, 'The swap is due to begin on Saturday. A first group of 100 Brevnian prisoners will be freed.', [
    100,
    'announcement',
    ALDORIA_FREES,
    '2024-03-16',
  ]),
]);

sweep('counts stated in less common ways', [
  c(
    SCHOOL,
    'The Front freed 40 girls on Monday but held a further 60 of their classmates.',
    [40, 'release', FRONT_FREES, '2024-03-11'],
    held(60),
  ),
  c(SCHOOL, 'Officials said 85 girls were still held.', held(85)),
  c(SCHOOL, 'Roughly 70 girls were released on Friday.', [70, 'release', FRONT_FREES, '2024-03-08']),
  c(SCHOOL, 'More than a score of pupils were freed on Sunday.', [20, 'release', FRONT_FREES, '2024-03-10']),
  c(
    WAR,
    'Aldoria freed 180 Brevnian prisoners on Monday, short of the 200 it had undertaken to release.',
    [180, 'release', ALDORIA_FREES, '2024-03-11'],
    [200, 'pledge', ALDORIA_FREES, null],
  ),
  c(
    WAR,
    'Aldoria freed 180 Brevnian prisoners on Monday, 20 fewer than agreed.',
    [180, 'release', ALDORIA_FREES, '2024-03-11'],
    held(20),
  ),
  c(WAR, 'The agreement lists 200 Aldorian prisoners to be freed by Brevnia.', [200, 'pledge', BREVNIA_FREES, null]),
]);

sweep('counts that are not of freed people', [
  c(WAR, 'The fighting has left more than two million people displaced.'),
  c(WAR, 'The first Red Cross plane carried 120 freed Aldorian soldiers to Tarn on Sunday; two others flew to Velo.', [
    120,
    'release',
    BREVNIA_FREES,
    '2024-03-10',
  ]),
]);

sweep('batched releases after a kidnapping, round two', [
  c(WAR, 'The Aldorian government received 80 freed Aldorian soldiers on Wednesday.', [
    80,
    'release',
    BREVNIA_FREES,
    '2024-03-13',
  ]),
  c(SCHOOL, 'Families welcome the 24 girls released on Monday.', [24, 'release', FRONT_FREES, '2024-03-11']),
  c(WAR, 'On Saturday, 350 prisoners were exchanged in both directions.', [350, 'release', null, '2024-03-09']),
  c(SCHOOL, 'A further 30 pupils are still missing, officials said.', held(30)),
  c(SCHOOL, 'Nine girls escaped from the camp in the first weeks.', held(9)),
  c(SCHOOL, 'The governor said 140 girls have been freed since the kidnapping.', [
    140,
    'cumulative',
    FRONT_FREES,
    '2024-03-14',
  ]),
  c(WAR, 'Another 200 Brevnian prisoners are to be freed by Aldoria under the deal.', [
    200,
    'pledge',
    ALDORIA_FREES,
    null,
  ]),
  c(WAR, 'The exchange will start on Monday with 60 Aldorian soldiers.', [
    60,
    'announcement',
    BREVNIA_FREES,
    '2024-03-18',
  ]),
  c(SCHOOL, 'The war has displaced more than 2 million people, and 150 girls remain in captivity.', held(150)),
  c(SCHOOL, 'Before the talks, the Front had unilaterally freed 12 girls as a goodwill gesture.', [
    12,
    'release',
    FRONT_FREES,
    null,
  ]),
  c(WAR, 'The two sides agreed on Tuesday to swap 300 prisoners each.', [300, 'pledge', null, null]),
  c(SCHOOL, 'Officials said 90 girls were freed and 60 were still held.', [90, 'release', FRONT_FREES, null], held(60)),
]);

sweep('batched releases after a kidnapping, round three', [
  c(SCHOOL, 'The 18 girls freed yesterday were flown to the state capital.', [
    18,
    'release',
    FRONT_FREES,
    '2024-03-13',
  ]),
  c(SCHOOL, 'Twenty-seven girls were released today, the governor announced.', [
    27,
    'release',
    FRONT_FREES,
    '2024-03-14',
  ]),
  c(
    WAR,
    'Aldoria and Brevnia exchanged 420 prisoners on Tuesday, 210 from each side.',
    [420, 'release', null, '2024-03-12'],
    [210, 'release', null, '2024-03-12'],
  ),
  c(WAR, 'In the biggest swap yet, 1,200 prisoners from both sides were flown out by the Red Cross on Friday.', [
    1200,
    'release',
    null,
    '2024-03-08',
  ]),
  // People flown home who were never held are no count of freed people.
  c(WAR, 'In a parallel arrangement, about 240 Brevnians who had been stranded abroad were flown back to Brevnia.'),
  c(SCHOOL, 'Another 35 girls are due to be handed over tomorrow.', [35, 'announcement', FRONT_FREES, '2024-03-15']),
  c(SCHOOL, 'The militants still hold 76 girls.', held(76)),
  c(WAR, 'By the end of the operation on Sunday, 870 prisoners had been flown home.', [
    870,
    'cumulative',
    null,
    '2024-03-10',
  ]),
  c(SCHOOL, "The Front has freed 160 girls in all, the governor's office said on Wednesday.", [
    160,
    'cumulative',
    FRONT_FREES,
    '2024-03-13',
  ]),
  c(
    WAR,
    'Brevnia said the 300 Aldorian prisoners it freed on Sunday were the first of 500.',
    [300, 'release', BREVNIA_FREES, '2024-03-10'],
    [500, 'pledge', BREVNIA_FREES, null],
  ),
]);

sweep('told releases in less direct wording', [
  c(PARDONS, 'The five detainees, whom the opposition counts as political prisoners, were freed on Monday.', [
    5,
    'release',
    MALEK_FREES,
    '2024-03-11',
  ]),
  c(WAR, 'Aldoria is freeing 40 Brevnian prisoners today.', [40, 'release', ALDORIA_FREES, '2024-03-14']),
  c(WAR, 'Brevnia is releasing 25 Aldorian soldiers at the border crossing.', [
    25,
    'release',
    BREVNIA_FREES,
    '2024-03-14',
  ]),
  c(PARDONS, 'The interior ministry said the 12 inmates had been released.', [12, 'release', MALEK_FREES, null]),
  c(PARDONS, 'According to officials, 30 prisoners were freed on Tuesday.', [30, 'release', MALEK_FREES, '2024-03-12']),
  c(PARDONS, 'The other 18 inmates granted clemency were freed on Tuesday.', [
    18,
    'release',
    MALEK_FREES,
    '2024-03-12',
  ]),
]);

sweep('parts of a freed group named as the others', [
  c(
    KIDNAP,
    'Four engineers were freed on Tuesday, and the other 11 workers were released on Wednesday.',
    [4, 'release', BRIGADE_FREES, '2024-03-12'],
    [11, 'release', BRIGADE_FREES, '2024-03-13'],
  ),
  c(KIDNAP, 'The gunmen released an engineer and 14 other workers on Monday.', [
    14,
    'release',
    BRIGADE_FREES,
    '2024-03-11',
  ]),
]);

sweep('moves that are not releases', [
  c(PARDONS, 'Eight detainees were moved from prison to house arrest on Tuesday.', held(8)),
  c(PARDONS, 'Six prisoners were transferred to a hotel under guard on Tuesday.', held(6)),
  c(PARDONS, 'In 1979 the old regime held 3,000 political prisoners.', held(3000)),
  c(
    KIDNAP,
    'The brigade freed 38 workers; the remaining 22 are held in the forest.',
    [38, 'release', BRIGADE_FREES, null],
    held(22),
  ),
]);

sweep('futures, totals and lists', [
  c(WAR, 'Brevnian officials said 40 Aldorian soldiers would be released in return later on Thursday.', [
    40,
    'announcement',
    BREVNIA_FREES,
    '2024-03-14',
  ]),
  c(WAR, 'The exchange freed 300 people, counting both sides.', [300, 'release', null, null]),
  c(WAR, 'The deal would allow all 45 Aldorian prisoners to fly out.', [45, 'pledge', BREVNIA_FREES, null]),
  c(PARDONS, 'Thirty detainees were on the list handed to the mediators.', [30, 'pledge', MALEK_FREES, null]),
  c(WAR, 'Brevnia will release 60 Aldorian prisoners, its foreign ministry said.', [
    60,
    'announcement',
    BREVNIA_FREES,
    null,
  ]),
]);

sweep('back-references dated by the article', [
  c(
    WAR,
    "Aldoria and Brevnia swapped 200 prisoners of war on Tuesday.\n\nThe 100 Aldorian soldiers freed in Tuesday's exchange arrived home today.",
    [200, 'release', null, '2024-03-12'],
    [100, 'release', BREVNIA_FREES, '2024-03-12'],
  ),
]);

sweep('custody moves, lists and clemency, round two', [
  c(PARDONS, 'Seven prisoners were released to a hotel where they remain under guard.', held(7)),
  c(PARDONS, 'Nine opposition figures were released from prison to house arrest on Tuesday.', held(9)),
  c(PARDONS, 'Some 30 political prisoners were on the list.', [30, 'pledge', MALEK_FREES, null]),
  c(WAR, 'Aldoria is releasing 25 Brevnian prisoners as part of the deal.', [
    25,
    'release',
    ALDORIA_FREES,
    '2024-03-14',
  ]),
  c(
    PARDONS,
    'Malek granted clemency to 20 prisoners on Tuesday. The other 8 granted clemency were freed on Wednesday.',
    [20, 'release', MALEK_FREES, '2024-03-12'],
    [8, 'release', MALEK_FREES, '2024-03-13'],
  ),
]);

sweep('whose people a count is', [
  c(
    WAR,
    'Brevnia insists that the 60 Aldorian soldiers it has let go, in exchange for 70 of its own soldiers, were all ' +
      'combatants. Aldoria tells a different story:\n\nIn the north, of the 20 prisoners freed there, 12 are farmers.',
    [60, 'release', BREVNIA_FREES, '2024-03-14'],
    [70, 'release', ALDORIA_FREES, '2024-03-14'],
    [20, 'release', BREVNIA_FREES, '2024-03-14'],
    [12, 'release', BREVNIA_FREES, '2024-03-14'],
  ),
  c(WAR, 'Brevnian commanders say Aldoria is stalling, and that 50 of their soldiers were freed on Tuesday.', [
    50,
    'release',
    ALDORIA_FREES,
    '2024-03-12',
  ]),
  c(
    WAR,
    'Aldorian officers say the Brevnians are stalling, but Aldoria says 50 of its soldiers were freed on Tuesday.',
    [50, 'release', BREVNIA_FREES, '2024-03-12'],
  ),
]);

const VELMAR_FREES = 'velmar-frees-oskanis';
const OSKAN_FREES = 'oskan-frees-velmaris';

/** A one-shot swap of five for five between Velmar and Oskan, mediated by Qaloria, with named people and unfrozen money. */
const ONE_SHOT: Ledger[] = [
  {
    id: VELMAR_FREES,
    title: 'Oskani detainees freed by Velmar',
    releaser: ['Velmar', 'Velmari government', 'Washburn'],
    released: ['Oskanis', 'Oskani detainees', 'Oskani prisoners', 'Oskani nationals'],
    target: 5,
  },
  {
    id: OSKAN_FREES,
    title: 'Velmari detainees freed by Oskan',
    releaser: ['Oskan', 'Oskani government', 'Tavrin'],
    released: ['Velmaris', 'Velmari detainees', 'Velmari prisoners', 'Velmari citizens'],
    target: 5,
  },
];

sweep('a one-shot swap: designation clauses and reported speech', [
  c(ONE_SHOT, 'Oskan freed five Velmaris on Monday, designating them as wrongfully detained, officials said.', [
    5,
    'release',
    OSKAN_FREES,
    '2024-03-11',
  ]),
  c(ONE_SHOT, 'Five Velmari detainees were freed on Monday, the Oskani government said in a statement.', [
    5,
    'release',
    OSKAN_FREES,
    '2024-03-11',
  ]),
  c(ONE_SHOT, 'A spokesman said Oskan had freed five Velmaris on Monday.', [5, 'release', OSKAN_FREES, '2024-03-11']),
  c(ONE_SHOT, 'Officials said that Velmar released five Oskanis, whom it had designated as security risks.', [
    5,
    'release',
    VELMAR_FREES,
    null,
  ]),
  c(
    ONE_SHOT,
    'Velmar said it had released five Oskanis on Monday after designating them as eligible for the exchange.',
    [5, 'release', VELMAR_FREES, '2024-03-11'],
  ),
  c(ONE_SHOT, 'According to the mediators, Oskan let five Velmaris go on Monday.', [
    5,
    'release',
    OSKAN_FREES,
    '2024-03-11',
  ]),
  c(ONE_SHOT, 'Qaloria, which brokered the deal, said five Velmaris had been freed by Oskan on Monday.', [
    5,
    'release',
    OSKAN_FREES,
    '2024-03-11',
  ]),
  c(ONE_SHOT, 'Five Oskanis were released by Velmar on Monday, all of whom had been listed as sanctions violators.', [
    5,
    'release',
    VELMAR_FREES,
    '2024-03-11',
  ]),
  c(ONE_SHOT, 'Oskan will free five Velmaris on Monday, the ministry announced.', [
    5,
    'announcement',
    OSKAN_FREES,
    '2024-03-18',
  ]),
]);

sweep('a one-shot swap: named individuals and parts', [
  c(ONE_SHOT, 'Five Velmaris, among them Arlo Fenn, Mira Dask and Ivo Petr, were flown out of Oskan on Monday.', [
    5,
    'release',
    OSKAN_FREES,
    '2024-03-11',
  ]),
  c(
    ONE_SHOT,
    'Five Velmaris, among them Arlo Fenn, Mira Dask and Ivo Petr, were flown out of Oskan on Monday. The two others asked not to be named.',
    [5, 'release', OSKAN_FREES, '2024-03-11'],
    [2, 'release', OSKAN_FREES, '2024-03-11'],
  ),
  c(
    ONE_SHOT,
    'Velmar released five Oskanis on Monday. Three flew home via Qaloria, and the remaining two Oskanis chose to stay in Velmar.',
    [5, 'release', VELMAR_FREES, '2024-03-11'],
    [2, 'release', VELMAR_FREES, '2024-03-11'],
  ),
  c(
    ONE_SHOT,
    'Oskan freed five Velmaris on Monday. Two of the five hold dual citizenship.',
    [5, 'release', OSKAN_FREES, '2024-03-11'],
    [2, 'release', OSKAN_FREES, '2024-03-11'],
    [5, 'release', OSKAN_FREES, '2024-03-11'],
  ),
  c(
    ONE_SHOT,
    'Velmar released five Oskanis on Monday; three of them had been charged with export violations.',
    [5, 'release', VELMAR_FREES, '2024-03-11'],
    [3, 'release', VELMAR_FREES, '2024-03-11'],
  ),
  c(
    ONE_SHOT,
    'Velmar freed five Oskanis on Monday. Two of them flew to Qaloria and three of them went home.',
    [5, 'release', VELMAR_FREES, '2024-03-11'],
    [2, 'release', VELMAR_FREES, '2024-03-11'],
    [3, 'release', VELMAR_FREES, '2024-03-11'],
  ),
]);

sweep('a one-shot swap: clemency, money, custody moves and kin', [
  c(ONE_SHOT, 'On Monday, Velmar granted clemency to five Oskanis held on sanctions charges.', [
    5,
    'release',
    VELMAR_FREES,
    '2024-03-11',
  ]),
  c(ONE_SHOT, 'Tavrin granted clemency to five Velmari prisoners on Monday.', [
    5,
    'release',
    OSKAN_FREES,
    '2024-03-11',
  ]),
  c(ONE_SHOT, 'Washburn commuted the sentences of five Oskani prisoners on Monday.', [
    5,
    'release',
    VELMAR_FREES,
    '2024-03-11',
  ]),
  c(ONE_SHOT, 'On Monday Washburn commuted the prison terms of five Oskanis held on export charges.', [
    5,
    'release',
    VELMAR_FREES,
    '2024-03-11',
  ]),
  c(ONE_SHOT, 'Tavrin commuted the death sentences of five Velmari prisoners to life in prison.', held(5)),
  c(ONE_SHOT, 'The five Oskanis granted clemency by Velmar were freed on Monday.', [
    5,
    'release',
    VELMAR_FREES,
    '2024-03-11',
  ]),
  c(ONE_SHOT, 'Velmar pardoned five Oskanis on Monday as part of the deal mediated by Qaloria.', [
    5,
    'release',
    VELMAR_FREES,
    '2024-03-11',
  ]),
  c(ONE_SHOT, 'The deal also unfroze $6 billion of Oskani funds held in Qaloria.'),
  c(ONE_SHOT, 'The deal unfroze 6 billion dollars in frozen funds, and Oskan freed five Velmaris on Monday.', [
    5,
    'release',
    OSKAN_FREES,
    '2024-03-11',
  ]),
  c(ONE_SHOT, 'The release of $6 billion in frozen Oskani funds cleared the way for the swap.'),
  c(ONE_SHOT, 'Some 6 billion dollars held in Qaloria will be released to Oskan under the deal.'),
  c(ONE_SHOT, 'Last month Oskan moved five Velmari prisoners from prison to house arrest.', held(5)),
  c(ONE_SHOT, 'Oskan moved five Velmari detainees from prison to house arrest on Monday.', held(5)),
  c(
    ONE_SHOT,
    'Five Velmari detainees were transferred from prison to a hotel, where they stayed under guard.',
    held(5),
  ),
  c(
    ONE_SHOT,
    'Oskan freed five Velmaris on Monday. Two relatives who had been barred from leaving Oskan were allowed to leave the country with them.',
    [5, 'release', OSKAN_FREES, '2024-03-11'],
  ),
  c(ONE_SHOT, 'Three relatives of the detainees were allowed to leave the country with them.'),
]);

sweep('a one-shot swap: back-references, totals and history', [
  c(
    ONE_SHOT,
    "Oskan freed five Velmaris in Monday's exchange. Three days after the swap, two Velmaris were flown home.",
    [5, 'release', OSKAN_FREES, '2024-03-11'],
    [2, 'release', OSKAN_FREES, '2024-03-14'],
  ),
  c(
    ONE_SHOT,
    "Velmar and Oskan swapped prisoners on Monday.\n\nThe five Velmaris freed in Monday's exchange arrived home today.",
    [5, 'release', OSKAN_FREES, '2024-03-11'],
  ),
  c(
    ONE_SHOT,
    "Oskan and Velmar exchanged prisoners on Monday. The five Velmaris freed in Monday's exchange landed in Qaloria that night.",
    [5, 'release', OSKAN_FREES, '2024-03-11'],
  ),
  c(ONE_SHOT, 'The exchange freed 10 people in all, counting both sides.', [10, 'release', null, null]),
  c(ONE_SHOT, 'In all, the swap freed ten people from both countries on Monday.', [10, 'release', null, '2024-03-11']),
  c(
    ONE_SHOT,
    'The swap freed ten people in all, five from each country.',
    [10, 'release', null, null],
    [5, 'release', null, null],
  ),
  c(ONE_SHOT, 'In 1985, 40 Velmari prisoners were held in Oskan.', held(40)),
  c(ONE_SHOT, 'In 1985, Oskan held 40 Velmari prisoners during an earlier crisis.', held(40)),
]);

sweep('one-for-one and small swaps: a lone "one" with a people head', [
  c(ONE_SHOT, 'Oskan freed one Velmari pilot on Tuesday.', [1, 'release', OSKAN_FREES, '2024-03-12']),
  c(ONE_SHOT, 'One Velmari citizen was released by Oskan on Tuesday.', [1, 'release', OSKAN_FREES, '2024-03-12']),
  c(ONE_SHOT, 'Velmar released one Oskani national on Tuesday.', [1, 'release', VELMAR_FREES, '2024-03-12']),
  c(ONE_SHOT, 'Oskan still holds one Velmari citizen.', held(1)),
  c(ONE_SHOT, 'So far Oskan has freed only one Velmari.', [1, 'cumulative', OSKAN_FREES, '2024-03-14']),
  c(ONE_SHOT, 'Oskan has so far released one Velmari detainee.', [1, 'cumulative', OSKAN_FREES, '2024-03-14']),
  c(
    ONE_SHOT,
    'Velmar swapped one Oskani national for one Velmari citizen on Tuesday.',
    [1, 'release', VELMAR_FREES, '2024-03-12'],
    [1, 'release', OSKAN_FREES, '2024-03-12'],
  ),
  c(
    ONE_SHOT,
    'In a one-for-one exchange on Tuesday, Oskan freed one Velmari citizen and Velmar freed one Oskani national.',
    [1, 'release', OSKAN_FREES, '2024-03-12'],
    [1, 'release', VELMAR_FREES, '2024-03-12'],
  ),
  c(ONE_SHOT, 'The one Velmari still held in Oskan is a journalist.', held(1)),
  c(ONE_SHOT, 'One Velmari official said the talks would resume next week.'),
  c(ONE_SHOT, 'One member of the Oskani delegation said five Velmaris were freed on Tuesday.', [
    5,
    'release',
    OSKAN_FREES,
    '2024-03-12',
  ]),
  c(
    WAR,
    'Aldoria freed one Brevnian pilot and Brevnia freed one Aldorian sailor on Sunday.',
    [1, 'release', ALDORIA_FREES, '2024-03-10'],
    [1, 'release', BREVNIA_FREES, '2024-03-10'],
  ),
  c(WAR, 'One Aldorian soldier was killed in the shelling on Sunday.'),
  c(
    ONE_SHOT,
    'Oskan freed one Velmari citizen on Tuesday. The one freed on Tuesday has since flown to Qaloria.',
    [1, 'release', OSKAN_FREES, '2024-03-12'],
    [1, 'release', OSKAN_FREES, '2024-03-12'],
  ),
  c(ONE_SHOT, 'Oskan freed five Velmaris on Tuesday. The one freed last was a journalist.', [
    5,
    'release',
    OSKAN_FREES,
    '2024-03-12',
  ]),
  c(ONE_SHOT, 'One official said the swap had gone smoothly.'),
  c(ONE_SHOT, 'No one was released on Tuesday, officials said.'),
  c(ONE_SHOT, 'One day after the talks, Oskan freed five Velmaris.', [5, 'release', OSKAN_FREES, null]),
  c(ONE_SHOT, 'Oskan freed five Velmaris on Tuesday; one side called it a breakthrough.', [
    5,
    'release',
    OSKAN_FREES,
    '2024-03-12',
  ]),
  c(ONE_SHOT, 'One of the mediators said five Velmaris were freed on Tuesday.', [
    5,
    'release',
    OSKAN_FREES,
    '2024-03-12',
  ]),
  c(ONE_SHOT, 'Oskan freed five Velmaris on Tuesday, one of the largest releases in years.', [
    5,
    'release',
    OSKAN_FREES,
    '2024-03-12',
  ]),
]);

sweep('one-for-one and small swaps: done releases near deal wording', [
  c(ONE_SHOT, 'Under the agreement signed on Tuesday, the five Velmaris were sent home the same day.', [
    5,
    'release',
    OSKAN_FREES,
    '2024-03-12',
  ]),
  c(ONE_SHOT, 'Under the agreement, the five Velmaris were sent home.', [5, 'release', OSKAN_FREES, null]),
  c(ONE_SHOT, 'The five Velmaris covered by the deal had already walked free.', [5, 'release', OSKAN_FREES, null]),
  c(ONE_SHOT, 'Under the deal brokered by Qaloria, five Velmaris had arrived in their homeland.', [
    5,
    'release',
    OSKAN_FREES,
    null,
  ]),
  c(
    ONE_SHOT,
    'The exchange of one Oskani national for two Velmaris took place on Tuesday.',
    [1, 'release', VELMAR_FREES, '2024-03-12'],
    [2, 'release', OSKAN_FREES, '2024-03-12'],
  ),
]);

sweep('one-for-one and small swaps: both sides and the releaser', [
  c(ONE_SHOT, 'Velmar and Oskan swapped prisoners on Tuesday, and the two men were handed over at the border.', [
    2,
    'release',
    null,
    '2024-03-12',
  ]),
  c(ONE_SHOT, 'Four prisoners in all have changed hands between Velmar and Oskan since January.', [
    4,
    'cumulative',
    null,
    '2024-03-14',
  ]),
  c(ONE_SHOT, 'In all, four prisoners have changed hands since the talks began.', [
    4,
    'cumulative',
    null,
    '2024-03-14',
  ]),
  c(ONE_SHOT, 'The two men were handed over at the border on Tuesday, one from each side.', [
    2,
    'release',
    null,
    '2024-03-12',
  ]),
  c(ONE_SHOT, 'The two Velmaris released by Oskan on Tuesday were flown to Qaloria.', [
    2,
    'release',
    OSKAN_FREES,
    '2024-03-12',
  ]),
  c(WAR, 'The 30 Aldorian soldiers released by Brevnia on Tuesday were taken to a military hospital.', [
    30,
    'release',
    BREVNIA_FREES,
    '2024-03-12',
  ]),
  c(ONE_SHOT, 'The two men released by Oskan on Tuesday were flown to Qaloria.', [
    2,
    'release',
    OSKAN_FREES,
    '2024-03-12',
  ]),
  c(WAR, 'The 30 soldiers released by Brevnia on Tuesday were taken to a military hospital.', [
    30,
    'release',
    BREVNIA_FREES,
    '2024-03-12',
  ]),
]);

const REBELS_FREE_POLICE = 'rebels-free-police';
const REBELS_FREE_SOLDIERS = 'rebels-free-soldiers';

/** One releaser, two ledgers by the kind of captive: the Iron Hills rebels free the police and soldiers they hold. */
const SECURITY: Ledger[] = [
  {
    id: REBELS_FREE_POLICE,
    title: 'Police officers freed by the Iron Hills rebels',
    releaser: ['Iron Hills rebels', 'the rebels', 'the guerrillas'],
    released: ['police officers', 'policemen', 'police'],
    target: 9,
  },
  {
    id: REBELS_FREE_SOLDIERS,
    title: 'Soldiers freed by the Iron Hills rebels',
    releaser: ['Iron Hills rebels', 'the rebels', 'the guerrillas'],
    released: ['soldiers', 'troops', 'conscripts'],
    target: 5,
  },
];

sweep('swaps told as a trade of so many for so many', [
  c(
    WAR,
    "Tuesday's exchange of one Aldorian pilot for four Brevnian soldiers took place at the Kerel bridge.",
    [1, 'release', BREVNIA_FREES, '2024-03-12'],
    [4, 'release', ALDORIA_FREES, '2024-03-12'],
  ),
  // A completion word sums the exchange up: each side's figure as of that day (the tally folds it like the release).
  c(
    ONE_SHOT,
    'The trade of two Velmari citizens for three Oskani nationals was completed in Qaloria on Tuesday.',
    [2, 'cumulative', OSKAN_FREES, '2024-03-12'],
    [3, 'cumulative', VELMAR_FREES, '2024-03-12'],
  ),
  c(
    ONE_SHOT,
    'The trade of two Velmari citizens for three Oskani nationals took place in Qaloria on Tuesday.',
    [2, 'release', OSKAN_FREES, '2024-03-12'],
    [3, 'release', VELMAR_FREES, '2024-03-12'],
  ),
  c(
    ONE_SHOT,
    'Talks broke down in 2022 over a proposed swap of one Velmari for five Oskanis.',
    [1, 'pledge', OSKAN_FREES, null],
    [5, 'pledge', VELMAR_FREES, null],
  ),
]);

sweep('everyone now free', [
  c(KIDNAP, 'All 60 oil workers are now free, the company said on Thursday.', [
    60,
    'cumulative',
    BRIGADE_FREES,
    '2024-03-14',
  ]),
  c(WAR, 'Aldoria has now returned all 500 Brevnian prisoners it had pledged to free.', [
    500,
    'cumulative',
    ALDORIA_FREES,
    '2024-03-14',
  ]),
  c(KIDNAP, "With Tuesday's release, all 60 workers seized in January have been freed.", [
    60,
    'cumulative',
    BRIGADE_FREES,
    '2024-03-12',
  ]),
]);

sweep('released people named by a past participle', [
  c(WAR, 'The four Brevnian soldiers released on Monday were examined by doctors.', [
    4,
    'release',
    ALDORIA_FREES,
    '2024-03-11',
  ]),
  c(ONE_SHOT, 'The swap on Tuesday, which freed two Velmaris, was brokered by Qaloria.', [
    2,
    'release',
    OSKAN_FREES,
    '2024-03-12',
  ]),
  c(KIDNAP, 'The 12 workers freed on Monday have returned to their families.', [
    12,
    'release',
    BRIGADE_FREES,
    '2024-03-11',
  ]),
  c(KIDNAP, 'Relatives of the 12 hostages released on Monday said they would sue the company.', [
    12,
    'release',
    BRIGADE_FREES,
    '2024-03-11',
  ]),
  c(PARDONS, 'Among the 30 prisoners pardoned on Sunday was a well-known blogger.', [
    30,
    'release',
    MALEK_FREES,
    '2024-03-10',
  ]),
]);

sweep('promises told in reported speech', [
  c(KIDNAP, 'The brigade said on Sunday that it would free the 20 workers it still holds.', [
    20,
    'pledge',
    BRIGADE_FREES,
    null,
  ]),
  c(PARDONS, 'Malek promised in January that he would release 200 political prisoners.', [
    200,
    'pledge',
    MALEK_FREES,
    null,
  ]),
]);

sweep('a release dated by the sentence before', [
  c(KIDNAP, 'The first handover took place on Tuesday near Ossel. Twelve workers were freed and driven to the coast.', [
    12,
    'release',
    BRIGADE_FREES,
    '2024-03-12',
  ]),
]);

sweep('counts that cover both ledgers', [
  c(WAR, 'The 14 men who changed hands on Tuesday were met by relatives.', [14, 'release', null, '2024-03-12']),
  c(
    SECURITY,
    'The rebels freed 10 members of the security forces on Tuesday: six police officers and four soldiers.',
    [10, 'release', null, '2024-03-12'],
    [6, 'release', REBELS_FREE_POLICE, '2024-03-12'],
    [4, 'release', REBELS_FREE_SOLDIERS, '2024-03-12'],
  ),
  c(WAR, 'Both sides freed a combined 180 prisoners on Sunday.', [180, 'release', null, '2024-03-10']),
]);

sweep('people nouns for leaders and figures', [
  c(ONE_SHOT, 'Velmar freed five senior Oskani leaders on Tuesday.', [5, 'release', VELMAR_FREES, '2024-03-12']),
  c(KIDNAP, 'The brigade demanded the release of four of its leaders.', [4, 'pledge', null, null]),
  c(PARDONS, 'Malek pardoned 12 opposition leaders on Tuesday.', [12, 'release', MALEK_FREES, '2024-03-12']),
]);

sweep('prices paid, people left behind and people of two ledgers at once', [
  c(SECURITY, 'The Red Cross was ready to collect 14 captives from the rebels on Monday.', [
    14,
    'announcement',
    null,
    '2024-03-18',
  ]),
  c(SECURITY, 'The rebels said they would free the 14 police officers and soldiers they still hold.', [
    14,
    'pledge',
    null,
    null,
  ]),
  c(SECURITY, "With Tuesday's release, all nine of the police officers held by the rebels had been freed.", [
    9,
    'cumulative',
    REBELS_FREE_POLICE,
    '2024-03-12',
  ]),
  c(
    SECURITY,
    'The rebels freed eight police officers on Tuesday, leaving four soldiers in the jungle camps.',
    [8, 'release', REBELS_FREE_POLICE, '2024-03-12'],
    held(4),
  ),
  c(ONE_SHOT, 'Oskan freed the pilot on Tuesday in exchange for five of its officers.', [
    5,
    'release',
    VELMAR_FREES,
    '2024-03-12',
  ]),
  c(ONE_SHOT, 'Oskan freed him on Tuesday in exchange for five Oskani prisoners.', [
    5,
    'release',
    VELMAR_FREES,
    '2024-03-12',
  ]),
  c(ONE_SHOT, 'The five former Kérvani detainees freed on Tuesday landed in Qaloria.', [
    5,
    'release',
    null,
    '2024-03-12',
  ]),
  c(
    KIDNAP,
    'The brigade freed 12 workers on Tuesday. Two of them held senior posts at the company.',
    [12, 'release', BRIGADE_FREES, '2024-03-12'],
    [2, 'release', BRIGADE_FREES, '2024-03-12'],
  ),
]);

sweep('custody moves, modals after the verb and conditions before it', [
  c(
    ONE_SHOT,
    'Three Velmari prisoners were let out of the Kell jail on Monday and placed under police guard at a guesthouse.',
    held(3),
  ),
  c(ONE_SHOT, 'Three Velmari prisoners were freed on Monday and flew home under the watch of Qaloria’s envoy.', [
    3,
    'release',
    OSKAN_FREES,
    '2024-03-11',
  ]),
  c(
    ONE_SHOT,
    'Officials in Qaloria confirmed on Thursday that five Velmaris had been freed and would land within hours.',
    [5, 'release', OSKAN_FREES, '2024-03-14'],
  ),
  c(ONE_SHOT, 'Oskan would not hand over its envoy until Velmar had freed all five Oskani prisoners on its list.', [
    5,
    'pledge',
    VELMAR_FREES,
    null,
  ]),
]);

const KESTREL_FREES = 'kestrel-frees-wardans';
const WARDAN_FREES = 'wardans-free-soldiers';

/** A two-way exchange dated by its title: Kestrel frees 600 Wardan fighters, the Wardan movement 400 soldiers. */
const DATED_SWAP: Ledger[] = [
  {
    id: KESTREL_FREES,
    title: 'Wardan fighters freed by the Kestrel government in the March 2024 exchange',
    releaser: ['Kestrel government', 'government'],
    released: ['Wardan fighters', 'Wardan prisoners', 'Wardans'],
    target: 600,
  },
  {
    id: WARDAN_FREES,
    title: 'Government soldiers freed by the Wardan movement in the same exchange',
    releaser: ['Wardan movement', 'the movement'],
    released: ['government soldiers', 'soldiers'],
    target: 400,
  },
];

sweep('earlier releases an interval back, and figures for both sides of a flight', [
  c(DATED_SWAP, 'The exchange comes a little over a year after the movement unilaterally freed 120 soldiers.', [
    120,
    'release',
    null,
    null,
  ]),
  c(DATED_SWAP, 'The movement freed 120 soldiers two years ago as a goodwill gesture.', [120, 'release', null, null]),
  c(DATED_SWAP, 'The movement is to free 120 more soldiers about two months after the first stage.', [
    120,
    'pledge',
    WARDAN_FREES,
    null,
  ]),
  c(DATED_SWAP, 'The Red Cross said 352 prisoners were flown on Tuesday on shuttles between Kerr and Vasso.', [
    352,
    'release',
    null,
    '2024-03-12',
  ]),
  c(DATED_SWAP, 'More than 700 detainees were flown home on Tuesday.', [700, 'release', null, '2024-03-12']),
  c(
    KIDNAP,
    'Twelve of the workers abducted from the rig by the brigade two and a half years ago were released early on Tuesday.',
    [12, 'release', BRIGADE_FREES, '2024-03-12'],
  ),
  c(DATED_SWAP, 'The government freed 590 Wardan prisoners on Tuesday.', [590, 'release', KESTREL_FREES, '2024-03-12']),
]);

sweep('swaps named by a part of the day or by what followed them', [
  c(
    ONE_SHOT,
    "The announcement followed the morning's exchange of one Velmari agent held in Oskan for three Oskani spies.",
    [1, 'release', OSKAN_FREES, '2024-03-14'],
    [3, 'release', VELMAR_FREES, '2024-03-14'],
  ),
  c(
    ONE_SHOT,
    'The speech followed the exchange of one Velmari agent for three Oskani spies.',
    [1, 'release', OSKAN_FREES, null],
    [3, 'release', VELMAR_FREES, null],
  ),
  c(
    ONE_SHOT,
    "Officials were preparing for next Saturday's exchange of one Velmari agent for three Oskani spies.",
    [1, 'pledge', OSKAN_FREES, null],
    [3, 'pledge', VELMAR_FREES, null],
  ),
]);

sweep('going home, going the other way, and parts of people in no ledger', [
  c(
    WAR,
    "Tuesday's exchange was modest: thirty Brevnian soldiers went home, and a pair of young Aldorian conscripts went the other way.",
    [30, 'release', ALDORIA_FREES, '2024-03-12'],
    [2, 'release', BREVNIA_FREES, '2024-03-12'],
  ),
  c(
    ONE_SHOT,
    'Officials said the two Velmaris freed by Oskan on Tuesday would be allowed home once doctors had seen them.',
    [2, 'release', OSKAN_FREES, '2024-03-12'],
  ),
  c(
    ONE_SHOT,
    'Velmar freed 25 Egyptian prisoners on Tuesday in return for a Velmari student. The Egyptians crossed home by bus. Three of them were teenagers.',
    [25, 'release', null, '2024-03-12'],
    [3, 'release', null, '2024-03-12'],
  ),
]);

sweep('the people of a whole swap named again, and a freed group named again', [
  c(
    ONE_SHOT,
    'Dan Kerr, a Velmari teacher, was freed by Oskan on Tuesday in exchange for an Oskani pilot. The two men were handed over at an airport in Qaloria.',
    [2, 'release', null, '2024-03-12'],
  ),
  c(
    ONE_SHOT,
    'Velmar freed three Oskani prisoners on Tuesday. The three men were flown to Tavrin.',
    [3, 'release', VELMAR_FREES, '2024-03-12'],
    [3, 'release', VELMAR_FREES, '2024-03-12'],
  ),
  c(
    ONE_SHOT,
    'Oskan freed two Velmari teachers on Tuesday. The two men were flown to Qaloria.',
    [2, 'release', OSKAN_FREES, '2024-03-12'],
    [2, 'release', OSKAN_FREES, '2024-03-12'],
  ),
]);

sweep('a deal as the frame of a release happening now, and days counted back from the article', [
  c(ONE_SHOT, 'As part of the same deal Velmar is freeing at least five Oskanis, the officials said.', [
    5,
    'release',
    VELMAR_FREES,
    '2024-03-14',
  ]),
  c(ONE_SHOT, 'The deal under which Velmar is freeing five Oskanis was signed in Qaloria.', [
    5,
    'pledge',
    VELMAR_FREES,
    null,
  ]),
  c(
    ONE_SHOT,
    'Three days after five Velmaris and five Oskanis were released in a handover in Qaloria, officials in both capitals are arguing over the deal.',
    [5, 'release', OSKAN_FREES, '2024-03-11'],
    [5, 'release', VELMAR_FREES, '2024-03-11'],
  ),
  c(ONE_SHOT, 'Two days after the exchange that freed five Velmaris, the opposition is asking for more.', [
    5,
    'release',
    OSKAN_FREES,
    '2024-03-12',
  ]),
]);

sweep('a captured group, people still held, both sides at once and totals recovered', [
  c(
    KIDNAP,
    'The brigade, which kidnapped a group of 60 oil workers in January, freed two engineers on Monday and is holding 58 others.',
    held(60),
    [2, 'release', BRIGADE_FREES, '2024-03-11'],
    held(58),
  ),
  c(KIDNAP, 'The brigade said all 58 would be released soon.', [58, 'announcement', BRIGADE_FREES, null]),
  c(WAR, 'Aldoria and Brevnia each handed over 390 people on Tuesday.', [390, 'release', null, '2024-03-12']),
  c(WAR, 'Brevnia has now recovered 300 of its soldiers.', [300, 'cumulative', ALDORIA_FREES, '2024-03-14']),
  c(
    PARDONS,
    'Officials said 200 were freed on Tuesday and 170 released on Wednesday.',
    [200, 'release', MALEK_FREES, '2024-03-12'],
    [170, 'release', MALEK_FREES, '2024-03-13'],
  ),
]);

sweep('a part of a group told as seized', [
  c(
    KIDNAP,
    'The brigade freed two engineers on Monday, the first of a group of 60 oil workers seized in January to be let go, but went on holding 58 others. The two engineers were left with elders near the town. Sixteen of the 60 were women.',
    [2, 'release', BRIGADE_FREES, '2024-03-11'],
    held(60),
    held(58),
    [2, 'release', BRIGADE_FREES, '2024-03-11'],
    held(16),
    held(60),
  ),
  c(
    KIDNAP,
    'The brigade freed 12 workers on Monday. Seven of the 12 were engineers.',
    [12, 'release', BRIGADE_FREES, '2024-03-11'],
    [7, 'release', BRIGADE_FREES, '2024-03-11'],
    [12, 'release', BRIGADE_FREES, '2024-03-11'],
  ),
]);

sweep('a day-by-day list of batches', [
  c(
    WAR,
    'Over three days Aldoria handed back 500 Brevnian soldiers: 200 on Friday, 170 on Saturday and 130 on Sunday.',
    [500, 'release', ALDORIA_FREES, null],
    [200, 'release', ALDORIA_FREES, '2024-03-08'],
    [170, 'release', ALDORIA_FREES, '2024-03-09'],
    [130, 'release', ALDORIA_FREES, '2024-03-10'],
  ),
  c(
    WAR,
    'Aldoria freed 200 Brevnian soldiers on Friday, 170 on Saturday and 130 on Sunday, and received identical numbers each day.',
    [200, 'release', ALDORIA_FREES, '2024-03-08'],
    [170, 'release', ALDORIA_FREES, '2024-03-09'],
    [130, 'release', ALDORIA_FREES, '2024-03-10'],
  ),
]);
