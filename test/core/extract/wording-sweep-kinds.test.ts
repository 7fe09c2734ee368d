import type { Ledger } from '../../../src/core/types.js';
import { c, held, sweep as runSweep, type SweepCase } from './sweep-harness.js';

/**
 * A sweep aimed at the KIND of each mention (release / announcement / cumulative / pledge / other) and at
 * rejecting distractor numbers, over three new invented stories, labelled under corpus FORMAT.md. Every article
 * is published Thursday 2024-03-14, 12:00 UTC: "on Tuesday" told as done is 2024-03-12, "on Monday" still to
 * come is 2024-03-18, "yesterday" is 2024-03-13, "tomorrow" is 2024-03-15, "later today" is 2024-03-14.
 * A headline in the present tense is the news of the day it is published. Pledges have no date. A running total
 * with no day of its own is dated the day of publication. A count of people held or not freed (`other`) is
 * scored without its ledger, so its ledger is not asserted.
 *
 * Left out on purpose: "discharged" (FORMAT.md does not say whether it means freed), "at the weekend" (no single
 * day), vague quantities ("dozens", "hundreds") and counts of relatives, which FORMAT.md does not settle.
 */

const VARDONIA_FREES = 'vardonia-frees-keshites';
const KESH_FREES = 'kesh-frees-vardonians';
const BRIGADE_FREES = 'khadra-brigade-frees-pupils';
const JUNTA_FREES = 'ravelle-junta-frees-detainees';

/** A two-ledger detainee exchange between the neighbouring states of Vardonia and Kesh. */
const SWAP: Ledger[] = [
  {
    id: VARDONIA_FREES,
    title: 'Keshite detainees freed by Vardonia',
    releaser: [
      'Vardonia',
      'Vardonian government',
      'Vardonian authorities',
      'Vardonian interior ministry',
      'Vardonian police',
    ],
    released: ['Keshite detainees', 'Keshite nationals', 'Keshite prisoners', 'Keshites', 'Keshite fishermen'],
    target: 450,
  },
  {
    id: KESH_FREES,
    title: 'Vardonian detainees freed by Kesh',
    releaser: ['Kesh', 'Keshite government', 'Keshite authorities', 'Keshite interior ministry', 'Keshite police'],
    released: [
      'Vardonian detainees',
      'Vardonian nationals',
      'Vardonian prisoners',
      'Vardonians',
      'Vardonian fishermen',
    ],
    target: 380,
  },
];

/** A single-ledger hostage tracker with a target: the 137 pupils seized from Tellum secondary school. */
const SCHOOL: Ledger[] = [
  {
    id: BRIGADE_FREES,
    title: 'Tellum schoolchildren freed by the Khadra Brigade',
    releaser: [
      'Khadra Brigade',
      'the Brigade',
      'jihadists',
      'militants',
      'gunmen',
      'abductors',
      'kidnappers',
      'captors',
    ],
    released: ['schoolchildren', 'pupils', 'students', 'schoolgirls', 'schoolboys', 'children', 'hostages', 'captives'],
    target: 137,
  },
];

/** A single-ledger tracker with no target: political detainees freed by the junta of Ravelle. */
const JUNTA: Ledger[] = [
  {
    id: JUNTA_FREES,
    title: 'Political detainees freed by the Ravellian junta',
    releaser: [
      'junta',
      'National Salvation Council',
      'Ravellian authorities',
      'military authorities',
      'Colonel Tannet',
      'Tannet',
    ],
    released: [
      'political detainees',
      'detainees',
      'political prisoners',
      'prisoners',
      'activists',
      'protesters',
      'journalists',
    ],
    target: null,
  },
];

const sweep = (phenomenon: string, cases: SweepCase[]): void => runSweep(`kinds wording sweep: ${phenomenon}`, cases);

sweep('release in many grammatical forms', [
  c(SWAP, 'Thirty-one Keshite fishermen were released by Vardonia on Tuesday, the Vardonian interior ministry said.', [
    31,
    'release',
    VARDONIA_FREES,
    '2024-03-12',
  ]),
  c(
    SWAP,
    'Kesh released 27 Vardonian nationals on Sunday as part of the exchange, officials in both capitals confirmed.',
    [27, 'release', KESH_FREES, '2024-03-10'],
  ),
  c(SCHOOL, 'Eleven pupils abducted from Tellum secondary school have been freed today, the state governor said.', [
    11,
    'release',
    BRIGADE_FREES,
    '2024-03-14',
  ]),
  c(JUNTA, 'LIVE: 58 political detainees are being released from Fort Ambre right now, our correspondent reports.', [
    58,
    'release',
    JUNTA_FREES,
    '2024-03-14',
  ]),
  c(JUNTA, 'Ravelle junta frees 40 detainees ahead of national dialogue', [40, 'release', JUNTA_FREES, '2024-03-14']),
  c(
    SCHOOL,
    'Nine schoolgirls held by the Khadra Brigade regained their freedom on Monday, the education ministry said.',
    [9, 'release', BRIGADE_FREES, '2024-03-11'],
  ),
  c(SCHOOL, 'Fourteen Tellum pupils were reunited with their families yesterday after their release by the gunmen.', [
    14,
    'release',
    BRIGADE_FREES,
    '2024-03-13',
  ]),
  c(JUNTA, 'Some 50 opposition activists walked out of Fort Ambre prison on Wednesday afternoon.', [
    50,
    'release',
    JUNTA_FREES,
    '2024-03-13',
  ]),
  c(
    SWAP,
    'On Saturday, 46 Keshite detainees were bused to the border and handed over to Keshite officials by Vardonia.',
    [46, 'release', VARDONIA_FREES, '2024-03-09'],
  ),
  c(JUNTA, 'Seventy-three political prisoners were pardoned and released on Tuesday, state television announced.', [
    73,
    'release',
    JUNTA_FREES,
    '2024-03-12',
  ]),
  c(JUNTA, 'Twenty-two journalists left prison yesterday under the junta’s clemency order, the press union said.', [
    22,
    'release',
    JUNTA_FREES,
    '2024-03-13',
  ]),
  c(
    SWAP,
    'Nineteen Vardonian fishermen returned home on Sunday after being released by Kesh, to a hero’s welcome in Dalmo.',
    [19, 'release', KESH_FREES, '2024-03-10'],
  ),
  c(SCHOOL, 'Khadra Brigade releases 12 schoolboys, video shows', [12, 'release', BRIGADE_FREES, '2024-03-14']),
  c(SWAP, 'BREAKING: Vardonia hands 35 Keshite prisoners back to Kesh at Orlen checkpoint', [
    35,
    'release',
    VARDONIA_FREES,
    '2024-03-14',
  ]),
  c(
    JUNTA,
    'By decision of the National Salvation Council, 118 detainees were restored to liberty on the 9th of March, informs the agency.',
    [118, 'release', JUNTA_FREES, '2024-03-09'],
  ),
  c(SCHOOL, 'The abductors set free six students late on Tuesday, a community leader told reporters.', [
    6,
    'release',
    BRIGADE_FREES,
    '2024-03-12',
  ]),
]);

sweep('announcements with a day', [
  c(SWAP, 'Sixty Keshite detainees will be released on Saturday, the Vardonian government said.', [
    60,
    'announcement',
    VARDONIA_FREES,
    '2024-03-16',
  ]),
  c(JUNTA, 'Eighty political prisoners are set to walk free tomorrow under the junta’s amnesty, a spokesman said.', [
    80,
    'announcement',
    JUNTA_FREES,
    '2024-03-15',
  ]),
  c(JUNTA, 'The junta is expected to free 30 detainees later today, according to lawyers for the group.', [
    30,
    'announcement',
    JUNTA_FREES,
    '2024-03-14',
  ]),
  c(
    SWAP,
    'Kesh will hand over 25 Vardonian nationals at the Orlen crossing on Monday, its interior ministry announced.',
    [25, 'announcement', KESH_FREES, '2024-03-18'],
  ),
  c(SCHOOL, 'Negotiators said the Brigade is due to release ten more pupils tomorrow morning.', [
    10,
    'announcement',
    BRIGADE_FREES,
    '2024-03-15',
  ]),
  c(JUNTA, 'Colonel Tannet is to free 120 protesters on Friday to mark Independence Day, his office said.', [
    120,
    'announcement',
    JUNTA_FREES,
    '2024-03-15',
  ]),
  c(SWAP, 'A second group of 40 Keshite nationals is scheduled to be handed over by Vardonia on March 21.', [
    40,
    'announcement',
    VARDONIA_FREES,
    '2024-03-21',
  ]),
]);

sweep('pledges, demands and terms', [
  c(JUNTA, 'The junta has promised to free 500 political detainees before the end of the transition.', [
    500,
    'pledge',
    JUNTA_FREES,
    null,
  ]),
  c(
    SWAP,
    'Vardonia agreed to release 450 Keshite detainees in exchange for 380 Vardonians held in Kesh.',
    [450, 'pledge', VARDONIA_FREES, null],
    [380, 'pledge', KESH_FREES, null],
  ),
  c(SWAP, 'The deal provides for the release of 200 Vardonian prisoners by Kesh in the first phase.', [
    200,
    'pledge',
    KESH_FREES,
    null,
  ]),
  c(
    SCHOOL,
    'The Khadra Brigade demanded the release of 30 of its fighters held in state prisons in return for the pupils.',
    [30, 'pledge', null, null],
  ),
  c(SWAP, 'Kesh offered to swap 75 Vardonian detainees for the Keshite fishermen seized last month.', [
    75,
    'pledge',
    KESH_FREES,
    null,
  ]),
  c(JUNTA, 'The junta is under pressure from regional leaders to free 260 jailed protesters.', [
    260,
    'pledge',
    JUNTA_FREES,
    null,
  ]),
  c(JUNTA, 'Diplomats say Colonel Tannet could free as many as 1,000 prisoners under a planned amnesty.', [
    1000,
    'pledge',
    JUNTA_FREES,
    null,
  ]),
  c(SCHOOL, 'The government hopes to secure the release of all 137 schoolchildren before the rainy season.', [
    137,
    'pledge',
    BRIGADE_FREES,
    null,
  ]),
  c(
    JUNTA,
    'The National Salvation Council plans to release 300 detainees as a goodwill gesture, a junta source said.',
    [300, 'pledge', JUNTA_FREES, null],
  ),
  c(SCHOOL, 'Parents’ groups called on the kidnappers to let the remaining 40 pupils go.', [
    40,
    'pledge',
    BRIGADE_FREES,
    null,
  ]),
  c(SWAP, 'Under the memorandum, Vardonia undertakes to release up to 150 Keshite nationals.', [
    150,
    'pledge',
    VARDONIA_FREES,
    null,
  ]),
]);

sweep('running totals', [
  c(JUNTA, 'The junta has now freed a total of 310 political detainees, the rights league said.', [
    310,
    'cumulative',
    JUNTA_FREES,
    '2024-03-14',
  ]),
  c(SWAP, 'More than 400 Keshite detainees have been released by Vardonia since the exchanges began in January.', [
    400,
    'cumulative',
    VARDONIA_FREES,
    '2024-03-14',
  ]),
  c(SCHOOL, 'The number of Tellum pupils freed by the Brigade has risen to 85, the governor said.', [
    85,
    'cumulative',
    BRIGADE_FREES,
    '2024-03-14',
  ]),
  c(SWAP, 'The total of Vardonian nationals returned by Kesh now stands at 212, according to the foreign ministry.', [
    212,
    'cumulative',
    KESH_FREES,
    '2024-03-14',
  ]),
  c(SCHOOL, 'All told, 85 schoolchildren have gone free since the abduction in November.', [
    85,
    'cumulative',
    BRIGADE_FREES,
    '2024-03-14',
  ]),
  c(
    JUNTA,
    'The junta released 45 detainees on Tuesday, bringing the total freed since the coup to 640.',
    [45, 'release', JUNTA_FREES, '2024-03-12'],
    [640, 'cumulative', JUNTA_FREES, '2024-03-12'],
  ),
  c(
    SCHOOL,
    'Seven more pupils were freed yesterday, taking to 92 the number released by the gunmen.',
    [7, 'release', BRIGADE_FREES, '2024-03-13'],
    [92, 'cumulative', BRIGADE_FREES, '2024-03-13'],
  ),
  c(SWAP, 'So far Kesh has handed back 240 Vardonian detainees, the ombudsman said in a statement.', [
    240,
    'cumulative',
    KESH_FREES,
    '2024-03-14',
  ]),
]);

sweep('not releases', [
  c(
    SCHOOL,
    'Fifty-two pupils are still being held by the Khadra Brigade in the Barun forest, the army said.',
    held(52),
  ),
  c(
    JUNTA,
    'At least 200 political detainees remain in custody at Fort Ambre, according to the rights league.',
    held(200),
  ),
  c(JUNTA, 'Thirty detainees were moved to another prison in the north on Wednesday, their lawyers said.', held(30)),
  c(JUNTA, 'A military court sentenced 18 opposition activists to ten years in prison on Tuesday.', held(18)),
  c(JUNTA, 'Fifteen political prisoners were denied release despite being on the amnesty list.', held(15)),
  c(SWAP, 'Twelve Keshite detainees refused to leave Vardonia, saying they feared persecution at home.', held(12)),
  c(SCHOOL, 'Four schoolboys fled their abductors on Saturday and were found by villagers.', held(4)),
  c(JUNTA, 'Nine of the pardoned protesters were recaptured by police within days.', held(9)),
  c(JUNTA, 'Six political detainees died in detention last year, the rights league said.', held(6)),
  c(SWAP, 'Kesh says about 170 of its nationals are still held in Vardonian jails.', held(170)),
  c(SCHOOL, 'The Khadra Brigade still holds forty-five children, among them eight girls.', held(45), held(8)),
]);

sweep('distractor numbers (no mention at all)', [
  c(SCHOOL, 'The 17-year-old son of the school’s principal was among the gunmen, police said.'),
  c(JUNTA, 'The junta has ruled Ravelle since 2019, when it seized power in a coup.'),
  c(SCHOOL, 'The kidnappers are demanding a $2 million ransom, according to a local official.'),
  c(JUNTA, 'Turnout in the referendum was just 40 percent, the electoral commission said.'),
  c(SCHOOL, 'Khadra Brigade militants killed 12 soldiers in an ambush near Tellum on Tuesday.'),
  c(SWAP, 'Vardonia has deployed 3,000 troops along the border with Kesh since the crisis began.'),
  c(JUNTA, 'The regional bloc unveiled a 10-point plan for a return to civilian rule.'),
  c(SWAP, 'The ceremony at the Orlen crossing on Route 9 began at 10:30 local time.'),
  c(JUNTA, 'Colonel Tannet, who has led the country for two decades, received a five-member delegation on Monday.'),
]);

sweep('distractor numbers beside a real mention', [
  c(SCHOOL, 'A 17-year-old girl was among eight pupils freed on Tuesday after 14 months in captivity.', [
    8,
    'release',
    BRIGADE_FREES,
    '2024-03-12',
  ]),
  c(SCHOOL, 'The Brigade released five schoolchildren on Sunday after a $2 million ransom was paid, sources said.', [
    5,
    'release',
    BRIGADE_FREES,
    '2024-03-10',
  ]),
  c(JUNTA, 'About 40 percent of the 250 detainees freed on Monday had been held without charge, the league said.', [
    250,
    'release',
    JUNTA_FREES,
    '2024-03-11',
  ]),
  c(SWAP, 'The 28 Keshite fishermen released by Vardonia at 10:30 on Saturday crossed the border on Route 9.', [
    28,
    'release',
    VARDONIA_FREES,
    '2024-03-09',
  ]),
  c(JUNTA, 'The junta, which seized power in 2019, freed 64 protesters on Wednesday in line with a 10-point plan.', [
    64,
    'release',
    JUNTA_FREES,
    '2024-03-13',
  ]),
  c(
    SWAP,
    'Kesh released 33 Vardonian nationals yesterday, two decades after the first exchange between the neighbours.',
    [33, 'release', KESH_FREES, '2024-03-13'],
  ),
  c(SWAP, 'Vardonia, which has 3,000 troops on the frontier, freed 21 Keshite detainees on Tuesday.', [
    21,
    'release',
    VARDONIA_FREES,
    '2024-03-12',
  ]),
  c(JUNTA, 'A five-member delegation watched as 17 journalists walked free from Fort Ambre yesterday.', [
    17,
    'release',
    JUNTA_FREES,
    '2024-03-13',
  ]),
]);

sweep('number words and hedges', [
  c(SWAP, 'Forty-two Vardonian detainees were handed over by Kesh on Wednesday, the ministry said.', [
    42,
    'release',
    KESH_FREES,
    '2024-03-13',
  ]),
  c(SCHOOL, 'A dozen schoolgirls were freed by the Brigade on Saturday, the education ministry confirmed.', [
    12,
    'release',
    BRIGADE_FREES,
    '2024-03-09',
  ]),
  c(JUNTA, 'Two hundred political detainees were released by the junta on Monday, state radio said.', [
    200,
    'release',
    JUNTA_FREES,
    '2024-03-11',
  ]),
  c(JUNTA, 'Nearly 300 prisoners were freed yesterday under the junta’s clemency order.', [
    300,
    'release',
    JUNTA_FREES,
    '2024-03-13',
  ]),
  c(SWAP, 'Some 50 Keshite nationals were released by Vardonia on Sunday, a Keshite official said.', [
    50,
    'release',
    VARDONIA_FREES,
    '2024-03-10',
  ]),
  c(SCHOOL, 'Up to 20 pupils will be released tomorrow, the governor’s office said.', [
    20,
    'announcement',
    BRIGADE_FREES,
    '2024-03-15',
  ]),
  c(JUNTA, 'At least sixty-five activists were set free on Tuesday, their families said.', [
    65,
    'release',
    JUNTA_FREES,
    '2024-03-12',
  ]),
  c(SWAP, 'Between 20 and 25 Vardonian fishermen were released by Kesh on Saturday.', [
    25,
    'release',
    KESH_FREES,
    '2024-03-09',
  ]),
  {
    ...c(
      SCHOOL,
      'Three hundred and twelve pupils attended Tellum school when the gunmen struck; 137 were taken.',
      held(137),
    ),
    fails:
      'a bare "were taken" names an abduction only from the attack told before it; read alone it is as often "taken to hospital", so the count is not read at all',
  },
]);

sweep('mixed kinds in two sentences', [
  c(
    SWAP,
    'Vardonia freed 38 Keshite detainees on Tuesday. Another 40 will be released on Monday, officials said.',
    [38, 'release', VARDONIA_FREES, '2024-03-12'],
    [40, 'announcement', VARDONIA_FREES, '2024-03-18'],
  ),
  c(
    SCHOOL,
    'The gunmen freed 15 pupils yesterday but still hold 37 others, the governor said.',
    [15, 'release', BRIGADE_FREES, '2024-03-13'],
    held(37),
  ),
  c(
    JUNTA,
    'The junta freed 90 detainees on Sunday. It has promised to release another 400 by June.',
    [90, 'release', JUNTA_FREES, '2024-03-10'],
    [400, 'pledge', JUNTA_FREES, null],
  ),
  c(
    SWAP,
    'Kesh released 20 Vardonian nationals yesterday, taking its total to 232. Vardonia is expected to free 25 Keshites tomorrow.',
    [20, 'release', KESH_FREES, '2024-03-13'],
    [232, 'cumulative', KESH_FREES, '2024-03-13'],
    [25, 'announcement', VARDONIA_FREES, '2024-03-15'],
  ),
  c(
    JUNTA,
    'Of the 120 detainees held at Fort Ambre, 95 were released on Wednesday and 25 remain in custody.',
    held(120),
    [95, 'release', JUNTA_FREES, '2024-03-13'],
    held(25),
  ),
  c(
    SCHOOL,
    'NGO statement: We welcome the release of 10 children on Tuesday and note that 42 are still held by the Khadra Brigade.',
    [10, 'release', BRIGADE_FREES, '2024-03-12'],
    held(42),
  ),
]);
