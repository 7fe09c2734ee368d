import type { Ledger } from '../../../src/core/types.js';
import { c, held, known, sweep as runSweep, type SweepCase } from './sweep-harness.js';

/**
 * A fifth sweep over multi-sentence mini-reports: 48 fresh reports (12 per story) over four invented stories, in the
 * styles real outlets use (wire copy, timestamped live blogs, stilted official statements, local human interest,
 * tabloid, NGO briefs, explainers, correction notices, op-eds, headline plus standfirst). It was written without
 * reading the extractor's rules or code, or the cases of the earlier sweeps, so its wording is new to the extractor;
 * the labels follow corpus FORMAT.md, every mention a careful annotator would list, in order of appearance.
 *
 * Dating: every article is published Thursday 2024-03-14, 12:00 UTC. "on Tuesday" told as done is 2024-03-12,
 * "yesterday" 2024-03-13, "today"/"this morning" 2024-03-14, "on Saturday" still to come 2024-03-16, "on Monday" still
 * to come 2024-03-18. A release whose sentence gives no day is null unless it directly continues a dated release in
 * the same report (a headline has no day unless it names one). A running total is dated by its own day word, else the
 * day of its statement ("said on Wednesday" = 2024-03-13), else the publication day. Pledges have no date; a count of
 * people held or not freed (`other`, held(n)) is scored without its ledger or date. A count covering both sides of a
 * swap has no ledger.
 *
 * Arguable decisions:
 * - Correction notices: the retracted figure was first labelled as its own clause states it, next to the corrected one.
 *   It is now `other` (held(n)): FORMAT's `release` is people actually freed, a retracted release must never reach a
 *   tally, and blind set 8 labels retracted figures the same way.
 * - A bare "pardoned N" that does not say the people walked free is an `announcement` with no date (a release decided,
 *   not yet done); "pardoned and freed" is a `release`.
 * - Moved to house arrest, re-arrested, refused, abducted, "the remaining N (due out in the third phase)" are `other`.
 * - Released on completion of sentence counts as a release by the government's ledger.
 * - A monthly or two-day sum of releases with no single day ("214 releases in February", "326 released in two days")
 *   is a `release` with no date, not a running total.
 * - A postponed exchange (R3.12) is a `pledge`: the agreed release stands, its day does not.
 * - "frees 37 on a Tuesday" in an op-ed (R4.9) points at this Tuesday's release and is dated 2024-03-12.
 * - People who died in captivity and troops under arms are not listed (casualties and troop numbers).
 */

const JNR_FREES = 'jnr-frees-hostages';
const CALDERRA_FREES = 'calderra-frees-alm-prisoners';
const ALM_FREES = 'alm-frees-calderran-soldiers';
const DRAVENIA_FREES = 'dravenia-frees-kolvathi-prisoners';
const KOLVATH_FREES = 'kolvath-frees-dravenian-prisoners';
const MALKOV_FREES = 'veskara-frees-protesters';

const BACKLOG =
  'a case from a fresh sweep written by someone who had not read the rules, not yet read right: kept as the backlog for issue 3';

/** Jamaat Nur al-Rimal frees foreign and Zerhani hostages in batches, after mediation by neighbouring Kassaria. */
const DESERT: Ledger[] = [
  {
    id: JNR_FREES,
    title: 'Hostages freed by Jamaat Nur al-Rimal',
    releaser: ['Jamaat Nur al-Rimal', 'JNR', 'the group', 'jihadists', 'militants', 'armed group', 'kidnappers'],
    released: [
      'hostages',
      'captives',
      'foreign hostages',
      'Zerhani hostages',
      'Zerhanis',
      'Vellandians',
      'aid workers',
      'truck drivers',
      'drivers',
    ],
    target: 57,
  },
];

/** The Calderra peace accord: the government frees ALM prisoners, the ALM frees soldiers and police, in phases. */
const ACCORD: Ledger[] = [
  {
    id: CALDERRA_FREES,
    title: 'ALM prisoners freed by the Calderran government',
    releaser: ['Calderra', 'Calderran government', 'the government', 'Calderran authorities', 'justice ministry'],
    released: ['ALM prisoners', 'ALM detainees', 'rebel prisoners', 'rebel detainees', 'rebels', 'detainees'],
    target: 1800,
  },
  {
    id: ALM_FREES,
    title: 'Calderran soldiers and police freed by the Ashkar Liberation Movement',
    releaser: ['Ashkar Liberation Movement', 'ALM', 'the rebels', 'the movement', 'rebel movement'],
    released: ['soldiers', 'government soldiers', 'Calderran soldiers', 'policemen', 'police officers', 'captives'],
    target: 420,
  },
];

/** Dravenia and Kolvath exchange prisoners of war and civilian detainees on ICRC flights. */
const EXCHANGE: Ledger[] = [
  {
    id: DRAVENIA_FREES,
    title: 'Kolvathi prisoners returned by Dravenia',
    releaser: ['Dravenia', 'Dravenian government', 'Dravenian authorities', 'Dravenian defence ministry'],
    released: [
      'Kolvathi prisoners of war',
      'Kolvathi POWs',
      'Kolvathi soldiers',
      'Kolvathi servicemen',
      'Kolvathi civilians',
      'Kolvathi detainees',
      'Kolvathis',
    ],
    target: null,
  },
  {
    id: KOLVATH_FREES,
    title: 'Dravenian prisoners returned by Kolvath',
    releaser: ['Kolvath', 'Kolvathi government', 'Kolvathi authorities', 'Kolvathi defence ministry'],
    released: [
      'Dravenian prisoners of war',
      'Dravenian POWs',
      'Dravenian servicemen',
      'Dravenian soldiers',
      'Dravenian civilians',
      'Dravenians',
    ],
    target: null,
  },
];

/** Veskara's President Malkov frees jailed protesters and opposition figures in waves. */
const WAVES: Ledger[] = [
  {
    id: MALKOV_FREES,
    title: 'Protesters and opposition figures freed by Veskara',
    releaser: ['President Malkov', 'Malkov', 'Veskara', 'Veskaran authorities', 'the authorities', 'the presidency'],
    released: [
      'protesters',
      'demonstrators',
      'detainees',
      'political prisoners',
      'opposition figures',
      'activists',
      'prisoners',
      'convicts',
    ],
    target: null,
  },
];

const sweep = (phenomenon: string, cases: SweepCase[]): void =>
  runSweep(`report wording sweep 5: ${phenomenon}`, cases);

sweep('desert jihadists free hostages in batches', [
  c(
    DESERT,
    'NIAMARA, Zerhana — Jamaat Nur al-Rimal freed nine hostages on Tuesday, including two Vellandian aid workers, after mediation by neighbouring Kassaria, officials said. The release brings to 21 the number of captives freed by the group since talks began in February. At least 36 people are still held somewhere in the Oudane Erg, according to a Kassarian security source. The aid workers, aged 34 and 41, were flown to the Kassarian capital.',
    [9, 'release', JNR_FREES, '2024-03-12'],
    [2, 'release', JNR_FREES, '2024-03-12'],
    [21, 'cumulative', JNR_FREES, '2024-03-14'],
    held(36),
  ),
  c(
    DESERT,
    "09:40 GMT — Kassaria's foreign ministry says a convoy carrying six hostages released by JNR this morning has crossed the border at Bir Tamsa. 10:15 GMT — A ministry spokeswoman tells reporters the group has now freed 27 of the 57 people it abducted in last year's raids on the Tindouf road. 10:32 GMT — Families gathered outside the ministry say they have waited 14 months; a second group of four is expected to be handed over on Saturday, the spokeswoman adds.",
    [6, 'release', JNR_FREES, '2024-03-14'],
    [27, 'cumulative', JNR_FREES, '2024-03-14'],
    held(57),
    [4, 'announcement', JNR_FREES, '2024-03-16'],
  ),
  known(
    BACKLOG,
    c(
      DESERT,
      'The Ministry of Foreign Affairs of the Kingdom of Kassaria informs that, thanks to the good offices of His Majesty, a total of eleven (11) persons held by the armed group were handed over on Wednesday 13 March to the Kassarian authorities in good health. Among them are three (3) nationals of Vellandia, one (1) national of Nordland and seven (7) Zerhani citizens. The Ministry reaffirms its availability to continue efforts toward the liberation of the remaining hostages, numbering twenty-five (25) according to its information.',
      [11, 'release', JNR_FREES, '2024-03-13'],
      [3, 'release', JNR_FREES, '2024-03-13'],
      [1, 'release', JNR_FREES, '2024-03-13'],
      [7, 'release', JNR_FREES, '2024-03-13'],
      held(25),
    ),
  ),
  c(
    DESERT,
    "For 412 days, Amina Oulad-Sidi kept her husband's lorry parked outside their house in Tessalit Wells. On Tuesday he came home, among nine drivers and labourers freed by the jihadists in the second batch of releases brokered by Kassaria. 'He has lost 20 kilos,' she said, adding that three men from their street are still in the desert. The family's neighbour, 67-year-old Brahim, is among them.",
    [9, 'release', JNR_FREES, '2024-03-12'],
    held(3),
  ),
  known(
    BACKLOG,
    c(
      DESERT,
      "FREE AT LAST! Brave Vellandian nurse Clara Voss, 29, hugged her mum at Easthaven airport last night after 300 terrifying days as a prisoner of desert jihadis. The Daily Clarion can reveal she was one of THREE Vellandians handed over by the fanatics on Wednesday in a deal reportedly worth £4 million. But pals of two other Vellandians still chained up in the Erg say the Foreign Office has 'forgotten' them.",
      [3, 'release', JNR_FREES, '2024-03-13'],
      held(2),
    ),
  ),
  known(
    BACKLOG,
    c(
      DESERT,
      "According to the Sahara Hostage Monitor's quarterly brief, JNR abducted at least 64 people between January 2023 and January 2024, of whom 19 were foreign nationals. The group freed 12 of them in a single handover brokered by Kassaria on 24 February, while four hostages are believed to have died in captivity. The monitor estimates that ransom payments exceeded $9 million and urges governments not to pay.",
      held(64),
      held(19),
      [12, 'release', JNR_FREES, '2024-02-24'],
    ),
  ),
  known(
    BACKLOG,
    c(
      DESERT,
      "How the hostage deal has unfolded so far: the first handover, on February 24, saw 12 people freed, most of them Zerhani truck drivers. A second batch of nine followed on Tuesday, and a further eleven were released yesterday, including three Vellandians. Kassarian officials say the remaining 25 could be freed 'within weeks', though JNR has demanded the release of 40 of its fighters held in Zerhani jails in return.",
      [12, 'release', JNR_FREES, '2024-02-24'],
      [9, 'release', JNR_FREES, '2024-03-12'],
      [11, 'release', JNR_FREES, '2024-03-13'],
      [3, 'release', JNR_FREES, '2024-03-13'],
      held(25),
      [40, 'pledge', null, null],
    ),
  ),
  c(
    DESERT,
    'Correction: An earlier version of this story said that 16 hostages were released by Jamaat Nur al-Rimal on Tuesday. In fact nine were freed on Tuesday; the figure of 16 referred to the total number of Zerhani nationals freed since February. The story also misstated the age of the Nordish engineer, who is 52.',
    held(16),
    [9, 'release', JNR_FREES, '2024-03-12'],
    [16, 'cumulative', JNR_FREES, '2024-03-14'],
  ),
  known(
    BACKLOG,
    c(
      DESERT,
      "Every time a government pays for the freedom of its citizens, it finances the next kidnapping. Kassaria's mediation has brought home 32 hostages since February, and no one begrudges their families their joy. But JNR still holds 25 people, and its commanders now know their price: an estimated $250,000 a head. Thirty-two freed, twenty-five held and a 1,000-strong jihadist army richer than ever — that is not a success.",
      [32, 'cumulative', JNR_FREES, '2024-03-14'],
      held(25),
      [32, 'cumulative', JNR_FREES, '2024-03-14'],
      held(25),
    ),
  ),
  known(
    BACKLOG,
    c(
      DESERT,
      "Desert militants free five more hostages, hold back Vellandian engineer. Jamaat Nur al-Rimal released five Zerhani hostages near the Kassarian border on Monday, but kept back a 58-year-old Vellandian engineer whose release had been expected, mediators said. The group has promised to free the remaining 20 captives 'in stages' before Ramadan.",
      [5, 'release', JNR_FREES, null],
      [5, 'release', JNR_FREES, '2024-03-11'],
      [20, 'pledge', JNR_FREES, null],
    ),
  ),
  known(
    BACKLOG,
    c(
      DESERT,
      "Zerhani officials and the militants gave conflicting accounts of Wednesday's handover. The interior ministry said seven hostages had been freed, while a JNR statement posted on Telegram put the number at ten, adding that three 'spies' would remain in custody. Kassaria's mediator, speaking on condition of anonymity, said eight people crossed the border at around 4 p.m. local time.",
      [7, 'release', JNR_FREES, '2024-03-13'],
      [10, 'release', JNR_FREES, '2024-03-13'],
      held(3),
      [8, 'release', JNR_FREES, '2024-03-13'],
    ),
  ),
  c(
    DESERT,
    "Kassaria said on Wednesday that JNR would release a further 14 hostages on Sunday, in addition to the nine freed on Tuesday and 12 handed over last month. If the handover goes ahead, it would leave 22 people in the group's hands, among them a Vellandian doctor abducted from a clinic in March 2023. The group holds its captives in camps spread across an area of 200,000 square kilometres.",
    [14, 'announcement', JNR_FREES, '2024-03-17'],
    [9, 'release', JNR_FREES, '2024-03-12'],
    [12, 'release', JNR_FREES, null],
    held(22),
  ),
]);

sweep('phased peace-accord prisoner releases', [
  c(
    ACCORD,
    'PORT SELVA, Calderra — The Calderran government released 600 rebel prisoners on Tuesday in the first phase of the peace accord signed in Geneva last month, the International Committee of the Red Cross said. The Ashkar Liberation Movement freed 140 soldiers and policemen the same day. Under the accord, the government is to free a total of 1,800 ALM detainees and the rebels 420 members of the security forces in three phases over 90 days.',
    [600, 'release', CALDERRA_FREES, '2024-03-12'],
    [140, 'release', ALM_FREES, '2024-03-12'],
    [1800, 'pledge', CALDERRA_FREES, null],
    [420, 'pledge', ALM_FREES, null],
  ),
  known(
    BACKLOG,
    c(
      ACCORD,
      '11:05 — UN monitors at Kerrow prison confirm the second phase is under way: buses carrying 250 ALM prisoners left the compound this morning. 11:20 — The rebel movement says it will hand over 80 captured soldiers at Tarn Bridge this afternoon, under ICRC supervision. 11:48 — A government spokesman says 1,150 rebel detainees have now been freed since the accord took effect, with the remaining 650 due out in the third phase.',
      [250, 'release', CALDERRA_FREES, '2024-03-14'],
      [80, 'announcement', ALM_FREES, '2024-03-14'],
      [1150, 'cumulative', CALDERRA_FREES, '2024-03-14'],
      held(650),
    ),
  ),
  known(
    BACKLOG,
    c(
      ACCORD,
      'Communiqué No. 17 of the General Command of the Ashkar Liberation Movement. In fidelity to the Accord of Peace and in presence of the delegates of the International Committee of the Red Cross, the Movement has proceeded on the day of Wednesday to the liberation of ninety-five (95) prisoners of the enemy army. The General Command denounces that the regime still retains in its jails not less than 900 combatants of the Movement, in violation of the article 6 of the Accord. Glory to the martyrs.',
      [95, 'release', ALM_FREES, '2024-03-13'],
      held(900),
    ),
  ),
  c(
    ACCORD,
    "Sergeant Tomas Reyel, 26, had not seen his daughter since she was born. On Tuesday the girl, now 18 months old, was waiting at the gate of the Fort Amaro barracks when the Red Cross bus pulled in with Reyel among 140 soldiers and policemen freed by the rebels. His unit lost 11 men in the ambush in which he was captured in 2022. 'There are still guys up there,' he said, of the roughly 280 security personnel the ALM still holds.",
    [140, 'release', ALM_FREES, '2024-03-12'],
    held(280),
  ),
  c(
    ACCORD,
    "TRAITOR'S DEAL! Killers walk free as government empties jails. Another 300 ALM terrorists strolled out of Kerrow jail yesterday — bringing to 900 the number of rebels freed under the so-called peace deal. Among them was bomb-maker 'El Flaco', 44, jailed for the 2019 market blast that killed 31.",
    [300, 'release', CALDERRA_FREES, '2024-03-13'],
    [900, 'cumulative', CALDERRA_FREES, '2024-03-13'],
  ),
  known(
    BACKLOG,
    c(
      ACCORD,
      'Calderra Prison Watch said in a report on Wednesday that of the 1,800 detainees covered by the accord, at least 212 are not ALM members at all but farmers and students detained under emergency laws. The group documented 47 cases of prisoners released in the first phase who were re-arrested within a week. It also said 15 women detainees were left off the release lists despite appearing on the UN-verified register.',
      [1800, 'pledge', CALDERRA_FREES, null],
      held(212),
      held(47),
      held(15),
    ),
  ),
  c(
    ACCORD,
    'Explainer: where the prisoner releases stand. Phase one, on 12 March, saw 600 rebel prisoners and 140 government soldiers freed. Phase two began yesterday with 300 ALM detainees, and the rebels say they will free 100 more soldiers on Saturday. In all, the accord provides for 2,220 people to be released by both sides, and UN monitors are required to verify each list 48 hours in advance.',
    [600, 'release', CALDERRA_FREES, '2024-03-12'],
    [140, 'release', ALM_FREES, '2024-03-12'],
    [300, 'release', CALDERRA_FREES, '2024-03-13'],
    [100, 'announcement', ALM_FREES, '2024-03-16'],
    [2220, 'pledge', null, null],
  ),
  c(
    ACCORD,
    'This article has been amended. An earlier version said the government had freed 1,200 rebel prisoners so far; the correct figure, according to the UN mission, is 1,020. It also wrongly stated that the ALM released 60 police officers on Monday; the rebels freed 45 officers on Sunday. We apologise for the errors.',
    held(1200),
    [1020, 'cumulative', CALDERRA_FREES, '2024-03-14'],
    held(60),
    [45, 'release', ALM_FREES, '2024-03-10'],
  ),
  known(
    BACKLOG,
    c(
      ACCORD,
      "The accord's architects promised that trust would be built one bus at a time. Four weeks and 1,020 released rebels later, the government can fairly claim to have kept its side of the bargain; the ALM, which has freed only 235 of the 420 soldiers it pledged to return, cannot. Some 3,000 rebel fighters remain under arms in the Ashkar highlands, and every delay hands their hardliners another argument.",
      [1020, 'cumulative', CALDERRA_FREES, '2024-03-14'],
      [235, 'cumulative', ALM_FREES, '2024-03-14'],
      [420, 'pledge', ALM_FREES, null],
    ),
  ),
  known(
    BACKLOG,
    c(
      ACCORD,
      'Calderra frees 350 rebels as peace deal enters final phase. The government released 350 ALM prisoners from three jails on Monday, the UN mission said, leaving about 450 still to be freed under the accord. The rebels are expected to release their last 120 captives on Saturday.',
      [350, 'release', CALDERRA_FREES, null],
      [350, 'release', CALDERRA_FREES, '2024-03-11'],
      held(450),
      [120, 'announcement', ALM_FREES, '2024-03-16'],
    ),
  ),
  known(
    BACKLOG,
    c(
      ACCORD,
      'The UN verification mission said on Wednesday it had confirmed the release of 1,020 ALM prisoners since the start of the accord, short of the 1,100 claimed by the justice ministry on Tuesday. The discrepancy, a UN official said, involved 80 names that appeared on release lists but could not be located in any facility. The ALM, for its part, has released 235 of its captives, the ICRC said.',
      [1020, 'cumulative', CALDERRA_FREES, '2024-03-13'],
      [1100, 'cumulative', CALDERRA_FREES, '2024-03-12'],
      held(80),
      [235, 'cumulative', ALM_FREES, '2024-03-14'],
    ),
  ),
  known(
    BACKLOG,
    c(
      ACCORD,
      'Under the timetable agreed in Geneva, the third and final phase will see the government free 500 prisoners and the rebels 100 soldiers, with the ICRC transporting both groups. Justice Minister Aurel Sandor told parliament on Wednesday that the first 200 of the 500 would be released on Friday. Opposition deputies, 43 of whom voted against the accord, demanded guarantees that no one convicted of killing civilians would be among them.',
      [500, 'pledge', CALDERRA_FREES, null],
      [100, 'pledge', ALM_FREES, null],
      [200, 'announcement', CALDERRA_FREES, '2024-03-15'],
      [500, 'pledge', CALDERRA_FREES, null],
    ),
  ),
]);

sweep('prisoner-of-war exchange on ICRC flights', [
  c(
    EXCHANGE,
    "Dravenia and Kolvath exchanged 230 prisoners on Tuesday in the largest swap since the war began, with two ICRC-chartered planes flying them between Lassburg and Kovna. Dravenia handed over 120 Kolvathi prisoners of war and 15 civilians, while Kolvath returned 95 Dravenian servicemen, the Red Cross said. Both sides say they still hold thousands of the other's soldiers.",
    [230, 'release', null, '2024-03-12'],
    [120, 'release', DRAVENIA_FREES, '2024-03-12'],
    [15, 'release', DRAVENIA_FREES, '2024-03-12'],
    [95, 'release', KOLVATH_FREES, '2024-03-12'],
  ),
  known(
    BACKLOG,
    c(
      EXCHANGE,
      "08:50 — The first ICRC flight of today's exchange, carrying 64 Dravenian POWs, has landed at Lassburg military airfield, Dravenia's defence ministry says. 09:30 — Kolvathi state TV shows 70 of its own soldiers and 12 civilian detainees disembarking in Kovna. 10:05 — Dravenia's ombudsman says today's exchange brings the number of Dravenians returned from Kolvathi captivity since 2022 to 1,318.",
      [64, 'release', KOLVATH_FREES, '2024-03-14'],
      [70, 'release', DRAVENIA_FREES, '2024-03-14'],
      [12, 'release', DRAVENIA_FREES, '2024-03-14'],
      [1318, 'cumulative', KOLVATH_FREES, '2024-03-14'],
    ),
  ),
  c(
    EXCHANGE,
    'As a result of the negotiation process, on 13 March 2024, 48 Kolvathi servicemen were returned from the territory controlled by the Dravenian regime. In return, 48 prisoners of war of the armed forces of Dravenia were transferred. The released servicemen are being provided with the necessary medical and psychological assistance at the facilities of the Ministry of Defence. The mediating efforts of the International Committee of the Red Cross are noted.',
    [48, 'release', DRAVENIA_FREES, '2024-03-13'],
    [48, 'release', KOLVATH_FREES, '2024-03-13'],
  ),
  known(
    BACKLOG,
    c(
      EXCHANGE,
      "Olena Marsk, 58, has kept a list taped to her fridge in Kovna since her son was captured at Hollin Ridge in August 2022: the names of the 31 men from his platoon taken with him. Eleven of them came home on Wednesday on a Red Cross flight from Lassburg. Her son was not among them, and a Kolvathi officials' hotline, 0800 555 214, has not returned her calls in three weeks.",
      held(31),
      [11, 'release', DRAVENIA_FREES, '2024-03-13'],
    ),
  ),
  c(
    EXCHANGE,
    "HEROES HOME! Tears flowed at Lassburg airbase as 95 battle-scarred Dravenian boys stepped off a mercy flight yesterday — some after more than 600 days in Kolvath's notorious Pit 9 prison camp. But Kolvath is still holding an estimated 2,400 of our lads, and defence chiefs fear as many as 400 have died behind the wire.",
    [95, 'release', KOLVATH_FREES, '2024-03-13'],
    held(2400),
  ),
  c(
    EXCHANGE,
    'In its March update, the Geneva-based Detention Watch Network said it had interviewed dozens of the 189 Kolvathi civilians returned in exchanges since October. Most described beatings during interrogation. The network estimates that at least 700 Kolvathi civilians remain in Dravenian detention without charge, including 23 minors.',
    [189, 'cumulative', DRAVENIA_FREES, '2024-03-14'],
    held(700),
    held(23),
  ),
  known(
    BACKLOG,
    c(
      EXCHANGE,
      "Since the first exchange in May 2022, Dravenia and Kolvath have carried out 41 swaps. The largest, in January, returned 478 people in total. This week's two flights added 230 on Tuesday and 96 on Wednesday, and officials on both sides say a further exchange of 150 prisoners each is planned for Monday.",
      [478, 'release', null, null],
      [230, 'release', null, '2024-03-12'],
      [96, 'release', null, '2024-03-13'],
      [150, 'announcement', null, '2024-03-18'],
    ),
  ),
  known(
    BACKLOG,
    c(
      EXCHANGE,
      'Correction: A previous version of this article incorrectly reported that Kolvath freed 64 Dravenian prisoners of war on Wednesday. The 64 servicemen were released on Thursday, alongside 82 Kolvathi soldiers and civilians freed by Dravenia. The article also gave the wrong flight duration; it was two hours and 40 minutes.',
      [64, 'release', KOLVATH_FREES, '2024-03-13'],
      [64, 'release', KOLVATH_FREES, '2024-03-14'],
      [82, 'release', DRAVENIA_FREES, '2024-03-14'],
    ),
  ),
  known(
    BACKLOG,
    c(
      EXCHANGE,
      "The images from Lassburg this week — 326 men and women released in two days — should not fool anyone into thinking the war is winding down. Kolvath claims to hold 6,000 Dravenian prisoners; Dravenia says it has 'more than 4,000' Kolvathis. At the current pace of a few hundred a month, the last of them would come home sometime after 2027.",
      [326, 'release', null, null],
      held(6000),
      held(4000),
    ),
  ),
  known(
    BACKLOG,
    c(
      EXCHANGE,
      "Kolvath and Dravenia swap 150 prisoners each in Monday exchange. The two countries will exchange 300 prisoners of war and civilians on Monday, Kolvath's human rights commissioner said on Wednesday, in a deal mediated by the ICRC and the Gulf state of Qamrah. Kolvath has so far recovered 2,190 of its citizens through exchanges, she said.",
      [150, 'announcement', null, '2024-03-18'],
      [300, 'announcement', null, '2024-03-18'],
      [2190, 'cumulative', DRAVENIA_FREES, '2024-03-13'],
    ),
  ),
  c(
    EXCHANGE,
    "A Red Cross flight carrying 38 Dravenian civilians detained in occupied Vesh province landed in Lassburg on Tuesday night, Dravenia's foreign ministry said. Among them were 6 children under 14 and a 91-year-old woman held for 19 months. Dravenia freed 40 Kolvathi detainees in return, according to Kolvath's ombudsman, who said 1,200 Kolvathi civilians remained in Dravenian custody.",
    [38, 'release', KOLVATH_FREES, '2024-03-12'],
    [6, 'release', KOLVATH_FREES, '2024-03-12'],
    [40, 'release', DRAVENIA_FREES, '2024-03-12'],
    held(1200),
  ),
  known(
    BACKLOG,
    c(
      EXCHANGE,
      "An exchange of 200 prisoners planned for Saturday has been postponed after Dravenia accused Kolvath of altering the list at the last minute, the ICRC said on Wednesday. In the same statement, the Red Cross said it had already facilitated the return of 326 people this week. Kolvath's negotiator said his country would release its 100 on Sunday regardless.",
      [200, 'pledge', null, null],
      [326, 'cumulative', null, '2024-03-13'],
      [100, 'announcement', KOLVATH_FREES, '2024-03-17'],
    ),
  ),
]);

sweep('authoritarian waves of protester releases', [
  known(
    BACKLOG,
    c(
      WAVES,
      'President Dorin Malkov pardoned 37 people jailed over the 2022 fuel protests on Tuesday, the presidential press service said, in the fourth such wave since November. Rights group Pravo-Veskara said 18 of them walked free on Wednesday, while the rest remained in penal colonies awaiting paperwork. The group counts 1,412 political prisoners still behind bars.',
      [37, 'announcement', MALKOV_FREES, null],
      [18, 'release', MALKOV_FREES, '2024-03-13'],
      held(1412),
    ),
  ),
  c(
    WAVES,
    "10:12 — Lawyers outside Penal Colony No. 3 in Brevnik say 9 pardoned demonstrators have been let out this morning. 10:40 — Among them is opposition MP Sofia Ternava, 61, jailed in 2021 for 'mass unrest'. 11:15 — The interior ministry says a further 14 detainees will be released from other colonies before midnight. The ministry says 37 have been freed so far under this week's decree.",
    [9, 'release', MALKOV_FREES, '2024-03-14'],
    [14, 'announcement', MALKOV_FREES, '2024-03-14'],
    [37, 'cumulative', MALKOV_FREES, '2024-03-14'],
  ),
  c(
    WAVES,
    'By Decree No. 114 of 11 March 2024, guided by the principles of humanism, the Head of State pardoned 22 persons convicted of crimes of an extremist nature who had filed petitions and sincerely repented; they were released from places of detention on the same day. Over the past month, a further 5 convicts were released upon the expiry of their terms of punishment. The petitions of 63 other convicts are under consideration by the Pardon Commission.',
    [22, 'release', MALKOV_FREES, '2024-03-11'],
    [5, 'release', MALKOV_FREES, null],
    held(63),
  ),
  c(
    WAVES,
    'When Pavel Dresk, a 34-year-old schoolteacher from Marno, was carried out of the courthouse in 2022, his pupils were in the third grade. He walked out of Colony No. 9 on Tuesday, having served every day of his 20-month sentence, one of 12 protesters released on completion of their terms this week. His wife says four other teachers arrested with him are now under house arrest and cannot leave their flats.',
    [12, 'release', MALKOV_FREES, null],
    held(4),
  ),
  known(
    BACKLOG,
    c(
      WAVES,
      "MERCY OF THE PRESIDENT! Yesterday 40 misguided youngsters who fell for Western-paid agitators in 2022 embraced their mothers outside Brevnik's remand prison, freed by the personal decision of President Malkov. 'The president has a big heart,' said babushka Vera, 78. Only 3 of those pardoned refused to sign the letter of repentance — and they stay behind bars!",
      [40, 'release', MALKOV_FREES, '2024-03-13'],
      held(3),
    ),
  ),
  known(
    BACKLOG,
    c(
      WAVES,
      "In its monthly update, the Veskaran Human Rights Centre recorded 214 releases of political prisoners in February, of which 131 came through pardons and 83 on completion of sentence. Over the same period, 97 new political prisoners were recognised and 26 people already freed were detained again. At least 19 freed opposition figures were placed under house arrest or 'preventive supervision' on release.",
      [214, 'release', MALKOV_FREES, null],
      [131, 'release', MALKOV_FREES, null],
      [83, 'release', MALKOV_FREES, null],
      held(97),
      held(26),
      held(19),
    ),
  ),
  c(
    WAVES,
    'The releases have come in waves. In November, 60 protesters were pardoned and freed ahead of the Unity Day holiday; a second wave of 45 followed on 2 January. On Tuesday, 37 more were let go, although rights groups say at least eight were re-arrested within hours on new charges. The authorities say 142 people have now been freed; the opposition puts the total still jailed at more than 1,300.',
    [60, 'release', MALKOV_FREES, null],
    [45, 'release', MALKOV_FREES, '2024-01-02'],
    [37, 'release', MALKOV_FREES, '2024-03-12'],
    held(8),
    [142, 'cumulative', MALKOV_FREES, '2024-03-14'],
    held(1300),
  ),
  c(
    WAVES,
    'Correction, March 14: An earlier version of this article stated that opposition leader Ilya Varsh was among 37 detainees released on Tuesday. Varsh was transferred to house arrest; he was not freed. The number of detainees released on Tuesday was 36.',
    held(37),
    [36, 'release', MALKOV_FREES, '2024-03-12'],
  ),
  known(
    BACKLOG,
    c(
      WAVES,
      'Mr Malkov wants applause for every bus that leaves a prison gate. Yet for every one of the 142 prisoners he has released since November, his police have detained two more, and 1,300 remain inside. A regime that frees 37 on a Tuesday and arrests 50 on a Wednesday is not liberalising; it is rotating its hostages.',
      [142, 'cumulative', MALKOV_FREES, '2024-03-14'],
      held(1300),
      [37, 'release', MALKOV_FREES, '2024-03-12'],
      held(50),
    ),
  ),
  known(
    BACKLOG,
    c(
      WAVES,
      "Veskara frees 25 protesters, moves opposition leader to house arrest. Authorities in Veskara released 25 people detained during last month's bread protests on Wednesday, their lawyers said, but transferred jailed opposition leader Ilya Varsh, 58, to house arrest. Another 110 demonstrators from the February protests remain in pre-trial detention, according to the Brevnik Bar Association.",
      [25, 'release', MALKOV_FREES, null],
      [25, 'release', MALKOV_FREES, '2024-03-13'],
      held(110),
    ),
  ),
  known(
    BACKLOG,
    c(
      WAVES,
      "Veskara's prosecutor-general said on Wednesday that 64 people convicted over the 2022 unrest had been released since the start of the year, while the opposition's coordination council said on Thursday that only 41 had actually left prison. The council said the official figure included 23 people moved to house arrest and six who were freed but detained again within days. Western diplomats estimate around 1,350 political prisoners are still held.",
      [64, 'cumulative', MALKOV_FREES, '2024-03-13'],
      [41, 'cumulative', MALKOV_FREES, '2024-03-14'],
      held(23),
      held(6),
      held(1350),
    ),
  ),
  c(
    WAVES,
    "Veskara's presidential administration said on Wednesday that 30 more people convicted over the protests would be freed on Saturday to mark Constitution Day. Malkov has promised to release 'all those who have repented', which opposition groups say could apply to as many as 400 prisoners. The European Union has offered to lift sanctions on 12 officials if 'substantial numbers' are released.",
    [30, 'announcement', MALKOV_FREES, '2024-03-16'],
    [400, 'pledge', MALKOV_FREES, null],
  ),
]);
