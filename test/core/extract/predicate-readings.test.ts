import type { Ledger } from '../../../src/core/types.js';
import {
  BANGLADESHIS_BY_INDIA,
  FISHERS_AND_CIVILIANS,
  LOCALS_AND_FOREIGNERS,
  NATION_SWAP,
  PARDON_LEDGER,
  POW_LEDGER,
  REBELS_AND_RESCUERS,
  SCHOOL_LEDGER,
  SWAP_LEDGERS,
} from './builders.js';
import { ANY, c, held, known, sweep } from './sweep-harness.js';

/**
 * How a count's own predicate is read when a word near it says something else: a modal passive after a word of
 * custody, a gerund credited to its doer, a release noun that adds to a total, a perfect counted from a starting
 * point. Sentences of our own about the builders' Varonia and Liberation Front; published Thursday 2024-03-14.
 */

const STATE = 'state-frees-militants';
const FRONT = 'front-frees-hostages';

sweep('a modal passive is the predicate even after a word of custody or conviction', [
  c(SWAP_LEDGERS, 'The ministry said 25 Front fighters convicted of rioting would be released on Sunday.', [
    25,
    'announcement',
    STATE,
    '2024-03-17',
  ]),
  c(SWAP_LEDGERS, 'Officials said 14 Front prisoners jailed since 2019 will be freed on Saturday.', [
    14,
    'announcement',
    STATE,
    '2024-03-16',
  ]),
]);

sweep('the day a coming release is told is not its day when it names its own', [
  c(SWAP_LEDGERS, 'The Front said on Thursday that six hostages would be handed over on Saturday.', [
    6,
    'announcement',
    FRONT,
    '2024-03-16',
  ]),
]);

sweep('what someone is thanked, praised or blamed for was done', [
  c(SWAP_LEDGERS, 'Relatives thanked the Front for freeing five hostages on Monday.', [
    5,
    'release',
    FRONT,
    '2024-03-11',
  ]),
  c(SWAP_LEDGERS, 'Hardliners criticised the Varonian government for releasing 30 Front prisoners on Tuesday.', [
    30,
    'release',
    STATE,
    '2024-03-12',
  ]),
  // No verb of credit: a deadline for freeing them leaves the 40 held.
  c(SWAP_LEDGERS, 'Mediators set the Front a deadline for freeing the 40 hostages.', held(40)),
]);

sweep('"a dozen more" counts people as any number before "more" does', [
  c(SWAP_LEDGERS, 'A mediator said a dozen more Front prisoners would be released on Saturday.', [
    12,
    'announcement',
    STATE,
    '2024-03-16',
  ]),
  c(SWAP_LEDGERS, 'The guards searched the cells a dozen more times.'),
]);

sweep('a perfect counted from a starting point is a running total', [
  c(
    SWAP_LEDGERS,
    "Varonia has released 410 Front prisoners since the government's January ceasefire came into force.",
    [410, 'cumulative', STATE, '2024-03-14'],
  ),
  c(
    SWAP_LEDGERS,
    'The Front said 52 hostages had been freed since the first phase of the deal began, and 9 were still held.',
    [52, 'cumulative', FRONT, '2024-03-14'],
    held(9),
  ),
]);

sweep('a release noun whose own predicate adds it to a total is a release', [
  c(
    SWAP_LEDGERS,
    'The handover of three hostages on Tuesday took the number freed by the Front to 41.',
    [3, 'release', FRONT, '2024-03-12'],
    [41, 'cumulative', FRONT, '2024-03-12'],
  ),
  c(
    SWAP_LEDGERS,
    'The return of 18 Front prisoners on Wednesday brings to 230 the number released by Varonia this year.',
    [18, 'release', STATE, '2024-03-13'],
    [230, 'cumulative', STATE, '2024-03-13'],
  ),
]);

sweep('"rather than freed" and "back behind bars" leave people held, whatever release word is near', [
  c(SWAP_LEDGERS, 'Another 11 Front prisoners were handed to border police for expulsion rather than freed.', held(11)),
  c(SWAP_LEDGERS, 'Varonia deported 12 Front prisoners instead of releasing them.', held(12)),
  c(SWAP_LEDGERS, 'Two days after walking free, 19 Front prisoners are back in jail, police said.', held(19)),
]);

sweep('a bare verb under a modal, or in a relative clause, shares the modal and its day', [
  c(SWAP_LEDGERS, 'The Front said it would honour the accord and hand over 12 hostages this evening.', [
    12,
    'announcement',
    FRONT,
    '2024-03-14',
  ]),
  c(SWAP_LEDGERS, 'Varonia named the 40 Front prisoners that the government is to free on Monday.', [
    40,
    'announcement',
    STATE,
    '2024-03-18',
  ]),
  // No day in the relative clause: a named list for a release still open.
  c(SWAP_LEDGERS, 'The Front published the names of the 8 hostages it will release.', [8, 'pledge', FRONT, null]),
]);

sweep('"this makes" and ", making" state a running total', [
  c(
    SWAP_LEDGERS,
    'Together with the 25 freed last month, this makes 65 hostages freed by the Front.',
    [25, 'release', FRONT, null],
    [65, 'cumulative', FRONT, '2024-03-14'],
  ),
  c(
    SWAP_LEDGERS,
    'The Front freed 4 more hostages on Tuesday, making 29 in all.',
    [4, 'release', FRONT, '2024-03-12'],
    [29, 'cumulative', FRONT, '2024-03-12'],
  ),
]);

sweep('the whole a part is taken from, when it names people seized, is held; its day is the capture', [
  c(SWAP_LEDGERS, 'Of the 63 Front members rounded up on Sunday, 40 were released on Tuesday.', held(63), [
    40,
    'release',
    STATE,
    '2024-03-12',
  ]),
  c(
    SWAP_LEDGERS,
    'Of the 40 Front prisoners freed on Tuesday, 12 were women.',
    [40, 'release', STATE, '2024-03-12'],
    [12, 'release', STATE, '2024-03-12'],
  ),
]);

sweep('labels and words that look like numbers of people', [
  c(SWAP_LEDGERS, 'A consul tells us 47 hostages are still held at the naval base, Building 9.', held(47)),
]);

sweep('people named by where they are held, and the rest of a group told as captives', [
  c(
    SWAP_LEDGERS,
    'Varonia released 30 Front prisoners on Monday but kept 12 in custody.',
    [30, 'release', STATE, '2024-03-11'],
    held(12),
  ),
  c(
    SWAP_LEDGERS,
    'The Front let four hostages go on Tuesday. The remaining 9 are believed to be alive, a mediator said.',
    [4, 'release', FRONT, '2024-03-12'],
    held(9),
  ),
]);

sweep('a participle naming its agent and its own day', [
  c(
    SWAP_LEDGERS,
    'Crowds waited on Thursday as 20 Front prisoners released by Varonia on Monday reached their villages.',
    [20, 'release', STATE, '2024-03-11'],
  ),
  c(
    SWAP_LEDGERS,
    'Mediators counted 30 hostages freed by the Front on Tuesday and 30 Front prisoners freed by Varonia.',
    [30, 'release', FRONT, '2024-03-12'],
    [30, 'release', STATE, '2024-03-12'],
  ),
  c(SWAP_LEDGERS, 'The army says 5 hostages freed by the Front are now safely back in Varonia.', [
    5,
    'release',
    FRONT,
    null,
  ]),
]);

sweep('taking with nowhere to go is taking captive; a reunion with family is a release', [
  c(SWAP_LEDGERS, 'Front gunmen kidnapped villagers at dawn; 37 were taken.', held(37)),
  c(SWAP_LEDGERS, 'The Red Cross took 40 Front prisoners across the border on Monday.', [
    40,
    'release',
    STATE,
    '2024-03-11',
  ]),
  c(
    SWAP_LEDGERS,
    'As the truce held, two Varonian soldiers who had been held hostage for a year were reunited with their families.',
    [2, 'release', FRONT, null],
  ),
]);

sweep('a list of batches after the part of a whole: each item is a release on its own day', [
  c(
    SWAP_LEDGERS,
    'The Front freed 9 of the 11 hostages taken from a convoy on February 2: three on March 1, four on Tuesday and two on Wednesday.',
    [9, 'release', FRONT, null],
    held(11),
    [3, 'release', FRONT, '2024-03-01'],
    [4, 'release', FRONT, '2024-03-12'],
    [2, 'release', FRONT, '2024-03-13'],
  ),
]);

sweep('a swap of N each is both sides; an age after a person is no count', [
  c(SWAP_LEDGERS, 'Mediators said Varonia and the Front would trade 300 prisoners each under the plan.', [
    300,
    'pledge',
    null,
    null,
  ]),
  c(SWAP_LEDGERS, 'A Varonian teacher, 58, died in captivity last year, the Front said.'),
]);

sweep('people still held, told beside a release', [
  c(
    SWAP_LEDGERS,
    'Of the 12 Varonians aboard when the bus was seized, 4 were released in January and 8 remain in the hands of the Front.',
    held(12),
    [4, 'release', FRONT, null],
    held(8),
  ),
  c(
    SWAP_LEDGERS,
    'The Front freed 3 more hostages on Monday, leaving 15 hostages held, 9 of them soldiers.',
    [3, 'release', FRONT, '2024-03-11'],
    held(15),
    held(9),
  ),
  c(SWAP_LEDGERS, 'The Front still has 18 hostages in the hills, though 8 were released on Tuesday.', held(18), [
    8,
    'release',
    FRONT,
    '2024-03-12',
  ]),
  c(
    SWAP_LEDGERS,
    'With Monday’s group added to the 21 hostages who walked free last October, 40 of the abducted hostages remain unaccounted for.',
    [21, 'release', FRONT, null],
    held(40),
  ),
  c(
    SWAP_LEDGERS,
    'Another 3 hostages were freed by the Front today. The guards fed the 26 hostages once a day.',
    [3, 'release', FRONT, '2024-03-14'],
    held(26),
  ),
  c(
    SWAP_LEDGERS,
    'Monitors sought access to the estimated 5,600 Front prisoners the government still holds.',
    held(5600),
  ),
  c(SWAP_LEDGERS, 'The cases of a further 60 Front prisoners are still under review.', held(60)),
  c(SWAP_LEDGERS, 'Rights groups count 1,400 Front prisoners in Varonian jails.', held(1400)),
]);

sweep('whom a decree reaches, and a release sought, are terms; a total told with "already" is running', [
  c(SWAP_LEDGERS, 'The government said the amnesty applies to 214 Front prisoners who had petitioned for clemency.', [
    214,
    'pledge',
    STATE,
    null,
  ]),
  // What a round of pardons covers was done.
  c(
    SWAP_LEDGERS,
    'Varonia pardoned 23 Front prisoners on Tuesday; this round covers 20 men and three women.',
    [23, 'release', STATE, '2024-03-12'],
    [20, 'release', STATE, '2024-03-12'],
    [3, 'release', STATE, '2024-03-12'],
  ),
  c(SWAP_LEDGERS, 'Deputies demanded that the government secure the return of all 300 hostages held by the Front.', [
    300,
    'pledge',
    FRONT,
    null,
  ]),
  c(SWAP_LEDGERS, 'It said 93 Front prisoners had already been released and the rest would be freed by Monday.', [
    93,
    'cumulative',
    STATE,
    '2024-03-14',
  ]),
  c(
    SWAP_LEDGERS,
    'Varonia will free 56 more Front prisoners today. It freed 120 in a similar gesture last August.',
    [56, 'announcement', STATE, '2024-03-14'],
    [120, 'release', STATE, null],
  ),
]);

sweep('a part of the group taken, freed by now, is a running total; the group is the whole taken', [
  c(
    SWAP_LEDGERS,
    'The talks went on. So far, 7 of the 10 Varonian hostages seized in May have now been freed.',
    [7, 'cumulative', FRONT, '2024-03-14'],
    held(10),
  ),
]);

sweep('the other half of a swap, told in the perfect, by a transfer, or as getting people back', [
  c(
    SWAP_LEDGERS,
    'The Front freed 20 hostages on Tuesday. Varonia says it has released 58 Front prisoners in return.',
    [20, 'release', FRONT, '2024-03-12'],
    [58, 'release', STATE, '2024-03-14'],
  ),
  c(
    SWAP_LEDGERS,
    'The Front freed 20 hostages on Tuesday. In turn, the Varonian side transferred 64 Front prisoners.',
    [20, 'release', FRONT, '2024-03-12'],
    [64, 'release', STATE, '2024-03-12'],
  ),
  c(
    SWAP_LEDGERS,
    'The Front freed 20 hostages on Tuesday. The Front got 64 of its fighters back in the swap.',
    [20, 'release', FRONT, '2024-03-12'],
    [64, 'release', STATE, '2024-03-12'],
  ),
  // A floor in the perfect stays a figure so far.
  c(SWAP_LEDGERS, 'The Front has in turn let more than 400 Front prisoners walk out of its jails.', [
    400,
    'cumulative',
    STATE,
    '2024-03-14',
  ]),
]);

sweep('batches of a process told as begun or continued, and releases in progress or due by noon', [
  c(
    SWAP_LEDGERS,
    'Releases began on Monday with 30 Front prisoners and continued with 45 on Tuesday.',
    [30, 'release', STATE, '2024-03-11'],
    [45, 'release', STATE, '2024-03-12'],
  ),
  c(SWAP_LEDGERS, 'Talks went on overnight. Varonia says 25 Front prisoners are being handed over now.', [
    25,
    'release',
    STATE,
    '2024-03-14',
  ]),
  c(SWAP_LEDGERS, 'Talks went on overnight. Officials say 40 Front prisoners will be released by noon.', [
    40,
    'announcement',
    STATE,
    '2024-03-14',
  ]),
]);

/** Two states whose people are named only by invented nationalities. */
const NATIONS = [
  {
    id: 'ostmark-frees',
    title: 'Vellish soldiers freed by Ostmark',
    releaser: ['Ostmark', 'Ostmarki government'],
    released: ['Vellish soldiers', 'Vellish POWs'],
    target: null,
  },
  {
    id: 'vell-frees',
    title: 'Ostmarki soldiers freed by Vell',
    releaser: ['Vell', 'Vellish government'],
    released: ['Ostmarki soldiers', 'Ostmarki POWs'],
    target: null,
  },
];

sweep('invented nationalities name their people, and speakers on both sides are no both-sides count', [
  c(
    NATIONS,
    'The swap went ahead on Tuesday. Ostmark freed 40 Vellians and Vell freed 38 Ostmarkis.',
    [40, 'release', 'ostmark-frees', '2024-03-12'],
    [38, 'release', 'vell-frees', '2024-03-12'],
  ),
  c(
    NATIONS,
    'The sides swapped prisoners on Tuesday, with Ostmark handing back 40 Vellish soldiers and Vell returning 38 Ostmarki soldiers, officials on both sides said.',
    [40, 'release', 'ostmark-frees', '2024-03-12'],
    [38, 'release', 'vell-frees', '2024-03-12'],
  ),
  c(
    NATIONS,
    "Tuesday's round saw 40 Vellish soldiers and 38 Ostmarki soldiers go home.",
    [40, 'release', 'ostmark-frees', '2024-03-12'],
    [38, 'release', 'vell-frees', '2024-03-12'],
  ),
]);

sweep('a rival figure naming whom it counts, and a day still to come beside a release', [
  c(
    NATIONS,
    "The sides gave different figures for Tuesday's swap. Vell said it handed over 38 Ostmarki soldiers, while Ostmark put the number of Ostmarki soldiers returned at 36.",
    [38, 'release', 'vell-frees', '2024-03-12'],
    [36, 'release', 'vell-frees', '2024-03-12'],
  ),
  c(
    NATIONS,
    'The swap went on. 14:20 Vell confirms that 30 Ostmarki POWs are being handed over now and that another 30 will follow tomorrow.',
    [30, 'release', 'vell-frees', '2024-03-14'],
    [30, 'announcement', 'vell-frees', '2024-03-15'],
  ),
]);

sweep('releases called off, awaited, seen, or told as earlier than the day named', [
  c(
    SWAP_LEDGERS,
    'Buses carrying 60 Front prisoners waited outside the jail on Tuesday before the release was called off.',
    held(60),
  ),
  c(
    SWAP_LEDGERS,
    'The Front said 20 hostages would be handed over on Saturday. In return it expects 20 Front prisoners.',
    [20, 'announcement', FRONT, '2024-03-16'],
    [20, 'announcement', STATE, '2024-03-16'],
  ),
  c(
    SWAP_LEDGERS,
    'Crowds gathered at the gate. Our reporter has counted 45 Front prisoners leaving in the last hour.',
    [45, 'release', STATE, '2024-03-14'],
  ),
  c(
    SWAP_LEDGERS,
    'Varonia freed 300 more Front prisoners on Wednesday, on top of the 700 released earlier in the north.',
    [300, 'release', STATE, '2024-03-13'],
    [700, 'release', STATE, null],
  ),
]);

sweep('held, pending or lost, whatever release word is near', [
  c(SWAP_LEDGERS, 'Relatives say three Varonian hostages from their village are still in the hills.', held(3)),
  c(SWAP_LEDGERS, 'His unit lost 11 men in the ambush, and 4 hostages were freed on Monday.', [
    4,
    'release',
    FRONT,
    '2024-03-11',
  ]),
  c(SWAP_LEDGERS, 'The petitions of 63 other Front prisoners are under consideration.', held(63)),
  c(SWAP_LEDGERS, 'Only 3 of those pardoned refused to leave the prison.', held(3)),
  c(SWAP_LEDGERS, 'Police said 110 Front members remain in pre-trial detention.', held(110)),
  c(SWAP_LEDGERS, 'Varonia named six Front prisoners who were freed but detained again.', held(6)),
  c(SWAP_LEDGERS, 'The EU will lift sanctions on 12 officials once the Front prisoners are freed.'),
  c(
    SWAP_LEDGERS,
    'The Front freed 30 hostages on Tuesday, leaving about 45 still to be freed.',
    [30, 'release', FRONT, '2024-03-12'],
    held(45),
  ),
  c(SWAP_LEDGERS, 'The remaining hostages, numbering twenty-five (25), are held in the hills.', held(25)),
]);

sweep('a total still to come, a batch of this morning, and a release over the past month', [
  c(SWAP_LEDGERS, 'Under the accord the government is to free a total of 1,800 Front prisoners.', [
    1800,
    'pledge',
    STATE,
    null,
  ]),
  c(SWAP_LEDGERS, 'Varonia said six hostages released by the Front this morning were safe.', [
    6,
    'release',
    FRONT,
    '2024-03-14',
  ]),
  c(SWAP_LEDGERS, 'The decree was signed on Monday. Over the past month, a further 5 Front prisoners were released.', [
    5,
    'release',
    STATE,
    null,
  ]),
  c(SWAP_LEDGERS, 'The government proceeded to the liberation of ninety-five (95) Front prisoners on Tuesday.', [
    95,
    'release',
    STATE,
    '2024-03-12',
  ]),
]);

sweep('a vehicle carrying the people, arriving or leaving, hands them over', [
  c(
    SWAP_LEDGERS,
    'Monitors confirm the phase is under way: buses carrying 250 Front prisoners left the compound this morning.',
    [250, 'release', STATE, '2024-03-14'],
  ),
  c(
    SWAP_LEDGERS,
    'A Red Cross flight carrying 38 Varonian soldiers held since 2022 landed in the capital on Tuesday night.',
    [38, 'release', FRONT, '2024-03-12'],
  ),
  c(
    SWAP_LEDGERS,
    'Buses carrying 90 Front prisoners have left the jail and their release is expected this afternoon.',
    [90, 'announcement', STATE, '2024-03-14'],
  ),
  c(SWAP_LEDGERS, 'Tears flowed as 95 Varonian soldiers stepped off a mercy flight yesterday.', [
    95,
    'release',
    FRONT,
    '2024-03-13',
  ]),
  c(SWAP_LEDGERS, 'Front television shows 70 Front fighters disembarking at the border this morning.', [
    70,
    'release',
    STATE,
    '2024-03-14',
  ]),
]);

sweep('more ways a release is told done, running, or due', [
  c(SWAP_LEDGERS, 'Another 300 Front members strolled out of Kerrow jail yesterday.', [
    300,
    'release',
    STATE,
    '2024-03-13',
  ]),
  c(
    SWAP_LEDGERS,
    'The UN mission said on Wednesday it had confirmed the release of 1,020 Front prisoners since the start of the accord.',
    [1020, 'cumulative', STATE, '2024-03-13'],
  ),
  c(SWAP_LEDGERS, 'Varonia frees 25 Front prisoners, moves Front leader to house arrest.', [
    25,
    'release',
    STATE,
    '2024-03-14',
  ]),
  c(SWAP_LEDGERS, 'The ministry says a further 14 Front prisoners will be released before midnight.', [
    14,
    'announcement',
    STATE,
    '2024-03-14',
  ]),
  c(SWAP_LEDGERS, 'An exchange of 150 prisoners each is planned for Monday.', [
    150,
    'announcement',
    null,
    '2024-03-18',
  ]),
]);

sweep('a modal or a day of the next count is not this one', [
  c(
    SWAP_LEDGERS,
    'The Front freed 5 hostages on Monday and said the remaining seven would follow on Saturday.',
    [5, 'release', FRONT, '2024-03-11'],
    [7, 'announcement', FRONT, '2024-03-16'],
  ),
  c(
    SWAP_LEDGERS,
    'The Front freed 5 hostages on Monday and said the remaining seven would be freed in the near future.',
    [5, 'release', FRONT, '2024-03-11'],
    [7, 'announcement', FRONT, null],
  ),
  // A coming release takes no day from a release told before it.
  c(
    SWAP_LEDGERS,
    'The Front freed 5 hostages on Monday. It said all 12 would be released soon.',
    [5, 'release', FRONT, '2024-03-11'],
    [12, 'announcement', FRONT, null],
  ),
]);

sweep('the other half of a swap, moved to a country or allowed to leave', [
  c(SWAP_LEDGERS, 'On Sunday, 303 Varonian soldiers were transferred to Varonia.', [
    303,
    'release',
    FRONT,
    '2024-03-10',
  ]),
  c(SWAP_LEDGERS, 'On Sunday, 30 Front prisoners were transferred to Kessel prison.', held(30)),
  c(SWAP_LEDGERS, 'The swap went ahead, while the 222 Front prisoners were allowed to leave.', [
    222,
    'release',
    STATE,
    null,
  ]),
]);

sweep('a future perfect, a part freed by now, a release balked at, and the last group free', [
  c(
    SWAP_LEDGERS,
    'Once it is carried out, 52 of the 104 Front prisoners covered by the arrangement will have been released.',
    [52, 'announcement', STATE, null],
    [104, 'announcement', STATE, null],
  ),
  c(
    SWAP_LEDGERS,
    'Varonia said 78 of the 104 Front prisoners it undertook to free have now left jail.',
    [78, 'cumulative', STATE, '2024-03-14'],
    held(104),
  ),
  c(SWAP_LEDGERS, 'The government balked at freeing the 26 Front prisoners on Saturday.', held(26)),
  c(SWAP_LEDGERS, 'Officials said the 12 hostages still held by the Front were freed on Thursday.', [
    12,
    'release',
    FRONT,
    '2024-03-14',
  ]),
  c(SWAP_LEDGERS, 'The Front said the last 12 hostages are now free.', [12, 'release', FRONT, '2024-03-14']),
  c(
    SWAP_LEDGERS,
    'The Front freed 17 hostages in all. The 17 were kidnapped on October 16.',
    [17, 'release', FRONT, null],
    held(17),
  ),
  c(SWAP_LEDGERS, 'Varonia held a major exchange on Saturday, with the Front bringing home 140 of its fighters.', [
    140,
    'release',
    STATE,
    '2024-03-09',
  ]),
  c(SWAP_LEDGERS, 'The swap of 300 prisoners that the two sides carried out this week was the largest yet.', [
    300,
    'release',
    null,
    null,
  ]),
]);

sweep('people told as held now stay held even under a deal', [
  c(SWAP_LEDGERS, 'Under the accord, roughly 4,700 Front prisoners are currently held by Varonia.', held(4700)),
]);

/** Two states whose people are named by their nationality alone. */
const NEIGHBOURS = [
  {
    id: 'norvia-frees',
    title: 'Karvanian prisoners of war freed by Norvia',
    releaser: ['Norvia', 'Norvian government'],
    released: ['Karvanian prisoners of war', 'Karvanian POWs', 'Karvanians'],
    target: null,
  },
  {
    id: 'karvania-frees',
    title: 'Norvian prisoners of war freed by Selan',
    releaser: ['Karvania', 'Karvanian government'],
    released: ['Norvian prisoners of war', 'Norvian POWs', 'Norvians'],
    target: null,
  },
];

sweep('an airlift, a repatriation overseen, and counts added "along with"', [
  c(
    NEIGHBOURS,
    'The Red Cross on Sunday completed the first repatriation since the peace agreement, flying 210 Norvians and 190 Karvanians back to their countries.',
    [210, 'release', 'karvania-frees', '2024-03-10'],
    [190, 'release', 'norvia-frees', '2024-03-10'],
  ),
  c(
    NEIGHBOURS,
    'The talks resumed. The ICRC has now overseen the repatriation of 437 Karvanian and 403 Norvian prisoners of war since the peace agreement.',
    [437, 'cumulative', 'norvia-frees', '2024-03-14'],
    [403, 'cumulative', 'karvania-frees', '2024-03-14'],
  ),
  c(
    NEIGHBOURS,
    'The talks resumed. The ICRC said 1,067 Norvian prisoners of war have now been released, along with 505 Norvian civilians.',
    [1067, 'cumulative', 'karvania-frees', '2024-03-14'],
    [505, 'cumulative', 'karvania-frees', '2024-03-14'],
  ),
]);

sweep('the International Committee of the Red Cross commits no one to anything', [
  c(
    NEIGHBOURS,
    'The International Committee of the Red Cross on Sunday completed the first repatriation since the two states signed a peace agreement this month, flying 210 Norvians back in an airlift.',
    [210, 'release', 'karvania-frees', '2024-03-10'],
  ),
  c(NEIGHBOURS, 'Norvia committed itself to free 300 Karvanians.', [300, 'pledge', 'norvia-frees', null]),
]);

sweep('parts after a batch that brings up a total are parts of the batch; a release not gone ahead with', [
  c(
    SWAP_LEDGERS,
    'Varonia released 26 more Front prisoners overnight, taking to 52 the number freed since the talks resumed. Twenty-one of them, from the north, were welcomed by their families; five were taken to the coast.',
    [26, 'release', STATE, '2024-03-14'],
    [52, 'cumulative', STATE, '2024-03-14'],
    [21, 'release', STATE, '2024-03-14'],
    [5, 'release', STATE, '2024-03-14'],
  ),
  c(
    SWAP_LEDGERS,
    'The Varonian government could not go ahead with freeing the 26 Front prisoners after the vote.',
    held(26),
  ),
  // "several hundred" is a vague quantity, left out as "hundreds" is.
  c(
    SWAP_LEDGERS,
    'The ICRC has helped more than 900 Front prisoners and several hundred Varonian soldiers return home since the war.',
    [900, 'cumulative', STATE, '2024-03-14'],
  ),
]);

sweep('a total as of a day, and the parts and timed batches of a total', [
  c(
    SWAP_LEDGERS,
    'As of 13 March, 93 Front prisoners have been released from places of deprivation of liberty under the decree.',
    [93, 'cumulative', STATE, '2024-03-13'],
  ),
  c(
    SWAP_LEDGERS,
    'Varonia will free the last 65 Front prisoners on Monday, the minister said. She told reporters that 149 had been freed since Tuesday, including 56 this morning.',
    [65, 'announcement', STATE, '2024-03-18'],
    [149, 'cumulative', STATE, '2024-03-14'],
    [56, 'release', STATE, '2024-03-14'],
  ),
  c(
    SWAP_LEDGERS,
    'Another 56 Front prisoners have walked free today, taking the total to 149. Among them were 2 former members of parliament.',
    [56, 'release', STATE, '2024-03-14'],
    [149, 'cumulative', STATE, '2024-03-14'],
    [2, 'release', STATE, '2024-03-14'],
  ),
]);

sweep('a word number before its own release participle, a promise of the rest, and sentences the people serve', [
  c(
    SWAP_LEDGERS,
    "Crowds gathered on Thursday as three Front prisoners freed under Tuesday's pardon returned home. They were among 30 Front prisoners released by Varonia that day.",
    [3, 'release', STATE, '2024-03-12'],
    [30, 'release', STATE, '2024-03-12'],
  ),
  c(SWAP_LEDGERS, 'The Front has committed to releasing the remaining 78 hostages before the end of the month.', [
    78,
    'pledge',
    FRONT,
    null,
  ]),
  c(
    SWAP_LEDGERS,
    'The Front freed 26 hostages overnight. Eight of them would have completed their sentences within three years.',
    [26, 'release', FRONT, '2024-03-14'],
    [8, 'release', FRONT, '2024-03-14'],
  ),
]);

sweep('an estimated number held, a term with no noun, and the rest covered by talks', [
  c(
    SWAP_LEDGERS,
    'Varonia, which holds an estimated 5,000 Front members, has agreed to free 1,400 under the deal.',
    held(5000),
    [1400, 'pledge', STATE, null],
  ),
  c(
    SWAP_LEDGERS,
    'Talks on a second phase covering the 80 remaining hostages, most of them soldiers, are due to resume on Monday.',
    held(80),
  ),
]);

sweep('fractions, exclusions, demands in return, and people still trapped or re-arrested', [
  c(
    SWAP_LEDGERS,
    'Officials said about three-quarters of the 4,200 Front prisoners covered by the decree had been freed on Tuesday.',
    [4200, 'pledge', STATE, null],
  ),
  c(SWAP_LEDGERS, 'The decree excluded all 2,300 Front prisoners held under the 2019 law.', held(2300)),
  c(
    SWAP_LEDGERS,
    'The Front freed 20 hostages, far short of the 2,000 Front prisoners they wanted in return.',
    [20, 'release', FRONT, null],
    [2000, 'pledge', STATE, null],
  ),
  // People a participle says were left on board or with the captors are still held; "left the plane" is another verb.
  c(
    SWAP_LEDGERS,
    'The Front freed 9 hostages on Monday; the 31 hostages left with the gunmen are unhurt.',
    [9, 'release', FRONT, '2024-03-11'],
    held(31),
  ),
  // A number after an aircraft maker's name is a model, no count.
  c(
    SWAP_LEDGERS,
    'The Front freed 9 hostages on Monday. Six days shut inside an Airbus 310, the freed hostages could barely walk to the ambulances.',
    [9, 'release', FRONT, '2024-03-11'],
  ),
  // A count that falls is of people still held, whatever the releases that brought it down; totals freed only grow.
  c(
    SWAP_LEDGERS,
    'The number of Front prisoners had dropped to 9,500 by May, mostly because of the pardons.',
    held(9500),
  ),
  c(SWAP_LEDGERS, 'Front prisoners in state jails fell from 4,000 to about 3,100 after the amnesty.', held(3100)),
  // A release noun after a determiner is not the bare infinitive of "saw ... free", and "seen by" is another verb.
  c(SWAP_LEDGERS, 'According to a memo seen by this newspaper, the accord sets out the release of 700 hostages.', [
    700,
    'pledge',
    FRONT,
    null,
  ]),
  // A count whose own verb keeps it under a sentence is not freed by the verb before it; "were serving", past, tells
  // what freed people had been serving.
  c(
    SWAP_LEDGERS,
    'Varonia freed 300 Front prisoners on Monday, but 35 more are still serving long terms.',
    [300, 'release', STATE, '2024-03-11'],
    held(35),
  ),
  c(
    SWAP_LEDGERS,
    'Varonia freed 260 Front prisoners on Monday, while 18 had their sentences suspended.',
    [260, 'release', STATE, '2024-03-11'],
    held(18),
  ),
  c(
    SWAP_LEDGERS,
    'Of the 110 Front prisoners Varonia freed on Monday, 30 were serving life terms.',
    [110, 'release', STATE, '2024-03-11'],
    [30, 'release', STATE, '2024-03-11'],
  ),
  // "lifts" states a running total only when it lifts the total, the number or the count.
  c(SWAP_LEDGERS, 'The new decree lifts the travel bans on 80 Front prisoners.', held(80)),
  c(SWAP_LEDGERS, "Monday's handover lifts the number of Front prisoners freed to 340.", [
    340,
    'cumulative',
    STATE,
    '2024-03-11',
  ]),
  // A total the process is guessed to come to, under "might", "could", "may", is a target, and so is a count
  // coordinated with it; a total it has reached is a running total.
  c(SWAP_LEDGERS, 'A Varonian minister said the releases might reach 2,500 Front prisoners.', [
    2500,
    'pledge',
    STATE,
    null,
  ]),
  c(
    SWAP_LEDGERS,
    'Aid groups say the pardons could eventually top 800 Front prisoners and 1,200 Front suspects.',
    [800, 'pledge', STATE, null],
    [1200, 'pledge', STATE, null],
  ),
  c(SWAP_LEDGERS, 'The number of Front prisoners freed has reached 640.', [640, 'cumulative', STATE, '2024-03-14']),
  // A release someone wants done is a demand, before or after the count; wanting something else done is not.
  c(SWAP_LEDGERS, 'The Front still wants 450 of its fighters released.', [450, 'pledge', STATE, null]),
  c(SWAP_LEDGERS, 'Front envoys handed over the names of 75 Front prisoners they want freed.', [
    75,
    'pledge',
    STATE,
    null,
  ]),
  c(SWAP_LEDGERS, 'The Front freed 12 hostages it had wanted to put on trial.', [12, 'release', FRONT, null]),
  c(
    SWAP_LEDGERS,
    'After the Front freed 5 hostages, 9 of their colleagues are still trapped in the camp.',
    [5, 'release', FRONT, null],
    held(9),
  ),
  c(SWAP_LEDGERS, 'Varonia said 40 of those freed have already been re-arrested.', held(40)),
  // A release verb governing the count outranks whom the decree covers.
  c(SWAP_LEDGERS, 'Varonia will release the last 65 Front prisoners covered by the amnesty on Monday.', [
    65,
    'announcement',
    STATE,
    '2024-03-18',
  ]),
]);

sweep('people due out of jail on a day are announced', [
  c(
    SWAP_LEDGERS,
    'Varonia freed 3,015 Front prisoners on Tuesday, with 90 more due out on Monday.',
    [3015, 'release', STATE, '2024-03-12'],
    [90, 'announcement', STATE, '2024-03-18'],
  ),
  c(SWAP_LEDGERS, 'Families waited for the 477 Front prisoners who are due to walk free on Saturday.', [
    477,
    'announcement',
    STATE,
    '2024-03-16',
  ]),
]);

sweep('a part named with its own day does not date the total it belongs to', [
  c(
    SWAP_LEDGERS,
    'The talks went on. So far 13 of the 25 hostages have been freed, including two sick men freed on March 2.',
    [13, 'cumulative', FRONT, '2024-03-14'],
    held(25),
    [2, 'release', FRONT, '2024-03-02'],
  ),
]);

sweep('a total reached is a number reached: an agreement "reached" says nothing of a total', [
  c(SWAP_LEDGERS, 'Under the accord reached in Geneva, Varonia freed 44 Front prisoners on Tuesday.', [
    44,
    'release',
    STATE,
    '2024-03-12',
  ]),
  c(SWAP_LEDGERS, "With Tuesday's handover, the hostages freed by the Front reach 57.", [
    57,
    'cumulative',
    FRONT,
    '2024-03-12',
  ]),
  c(SWAP_LEDGERS, 'The hostages the Front has let go thus reach fourteen as of Monday.', [
    14,
    'cumulative',
    FRONT,
    '2024-03-11',
  ]),
  c(SWAP_LEDGERS, 'The number of Front prisoners Varonia has freed reached 610 on Tuesday.', [
    610,
    'cumulative',
    STATE,
    '2024-03-12',
  ]),
]);

sweep('a gerund opening a clause keeps its words: ", bringing the numbers freed under X to N and M"', [
  c(
    SWAP_LEDGERS,
    'The Front handed over eight hostages on Tuesday, bringing the numbers set free during the pause to 31 hostages and 95 Front prisoners.',
    [8, 'release', FRONT, '2024-03-12'],
    [31, 'cumulative', FRONT, '2024-03-12'],
    [95, 'cumulative', STATE, '2024-03-12'],
  ),
]);

sweep('people left behind, fled or still with the captors are not freed', [
  c(
    SWAP_LEDGERS,
    'The Front let 19 hostages go on Tuesday, leaving 22 captives in its mountain camps.',
    [19, 'release', FRONT, '2024-03-12'],
    held(22),
  ),
  c(
    SWAP_LEDGERS,
    'Eleven hostages were freed on Monday; four more remain with the gunmen of the Front.',
    [11, 'release', FRONT, '2024-03-11'],
    held(4),
  ),
  c(SWAP_LEDGERS, 'Two hostages fled the Front camp on Saturday night.', held(2)),
  c(SWAP_LEDGERS, 'The Front freed all but three of the hostages on Tuesday.', held(3)),
]);

sweep('timeline days, lists of articles and ages after "of" are not counts', [
  c(SWAP_LEDGERS, 'Day 41, Tuesday: nine hostages are freed by the Front.', [9, 'release', FRONT, '2024-03-12']),
  c(SWAP_LEDGERS, 'The 17 Front prisoners, jailed under articles 118 and 204 of the code, were pardoned on Tuesday.', [
    17,
    'release',
    STATE,
    '2024-03-12',
  ]),
  c(SWAP_LEDGERS, 'Among the hostages freed by the Front on Tuesday was a retired teacher of 81.'),
]);

sweep('more words of release and of promise', [
  c(SWAP_LEDGERS, 'The Front took a ransom before letting five hostages go on Sunday.', [
    5,
    'release',
    FRONT,
    '2024-03-10',
  ]),
  c(SWAP_LEDGERS, 'The accord signed on 2 March commits Varonia to free 640 Front prisoners.', [
    640,
    'pledge',
    STATE,
    null,
  ]),
]);

sweep('a number restated in brackets is one count, whose noun comes after the brackets', [
  c(
    SWAP_LEDGERS,
    'Seventeen (17) hostages and three (3) aid workers held by the Front regained their freedom on Tuesday.',
    [17, 'release', FRONT, '2024-03-12'],
    [3, 'release', FRONT, '2024-03-12'],
  ),
]);

sweep('ages told after the person, years after their month, and remains are not counts', [
  c(SWAP_LEDGERS, 'An earlier report gave the age of the freed nurse as 52; she is 25.'),
  c(SWAP_LEDGERS, 'The hostages freed by the Front on Tuesday, some just 14, were taken to hospital.'),
  c(SWAP_LEDGERS, 'As of 11 March 2024 a total of 512 Front prisoners had been freed.', [
    512,
    'cumulative',
    STATE,
    '2024-03-11',
  ]),
  c(SWAP_LEDGERS, "The Front handed back the remains of 14 soldiers and 9 of Varonia's police officers on Tuesday."),
  c(SWAP_LEDGERS, 'The medical team counted 36 "bodies received" at the crossing.'),
]);

sweep('hostages who died held are not freed, however they come home', [
  c(SWAP_LEDGERS, 'The Front has admitted the deaths of four hostages in its tunnels.', held(4)),
  c(SWAP_LEDGERS, 'Three of the hostages will come home in coffins on Friday, the Front said.', held(3)),
  c(SWAP_LEDGERS, 'Varonia has hired 40 coaches, enough for 1,600 Front prisoners.', held(1600)),
]);

sweep('the whole a part is drawn from is read by its own words, not by the verb that frees the part', [
  c(
    SWAP_LEDGERS,
    'On Wednesday the Front let go four of the 31 soldiers it seized at the dam, keeping the officers.',
    [4, 'release', FRONT, '2024-03-13'],
    held(31),
  ),
  c(
    SWAP_LEDGERS,
    'A mediator said the Front released three of the 19 captives on Friday.',
    [3, 'release', FRONT, '2024-03-08'],
    held(19),
  ),
  c(
    SWAP_LEDGERS,
    'Varonia pardoned eleven of the 240 Front prisoners serving life terms on Monday.',
    [11, 'release', STATE, '2024-03-11'],
    held(240),
  ),
  // Its own words can make the whole a term of a deal...
  c(
    SWAP_LEDGERS,
    'Varonia has so far freed 90 of the 700 Front prisoners named in the accord.',
    [90, 'cumulative', STATE, '2024-03-14'],
    [700, 'pledge', STATE, null],
  ),
  // ...and "every one of" names the whole itself.
  c(SWAP_LEDGERS, 'The Front has freed every one of the 56 hostages since the truce began.', [
    56,
    'cumulative',
    FRONT,
    '2024-03-14',
  ]),
]);

sweep('days and years of other calendars and eras are not counts', [
  c(SWAP_LEDGERS, 'A ministry notice dated Sunday, 24 Bahman, said 35 Front prisoners had been freed.', [
    35,
    'release',
    STATE,
    '2024-03-10',
  ]),
  c(SWAP_LEDGERS, 'Under a decree of 17 Shawwal 1444, Varonia released 60 Front prisoners.', [
    60,
    'release',
    STATE,
    null,
  ]),
  c(SWAP_LEDGERS, 'The order, signed on Kislev 3, 5784, freed 18 Front prisoners.', [18, 'release', STATE, null]),
  c(SWAP_LEDGERS, 'A cabinet note dated Reiwa 6 said 7 hostages had come home.', [7, 'release', FRONT, null]),
  c(SWAP_LEDGERS, 'The Front freed 9 hostages in 1402 SH, its statement says.', [9, 'release', FRONT, null]),
  // A span of years is no range of people; a range of people written without commas still is.
  c(SWAP_LEDGERS, 'The Front held the valley between 2016 and 2021 and freed 44 hostages there on Monday.', [
    44,
    'release',
    FRONT,
    '2024-03-11',
  ]),
  c(SWAP_LEDGERS, 'Monitors say Varonia still holds from 1200 to 1500 Front prisoners.', held(1500)),
]);

sweep('a figure denied or taken back is never freed', [
  c(
    SWAP_LEDGERS,
    'Varonia freed 140 Front prisoners on Monday, not 410 as the Front had claimed.',
    [140, 'release', STATE, '2024-03-11'],
    held(410),
  ),
  c(
    SWAP_LEDGERS,
    'Officials say 17 hostages, rather than 71, regained their freedom on Tuesday.',
    [17, 'release', FRONT, '2024-03-12'],
    held(71),
  ),
  c(SWAP_LEDGERS, 'A previous version of this story said 88 Front prisoners had been freed on Sunday.', held(88)),
  c(SWAP_LEDGERS, 'The bulletin mistakenly put the number of hostages freed on Wednesday at 30.', held(30)),
  c(SWAP_LEDGERS, 'Early reports that 64 hostages had walked free on Friday were wrong.', held(64)),
]);

sweep('ranks and trades count people', [
  c(SWAP_LEDGERS, 'The Front freed three army sergeants on Monday, a mediator said.', [
    3,
    'release',
    FRONT,
    '2024-03-11',
  ]),
  c(
    SWAP_LEDGERS,
    'Varonia released four Front poets and two cameramen on Tuesday.',
    [4, 'release', STATE, '2024-03-12'],
    [2, 'release', STATE, '2024-03-12'],
  ),
]);

sweep('more verbs of handing people back, and handovers into custody that free no one', [
  c(SWAP_LEDGERS, 'The Front turned over nine hostages to the Red Cross on Monday.', [
    9,
    'release',
    FRONT,
    '2024-03-11',
  ]),
  c(SWAP_LEDGERS, 'Eleven hostages were liberated on Monday, the Front said.', [11, 'release', FRONT, '2024-03-11']),
  c(SWAP_LEDGERS, 'The Front gave back 14 captured soldiers on Monday.', [14, 'release', FRONT, '2024-03-11']),
  c(SWAP_LEDGERS, 'On Tuesday, twelve of the hostages were delivered to the Swiss embassy.', [
    12,
    'release',
    FRONT,
    '2024-03-12',
  ]),
  c(SWAP_LEDGERS, 'Varonia discharged 40 Front prisoners from detention on Monday.', [
    40,
    'release',
    STATE,
    '2024-03-11',
  ]),
  c(SWAP_LEDGERS, 'Thirteen hostages were permitted to depart on Monday.', [13, 'release', FRONT, '2024-03-11']),
  c(SWAP_LEDGERS, 'Varonia delivered 20 Front prisoners to the central prison on Monday.', held(20)),
]);

/** Hostages of a gang, some let go by it, some rescued by troops: each on its own ledger. */
const RESCUE_LEDGERS = [
  {
    id: 'gang-frees-hostages',
    title: 'Hostages freed by the Tarn gang',
    releaser: ['Tarn gang', 'the gang', 'kidnappers'],
    released: ['hostages', 'tourists'],
    target: 12,
  },
  {
    id: 'troops-rescue-hostages',
    title: 'Hostages rescued from the Tarn gang by troops',
    releaser: ['troops', 'special forces', 'the army'],
    released: ['hostages', 'tourists'],
    target: null,
  },
];

sweep('people rescued were freed, by the rescuers: on their ledger, or on none', [
  c(RESCUE_LEDGERS, 'Special forces rescued five tourists from the gang on Tuesday.', [
    5,
    'release',
    'troops-rescue-hostages',
    '2024-03-12',
  ]),
  c(
    RESCUE_LEDGERS,
    'Two hostages were rescued by troops on Monday; the gang still holds four.',
    [2, 'release', 'troops-rescue-hostages', '2024-03-11'],
    held(4),
  ),
  // The captors named are those the people were rescued from: not their release.
  c(SWAP_LEDGERS, 'Varonian commandos rescued six hostages from the Front on Sunday.', [
    6,
    'release',
    null,
    '2024-03-10',
  ]),
  c(SWAP_LEDGERS, 'Six hostages were freed in a military operation on Sunday.', [6, 'release', null, '2024-03-10']),
  c(RESCUE_LEDGERS, 'Three tourists are still waiting to be rescued by the army.', held(3)),
]);

sweep('list items with their noun left out, told by place or as the latest batch', [
  c(
    SWAP_LEDGERS,
    'Varonia freed 900 Front prisoners on Tuesday, 600 in the capital and 300 in the provinces.',
    [900, 'release', STATE, '2024-03-12'],
    [600, 'release', STATE, '2024-03-12'],
    [300, 'release', STATE, '2024-03-12'],
  ),
  c(
    SWAP_LEDGERS,
    'Varonia freed 90 Front prisoners in three waves this month, most recently 30 on Tuesday.',
    [90, 'release', STATE, null],
    [30, 'release', STATE, '2024-03-12'],
  ),
]);

sweep('number words joined by "and" only after a scale word; sums in millions; a video released is no one freed', [
  c(SWAP_LEDGERS, 'A mediator said the Front holds between six and nine hostages.', held(9)),
  c(SWAP_LEDGERS, 'Varonia freed one hundred and six Front prisoners on Tuesday.', [
    106,
    'release',
    STATE,
    '2024-03-12',
  ]),
  c(SWAP_LEDGERS, 'The Front wants 350 million for the 40 hostages it holds.', held(40)),
  c(SWAP_LEDGERS, 'Footage released by the Front on Monday shows 17 of the hostages.', held(17)),
]);

sweep('the rest of a group held, people still there, a fronted whole and custody after "but" are not freed', [
  c(
    SWAP_LEDGERS,
    'Of the 300 passengers on the bus when it was stopped, 80 have been let go by the Front.',
    held(300),
    [80, 'release', FRONT, '2024-03-14'],
  ),
  c(
    SWAP_LEDGERS,
    'Varonia freed 40 Front prisoners on Monday. The remaining 60 are being moved to a camp in the north.',
    [40, 'release', STATE, '2024-03-11'],
    held(60),
  ),
  c(
    SWAP_LEDGERS,
    'The Front freed six of the 31 workers on Tuesday. The remaining 25, among them four engineers, are still being held.',
    [6, 'release', FRONT, '2024-03-12'],
    held(31),
    held(25),
    held(4),
  ),
  // The rest of a group told as freed is freed.
  c(
    SWAP_LEDGERS,
    'Of the 50 Front prisoners freed on Monday, 20 are students. The remaining 30 were driven home by bus.',
    [50, 'release', STATE, '2024-03-11'],
    [20, 'release', STATE, '2024-03-11'],
    [30, 'release', STATE, '2024-03-11'],
  ),
  c(
    SWAP_LEDGERS,
    'Varonia freed 28 Front prisoners on Monday. There are still 140 Front prisoners in Block D.',
    [28, 'release', STATE, '2024-03-11'],
    held(140),
  ),
  c(SWAP_LEDGERS, 'A further 90 Front prisoners have been granted pardons but remain in custody.', held(90)),
]);

sweep('a release noun told as carried out frees its people, whatever their capture is called', [
  c(SWAP_LEDGERS, 'The handover of 20 Front prisoners detained in Oskar took place on Tuesday.', [
    20,
    'release',
    STATE,
    null,
  ]),
  c(SWAP_LEDGERS, 'The liberation of fourteen hostages was effected on Wednesday.', [
    14,
    'release',
    FRONT,
    '2024-03-13',
  ]),
]);

sweep('past the lede, a perfect of release told as a part of its group is how many are free by now', [
  c(
    SWAP_LEDGERS,
    'The talks went on all week. Of the 70 hostages seized at the dam, 44 have been freed in three groups.',
    held(70),
    [44, 'cumulative', FRONT, '2024-03-14'],
  ),
  c(
    SWAP_LEDGERS,
    'The talks went on all week. So far, 44 of the 70 hostages have been let go.',
    [44, 'cumulative', FRONT, '2024-03-14'],
    held(70),
  ),
]);

sweep('an answer counts the people its "how many" question asks about, told the way the question tells them', [
  c(SWAP_LEDGERS, 'Q: How many hostages are still held? A: Nine, according to the Red Cross.', held(9)),
  c(SWAP_LEDGERS, 'How many Front prisoners have been freed so far? About 1,300, the ministry says.', [
    1300,
    'cumulative',
    STATE,
    '2024-03-14',
  ]),
  c(SWAP_LEDGERS, 'Q: How many hostages did the Front free on Tuesday? A: Twelve, all of them women.', [
    12,
    'release',
    FRONT,
    '2024-03-12',
  ]),
  // A group named again that its own predicate frees is freed now, whatever it was first told as.
  c(SWAP_LEDGERS, 'How many hostages were seized in the raid? Sixty-six. All 66 are now free.', held(66), [
    66,
    'cumulative',
    FRONT,
    '2024-03-14',
  ]),
]);

sweep('times on the 24-hour clock, lists handed over and people who remain are not freed', [
  c(SWAP_LEDGERS, 'At 1430 GMT the Front freed 12 hostages at the airport.', [12, 'release', FRONT, null]),
  c(SWAP_LEDGERS, '1840 — The Front says it has released 40 hostages.', [40, 'release', FRONT, '2024-03-14']),
  c(SWAP_LEDGERS, '1430 (corrected) - The Front has freed 101 hostages.', [101, 'release', FRONT, '2024-03-14']),
  c(SWAP_LEDGERS, 'Correction: our 1430 item said 100 hostages had been freed.', held(100)),
  c(
    SWAP_LEDGERS,
    'On the list Varonia handed to the Front on January 1, it was holding 705 people: 654 Front fighters and 51 Front prisoners.',
    held(705),
    held(654),
    held(51),
  ),
  c(
    SWAP_LEDGERS,
    'The Front freed 60 hostages on Monday; 74 hostages now remain.',
    [60, 'release', FRONT, '2024-03-11'],
    held(74),
  ),
]);

sweep('batches of a total told by their month have no single day', [
  c(
    SWAP_LEDGERS,
    'The talks went on. Since September, the Front has freed 310 hostages in three batches: 120 in September, 90 in November and 100 in January.',
    [310, 'cumulative', FRONT, '2024-03-14'],
    [120, 'release', FRONT, null],
    [90, 'release', FRONT, null],
    [100, 'release', FRONT, null],
  ),
]);

sweep('people carried off were taken, and a figure first given and then replaced is not freed', [
  c(SWAP_LEDGERS, 'Front gunmen carried off 40 hostages from the school on Friday.', held(40)),
  c(SWAP_LEDGERS, 'Police initially said 31 hostages had been freed on Monday; the Front freed 13.', held(31), [
    13,
    'release',
    FRONT,
    '2024-03-11',
  ]),
]);

sweep('a count far from the last one, larger than any release told, with no predicate of its own, is not freed', [
  c(
    SWAP_LEDGERS,
    'The Front freed four hostages on Monday. Talks resumed in the capital. The 61 aid workers held since June were not part of the deal.',
    [4, 'release', FRONT, '2024-03-11'],
    held(61),
  ),
  // A part or a back-reference of a release told before still takes its reading.
  c(
    SWAP_LEDGERS,
    'The Front freed 40 hostages on Monday. Talks resumed in the capital. The 40 were flown to Oskar.',
    [40, 'release', FRONT, '2024-03-11'],
    [40, 'release', FRONT, '2024-03-11'],
  ),
]);

sweep('names with diacritics are read like plain names: the age set off after one is no count', [
  c(
    SWAP_LEDGERS,
    'The Front freed 12 hostages on Monday. Among them was the French nurse Zoé Ménard, 44, who had been held since May.',
    [12, 'release', FRONT, '2024-03-11'],
  ),
  c(SWAP_LEDGERS, 'Front leader Hélène Dubé, 58, said 9 hostages were freed.', [9, 'release', FRONT, null]),
]);

sweep('the sources of a report are not people of the story, even with a clause set off before their verb', [
  c(
    SWAP_LEDGERS,
    'The two officials, who asked not to be named because the talks are secret, said the Front freed 8 hostages on Monday.',
    [8, 'release', FRONT, '2024-03-11'],
  ),
  c(SWAP_LEDGERS, 'Varonia freed 30 Front prisoners on Monday, three diplomats familiar with the talks said.', [
    30,
    'release',
    STATE,
    '2024-03-11',
  ]),
]);

sweep('a correction takes back the figure an earlier item of ours gave, however it names that item', [
  c(
    SWAP_LEDGERS,
    'Correction: An earlier version of this explainer said 29 hostages had been freed by the Front on Monday.',
    held(29),
  ),
  c(SWAP_LEDGERS, '2015 - CORRECTION. Our 1430 item said 50 hostages had been freed this afternoon.', held(50)),
  c(SWAP_LEDGERS, 'Correction: An item in Wednesday’s edition said 53 hostages had been freed on Tuesday.', held(53)),
  c(SWAP_LEDGERS, 'Correction to our 08:10 recap: it first said five hostages had been freed yesterday.', held(5)),
  // A report that is not ours, and not taken back, still tells a release.
  c(SWAP_LEDGERS, 'A report on state radio said 40 Front prisoners had been freed on Monday.', [
    40,
    'release',
    STATE,
    '2024-03-11',
  ]),
]);

sweep('a running total is not dated by the day of another count told in its sentence', [
  c(
    SWAP_LEDGERS,
    'Counting the soldier freed on Sunday and the 47 hostages released on Wednesday, the Front has now let 149 people go.',
    [47, 'release', FRONT, '2024-03-13'],
    [149, 'cumulative', FRONT, '2024-03-14'],
  ),
  c(
    SWAP_LEDGERS,
    'With the 47 hostages released on Wednesday, the Front has now freed 149 in all.',
    [47, 'release', FRONT, '2024-03-13'],
    [149, 'cumulative', FRONT, '2024-03-14'],
  ),
]);

sweep('a rescue told by the storming or by the force that did it is on no captor ledger', [
  c(SWAP_LEDGERS, 'Varonian commandos stormed the camp shortly after midnight, freeing more than 100 hostages.', [
    100,
    'release',
    null,
    null,
  ]),
  c(SWAP_LEDGERS, 'Security forces freed 12 hostages in the north on Monday.', [12, 'release', null, '2024-03-11']),
  // Troops nearby do not make the captors' own release a rescue.
  c(SWAP_LEDGERS, 'The Front freed 12 hostages on Monday after troops surrounded the camp.', [
    12,
    'release',
    FRONT,
    '2024-03-11',
  ]),
]);

sweep('ages in a list set off by semicolons are no counts', [
  c(
    SWAP_LEDGERS,
    'The Front freed four more hostages on Monday: Ana Ruiz, 60; Ben Ortiz, 63; Carl Diaz, 65; and Dan Paz, 58.',
    [4, 'release', FRONT, '2024-03-11'],
  ),
]);

sweep('a total of people held is not a total freed', [
  c(SWAP_LEDGERS, 'Front officials put the number held at the camp alone at 250 to 300.', [300, 'other', ANY, null]),
  c(SWAP_LEDGERS, 'The number of hostages still in captivity stands at 40.', held(40)),
  // A count of captives or hostages with nothing said of their release is of people held.
  c(SWAP_LEDGERS, 'Front commanders put the number of Varonian captives at about 900.', [900, 'other', ANY, null]),
  c(SWAP_LEDGERS, 'A Varonian weekly put the number of hostages at up to 2,000.', [2000, 'other', ANY, null]),
  // The same frames with people freed still state the running total.
  c(SWAP_LEDGERS, 'The Front put the number of hostages freed at 120.', [120, 'cumulative', FRONT, '2024-03-14']),
  c(SWAP_LEDGERS, 'The Front put the number of freed hostages at 130.', [130, 'cumulative', FRONT, '2024-03-14']),
]);

sweep('a count of people freed "this year" is the year\'s running total, not one batch', [
  c(SWAP_LEDGERS, 'The Front has freed 21 hostages this year.', [21, 'cumulative', FRONT, '2024-03-14']),
  c(SWAP_LEDGERS, 'How many hostages have left Front captivity this year? Twenty-one, by two routes.', [
    21,
    'cumulative',
    FRONT,
    '2024-03-14',
  ]),
  // "earlier this year" places one batch; a batch with its own day stays a batch.
  c(SWAP_LEDGERS, 'The Front freed 12 hostages on Monday, the third release this year.', [
    12,
    'release',
    FRONT,
    '2024-03-11',
  ]),
]);

sweep('the day people were named, listed or promised by someone is not the day they were freed', [
  c(
    PARDON_LEDGER,
    'The ministry has confirmed that all eight men named by President de Ostrava on Tuesday were released today.',
    [8, 'release', 'pardons', '2024-03-14'],
  ),
]);

sweep('a group described as held whose own predicate says it is now free is freed', [
  c(SWAP_LEDGERS, 'The releases mean that all three hostages held in the camp at the start of May have now come out.', [
    3,
    'cumulative',
    FRONT,
    '2024-03-14',
  ]),
  c(SWAP_LEDGERS, 'The 12 hostages held at the camp since May are now free.', [12, 'release', FRONT, null]),
  // The whole a part is drawn from stays held, and a group still held stays held.
  c(
    SWAP_LEDGERS,
    'His release means two of the six hostages held in the camp at the start of May have now been freed.',
    [2, 'cumulative', FRONT, '2024-03-14'],
    held(6),
  ),
  c(SWAP_LEDGERS, 'The 12 hostages held at the camp since May are still in chains.', held(12)),
]);

sweep('a number word joined to a word by a hyphen is a measure, as a digit is', [
  c(SWAP_LEDGERS, 'The Front freed two hostages on Monday. Ruiz, a three-time candidate, was seized in May.', [
    2,
    'release',
    FRONT,
    '2024-03-11',
  ]),
  c(SWAP_LEDGERS, 'The Front freed six hostages under a two-stage deal on Monday.', [
    6,
    'release',
    FRONT,
    '2024-03-11',
  ]),
]);

sweep('people added with "along with" to the object of a verb of custody are held too', [
  c(
    SWAP_LEDGERS,
    'The Front freed four hostages on Monday. The Front is believed to hold both Ruiz and Paz, along with at least two Italians and a nun.',
    [4, 'release', FRONT, '2024-03-11'],
    [2, 'other', ANY, null],
  ),
  // Added to the object of a release, they are freed with it.
  c(SWAP_LEDGERS, 'The Front freed Ruiz, along with two nurses, on Monday.', [2, 'release', FRONT, '2024-03-11']),
]);

sweep("a count told right after another, whose own noun names another ledger's people, is on that ledger", [
  c(
    FISHERS_AND_CIVILIANS,
    'The three civilian prisoners are travelling under escort. Varonia is releasing 200 Oskan fishermen and three civilian prisoners today, and recalls that 198 fishermen were repatriated on 12 March.',
    held(3),
    [200, 'release', 'fishermen', '2024-03-14'],
    [3, 'release', 'civilians', '2024-03-14'],
    [198, 'release', 'fishermen', '2024-03-12'],
  ),
]);

sweep('where every ledger names its freed people by one nationality, people of another nation are in none', [
  c(
    BANGLADESHIS_BY_INDIA,
    'India freed 40 Bangladeshi fishermen on Monday. Bangladesh sent 22 Indian prisoners home last month.',
    [40, 'release', 'fishermen', '2024-03-11'],
    [22, 'release', null, null],
  ),
  c(BANGLADESHIS_BY_INDIA, 'India freed three civilian prisoners on Monday.', [
    3,
    'release',
    'civilians',
    '2024-03-11',
  ]),
]);

sweep('a weekday set before the date it falls on is that date; "on the Thursday" is a day of the story told', [
  c(SWAP_LEDGERS, 'The Front freed 40 passengers on Tuesday, March 5.', [40, 'release', FRONT, '2024-03-05']),
  c(SWAP_LEDGERS, 'The Front freed 40 passengers on Tuesday 5 March.', [40, 'release', FRONT, '2024-03-05']),
  c(
    SWAP_LEDGERS,
    'The Front freed 47 hostages on March 4. On the Thursday, with the deadline extended, the Front freed a further 101 passengers.',
    [47, 'release', FRONT, '2024-03-04'],
    [101, 'release', FRONT, '2024-03-07'],
  ),
  // A bare weekday still points back from publication.
  c(SWAP_LEDGERS, 'The Front freed 10 hostages on Tuesday.', [10, 'release', FRONT, '2024-03-12']),
]);

sweep('a part of people rescued was rescued with them, also when "the" comes before it', [
  c(
    SWAP_LEDGERS,
    'Varonian commandos stormed the camp at midnight, freeing more than 100 hostages, among them the 12 hostages from the bus.',
    [100, 'release', null, null],
    [12, 'release', null, null],
  ),
  c(
    SWAP_LEDGERS,
    'Security forces freed 40 hostages on Monday, among them the 12 captives taken from the bus.',
    [40, 'release', null, '2024-03-11'],
    [12, 'release', null, '2024-03-11'],
  ),
  // A part of a release by the captors stays on their ledger.
  c(
    SWAP_LEDGERS,
    'The Front freed 40 hostages on Monday, among them the 12 nurses.',
    [40, 'release', FRONT, '2024-03-11'],
    [12, 'release', FRONT, '2024-03-11'],
  ),
]);

sweep('who freed a group told right after another comes from its own passive agent; rescues listed or taken back', [
  c(
    REBELS_AND_RESCUERS,
    'The Front freed two hostages in January. Fifteen were taken out by the army on Wednesday.',
    [2, 'release', 'front-frees', null],
    [15, 'release', 'army-rescues', '2024-03-13'],
  ),
  c(
    REBELS_AND_RESCUERS,
    'Those rescued are the nurse Ana Ruiz; the engineers Ben Ortiz and Carl Diaz; and 11 members of the Varonian army held for years.',
    [11, 'release', null, null],
  ),
  c(REBELS_AND_RESCUERS, 'Correction: An earlier version of this Q&A said the army rescued 16 hostages.', held(16)),
]);

sweep('days of the month in words, people allowed to leave, and crews stepping off a boat', [
  c(
    SWAP_LEDGERS,
    'On Tuesday the fifth of the present month, two hundred (200) hostages were permitted to leave by the Front.',
    [200, 'release', FRONT, '2024-03-05'],
  ),
  c(SWAP_LEDGERS, 'The Front freed 40 hostages on the first of March.', [40, 'release', FRONT, '2024-03-01']),
  // "the first night" is no day of the month.
  c(SWAP_LEDGERS, 'The Front freed about 170 hostages on the first night of the siege.', [170, 'release', FRONT, null]),
  c(SWAP_LEDGERS, 'Sixteen women were allowed to leave by the Front this morning.', [
    16,
    'release',
    FRONT,
    '2024-03-14',
  ]),
  c(SWAP_LEDGERS, 'Thirty hostages stepped off a patrol boat in the harbour on Wednesday night.', [
    30,
    'release',
    FRONT,
    '2024-03-13',
  ]),
]);

sweep('dates written in numbers and ages set off by commas after any noun are no counts', [
  c(SWAP_LEDGERS, 'On 13/03/2024 at about 04:30 hours, security forces rescued two (2) kidnapped hostages unhurt.', [
    2,
    'release',
    null,
    null,
  ]),
  c(SWAP_LEDGERS, 'Rovers keeper, 15, escapes the Front after the Front freed 12 hostages on Monday.', [
    12,
    'release',
    FRONT,
    '2024-03-11',
  ]),
  // A count of people set off by commas is still one.
  c(
    SWAP_LEDGERS,
    'The Front freed 40 hostages on Monday, 12 of them women.',
    [40, 'release', FRONT, '2024-03-11'],
    [12, 'release', FRONT, '2024-03-11'],
  ),
]);

sweep('a part set off right after a count does not cut the count off from its own predicate', [
  c(
    SWAP_LEDGERS,
    'The Front released 11 hostages early on Thursday. Ten people, including the head coach and his assistant, are still held, police said.',
    [11, 'release', FRONT, '2024-03-14'],
    held(10),
  ),
  c(
    SWAP_LEDGERS,
    'The Front freed 40 hostages, including 12 nurses, on Monday.',
    [40, 'release', FRONT, '2024-03-11'],
    [12, 'release', FRONT, '2024-03-11'],
  ),
]);

sweep('a participle used as an adjective after a number word ("two injured hostages") dates no other event', [
  c(SWAP_LEDGERS, 'The Front freed the bus driver and two injured hostages on Monday.', [
    2,
    'release',
    FRONT,
    '2024-03-11',
  ]),
  // As a verb it still dates the injury, not the release.
  c(SWAP_LEDGERS, 'The Front freed 12 hostages who were injured on Monday.', [12, 'release', FRONT, null]),
]);

sweep(
  'people moved to other jails are held; a perfect told "by" a day is a total; a story "published on" a day is ours',
  [
    c(
      SWAP_LEDGERS,
      'Some 420 hostages left the camp on Tuesday, while 900 others were moved under armed guard to jails in Vesk.',
      [420, 'release', FRONT, '2024-03-12'],
      held(900),
    ),
    c(
      SWAP_LEDGERS,
      'Correction: A story published on Wednesday said 1,600 hostages had been freed by the Front. That figure was wrong; 1,030 had actually left the camp by Wednesday night.',
      held(1600),
      [1030, 'cumulative', FRONT, '2024-03-13'],
    ),
    // Taken to a hospital is no custody.
    c(SWAP_LEDGERS, 'The Front freed 30 hostages on Monday, who were taken to a hospital.', [
      30,
      'release',
      FRONT,
      '2024-03-11',
    ]),
  ],
);

sweep('people carried home or back to a capital are freed, by the side they leave; a bare hour is no count', [
  c(NATION_SWAP, 'A Red Cross plane brought 23 Ostrians home on Monday.', [
    23,
    'release',
    'kestrel-frees-ostrians',
    '2024-03-11',
  ]),
  c(NATION_SWAP, 'On Monday a military plane flew 23 Ostrians back to Dunmore.', [
    23,
    'release',
    'kestrel-frees-ostrians',
    '2024-03-11',
  ]),
  c(
    NATION_SWAP,
    'Peacekeepers flew three Kestrelis to Vale and brought five prisoners back to Dunmore on Monday.',
    [3, 'release', 'ostria-frees-kestrelis', '2024-03-11'],
    [5, 'release', 'kestrel-frees-ostrians', '2024-03-11'],
  ),
  c(NATION_SWAP, 'Two more were returned to Vale on Monday.', [2, 'release', 'ostria-frees-kestrelis', '2024-03-11']),
  // A storm sends no one home from custody.
  c(NATION_SWAP, 'The storm sent 300 families back to their villages.'),
  c(
    REBELS_AND_RESCUERS,
    'The Front had promised a handover at five. Shortly before six, men in a van let the hostage out near the hotel.',
  ),
  c(
    REBELS_AND_RESCUERS,
    'The Front said it would free the captives after seven in the evening, and released four hostages on Monday.',
    [4, 'release', 'front-frees', '2024-03-11'],
  ),
]);

sweep('a lighter sentence frees no one; what a decree grants in the present is still to come', [
  c(
    PARDON_LEDGER,
    'The decree, signed on Monday, grants amnesty to 2,400 prisoners and shortens the terms of 9,100 others.',
    [2400, 'pledge', 'pardons', null],
    held(9100),
  ),
  c(PARDON_LEDGER, 'State television said 800 inmates had their sentences reduced.', held(800)),
  c(PARDON_LEDGER, 'Ostrava cut the sentences of some 1,300 prisoners and freed 45 on Tuesday.', held(1300), [
    45,
    'release',
    'pardons',
    '2024-03-12',
  ]),
  // The terms themselves, cut to a bare number of years, count no one.
  c(PARDON_LEDGER, 'Terms of more than 20 years are cut to 20, and those of 10 to 20 years to 10.'),
]);

sweep("a release participle describing other people is not the predicate of a count its noun's verb governs", [
  c(SWAP_LEDGERS, 'The freed hostages had no news of four other captives.', held(4)),
  c(
    SWAP_LEDGERS,
    'The Front freed six hostages on Monday. The freed men told reporters that nine other captives were in a camp in the hills.',
    [6, 'release', FRONT, '2024-03-11'],
    held(9),
  ),
  // The count's own release verb still frees it; so does a part of the freed.
  c(SWAP_LEDGERS, 'The released hostages said four others had also been freed on Monday.', [
    4,
    'release',
    FRONT,
    '2024-03-11',
  ]),
  c(
    SWAP_LEDGERS,
    'The Front freed six hostages on Monday. The freed men included two soldiers.',
    [6, 'release', FRONT, '2024-03-11'],
    [2, 'release', FRONT, '2024-03-11'],
  ),
]);

sweep('the whole a part is drawn from with a possessive ("one of its 10") is the group, not freed', [
  c(SWAP_LEDGERS, 'The Front freed one of its 10 hostages on Monday.', held(10)),
  c(SWAP_LEDGERS, 'The Front freed two of its 10 hostages on Monday.', [2, 'release', FRONT, '2024-03-11'], held(10)),
  c(SWAP_LEDGERS, 'The Front freed the first of their 40 captives on Monday.', held(40)),
  // A whole with its own participle of release was freed.
  c(
    SWAP_LEDGERS,
    'Two of the five hostages freed on Monday were soldiers.',
    [2, 'release', FRONT, '2024-03-11'],
    [5, 'release', FRONT, '2024-03-11'],
  ),
]);

sweep('a toll shared with the count joined after it, and a part of a group counted outside custody, are no mentions', [
  c(
    SWAP_LEDGERS,
    "The Front freed 20 hostages on Monday. A spokesman said that 35 hostages and 15 of the group's fighters were killed when a convoy was shelled.",
    [20, 'release', FRONT, '2024-03-11'],
  ),
  c(
    SWAP_LEDGERS,
    'The Front freed 20 hostages on Monday. The manager said 600 people worked at the mine, 90 of them foreigners.',
    [20, 'release', FRONT, '2024-03-11'],
  ),
  // A part of the freed group is still a part of it.
  c(
    SWAP_LEDGERS,
    'The Front freed 20 hostages on Monday. Twelve of them were foreigners.',
    [20, 'release', FRONT, '2024-03-11'],
    [12, 'release', FRONT, '2024-03-11'],
  ),
]);

sweep("where two captors free the same hostages, a captor's own people freed are on neither ledger", [
  c(
    REBELS_AND_RESCUERS,
    'The Front freed six hostages on Monday. On Tuesday, 40 Front prisoners were released from an army jail.',
    [6, 'release', 'front-frees', '2024-03-11'],
    [40, 'release', null, '2024-03-12'],
  ),
  // In a swap a side's own people are the other side's release.
  c(NATION_SWAP, 'Ostria freed 12 Kestrel soldiers on Monday.', [
    12,
    'release',
    'ostria-frees-kestrelis',
    '2024-03-11',
  ]),
]);

sweep('a status of custody and a plan told as not carried out are no releases', [
  c(
    NATION_SWAP,
    'Kestrel freed 30 Ostrians on Monday. Officials said at least four more Ostrians were officially listed as prisoners of war and 20 as missing.',
    [30, 'release', 'kestrel-frees-ostrians', '2024-03-11'],
    held(4),
    held(20),
  ),
  c(
    NATION_SWAP,
    'Kestrel freed 30 Ostrians on Monday. The 40 Kestrelis, who were to have been flown home in return, waited at the airfield overnight.',
    [30, 'release', 'kestrel-frees-ostrians', '2024-03-11'],
    [40, 'pledge', 'ostria-frees-kestrelis', null],
  ),
]);

sweep('a "how many have" question with no day of its own asks for the total so far', [
  c(
    PARDON_LEDGER,
    'How many have been pardoned?\nEighteen. Ostrava pardoned seven in 2023 and the other 11 on Friday.',
    [18, 'cumulative', 'pardons', '2024-03-14'],
    [7, 'release', 'pardons', null],
    [11, 'release', 'pardons', '2024-03-08'],
  ),
]);

sweep('"killed all N people" is a toll', [
  c(
    SWAP_LEDGERS,
    'Varonia freed 40 Front prisoners on Monday, among them a commander linked to the 2019 downing of a plane, which killed all 120 people on board.',
    [40, 'release', STATE, '2024-03-11'],
  ),
]);

sweep(
  'a sum over several ledgers is none of them; escaping and dying are fates of their own; a whole operation is a total',
  [
    c(
      LOCALS_AND_FOREIGNERS,
      'The army freed 20 foreigners on Monday. Troops have so far freed 300 Oskan workers and 40 foreigners, about 340 hostages in all.',
      [20, 'release', 'foreigners', '2024-03-11'],
      [300, 'cumulative', 'locals', '2024-03-14'],
      [40, 'cumulative', 'foreigners', '2024-03-14'],
      [340, 'cumulative', null, '2024-03-14'],
    ),
    c(
      LOCALS_AND_FOREIGNERS,
      'The army freed 20 foreigners on Monday. A local channel says 15 foreigners, including a French couple, escaped from their captors.',
      [20, 'release', 'foreigners', '2024-03-11'],
      held(15),
    ),
    c(
      LOCALS_AND_FOREIGNERS,
      'The army freed 20 foreigners on Monday. Regrettably, 23 persons held hostage lost their lives, and 32 gunmen were neutralised.',
      [20, 'release', 'foreigners', '2024-03-11'],
    ),
    c(
      LOCALS_AND_FOREIGNERS,
      'In the course of the operation as a whole, the army freed 300 Oskan workers and 40 foreigners.',
      [300, 'cumulative', 'locals', '2024-03-14'],
      [40, 'cumulative', 'foreigners', '2024-03-14'],
    ),
  ],
);

sweep(
  'a pair of counts shares its passive verb; "confirmed to be safely back" is back; a report "turned out to be premature" is taken back',
  [
    c(
      REBELS_AND_RESCUERS,
      'Families were relieved today after the eight hostages held by the Front were confirmed to be safely back. The six Royal Marines and two Navy sailors were freed on Monday morning.',
      [8, 'release', 'front-frees', '2024-03-14'],
      [6, 'release', 'front-frees', '2024-03-11'],
      [2, 'release', 'front-frees', '2024-03-11'],
    ),
    c(
      REBELS_AND_RESCUERS,
      'Reports earlier in the day that the six hostages and two drivers had already been set free turned out to be premature.',
      held(6),
      held(2),
    ),
  ],
);

sweep("a relative clause sizing a group is no total; a release weeks before the news is not the story's day", [
  c(
    SWAP_LEDGERS,
    'Varonia freed 30 Front prisoners on Monday. Diplomats said the release of Front members, whom rights groups number at well over 2,000, was central to the talks.',
    [30, 'release', STATE, '2024-03-11'],
    held(2000),
  ),
  c(
    SWAP_LEDGERS,
    'Varonia freed 30 Front prisoners on Monday. The release came less than two weeks after an amnesty under which 900 Front prisoners were freed.',
    [30, 'release', STATE, '2024-03-11'],
    [900, 'release', STATE, null],
  ),
]);

sweep(
  'a live entry stamped with its weekday is read as of that day; a month after "were taken on" dates the capture; "With their release, N have been handed back" is a total',
  [
    c(
      REBELS_AND_RESCUERS,
      'Times are local. Newest entries first.\n\n4:40 p.m. Thursday — The plane has taken off with the freed hostages.\n\n8:30 p.m. Wednesday — The Front freed five hostages today. They are in good health.',
      [5, 'release', 'front-frees', '2024-03-13'],
    ),
    c(
      REBELS_AND_RESCUERS,
      'The Front freed 20 hostages on Monday. The 17 villagers freed with them were taken on 27 February, when gunmen stormed the market.',
      [20, 'release', 'front-frees', '2024-03-11'],
      [17, 'release', 'front-frees', '2024-03-11'],
    ),
    c(
      REBELS_AND_RESCUERS,
      'With their release, eleven hostages kidnapped by the Front since 2022 have been handed back.',
      [11, 'cumulative', 'front-frees', '2024-03-14'],
    ),
  ],
);

sweep("pupils named by another town than the one ledger's are of another incident", [
  c(
    SCHOOL_LEDGER,
    'The gunmen freed 40 pupils on Monday. Officials said the 27 Vale schoolboys seized last month were also freed on Monday.',
    [40, 'release', 'dunmore-pupils', '2024-03-11'],
    [27, 'release', null, '2024-03-11'],
  ),
  c(SCHOOL_LEDGER, 'The gunmen freed 40 Dunmore girls on Monday.', [40, 'release', 'dunmore-pupils', '2024-03-11']),
]);

sweep('a release demanded in the subjunctive is a demand; "fifteen or twenty minutes" is a time', [
  c(
    NATION_SWAP,
    'Kestrel freed 30 Ostrians on Monday. One lawmaker demanded that all 80 Ostrians be brought home before the recess.',
    [30, 'release', 'kestrel-frees-ostrians', '2024-03-11'],
    [80, 'pledge', 'kestrel-frees-ostrians', null],
  ),
  c(
    NATION_SWAP,
    'The 30 Ostrians were handed over to the Red Cross some fifteen or twenty minutes ago, Kestrel said.',
    [30, 'release', 'kestrel-frees-ostrians', '2024-03-14'],
  ),
]);

sweep('a rescue is read in the tenses of a release: "have now rescued 104" is a total', [
  c(REBELS_AND_RESCUERS, 'Security forces have now rescued 104 hostages, the army said.', [
    104,
    'cumulative',
    'army-rescues',
    '2024-03-14',
  ]),
  c(REBELS_AND_RESCUERS, 'The army rescued 12 hostages on Monday.', [12, 'release', 'army-rescues', '2024-03-11']),
]);

sweep('a figure far from the batch told beside it is no rival of it; a figure "settled on" is a total', [
  c(
    REBELS_AND_RESCUERS,
    'The Front freed 20 hostages on Monday, but a rights group put the number released at 62.',
    [20, 'release', 'front-frees', '2024-03-11'],
    [62, 'cumulative', 'front-frees', '2024-03-14'],
  ),
  // Close figures are still rivals for the day's batch.
  c(
    REBELS_AND_RESCUERS,
    'The Front freed 20 hostages on Monday, but a rights group put the number released at 18.',
    [20, 'release', 'front-frees', '2024-03-11'],
    [18, 'release', 'front-frees', '2024-03-11'],
  ),
  c(REBELS_AND_RESCUERS, 'Officials eventually settled on 107 hostages freed by the Front.', [
    107,
    'cumulative',
    'front-frees',
    '2024-03-14',
  ]),
]);

sweep("with no release word, being captured or taken is the count's own fate", [
  c(
    LOCALS_AND_FOREIGNERS,
    'The army freed 20 foreigners on Monday. He still does not know what became of two men from his unit who were captured with him.',
    [20, 'release', 'foreigners', '2024-03-11'],
    held(2),
  ),
  c(
    LOCALS_AND_FOREIGNERS,
    'The army freed 20 foreigners on Monday. The minister said that two children who were not students had also been taken.',
    [20, 'release', 'foreigners', '2024-03-11'],
    held(2),
  ),
]);

sweep('people "believed to be in the hands of" a group are held', [
  c(
    REBELS_AND_RESCUERS,
    'The Front freed two hostages on Monday. The other nine are believed to be in the hands of a splinter brigade.',
    [2, 'release', 'front-frees', '2024-03-11'],
    held(9),
  ),
]);

sweep('the count that raises a running total to a later figure is the step, not the total', [
  c(
    SWAP_LEDGERS,
    "The Front's release of 30 hostages on Tuesday brings the total it has freed to 210.",
    [30, 'release', FRONT, '2024-03-12'],
    [210, 'cumulative', FRONT, '2024-03-12'],
  ),
  c(
    SWAP_LEDGERS,
    "With Tuesday's 30, the Front has now freed 210 hostages.",
    [30, 'release', FRONT, '2024-03-12'],
    [210, 'cumulative', FRONT, '2024-03-12'],
  ),
]);

sweep('receiving people back from their captor, being allowed home, set at liberty or regaining freedom is a release', [
  c(SWAP_LEDGERS, 'Varonia received 45 of its soldiers from the Front on Tuesday.', [
    45,
    'release',
    FRONT,
    '2024-03-12',
  ]),
  c(SWAP_LEDGERS, 'Eleven hostages were allowed home on Tuesday, the Front said.', [
    11,
    'release',
    FRONT,
    '2024-03-12',
  ]),
  c(SWAP_LEDGERS, 'Varonia set 60 Front prisoners at liberty on Tuesday.', [60, 'release', STATE, '2024-03-12']),
  c(SWAP_LEDGERS, 'Nine of the hostages regained freedom on Tuesday.', [9, 'release', FRONT, '2024-03-12']),
  // A jail that receives prisoners takes them in: no one is freed.
  c(SWAP_LEDGERS, 'The new Kessa jail received 300 Front prisoners from Dorn on Tuesday.', held(300)),
]);

const KESTREL = 'kestrel-frees-ostrians';
const OSTRIA = 'ostria-frees-kestrelis';

sweep('people back from captivity on a day were freed that day; the captivity is where they came from', [
  c(NATION_SWAP, 'Dunmore said 60 Kestrelis had come home from Ostrian captivity on Tuesday.', [
    60,
    'release',
    OSTRIA,
    '2024-03-12',
  ]),
  c(NATION_SWAP, 'Officials in Vale said 60 Kestrelis were freed from captivity on Tuesday.', [
    60,
    'release',
    OSTRIA,
    '2024-03-12',
  ]),
]);

sweep('a perception verb tells what happened to each of two objects, and going back across a line is a return', [
  c(
    NATION_SWAP,
    "Tuesday's exchange saw 60 Kestrelis and 58 Ostrians go home.",
    [60, 'release', OSTRIA, '2024-03-12'],
    [58, 'release', KESTREL, '2024-03-12'],
  ),
  c(NATION_SWAP, 'Fifty-eight Ostrians went back across the front line on Tuesday.', [
    58,
    'release',
    KESTREL,
    '2024-03-12',
  ]),
]);

sweep('a count whose own verb keeps it held is held, and pupils reunited with their families are freed', [
  c(
    SCHOOL_LEDGER,
    'So far 64 have been released and 23 remain in the forest.',
    [64, 'cumulative', 'dunmore-pupils', '2024-03-14'],
    held(23),
  ),
  c(SCHOOL_LEDGER, 'Another nine pupils were reunited with their families on Tuesday.', [
    9,
    'release',
    'dunmore-pupils',
    '2024-03-12',
  ]),
]);

/** Two states that name each other's people; no alias says "side" or "authorities". */
const STATE_SWAP: Ledger[] = [
  {
    id: 'ostria-frees',
    title: 'Velian prisoners of war freed by Ostria',
    releaser: ['Ostria', 'Dorn'],
    released: ['Velian prisoners', 'Velian soldiers', 'Velians'],
    target: null,
  },
  {
    id: 'velia-frees',
    title: 'Ostrian prisoners of war freed by Velia',
    releaser: ['Velia', 'Kell'],
    released: ['Ostrian prisoners', 'Ostrian soldiers', 'Ostrians'],
    target: null,
  },
];

sweep(
  "a state's adjective before an organ of state names that state; a holder's 'by' past the next count is that count's",
  [
    c(
      STATE_SWAP,
      'The Ostrian side said it freed 95 prisoners; the Velian side said it freed 90.',
      [95, 'release', 'ostria-frees', null],
      [90, 'release', 'velia-frees', null],
    ),
    c(
      STATE_SWAP,
      'Kell released 90 prisoners on Tuesday in return for 95 of its own soldiers held by Dorn.',
      [90, 'release', 'velia-frees', '2024-03-12'],
      [95, 'release', 'ostria-frees', '2024-03-12'],
    ),
    c(
      STATE_SWAP,
      'Ostrian officials said 95 Velian soldiers had been handed over and that Ostria had received 90 of its own in return.',
      [95, 'release', 'ostria-frees', null],
      [90, 'release', 'velia-frees', null],
    ),
  ],
);

sweep("a breakdown set off by dashes or brackets is read past: the predicate after it is the whole count's", [
  c(
    SWAP_LEDGERS,
    'Eleven hostages — seven men and four women, all of them nurses — were driven out of the camp on Tuesday.',
    [11, 'release', FRONT, '2024-03-12'],
    [7, 'release', FRONT, '2024-03-12'],
    [4, 'release', FRONT, '2024-03-12'],
  ),
  c(
    SWAP_LEDGERS,
    'Eleven hostages (seven men and four women, all of them nurses) are still held in the forest.',
    held(11),
    held(7),
    held(4),
  ),
]);

sweep("one day's figure given by a source counts that day's batch", [
  c(
    SWAP_LEDGERS,
    "The Front freed eight hostages on Monday. A church statement put Monday's figure at nine hostages.",
    [8, 'release', FRONT, '2024-03-11'],
    [9, 'release', FRONT, '2024-03-11'],
  ),
  c(SWAP_LEDGERS, 'Varonian officials put the number of hostages released on Monday at nine.', [
    9,
    'release',
    FRONT,
    '2024-03-11',
  ]),
  c(
    SWAP_LEDGERS,
    'The correct figure for Monday is nine hostages, not eleven.',
    [9, 'release', FRONT, '2024-03-11'],
    [11, 'other', ANY, null],
  ),
]);

sweep(
  "someone's quoted words about something else, a sentencing and a taking from a place are not the count's release",
  [
    c(
      SCHOOL_LEDGER,
      '"We pray every night that they come home soon," said a father whose daughter is among the 40 girls the gunmen took.',
      held(40),
    ),
    c(SCHOOL_LEDGER, 'Gunmen took 40 girls from their dormitories on March 2, and freed nine on Tuesday.', held(40), [
      9,
      'release',
      'dunmore-pupils',
      '2024-03-12',
    ]),
    c(PARDON_LEDGER, 'Police rounded up 75 activists in 2019 and handed them sentences of up to 20 years.', held(75)),
  ],
);

sweep("a wire's dateline dates the filing: the lede's own day word, when there is one, dates the release", [
  c(SCHOOL_LEDGER, 'DUNMORE, Mar 14 — The abductors freed nine girls of the Girls School on Tuesday evening.', [
    9,
    'release',
    'dunmore-pupils',
    '2024-03-12',
  ]),
  c(SCHOOL_LEDGER, 'DUNMORE, March 14 — The abductors freed nine girls of the Girls School, police said.', [
    9,
    'release',
    'dunmore-pupils',
    '2024-03-14',
  ]),
  c(
    SWAP_LEDGERS,
    'KESSA, March 14 (Wire) - Nine hostages taken when their bus was hijacked in January 2024 were freed by the Front on Tuesday.',
    [9, 'release', FRONT, '2024-03-12'],
  ),
]);

sweep("a sum of batches is a running total; the size of a group in a side's hands is held", [
  c(
    SWAP_LEDGERS,
    'Add up the groups the Front has freed — 30 hostages on Monday and 12 on Tuesday — and you get 42 hostages freed.',
    [30, 'release', FRONT, '2024-03-11'],
    [12, 'release', FRONT, '2024-03-12'],
    // The sum stands as of the last day it adds.
    [42, 'cumulative', FRONT, '2024-03-12'],
  ),
  c(SWAP_LEDGERS, "The Front's releases this month add up to 42 hostages.", [42, 'cumulative', FRONT, '2024-03-14']),
  c(SWAP_LEDGERS, 'Add those up and the Front itself freed about 42 hostages.', [
    42,
    'cumulative',
    FRONT,
    '2024-03-14',
  ]),
  c(SWAP_LEDGERS, 'A diplomat said the true number of hostages in Front hands was probably closer to 300.', held(300)),
  c(SWAP_LEDGERS, 'Varonian television put the number of hostages released on Monday night at 30.', [
    30,
    'release',
    FRONT,
    '2024-03-11',
  ]),
]);

sweep("people said to be in a side's hands are held, whatever the sentence before them told", [
  c(
    POW_LEDGER,
    'Kestrel freed 40 prisoners of war on Monday. On the day the truce was signed, the minister said some 900 prisoners of war were in Kestrel hands.',
    [40, 'release', 'pow-returns', '2024-03-11'],
    held(900),
  ),
]);

sweep('a count whose own predicate is an execution, a sentence or a trial to face is no release after one', [
  c(
    PARDON_LEDGER,
    'President Ostrava pardoned 40 activists on Tuesday. At least 100 people still face capital charges, a rights group said.',
    [40, 'release', 'pardons', '2024-03-12'],
    held(100),
  ),
  c(
    PARDON_LEDGER,
    'President Ostrava pardoned 40 activists on Tuesday. A rights group said 12 protesters have been sentenced to death since January.',
    [40, 'release', 'pardons', '2024-03-12'],
    held(12),
  ),
]);

sweep(
  "the first to be freed 'since' an event is a superlative's scope, and a side's figure for that day is that day's batch",
  [
    c(SWAP_LEDGERS, 'The Front has handed back 12 hostages, the first to be freed in the 40 days since the ambush.', [
      12,
      'release',
      FRONT,
      '2024-03-14',
    ]),
    c(
      SWAP_LEDGERS,
      "The Front said it would free 30 more hostages next week. The Varonian army's figure for Tuesday was 14 hostages.",
      [30, 'announcement', FRONT, null],
      [14, 'release', FRONT, '2024-03-12'],
    ),
  ],
);

sweep('how many of the group a deal covers are free by now is a running total, in the lede too', [
  c(
    SWAP_LEDGERS,
    'Of the 600 hostages covered by the accord, 420 have been freed.',
    [600, 'pledge', FRONT, null],
    [420, 'cumulative', FRONT, '2024-03-14'],
  ),
]);

sweep('a list of batches each told only by its past day: every item counts people freed that day', [
  c(
    SWAP_LEDGERS,
    'Add up the groups as they were announced — 30 on the night of March 2, 25 in the early hours of March 7 and 12 yesterday — and you get 67 hostages freed.',
    [30, 'release', FRONT, '2024-03-02'],
    [25, 'release', FRONT, '2024-03-07'],
    [12, 'release', FRONT, '2024-03-13'],
    [67, 'cumulative', FRONT, '2024-03-13'],
  ),
  c(
    SWAP_LEDGERS,
    'The Front freed its hostages in three groups: 30 on 2 March, 25 on 7 March and the last 12 on 10 March.',
    [30, 'release', FRONT, '2024-03-02'],
    [25, 'release', FRONT, '2024-03-07'],
    [12, 'release', FRONT, '2024-03-10'],
  ),
]);

sweep('a question, a recruitment, a count held after a release and a taking with nowhere to go free no one', [
  c(PARDON_LEDGER, 'Q: Does that mean 4,000 prisoners walked out of jail on Tuesday?', held(4000)),
  c(SCHOOL_LEDGER, 'Armed groups recruited about 300 girls last year, and freed girls risk being taken again.', [
    300,
    'other',
    ANY,
    null,
  ]),
  c(
    POW_LEDGER,
    'The minister said 900 prisoners of war had been repatriated and 60 were being held.',
    [900, 'release', 'pow-returns', null],
    held(60),
  ),
  c(
    POW_LEDGER,
    'The minister said some 1,500 prisoners of war had been taken, and Kestrel said it would hold back the officers.',
    held(1500),
  ),
]);

sweep(
  "a rights group's name, a long held-number frame, a release that makes a total and an interview free no one else",
  [
    c(
      PARDON_LEDGER,
      'Amnesty International has put the number of activists jailed as members of banned groups and parties at close to 3,000.',
      held(3000),
    ),
    c(PARDON_LEDGER, "A lawyer said Petrov's release made 14 activists freed since January.", [
      14,
      'cumulative',
      'pardons',
      '2024-03-14',
    ]),
    c(PARDON_LEDGER, 'Its researchers interviewed 23 of the activists released this year.', [23, 'other', ANY, null]),
  ],
);

/** One institution's people: its name tells its incident from others the story recalls. */
const COLLEGE_LEDGER: Ledger[] = [
  {
    id: 'marlow-college',
    title: 'Students of Marlow College, Kessa, freed by their kidnappers (2024)',
    releaser: ['kidnappers', 'gunmen', 'bandits'],
    released: ['students', 'Marlow students', 'hostages'],
    target: null,
  },
];

sweep('a sentence about another school or college tells another incident, not this ledger', [
  c(
    COLLEGE_LEDGER,
    'In January gunmen seized pupils of the Saint Rita Academy at Dorn and freed 12 students a week later.',
    [12, 'release', null, null],
  ),
  c(
    COLLEGE_LEDGER,
    'Last year gunmen took 40 students from the College of Fisheries at Velo; ten students were freed in April.',
    held(40),
    [10, 'release', null, null],
  ),
  c(COLLEGE_LEDGER, 'Gunmen freed 12 Marlow College students on Tuesday.', [
    12,
    'release',
    'marlow-college',
    '2024-03-12',
  ]),
]);

sweep("a breakdown set off by commas before the count's own verb is read past", [
  c(
    SWAP_LEDGERS,
    'The Front freed 20 hostages on Monday. The other 15 hostages, 10 soldiers, four doctors and a nurse, are still missing and are believed to be held in the hills.',
    [20, 'release', FRONT, '2024-03-11'],
    held(15),
    held(10),
    held(4),
  ),
]);

sweep("the day of a count a total says it includes ('the 15 freed at Igoeti on Tuesday') is not the total's", [
  c(
    NATION_SWAP,
    'Together with the 15 freed at the Kell crossing on Tuesday, that makes 78 Kestrelis returned by Ostria this week.',
    [15, 'release', OSTRIA, '2024-03-12'],
    [78, 'cumulative', OSTRIA, '2024-03-14'],
  ),
]);

sweep("a period after the count, and no day in the sentence, gives a release no day: the story's day is not its", [
  c(
    SWAP_LEDGERS,
    'The Front freed 26 hostages on Wednesday. Two men, a doctor and his young driver, were freed in April 2023.',
    [26, 'release', FRONT, '2024-03-13'],
    [2, 'release', FRONT, null],
  ),
  c(
    SWAP_LEDGERS,
    'The Front freed 26 hostages on Wednesday. In early September, 18 engineers were seized on the coast road; 16 of them were freed at the end of that month.',
    [26, 'release', FRONT, '2024-03-13'],
    held(18),
    [16, 'release', FRONT, null],
  ),
]);

sweep("a count someone keeps, a perfect summed 'in all' and a total after today's group are running totals", [
  c(NATION_SWAP, "By Vale's count, 176 Ostrians came back across the line in August.", [
    176,
    'cumulative',
    KESTREL,
    '2024-03-14',
  ]),
  c(NATION_SWAP, "By the Red Cross's count, 29 Ostrians were let go at the Kell crossing on Tuesday.", [
    29,
    'release',
    KESTREL,
    '2024-03-12',
  ]),
  c(NATION_SWAP, 'Dunmore said 152 Kestrelis had been handed over to the Kestrel side in all.', [
    152,
    'cumulative',
    OSTRIA,
    '2024-03-14',
  ]),
  c(NATION_SWAP, "With today's group, 15 Kestreli prisoners are back home.", [15, 'cumulative', OSTRIA, '2024-03-14']),
]);

sweep('a release a condition waits for is a term, however far the count sits from "until"', [
  c(
    SWAP_LEDGERS,
    'The Front says no hostage will go home until all the Front prisoners held at Kessa, more than 700 of them, are released.',
    [700, 'pledge', STATE, null],
  ),
]);

sweep('sick and wounded prisoners crossing back through a line are freed; a toll "including children" stays a toll', [
  c(POW_LEDGER, 'One hundred sick and wounded Kestrel servicemen crossed back through the truce line on Tuesday.', [
    100,
    'release',
    'pow-returns',
    '2024-03-12',
  ]),
  c(
    POW_LEDGER,
    'Kestrel freed 40 prisoners of war on Tuesday. At least 12 people had been killed, including children.',
    [40, 'release', 'pow-returns', '2024-03-12'],
  ),
]);

sweep('reports denied as they are told, or called false later in the article, free no one', [
  c(SCHOOL_LEDGER, 'The police dismissed reports that about 50 girls had been freed on Tuesday.', held(50)),
  c(
    SCHOOL_LEDGER,
    'By one widely shared report, 90 girls had been released. By evening the governor said the reports were false and the girls were still held.',
    held(90),
  ),
  // A report nobody calls false stands.
  c(SCHOOL_LEDGER, 'By one widely shared report, 90 girls were released on Tuesday.', [
    90,
    'release',
    'dunmore-pupils',
    '2024-03-12',
  ]),
]);

sweep('the number of people still on board or inside is the size of the group held', [
  c(SWAP_LEDGERS, 'Officials put the number of hostages still on board at about 155.', held(155)),
]);

sweep('a release noun measured by a verb tells how many it freed, or will free', [
  c(SWAP_LEDGERS, "Tuesday's releases by the Front came to 40 hostages, the Red Cross said.", [
    40,
    'release',
    FRONT,
    '2024-03-12',
  ]),
  c(SWAP_LEDGERS, 'The handover of captives by the Front on Monday numbered 25.', [25, 'release', FRONT, '2024-03-11']),
  c(SWAP_LEDGERS, 'The release of Front prisoners by Varonia will come to 300, officials said.', [
    300,
    'pledge',
    STATE,
    null,
  ]),
  c(SWAP_LEDGERS, "Saturday's release of Front prisoners is expected to total 60, the ministry said on Thursday.", [
    60,
    'announcement',
    STATE,
    '2024-03-16',
  ]),
]);

sweep('letting people off a plane or giving them up frees them; "ex-" keeps the people noun', [
  c(SWAP_LEDGERS, 'The militants let 27 hostages off the bus at the checkpoint on Tuesday.', [
    27,
    'release',
    FRONT,
    '2024-03-12',
  ]),
  c(SWAP_LEDGERS, 'The Front gave up five captives to the Red Cross on Monday.', [5, 'release', FRONT, '2024-03-11']),
  c(SWAP_LEDGERS, 'The two ex-hostages were flown to the capital by the Front on Monday.', [
    2,
    'release',
    FRONT,
    '2024-03-11',
  ]),
]);

sweep('a group that "followed" the people just freed was freed too, and a bare count that did', [
  c(
    SCHOOL_LEDGER,
    'The gunmen freed twelve girls on Monday. Thirty pupils followed on Tuesday.',
    [12, 'release', 'dunmore-pupils', '2024-03-11'],
    [30, 'release', 'dunmore-pupils', '2024-03-12'],
  ),
  c(
    SCHOOL_LEDGER,
    'The gunmen freed five girls on Monday. Seven more followed an hour later.',
    [5, 'release', 'dunmore-pupils', '2024-03-11'],
    [7, 'release', 'dunmore-pupils', '2024-03-11'],
  ),
  // "followed" with an object is another verb.
  c(SCHOOL_LEDGER, 'The gunmen freed twelve girls on Monday. Thirty pupils followed the news on the radio.', [
    12,
    'release',
    'dunmore-pupils',
    '2024-03-11',
  ]),
]);

sweep('a custody participle before the verb describes the count; the passive after it is its predicate', [
  c(
    SWAP_LEDGERS,
    "Six Varonian soldiers held by the Front's northern units since May were flown to the capital on Wednesday.",
    [6, 'release', FRONT, '2024-03-13'],
  ),
  // With no release verb after it, the participle still tells people held.
  c(
    SWAP_LEDGERS,
    "Six Varonian soldiers held by the Front's northern units since May were moved to another camp.",
    held(6),
  ),
]);

sweep('a release asked for is a demand', [
  c(SWAP_LEDGERS, 'The Front asked for the release of 40 Front prisoners held by Varonia.', [
    40,
    'pledge',
    STATE,
    null,
  ]),
]);

const VELIA_FREES_OSTRIANS: Ledger[] = [
  {
    id: 'velia-frees-ostrians',
    title: 'Ostrian soldiers freed by Velia',
    releaser: ['Velia', 'Velian government'],
    released: ['Ostrian soldiers', 'Ostrians', 'prisoners of war'],
    target: null,
  },
];
const VELIA_PARDONS: Ledger[] = [
  {
    id: 'velia-pardons',
    title: 'Political prisoners pardoned by Velia',
    releaser: ['Velia', 'Velian government'],
    released: ['political prisoners', 'prisoners'],
    target: null,
  },
];

sweep('the numbers of named vessels, lists and events are no counts of people freed', [
  c(
    SWAP_LEDGERS,
    'Militants hold the trawler Sea Lion 12. On Friday the navy freed 20 hostages held on the Sea Lion 14; the Sea Lion 12 still holds 24 hostages.',
    [20, 'release', FRONT, '2024-03-08'],
    held(24),
  ),
  c(SWAP_LEDGERS, 'The list handed over by the Front contains 1,638 Varonian soldiers.', held(1638)),
  c(SWAP_LEDGERS, 'The two releases by the Front freed 30 hostages together.', [30, 'cumulative', FRONT, '2024-03-14']),
]);

sweep('a total by someone count closes its clause; several batches summed are a total', [
  c(SWAP_LEDGERS, 'By the Red Cross count, the Front sent home 1,636 hostages.', [
    1636,
    'cumulative',
    FRONT,
    '2024-03-14',
  ]),
  // A day of its own makes it one batch by that count.
  c(SWAP_LEDGERS, 'By the Red Cross count, the Front sent home 16 hostages on Monday.', [
    16,
    'release',
    FRONT,
    '2024-03-11',
  ]),
  c(SWAP_LEDGERS, 'The first two handovers, on 4 March and 11 March, returned 238 hostages in all.', [
    238,
    'cumulative',
    FRONT,
    '2024-03-11',
  ]),
]);

sweep(
  'held: people still on the ship, people who stayed aboard, a group a question asks about, a number put after a capture',
  [
    c(
      SWAP_LEDGERS,
      'The Front freed one hostage on Thursday, and the other 24 hostages were still on the ship.',
      [1, 'release', FRONT, '2024-03-14'],
      held(24),
    ),
    c(
      SWAP_LEDGERS,
      'It is still unclear whether all of the 14 Varonian sailors who remained aboard last spring are back with their families.',
      held(14),
    ),
    c(
      SWAP_LEDGERS,
      'The Front captured 23 Varonian soldiers in the raid, a commander said; the first official estimate had put it at 21.',
      held(23),
      held(21),
    ),
  ],
);

sweep('a part of the group free by now is a running total, unless it counts escapes', [
  c(
    SWAP_LEDGERS,
    'Five of the 30 hostages seized by the Front in January are now home, their families said.',
    [5, 'cumulative', FRONT, '2024-03-14'],
    held(30),
  ),
  known(
    'the whole told with an active relative clause ("the Front seized") reads as freed',
    c(
      SWAP_LEDGERS,
      'Five of the 30 hostages the Front seized in January are now home, their families said.',
      [5, 'cumulative', FRONT, '2024-03-14'],
      held(30),
    ),
  ),
  c(
    SWAP_LEDGERS,
    'Including the three who fled and the ones who escaped in February, 19 of the 40 hostages taken by the Front are now free.',
    held(3),
    [19, 'cumulative', null, '2024-03-14'],
    held(40),
  ),
]);

sweep("the releasing state's own nationals are not the people its ledger frees, unless it frees its own", [
  c(VELIA_FREES_OSTRIANS, 'In April Ostria freed 60 Velian soldiers.', [60, 'release', null, null]),
  c(VELIA_PARDONS, 'Velia freed 60 Velian prisoners on Monday, the justice ministry said.', [
    60,
    'release',
    'velia-pardons',
    '2024-03-11',
  ]),
]);

sweep(
  'a promise to let people go, and a verb coordinated under an infinitive, are still to come; captors are not freed',
  [
    c(SWAP_LEDGERS, 'The Front says it will let seven crew members of the hijacked Varonian tanker Sea Star go home.', [
      7,
      'announcement',
      FRONT,
      null,
    ]),
    c(
      SWAP_LEDGERS,
      'Varonia said it was in touch with the Front to secure the release of its soldiers and return 18 hostages home.',
      [18, 'pledge', FRONT, null],
    ),
    c(
      SWAP_LEDGERS,
      'The army freed 24 hostages from the boat on Monday, and took off 52 men in all: 28 are suspected gunmen.',
      [24, 'release', FRONT, '2024-03-11'],
      [52, 'release', FRONT, '2024-03-11'],
      held(28),
    ),
  ],
);

sweep('a verb with its particle governs the count after it; a total over both sides, or since an event, is dated now', [
  c(
    NATION_SWAP,
    "By the mediators' tally, Kestrel has sent back 1,210 Ostrians and got back 190 of its own soldiers.",
    [1210, 'cumulative', 'kestrel-frees-ostrians', '2024-03-14'],
    [190, 'cumulative', 'ostria-frees-kestrelis', '2024-03-14'],
  ),
  c(
    NATION_SWAP,
    'In all, 1,450 captives have been sent home in one direction or the other since the opening exchange on 4 March.',
    [1450, 'cumulative', null, '2024-03-14'],
  ),
  known(
    '"gone back across the front" is no release verb (only "back across" a named crossing or a front line)',
    c(
      NATION_SWAP,
      'In all, 1,450 captives have gone back across the front in one direction or the other since the opening exchange on 4 March.',
      [1450, 'cumulative', null, '2024-03-14'],
    ),
  ),
  c(NATION_SWAP, 'Altogether 900 Ostrians have been freed by Kestrel since the first handover on 4 March.', [
    900,
    'cumulative',
    'kestrel-frees-ostrians',
    '2024-03-14',
  ]),
]);

sweep('people who died in custody are not freed', [
  c(POW_LEDGER, 'A relative said on Sunday that one of the captives had died in a military clinic.'),
  known(
    'a roster named after the count reads it as a name put forward (pledge) before its own "had died"',
    c(
      POW_LEDGER,
      'A relative said on Sunday that one prisoner from the exchange roster had died in a military clinic.',
    ),
  ),
]);

sweep('a whole whose parts, a total and releases with their own days, fall on two ledgers is neither', [
  c(
    NATION_SWAP,
    'Twenty prisoners of war have been freed so far, seven Ostrians freed by Kestrel on Monday and 13 Kestrelis freed by Ostria on Tuesday.',
    [20, 'cumulative', null, '2024-03-14'],
    [7, 'release', 'kestrel-frees-ostrians', '2024-03-11'],
    [13, 'release', 'ostria-frees-kestrelis', '2024-03-12'],
  ),
]);

sweep('a release told with its own day after the count is one batch; a price with a future of its own stays to come', [
  c(
    NATION_SWAP,
    'The three Ostrian pilots released by Kestrel on Tuesday should land at home tonight, while five Kestreli sailors held by Ostria are due to be freed in exchange.',
    [3, 'release', 'kestrel-frees-ostrians', '2024-03-12'],
    [5, 'announcement', 'ostria-frees-kestrelis', null],
  ),
  known(
    '"are to be freed", a plan with no time word, reads as a pledge rather than an announcement',
    c(
      NATION_SWAP,
      'The three Ostrian pilots released by Kestrel on Tuesday should land at home tonight, while five Kestreli sailors held by Ostria are to be freed in exchange.',
      [3, 'release', 'kestrel-frees-ostrians', '2024-03-12'],
      [5, 'announcement', 'ostria-frees-kestrelis', null],
    ),
  ),
]);

sweep('with no word of freedom, a sentence of punishment or custody tells people held', [
  c(
    SWAP_LEDGERS,
    'The Front freed 12 hostages on Monday. Its founder was convicted last autumn alongside six of his aides.',
    [12, 'release', FRONT, '2024-03-11'],
    held(6),
  ),
]);

const AMNESTY_WITH_AMENDMENT: Ledger[] = [
  {
    id: 'ostria-amnesty',
    title: "Prisoners freed under Ostria's Clemency Order No. 1 of 2024 and its 30 April 2024 amendment",
    releaser: ['Ostria', 'prison service'],
    released: ['prisoners', 'inmates'],
    target: null,
  },
];
const DIALOGUE_ORDER: Ledger[] = [
  {
    id: 'ostria-dialogue-releases',
    title: "Detainees freed after President Ostrava's order of 3 March 2024",
    releaser: ['Ostrava', 'the court', 'military court'],
    released: ['detainees', 'prisoners'],
    target: null,
  },
];

sweep("a ledger's start is not an amendment's day; a release a 'when' clause puts in an earlier month is before it", [
  c(
    AMNESTY_WITH_AMENDMENT,
    'About 940 inmates walked out of Ostrian jails on March 1 under the order, officials said.',
    [940, 'release', 'ostria-amnesty', '2024-03-01'],
  ),
  c(
    DIALOGUE_ORDER,
    'It was much like last December, when 45 detainees were let go by the same judges under a previous decree.',
    [45, 'release', null, null],
  ),
]);

sweep('people a custody verb governs, and the level a population fell from, are not freed', [
  c(
    AMNESTY_WITH_AMENDMENT,
    'The jails held some 31,000 inmates before the decree; with the releases their population stands at roughly 26,000, down from around 31,000.',
    held(31000),
    held(26000),
    held(31000),
  ),
]);

sweep('the number of people taken is the group held; people brought back before a court stay in custody', [
  c(SWAP_LEDGERS, 'Varonia has put the number of hostages taken by the Front at 125.', held(125)),
  c(SWAP_LEDGERS, 'Sixteen Front prisoners were sent back to jail on Thursday after the hearing.', held(16)),
  // Brought back somewhere else, they are home.
  c(SWAP_LEDGERS, 'The Front brought 31 hostages back to the capital on Monday.', [31, 'release', FRONT, '2024-03-11']),
]);
