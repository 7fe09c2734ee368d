import type { Ledger } from '../../../src/core/types.js';
import { c, held, known, sweep as runSweep, type SweepCase } from './sweep-harness.js';

/**
 * A sixth sweep over multi-sentence mini-reports: four invented stories, twelve reports each, written in varied outlet
 * styles (wire copy, live blog, translated official statement, human-interest piece, tabloid, NGO report, explainer,
 * correction notice, Q&A, headline plus standfirst, radio transcript, feature paragraph). It was written without
 * reading the extractor's code, its rules or the other sweeps' cases, and labelled with every mention a careful
 * annotator would list under corpus FORMAT.md, in order of appearance.
 *
 * Dating: every article is published Thursday 2024-03-14, 12:00 UTC. "On Tuesday" told as done is 2024-03-12,
 * "yesterday"/"on Wednesday" is 2024-03-13, "on Monday" still to come is 2024-03-18, "today"/"this morning" is
 * 2024-03-14, "on Sunday" told as done is 2024-03-10. A release whose sentence gives no day is null unless it directly
 * continues a dated release in the same report. A running total is dated by its own day word, else by the day of its
 * statement, else by the publication day. Pledges are undated; a count of people held or not freed is `held(n)`; a
 * count covering both sides of a swap has no ledger.
 *
 * First run, before any change: 6 of 48 cases passed. One label was then fixed (the Kessel prison
 * "by noon on Tuesday ... 640 inmates had been processed" is a running total, like "by Wednesday night, 3,015 had been
 * freed"); the 42 cases that still fail are kept as known gaps.
 *
 * Arguable labelling decisions:
 * - A headline's release with no day is null even when the standfirst below it dates the same release (the rule
 *   only lets a release inherit a day from a dated release it follows).
 * - Correction notices: the retracted figure was first labelled as stated ("said nine were released" a release of nine
 *   on the same day as the corrected figure). It is now `other` (held(n)): FORMAT's `release` is people actually
 *   freed, a retracted release must never reach a tally, and blind set 8 labels retracted figures the same way.
 * - "Calls for the liberation of the remaining 12" and "we call on the president to extend the decree to the 160" are
 *   demands, so pledges; "another 145 could be out by Easter under the deal" is a term of the deal, so a pledge.
 * - Names "counted twice" in an amnesty tally are a people-count a naive bot might tally, so `held` (other).
 * - "Brings to 13 the number freed" after a release on Wednesday is a running total dated Wednesday; a bare
 *   "for a total of 13" with no day of its own is dated the publication day.
 * - "He crossed the bridge on Tuesday with 39 other men" lists 39 released on Tuesday (the count the text gives).
 * - Kidnappings in other cases (37 journalists kidnapped in the region in 2023) are outside the story's custody and
 *   not listed; but "14 engineers were released" in an earlier case is a count of people released, listed with no
 *   ledger and no date.
 * - A part of a running total that names its own day ("three have now been freed: ... two Calderan reporters on 13
 *   March"; "13 have now been released ..., most recently four Haldanese nationals on 13 March") is a dated release,
 *   not a running total: it is one day's event.
 * - A prison's capacity ("built for 18,000", "built in 1911 for 600 men") is not a count of people, so not listed;
 *   "five — four aid workers and one journalist" still held lists the one as `held(1)`.
 * - "The gang had offered to free the four aid workers 'within days' in exchange for a second payment" is a
 *   conditional offer with no day, so a pledge.
 */

const BACKLOG =
  'a case from a fresh sweep written by someone who had not read the rules, not yet read right: kept as the backlog for issue 3';

const BRIGADE_FREES = 'coral-tide-brigade-frees-amber-heron-crew';
const TOLVANIA_FREES = 'tolvania-frees-kahri-detainees';
const KNA_FREES = 'kna-frees-tolvanian-captives';
const UNITY_AMNESTY = 'ulvenia-unity-day-amnesty';
const SABLE_FREES = 'sable-road-gang-frees-hostages';

/** The multinational crew of the container ship Amber Heron, held by a maritime militia and freed by nationality. */
const SHIP: Ledger[] = [
  {
    id: BRIGADE_FREES,
    title: 'Amber Heron crew freed by the Coral Tide Brigade',
    releaser: ['Coral Tide Brigade', 'Coral Tide', 'the Brigade', 'militia', 'the militiamen', 'sea bandits'],
    released: [
      'crew members',
      'crew',
      'sailors',
      'seafarers',
      'seamen',
      'Torvish sailors',
      'Torvish nationals',
      'Haldanese seafarers',
      'Haldanese nationals',
      'Pellinese crew',
      'Pellinese sailors',
      'Ostmarker engineers',
      'hostages',
    ],
    target: 25,
  },
];

/** A ceasefire exchange between Tolvania and the Kahri National Army, brokered by neighbouring Isaldor. */
const CEASEFIRE: Ledger[] = [
  {
    id: TOLVANIA_FREES,
    title: 'Kahri detainees freed by Tolvania',
    releaser: ['Tolvania', 'Tolvanian government', 'the government', 'Tolvanian authorities', 'interior ministry'],
    released: ['Kahri detainees', 'Kahri prisoners', 'detainees', 'KNA fighters', 'Kahri fighters', 'Kahri civilians'],
    target: 300,
  },
  {
    id: KNA_FREES,
    title: 'Tolvanian soldiers and officials freed by the Kahri National Army',
    releaser: ['Kahri National Army', 'KNA', 'the rebels', 'rebel group', 'ethnic armed organisation'],
    released: [
      'soldiers',
      'Tolvanian soldiers',
      'government soldiers',
      'captured soldiers',
      'police officers',
      'officials',
      'prisoners of war',
      'POWs',
    ],
    target: 120,
  },
];

/** President Vask's Unity Day prison amnesty in Ulvenia, no fixed target. */
const AMNESTY: Ledger[] = [
  {
    id: UNITY_AMNESTY,
    title: "Prisoners freed under President Vask's Unity Day amnesty",
    releaser: [
      'President Vask',
      'Vask',
      'Ulvenia',
      'Ulvenian government',
      'justice ministry',
      'Ministry of Justice',
      'prison service',
    ],
    released: [
      'prisoners',
      'inmates',
      'convicts',
      'detainees',
      'Ulvenian prisoners',
      'women prisoners',
      'convicted persons',
    ],
    target: null,
  },
];

/** Aid workers and journalists kidnapped in Estravia by the Sable Road gang, freed in stages. */
const KIDNAP: Ledger[] = [
  {
    id: SABLE_FREES,
    title: 'Aid workers and journalists freed by the Sable Road gang',
    releaser: ['Sable Road gang', 'Sable Road', 'the gang', 'kidnappers', 'the abductors', 'criminal group'],
    released: [
      'hostages',
      'captives',
      'aid workers',
      'journalists',
      'reporters',
      'Meridian Relief staff',
      'Estravian aid workers',
      'Calderan journalists',
      'Norvish photographer',
      'humanitarian workers',
    ],
    target: 15,
  },
];

const sweep = (phenomenon: string, cases: SweepCase[]): void =>
  runSweep(`report wording sweep 6: ${phenomenon}`, cases);

sweep('maritime militia frees a multinational crew by nationality', [
  known(
    BACKLOG,
    c(
      SHIP,
      'HALVERN, March 14 (Wire) - The Coral Tide Brigade freed seven Torvish sailors from the seized container ship Amber Heron on Tuesday after two days of talks with Torvish diplomats, and released four Haldanese crew members yesterday, officials said. The militia has now let go 13 of the 25 seafarers it seized on February 19, including two sick men freed on March 2. The 41,000-tonne vessel remains anchored off the Kessary coast with 12 crew aboard.',
      [7, 'release', BRIGADE_FREES, '2024-03-12'],
      [4, 'release', BRIGADE_FREES, '2024-03-13'],
      [13, 'cumulative', BRIGADE_FREES, '2024-03-14'],
      held(25),
      [2, 'release', BRIGADE_FREES, '2024-03-02'],
      held(12),
    ),
  ),
  c(
    SHIP,
    "09:40 GMT — The Brigade's spokesman says the four Haldanese sailors released yesterday evening are 'in good health' and on their way to the port of Sallow. 10:15 GMT — Pellin's foreign ministry confirms talks are continuing over its eight nationals still aboard the Amber Heron. 10:52 GMT — A militia commander tells local radio the eight Pellinese crew will be freed on Monday 'if the guarantees hold', which would leave four men on the ship.",
    [4, 'release', BRIGADE_FREES, '2024-03-13'],
    held(8),
    [8, 'announcement', BRIGADE_FREES, '2024-03-18'],
    held(4),
  ),
  known(
    BACKLOG,
    c(
      SHIP,
      'The Ministry of Foreign Affairs of the Torvish Republic informs that on 12 March the seven citizens of Torvia, members of crew of the vessel Amber Heron, were handed over by the armed formation known as Coral Tide Brigade to representatives of the Ministry. All citizens are in satisfactory condition and will be returned to the Motherland by the flight of 16 March. The Ministry expresses gratitude to the partners and calls for the immediate liberation of the remaining 12 crew members of all nationalities.',
      [7, 'release', BRIGADE_FREES, '2024-03-12'],
      [12, 'pledge', BRIGADE_FREES, null],
    ),
  ),
  c(
    SHIP,
    "In the fishing town of Brask, Ilse Marren, 61, had not slept properly for 24 days when the phone rang on Wednesday night: her son Tomas was one of four Haldanese seafarers the Coral Tide Brigade had just freed from the Amber Heron. 'I made the bed up three times,' she laughed. Two other Haldanese men from the same crew are still being held, and Marren says she will keep a candle in the window for them.",
    [4, 'release', BRIGADE_FREES, '2024-03-13'],
    held(2),
  ),
  known(
    BACKLOG,
    c(
      SHIP,
      "FREED! Seven Torvish sailors held at gunpoint for THREE WEEKS by sea bandits were finally let go on Tuesday — but a dozen of their shipmates are still trapped on the hellship. The Coral Tide thugs, who have demanded $3million, let four Haldanese lads walk free yesterday too. Cook Andrei Vosk, 44, told us: 'We ate rice twice a day for 23 days.'",
      [7, 'release', BRIGADE_FREES, '2024-03-12'],
      held(12),
      [4, 'release', BRIGADE_FREES, '2024-03-13'],
    ),
  ),
  known(
    BACKLOG,
    c(
      SHIP,
      "The Seafarers' Welfare Network has been in contact with the families of all 25 crew of the Amber Heron since the vessel was boarded. Of these, 13 have now been released in three separate groups, most recently four Haldanese nationals on 13 March. Our caseworkers remain concerned for the 12 who are still held, in particular two Ostmarker engineers who have been without medication for over 10 days. We urge the Brigade to honour its statement that the Pellinese crew members, eight in total, will be freed on 18 March.",
      held(25),
      [13, 'cumulative', BRIGADE_FREES, '2024-03-14'],
      [4, 'release', BRIGADE_FREES, '2024-03-13'],
      held(12),
      held(2),
      [8, 'announcement', BRIGADE_FREES, '2024-03-18'],
    ),
  ),
  known(
    BACKLOG,
    c(
      SHIP,
      'What we know about the Amber Heron: The 1,800-container ship was boarded by the Coral Tide Brigade on February 19 with 25 crew from four countries. Two ill sailors were released on March 2, seven Torvish nationals on Tuesday and four Haldanese on Wednesday, for a total of 13. The militia is demanding that Quessland free 30 of its fighters, and has said it will release the eight Pellinese on Monday.',
      held(25),
      [2, 'release', BRIGADE_FREES, '2024-03-02'],
      [7, 'release', BRIGADE_FREES, '2024-03-12'],
      [4, 'release', BRIGADE_FREES, '2024-03-13'],
      [13, 'cumulative', BRIGADE_FREES, '2024-03-14'],
      [30, 'pledge', null, null],
      [8, 'announcement', BRIGADE_FREES, '2024-03-18'],
    ),
  ),
  known(
    BACKLOG,
    c(
      SHIP,
      'Correction: An earlier version of this article said the Coral Tide Brigade released nine Torvish sailors on Tuesday. It released seven. It also misstated the number of crew still aboard the Amber Heron, which is 12, not 14.',
      [9, 'release', BRIGADE_FREES, '2024-03-12'],
      [7, 'release', BRIGADE_FREES, '2024-03-12'],
      held(12),
      held(14),
    ),
  ),
  known(
    BACKLOG,
    c(
      SHIP,
      'Q: How many of the crew are free? A: Thirteen, according to the shipowner, Kallis Maritime, which said on Wednesday that all of them were now ashore. Q: And the rest? A: Twelve remain on the ship; the Brigade says eight Pellinese will go on Monday, and it has given no date for the other four. Q: Was a ransom paid? A: Kallis says no money changed hands, though the militia had asked for $3 million.',
      [13, 'cumulative', BRIGADE_FREES, '2024-03-13'],
      held(12),
      [8, 'announcement', BRIGADE_FREES, '2024-03-18'],
      held(4),
    ),
  ),
  known(
    BACKLOG,
    c(
      SHIP,
      'Militia frees four Haldanese seafarers from hijacked Amber Heron. The release late on Wednesday brings to 13 the number of crew let go by the Coral Tide Brigade, which still holds 12 sailors, eight of them from Pellin.',
      [4, 'release', BRIGADE_FREES, null],
      [13, 'cumulative', BRIGADE_FREES, '2024-03-13'],
      held(12),
      held(8),
    ),
  ),
  known(
    BACKLOG,
    c(
      SHIP,
      "PRESENTER: It's five past eight. The Coral Tide Brigade says it will free the eight Pellinese crew of the Amber Heron on Monday. Our correspondent Dara Feld is in Sallow. FELD: Good morning. Yes, the militia's statement came about an hour ago, and it follows the release of the four Haldanese yesterday and the seven Torvish on Tuesday; officials here expect the Pellinese to be flown home within 48 hours of their release.",
      [8, 'announcement', BRIGADE_FREES, '2024-03-18'],
      [4, 'release', BRIGADE_FREES, '2024-03-13'],
      [7, 'release', BRIGADE_FREES, '2024-03-12'],
    ),
  ),
  known(
    BACKLOG,
    c(
      SHIP,
      "Captain Reuben Stahl, 58, has commanded ships for 31 years and had never been boarded until the night of February 19, when some 20 gunmen climbed the Amber Heron's stern ladder. For the first 10 days he kept a tally of the crew on a cigarette packet — 25 names — and on March 2 he crossed off two, the sick men the Brigade agreed to put ashore. Stahl, an Ostmarker, is still aboard with 11 of his men; the Torvish and Haldanese sailors who left this week were, he wrote in a letter smuggled out, 'the lucky ones'.",
      held(25),
      [2, 'release', BRIGADE_FREES, '2024-03-02'],
      held(11),
    ),
  ),
]);

sweep('ceasefire detainee exchange reported by both sides', [
  known(
    BACKLOG,
    c(
      CEASEFIRE,
      'PEMBERRA, March 14 — Tolvania and the Kahri National Army swapped prisoners for a second day on Wednesday, with the government freeing 70 Kahri detainees and the rebels releasing 25 captured soldiers at the Rell river bridge, Isaldori mediators said. The interior ministry said 155 detainees had now been freed under the ceasefire signed in Pemberra on March 1, which requires Tolvania to release 300 and the KNA 120. At least 14 people have been killed in sporadic clashes since the truce took effect.',
      [70, 'release', TOLVANIA_FREES, '2024-03-13'],
      [25, 'release', KNA_FREES, '2024-03-13'],
      [155, 'cumulative', TOLVANIA_FREES, '2024-03-14'],
      [300, 'pledge', TOLVANIA_FREES, null],
      [120, 'pledge', KNA_FREES, null],
    ),
  ),
  known(
    BACKLOG,
    c(
      CEASEFIRE,
      "11:05 — The KNA's liaison office says only 57 Kahri detainees got off the buses at the Rell bridge yesterday, although Tolvania's interior ministry insists it released 70. 11:20 — The ministry says the gap is explained by detainees who chose to stay in government-held areas. 11:48 — Isaldori mediators confirm the next round is set for Monday, with 90 detainees and 30 soldiers due to cross.",
      [57, 'release', TOLVANIA_FREES, '2024-03-13'],
      [70, 'release', TOLVANIA_FREES, '2024-03-13'],
      [90, 'announcement', TOLVANIA_FREES, '2024-03-18'],
      [30, 'announcement', KNA_FREES, '2024-03-18'],
    ),
  ),
  known(
    BACKLOG,
    c(
      CEASEFIRE,
      'Statement of the Central Committee of the Kahri National Army. In accordance with the Pemberra Agreement and as sign of goodwill, on 12 March the KNA released 43 prisoners of war of the Tolvanian military and police, including 3 police officers of the Rell district. The regime side claims it released on the same day 85 of our comrades, however only 62 comrades have been received by our reception committee. We demand the regime to release all 300 Kahri patriots without further delay.',
      [43, 'release', KNA_FREES, '2024-03-12'],
      [3, 'release', KNA_FREES, '2024-03-12'],
      [85, 'release', TOLVANIA_FREES, '2024-03-12'],
      [62, 'release', TOLVANIA_FREES, '2024-03-12'],
      [300, 'pledge', TOLVANIA_FREES, null],
    ),
  ),
  known(
    BACKLOG,
    c(
      CEASEFIRE,
      'In the hill village of Osk, where almost every family has someone in the KNA, 19-year-old Nerin Taal was carried off the bus on Tuesday by his two older brothers. He was one of the 62 detainees the village elders say came home that day, though the government puts the number released at 85. His mother, who had walked 40 kilometres to the border crossing, says three of her nephews are still in a military prison in Dorsk.',
      [62, 'release', TOLVANIA_FREES, '2024-03-12'],
      [85, 'release', TOLVANIA_FREES, '2024-03-12'],
      held(3),
    ),
  ),
  known(
    BACKLOG,
    c(
      CEASEFIRE,
      "SWAP SHAME: Our brave boys traded for terrorists! Twenty-five Tolvanian soldiers came home yesterday — but the government let 70 KNA thugs walk free in return. And under the 'peace' deal cooked up in Isaldor, another 145 rebel jailbirds could be out by Easter.",
      [25, 'release', KNA_FREES, '2024-03-13'],
      [70, 'release', TOLVANIA_FREES, '2024-03-13'],
      [145, 'pledge', TOLVANIA_FREES, null],
    ),
  ),
  known(
    BACKLOG,
    c(
      CEASEFIRE,
      'Kahri Rights Watch has documented 412 Kahri civilians held by Tolvanian security forces without charge since 2021, far more than the 300 covered by the Pemberra agreement. Of the 155 the government says it has released, our monitors could verify only 119 by 13 March. Nearly a third of those freed reported ill-treatment in detention.',
      held(412),
      [300, 'pledge', TOLVANIA_FREES, null],
      [155, 'cumulative', TOLVANIA_FREES, '2024-03-14'],
      [119, 'cumulative', TOLVANIA_FREES, '2024-03-13'],
    ),
  ),
  known(
    BACKLOG,
    c(
      CEASEFIRE,
      'How the Tolvania-KNA exchange works: Under the deal brokered by Isaldor, Tolvania is to free 300 Kahri detainees and the KNA 120 soldiers and officials in four rounds over six weeks. Two rounds have taken place: on Tuesday 125 people crossed the Rell bridge in both directions, and on Wednesday 95 did. The third round, set for Monday, is due to include 90 detainees and 30 soldiers.',
      [300, 'pledge', TOLVANIA_FREES, null],
      [120, 'pledge', KNA_FREES, null],
      [125, 'release', null, '2024-03-12'],
      [95, 'release', null, '2024-03-13'],
      [90, 'announcement', TOLVANIA_FREES, '2024-03-18'],
      [30, 'announcement', KNA_FREES, '2024-03-18'],
    ),
  ),
  known(
    BACKLOG,
    c(
      CEASEFIRE,
      "Correction: A report on Wednesday said the Kahri National Army had freed 34 Tolvanian soldiers on Tuesday. The army's figure for that day was 40; the KNA has said it released 43, counting three police officers. The report also gave the number of Kahri detainees still held under the agreement as 125; it is 145.",
      [34, 'release', KNA_FREES, '2024-03-12'],
      [40, 'release', KNA_FREES, '2024-03-12'],
      [43, 'release', KNA_FREES, '2024-03-12'],
      [3, 'release', KNA_FREES, '2024-03-12'],
      held(125),
      held(145),
    ),
  ),
  c(
    CEASEFIRE,
    'Q: Have both sides kept their side of the bargain? A: Broadly. The government says it has released 155 Kahri detainees and the KNA 65 soldiers since Tuesday. Q: Why do the numbers differ? A: The KNA counts only 119 detainees received, and says the difference is made up of names that were never in custody.',
    [155, 'cumulative', TOLVANIA_FREES, '2024-03-14'],
    [65, 'cumulative', KNA_FREES, '2024-03-14'],
    [119, 'cumulative', TOLVANIA_FREES, '2024-03-14'],
  ),
  known(
    BACKLOG,
    c(
      CEASEFIRE,
      'Tolvania frees 70 more Kahri detainees as truce holds. Isaldori-brokered exchange sees 25 soldiers returned by rebels on Wednesday, with 90 more detainees due out on Monday.',
      [70, 'release', TOLVANIA_FREES, null],
      [25, 'release', KNA_FREES, '2024-03-13'],
      [90, 'announcement', TOLVANIA_FREES, '2024-03-18'],
    ),
  ),
  c(
    CEASEFIRE,
    "ANCHOR: In Tolvania, a third prisoner exchange with the Kahri National Army is due on Monday. Our reporter Lio Brandt has been following it. BRANDT: That's right, on Monday the government is set to release 90 Kahri detainees and the KNA 30 soldiers. So far, by the government's count, 155 detainees and 65 soldiers have gone home in the first two rounds, though the KNA disputes the first figure.",
    [90, 'announcement', TOLVANIA_FREES, '2024-03-18'],
    [30, 'announcement', KNA_FREES, '2024-03-18'],
    [155, 'cumulative', TOLVANIA_FREES, '2024-03-14'],
    [65, 'cumulative', KNA_FREES, '2024-03-14'],
  ),
  c(
    CEASEFIRE,
    'Major Ivo Sarran spent 14 months in a KNA camp in the Tesh hills, one of 120 soldiers and officials the group held when the Pemberra talks began. When he crossed the bridge on Tuesday with 39 other men, the first face he saw was an Isaldori nurse. He says at least 50 of his fellow captives are still in the hills, and that the guards spoke openly of the 2,000 Kahri prisoners they wanted in return.',
    held(120),
    [39, 'release', KNA_FREES, '2024-03-12'],
    held(50),
    [2000, 'pledge', TOLVANIA_FREES, null],
  ),
]);

sweep('national-holiday prison amnesty with regions, exclusions and corrections', [
  known(
    BACKLOG,
    c(
      AMNESTY,
      'ULVENA, March 14 — Ulvenia freed 3,150 prisoners on Tuesday under a Unity Day amnesty signed by President Teodor Vask, the justice ministry said, about three-quarters of the 4,200 inmates covered by the decree. The rest are due to be released on Monday once court paperwork is complete. Prisoners convicted of murder, terrorism or sexual offences were excluded, as were 380 foreign nationals who will instead be deported.',
      [3150, 'release', UNITY_AMNESTY, '2024-03-12'],
      [4200, 'pledge', UNITY_AMNESTY, null],
      held(380),
    ),
  ),
  known(
    BACKLOG,
    c(
      AMNESTY,
      '08:30 — The justice ministry has revised the number of prisoners freed on Tuesday to 3,015, down from the 3,150 it gave that night. 08:44 — A ministry official says 135 names were counted twice in the Drossel and Serran lists. 09:10 — Police confirm 40 of those freed have already been re-arrested, most for breaching curfew. 09:32 — The final batch of about 1,200 inmates is still expected to leave prison on Monday.',
      [3015, 'release', UNITY_AMNESTY, '2024-03-12'],
      [3150, 'release', UNITY_AMNESTY, '2024-03-12'],
      held(135),
      held(40),
      [1200, 'announcement', UNITY_AMNESTY, '2024-03-18'],
    ),
  ),
  c(
    AMNESTY,
    'Communiqué of the Ministry of Justice of the Republic of Ulvenia. In execution of Presidential Decree No. 117 of 10 March 2024, on the occasion of the Day of National Unity, the penitentiary institutions of the Republic released 3,015 convicted persons on 12 March 2024. Of them, 1,174 persons in the capital city, 921 persons in Drossel Province and 596 persons in Serran Province. The release of the remaining 1,185 persons subject to the Decree will be completed on 18 March 2024.',
    [3015, 'release', UNITY_AMNESTY, '2024-03-12'],
    [1174, 'release', UNITY_AMNESTY, '2024-03-12'],
    [921, 'release', UNITY_AMNESTY, '2024-03-12'],
    [596, 'release', UNITY_AMNESTY, '2024-03-12'],
    [1185, 'announcement', UNITY_AMNESTY, '2024-03-18'],
  ),
  known(
    BACKLOG,
    c(
      AMNESTY,
      "Marta Oyel, 73, was waiting at the gates of Serran women's prison at dawn on Tuesday, as she has every Unity Day for the past 9 years, hoping her daughter would be among those pardoned. This year she was: one of 48 women released from Serran, and of 596 across the province. 'Nine years, and today I hold her hand,' said Oyel, who sold two goats to pay for the bus.",
      [48, 'release', UNITY_AMNESTY, '2024-03-12'],
      [596, 'release', UNITY_AMNESTY, '2024-03-12'],
    ),
  ),
  known(
    BACKLOG,
    c(
      AMNESTY,
      "LET LOOSE! Over 3,000 lags sprung from jail in Vask's Unity Day giveaway — and 40 are ALREADY back behind bars. Cops say a freed con was nicked just 6 hours after walking out of Drossel nick. Another 1,185 are due out on Monday.",
      [3000, 'release', UNITY_AMNESTY, null],
      held(40),
      [1185, 'announcement', UNITY_AMNESTY, '2024-03-18'],
    ),
  ),
  known(
    BACKLOG,
    c(
      AMNESTY,
      "Prison Reform Ulvenia welcomes the release of 3,015 prisoners on 12 March but notes that the amnesty excluded all 2,300 people held under the 2019 public order law, among them at least 160 journalists and activists. The country's prisons, built for 18,000, held 31,400 people before the amnesty. We call on President Vask to extend the decree to the 160 activists before Monday's second phase.",
      [3015, 'release', UNITY_AMNESTY, '2024-03-12'],
      held(2300),
      held(160),
      held(31400),
      [160, 'pledge', UNITY_AMNESTY, null],
    ),
  ),
  known(
    BACKLOG,
    c(
      AMNESTY,
      "Ulvenia's Unity Day amnesty, explained. The decree signed on March 10 covers 4,200 prisoners, mostly people serving under five years for theft, fraud or drug possession. By Wednesday night, 3,015 had been freed, after the ministry corrected its Tuesday-night tally of 3,150. The remaining 1,185 are to leave prison on Monday; some 380 foreign inmates will be deported instead, and those convicted of violent crime are not eligible.",
      [4200, 'pledge', UNITY_AMNESTY, null],
      [3015, 'cumulative', UNITY_AMNESTY, '2024-03-13'],
      [3150, 'cumulative', UNITY_AMNESTY, '2024-03-12'],
      [1185, 'announcement', UNITY_AMNESTY, '2024-03-18'],
      held(380),
    ),
  ),
  known(
    BACKLOG,
    c(
      AMNESTY,
      "Correction: Our report on Tuesday's amnesty said 1,210 prisoners had been released in the capital. The justice ministry's revised figure is 1,174. The overall number freed that day was 3,015, not 3,150 as first announced.",
      [1210, 'release', UNITY_AMNESTY, '2024-03-12'],
      [1174, 'release', UNITY_AMNESTY, '2024-03-12'],
      [3015, 'release', UNITY_AMNESTY, '2024-03-12'],
      [3150, 'release', UNITY_AMNESTY, '2024-03-12'],
    ),
  ),
  known(
    BACKLOG,
    c(
      AMNESTY,
      'Who qualifies for the amnesty? Prisoners serving sentences of up to five years, pregnant women, those over 65 and minors. How many have been freed? 3,015 on Tuesday, with 1,185 more due on Monday. Who is excluded? People convicted of murder, terrorism, sexual or corruption offences; officials say around 6,000 prisoners applied and were refused.',
      [3015, 'release', UNITY_AMNESTY, '2024-03-12'],
      [1185, 'announcement', UNITY_AMNESTY, '2024-03-18'],
      held(6000),
    ),
  ),
  known(
    BACKLOG,
    c(
      AMNESTY,
      "Ulvenia corrects amnesty figure to 3,015. Justice ministry says 135 names were double-counted in Tuesday's tally; 40 of those released have since been re-arrested.",
      [3015, 'cumulative', UNITY_AMNESTY, '2024-03-14'],
      held(135),
      held(40),
    ),
  ),
  known(
    BACKLOG,
    c(
      AMNESTY,
      "NEWSREADER: It's nine o'clock. Ulvenia's justice ministry says 3,015 prisoners walked free on Tuesday under the Unity Day amnesty, fewer than the 3,150 first announced. In Drossel, where 921 were released, the regional governor says 12 have been rearrested. A second group of 1,185 is due out on Monday.",
      [3015, 'release', UNITY_AMNESTY, '2024-03-12'],
      [3150, 'release', UNITY_AMNESTY, '2024-03-12'],
      [921, 'release', UNITY_AMNESTY, '2024-03-12'],
      held(12),
      [1185, 'announcement', UNITY_AMNESTY, '2024-03-18'],
    ),
  ),
  known(
    BACKLOG,
    c(
      AMNESTY,
      "By noon on Tuesday, Unity Day, the yard at Ulvena's Kessel prison, built in 1911 for 600 men and now holding nearly 2,000, had emptied by a third: 640 inmates, the governor said, had been processed and driven to the city's bus station. Among those left behind were 85 men serving life terms, none of them eligible, and a few dozen foreigners awaiting deportation. 'We did a year's release paperwork in two days,' said the governor, Piet Aranda.",
      held(2000),
      [640, 'cumulative', UNITY_AMNESTY, '2024-03-12'],
      held(85),
    ),
  ),
]);

sweep('kidnapped aid workers and journalists freed in stages by a gang', [
  c(
    KIDNAP,
    "CARROW, Estravia, March 14 — Two Calderan journalists kidnapped by the Sable Road gang were released on Wednesday near the town of Carrow, bringing to 10 the number of hostages freed since Sunday. Five captives, four of them Meridian Relief aid workers, remain in the gang's hands. Interior Minister Aurel Danby denied reports that the government had paid a $450,000 ransom.",
    [2, 'release', SABLE_FREES, '2024-03-13'],
    [10, 'cumulative', SABLE_FREES, '2024-03-13'],
    held(5),
    held(4),
  ),
  known(
    BACKLOG,
    c(
      KIDNAP,
      "14:02 — Meridian Relief confirms the five staff and journalists freed on Tuesday have been flown to the capital, Vantry. 14:20 — The charity says four of its aid workers are still being held and it has 'no information' on the whereabouts of the remaining journalist. 14:41 — Estravia's presidency repeats that 'not one cent' was paid to the kidnappers, who had demanded $2 million for all 15 hostages.",
      [5, 'release', SABLE_FREES, '2024-03-12'],
      held(4),
      held(15),
    ),
  ),
  known(
    BACKLOG,
    c(
      KIDNAP,
      "The Government of the Republic of Estravia categorically refutes the assertions of certain media about the payment of any sum to the criminal group 'Sable Road'. The liberation on 10 March of three humanitarian workers, on 12 March of five persons and on 13 March of two foreign journalists was the result exclusively of the operational measures of the security organs. The security organs continue the work for the liberation of the five persons still deprived of liberty.",
      [3, 'release', SABLE_FREES, '2024-03-10'],
      [5, 'release', SABLE_FREES, '2024-03-12'],
      [2, 'release', SABLE_FREES, '2024-03-13'],
      held(5),
    ),
  ),
  c(
    KIDNAP,
    'The bakery at 14 Calle Ostra in Carrow opened late on Monday for the first time in 22 years: its owner, Ines Varga, 52, had driven through the night to meet her son, one of three Meridian Relief aid workers the gang let go on Sunday. He had lost 11 kilos in six weeks of captivity. Varga has hung a banner over the counter with the names of the other 12 hostages, five of whom are still held.',
    [3, 'release', SABLE_FREES, '2024-03-10'],
    held(12),
    held(5),
  ),
  known(
    BACKLOG,
    c(
      KIDNAP,
      'RANSOM RIDDLE: Did Estravia pay gangsters to free our reporters? Two Calderan hacks walked out of the jungle yesterday after 45 days — and insiders claim a suitcase stuffed with $450,000 changed hands. Ministers deny it, but the Sable Road mob still holds FIVE more captives worth a fortune.',
      [2, 'release', SABLE_FREES, '2024-03-13'],
      held(5),
    ),
  ),
  known(
    BACKLOG,
    c(
      KIDNAP,
      'Reporters in Peril notes that of the four journalists abducted with Meridian Relief staff on 28 January, three have now been freed: a Norvish photographer on 12 March and two Calderan reporters on 13 March. The fourth, an Estravian radio presenter, remains captive. In 2023 our organisation recorded 37 journalists kidnapped in the region, of whom 9 are still missing.',
      held(4),
      [3, 'cumulative', SABLE_FREES, '2024-03-14'],
      [2, 'release', SABLE_FREES, '2024-03-13'],
    ),
  ),
  known(
    BACKLOG,
    c(
      KIDNAP,
      'The Carrow kidnapping: what we know. Fifteen people — 11 Meridian Relief aid workers and four journalists — were seized at a roadblock on January 28. The gang freed three aid workers on Sunday, four more and a photographer on Tuesday, and two reporters on Wednesday. Five remain captive; the government says it paid nothing, while local media report a ransom of between $400,000 and $500,000.',
      held(15),
      held(11),
      held(4),
      [3, 'release', SABLE_FREES, '2024-03-10'],
      [4, 'release', SABLE_FREES, '2024-03-12'],
      [2, 'release', SABLE_FREES, '2024-03-13'],
      held(5),
    ),
  ),
  c(
    KIDNAP,
    'Correction: A previous version of this story said six hostages were released by the Sable Road gang on Tuesday. Five were freed that day, four aid workers and a journalist. The story also wrongly said 16 people were abducted in January; the correct figure is 15.',
    held(6),
    [5, 'release', SABLE_FREES, '2024-03-12'],
    [4, 'release', SABLE_FREES, '2024-03-12'],
    held(16),
    held(15),
  ),
  known(
    BACKLOG,
    c(
      KIDNAP,
      "Q: How many hostages are still held? A: Five — four aid workers and one journalist, according to Meridian Relief. Q: Was a ransom paid? A: The government says no. Meridian Relief says it paid nothing itself but 'cannot speak for families', and one relative told us she had sold land worth $80,000. Q: What happens next? A: A negotiator close to the talks said on Wednesday that the gang had offered to free the four aid workers 'within days' in exchange for a second payment.",
      held(5),
      held(4),
      held(1),
      [4, 'pledge', SABLE_FREES, null],
    ),
  ),
  known(
    BACKLOG,
    c(
      KIDNAP,
      'Two Calderan journalists freed by Estravian gang. The reporters were released on Wednesday, a day after the Sable Road gang let go five hostages including a Norvish photographer; five more remain in captivity.',
      [2, 'release', SABLE_FREES, null],
      [5, 'release', SABLE_FREES, '2024-03-12'],
      held(5),
    ),
  ),
  known(
    BACKLOG,
    c(
      KIDNAP,
      "HOST: Let's go to Vantry, where Estravia's government is again denying it paid the Sable Road gang. CORRESPONDENT: Yes, the interior minister told parliament this morning that the ten hostages released since Sunday were freed 'without a single peso' changing hands. Opposition deputies pointed out that the gang let go two journalists only hours after a bank transfer of 300,000 pesos was reported by a local paper.",
      [10, 'cumulative', SABLE_FREES, '2024-03-14'],
      [2, 'release', SABLE_FREES, null],
    ),
  ),
  known(
    BACKLOG,
    c(
      KIDNAP,
      "For 42 days the hostages were moved between at least six camps in the Varro highlands, sleeping in hammocks strung between trees, according to the three aid workers freed on Sunday. They were kept in two groups — nine in one, six in the other — and were rarely told anything. One of the freed women, a 29-year-old nurse, said guards boasted that Estravia had paid for hostages 'before', in a 2021 case in which 14 engineers were released after five months.",
      [3, 'release', SABLE_FREES, '2024-03-10'],
      held(9),
      held(6),
      [14, 'release', null, null],
    ),
  ),
]);
