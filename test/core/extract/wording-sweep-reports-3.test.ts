import type { Ledger } from '../../../src/core/types.js';
import { c, held, known, sweep as runSweep, type SweepCase } from './sweep-harness.js';

/**
 * A third sweep over multi-sentence mini-reports, labelled with every mention a careful annotator would list under
 * corpus FORMAT.md, in order of appearance. Every article is published Thursday 2024-03-14, 12:00 UTC: "on Tuesday"
 * told as done is 2024-03-12, "on Monday" still to come is 2024-03-18, "yesterday" is 2024-03-13, "tomorrow" is
 * 2024-03-15. A count of people held or not freed (`other`) is scored without its ledger. Pledges have no date.
 */

const FRONT_FREES = 'sarneth-front-frees-hostages';
const OSKARIA_FREES = 'oskaria-frees-sarnethi-prisoners';
const COAST_FREES = 'marrovian-coastguard-frees-dalenese';
const LANTERN = 'vesnia-lantern-day-amnesty';

/** A phased ceasefire: the Sarneth Front frees Oskarian hostages, Oskaria frees Sarnethi prisoners. */
const TRUCE: Ledger[] = [
  {
    id: FRONT_FREES,
    title: 'Oskarian hostages freed by the Sarneth Front',
    releaser: ['Sarneth Front', 'Sarneth Popular Front', 'the Front', 'militants', 'the movement'],
    released: ['hostages', 'captives', 'Oskarian hostages', 'Oskarian captives'],
    target: 96,
  },
  {
    id: OSKARIA_FREES,
    title: 'Sarnethi prisoners freed by Oskaria',
    releaser: ['Oskaria', 'Oskarian government', 'Oskarian authorities', 'prison service', 'the government'],
    released: ['Sarnethi prisoners', 'Sarnethi detainees', 'prisoners', 'detainees'],
    target: 2000,
  },
];

/** Dalenese fishermen and migrants detained by the Marrovian coastguard, freed in groups after talks. */
const COAST: Ledger[] = [
  {
    id: COAST_FREES,
    title: 'Dalenese sailors and migrants freed by the Marrovian coastguard',
    releaser: ['Marrovian coastguard', 'coastguard', 'Marrovia', 'Marrovian authorities'],
    released: ['sailors', 'fishermen', 'seamen', 'crew members', 'migrants', 'Dalenese nationals'],
    target: 143,
  },
];

/** Vesnia's Day of Lanterns prison amnesty, no target. */
const AMNESTY: Ledger[] = [
  {
    id: LANTERN,
    title: "Prisoners freed under President Ardel's Lantern Day amnesty",
    releaser: ['President Ardel', 'the president', 'Vesnia', 'justice ministry', 'prison service'],
    released: ['prisoners', 'inmates', 'convicts', 'detainees'],
    target: null,
  },
];

const sweep = (phenomenon: string, cases: SweepCase[]): void =>
  runSweep(`report wording sweep 3: ${phenomenon}`, cases);

sweep('phased hostage-for-prisoner ceasefire', [
  c(
    TRUCE,
    'The Sarneth Front freed the fourth group of hostages on Tuesday, handing 6 Oskarian captives to Red Cross officials at the Vell crossing, mediators said. Oskaria released 180 Sarnethi prisoners the same evening under the ceasefire terms, which set a rate of 30 prisoners for every hostage. The deal, signed on February 28 after 14 months of war that killed more than 9,000 people, commits the Front to freeing 96 hostages in all. A fifth group of 4 hostages is due to be freed on Saturday.',
    [6, 'release', FRONT_FREES, '2024-03-12'],
    [180, 'release', OSKARIA_FREES, '2024-03-12'],
    [30, 'pledge', OSKARIA_FREES, null],
    [96, 'pledge', FRONT_FREES, null],
    [4, 'announcement', FRONT_FREES, '2024-03-16'],
  ),
  c(
    TRUCE,
    '12:40 Three hostages have just crossed into Oskarian territory, the army says. They bring to 7 the number of hostages freed by the Sarneth Front today, after 4 were handed over this morning at Vell. 12:55 The prison service says buses carrying 210 Sarnethi prisoners have left Karsk jail and that their release is expected this afternoon. Families can call the hotline on 0800 555 0196.',
    [3, 'release', FRONT_FREES, '2024-03-14'],
    [7, 'cumulative', FRONT_FREES, '2024-03-14'],
    [4, 'release', FRONT_FREES, '2024-03-14'],
    [210, 'announcement', OSKARIA_FREES, '2024-03-14'],
  ),
  c(
    TRUCE,
    'FREE AT LAST! Grandmother Ilse Varn, 84, was among 5 hostages set free by Sarneth Front thugs yesterday after 131 days in captivity. The gran, snatched from her home in Dernholm, hugged her 3 grandchildren at the border crossing. The same night Oskaria let 150 Sarnethi prisoners walk free. Sickeningly, 71 hostages are still held in the tunnels, officials say.',
    [5, 'release', FRONT_FREES, '2024-03-13'],
    [150, 'release', OSKARIA_FREES, '2024-03-13'],
    held(71),
  ),
  known(
    'a case from a fresh sweep written by someone who had not read the rules, not yet read right: kept as the backlog for issue 3',
    c(
      TRUCE,
      'According to the Oskarian Broadcasting Authority, the government of Oskaria on the day of Tuesday proceeded to the liberation of 240 Sarnethi detainees, in conformity with Article 17 of the accord. The Ministry of Justice precised that 41 among them are minors and 19 are women. The liberation of a supplementary contingent of 300 prisoners is foreseen for Monday, against the return of 10 hostages by the Sarneth Front the same day.',
      [240, 'release', OSKARIA_FREES, '2024-03-12'],
      [41, 'release', OSKARIA_FREES, '2024-03-12'],
      [19, 'release', OSKARIA_FREES, '2024-03-12'],
      [300, 'announcement', OSKARIA_FREES, '2024-03-18'],
      [10, 'announcement', FRONT_FREES, '2024-03-18'],
    ),
  ),
  c(
    TRUCE,
    'The release of the fifth group of hostages has been delayed by at least 24 hours, Oskarian officials said on Thursday, after the Sarneth Front accused the government of holding back 45 prisoners who were due to be freed last week. The Front now says it will hand over 5 captives on Friday. The cabinet secretary said the 45 prisoners would be released on Friday too if the list was honoured. So far 28 hostages and 840 prisoners have been freed since the truce began on February 28.',
    held(45),
    [5, 'announcement', FRONT_FREES, '2024-03-15'],
    [45, 'announcement', OSKARIA_FREES, '2024-03-15'],
    [28, 'cumulative', FRONT_FREES, '2024-03-14'],
    [840, 'cumulative', OSKARIA_FREES, '2024-03-14'],
  ),
  c(
    TRUCE,
    'The Sarneth Front on Wednesday published the names of the 8 hostages it will release on Saturday: 3 soldiers, 2 women, 2 children and a 79-year-old farmer. In return Oskaria is to free 240 prisoners the same day, including 60 serving life sentences. The movement has freed 24 hostages since the truce took effect.',
    [8, 'announcement', FRONT_FREES, '2024-03-16'],
    [3, 'announcement', FRONT_FREES, '2024-03-16'],
    [2, 'announcement', FRONT_FREES, '2024-03-16'],
    [2, 'announcement', FRONT_FREES, '2024-03-16'],
    [240, 'announcement', OSKARIA_FREES, '2024-03-16'],
    [60, 'announcement', OSKARIA_FREES, '2024-03-16'],
    [24, 'cumulative', FRONT_FREES, '2024-03-14'],
  ),
  known(
    'a case from a fresh sweep written by someone who had not read the rules, not yet read right: kept as the backlog for issue 3',
    c(
      TRUCE,
      "Oskarian officials said 212 Sarnethi prisoners were freed on Tuesday, but the Sarneth Prisoners' Club put the figure at 198, saying 14 had been sent into exile abroad instead. The hostages handed over by the Front the same day numbered 7, the army said. The Front insists the deal requires Oskaria to free 2,000 prisoners by the end of the second phase.",
      [212, 'release', OSKARIA_FREES, '2024-03-12'],
      [198, 'release', OSKARIA_FREES, '2024-03-12'],
      held(14),
      [7, 'release', FRONT_FREES, '2024-03-12'],
      [2000, 'pledge', OSKARIA_FREES, null],
    ),
  ),
  c(
    TRUCE,
    'Under the terms of the ceasefire, which took effect at 08:30 on February 28, the Sarneth Front must release 33 hostages in the first phase, in exchange for roughly 1,900 Sarnethi prisoners. The remaining 63 hostages, most of them soldiers, are not covered by the first phase. Resolution 2231 of the regional council backed the plan by 14 votes to 1. Mediators from Castrel will monitor compliance.',
    [33, 'pledge', FRONT_FREES, null],
    [1900, 'pledge', OSKARIA_FREES, null],
    held(63),
  ),
  c(
    TRUCE,
    'Mediators in Castrel said the next exchange between Oskaria and the Sarneth Front would take place on Sunday. On that day the Front is to release 3 hostages, and Oskaria will free 90 prisoners. The previous exchange, last Sunday, saw 4 hostages and 120 prisoners freed at the Vell crossing. Both sides accuse each other of violating the truce.',
    [3, 'announcement', FRONT_FREES, '2024-03-17'],
    [90, 'announcement', OSKARIA_FREES, '2024-03-17'],
    [4, 'release', FRONT_FREES, '2024-03-10'],
    [120, 'release', OSKARIA_FREES, '2024-03-10'],
  ),
  c(
    TRUCE,
    'A dozen Oskarian hostages were freed by the Sarneth Front on Monday, the biggest single handover since the truce began. Oskaria answered by releasing three hundred and sixty Sarnethi prisoners the same day, crowds of relatives cheering outside Karsk jail. Forty-one hostages now remain in Sarnethi hands, the government said.',
    [12, 'release', FRONT_FREES, '2024-03-11'],
    [360, 'release', OSKARIA_FREES, '2024-03-11'],
    held(41),
  ),
  c(
    TRUCE,
    "In a statement, the Oskarian Prime Minister's Office confirmed that 4 hostages had returned to Oskarian territory this morning and were undergoing medical checks at the Hallan medical centre, 12 Vessel Road. The office said the government would carry out its obligations and release 120 Sarnethi prisoners this evening. It added that 59 hostages remain in captivity.",
    [4, 'release', FRONT_FREES, '2024-03-14'],
    [120, 'announcement', OSKARIA_FREES, '2024-03-14'],
    held(59),
  ),
  known(
    'a case from a fresh sweep written by someone who had not read the rules, not yet read right: kept as the backlog for issue 3',
    c(
      TRUCE,
      "Tuesday's handover of the fourth group took to 19 the number of hostages freed by the Sarneth Front, out of the 33 due in the first phase. Oskaria has released 570 prisoners since the truce began. The next group of hostages, 3 women, is due to be freed by the Front on Saturday, according to Castrelian mediators.",
      [19, 'cumulative', FRONT_FREES, '2024-03-12'],
      [33, 'pledge', FRONT_FREES, null],
      [570, 'cumulative', OSKARIA_FREES, '2024-03-14'],
      [3, 'announcement', FRONT_FREES, '2024-03-16'],
    ),
  ),
  known(
    'a case from a fresh sweep written by someone who had not read the rules, not yet read right: kept as the backlog for issue 3',
    c(
      TRUCE,
      'Buses carrying 90 Sarnethi prisoners sat outside Karsk jail for six hours on Tuesday night before the release was called off. Oskarian officials said the prisoners would not be freed until the Front handed over 2 hostages it had failed to release on Monday. The Front said it holds 52 captives.',
      held(90),
      held(2),
      held(52),
    ),
  ),
  c(
    TRUCE,
    'Of the 300 Sarnethi prisoners released on Wednesday, 180 were returned to the Sarneth enclave, 75 went to the northern town of Irrin and 45 were released into exile in neighbouring Castrel, the prison service said. The prisoners, some as old as 70, had served sentences of up to 35 years. The movement freed 10 hostages the same day.',
    [300, 'release', OSKARIA_FREES, '2024-03-13'],
    [180, 'release', OSKARIA_FREES, '2024-03-13'],
    [75, 'release', OSKARIA_FREES, '2024-03-13'],
    [45, 'release', OSKARIA_FREES, '2024-03-13'],
    [10, 'release', FRONT_FREES, '2024-03-13'],
  ),
  known(
    'a case from a fresh sweep written by someone who had not read the rules, not yet read right: kept as the backlog for issue 3',
    c(
      TRUCE,
      'The agreement sets a price of 50 prisoners for every female soldier and 30 for every civilian held by the Sarneth Front. On that basis, Oskaria freed 110 prisoners on Sunday, after the Front released one soldier and two civilians that morning. Critics in the Oskarian parliament called the rates a reward for kidnapping.',
      [50, 'pledge', OSKARIA_FREES, null],
      [30, 'pledge', OSKARIA_FREES, null],
      [110, 'release', OSKARIA_FREES, '2024-03-10'],
      [1, 'release', FRONT_FREES, '2024-03-10'],
      [2, 'release', FRONT_FREES, '2024-03-10'],
    ),
  ),
  known(
    'a case from a fresh sweep written by someone who had not read the rules, not yet read right: kept as the backlog for issue 3',
    c(
      TRUCE,
      "LIVE 09:15 Red Cross vehicles carrying hostages have entered Oskaria. 09:32 The army confirms 3 hostages freed by the Sarneth Front are now in Oskarian hands: Maren Holt, 26, Ida Sorn, 31, and Tomas Vey, 54. 09:50 Oskaria's prison service says it will begin freeing 90 Sarnethi prisoners at 16:00. 10:05 The relatives' forum says: do not forget the 56 hostages still held.",
      [3, 'release', FRONT_FREES, '2024-03-14'],
      [90, 'announcement', OSKARIA_FREES, '2024-03-14'],
      held(56),
    ),
  ),
  known(
    'a case from a fresh sweep written by someone who had not read the rules, not yet read right: kept as the backlog for issue 3',
    c(
      TRUCE,
      'Ten more Sarnethi prisoners were freed on Wednesday after a military court cleared their names, a day after the sixth exchange. Their release brought to 1,030 the number of prisoners Oskaria has released under the truce. The Sarneth Front, which freed 41 hostages in the earlier rounds, said the gesture changed nothing.',
      [10, 'release', OSKARIA_FREES, '2024-03-13'],
      [1030, 'cumulative', OSKARIA_FREES, '2024-03-13'],
      [41, 'release', FRONT_FREES, null],
    ),
  ),
]);

sweep('coastguard detainees freed after talks', [
  c(
    COAST,
    "Marrovia's coastguard released 38 Dalenese fishermen on Tuesday after two days of talks between the two countries' foreign ministers in the port city of Sael, the Dalenese foreign ministry said. The men, detained in January for fishing inside a 12-mile exclusion zone, were flown home aboard a chartered plane. Another 105 sailors remain in custody in Marrovia, the ministry said.",
    [38, 'release', COAST_FREES, '2024-03-12'],
    held(105),
  ),
  c(
    COAST,
    'HOME AT LAST! A dozen fishermen were freed by Marrovian coastguards yesterday and flew straight into the arms of their families. The lads, aged from 19 to 62, spent 57 days in a cramped cell with one toilet. Their skipper, 48, said the guards fed them rice twice a day. The coastguard still holds 81 of their crewmates.',
    [12, 'release', COAST_FREES, '2024-03-13'],
    held(81),
  ),
  c(
    COAST,
    "Marrovian authorities on Wednesday deported 17 Dalenese migrants who had been picked up by the coastguard off Cape Lorn, putting them on a ferry to Dalen under armed escort. On the same day 22 fishermen held since January were freed without charge and allowed to sail their boats home. Dalen's ambassador said 64 of her nationals were still detained.",
    held(17),
    [22, 'release', COAST_FREES, '2024-03-13'],
    held(64),
  ),
  c(
    COAST,
    'Dalen and Marrovia agreed on Monday evening that all 143 sailors seized by the Marrovian coastguard since November would be freed in three groups. The first group of 40 sailors is to be released on Saturday, a Dalenese negotiator said. Marrovia has already freed 25 crew members as a goodwill gesture. The talks were held in a hotel outside Sael.',
    [143, 'pledge', COAST_FREES, null],
    [40, 'announcement', COAST_FREES, '2024-03-16'],
    [25, 'cumulative', COAST_FREES, '2024-03-14'],
  ),
  known(
    'a case from a fresh sweep written by someone who had not read the rules, not yet read right: kept as the backlog for issue 3',
    c(
      COAST,
      'As reported by the Dalenese daily Vrenska Posta, the Marrovian coast guard on Tuesday gave freedom to 31 fishermen of the trawler Sela and 9 fishermen of the trawler Dunava. Together with the 25 freed last month, this makes 65 compatriots returned. The newspaper recalls that the detained sailors face fines of up to 40,000 euros each.',
      [31, 'release', COAST_FREES, '2024-03-12'],
      [9, 'release', COAST_FREES, '2024-03-12'],
      [25, 'release', COAST_FREES, null],
      [65, 'cumulative', COAST_FREES, '2024-03-12'],
    ),
  ),
  known(
    'a case from a fresh sweep written by someone who had not read the rules, not yet read right: kept as the backlog for issue 3',
    c(
      COAST,
      'The Marrovian coastguard says it released 54 migrants on Wednesday who had been detained on a disabled fishing boat near the Harl islands last week. A spokesman said the group, which included 11 children, would be handed to the UN refugee agency. Another 8 people, suspected of being smugglers, remain in custody. Anyone with information is asked to call +47 555 0142.',
      [54, 'release', COAST_FREES, '2024-03-13'],
      [11, 'release', COAST_FREES, '2024-03-13'],
      held(8),
    ),
  ),
  c(
    COAST,
    'According to a statement from the Dalenese Ministry of Foreign Affairs, 2 Vulkan Street, the Marrovian side has committed to releasing the remaining 78 sailors before the end of the month. The ministry thanked Marrovia for freeing 40 sailors on Saturday, in line with the first stage of the arrangement. Consular staff will meet the next group in Sael tomorrow.',
    [78, 'pledge', COAST_FREES, null],
    [40, 'release', COAST_FREES, '2024-03-09'],
  ),
  c(
    COAST,
    'Dalen says the Marrovian coastguard freed 29 of its fishermen on Wednesday, but Marrovian officials put the number at 33, counting 4 Tervish crew members released with them. Both sides agree 70 Dalenese sailors are still being held. Talks on their fate resume on Monday in Sael.',
    [29, 'release', COAST_FREES, '2024-03-13'],
    [33, 'release', COAST_FREES, '2024-03-13'],
    [4, 'release', COAST_FREES, '2024-03-13'],
    held(70),
  ),
  c(
    COAST,
    "Forty-one sailors detained by the Marrovian coastguard walked free this morning, while a further nineteen were deported to Dalen in handcuffs. Relatives waiting at the harbour in Port Essen held up banners reading 'Bring them home'. The coastguard said two hundred migrants it intercepted in February had been transferred to a detention centre.",
    [41, 'release', COAST_FREES, '2024-03-14'],
    held(19),
    held(200),
  ),
  known(
    'a case from a fresh sweep written by someone who had not read the rules, not yet read right: kept as the backlog for issue 3',
    c(
      COAST,
      'Marrovian and Dalenese diplomats fixed Saturday as the date for the second handover. On that day the coastguard is expected to free 35 crew members from the trawlers Sela and Morna. The first handover, last Friday, saw 40 sailors released at the port of Sael. Both governments described the talks as constructive.',
      [35, 'announcement', COAST_FREES, '2024-03-16'],
      [40, 'release', COAST_FREES, '2024-03-08'],
    ),
  ),
  c(
    COAST,
    "Yesterday's release of 27 fishermen took to 92 the number of Dalenese sailors freed by the Marrovian coastguard, leaving 51 behind bars. The men had been accused of poaching in waters that Marrovia has claimed since a 1998 treaty. Dalen's president thanked the mediators and promised compensation of 2 million krona to the families.",
    [27, 'release', COAST_FREES, '2024-03-13'],
    [92, 'cumulative', COAST_FREES, '2024-03-13'],
    held(51),
  ),
  c(
    COAST,
    "14:02 The coastguard cutter Varda has docked in Sael with the 18 sailors freed this morning. 14:10 Marrovia's foreign ministry says 6 more sailors will be released later today once paperwork is complete. 14:25 A Dalenese consul tells us 47 sailors are still detained at the Kerr naval base, Building 9.",
    [18, 'release', COAST_FREES, '2024-03-14'],
    [6, 'announcement', COAST_FREES, '2024-03-14'],
    held(47),
  ),
  c(
    COAST,
    "Of the 63 migrants picked up by the Marrovian coastguard on Sunday, 40 were released on Tuesday after their asylum claims were registered, officials said. The other 23 were deported to Tervin on a chartered flight. The boat's 7 missing passengers are presumed drowned.",
    held(63),
    [40, 'release', COAST_FREES, '2024-03-12'],
    held(23),
  ),
  c(
    COAST,
    'The coastguard freed 15 Dalenese seamen on Tuesday and deported them the same night on a navy vessel bound for Port Essen, the Marrovian interior ministry said. Human rights lawyers said the 15 had never been charged. Marrovia is still holding 33 sailors from the same fleet.',
    [15, 'release', COAST_FREES, '2024-03-12'],
    [15, 'release', COAST_FREES, '2024-03-12'],
    held(33),
  ),
]);

sweep('holiday amnesty reported with rival figures', [
  c(
    AMNESTY,
    'Vesnia freed 2,000 prisoners on Tuesday under an amnesty marking the Day of Lanterns, the justice ministry said, 1,200 in the capital Ardova and 800 in the provinces. Those convicted of murder, terrorism or drug trafficking were excluded. The country holds about 31,000 inmates in 47 prisons.',
    [2000, 'release', LANTERN, '2024-03-12'],
    [1200, 'release', LANTERN, '2024-03-12'],
    [800, 'release', LANTERN, '2024-03-12'],
    held(31000),
  ),
  c(
    AMNESTY,
    "The state news agency VTA reported on Wednesday that 2,340 convicts had been released since President Ardel's Lantern Day decree took effect on Monday, a higher figure than the 2,000 the justice ministry said were freed on Tuesday. VTA said a further 500 convicts would be freed on Friday once courts had reviewed their files.",
    [2340, 'cumulative', LANTERN, '2024-03-13'],
    [2000, 'release', LANTERN, '2024-03-12'],
    [500, 'announcement', LANTERN, '2024-03-15'],
  ),
  c(
    AMNESTY,
    'LANTERN LAGS NABBED! Just a day after walking free in the Lantern Day amnesty, 37 convicts are back behind bars, cops said yesterday. The crooks were among the 2,000 lags let out of jail on Tuesday. A 43-year-old burglar among them was caught climbing into a flat on Vell Street 16 hours after his release.',
    held(37),
    [2000, 'release', LANTERN, '2024-03-12'],
  ),
  c(
    AMNESTY,
    'As the newspaper Ardovske Listy writes, in the framework of the amnesty of the Day of Lanterns, in the course of yesterday there were liberated from the penitentiaries of the northern region 312 prisoners, from the southern region 287 and from the capital 640. Among the liberated are 95 women. The newspaper notes that 1,100 prisoners convicted of heavy crimes stay excluded.',
    [312, 'release', LANTERN, '2024-03-13'],
    [287, 'release', LANTERN, '2024-03-13'],
    [640, 'release', LANTERN, '2024-03-13'],
    [95, 'release', LANTERN, '2024-03-13'],
    held(1100),
  ),
  c(
    AMNESTY,
    "Vesnia's prison service says 4,120 inmates have now been released under this year's Lantern Day amnesty, the largest since 2011. The figure includes 2,000 freed on Tuesday and 1,870 released on Wednesday, with the remainder let out this morning. Rights groups say some 600 political prisoners are still being held.",
    [4120, 'cumulative', LANTERN, '2024-03-14'],
    [2000, 'release', LANTERN, '2024-03-12'],
    [1870, 'release', LANTERN, '2024-03-13'],
    held(600),
  ),
  c(
    AMNESTY,
    '11:20 Crowds outside Ardova Central Prison, where 450 inmates are being freed today under the Lantern Day amnesty. 11:45 Justice minister Elin Roth tells state TV another 300 inmates will be freed on Monday in the provinces. 12:05 Our reporter has counted 73 inmates leaving in the last half hour.',
    [450, 'release', LANTERN, '2024-03-14'],
    [300, 'announcement', LANTERN, '2024-03-18'],
    [73, 'release', LANTERN, '2024-03-14'],
  ),
  c(
    AMNESTY,
    'The presidential office said on Monday that President Ardel had signed a decree pardoning up to 5,000 prisoners to mark the Day of Lanterns. The decree excludes those serving sentences for crimes under Article 112 of the penal code. About 300 foreign nationals covered by the decree will be expelled rather than freed. Releases would begin on Tuesday and last a week, the office said.',
    [5000, 'pledge', LANTERN, null],
    held(300),
  ),
  c(
    AMNESTY,
    "Figures on the Lantern Day amnesty continue to diverge. The justice ministry says 3,870 prisoners have been freed since Tuesday; the opposition daily Novi Glas counts only 3,100, and the Prisoners' Aid Society puts the figure at about 3,500. In Ardova alone, 1,950 inmates have walked free so far, according to the city prosecutor.",
    [3870, 'cumulative', LANTERN, '2024-03-14'],
    [3100, 'cumulative', LANTERN, '2024-03-14'],
    [3500, 'cumulative', LANTERN, '2024-03-14'],
    [1950, 'cumulative', LANTERN, '2024-03-14'],
  ),
  c(
    AMNESTY,
    'Police in Vesnia have re-arrested 52 of the convicts freed under the Lantern Day amnesty, the interior ministry said on Wednesday. Among them were 9 men detained for theft within hours of their release on Tuesday. The ministry said 4,000 prisoners had been freed under the decree by Wednesday evening.',
    held(52),
    held(9),
    [4000, 'cumulative', LANTERN, '2024-03-13'],
  ),
  c(
    AMNESTY,
    'Vesnia frees 1,500 more prisoners in holiday amnesty. The releases, from 22 prisons across the country, bring the total freed since the Day of Lanterns to 3,500, the justice ministry said. Among those freed today were 210 inmates over the age of 65 and 140 mothers of young children. The decree does not cover about 8,000 prisoners serving terms for violent crime.',
    [1500, 'release', LANTERN, '2024-03-14'],
    [3500, 'cumulative', LANTERN, '2024-03-14'],
    [210, 'release', LANTERN, '2024-03-14'],
    [140, 'release', LANTERN, '2024-03-14'],
    held(8000),
  ),
  c(
    AMNESTY,
    "Vesnia's justice ministry said 600 more inmates were freed in the provinces on Wednesday, on top of the 1,400 released earlier in the capital. Officials said the provincial releases had been slowed by a shortage of buses. A ministry hotline, 0700 321 321, has received more than 12,000 calls from relatives.",
    [600, 'release', LANTERN, '2024-03-13'],
    [1400, 'release', LANTERN, null],
  ),
  c(
    AMNESTY,
    'Some 1,300 convicts were released yesterday on the second day of the Lantern amnesty, Vesnian state radio reported. A further 17 foreigners whose sentences were cut were handed to immigration police for deportation rather than freed. A third batch of roughly 900 convicts is due to leave prison tomorrow.',
    [1300, 'release', LANTERN, '2024-03-13'],
    held(17),
    [900, 'announcement', LANTERN, '2024-03-15'],
  ),
  c(
    AMNESTY,
    "Two hundred inmates of the Sorvik women's prison walked free on Tuesday under the Lantern Day amnesty, the largest single release in the prison's history. The prison governor, who has run Sorvik for 15 years, said a dozen more inmates would be freed on Friday once their appeals were settled. Volunteers handed each woman a lantern at the gate.",
    [200, 'release', LANTERN, '2024-03-12'],
    [12, 'announcement', LANTERN, '2024-03-15'],
  ),
  known(
    'a case from a fresh sweep written by someone who had not read the rules, not yet read right: kept as the backlog for issue 3',
    c(
      AMNESTY,
      "Vesnian state TV said on Tuesday evening that 1,870 prisoners had left jail that day; the justice ministry corrected Tuesday's figure on Wednesday to 2,000. By Thursday morning the ministry's running total of prisoners freed stood at 3,650. Thirty-eight of those freed have since been detained again, police said.",
      [1870, 'release', LANTERN, '2024-03-12'],
      [2000, 'release', LANTERN, '2024-03-12'],
      [3650, 'cumulative', LANTERN, '2024-03-14'],
      held(38),
    ),
  ),
]);
