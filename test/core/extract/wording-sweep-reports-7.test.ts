import type { Ledger } from '../../../src/core/types.js';
import { c, held, known, sweep as runSweep, type SweepCase } from './sweep-harness.js';

/**
 * A seventh sweep over multi-sentence mini-reports: four invented stories, twelve reports each, written in varied outlet
 * styles (wire copy, live blog, translated official statement, human-interest piece, tabloid, NGO report, explainer,
 * correction notice, Q&A, headline plus standfirst, radio transcript, press conference, social post quoted in an
 * article). It was written without reading the extractor's code, its rules or the other sweeps' cases, and labelled
 * with every mention a careful annotator would list under corpus FORMAT.md, in order of appearance.
 *
 * Dating: every article is published Thursday 2024-03-14, 12:00 UTC. "On Tuesday" told as done is 2024-03-12,
 * "yesterday"/"on Wednesday" is 2024-03-13, "on Monday" still to come is 2024-03-18, "today"/"this morning" is
 * 2024-03-14, "on Sunday" told as done is 2024-03-10. A release whose sentence gives no day is null unless it directly
 * continues a dated release in the same report. A running total is dated by its own day word, else by the day of its
 * statement, else by the publication day. Pledges are undated; announcements take the day of the coming release (null
 * if none); a count of people held or not freed is `held(n)`; a count covering both sides of a swap has no ledger.
 *
 * First run, before any change: 5 of 48 cases passed. Each failing case was then checked against FORMAT.md for a
 * labelling mistake of ours; none was found at first, and the 43 cases that still failed were kept as known gaps.
 * Later the ratio and bodies labels below were brought in line with the corpus and FORMAT (see those items).
 *
 * Arguable labelling decisions:
 * - A figure a correction notice takes back ("An earlier version of this story said 12 hostages were released") was
 *   first labelled as stated; relabelled as `other` (held(n)), since a retracted release is no one freed and must
 *   never reach a tally (blind set 8 labels it so).
 * - Ratios ("three for each living hostage", "THREE for every hostage") were first left unlisted as terms of exchange;
 *   relabelled after the first run as pledges, as the development corpus labels "30 prisoners for every civilian
 *   hostage".
 * - Hostages who died in captivity ("the deaths of six in captivity", "coming home in coffins") are people of the
 *   ledger's group who were not freed, so `held` (other), like escapes and rearrests. Bodies handed back ("the bodies of
 *   two others", "returns two bodies") were first labelled `held(2)` too; relabelled after the first run as not
 *   listed, since FORMAT leaves casualties out and the extractor and sweep 8 already read remains that way.
 * - Escapes are `held` (other) as FORMAT lists them; but "59 of the 91 people taken ... who are now home", which mixes
 *   the freed and the escaped, is read as a running total of the gang's ledger, dated the publication day.
 * - "Thirty-one (31) students and two (2) teachers" is one mention each: the digits in brackets restate the words.
 * - "60 prisoners of war of the Dalmoran side were transferred to the Dalmoran side" is a release (sent home in a swap),
 *   not a custody transfer.
 * - Eligibility and decree coverage ("a second decree covering up to 500 more prisoners", "expected to extend to up to
 *   2,500 persons", "2,500 could eventually qualify", "fewer than 50 ... fit the criteria") are targets, so pledges;
 *   so is the list of 300 names the armed group submitted for release (a demand). A tabloid's "ANOTHER 500 are on
 *   the way" is told as a coming release, so an announcement with no day.
 * - An extension still being sought ("hopes to add two days, during which eight more hostages would be freed in
 *   exchange for 24 prisoners") and "talks on a further exchange of four hostages for 12 prisoners" are conditional
 *   terms, so pledges; "mediators hope eight to 10 girls will be freed by Saturday" and "possibly 15 children could be
 *   released this afternoon" are concrete coming releases, so announcements (dated Saturday 2024-03-16 and today).
 * - "Will be freed by the end of the week" has no day, so the announcement is null; "will be freed by Saturday" names
 *   a day, so it is dated Saturday.
 * - "The release brings to 53 the number ... freed so far", in the sentence after Tuesday's release, is a running total
 *   dated Tuesday (as sweep 6 dates "brings to 13" after a release on Wednesday); "46 hostages home, 138 prisoners
 *   released" in a post made late on Wednesday is dated Wednesday, the day of its statement.
 * - A tabloid's "our brave boys" and "our heroes" are read as the tabloid's own nationals (Marevians freed by
 *   Dalmora), since the same sentence places them in Dalmoran camps.
 * - Counts of people seized ("the 91 people taken", "87 pupils and four teachers were taken", "702 names on 1 March")
 *   are counts of people held, like sweep 6's "the 25 seafarers it seized".
 * - "Has promised to 'consider' the cases of 35 jailed journalists" is no commitment to free them: `held(35)`.
 * - Political prisoners freed "on completing their sentences" are released but not under the amnesty: a running total
 *   with no ledger.
 * - A correction's retracted figure is labelled as stated on the day it was given for ("said 12 hostages were released
 *   on Monday" is a release of 12 on Monday; "not 36 as we reported" is a release of 36 on Monday). "Our report on
 *   Tuesday said ... had pardoned 1,402" is a running total dated Tuesday, the day of its statement.
 * - A headline's release with no day is null even when the standfirst dates the same release; a headline's running
 *   total with no day ("Amnesty tally passes 1,200") takes the publication day.
 * - "Days before 33 classmates and teachers were released" sits in a sentence dated Sunday, but Sunday is the escape's
 *   day, not the release's: null. "20 girls were freed earlier in March" is null (no day).
 * - "The bodies of two others", "two of the hostages ... coming home in coffins" are `held(2)`; "two of the 13 hostages
 *   released on Sunday" (a girl and her grandmother) is a dated release of two, as parts are labelled like wholes.
 * - Delegates ("14 people in all"), protesters, parents waiting outside, lawmakers' votes, victims and interviews are
 *   not counts of people in the story's custody, so not listed.
 */

const BACKLOG =
  'a case from a fresh sweep written by someone who had not read the rules, not yet read right: kept as the backlog for issue 3';

const MAREVIA_FREES = 'marevia-frees-dalmoran-captives';
const DALMORA_FREES = 'dalmora-frees-marevian-captives';
const KASO_FREES = 'kaso-ridge-gang-frees-lumbe-pupils';
const FOUNDERS_AMNESTY = 'sorvenia-founders-day-amnesty';
const FRONT_FREES = 'ashen-front-frees-hostages';
const KORVATH_FREES = 'korvath-frees-front-prisoners';

/** A staged exchange of prisoners of war and civilians between Marevia and Dalmora, brokered by Quellin. */
const EXCHANGE: Ledger[] = [
  {
    id: MAREVIA_FREES,
    title: 'Dalmoran prisoners of war and civilians freed by Marevia',
    releaser: ['Marevia', 'Marevian government', 'Marevian authorities', 'Marevian side', 'Velsk'],
    released: [
      'Dalmoran prisoners of war',
      'Dalmoran POWs',
      'Dalmoran soldiers',
      'Dalmoran civilians',
      'Dalmoran detainees',
      'Dalmorans',
      'prisoners of war of the Dalmoran side',
    ],
    target: 400,
  },
  {
    id: DALMORA_FREES,
    title: 'Marevian prisoners of war and civilians freed by Dalmora',
    releaser: ['Dalmora', 'Dalmoran government', 'Dalmoran authorities', 'Dalmoran side', 'Tarnholm'],
    released: [
      'Marevian prisoners of war',
      'Marevian POWs',
      'Marevian soldiers',
      'Marevian servicemen',
      'Marevian civilians',
      'Marevian nationals',
      'Marevians',
      'servicemen of the Armed Forces of Marevia',
    ],
    target: 350,
  },
];

/** Pupils and teachers of Lumbe Valley Secondary School in Ombesa, kidnapped by the Kaso Ridge gang, freed in batches. */
const SCHOOL: Ledger[] = [
  {
    id: KASO_FREES,
    title: 'Lumbe Valley pupils and teachers freed by the Kaso Ridge gang',
    releaser: ['Kaso Ridge gang', 'Kaso Ridge', 'the gang', 'gunmen', 'bandits', 'kidnappers', 'abductors'],
    released: [
      'pupils',
      'Lumbe Valley pupils',
      'schoolchildren',
      'students',
      'girls',
      'boys',
      'children',
      'kids',
      'teachers',
      'captives',
      'hostages',
    ],
    target: 91,
  },
];

/** President Teodor Brannick's Founders' Day amnesty in Sorvenia, with ministry totals and NGO counts that disagree. */
const AMNESTY: Ledger[] = [
  {
    id: FOUNDERS_AMNESTY,
    title: "Prisoners freed under President Brannick's Founders' Day amnesty",
    releaser: [
      'President Brannick',
      'Brannick',
      'Sorvenia',
      'Sorvenian government',
      'justice ministry',
      'Ministry of Justice',
      'prison service',
    ],
    released: [
      'prisoners',
      'political prisoners',
      'inmates',
      'convicts',
      'convicted persons',
      'detainees',
      'women',
      'journalists',
      'activists',
    ],
    target: null,
  },
];

/** Hostages held by the Ashen Crescent Front, freed over an Isenmark-brokered truce for Front prisoners held by Korvath. */
const TRUCE: Ledger[] = [
  {
    id: FRONT_FREES,
    title: 'Hostages freed by the Ashen Crescent Front',
    releaser: ['Ashen Crescent Front', 'Ashen Crescent', 'the Front', 'armed group', 'captors'],
    released: [
      'hostages',
      'captives',
      'Korvathi hostages',
      'women',
      'children',
      'teenagers',
      'innocent people',
      'abductees',
    ],
    target: 50,
  },
  {
    id: KORVATH_FREES,
    title: 'Front prisoners freed by Korvath',
    releaser: ['Korvath', 'Korvathi government', 'Korvathi authorities', 'prisons authority', 'Korvathi regime'],
    released: ['prisoners', 'Front prisoners', 'Front members', 'detainees', 'security prisoners', 'terrorists'],
    target: 150,
  },
];

const sweep = (phenomenon: string, cases: SweepCase[]): void =>
  runSweep(`report wording sweep 7: ${phenomenon}`, cases);

sweep('a staged exchange of POWs and civilians brokered by a third state', [
  known(
    BACKLOG,
    c(
      EXCHANGE,
      "TARNHOLM, March 14 (Wire) - Dalmora and Marevia swapped 100 prisoners of war on Wednesday in the third stage of an exchange brokered by Quellin, the two governments said. Quellinese mediators supervised the handover of 50 Dalmoran soldiers by Marevia at the Ossel bridge crossing, while Dalmora freed the same number of Marevian servicemen. Quellin's foreign ministry said 272 people had now been exchanged since Sunday, with a fourth stage due on Monday.",
      [100, 'release', null, '2024-03-13'],
      [50, 'release', MAREVIA_FREES, '2024-03-13'],
      [272, 'cumulative', null, '2024-03-14'],
    ),
  ),
  known(
    BACKLOG,
    c(
      EXCHANGE,
      "09:05 — Buses carrying 38 Marevian civilians have crossed into Quellin, the Dalmoran interior ministry says; they were released from detention centres near Karsk this morning. 09:40 — The Marevian side is expected to free 42 Dalmoran civilians before nightfall, a Quellinese mediator tells reporters. 10:10 — Families at the Ossel crossing say at least 300 Marevians remain in Dalmoran custody, though Tarnholm puts the figure at 'under 200'.",
      [38, 'release', DALMORA_FREES, '2024-03-14'],
      [42, 'announcement', MAREVIA_FREES, '2024-03-14'],
      held(300),
      held(200),
    ),
  ),
  c(
    EXCHANGE,
    'The Ministry of Defence of the Republic of Marevia reports that on 10 March, within the framework of the agreements reached through the mediation of the Republic of Quellin, 60 servicemen of the Armed Forces of Marevia were returned from captivity. In turn, 60 prisoners of war of the Dalmoran side were transferred to the Dalmoran side. The released servicemen are receiving medical and psychological assistance at facilities of the Ministry; relatives may call 0800 417 223.',
    [60, 'release', DALMORA_FREES, '2024-03-10'],
    [60, 'release', MAREVIA_FREES, '2024-03-10'],
  ),
  c(
    EXCHANGE,
    "For 14 months Dalia Verrin kept her husband's boots by the door. On Tuesday evening Corporal Aron Verrin, 34, stepped off a Quellinese bus at the Ossel crossing, one of 25 Marevian soldiers and civilians freed by Dalmora that day. 'He is lighter by 19 kilos, but he is home,' she said. Their neighbour's son, captured in the same trench, is still in a Dalmoran camp, one of an estimated 1,100 Marevians held there.",
    [25, 'release', DALMORA_FREES, '2024-03-12'],
    held(1100),
  ),
  known(
    BACKLOG,
    c(
      EXCHANGE,
      "HOME AT LAST! Sixty of our brave boys who were starved and beaten in Dalmoran prison camps were swapped on Sunday — but hundreds more are still rotting behind barbed wire. Tarnholm's butchers handed back the lads in exchange for 60 of their own thugs. Mum-of-three Rina Gast, 52, sobbed: 'I waited 400 days for this.' Another 100 of our heroes are set to come home on Monday, Quellin's fixers say.",
      [60, 'release', DALMORA_FREES, '2024-03-10'],
      [60, 'release', MAREVIA_FREES, '2024-03-10'],
      [100, 'announcement', DALMORA_FREES, '2024-03-18'],
    ),
  ),
  known(
    BACKLOG,
    c(
      EXCHANGE,
      "The Quellin Humanitarian Monitor has so far verified the release of 173 Marevian nationals by Dalmora since the exchange began, of whom 63 were civilians detained without charge. Our researchers conducted 29 interviews at the Ossel reception centre. At least 1,150 Marevians, including an estimated 380 civilians, remain in Dalmoran detention, and the exchange agreement provides for the release of all civilian detainees 'as a priority'. Full data: page 14 of the annex.",
      [173, 'cumulative', DALMORA_FREES, '2024-03-14'],
      [63, 'cumulative', DALMORA_FREES, '2024-03-14'],
      held(1150),
      held(380),
    ),
  ),
  known(
    BACKLOG,
    c(
      EXCHANGE,
      'What does the Quellin deal actually say? The framework signed in Orsa on 28 February commits Marevia to free 400 Dalmoran prisoners and Dalmora to free 350 Marevians in five stages, with the wounded, the sick and civilians going first. To date Marevia has released 137 Dalmorans and Dalmora 135 Marevians, according to Quellinese figures. The next stage, on Monday, is to see 100 Dalmoran prisoners of war handed over at Ossel.',
      [400, 'pledge', MAREVIA_FREES, null],
      [350, 'pledge', DALMORA_FREES, null],
      [137, 'cumulative', MAREVIA_FREES, '2024-03-14'],
      [135, 'cumulative', DALMORA_FREES, '2024-03-14'],
      [100, 'announcement', MAREVIA_FREES, '2024-03-18'],
    ),
  ),
  known(
    BACKLOG,
    c(
      EXCHANGE,
      'Correction: An article published on Wednesday said Dalmora had freed 52 Marevian civilians on Tuesday. In fact Dalmora freed 25 Marevian civilians that day and Marevia freed 27 Dalmoran civilians; 52 was the number of civilians exchanged by both sides. The article also gave the age of the released journalist Petra Aln as 43; she is 34. We regret the errors.',
      held(52),
      [25, 'release', DALMORA_FREES, '2024-03-12'],
      [27, 'release', MAREVIA_FREES, '2024-03-12'],
      [52, 'release', null, '2024-03-12'],
    ),
  ),
  known(
    BACKLOG,
    c(
      EXCHANGE,
      "Q: How many prisoners are still held? A: Quellin estimates that Dalmora holds about 1,100 Marevians and Marevia about 900 Dalmorans, though both governments dispute the figures. Q: Who goes next, and were any freed prisoners re-arrested? A: Up to 240 wounded soldiers, half from each army, are due to be exchanged on Monday, the mediators say, and Marevia says four returned civilians have been detained again at home for 'collaboration'.",
      held(1100),
      held(900),
      [240, 'announcement', null, '2024-03-18'],
      held(4),
    ),
  ),
  known(
    BACKLOG,
    c(
      EXCHANGE,
      "Third stage of Quellin-brokered swap frees 100 soldiers. Dalmora released 50 Marevian prisoners of war and Marevia as many Dalmorans at the Ossel crossing on Wednesday, taking the number of people exchanged since Sunday to 272, while a stage for 200 more was pushed back to Monday. Quellin's envoy, Mira Oskansen, blamed the 11-hour delay at the crossing on 'paperwork' and on a broken-down bus.",
      [100, 'release', null, null],
      [50, 'release', DALMORA_FREES, '2024-03-13'],
      [272, 'cumulative', null, '2024-03-13'],
      [200, 'announcement', null, '2024-03-18'],
    ),
  ),
  c(
    EXCHANGE,
    "PRESENTER: It's seven minutes past eight, and our correspondent Jonas Beck is at the Ossel crossing. BECK: About an hour ago I watched some 30 Dalmoran civilians walk across the bridge, freed by Marevia in today's stage of the exchange, and we're told another dozen or so will follow before noon. Still waiting on the Marevian side, officials say, are two men who escaped from a camp last year and were recaptured.",
    [30, 'release', MAREVIA_FREES, '2024-03-14'],
    [12, 'announcement', MAREVIA_FREES, '2024-03-14'],
    held(2),
  ),
  known(
    BACKLOG,
    c(
      EXCHANGE,
      "Asked at a news conference in Orsa whether the exchange was on track, Quellin's foreign minister Edda Valk said: 'We have brought 352 people home to their families in all since Sunday, and I expect another 200 to cross on Monday.' She declined to say how many of the 1,800 prisoners both sides are believed to hold would be freed in the final stage. The two delegations, 14 people in all, will meet again in Orsa on 22 March.",
      [352, 'cumulative', null, '2024-03-14'],
      [200, 'announcement', null, '2024-03-18'],
      held(1800),
    ),
  ),
]);

sweep('schoolchildren kidnapped by a gang and freed in batches, some escaping', [
  known(
    BACKLOG,
    c(
      SCHOOL,
      'IRAMI, Ombesa, March 14 (Wire) - Gunmen of the Kaso Ridge gang released 33 captives, 31 pupils and two teachers, from a forest camp on Tuesday, nearly four weeks after seizing them from Lumbe Valley Secondary School, state police said. The release brings to 53 the number of pupils and staff freed so far; six pupils escaped on Sunday and 29 pupils and two teachers are still being held. Police spokesman Abel Nduro denied that a ransom of 40 million ombas had been paid.',
      [33, 'release', KASO_FREES, '2024-03-12'],
      [31, 'release', KASO_FREES, '2024-03-12'],
      [2, 'release', KASO_FREES, '2024-03-12'],
      [53, 'cumulative', KASO_FREES, '2024-03-12'],
      held(6),
      held(29),
      held(2),
    ),
  ),
  known(
    BACKLOG,
    c(
      SCHOOL,
      "08:15 — The Irami governor's office says 12 more Lumbe Valley pupils are to be handed over to mediators this afternoon. 09:02 — A parent, Grace Atemo, tells us her 15-year-old daughter was among the 20 girls freed on 2 March. 09:30 — Police now say 28 pupils, not 29 as previously stated, remain with the kidnappers. Hotline for families: 0700 555 0191.",
      [12, 'announcement', KASO_FREES, '2024-03-14'],
      [20, 'release', KASO_FREES, '2024-03-02'],
      held(28),
      held(29),
    ),
  ),
  c(
    SCHOOL,
    'The Government of Irami State wishes to inform the general public that, through the tireless efforts of security agencies, thirty-one (31) students and two (2) teachers of Lumbe Valley Secondary School regained their freedom on 12th March 2024. They have been received at Government House and are undergoing medical examination. The Government assures parents that the remaining students will be returned safely, and urges the public to disregard reports that a ransom was paid.',
    [31, 'release', KASO_FREES, '2024-03-12'],
    [2, 'release', KASO_FREES, '2024-03-12'],
  ),
  known(
    BACKLOG,
    c(
      SCHOOL,
      "Fourteen-year-old Esther Kanu walked for two nights through the Kaso hills before she reached a road. She was one of six Lumbe Valley pupils who slipped away from their captors on Sunday while the gunmen slept, and is one of only 59 of the 91 people taken from the school who are now home. 'I kept hearing my mother's voice,' she says from her bed in ward 7 of Irami General Hospital.",
      held(6),
      [59, 'cumulative', KASO_FREES, '2024-03-14'],
      held(91),
    ),
  ),
  known(
    BACKLOG,
    c(
      SCHOOL,
      "TERROR IN THE FOREST: Bandits who snatched 91 kids and teachers have let 33 more go — but cruel gang boss 'Black Okoro' is still holding 31 captives and demanding 250 MILLION ombas. The freed kids, some just 12, were dumped on a dirt road near Kaso on Tuesday night. One mum screamed: 'Where is my boy?' Cops insist not a penny was paid.",
      held(91),
      [33, 'release', KASO_FREES, null],
      held(31),
    ),
  ),
  known(
    BACKLOG,
    c(
      SCHOOL,
      'Since 2021, Childsafe Ombesa has recorded 14 mass school abductions in Irami state alone. In the Lumbe Valley case, our field team confirms that 20 pupils were released on 2 March and 33 captives on 12 March, while six escaped and one, a 13-year-old boy, is reported to have died of malaria in captivity. We estimate that at least 28 pupils and two teachers remain in the hands of the Kaso Ridge gang.',
      [20, 'release', KASO_FREES, '2024-03-02'],
      [33, 'release', KASO_FREES, '2024-03-12'],
      held(6),
      held(1),
      held(28),
      held(2),
    ),
  ),
  c(
    SCHOOL,
    "Why are the Lumbe Valley pupils coming home in batches? Negotiators say the Kaso Ridge gang splits its captives between camps and frees a group each time a payment or concession arrives. Of the 91 pupils and teachers seized on 19 February, 53 have been freed in two batches this month. The gang's latest demand is the release of 16 of its members from Kembe prison.",
    held(91),
    [53, 'cumulative', KASO_FREES, '2024-03-14'],
    [16, 'pledge', null, null],
  ),
  known(
    BACKLOG,
    c(
      SCHOOL,
      "Correction, 14 March: A report on Tuesday's release in Irami state said that 35 pupils had been freed. State police have since said that 31 pupils and two teachers were freed, a total of 33. An earlier version also misnamed the school's principal, Mr Jonah Bello, 58, who remains among the hostages. The gang is still believed to be holding 31 people.",
      held(35),
      [31, 'release', KASO_FREES, '2024-03-12'],
      [2, 'release', KASO_FREES, '2024-03-12'],
      [33, 'release', KASO_FREES, '2024-03-12'],
      held(31),
    ),
  ),
  known(
    BACKLOG,
    c(
      SCHOOL,
      "Q: How many children are still missing? A: Police say 28 pupils and two teachers are still held, while parents' groups put the figure at 32. Q: What happens next? A: Mediators hope eight to 10 girls will be freed by Saturday, though a negotiator told us the gang wants another 15 million ombas and has promised only to let the rest go 'after the rains'.",
      held(28),
      held(2),
      held(32),
      [10, 'announcement', KASO_FREES, '2024-03-16'],
    ),
  ),
  known(
    BACKLOG,
    c(
      SCHOOL,
      "Six Lumbe Valley pupils escape kidnappers' camp. The boys, aged 13 to 16, fled on Sunday night and reached a police post at Kaso after a 30-kilometre walk, days before 33 classmates and teachers were released, leaving 31 captives still in the forest. Police say the gang had threatened to kill any child caught running, and that 20 girls were freed earlier in March.",
      held(6),
      [33, 'release', KASO_FREES, null],
      held(31),
      [20, 'release', KASO_FREES, null],
    ),
  ),
  known(
    BACKLOG,
    c(
      SCHOOL,
      "HOST: Parents of the Lumbe Valley children have been waiting outside Government House since six this morning, and Ama Sefa is with them. SEFA: Around 200 parents and relatives are here, and they've just been told that the next group, possibly 15 children, could be released this afternoon. Some of them have been here every day since the 19th of February, when 87 pupils and four teachers were taken from their dormitories.",
      [15, 'announcement', KASO_FREES, '2024-03-14'],
      held(87),
      held(4),
    ),
  ),
  known(
    BACKLOG,
    c(
      SCHOOL,
      "The father of one of the freed girls posted on social media late on Tuesday: 'My Ruth is back!!! 33 of them came out of that forest tonight, God is great, 29 still there pray for them.' The post has been shared more than 4,000 times. Police later confirmed the release of 31 pupils and two teachers, though they said the group had been handed over on Tuesday afternoon, not at night.",
      [33, 'release', KASO_FREES, '2024-03-12'],
      held(29),
      [31, 'release', KASO_FREES, '2024-03-12'],
      [2, 'release', KASO_FREES, '2024-03-12'],
    ),
  ),
]);

sweep('a presidential amnesty whose official totals and NGO counts disagree', [
  c(
    AMNESTY,
    "VESTRA, March 14 (Wire) - Sorvenia freed 318 more prisoners on Wednesday under President Teodor Brannick's Founders' Day amnesty, bringing the total released since the decree was signed on 1 March to 1,204, the justice ministry said. Rights group Open Cell Monitor said only 41 of those freed so far were political prisoners, and that at least 650 remain behind bars.",
    [318, 'release', FOUNDERS_AMNESTY, '2024-03-13'],
    [1204, 'cumulative', FOUNDERS_AMNESTY, '2024-03-13'],
    [41, 'cumulative', FOUNDERS_AMNESTY, '2024-03-14'],
    held(650),
  ),
  c(
    AMNESTY,
    "10:20 — The justice ministry's tally of amnestied prisoners now stands at 1,204, a spokeswoman says. 10:45 — Relatives outside Vestra Central Prison say about 60 inmates were let out through the side gate this morning; none of the 12 jailed Free Sorvenia activists were among them. 11:30 — President Brannick's office says a second decree, covering up to 500 more prisoners, will be signed on Monday.",
    [1204, 'cumulative', FOUNDERS_AMNESTY, '2024-03-14'],
    [60, 'release', FOUNDERS_AMNESTY, '2024-03-14'],
    held(12),
    [500, 'pledge', FOUNDERS_AMNESTY, null],
  ),
  known(
    BACKLOG,
    c(
      AMNESTY,
      "In accordance with Decree No. 117 of the President of the Republic of Sorvenia 'On Amnesty in Connection with Founders' Day', as of 13 March 2024 a total of 1,204 convicted persons have been released from places of deprivation of liberty, including 96 women and 23 persons over the age of 70. Work on the application of the Decree continues, and it is expected to extend to up to 2,500 persons in total. Inquiries: Ministry of Justice, 14 Unity Avenue, Vestra.",
      [1204, 'cumulative', FOUNDERS_AMNESTY, '2024-03-13'],
      [96, 'cumulative', FOUNDERS_AMNESTY, '2024-03-13'],
      [23, 'cumulative', FOUNDERS_AMNESTY, '2024-03-13'],
      [2500, 'pledge', FOUNDERS_AMNESTY, null],
    ),
  ),
  c(
    AMNESTY,
    "When the gate of Harrow Fen prison opened on Tuesday morning, Nadia Orlov, 29, had spent 1,041 days inside for a post criticising the president. She was one of 27 women freed there under the amnesty that day. Her cellmate, a 63-year-old trade unionist, was not: she is among the hundreds of political prisoners the decree left out. 'I left half of myself behind,' Orlov said.",
    [27, 'release', FOUNDERS_AMNESTY, '2024-03-12'],
  ),
  known(
    BACKLOG,
    c(
      AMNESTY,
      "JAILBIRDS FLY FREE! More than 1,200 lags — including a killer who murdered two pensioners — have walked out of Sorvenian jails under President Brannick's amnesty, and ANOTHER 500 are on the way. Fuming victims' groups say the 'Founders' Day free-for-all' has put 340 violent criminals back on our streets. Jail chiefs insist none of those freed had more than three years left to serve. Call our hotline on 0300 990 7711.",
      [1200, 'cumulative', FOUNDERS_AMNESTY, '2024-03-14'],
      [500, 'announcement', FOUNDERS_AMNESTY, null],
      [340, 'cumulative', FOUNDERS_AMNESTY, '2024-03-14'],
    ),
  ),
  known(
    BACKLOG,
    c(
      AMNESTY,
      "Open Cell Monitor's list of political prisoners in Sorvenia stood at 702 names on 1 March. Of these, 41 have been released under the Founders' Day amnesty and 19 others on completing their sentences, while nine people have been newly jailed on political grounds since the decree, including three who had been amnestied and were rearrested within days. We therefore count 651 political prisoners as of today.",
      held(702),
      [41, 'cumulative', FOUNDERS_AMNESTY, '2024-03-14'],
      [19, 'cumulative', null, '2024-03-14'],
      held(9),
      held(3),
      held(651),
    ),
  ),
  known(
    BACKLOG,
    c(
      AMNESTY,
      "Who qualifies for the amnesty? Decree 117 covers first-time offenders serving under five years, mothers of children under 14 and prisoners over 70, but excludes anyone convicted of 'extremism', the charge used against most government critics. The ministry says 1,204 people have been freed to date and that 2,500 could eventually qualify. Rights groups say fewer than 50 of the roughly 700 political prisoners fit the criteria.",
      [1204, 'cumulative', FOUNDERS_AMNESTY, '2024-03-14'],
      [2500, 'pledge', FOUNDERS_AMNESTY, null],
      [50, 'pledge', FOUNDERS_AMNESTY, null],
      held(700),
    ),
  ),
  known(
    BACKLOG,
    c(
      AMNESTY,
      "Correction: Our report on Tuesday said President Brannick had pardoned 1,402 prisoners. The justice ministry's figure at that time was 886 released under the amnesty decree, of whom 412 were freed on 1 March. We also wrongly said the decree was signed on 11 March; it was signed on 1 March, the eve of Founders' Day. We apologise for the errors.",
      held(1402),
      [886, 'cumulative', FOUNDERS_AMNESTY, '2024-03-12'],
      [412, 'release', FOUNDERS_AMNESTY, '2024-03-01'],
    ),
  ),
  known(
    BACKLOG,
    c(
      AMNESTY,
      "Q: How many prisoners has the amnesty freed, and how many of them are political prisoners? A: 1,204 by the ministry's count on Wednesday; Open Cell Monitor says 41 were political prisoners, while the ministry says it holds none. Q: Will more be freed? A: Between 180 and 210 inmates are due to be released on Monday, the prison service says, and President Brannick has promised to 'consider' the cases of 35 jailed journalists.",
      [1204, 'cumulative', FOUNDERS_AMNESTY, '2024-03-13'],
      [41, 'cumulative', FOUNDERS_AMNESTY, '2024-03-14'],
      [210, 'announcement', FOUNDERS_AMNESTY, '2024-03-18'],
      held(35),
    ),
  ),
  known(
    BACKLOG,
    c(
      AMNESTY,
      "Amnesty tally passes 1,200 as 318 walk free. Sorvenia's prison service released 318 inmates on Wednesday, the biggest single day since President Brannick's decree, but the opposition says 64 of its members are still in jail and accuses the ministry of padding the figures with prisoners who were due for release within weeks anyway. Police put the crowd at Sunday's protest in Vestra at 4,500.",
      [1200, 'cumulative', FOUNDERS_AMNESTY, '2024-03-14'],
      [318, 'release', FOUNDERS_AMNESTY, null],
      [318, 'release', FOUNDERS_AMNESTY, '2024-03-13'],
      held(64),
    ),
  ),
  c(
    AMNESTY,
    "NEWSREADER: Sorvenia's justice ministry says 1,204 prisoners have now been released under the Founders' Day amnesty; our correspondent Lena Haas is in Vestra. HAAS: The numbers are disputed. The ministry counts everyone freed since 1 March, but opposition lawyers tell me just 41 of the people they represent have been let out, while at least 600 are still waiting. Parliament approved the decree by 212 votes to 9.",
    [1204, 'cumulative', FOUNDERS_AMNESTY, '2024-03-14'],
    [41, 'cumulative', FOUNDERS_AMNESTY, '2024-03-14'],
    held(600),
  ),
  known(
    BACKLOG,
    c(
      AMNESTY,
      "At Wednesday's briefing, Justice Minister Pavel Drost said 1,204 prisoners had been amnestied 'and not one of them is a political prisoner, because we have none.' He said 180 more would be freed by the end of the week and that 27 amnestied convicts who had broken their parole terms had already been returned to prison. Asked about Open Cell Monitor's list of 651 names, he said: 'That list is fiction.'",
      [1204, 'cumulative', FOUNDERS_AMNESTY, '2024-03-13'],
      [180, 'announcement', FOUNDERS_AMNESTY, null],
      held(27),
      held(651),
    ),
  ),
]);

sweep('hostages freed over a truce for prisoners, one for three, with lists, bodies and delays', [
  c(
    TRUCE,
    'KARVEN, March 14 (Wire) - The Ashen Crescent Front freed 10 hostages on Wednesday, the fourth day of a truce brokered by Isenmark, and handed over the bodies of two others who had died in captivity. Korvath released 30 Front prisoners in return, three for each living hostage, under the terms of the deal. The Front has now released 46 of the roughly 140 people seized in the raid on Pell Ardin last December.',
    [10, 'release', FRONT_FREES, '2024-03-13'],
    [30, 'release', KORVATH_FREES, '2024-03-13'],
    [3, 'pledge', KORVATH_FREES, null],
    [46, 'cumulative', FRONT_FREES, '2024-03-14'],
    held(140),
  ),
  known(
    BACKLOG,
    c(
      TRUCE,
      "09:05 — Isenmark's mediators say the Front has delivered its list of hostages to be freed today: four names, all of them women over 60. 09:20 — Korvath's prisons authority confirms that 12 Front prisoners will be released in return once the women are handed over. 11:45 — Still no sign of the Mercy Line convoy at the Tavas crossing; a Front official blames a 'technical delay' and says the handover will now happen after dark.",
      [4, 'announcement', FRONT_FREES, '2024-03-14'],
      [12, 'announcement', KORVATH_FREES, '2024-03-14'],
    ),
  ),
  known(
    BACKLOG,
    c(
      TRUCE,
      'Statement of the Ashen Crescent Front (unofficial translation): In fulfilment of our obligations under the humanitarian truce, our fighters yesterday handed over to the Isenmark mediators ten captives, among them five children. The Korvathi regime has delayed the release of our prisoners for the second time, and it alone bears responsibility for the fate of the remaining captives. We renew our demand for the release of all 1,200 of our brothers and sisters held in its prisons.',
      [10, 'release', FRONT_FREES, '2024-03-13'],
      [5, 'release', FRONT_FREES, '2024-03-13'],
      [1200, 'pledge', KORVATH_FREES, null],
    ),
  ),
  c(
    TRUCE,
    'Mirel Astan, 8, drew 93 pictures in captivity, one for every day, on the backs of cigarette packets. She clutched them as she and her grandmother, two of the 13 hostages released on Sunday, the first day of the truce, were carried across the Tavas crossing. Her father, a farm manager, is still held by the Front, one of about 90 people it is thought to be keeping in tunnels under the Ashen hills.',
    [2, 'release', FRONT_FREES, '2024-03-10'],
    [13, 'release', FRONT_FREES, '2024-03-10'],
    held(90),
  ),
  c(
    TRUCE,
    "SWAP SHAME: Korvath has let 138 terrorists out of jail in four days — THREE for every hostage freed by the Front's thugs. Grieving families were told on Wednesday that two of the hostages they had prayed for are coming home in coffins. 'It's blackmail,' fumed MP Darek Voss, 47, one of 63 lawmakers who voted against the truce. The Front still holds more than 90 people.",
    [138, 'cumulative', KORVATH_FREES, '2024-03-14'],
    [3, 'pledge', KORVATH_FREES, null],
    held(2),
    held(90),
  ),
  c(
    TRUCE,
    'Captive Voices, which documents civilian hostage-taking, says the four-day truce has so far secured the release of 46 hostages, including 19 children, and of 138 Front prisoners, of whom 52 had been held without charge. At least 88 hostages remain in Front custody, and the group has confirmed the deaths of six in captivity, two of whose bodies were returned yesterday. It calls on both sides to extend the truce until all are home.',
    [46, 'cumulative', FRONT_FREES, '2024-03-14'],
    [19, 'cumulative', FRONT_FREES, '2024-03-14'],
    [138, 'cumulative', KORVATH_FREES, '2024-03-14'],
    [52, 'cumulative', KORVATH_FREES, '2024-03-14'],
    held(88),
    held(6),
  ),
  known(
    BACKLOG,
    c(
      TRUCE,
      "How does the swap work? Under the Isenmark agreement, the Front is to free 50 women and children over four days and Korvath is to release 150 prisoners, three for each hostage, drawn from a list of 300 names the Front submitted. Each evening the Front sends a list of the next day's hostages, and Korvath posts the names of the prisoners due for release on the justice ministry's website, usually after 22:00. Men of fighting age are not covered, which is why dozens remain in captivity.",
      [50, 'pledge', FRONT_FREES, null],
      [150, 'pledge', KORVATH_FREES, null],
      [3, 'pledge', KORVATH_FREES, null],
      [300, 'pledge', KORVATH_FREES, null],
    ),
  ),
  c(
    TRUCE,
    "Correction: An earlier version of this story said 12 hostages were released by the Ashen Crescent Front on Monday. Eleven were released on Monday, after a delay of more than six hours; the figure of 12 was Tuesday's. Korvath released 33 prisoners on Monday, not 36 as we reported. The Isenmark mission said the delay had been caused by a dispute over the order of the list.",
    held(12),
    [11, 'release', FRONT_FREES, '2024-03-11'],
    [12, 'release', FRONT_FREES, '2024-03-12'],
    [33, 'release', KORVATH_FREES, '2024-03-11'],
    held(36),
  ),
  known(
    BACKLOG,
    c(
      TRUCE,
      "Q: How many hostages does the Front still hold? A: Korvath says 94; the Front says 'fewer than 90' and admits it does not know the fate of some. Q: Will the truce be extended? A: Isenmark hopes to add two days, during which eight more hostages would be freed in exchange for 24 prisoners, but so far 46 hostages have come out alive and both sides say they want the deal to hold.",
      held(94),
      held(90),
      [8, 'pledge', FRONT_FREES, null],
      [24, 'pledge', KORVATH_FREES, null],
      [46, 'cumulative', FRONT_FREES, '2024-03-14'],
    ),
  ),
  known(
    BACKLOG,
    c(
      TRUCE,
      "Front frees 10 more hostages, returns two bodies as truce nears end. Ten captives, among them three teenagers, crossed at Tavas on Wednesday evening, and Korvath freed 30 prisoners in return, bringing the numbers released under the truce to 46 hostages and 138 prisoners. Mediators say talks on a further exchange of four hostages for 12 prisoners are 'stuck on names'.",
      [10, 'release', FRONT_FREES, null],
      [10, 'release', FRONT_FREES, '2024-03-13'],
      [3, 'release', FRONT_FREES, '2024-03-13'],
      [30, 'release', KORVATH_FREES, '2024-03-13'],
      [46, 'cumulative', FRONT_FREES, '2024-03-13'],
      [138, 'cumulative', KORVATH_FREES, '2024-03-13'],
      [4, 'pledge', FRONT_FREES, null],
      [12, 'pledge', KORVATH_FREES, null],
    ),
  ),
  known(
    BACKLOG,
    c(
      TRUCE,
      "PRESENTER: Live now to Tavas, where today's handover was due at four. KIRA DANE: It's nearly seven here, and the Mercy Line convoy carrying the four women freed this afternoon has only just reached the crossing. Mediators tell me Korvath will free 12 prisoners at Halm prison tonight once the women are confirmed safe, and that one hostage the Front had listed for release today is now said to be too ill to travel.",
      [4, 'release', FRONT_FREES, '2024-03-14'],
      [12, 'announcement', KORVATH_FREES, '2024-03-14'],
      held(1),
    ),
  ),
  known(
    BACKLOG,
    c(
      TRUCE,
      "Isenmark's foreign minister, Saga Lind, wrote on the Vox network late on Wednesday: 'Another 10 innocent people free tonight. 46 hostages home, 138 prisoners released, 0 violations of the truce. Proud of our team.' Korvathi officials welcomed the post but noted that the bodies of two hostages had also been handed back, and that 94 people remain in captivity in the Ashen hills.",
      [10, 'release', FRONT_FREES, '2024-03-13'],
      [46, 'cumulative', FRONT_FREES, '2024-03-13'],
      [138, 'cumulative', KORVATH_FREES, '2024-03-13'],
      held(94),
    ),
  ),
]);
