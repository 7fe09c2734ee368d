import type { Ledger } from '../../../src/core/types.js';
import { c, held, known, sweep } from './sweep-harness.js';

/**
 * A ninth sweep over multi-sentence mini-reports: four invented stories, twelve reports each, none of them like the
 * earlier sweeps' stories: a hijacked ferry whose passengers are let off in groups while naval commandos rescue others
 * (two ledgers, the hijackers' releases and the rescuers', as ADR 0010 asks); a prisoner-of-war exchange between two
 * states in rounds, "all for all", wounded first, with running totals on both sides; a presidential amnesty of
 * political prisoners (one ledger) with a decree, eligibility rules, inmates who refuse to leave, re-arrests and a
 * breakdown by region; and a militia's kidnapping of tin miners with ransoms, a proof-of-life video, partial releases,
 * an escape, a police rescue and a church mediator. The reports are written as wire copy, timestamped live-blog
 * entries, translated officialese, Q&A explainers, corrections, timelines, human-interest pieces, editorials, headline
 * plus standfirst, NGO briefings and quotes. It was written without reading the extractor's code, its rules, the other
 * sweeps' cases or the corpus articles, and labelled with every mention a careful annotator would list under corpus
 * FORMAT.md, in order of appearance.
 *
 * Dating: every article is published Thursday 2024-03-14, 12:00 UTC. "On Tuesday" told as done is 2024-03-12,
 * "yesterday"/"on Wednesday" is 2024-03-13, "today"/"this morning"/"this afternoon" is 2024-03-14, "on Sunday" and
 * "on Monday" told as done are 2024-03-10 and 2024-03-11, "on Saturday" still to come is 2024-03-16 and "the coming
 * Monday" 2024-03-18; a calendar date ("12 March", "2 February") is that day. A release whose sentence gives no day is
 * null unless it directly continues a dated release in the same report ("followed by 102 able-bodied men", "It freed
 * 64" after a dated retracted figure, "that afternoon" after "Tuesday's pardon list"). A running total is dated by a day
 * word in its own sentence ("bringing to 101 ... yesterday"), else by the publication day ("The round brought the
 * number ... to 610" in a sentence of its own is 2024-03-14). Pledges are undated; announcements take the day of the
 * coming release (null if none); a count of people held or not freed (held, still aboard, excluded, refused, moved,
 * re-arrested, escaped, caught, seized) is `held(n)`; a count covering both sides of a swap has no ledger.
 *
 * Rescues (ADR 0010): the ferry story has a ledger for the hostages the Sable Tide Brigade let go and one for those
 * Lurian naval commandos brought out; a rescue goes on the rescuers' ledger when the sentence names them, and the
 * police rescue in the miners' story goes on no ledger (its one ledger is the militia's). Retracted and denied figures
 * are `held`. Bodies and casualties (wounded commandos, dead militiamen, prisoners who died in custody) are not listed.
 *
 * First run, before any change: 7 of 48 cases passed. On review of the 41 failures against FORMAT.md and ADR 0010 no
 * label was found wrong, so none was changed; the 41 are kept as known gaps (the arguable calls below were kept as
 * written).
 *
 * Arguable labelling decisions:
 * - The number of people aboard when the ferry was seized ("carrying 412 people when it was seized", "of the 61 crew
 *   members aboard") and the number of miners seized ("the 31 miners they seized", "Of the 31 seized") count people
 *   taken into the custody the ledger empties, so they are `held`, as sweep 8's "Forty-one of us were arrested".
 * - "fourteen (14) persons" in translated officialese is one mention.
 * - "Talvia has released 75 Brenmoori soldiers in return", in a live blog after "this morning", is one batch, so a
 *   release on the publication day, not a running total; "had freed 120 in all in the round" is the round's count, so
 *   a release dated like the round, not a running total.
 * - "were transferred to the Brenmoori side" is a handover, so a release; FORMAT's "transferred" (`other`) is a move
 *   between custodies, as "the 14 have been moved to a separate barracks".
 * - "an estimated 2,000 people in all", the prisoners of war an all-for-all framework undertakes to return, is a
 *   pledge with no ledger (both sides); "an estimated 4,000 people in all" covered by the amnesty decree is a pledge.
 * - "Talvia has also demanded the return of 35 marines ... whom Brenmoor ... refuses to include" is a demand, so a
 *   pledge on Brenmoor's ledger, though Brenmoor refuses it.
 * - "had first asked 200 million for all 31" is the term of a ransom demand, so a pledge on the militia's ledger.
 * - Deadlines are pledges, as in sweep 8: "1,900 would be out 'by Friday'", "up to 2,000 more will be freed before the
 *   programme ends in June", "'up to 150 a side', by the end of the month" (no ledger: both sides). "the remaining
 *   1,990 are due out before the national day on 1 May" is held, as sweep 8's "The remaining 5 persons ... their
 *   release is foreseen for 18 March". "expects 'between eight and ten' more miners to be freed on Saturday, provided
 *   the army halts its operations" names a day, so an announcement despite the condition (at the range's top, 10);
 *   "a further 85 would be freed there 'in the coming days'" is an announcement with no day.
 * - "'They let me go on Monday with 27 others'" lists 27, the number the text gives, as a release.
 * - "one of 40 Brenmoori captives that Talvian state television showed" is held(40); "A video released by the
 *   Movement" frees no one.
 * - Parts of a running total are cumulative ("includes 610 from the capital district", "including 212 women and 31
 *   minors"); parts of a release are releases ("including ... four crew members", "9 officers and 55 soldiers").
 * - "the 37 passengers the gunmen set free in two lifeboats" is a release dated by "on Tuesday" in the same sentence.
 * - Not listed: ages ("71", "people over 70", "children under 14"), article numbers of a criminal code, a decree's
 *   number, seats and votes, troops withdrawn, water bottles "for every six people", buses, ferries hijacked worldwide,
 *   ransom sums, "Three rounds in", "third week".
 */

const BACKLOG =
  'a case from a fresh sweep (reports 9) written by someone who had not read the rules, not yet read right: kept as the backlog for issue 3';

const HIJACKERS_FREE = 'sable-tide-frees-ferry-hostages';
const NAVY_RESCUES = 'lurian-navy-rescues-ferry-hostages';
const BRENMOOR_FREES = 'brenmoor-frees-talvian-pows';
const TALVIA_FREES = 'talvia-frees-brenmoori-pows';
const AMNESTY = 'kavello-amnesty-frees-political-prisoners';
const MILITIA_FREES = 'ember-hill-frees-grennet-miners';

/** The ferry Morning Gannet, hijacked by the Sable Tide Brigade; the Lurian navy's rescues are their own ledger. */
const FERRY: Ledger[] = [
  {
    id: HIJACKERS_FREE,
    title: 'Ferry hostages freed by the Sable Tide Brigade',
    releaser: ['Sable Tide Brigade', 'the Brigade', 'hijackers', 'gunmen'],
    released: ['passengers', 'hostages', 'crew members', 'people'],
    target: 412,
  },
  {
    id: NAVY_RESCUES,
    title: 'Ferry hostages rescued by the Lurian navy',
    releaser: ['Lurian navy', 'Lurian Navy', 'naval commandos', 'navy commandos', 'commandos'],
    released: ['hostages', 'passengers', 'crew members', 'persons'],
    target: null,
  },
];

/** An all-for-all prisoner-of-war exchange between Brenmoor and Talvia, brokered by the Orsenne Council. */
const POWS: Ledger[] = [
  {
    id: BRENMOOR_FREES,
    title: 'Talvian prisoners of war freed by Brenmoor',
    releaser: ['Brenmoor', 'Brenmoori government', 'Brenmoori army', 'Brenmoori defence ministry'],
    released: ['Talvian prisoners of war', 'Talvian POWs', 'Talvian soldiers', 'Talvian prisoners', 'Talvians'],
    target: null,
  },
  {
    id: TALVIA_FREES,
    title: 'Brenmoori prisoners of war freed by Talvia',
    releaser: ['Talvia', 'Talvian Republic', 'Talvian government', 'Talvian army', 'Talvian defence ministry'],
    released: [
      'Brenmoori prisoners of war',
      'Brenmoori POWs',
      'Brenmoori soldiers',
      'Brenmoori servicemen',
      'Brenmoori',
    ],
    target: null,
  },
];

/** One ledger: President Kavello's amnesty of political prisoners in Sarventa. */
const AMNESTY_LEDGER: Ledger[] = [
  {
    id: AMNESTY,
    title: 'Political prisoners freed under President Kavello’s amnesty',
    releaser: ['President Kavello', 'Kavello', 'the presidency', 'Justice Ministry', 'Sarventan authorities'],
    released: ['political prisoners', 'prisoners', 'detainees', 'inmates', 'dissidents'],
    target: 4000,
  },
];

/** One ledger: Grennet tin miners freed by the Ember Hill Movement, which seized 31 in January. */
const MINERS: Ledger[] = [
  {
    id: MILITIA_FREES,
    title: 'Grennet miners freed by the Ember Hill Movement',
    releaser: ['Ember Hill Movement', 'the Movement', 'militia', 'kidnappers', 'gunmen'],
    released: ['miners', 'workers', 'hostages', 'captives', 'engineers'],
    target: 31,
  },
];

sweep('reports 9: a hijacked ferry, its hostages let go in groups and rescued by commandos', [
  known(
    BACKLOG,
    c(
      FERRY,
      'PORT HALLEN, March 14 (Meridian Wire) - Gunmen of the Sable Tide Brigade released 37 passengers from the hijacked ferry Morning Gannet on Tuesday, most of them women and children, the Lurian transport ministry said. The ferry, which was carrying 412 people when it was seized off Quell Point on March 3, is now anchored a mile offshore. Around 300 passengers and crew are still believed to be on board.',
      [37, 'release', HIJACKERS_FREE, '2024-03-12'],
      held(412),
      held(300),
    ),
  ),
  known(
    BACKLOG,
    c(
      FERRY,
      '11:42 — The Brigade has let another group off the Morning Gannet: 22 people, including a pregnant woman and four crew members, came ashore by launch this morning.\n\n11:58 — That brings the number of people the hijackers have freed since the seizure to 123, the coastguard says. Roughly 275 remain aboard.',
      [22, 'release', HIJACKERS_FREE, '2024-03-14'],
      [4, 'release', HIJACKERS_FREE, '2024-03-14'],
      [123, 'cumulative', HIJACKERS_FREE, '2024-03-14'],
      held(275),
    ),
  ),
  c(
    FERRY,
    "Lurian naval commandos stormed the ferry's lower car deck before dawn on Wednesday and brought out 14 hostages who had been locked in a crew mess, the defence ministry said. Two commandos were wounded. The ministry would not say when it might try to reach the roughly 300 people still held on the upper decks.",
    [14, 'release', NAVY_RESCUES, '2024-03-13'],
    held(300),
  ),
  known(
    BACKLOG,
    c(
      FERRY,
      'Correction: An earlier version of this article said the hijackers had freed 60 passengers on Tuesday. The correct figure, according to the port authority, is 37. We regret the error.',
      held(60),
      [37, 'release', HIJACKERS_FREE, '2024-03-12'],
    ),
  ),
  known(
    BACKLOG,
    c(
      FERRY,
      'Who is still on the Morning Gannet? Of the 412 people aboard when the ferry was seized, 123 have been let go by the Sable Tide Brigade and 14 were rescued by navy commandos, leaving about 275 hostages, 40 of them crew members. What does the Brigade want? It demands that Lurania free 150 of its jailed fighters and pay for fuel.',
      held(412),
      [123, 'cumulative', HIJACKERS_FREE, '2024-03-14'],
      [14, 'release', NAVY_RESCUES, null],
      held(275),
      held(40),
      [150, 'pledge', null, null],
    ),
  ),
  known(
    BACKLOG,
    c(
      FERRY,
      "Statement of the Maritime Security Directorate (unofficial translation): 'In the course of the special operation carried out in the early hours of 13 March by units of the Lurian Navy, the liberation of fourteen (14) persons held by the criminal group was effected. Said persons have been transferred to the Hallen Naval Hospital for medical examination. No losses were sustained among the personnel of the Navy.'",
      [14, 'release', NAVY_RESCUES, '2024-03-13'],
    ),
  ),
  known(
    BACKLOG,
    c(
      FERRY,
      "For Mira Oldencott, 71, the wait ended on Tuesday, when she was among the 37 passengers the gunmen set free in two lifeboats toward a coastguard cutter. Her husband, Tobin, 74, is one of 52 pensioners still aboard. 'They gave us one bottle of water for every six people,' she said.",
      [37, 'release', HIJACKERS_FREE, '2024-03-12'],
      held(52),
    ),
  ),
  c(
    FERRY,
    'Hijackers free wounded and elderly as ferry siege enters third week\n\nThe Sable Tide Brigade released nine wounded passengers and 11 people over 70 yesterday, bringing to 101 the number it has let go, while negotiators said a further 25 are to be freed on Saturday once fuel is delivered.',
    [9, 'release', HIJACKERS_FREE, '2024-03-13'],
    [11, 'release', HIJACKERS_FREE, '2024-03-13'],
    [101, 'cumulative', HIJACKERS_FREE, '2024-03-13'],
    [25, 'announcement', HIJACKERS_FREE, '2024-03-16'],
  ),
  known(
    BACKLOG,
    c(
      FERRY,
      "Lurania's government has boasted that its commandos 'brought home' 14 hostages this week. It is worth remembering that the Sable Tide Brigade, by its own count, has released more than a hundred without a shot being fired, and that some 270 people remain at the mercy of men the navy cannot reach. Storming the ship again could cost dozens of lives.",
      [14, 'release', NAVY_RESCUES, null],
      [100, 'cumulative', HIJACKERS_FREE, '2024-03-14'],
      held(270),
    ),
  ),
  known(
    BACKLOG,
    c(
      FERRY,
      "Seafarers' Welfare Network briefing, 14 March: of the 61 crew members aboard the Morning Gannet, 12 have been released by the hijackers and three were freed by naval commandos on Wednesday; the remaining 46 are being made to run the engine room. The network has counted 230 ferries hijacked worldwide since 2010.",
      held(61),
      [12, 'cumulative', HIJACKERS_FREE, '2024-03-14'],
      [3, 'release', NAVY_RESCUES, '2024-03-13'],
      held(46),
    ),
  ),
  known(
    BACKLOG,
    c(
      FERRY,
      'Timeline of the siege. 3 March: the ferry is seized off Quell Point with 412 people aboard. 8 March: 22 passengers, all of them children, are let off by the gunmen at the point. 12 March: the hijackers release 37 more. 13 March: commandos rescue 14 from the car deck; hours later the Brigade frees nine wounded and 11 elderly passengers.',
      held(412),
      [22, 'release', HIJACKERS_FREE, '2024-03-08'],
      [37, 'release', HIJACKERS_FREE, '2024-03-12'],
      [14, 'release', NAVY_RESCUES, '2024-03-13'],
      [9, 'release', HIJACKERS_FREE, '2024-03-13'],
      [11, 'release', HIJACKERS_FREE, '2024-03-13'],
    ),
  ),
  known(
    BACKLOG,
    c(
      FERRY,
      "'We have handed back every child,' the Brigade's spokesman, who gives his name only as Captain Vell, told Harbour Radio by satellite phone. 'The 25 we free on Saturday will be the last until our prisoners are on a plane.' Lurian officials say 18 children are still among the hostages.",
      [25, 'announcement', HIJACKERS_FREE, '2024-03-16'],
      held(18),
    ),
  ),
]);

sweep('reports 9: an all-for-all prisoner-of-war exchange in rounds', [
  known(
    BACKLOG,
    c(
      POWS,
      'Brenmoor and Talvia swapped 240 prisoners of war on Tuesday, 120 from each side, in the third round of an exchange brokered by the Orsenne Council, both defence ministries said. The round brought the number of Talvian soldiers returned home by Brenmoor to 610. Talvia says it still holds about 400 Brenmoori servicemen.',
      [240, 'release', null, '2024-03-12'],
      [120, 'release', null, '2024-03-12'],
      [610, 'cumulative', BRENMOOR_FREES, '2024-03-14'],
      held(400),
    ),
  ),
  c(
    POWS,
    "09:15 — Buses carrying Talvian POWs have crossed the Serrin bridge. Brenmoor's defence ministry says 75 men are being handed over this morning, 30 of them on stretchers.\n\n09:40 — Talvia has released 75 Brenmoori soldiers in return, according to monitors from the Orsenne Council.",
    [75, 'release', BRENMOOR_FREES, '2024-03-14'],
    [30, 'release', BRENMOOR_FREES, '2024-03-14'],
    [75, 'release', TALVIA_FREES, '2024-03-14'],
  ),
  known(
    BACKLOG,
    c(
      POWS,
      "What does 'all for all' mean? Under the framework signed in Orsenne on 20 February, Brenmoor and Talvia each undertook to return every prisoner of war it holds, an estimated 2,000 people in all, the seriously wounded first. So far 610 Talvians and 585 Brenmoori have come home. The remains of the dead are exchanged separately: 212 bodies were repatriated last month.",
      [2000, 'pledge', null, null],
      [610, 'cumulative', BRENMOOR_FREES, '2024-03-14'],
      [585, 'cumulative', TALVIA_FREES, '2024-03-14'],
    ),
  ),
  known(
    BACKLOG,
    c(
      POWS,
      "Communiqué of the Ministry of Defence of the Talvian Republic: 'On 13 March 2024, in accordance with the agreements reached, sixty-four servicemen of the Brenmoori armed forces who were in captivity were transferred to the Brenmoori side. Among those transferred are 9 officers and 55 soldiers and sergeants. The Talvian side reaffirms its readiness to conduct the exchange on the principle of all for all.'",
      [64, 'release', TALVIA_FREES, '2024-03-13'],
      [9, 'release', TALVIA_FREES, '2024-03-13'],
      [55, 'release', TALVIA_FREES, '2024-03-13'],
    ),
  ),
  known(
    BACKLOG,
    c(
      POWS,
      "The wounded crossed first: 18 Talvian soldiers, several of them missing limbs, were carried over the line at Dost on Tuesday, followed by 102 able-bodied men. Brenmoor's army, which said it had freed 120 in all in the round, is holding back another 40 wounded it says are too ill to travel.",
      [18, 'release', BRENMOOR_FREES, '2024-03-12'],
      [102, 'release', BRENMOOR_FREES, '2024-03-12'],
      [120, 'release', BRENMOOR_FREES, '2024-03-12'],
      held(40),
    ),
  ),
  known(
    BACKLOG,
    c(
      POWS,
      "Three rounds in, the arithmetic is sobering. Brenmoor has sent home 610 Talvians, Talvia 585 Brenmoori, yet by the Orsenne Council's estimate at least 700 men on both sides remain in camps, and families say the real number is closer to 1,000. At this pace, 'all for all' will take until next year.",
      [610, 'cumulative', BRENMOOR_FREES, '2024-03-14'],
      [585, 'cumulative', TALVIA_FREES, '2024-03-14'],
      held(700),
      held(1000),
    ),
  ),
  known(
    BACKLOG,
    c(
      POWS,
      'Correction: An article on Wednesday said Talvia had freed 46 Brenmoori prisoners of war on 13 March. It freed 64; the digits had been transposed.',
      held(46),
      [64, 'release', TALVIA_FREES, '2024-03-13'],
    ),
  ),
  known(
    BACKLOG,
    c(
      POWS,
      "Round one, 2 February: 150 Talvians and 150 Brenmoori go home. Round two, 23 February: Brenmoor frees 340 Talvian POWs and Talvia frees 315 Brenmoori. Round three, 12 March: 120 each way, taking Brenmoor's total to 610 and Talvia's to 585.",
      [150, 'release', BRENMOOR_FREES, '2024-02-02'],
      [150, 'release', TALVIA_FREES, '2024-02-02'],
      [340, 'release', BRENMOOR_FREES, '2024-02-23'],
      [315, 'release', TALVIA_FREES, '2024-02-23'],
      [120, 'release', null, '2024-03-12'],
      [610, 'cumulative', BRENMOOR_FREES, '2024-03-12'],
      [585, 'cumulative', TALVIA_FREES, '2024-03-12'],
    ),
  ),
  known(
    BACKLOG,
    c(
      POWS,
      "Ilse Varnholm learned her son was alive from a video: he was one of 40 Brenmoori captives that Talvian state television showed singing in a camp canteen in January. On Tuesday he was among the 120 Brenmoori soldiers Talvia handed back at Dost. 'I kept counting the buses, six of them, until I saw his face,' she said.",
      held(40),
      [120, 'release', TALVIA_FREES, '2024-03-12'],
    ),
  ),
  known(
    BACKLOG,
    c(
      POWS,
      'The fourth round is scheduled for Saturday, when Brenmoor will hand over 200 Talvian prisoners and Talvia 180 Brenmoori, the Orsenne Council said. Talvia has also demanded the return of 35 marines captured at Kell Harbour, whom Brenmoor calls mercenaries and refuses to include.',
      [200, 'announcement', BRENMOOR_FREES, '2024-03-16'],
      [180, 'announcement', TALVIA_FREES, '2024-03-16'],
      [35, 'pledge', BRENMOOR_FREES, null],
    ),
  ),
  c(
    POWS,
    "How many are left? Brenmoor's ombudsman puts the Brenmoori still in Talvian hands at between 300 and 400; Talvia's figure for its own men held in Brenmoor is nearly 500. Neither side counts the roughly 60 civilians detained near the front.",
    held(400),
    held(500),
    held(60),
  ),
  known(
    BACKLOG,
    c(
      POWS,
      "Sick and wounded first: that was the rule on Sunday, when 22 stretcher cases were the only Talvian POWs Brenmoor released. Talvia answered with 19 of its own wounded captives, and the Orsenne Council said both sides would exchange the able-bodied men, 'up to 150 a side', by the end of the month.",
      [22, 'release', BRENMOOR_FREES, '2024-03-10'],
      [19, 'release', TALVIA_FREES, '2024-03-10'],
      [150, 'pledge', null, null],
    ),
  ),
]);

sweep('reports 9: a presidential amnesty of political prisoners', [
  c(
    AMNESTY_LEDGER,
    "SALVIR, March 14 (Meridian Wire) - Sarventa's President Ilan Kavello pardoned 312 political prisoners on Tuesday under the amnesty decree he signed last month, the presidency said, bringing the number freed under the programme to 1,847. Rights groups say at least 2,500 people remain jailed for their political views.",
    [312, 'release', AMNESTY, '2024-03-12'],
    [1847, 'cumulative', AMNESTY, '2024-03-12'],
    held(2500),
  ),
  known(
    BACKLOG,
    c(
      AMNESTY_LEDGER,
      "Under Decree No. 118, signed by President Kavello on Wednesday, 96 people convicted under Articles 201 and 204 of the Criminal Code 'shall be released from further serving of their sentences'. The Justice Ministry said they would walk out of prison on Saturday.",
      [96, 'announcement', AMNESTY, '2024-03-16'],
    ),
  ),
  known(
    BACKLOG,
    c(
      AMNESTY_LEDGER,
      "Who qualifies? The decree covers prisoners over 60, women with children under 14 and anyone serving less than five years for 'insulting the state', an estimated 4,000 people in all. Those convicted of violence, about 600 by the opposition's count, are excluded.",
      [4000, 'pledge', AMNESTY, null],
      held(600),
    ),
  ),
  known(
    BACKLOG,
    c(
      AMNESTY_LEDGER,
      "At Korrin penal colony, 14 inmates named on Tuesday's pardon list refused to walk out, saying that accepting clemency meant admitting guilt, while 39 others left that afternoon, a lawyer for the group said. Guards say the 14 have been moved to a separate barracks.",
      held(14),
      [39, 'release', AMNESTY, '2024-03-12'],
      held(14),
    ),
  ),
  known(
    BACKLOG,
    c(
      AMNESTY_LEDGER,
      'Of the 1,847 prisoners freed under the amnesty, at least 23 have been arrested again, most of them at protests in Salvir last weekend, the monitoring group Open Cell says. Police deny the figure and say only seven were detained, all for ordinary crimes.',
      [1847, 'cumulative', AMNESTY, '2024-03-14'],
      held(23),
      held(7),
    ),
  ),
  known(
    BACKLOG,
    c(
      AMNESTY_LEDGER,
      "By region, the Justice Ministry's tally of 1,847 released so far includes 610 from the capital district, 402 from Orrun province and about 300 from the northern camps; the rest were held in pre-trial centres. Orrun's governor said a further 85 would be freed there 'in the coming days'.",
      [1847, 'cumulative', AMNESTY, '2024-03-14'],
      [610, 'cumulative', AMNESTY, '2024-03-14'],
      [402, 'cumulative', AMNESTY, '2024-03-14'],
      [300, 'cumulative', AMNESTY, '2024-03-14'],
      [85, 'announcement', AMNESTY, null],
    ),
  ),
  c(
    AMNESTY_LEDGER,
    '13:05 — Crowds outside Vestra prison, where a first group of 41 political prisoners walked out at noon today.\n\n13:20 — Among them are 6 journalists and the poet Dara Olmescu.\n\n13:32 — Officials tell us another 60 will be released from Vestra on Saturday.',
    [41, 'release', AMNESTY, '2024-03-14'],
    [6, 'release', AMNESTY, '2024-03-14'],
    [60, 'announcement', AMNESTY, '2024-03-16'],
  ),
  known(
    BACKLOG,
    c(
      AMNESTY_LEDGER,
      "President Kavello wants credit for emptying the cells, but 1,847 freed out of a promised 4,000 is less than half, and the decree's fine print shuts out anyone the security service dislikes. Worse, the 23 rearrested since January show how thin his clemency is.",
      [1847, 'cumulative', AMNESTY, '2024-03-14'],
      [4000, 'pledge', AMNESTY, null],
      held(23),
    ),
  ),
  known(
    BACKLOG,
    c(
      AMNESTY_LEDGER,
      "Amnesty passes half-way mark\n\nWith the release of 2,010 prisoners confirmed by the presidency on Wednesday, Sarventa's clemency programme has passed the half-way mark of its 4,000 target; the remaining 1,990 are due out before the national day on 1 May.",
      [2010, 'cumulative', AMNESTY, '2024-03-13'],
      [4000, 'pledge', AMNESTY, null],
      held(1990),
    ),
  ),
  known(
    BACKLOG,
    c(
      AMNESTY_LEDGER,
      'Open Cell briefing note, 14 March. Since the amnesty began on 1 February, 1,847 detainees have been released, by our count, including 212 women and 31 minors. A further 118 have been granted pardons but remain in custody because their paperwork has not reached the prisons. We know of nine who died in custody before their release dates.',
      [1847, 'cumulative', AMNESTY, '2024-03-14'],
      [212, 'cumulative', AMNESTY, '2024-03-14'],
      [31, 'cumulative', AMNESTY, '2024-03-14'],
      held(118),
    ),
  ),
  c(
    AMNESTY_LEDGER,
    "'They let me go on Monday with 27 others from Block C, gave us a bus ticket and a copy of the decree,' said Tomas Erlik, a schoolteacher jailed for 19 months over an online post. 'There are still 140 men in Block D who signed the same petition.'",
    [27, 'release', AMNESTY, '2024-03-11'],
    held(140),
  ),
  known(
    BACKLOG,
    c(
      AMNESTY_LEDGER,
      "Is the amnesty over? No. The presidency says up to 2,000 more will be freed before the programme ends in June, and Justice Minister Petra Salo told parliament on Tuesday that 1,900 would be out 'by Friday'. The 120-seat parliament passed the amnesty law by 88 votes to 12.",
      [2000, 'pledge', AMNESTY, null],
      [1900, 'pledge', AMNESTY, null],
    ),
  ),
]);

sweep('reports 9: tin miners kidnapped by a militia, ransoms and a mediator', [
  known(
    BACKLOG,
    c(
      MINERS,
      'OSKAR FALLS, Corvantia, March 14 (Meridian Wire) - Gunmen of the Ember Hill Movement freed six of the 31 miners they seized at the Grennet tin mine in January, handing them to a church mediator on Tuesday, the company said. The remaining 25, among them four foreign engineers, are still being held in the forest east of the mine.',
      [6, 'release', MILITIA_FREES, '2024-03-12'],
      held(31),
      held(25),
      held(4),
    ),
  ),
  known(
    BACKLOG,
    c(
      MINERS,
      'The release on Tuesday followed the payment of a ransom that local officials put at 40 million corvants, about $90,000. A source close to the talks said the Movement had first asked 200 million for all 31 and now wants 20 million for each of those still held.',
      [31, 'pledge', MILITIA_FREES, null],
    ),
  ),
  c(
    MINERS,
    "A video released by the Movement on Wednesday shows 22 of the hostages sitting in front of a green tarpaulin, holding up a newspaper dated 9 March. Three men seen in the company's last photograph do not appear; the militia says they are 'in another camp'.",
    held(22),
    held(3),
  ),
  c(
    MINERS,
    "Father Anselm Okoro, the Diocese of Vell's mediator, said on Wednesday that he expects 'between eight and ten' more miners to be freed on Saturday, provided the army halts its operations around Ember Hill. 'I have seen them. They are tired but alive,' he said.",
    [10, 'announcement', MILITIA_FREES, '2024-03-16'],
  ),
  known(
    BACKLOG,
    c(
      MINERS,
      'Police special forces rescued two of the kidnapped miners in a raid on a militia camp near Tessel on Monday, the interior ministry said, in an operation that left five militiamen dead. The ministry did not say whether the pair were among the 25 the Movement still holds.',
      [2, 'release', null, '2024-03-11'],
      held(25),
    ),
  ),
  known(
    BACKLOG,
    c(
      MINERS,
      'Two of the captives, both surveyors in their twenties, escaped on Monday night and walked for two days to a village on the Sorr river, their families said. Another four who tried to flee with them were caught and beaten.',
      held(2),
      held(4),
    ),
  ),
  known(
    BACKLOG,
    c(
      MINERS,
      '16:10 — Convoy arriving at the Oskar Falls clinic.\n\n16:25 — The mine company confirms nine miners were handed over by the Ember Hill Movement this afternoon, bringing those released by the militia to 15.\n\n16:40 — Sixteen are still in captivity, according to the company.',
      [9, 'release', MILITIA_FREES, '2024-03-14'],
      [15, 'cumulative', MILITIA_FREES, '2024-03-14'],
      held(16),
    ),
  ),
  c(
    MINERS,
    'Correction: An earlier version of this report said 12 miners had been freed by the Ember Hill Movement on Tuesday. Six were freed that day; the six others named on a list circulated online are still held, the company says.',
    held(12),
    [6, 'release', MILITIA_FREES, '2024-03-12'],
    held(6),
  ),
  known(
    BACKLOG,
    c(
      MINERS,
      "By most accounts, Corvantia's government has paid for every miner who has come home, six on Tuesday and nine more today, each of them bought back at a price the Ember Hill Movement will spend on rifles. The 16 men still in the forest deserve better than a market in human beings.",
      [6, 'release', MILITIA_FREES, '2024-03-12'],
      [9, 'release', MILITIA_FREES, '2024-03-14'],
      held(16),
    ),
  ),
  known(
    BACKLOG,
    c(
      MINERS,
      "How many of the miners are foreigners? Of the 31 seized, four are engineers from Latheria, two of whom were among the nine freed today. Latheria's foreign ministry says it will 'not rest' until the other two are home.",
      held(31),
      held(4),
      [2, 'release', MILITIA_FREES, '2024-03-14'],
      [9, 'release', MILITIA_FREES, '2024-03-14'],
      held(2),
    ),
  ),
  c(
    MINERS,
    'The Movement says it will free all the remaining miners if the government withdraws the 1,200 troops it sent to the district in February and releases 14 of its members from Vell prison. The army says 300 soldiers have already pulled back.',
    [14, 'pledge', null, null],
  ),
  known(
    BACKLOG,
    c(
      MINERS,
      "Communiqué of the Ember Hill Movement (translated from Vellish): 'As a gesture of good faith toward the mediation of the Church, our command has decided to set at liberty seven workers of the Grennet company on the coming Monday. The others will remain our guests until our just demands are satisfied.'",
      [7, 'announcement', MILITIA_FREES, '2024-03-18'],
    ),
  ),
]);
