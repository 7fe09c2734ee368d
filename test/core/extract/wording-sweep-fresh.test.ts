import type { Ledger } from '../../../src/core/types.js';
import { c, held, sweep as runSweep, type SweepCase } from './sweep-harness.js';

/**
 * A fresh robustness sweep over three new invented stories, written independently of wording-sweep.test.ts,
 * with every mention a careful annotator would list under corpus FORMAT.md. Every article is published
 * Thursday 2024-03-14, 12:00 UTC: "on Tuesday" told as done is 2024-03-12, "on Monday" still to come is
 * 2024-03-18, "yesterday" is 2024-03-13. A headline in the present tense is the news of the day it is published.
 * A count of people held or not freed (`other`) is scored without its ledger, so its ledger is not asserted.
 *
 * Left out on purpose: vague quantities ("dozens", "hundreds") because FORMAT.md gives no integer for them,
 * and releases on bail, because FORMAT.md does not say whether bail counts as being freed.
 */

const ZERANIA_FREES = 'zerania-frees-quellians';
const QUELLIA_FREES = 'quellia-frees-zeranians';
const FRONT_FREES = 'front-frees-aid-workers';
const SOREL_FREES = 'sorel-pardons';

/** A two-ledger war: Zerania and Quellia exchange prisoners of war. */
const WAR: Ledger[] = [
  {
    id: ZERANIA_FREES,
    title: 'Quellian prisoners freed by Zerania',
    releaser: ['Zerania', 'Zeranian government', 'Zeranian authorities', 'Zeranian army', 'Zeranian defence ministry'],
    released: ['Quellian prisoners', 'Quellian soldiers', 'Quellian POWs', 'Quellians', 'Quellian servicemen'],
    target: 1200,
  },
  {
    id: QUELLIA_FREES,
    title: 'Zeranian prisoners freed by Quellia',
    releaser: ['Quellia', 'Quellian government', 'Quellian authorities', 'Quellian army', 'Quellian defence ministry'],
    released: ['Zeranian prisoners', 'Zeranian soldiers', 'Zeranian POWs', 'Zeranians', 'Zeranian servicemen'],
    target: 1000,
  },
];

/** A single-ledger hostage tracker with a target: the 24 foreign aid workers seized by the Red Hollow Front. */
const KIDNAP: Ledger[] = [
  {
    id: FRONT_FREES,
    title: 'Foreign aid workers freed by the Red Hollow Front',
    releaser: ['Red Hollow Front', 'the Front', 'militants', 'captors', 'rebels', 'kidnappers'],
    released: ['aid workers', 'foreign aid workers', 'hostages', 'captives', 'volunteers', 'nurses', 'doctors'],
    target: 24,
  },
];

/** A single-ledger pardon tracker with no target: President Sorel's pardons and amnesty in Marisca. */
const PARDONS: Ledger[] = [
  {
    id: SOREL_FREES,
    title: "Prisoners freed under President Sorel's pardons and amnesty",
    releaser: ['President Sorel', 'Sorel', 'Mariscan authorities', 'the presidency', 'Marisca'],
    released: ['political prisoners', 'prisoners', 'detainees', 'inmates', 'activists', 'dissidents'],
    target: null,
  },
];

const sweep = (phenomenon: string, cases: SweepCase[]): void => runSweep(`fresh wording sweep: ${phenomenon}`, cases);

sweep('past releases dated by weekday, yesterday or date', [
  c(
    WAR,
    'Quellia handed over 64 Zeranian soldiers at the Drisna border crossing on Tuesday, the defence ministry said.',
    [64, 'release', QUELLIA_FREES, '2024-03-12'],
  ),
  c(
    KIDNAP,
    'Four foreign aid workers held by the Red Hollow Front regained their freedom yesterday, the mission said.',
    [4, 'release', FRONT_FREES, '2024-03-13'],
  ),
  c(
    PARDONS,
    'Some 130 political prisoners walked free from Kalvet jail on March 9 after President Sorel signed the pardon decree.',
    [130, 'release', SOREL_FREES, '2024-03-09'],
  ),
  c(WAR, 'Zerania repatriated 112 Quellian POWs on Sunday through the neutral port of Vessa.', [
    112,
    'release',
    ZERANIA_FREES,
    '2024-03-10',
  ]),
  c(KIDNAP, 'The captors let two nurses go on Monday, a spokeswoman for the charity told AFP.', [
    2,
    'release',
    FRONT_FREES,
    '2024-03-11',
  ]),
  c(
    PARDONS,
    'Eighty-seven inmates received a presidential pardon on Saturday and were released from prisons across Marisca.',
    [87, 'release', SOREL_FREES, '2024-03-09'],
  ),
  c(WAR, 'On March 2, Quellia set free 48 Zeranian soldiers captured during the autumn offensive.', [
    48,
    'release',
    QUELLIA_FREES,
    '2024-03-02',
  ]),
  c(PARDONS, 'Sorel granted amnesty to 215 detainees on Wednesday, most of them held since the 2021 protests.', [
    215,
    'release',
    SOREL_FREES,
    '2024-03-13',
  ]),
]);

sweep('present-tense headlines', [
  c(WAR, 'Zerania frees 75 Quellian POWs in largest swap of the winter', [75, 'release', ZERANIA_FREES, '2024-03-14']),
  c(
    KIDNAP,
    'Red Hollow Front releases three aid workers, keeps nine',
    [3, 'release', FRONT_FREES, '2024-03-14'],
    held(9),
  ),
  c(PARDONS, 'Sorel pardons 310 prisoners, including opposition leader Ana Vell', [
    310,
    'release',
    SOREL_FREES,
    '2024-03-14',
  ]),
  c(WAR, 'Quellia hands back 58 Zeranian soldiers as talks resume', [58, 'release', QUELLIA_FREES, '2024-03-14']),
  c(KIDNAP, 'Six hostages home after 200 days in Red Hollow captivity', [6, 'release', FRONT_FREES, '2024-03-14']),
  c(PARDONS, 'UPDATE 2-Mariscan amnesty: 1,240 inmates walk free', [1240, 'release', SOREL_FREES, '2024-03-14']),
]);

sweep('announcements with a day', [
  c(WAR, 'A further 40 Quellian prisoners will be freed on Monday, Zeranian officials said.', [
    40,
    'announcement',
    ZERANIA_FREES,
    '2024-03-18',
  ]),
  c(WAR, 'Some 90 Zeranian POWs are due to cross the Tavel bridge on Saturday, according to the Quellian ombudsman.', [
    90,
    'announcement',
    QUELLIA_FREES,
    '2024-03-16',
  ]),
  c(KIDNAP, 'The Front is expected to hand over five more aid workers to Red Cross officials tomorrow.', [
    5,
    'announcement',
    FRONT_FREES,
    '2024-03-15',
  ]),
  c(PARDONS, 'Sorel will sign pardons for 64 political prisoners on Friday, his office said.', [
    64,
    'announcement',
    SOREL_FREES,
    '2024-03-15',
  ]),
  c(PARDONS, 'A first group of 250 inmates is set to be released on March 20 under the amnesty law.', [
    250,
    'announcement',
    SOREL_FREES,
    '2024-03-20',
  ]),
  c(WAR, 'Zerania is to repatriate 33 Quellian soldiers on Sunday, the foreign ministry said.', [
    33,
    'announcement',
    ZERANIA_FREES,
    '2024-03-17',
  ]),
  c(KIDNAP, 'Negotiators said the last two hostages would be let go on Wednesday.', [
    2,
    'announcement',
    FRONT_FREES,
    '2024-03-20',
  ]),
]);

sweep('pledges, terms and demands', [
  c(
    WAR,
    'Under the Vessa accord, Zerania agreed to free 1,200 Quellian POWs and Quellia 1,000 Zeranians.',
    [1200, 'pledge', ZERANIA_FREES, null],
    [1000, 'pledge', QUELLIA_FREES, null],
  ),
  c(
    KIDNAP,
    'The Front is demanding the release of 15 of its fighters held in government jails in exchange for the aid workers.',
    [15, 'pledge', null, null],
  ),
  c(PARDONS, 'Opposition leaders called on Sorel to free 400 jailed activists before the election.', [
    400,
    'pledge',
    SOREL_FREES,
    null,
  ]),
  c(WAR, 'Zerania insisted that any deal include the release of 300 Zeranian marines held by Quellia.', [
    300,
    'pledge',
    QUELLIA_FREES,
    null,
  ]),
  c(PARDONS, 'Sorel promised to pardon a further 2,000 prisoners by the end of the year.', [
    2000,
    'pledge',
    SOREL_FREES,
    null,
  ]),
  c(KIDNAP, 'Mediators said the captors had agreed to free all 24 aid workers in stages.', [
    24,
    'pledge',
    FRONT_FREES,
    null,
  ]),
  c(WAR, 'The ceasefire text commits both sides to an all-for-all exchange of roughly 3,000 prisoners.', [
    3000,
    'pledge',
    null,
    null,
  ]),
  c(PARDONS, 'The amnesty bill, passed on Tuesday, would allow up to 5,000 inmates to go free.', [
    5000,
    'pledge',
    SOREL_FREES,
    null,
  ]),
]);

sweep('running totals', [
  c(WAR, 'So far Quellia has released 1,310 Zeranian soldiers since the exchanges began in 2022.', [
    1310,
    'cumulative',
    QUELLIA_FREES,
    '2024-03-14',
  ]),
  c(
    KIDNAP,
    'Two more aid workers were freed on Tuesday, bringing to 17 the number released by the Front.',
    [2, 'release', FRONT_FREES, '2024-03-12'],
    [17, 'cumulative', FRONT_FREES, '2024-03-12'],
  ),
  c(PARDONS, 'In all, 1,845 prisoners have been freed under the amnesty to date, the justice ministry said.', [
    1845,
    'cumulative',
    SOREL_FREES,
    '2024-03-14',
  ]),
  c(WAR, 'The tally of Quellian POWs returned by Zerania now stands at 902, the ombudsman said.', [
    902,
    'cumulative',
    ZERANIA_FREES,
    '2024-03-14',
  ]),
  c(KIDNAP, 'Of the 24 aid workers seized in October, 19 have now been released.', held(24), [
    19,
    'cumulative',
    FRONT_FREES,
    '2024-03-14',
  ]),
  c(PARDONS, 'Sorel has pardoned 3,400 prisoners since taking office, according to official figures.', [
    3400,
    'cumulative',
    SOREL_FREES,
    '2024-03-14',
  ]),
  c(
    WAR,
    'Zerania freed 60 Quellian prisoners yesterday, taking the total it has released this year to 420.',
    [60, 'release', ZERANIA_FREES, '2024-03-13'],
    [420, 'cumulative', ZERANIA_FREES, '2024-03-13'],
  ),
  c(KIDNAP, 'Twenty-one hostages have regained their freedom since talks began in January.', [
    21,
    'cumulative',
    FRONT_FREES,
    '2024-03-14',
  ]),
]);

sweep('not releases', [
  c(KIDNAP, 'Seven aid workers are still being held by the Front in the Sarn hills, the UN said.', held(7)),
  c(WAR, 'Quellia refused to hand over 45 Zeranian officers it accuses of shelling civilians.', held(45)),
  c(PARDONS, 'Nine prisoners died in custody at Kalvet prison last year, a rights group said.', held(9)),
  c(PARDONS, 'Police re-arrested 14 of the pardoned activists within a week.', held(14)),
  c(WAR, 'Three Quellian POWs escaped from a camp near Orsk in February.', held(3)),
  c(PARDONS, 'Some 60 detainees were transferred from Kalvet to a prison in the north on Monday.', held(60)),
  c(KIDNAP, 'The captors still hold nine foreign aid workers, among them two doctors.', held(9), held(2)),
  c(WAR, 'Zerania says about 2,300 of its soldiers remain in Quellian captivity.', held(2300)),
]);

sweep('distractor numbers', [
  c(PARDONS, 'The 68-year-old dissident was among 40 prisoners freed on Monday after 14 months behind bars.', [
    40,
    'release',
    SOREL_FREES,
    '2024-03-11',
  ]),
  c(
    WAR,
    'The swap began at 06:30 on Tuesday, when 52 Zeranian soldiers crossed the Tavel bridge into Zeranian-held territory.',
    [52, 'release', QUELLIA_FREES, '2024-03-12'],
  ),
  c(KIDNAP, 'A ransom of 2 million euros was reportedly paid before the Front released four aid workers on Saturday.', [
    4,
    'release',
    FRONT_FREES,
    '2024-03-09',
  ]),
  c(PARDONS, 'Nearly 70% of the 900 inmates freed on Friday had been convicted of protest-related offences.', [
    900,
    'release',
    SOREL_FREES,
    '2024-03-08',
  ]),
  c(WAR, 'Shelling killed 23 civilians and wounded 41 near the front line on Wednesday, officials said.'),
  c(WAR, 'Zerania has massed some 40,000 troops along the border, according to Quellian intelligence.'),
  c(KIDNAP, 'The aid convoy of 14 vehicles was ambushed at 4 a.m. on October 3, 150 km north of the capital.'),
  c(WAR, 'Quellia freed 36 Zeranian POWs on Sunday, the 19th exchange since the war began in 2022.', [
    36,
    'release',
    QUELLIA_FREES,
    '2024-03-10',
  ]),
  c(PARDONS, 'Sorel, 59, pardoned 27 prisoners on Wednesday, his press office said in statement No. 412.', [
    27,
    'release',
    SOREL_FREES,
    '2024-03-13',
  ]),
]);

sweep('parts of a release', [
  c(
    KIDNAP,
    'The Front freed eight aid workers on Monday, among them 4 women.',
    [8, 'release', FRONT_FREES, '2024-03-11'],
    [4, 'release', FRONT_FREES, '2024-03-11'],
  ),
  c(
    PARDONS,
    'Of the 320 prisoners pardoned on Tuesday, 45 were journalists and 12 were opposition politicians.',
    [320, 'release', SOREL_FREES, '2024-03-12'],
    [45, 'release', SOREL_FREES, '2024-03-12'],
    [12, 'release', SOREL_FREES, '2024-03-12'],
  ),
  c(
    WAR,
    'Zerania returned 140 Quellian POWs on Saturday, including 25 who were seriously wounded.',
    [140, 'release', ZERANIA_FREES, '2024-03-09'],
    [25, 'release', ZERANIA_FREES, '2024-03-09'],
  ),
  c(
    WAR,
    'Quellia released 90 Zeranians on Wednesday - 70 soldiers and 20 civilians.',
    [90, 'release', QUELLIA_FREES, '2024-03-13'],
    [70, 'release', QUELLIA_FREES, '2024-03-13'],
    [20, 'release', QUELLIA_FREES, '2024-03-13'],
  ),
  c(
    KIDNAP,
    'Five hostages were let go yesterday; three of them are Italian.',
    [5, 'release', FRONT_FREES, '2024-03-13'],
    [3, 'release', FRONT_FREES, '2024-03-13'],
  ),
]);

sweep('several batches on one day', [
  c(
    WAR,
    'Quellia freed 30 Zeranian soldiers on Tuesday morning and another 25 later that day.',
    [30, 'release', QUELLIA_FREES, '2024-03-12'],
    [25, 'release', QUELLIA_FREES, '2024-03-12'],
  ),
  c(
    PARDONS,
    'Under the amnesty, 150 inmates left Kalvet prison on Monday and a further 80 were released from Dorn jail.',
    [150, 'release', SOREL_FREES, '2024-03-11'],
    [80, 'release', SOREL_FREES, '2024-03-11'],
  ),
  c(
    KIDNAP,
    'The Front released two aid workers on Sunday morning and three more in the evening.',
    [2, 'release', FRONT_FREES, '2024-03-10'],
    [3, 'release', FRONT_FREES, '2024-03-10'],
  ),
  c(
    WAR,
    'Zerania sent home 44 Quellian POWs in a first convoy on Friday and 56 in a second.',
    [44, 'release', ZERANIA_FREES, '2024-03-08'],
    [56, 'release', ZERANIA_FREES, '2024-03-08'],
  ),
]);

sweep('back-references', [
  c(WAR, 'The 40 Zeranian soldiers freed last week are being treated at a military hospital in Brask.', [
    40,
    'release',
    QUELLIA_FREES,
    null,
  ]),
  c(
    KIDNAP,
    'The Front freed three aid workers on Tuesday. The three, all Norwegian, were flown to Oslo on Wednesday.',
    [3, 'release', FRONT_FREES, '2024-03-12'],
    [3, 'release', FRONT_FREES, '2024-03-12'],
  ),
  c(
    PARDONS,
    'In addition to the 200 pardoned in January, Sorel freed 75 more prisoners on Saturday.',
    [200, 'release', SOREL_FREES, null],
    [75, 'release', SOREL_FREES, '2024-03-09'],
  ),
  c(
    WAR,
    'On top of the 65 returned on Sunday, Quellia got back 20 more of its soldiers yesterday.',
    [65, 'release', ZERANIA_FREES, '2024-03-10'],
    [20, 'release', ZERANIA_FREES, '2024-03-13'],
  ),
  c(KIDNAP, 'Doctors said the four hostages released on March 1 were in good health.', [
    4,
    'release',
    FRONT_FREES,
    '2024-03-01',
  ]),
]);

sweep('counts of both sides', [
  c(WAR, 'Zerania and Quellia completed a swap involving 300 people on Tuesday.', [300, 'release', null, '2024-03-12']),
  c(WAR, 'A total of 180 prisoners of war changed hands at the border on Saturday.', [
    180,
    'release',
    null,
    '2024-03-09',
  ]),
  c(
    WAR,
    'Zerania swaps 95 Quellian POWs for 95 Zeranian soldiers',
    [95, 'release', ZERANIA_FREES, '2024-03-14'],
    [95, 'release', QUELLIA_FREES, '2024-03-14'],
  ),
  c(
    WAR,
    'Some 400 prisoners of war were exchanged on Monday, 200 from each side.',
    [400, 'release', null, '2024-03-11'],
    [200, 'release', null, '2024-03-11'],
  ),
]);

sweep('number words', [
  c(WAR, 'Forty-two Zeranian soldiers were handed over to Zerania on Wednesday.', [
    42,
    'release',
    QUELLIA_FREES,
    '2024-03-13',
  ]),
  c(KIDNAP, 'A dozen aid workers were set free on Saturday, the charity said.', [
    12,
    'release',
    FRONT_FREES,
    '2024-03-09',
  ]),
  c(PARDONS, 'Two hundred political prisoners were granted amnesty yesterday.', [
    200,
    'release',
    SOREL_FREES,
    '2024-03-13',
  ]),
  c(WAR, 'Zerania will release one hundred and fifty Quellian POWs on Friday.', [
    150,
    'announcement',
    ZERANIA_FREES,
    '2024-03-15',
  ]),
]);

sweep('hedged counts', [
  c(PARDONS, 'About 500 detainees were freed on Sunday, according to rights monitors.', [
    500,
    'release',
    SOREL_FREES,
    '2024-03-10',
  ]),
  c(WAR, 'Nearly 70 Quellian soldiers returned home on Monday after being released by Zerania.', [
    70,
    'release',
    ZERANIA_FREES,
    '2024-03-11',
  ]),
  c(WAR, 'More than 1,000 Zeranian POWs have been freed by Quellia since the exchanges started.', [
    1000,
    'cumulative',
    QUELLIA_FREES,
    '2024-03-14',
  ]),
  c(PARDONS, 'Upwards of 120 inmates walked free on Tuesday.', [120, 'release', SOREL_FREES, '2024-03-12']),
]);
