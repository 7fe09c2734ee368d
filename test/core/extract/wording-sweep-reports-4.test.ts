import type { Ledger } from '../../../src/core/types.js';
import { c, held, known, sweep as runSweep, type SweepCase } from './sweep-harness.js';

/**
 * A fourth sweep over multi-sentence mini-reports, written fresh by someone who had not read the extractor's rules or
 * the earlier sweeps' cases, over four invented stories: a POW exchange between two states (Drelia and Kazmor), a
 * hostage-for-prisoner truce between a state and an armed group (Halvoria and the Red Ash Brigades), a ship's crew
 * freed by pirates in batches (the Amber Gull), and a mass amnesty (President Venn of Caldessa). Each report is
 * labelled with every mention a careful annotator would list under corpus FORMAT.md, in order of appearance, in the
 * styles real outlets use: wire copy, live blogs, statements and translations, tabloids, local features, rights-group
 * reports and explainers.
 *
 * Every article is published Thursday 2024-03-14, 12:00 UTC: "on Tuesday" told as done is 2024-03-12, "yesterday" is
 * 2024-03-13, "today" and "this morning" are 2024-03-14, "on Friday"/"on Saturday"/"on Monday" still to come are
 * 2024-03-15/16/18. A count of people held or not freed (`other`) is scored without its ledger. Pledges have no date.
 *
 * Labelling decisions that are arguable:
 * - A mention whose sentence gives no day has a null date, unless it directly continues a dated release in the same
 *   report ("In turn, the Drelian side transferred 115", "Among them were 2", "The releases bring to 52", "That makes
 *   67"). A running total is the exception: it is true as of the day it is stated, so with no day of its own it takes
 *   the day of its statement ("said on Wednesday"), else the publication day. (The sweep's author first left such
 *   totals undated; the labels were changed to this convention, which the corpus labels follow: 87 of their 100
 *   running totals carry the publication day, 4 are undated.)
 * - A running total in the same sentence as a dated release ("most recently 8 on Thursday", "including 56 this
 *   morning") takes that release's date.
 * - Counts of the people originally taken ("seized with 31 crew", "of the 12 Istmari seafarers", "the 140 innocents
 *   they snatched") and new arrests ("47 new politically motivated arrests") are `other`: people-counts of the story's
 *   custody that are not releases.
 * - Urging or demanding that a releaser free N ("urged the Brigades to free the remaining 81", "urged President Venn to
 *   free ... the 23 journalists") is a `pledge` (a demand), not `other`.
 * - An amnesty decree "covering 214 inmates" is a `pledge` (a commitment), with its parts; the batches actually freed
 *   are releases. "The remaining 9 would be released once a second payment is made" is a term, so a `pledge`.
 * - "welcomed the release of 93 prisoners ... this week" is a `release` with no day, not a running total.
 * - An anaphoric "the 3 are in good health" is the same release mentioned twice, so listed twice.
 * - A count over a period ("freed 20 hostages in the first 3 days of the truce") is a `release` with no date.
 * - Counts agreed by both sides ("each side freed 200", "200 prisoners ... on each side", "660 people have been freed by
 *   the two sides") have a null ledger.
 * - "if the Brigades hand over 10 hostages as scheduled" (in a sentence about Friday) is an `announcement` for Friday;
 *   "56 inmates will be released by noon" in a live blog of today's releases is dated today.
 * - "Among them were 2 former members of parliament", after "Another 56 ... today, taking the total to 149", is read
 *   as a part of the 56 freed today (the sentence's subject), so a dated `release`.
 * - The first run passed 6 of the 48 cases; the other 42 are kept as known gaps. No label was changed to match a
 *   reading, only the dates of undated running totals, to the convention above.
 */

const DRELIA_FREES = 'drelia-frees-kazmori-pows';
const KAZMOR_FREES = 'kazmor-frees-drelian-pows';
const BRIGADES_FREE = 'red-ash-brigades-free-halvorian-hostages';
const HALVORIA_FREES = 'halvoria-frees-red-ash-prisoners';
const SABLE_FREES = 'sable-tide-frees-amber-gull-crew';
const VENN_AMNESTY = 'caldessa-independence-day-amnesty';

/** A war between Drelia and Kazmor, with prisoners of war swapped in rounds mediated by Rasheen. */
const POWS: Ledger[] = [
  {
    id: DRELIA_FREES,
    title: 'Kazmori prisoners of war freed by Drelia',
    releaser: ['Drelia', 'Drelian government', 'Drelian authorities', 'Drelian defence ministry', 'Drelian side'],
    released: ['Kazmori prisoners of war', 'Kazmori POWs', 'Kazmori soldiers', 'Kazmori servicemen', 'Kazmoris'],
    target: null,
  },
  {
    id: KAZMOR_FREES,
    title: 'Drelian prisoners of war freed by Kazmor',
    releaser: ['Kazmor', 'Kazmori government', 'Kazmori authorities', 'Kazmori defence ministry', 'Kazmori side'],
    released: ['Drelian prisoners of war', 'Drelian POWs', 'Drelian soldiers', 'Drelian servicemen', 'Drelians'],
    target: null,
  },
];

/** A truce after the Red Ash Brigades' raid on Corvel: hostages for prisoners at ten to one. */
const TRUCE: Ledger[] = [
  {
    id: BRIGADES_FREE,
    title: 'Halvorian hostages freed by the Red Ash Brigades',
    releaser: ['Red Ash Brigades', 'the Brigades', 'Red Ash', 'militants', 'the group'],
    released: ['hostages', 'captives', 'Halvorian hostages', 'abductees'],
    target: 140,
  },
  {
    id: HALVORIA_FREES,
    title: 'Red Ash prisoners freed by Halvoria',
    releaser: ['Halvoria', 'Halvorian government', 'Halvorian authorities', 'the government', 'justice ministry'],
    released: ['prisoners', 'detainees', 'Brigade prisoners', 'Red Ash prisoners', 'Red Ash detainees'],
    target: 1400,
  },
];

/** The bulk carrier Amber Gull, seized by Sable Tide pirates with 19 Pelorian and 12 Istmari crew. */
const SHIP: Ledger[] = [
  {
    id: SABLE_FREES,
    title: 'Amber Gull crew freed by Sable Tide pirates',
    releaser: ['Sable Tide', 'pirates', 'hijackers', 'captors', 'gunmen', 'kidnappers'],
    released: ['crew members', 'crew', 'sailors', 'seafarers', 'seamen', 'hostages', 'Pelorian sailors', 'Istmaris'],
    target: 31,
  },
];

/** President Nadira Venn's Independence Day amnesty in Caldessa, no target. */
const AMNESTY: Ledger[] = [
  {
    id: VENN_AMNESTY,
    title: "Prisoners freed under President Venn's Independence Day amnesty",
    releaser: ['President Venn', 'Venn', 'the presidency', 'Caldessa', 'Caldessan authorities', 'prison service'],
    released: ['political prisoners', 'prisoners', 'inmates', 'convicts', 'detainees', 'journalists'],
    target: null,
  },
];

const BACKLOG =
  'a case from a fresh sweep written by someone who had not read the rules, not yet read right: kept as the backlog for issue 3';

const sweep = (phenomenon: string, cases: SweepCase[]): void =>
  runSweep(`report wording sweep 4: ${phenomenon}`, cases);

sweep('prisoner-of-war exchange between two states', [
  c(
    POWS,
    "Kazmor and Drelia swapped prisoners of war on Tuesday for the first time since January, with Kazmor handing back 120 Drelian servicemen and Drelia returning 115 Kazmori soldiers, officials on both sides said. The exchange, mediated by Rasheen, took place at a border crossing 40 km south of Lenz. Drelia's defence ministry said 1,340 Drelian POWs have now come home since the war began in 2022. Thousands more remain in captivity on both sides.",
    [120, 'release', KAZMOR_FREES, '2024-03-12'],
    [115, 'release', DRELIA_FREES, '2024-03-12'],
    [1340, 'cumulative', KAZMOR_FREES, '2024-03-14'],
  ),
  c(
    POWS,
    "14:05 Buses carrying Kazmori prisoners of war have arrived at the Velkor crossing, our correspondent says. 14:20 Drelia's defence ministry confirms that 60 Kazmori POWs are being handed over now and that another 60 will follow tomorrow. 14:32 Kazmor says it has released 58 Drelian soldiers in return, two of them on stretchers. 14:50 The Drelian ombudsman, Anika Solm, 61, says more than 2,000 Drelian servicemen are still held in Kazmori camps.",
    [60, 'release', DRELIA_FREES, '2024-03-14'],
    [60, 'announcement', DRELIA_FREES, '2024-03-15'],
    [58, 'release', KAZMOR_FREES, '2024-03-14'],
    [2, 'release', KAZMOR_FREES, '2024-03-14'],
    held(2000),
  ),
  known(
    BACKLOG,
    c(
      POWS,
      'The Kazmori Ministry of Defence said in a statement that 120 Drelian prisoners of war were returned on Tuesday in exchange for 115 Kazmori servicemen, among them 11 officers and 3 pilots. The ministry said the difference reflected 5 Drelian POWs who had declined to go home. It said Kazmor remained committed to an all-for-all exchange and urged Drelia to account for 430 Kazmori soldiers it says are held in secret sites.',
      [120, 'release', KAZMOR_FREES, '2024-03-12'],
      [115, 'release', DRELIA_FREES, '2024-03-12'],
      [11, 'release', DRELIA_FREES, '2024-03-12'],
      [3, 'release', DRELIA_FREES, '2024-03-12'],
      held(5),
      held(430),
    ),
  ),
  known(
    BACKLOG,
    c(
      POWS,
      "For 19 months, Vera Hollin kept her son's room exactly as he left it. On Tuesday evening Sergeant Tomas Hollin, 24, stepped off a bus in the Drelian border town of Ust-Mara, one of 120 Drelian soldiers freed by Kazmor in the latest exchange. 'I counted every day,' said Mrs Hollin, 52, who runs a bakery at 14 Riverside Street. Tomas is one of 9 men from the town to come home from Kazmori captivity since last summer; 4 others are still held, the mayor said.",
      [120, 'release', KAZMOR_FREES, '2024-03-12'],
      [9, 'cumulative', KAZMOR_FREES, '2024-03-14'],
      held(4),
    ),
  ),
  known(
    BACKLOG,
    c(
      POWS,
      'Statement of the Ministry of Foreign Affairs of the Republic of Drelia (unofficial translation). On 12 March 2024, as a result of the humanitarian efforts of the State of Rasheen, 120 citizens of Drelia who had been in captivity were returned to the Motherland. In turn, the Drelian side transferred 115 servicemen of the armed forces of Kazmor. The Ministry expresses gratitude to the Rasheeni partners and notes that, in total, 1,340 Drelian defenders have been freed from captivity. The next stage, in which 200 prisoners are to be exchanged on each side, is scheduled for 18 March.',
      [120, 'release', KAZMOR_FREES, '2024-03-12'],
      [115, 'release', DRELIA_FREES, '2024-03-12'],
      [1340, 'cumulative', KAZMOR_FREES, '2024-03-14'],
      [200, 'announcement', null, '2024-03-18'],
    ),
  ),
  known(
    BACKLOG,
    c(
      POWS,
      "HEROES HOME! Weeping mums mobbed a border checkpoint on Tuesday as 120 of our brave boys were finally freed by Kazmor's thugs. Some had been locked up for almost TWO YEARS and lost 20kg in squalid camps. Kazmor got 115 of its own soldiers back in the swap. But 1,900 Drelian lads are STILL rotting behind the wire, campaigners warn.",
      [120, 'release', KAZMOR_FREES, '2024-03-12'],
      [115, 'release', DRELIA_FREES, '2024-03-12'],
      held(1900),
    ),
  ),
  c(
    POWS,
    'Human Rights Monitor Kazmor said in a report released on Wednesday that at least 37 of the 115 Kazmori prisoners of war freed by Drelia on Tuesday showed signs of torture. The report, based on 64 interviews, said 6 prisoners had died in custody since October. It called on both governments to grant monitors access to the estimated 5,600 prisoners of war the two countries still hold.',
    [37, 'release', DRELIA_FREES, '2024-03-12'],
    [115, 'release', DRELIA_FREES, '2024-03-12'],
    held(5600),
  ),
  known(
    BACKLOG,
    c(
      POWS,
      "How the prisoner swaps have worked. Drelia and Kazmor have held 11 exchanges since the war began, the largest on February 20, when each side freed 200 prisoners of war. Tuesday's round saw 120 Drelians and 115 Kazmoris go home. In all, Kazmor has released 1,340 Drelian POWs and Drelia 1,210 Kazmori POWs, according to the mediators. Both sides say they want an all-for-all exchange, which would free roughly 8,000 people.",
      [200, 'release', null, '2024-02-20'],
      [120, 'release', KAZMOR_FREES, '2024-03-12'],
      [115, 'release', DRELIA_FREES, '2024-03-12'],
      [1340, 'cumulative', KAZMOR_FREES, '2024-03-14'],
      [1210, 'cumulative', DRELIA_FREES, '2024-03-14'],
      [8000, 'pledge', null, null],
    ),
  ),
  known(
    BACKLOG,
    c(
      POWS,
      'Kazmor will free 75 Drelian prisoners of war on Saturday in a swap for 75 of its own soldiers, the Kazmori presidency said on Wednesday, in what would be the second exchange in a week. The announcement came a day after 120 Drelian servicemen were released. A Drelian official said the Kazmori list for Saturday included 8 wounded Drelian men, and that the bodies of 14 fallen soldiers would also be returned.',
      [75, 'announcement', KAZMOR_FREES, '2024-03-16'],
      [75, 'announcement', DRELIA_FREES, '2024-03-16'],
      [120, 'release', KAZMOR_FREES, '2024-03-12'],
      [8, 'announcement', KAZMOR_FREES, '2024-03-16'],
    ),
  ),
  c(
    POWS,
    "The two sides gave different figures for Tuesday's exchange. Drelia said it received 120 of its soldiers and handed over 115 Kazmoris, while Kazmor's defence ministry put the number of Kazmori servicemen returned at 117 and said it had freed 118 Drelians. Neither side explained the discrepancy. Kazmor says it holds 'more than 4,000' Drelian prisoners.",
    [120, 'release', KAZMOR_FREES, '2024-03-12'],
    [115, 'release', DRELIA_FREES, '2024-03-12'],
    [117, 'release', DRELIA_FREES, '2024-03-12'],
    [118, 'release', KAZMOR_FREES, '2024-03-12'],
    held(4000),
  ),
  known(
    BACKLOG,
    c(
      POWS,
      'In other news, a Drelian air force pilot captured in the first week of the war was among 120 prisoners freed by Kazmor on Tuesday. Captain Ilya Brandt, 33, spent 741 days in captivity. Drelia has in turn released 115 Kazmori troops. Officials say 2 more exchanges are planned before the end of April.',
      [120, 'release', KAZMOR_FREES, '2024-03-12'],
      [115, 'release', DRELIA_FREES, '2024-03-12'],
    ),
  ),
  known(
    BACKLOG,
    c(
      POWS,
      'Opposition deputies in the Drelian parliament demanded on Wednesday that the government secure the return of all 2,300 Drelian servicemen held by Kazmor before the summer. Defence Minister Oren Vasl told the chamber that 1,340 had been freed so far and that Drelia itself had released 1,210 Kazmori soldiers. He said a further 150 Kazmoris would be sent home next week, and 140 deputies later backed a motion supporting the talks.',
      [2300, 'pledge', KAZMOR_FREES, null],
      [1340, 'cumulative', KAZMOR_FREES, '2024-03-13'],
      [1210, 'cumulative', DRELIA_FREES, '2024-03-13'],
      [150, 'announcement', DRELIA_FREES, null],
    ),
  ),
]);

sweep('hostage-for-prisoner truce between a state and an armed group', [
  known(
    BACKLOG,
    c(
      TRUCE,
      'The Red Ash Brigades released 9 Halvorian hostages on Tuesday, the fifth group freed under the truce, while Halvoria let 90 Brigade prisoners go from Stennet prison. The releases bring to 52 the number of hostages freed since the truce began on March 4. The agreement provides for the release of 140 hostages in exchange for 1,400 prisoners.',
      [9, 'release', BRIGADES_FREE, '2024-03-12'],
      [90, 'release', HALVORIA_FREES, '2024-03-12'],
      [52, 'cumulative', BRIGADES_FREE, '2024-03-12'],
      [140, 'pledge', BRIGADES_FREE, null],
      [1400, 'pledge', HALVORIA_FREES, null],
    ),
  ),
  known(
    BACKLOG,
    c(
      TRUCE,
      "10:12 Red Cross vehicles are on their way to the handover point near Corvel, where the Brigades are expected to free 7 hostages this afternoon. 10:40 Halvoria's prison service says it will release 70 Red Ash detainees once the hostages have crossed. 11:15 Sources in the group say those being freed include a 9-year-old girl abducted with her mother. 11:30 Officials say 81 hostages remain in the hands of the Brigades.",
      [7, 'announcement', BRIGADES_FREE, '2024-03-14'],
      [70, 'announcement', HALVORIA_FREES, '2024-03-14'],
      held(81),
    ),
  ),
  c(
    TRUCE,
    'The Halvorian government confirmed that 11 hostages had returned to Halvorian territory on Wednesday evening and were undergoing medical checks at Brennic hospital. In line with the agreement, the justice ministry released 110 prisoners on Wednesday night, none of whom had been convicted of murder, the statement said. The government said it would not negotiate the release of the 400 Brigade fighters captured during the October raid.',
    [11, 'release', BRIGADES_FREE, '2024-03-13'],
    [110, 'release', HALVORIA_FREES, '2024-03-13'],
    held(400),
  ),
  known(
    BACKLOG,
    c(
      TRUCE,
      "When the phone rang at 6.30am on Tuesday, Maren Tolk knew before she answered. Her husband Piet, 47, a schoolteacher seized from their home in Corvel 158 days ago, was one of 9 hostages released by the Red Ash Brigades that morning. The couple's two daughters, aged 12 and 15, made a banner that still hangs over the door at 3 Mill Lane. 'We think of the 79 hostages who are still there,' Mrs Tolk said.",
      [9, 'release', BRIGADES_FREE, '2024-03-12'],
      held(79),
    ),
  ),
  known(
    BACKLOG,
    c(
      TRUCE,
      'Statement of the Red Ash Brigades (translated from Halvic): Within the framework of the agreement, our fighters today handed over 8 enemy captives to the Red Cross, bringing the number of captives we have released to 60. We demand that the occupier release the 1,200 prisoners still held in its dungeons, including 140 women and 38 children. Any violation will be met by suspension of the exchange.',
      [8, 'release', BRIGADES_FREE, '2024-03-14'],
      [60, 'cumulative', BRIGADES_FREE, '2024-03-14'],
      [1200, 'pledge', HALVORIA_FREES, null],
      [140, 'pledge', HALVORIA_FREES, null],
      [38, 'pledge', HALVORIA_FREES, null],
    ),
  ),
  known(
    BACKLOG,
    c(
      TRUCE,
      'SHAME OF THE SWAP: Halvoria yesterday threw open the gates of Stennet jail to 110 terror convicts, including a bomb-maker who killed 4 police officers in 2019, in return for just 11 hostages. Red Ash goons have now freed 63 of the 140 innocents they snatched. Taxpayers have spent $2.3 million keeping the freed thugs behind bars.',
      [110, 'release', HALVORIA_FREES, '2024-03-13'],
      [11, 'release', BRIGADES_FREE, '2024-03-13'],
      [63, 'cumulative', BRIGADES_FREE, '2024-03-14'],
      held(140),
    ),
  ),
  c(
    TRUCE,
    'The rights group Watchlist Halvoria said on Wednesday that 312 of the 450 prisoners freed by Halvoria since March 4 had been held without charge, some for more than 5 years. The group also said at least 20 released prisoners had been re-arrested within days. It urged the Red Ash Brigades to free the remaining 81 hostages immediately and unconditionally.',
    [312, 'cumulative', HALVORIA_FREES, '2024-03-13'],
    [450, 'cumulative', HALVORIA_FREES, '2024-03-13'],
    held(20),
    [81, 'pledge', BRIGADES_FREE, null],
  ),
  c(
    TRUCE,
    'Explainer: where the Corvel swap stands. The Brigades seized about 140 people in the October 9 raid on Corvel, which killed 212. Under the truce signed in Tarvik on March 2, they have freed hostages in 6 groups, 60 in all, most recently 8 on Thursday. Halvoria has released 600 prisoners, at a ratio of 10 for every hostage. Talks on a second phase covering the 80 remaining hostages, most of them soldiers, are due to resume on Monday.',
    held(140),
    [60, 'cumulative', BRIGADES_FREE, '2024-03-14'],
    [8, 'release', BRIGADES_FREE, '2024-03-14'],
    [600, 'cumulative', HALVORIA_FREES, '2024-03-14'],
    [10, 'pledge', HALVORIA_FREES, null],
    held(80),
  ),
  known(
    BACKLOG,
    c(
      TRUCE,
      'Halvoria will free 100 Red Ash prisoners on Friday if the Brigades hand over 10 hostages as scheduled, a government spokesman said. The spokesman, Dov Areth, said the list of prisoners had been published at 8pm on the justice ministry website, giving the public 48 hours to lodge objections. On Wednesday the group freed 11 hostages, among them 3 women aged over 70.',
      [100, 'announcement', HALVORIA_FREES, '2024-03-15'],
      [10, 'announcement', BRIGADES_FREE, '2024-03-15'],
      [11, 'release', BRIGADES_FREE, '2024-03-13'],
      [3, 'release', BRIGADES_FREE, '2024-03-13'],
    ),
  ),
  c(
    TRUCE,
    "Accounts of Wednesday's handover differed sharply. The Brigades said they had released 12 captives, while the Halvorian army said only 11 had reached its lines. Halvoria said it had freed 110 detainees in return; the group put the figure at 104.",
    [12, 'release', BRIGADES_FREE, '2024-03-13'],
    [11, 'release', BRIGADES_FREE, '2024-03-13'],
    [110, 'release', HALVORIA_FREES, '2024-03-13'],
    [104, 'release', HALVORIA_FREES, '2024-03-13'],
  ),
  known(
    BACKLOG,
    c(
      TRUCE,
      "Analysts say the pace of the exchange is slowing: the Brigades freed 20 hostages in the first 3 days of the truce but only 40 in the 7 days since. Halvoria, which holds an estimated 5,000 Red Ash members, has agreed to free 1,400 under the deal. In all, 660 people have been freed by the two sides since March 4. 'The last 80 will be the hardest,' said Lina Marr of the Corvel Institute, noting that most are soldiers.",
      [20, 'release', BRIGADES_FREE, null],
      [40, 'release', BRIGADES_FREE, null],
      held(5000),
      [1400, 'pledge', HALVORIA_FREES, null],
      [660, 'cumulative', null, '2024-03-14'],
      held(80),
    ),
  ),
  c(
    TRUCE,
    'Seven more hostages are home tonight. The Red Ash Brigades released them at the Corvel crossing this afternoon, and Halvoria is due to free 70 prisoners before midnight. That makes 67 hostages freed since the truce began, with 73 still held.',
    [7, 'release', BRIGADES_FREE, '2024-03-14'],
    [70, 'announcement', HALVORIA_FREES, '2024-03-14'],
    [67, 'cumulative', BRIGADES_FREE, '2024-03-14'],
    held(73),
  ),
]);

sweep("a hijacked ship's crew freed in batches", [
  c(
    SHIP,
    "Pirates holding the bulk carrier Amber Gull released 8 crew members on Tuesday, the ship's Pelorian owners said, leaving 18 seafarers still in captivity. All Istmari nationals, they were put ashore at Berreh port and flown home on Wednesday. The vessel was seized 130 nautical miles off Cape Mossel on January 6 with 31 crew aboard.",
    [8, 'release', SABLE_FREES, '2024-03-12'],
    held(18),
    held(31),
  ),
  known(
    BACKLOG,
    c(
      SHIP,
      "08:02 The Istmari foreign ministry says 3 more sailors from the Amber Gull have been freed this morning and are in the care of the navy. 08:30 A ministry spokeswoman says the 3 are in good health but that 15 crew remain on the ship, which is anchored off Berreh. 09:10 Shipowner Veldt Lines says a ransom of $4.5m was not paid. 09:45 With this morning's release, 16 of the 31 seafarers seized in January have now been freed.",
      [3, 'release', SABLE_FREES, '2024-03-14'],
      [3, 'release', SABLE_FREES, '2024-03-14'],
      held(15),
      [16, 'cumulative', SABLE_FREES, '2024-03-14'],
      held(31),
    ),
  ),
  c(
    SHIP,
    "The Pelorian government said on Wednesday it had 'no confirmation' of reports that Pelorian sailors were among those freed from the Amber Gull this week. Of the 19 Pelorian nationals aboard when the ship was seized, 5 were released in February and 14 remain in the hands of the hijackers, the foreign ministry said. It said 18 crew members in total were still being held.",
    held(19),
    [5, 'release', SABLE_FREES, null],
    held(14),
    held(18),
  ),
  known(
    BACKLOG,
    c(
      SHIP,
      "In the fishing village of Skelby, church bells rang on Wednesday night for Jonas Aberg, 29, the Amber Gull's second engineer, one of 8 Istmari sailors released by Sable Tide pirates on Tuesday. His mother, Greta, had not heard his voice for 66 days. 'There are still 4 boys from Istmar on that ship,' she said. 'We won't stop until they are all home.'",
      [8, 'release', SABLE_FREES, '2024-03-12'],
      held(4),
    ),
  ),
  c(
    SHIP,
    'Press release of the Ministry of Foreign Affairs of Istmar (translation). The Ministry informs that on 14 March 2024, thanks to the joint efforts of the competent services, 3 citizens of Istmar, crew members of the vessel Amber Gull, were released. Thus, 11 of the 12 Istmari seafarers have been freed. The Ministry continues to work for the release of the remaining crew members, 15 of whom are still held on board.',
    [3, 'release', SABLE_FREES, '2024-03-14'],
    [11, 'cumulative', SABLE_FREES, '2024-03-14'],
    held(12),
    held(15),
  ),
  known(
    BACKLOG,
    c(
      SHIP,
      "PIRATE HELL: Freed sailor tells of 66 days chained in the hold. Engineer Jonas Aberg, one of 8 crewmen let go by the Sable Tide gang on Tuesday, says the pirates fed the 26 hostages once a day and beat those who complained. 'They put a gun to my head 3 times,' the dad-of-two said. Another 3 were freed today, but 15 poor souls remain aboard.",
      [8, 'release', SABLE_FREES, '2024-03-12'],
      held(26),
      [3, 'release', SABLE_FREES, '2024-03-14'],
      held(15),
    ),
  ),
  known(
    BACKLOG,
    c(
      SHIP,
      "The International Seafarers' Federation said in its quarterly report that 97 seafarers were held hostage by pirates worldwide at the end of February, 26 of them from the Amber Gull. Since then 11 Amber Gull crew have been freed, it said in an update. The federation called on flag states to fund a $12m welfare programme for the 2,400 seafarers attacked since 2020.",
      held(97),
      held(26),
      [11, 'cumulative', SABLE_FREES, '2024-03-14'],
    ),
  ),
  known(
    BACKLOG,
    c(
      SHIP,
      'Timeline: the Amber Gull hijacking. January 6: Sable Tide gunmen board the Amber Gull with 31 crew. February 22: 5 Pelorian crew are freed after elders mediate. March 12: 8 Istmari sailors are released at Berreh. March 14: 3 more Istmaris are let go, leaving 15 seafarers held, 14 of them Pelorian.',
      held(31),
      [5, 'release', SABLE_FREES, '2024-02-22'],
      [8, 'release', SABLE_FREES, '2024-03-12'],
      [3, 'release', SABLE_FREES, '2024-03-14'],
      held(15),
      held(14),
    ),
  ),
  c(
    SHIP,
    "Negotiators expect the pirates to release 6 more crew members from the Amber Gull on Saturday, a source close to the talks said on Thursday, after 3 sailors were freed earlier in the day. The remaining 9 would be released once a second payment is made, the source said. The ship's owner has declined to comment on reports that $3 million was paid in February.",
    [6, 'announcement', SABLE_FREES, '2024-03-16'],
    [3, 'release', SABLE_FREES, '2024-03-14'],
    [9, 'pledge', SABLE_FREES, null],
  ),
  c(
    SHIP,
    "Sable Tide said in a message to local journalists that it had freed 4 sailors on Thursday, but Istmar's foreign ministry said only 3 had been handed over. The pirates also claimed to have released 14 crew in all, against the owner's count of 16. Both agreed that the ship's Pelorian captain, Arvid Henk, 58, remains aboard.",
    [4, 'release', SABLE_FREES, '2024-03-14'],
    [3, 'release', SABLE_FREES, '2024-03-14'],
    [14, 'cumulative', SABLE_FREES, '2024-03-14'],
    [16, 'cumulative', SABLE_FREES, '2024-03-14'],
  ),
  c(
    SHIP,
    'Shares in Veldt Lines fell 4% on Wednesday after the company said it expected the Amber Gull to remain off Berreh for at least 6 more weeks. The bulk carrier, worth about $40m, still has 18 of its crew aboard, though 8 were released on Tuesday. Insurers estimate the hijacking has cost $9m so far.',
    held(18),
    [8, 'release', SABLE_FREES, '2024-03-12'],
  ),
  c(
    SHIP,
    "Families of the 14 Pelorian sailors still held on the Amber Gull marched through the port city of Marnholt on Wednesday, carrying photographs and chanting their names. About 300 people joined the march, which ended outside the foreign ministry at 11am. Five Pelorian crew members were freed in February, and the marchers demanded that the government secure the release of the rest 'within 14 days'.",
    held(14),
    [5, 'release', SABLE_FREES, null],
  ),
]);

sweep('an Independence Day amnesty freed in batches', [
  c(
    AMNESTY,
    'Caldessa freed 52 prisoners on Wednesday under an Independence Day amnesty decreed by President Nadira Venn, bringing the number released so far to 93, the prison service said. The decree, signed on Monday, covers 214 inmates, including 37 whom rights groups consider political prisoners. The Harbour Human Rights Centre says about 1,400 political prisoners remain behind bars in the country of 9 million.',
    [52, 'release', VENN_AMNESTY, '2024-03-13'],
    [93, 'cumulative', VENN_AMNESTY, '2024-03-13'],
    [214, 'pledge', VENN_AMNESTY, null],
    [37, 'pledge', VENN_AMNESTY, null],
    held(1400),
  ),
  known(
    BACKLOG,
    c(
      AMNESTY,
      '09:05 Relatives have been gathering since dawn outside Kerrow penal colony, where the next group of amnestied prisoners is due to be freed today. 09:48 Lawyer Ana Desh says 6 of her clients are among those expected out. 10:30 The prison service says 56 inmates will be released by noon. 11:52 The first 12 men have just walked out of the gates, some carrying their belongings in plastic bags.',
      [6, 'announcement', VENN_AMNESTY, '2024-03-14'],
      [56, 'announcement', VENN_AMNESTY, '2024-03-14'],
      [12, 'release', VENN_AMNESTY, '2024-03-14'],
    ),
  ),
  known(
    BACKLOG,
    c(
      AMNESTY,
      "The presidency said the amnesty, granted 'in a spirit of national reconciliation', applies to 214 convicts who had petitioned the head of state and admitted their guilt. It said 93 had already been released and the remainder would be freed by Monday. The cases of a further 60 prisoners are still under review, while 19 applicants were turned down.",
      [214, 'pledge', VENN_AMNESTY, null],
      [93, 'cumulative', VENN_AMNESTY, '2024-03-14'],
      held(60),
      held(19),
    ),
  ),
  known(
    BACKLOG,
    c(
      AMNESTY,
      "Lidia Raunn was 19 when she was arrested at a student protest in Port Vessa. On Wednesday, after 4 years and 2 months in the Kerrow colony, she was one of 52 prisoners freed under President Venn's amnesty. Her father drove 600 km through the night to meet her. 'There are still 8 women from my barrack in there,' Raunn said.",
      [52, 'release', VENN_AMNESTY, '2024-03-13'],
      held(8),
    ),
  ),
  c(
    AMNESTY,
    "Statement by the Ministry of Foreign Affairs of the Republic of Caldessa (unofficial translation). Guided by the principles of humanism, the President of the Republic of Caldessa, N. Venn, on 11 March 2024 signed a decree on amnesty in connection with the 35th anniversary of Independence. As of 13 March, 93 persons have been released from places of deprivation of liberty under the decree. The Ministry categorically rejects the assertions of certain foreign circles regarding the existence in Caldessa of so-called 'political prisoners', of whom the so-called human rights centres count 1,400.",
    [93, 'cumulative', VENN_AMNESTY, '2024-03-13'],
    held(1400),
  ),
  c(
    AMNESTY,
    "FREE! Jailed blogger Matti Koss, who mocked the president's cat in a 2021 video, finally walked out of Kerrow yesterday, one of 52 lags let go in Venn's amnesty. But the 33-year-old says the regime is laughing at the world: 'This is a show for the West.' Rights groups say 61 people have been detained since January for 'insulting the president'.",
    [52, 'release', VENN_AMNESTY, '2024-03-13'],
    held(61),
  ),
  known(
    BACKLOG,
    c(
      AMNESTY,
      'In a report published on Thursday, the Harbour Human Rights Centre said that of the 93 prisoners freed under the amnesty so far, only 14 were on its list of political prisoners. At least 1,386 political prisoners remain in custody, it said, among them 160 women and 23 journalists. The centre also recorded 47 new politically motivated arrests in February alone.',
      [93, 'cumulative', VENN_AMNESTY, '2024-03-14'],
      [14, 'cumulative', VENN_AMNESTY, '2024-03-14'],
      held(1386),
      held(160),
      held(23),
      held(47),
    ),
  ),
  c(
    AMNESTY,
    "Q&A: Who is being freed in Caldessa? President Venn's amnesty covers 214 convicts, most of them serving sentences of under 5 years for theft or drug offences. Rights groups say 37 of them are political prisoners. Releases began on Tuesday with 41 inmates and continued with 52 on Wednesday; the prison service says 56 more will go free today. Venn freed 120 prisoners in a similar amnesty last August, but 30 of those were later re-arrested.",
    [214, 'pledge', VENN_AMNESTY, null],
    [37, 'pledge', VENN_AMNESTY, null],
    [41, 'release', VENN_AMNESTY, '2024-03-12'],
    [52, 'release', VENN_AMNESTY, '2024-03-13'],
    [56, 'announcement', VENN_AMNESTY, '2024-03-14'],
    [120, 'release', VENN_AMNESTY, null],
    held(30),
  ),
  c(
    AMNESTY,
    'Caldessa will release the last 65 prisoners covered by the Independence Day amnesty on Monday, Justice Minister Piret Aul said on Thursday. Aul told reporters that 149 had been freed since Tuesday, including 56 this morning. She declined to say whether opposition leader Erik Tamm, 71, who is serving 15 years, would be pardoned.',
    [65, 'announcement', VENN_AMNESTY, '2024-03-18'],
    [149, 'cumulative', VENN_AMNESTY, '2024-03-14'],
    [56, 'release', VENN_AMNESTY, '2024-03-14'],
  ),
  known(
    BACKLOG,
    c(
      AMNESTY,
      "Figures on the amnesty do not add up. The prison service says 93 inmates had been freed by Wednesday night, but the presidency's website puts the number at 97. The opposition-in-exile says just 11 of those released were political prisoners, while the Harbour centre counts 14.",
      [93, 'cumulative', VENN_AMNESTY, '2024-03-13'],
      [97, 'cumulative', VENN_AMNESTY, '2024-03-13'],
      [11, 'cumulative', VENN_AMNESTY, '2024-03-14'],
      [14, 'cumulative', VENN_AMNESTY, '2024-03-14'],
    ),
  ),
  known(
    BACKLOG,
    c(
      AMNESTY,
      'The Lunesk foreign ministry welcomed the release of 93 prisoners in Caldessa this week but said some 1,400 political prisoners were still behind bars. The ministry urged President Venn to free Erik Tamm and the 23 journalists still in jail. Lunesk, which hosts some 40,000 Caldessan exiles, lifted a visa ban on 12 Caldessan officials in response.',
      [93, 'release', VENN_AMNESTY, null],
      held(1400),
      [23, 'pledge', VENN_AMNESTY, null],
    ),
  ),
  c(
    AMNESTY,
    "Another 56 prisoners have walked free in Caldessa today under President Venn's amnesty, taking the total to 149. Among them were 2 former members of parliament and a journalist jailed for 8 years in 2020. The last 65 are expected to be released on Monday.",
    [56, 'release', VENN_AMNESTY, '2024-03-14'],
    [149, 'cumulative', VENN_AMNESTY, '2024-03-14'],
    [2, 'release', VENN_AMNESTY, '2024-03-14'],
    [65, 'announcement', VENN_AMNESTY, '2024-03-18'],
  ),
]);
