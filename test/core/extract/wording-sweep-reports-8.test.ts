import type { Ledger } from '../../../src/core/types.js';
import { c, held, known, sweep as runSweep, type SweepCase } from './sweep-harness.js';

/**
 * An eighth sweep over multi-sentence mini-reports: four invented stories, twelve reports each, written in styles away
 * from plain wire copy (long feature sentences with embedded clauses, quotes from relatives and officials carrying the
 * numbers, translated officialese, tabloid, day-by-day timelines written as prose, Q&A explainers, op-ed paragraphs,
 * sports-style and business-style voices, correction notices, timestamped live-blog entries, and reports where the
 * number stands far from its verb). It was written without reading the extractor's code, its rules, the other sweeps'
 * cases or the corpus articles, and labelled with every mention a careful annotator would list under corpus FORMAT.md,
 * in order of appearance.
 *
 * Dating: every article is published Thursday 2024-03-14, 12:00 UTC. "On Tuesday" told as done is 2024-03-12,
 * "yesterday"/"on Wednesday" is 2024-03-13, "on Monday" still to come is 2024-03-18, "today"/"this morning" is
 * 2024-03-14, "on Sunday" told as done is 2024-03-10; a calendar date ("on 12 March", "29 February") is that day. A
 * release whose sentence gives no day is null unless it directly continues a dated release in the same report ("It freed
 * seven" after "on Tuesday"; "on the following day" after "on 12 March"). A running total is dated by its own day word,
 * else by the day of its statement, else by the publication day. Pledges are undated; announcements take the day of the
 * coming release (null if none); a count of people held or not freed (held, still aboard, re-arrested, escaped,
 * recaptured) is `held(n)`; a count covering both sides of a swap has no ledger.
 *
 * Rescues: FORMAT's `release` is "people were actually freed", and tourists brought out of captivity by troops are
 * freed, so a rescue is a `release`. It is not the gang's release, though, so the kidnap story has two ledgers, one for
 * tourists the Black Juniper gang let go (for ransom) and one for tourists Ostravian troops rescued; a running total
 * that mixes both ("seven home of the eleven") has no ledger. A hostage killed in captivity is a casualty, not listed;
 * repatriated bodies in the prisoner-of-war story are not people released and are not listed either.
 *
 * First run, before any change: 6 of 48 cases passed. On review of the 42 failures no label was found wrong by
 * FORMAT.md, so none was changed; the 42 are kept as known gaps (the arguable calls below were kept as written).
 *
 * Arguable labelling decisions:
 * - A day number in a timeline ("Day 19, Sunday") is not a count; the timeline's own dates date its releases.
 * - Correction notices: the retracted figure was first labelled as stated, on the day the retracted text gave it
 *   ("said ... had exchanged 300 prisoners of war on Sunday" a release on Sunday; "had freed 4,100" a running total).
 *   It is now `other` (held(n)): FORMAT's `release` is people actually freed, a retracted release must never reach a
 *   tally, and blind set 8 labels retracted figures the same way. A retracted live-blog figure ("earlier reports of
 *   five rescued were wrong") likewise.
 * - "The remaining 5 persons ... their release is foreseen for 18 March" lists the 5 once, as held: the number sits on
 *   the people still held, and the foreseen release refers back to them without a count.
 * - "At least six of its nationals, not five, remain aboard" lists the negated five as well (held), being a mention of
 *   the disputed count; "roughly two dozen seafarers" is held(24).
 * - Bare figures that stand for a running total are cumulative: "the ministry says 2,340", "the release of 2,340
 *   political detainees" beside "about 1,700 more", "thirty-eight have come home" out of 41 arrested, "some 1,100 ...
 *   had been released by the end of the first week" (no day word, so the publication day), and parts of such a total
 *   ("at least nine foreign nationals" among the 1,100; "100 of them on stretchers" among 400 processed).
 * - "Forty-one of us were arrested" counts people taken into the custody the ledger empties, so `held`; escaped and
 *   recaptured ordinary criminals in the same programme are `held` too.
 * - A prison's capacity ("built for 900 men") and the capacity of chartered buses ("enough for up to 900 returning
 *   prisoners") are not counts of people, so not listed.
 * - "150 a side" and "150 by each side" are one mention each, a release with no ledger (the count covers both sides);
 *   "Mesovia's side of the ledger now stands at 198 prisoners returned" is Mesovia's releases (48 plus 150 in the same
 *   text). "12 of its men freed on Tuesday", said by Tarsland's army, were freed by Mesovia.
 * - "Will free the last 410 on Monday, provided Mesovia does the same" names a day, so it is an announcement despite the
 *   condition; "would free all three 'within days' if a second ransom ... is paid" has no day and is a conditional
 *   offer, so a pledge; the minister's "troops would bring the last three home by Monday" is a deadline, so a pledge.
 *   "The ministry expects to free about 1,700 more by the end of May" is a target, so a pledge.
 * - The gang's demand that Ostravia free 12 of its jailed members is a pledge with no ledger (neither ledger covers it).
 * - "Anya was among the four the soldiers had brought out" lists the four (no day in the quote, so null); "a fourth, a
 *   Norrick pensioner" and "the fifth person" are ordinals, not counts.
 * - "Among them was Teodor Valc" and similar single named people are not counts; "several dozen" and "hundreds of
 *   protesters" give no number and are not listed.
 */

const BACKLOG =
  'a case from a fresh sweep written by someone who had not read the rules, not yet read right: kept as the backlog for issue 3';

const SHIP_FREES = 'ambria-frees-sorrel-queen-crew';
const KARVONIA_FREES = 'karvonia-frees-political-detainees';
const MESOVIA_FREES = 'mesovia-frees-tarslander-pows';
const TARSLAND_FREES = 'tarsland-frees-mesovian-pows';
const GANG_FREES = 'black-juniper-frees-tourists';
const ARMY_RESCUES = 'ostravian-army-rescues-tourists';

/** The multinational crew of the tanker Sorrel Queen, seized by Ambria's coastguard and freed by nationality. */
const SHIP: Ledger[] = [
  {
    id: SHIP_FREES,
    title: 'Sorrel Queen crew freed by Ambria',
    releaser: [
      'Ambria',
      'Ambrian coastguard',
      'coastguard',
      'Ambrian authorities',
      'Ambrian government',
      'Republic of Ambria',
      'Ambrian foreign ministry',
      'the authorities',
    ],
    released: [
      'sailors',
      'seafarers',
      'seamen',
      'mariners',
      'crew members',
      'crew',
      'Velsh sailors',
      'Velsh nationals',
      'Corvanese seafarers',
      'Corvanese nationals',
      'Pellan sailors',
      'Pellan crew',
      'Istrani engineers',
      'Istrani crew members',
      'persons',
    ],
    target: 23,
  },
];

/** The new Karvonian government's release of political detainees, counted by its justice ministry and a monitor. */
const PRISON: Ledger[] = [
  {
    id: KARVONIA_FREES,
    title: 'Political detainees freed by the new Karvonian government',
    releaser: [
      'Karvonia',
      'Karvonian government',
      'new government',
      'the government',
      'Prime Minister Solvek',
      'Solvek',
      'Ministry of Justice',
      'justice ministry',
      'the ministry',
      'prison service',
    ],
    released: [
      'political detainees',
      'political prisoners',
      'prisoners of conscience',
      'detainees',
      'prisoners',
      'inmates',
      'students',
      'activists',
      'journalists',
      'persons',
    ],
    target: null,
  },
];

const POW_RELEASED = ['prisoners of war', 'POWs', 'servicemen', 'soldiers', 'captives', 'prisoners', 'wounded men'];

/** An "all for all" exchange of prisoners of war between Mesovia and Tarsland, mediated by Lirr. */
const SWAP: Ledger[] = [
  {
    id: MESOVIA_FREES,
    title: 'Tarslander prisoners of war freed by Mesovia',
    releaser: [
      'Mesovia',
      'Mesovian government',
      'Mesovian army',
      'Mesovian defence ministry',
      'Mesovian side',
      'Vessk',
    ],
    released: [
      'Tarslander prisoners of war',
      'Tarslander prisoners',
      'Tarslander soldiers',
      'Tarslanders',
      ...POW_RELEASED,
    ],
    target: null,
  },
  {
    id: TARSLAND_FREES,
    title: 'Mesovian prisoners of war freed by Tarsland',
    releaser: [
      'Tarsland',
      'Tarslander government',
      'Tarslander army',
      'Tarslander defence ministry',
      'Tarslander side',
      'Orrun',
    ],
    released: ['Mesovian prisoners of war', 'Mesovian prisoners', 'Mesovian servicemen', 'Mesovians', ...POW_RELEASED],
    target: null,
  },
];

const TOURISTS = [
  'tourists',
  'hostages',
  'captives',
  'trekkers',
  'hikers',
  'Ellesian hikers',
  'Ellesians',
  'foreign citizens',
];

/** Tourists kidnapped in the Varn Gorge: some freed by the Black Juniper gang for ransom, some rescued by troops. */
const KIDNAP: Ledger[] = [
  {
    id: GANG_FREES,
    title: 'Tourists freed by the Black Juniper gang',
    releaser: [
      'Black Juniper',
      'Black Juniper gang',
      'the gang',
      'kidnappers',
      'abductors',
      'captors',
      'illegal armed group',
    ],
    released: TOURISTS,
    target: 11,
  },
  {
    id: ARMY_RESCUES,
    title: 'Tourists rescued from the Black Juniper gang by Ostravian troops',
    releaser: [
      'Ostravian army',
      'Ostravian troops',
      'troops',
      'special forces',
      'commandos',
      'the army',
      'General Staff',
      'soldiers',
    ],
    released: TOURISTS,
    target: null,
  },
];

const sweep = (phenomenon: string, cases: SweepCase[]): void =>
  runSweep(`report wording sweep 8: ${phenomenon}`, cases);

sweep('a seized tanker crew freed by nationality over weeks', [
  known(
    BACKLOG,
    c(
      SHIP,
      'The six Corvanese seafarers who, after nineteen days confined to the mess deck of the 104,000-tonne tanker Sorrel Queen, were finally handed over by the Ambrian coastguard on Sunday to a consular team that had waited at the quayside since dawn, were flown home yesterday, a spokesman for the shipowner said. Seventeen of their crewmates, among them seven Velsh men whose families have camped outside the Ambrian embassy, remained aboard at the time.',
      [6, 'release', SHIP_FREES, '2024-03-10'],
      held(17),
      held(7),
    ),
  ),
  known(
    BACKLOG,
    c(
      SHIP,
      'The Ministry of Foreign Affairs of the Republic of Ambria hereby informs that on 12 March the release of 7 (seven) persons of Velsh citizenship, members of the crew of the tanker Sorrel Queen, was effectuated in accordance with humanitarian principles. The handover of 3 further persons of Istrani citizenship was realised on the following day. The question of the remaining 5 persons is under examination by the competent organs, and their release is foreseen for 18 March.',
      [7, 'release', SHIP_FREES, '2024-03-12'],
      [3, 'release', SHIP_FREES, '2024-03-13'],
      held(5),
    ),
  ),
  known(
    BACKLOG,
    c(
      SHIP,
      "'They told me on the phone that all nine Velsh boys were out, and then the line went dead,' said Marta Iversk, 54, whose nephew is the Sorrel Queen's second engineer. In fact, officials later clarified, only seven Velsh sailors had been freed by the Ambrian coastguard on Tuesday; the other two had been released on 29 February because of illness. 'So I was right, just not about the day,' she said with a tired laugh.",
      [9, 'release', SHIP_FREES, null],
      [7, 'release', SHIP_FREES, '2024-03-12'],
      [2, 'release', SHIP_FREES, '2024-02-29'],
    ),
  ),
  known(
    BACKLOG,
    c(
      SHIP,
      "HOME AT LAST! Three Istrani grease monkeys who spent 22 DAYS locked below deck on the rust-bucket Sorrel Queen were sprung by Ambria's coastguard yesterday — after their bosses coughed up a £2 million 'port fine'. Engine-room hand Dario Kest, 31, told us: 'I lost 9 kilos and my girlfriend.' But five Pellan sailors are STILL rotting on the ship, and nobody in Keld will say when they will be let go.",
      [3, 'release', SHIP_FREES, '2024-03-13'],
      held(5),
    ),
  ),
  known(
    BACKLOG,
    c(
      SHIP,
      'How the Sorrel Queen saga has unfolded. Day 1 (21 February): the Ambrian coastguard boards the tanker with 23 crew aboard; Day 9, 29 February: two sick Velsh sailors are freed on medical grounds. Day 19, Sunday: six Corvanese seafarers walk free; Day 21, Tuesday: seven more Velsh sailors are let go. Day 22, yesterday: three Istrani engineers released, bringing the number freed to 18.',
      held(23),
      [2, 'release', SHIP_FREES, '2024-02-29'],
      [6, 'release', SHIP_FREES, '2024-03-10'],
      [7, 'release', SHIP_FREES, '2024-03-12'],
      [3, 'release', SHIP_FREES, '2024-03-13'],
      [18, 'cumulative', SHIP_FREES, '2024-03-13'],
    ),
  ),
  known(
    BACKLOG,
    c(
      SHIP,
      "Who is still on the Sorrel Queen, and why? Five Pellan sailors, all that remain of a crew of 23, whose papers Ambria says are being checked; Pellan's foreign minister says the men are being kept as leverage in a dispute over the 1.4-million-barrel cargo. When will they come home? Ambria's coastguard says the five will be released on Monday, though it has made such promises before.",
      held(5),
      held(23),
      [5, 'announcement', SHIP_FREES, '2024-03-18'],
    ),
  ),
  c(
    SHIP,
    '11:02 — Ambrian state TV shows what it says is the release of the three Istrani crew members at the port of Keld this morning. 11:20 — Correction from a coastguard spokesman: the Istrani men were in fact released yesterday evening and spent the night in a hotel; the footage was of their transfer to the airport. 11:41 — The spokesman adds that 18 of the 23 sailors have now been freed since the seizure.',
    [3, 'release', SHIP_FREES, '2024-03-14'],
    [18, 'cumulative', SHIP_FREES, '2024-03-14'],
    held(23),
  ),
  known(
    BACKLOG,
    c(
      SHIP,
      'Shares in Halvard Tankers, owner of the Sorrel Queen, rose 4.2% in Keld trading after the Ambrian coastguard released three more crew members yesterday, taking the number freed to 18 of 23. Analysts at Brightwell said the seizure, now in its fourth week, had cost the company roughly $310,000 a day in lost charter income. The company expects the last five seafarers to be freed on Monday, when it hopes to resume loading the 104,000-tonne vessel.',
      [3, 'release', SHIP_FREES, '2024-03-13'],
      [18, 'cumulative', SHIP_FREES, '2024-03-13'],
      held(23),
      [5, 'announcement', SHIP_FREES, '2024-03-18'],
    ),
  ),
  known(
    BACKLOG,
    c(
      SHIP,
      "Correction: An earlier version of this report said the Ambrian coastguard had freed eight Velsh sailors on Tuesday. It freed seven; the two Velsh crew released on 29 February on medical grounds were counted separately. The earlier version also gave the crew's size as 25 rather than 23, and misspelt the name of the port of Keld. We regret the errors.",
      held(8),
      [7, 'release', SHIP_FREES, '2024-03-12'],
      [2, 'release', SHIP_FREES, '2024-02-29'],
      held(25),
      held(23),
    ),
  ),
  known(
    BACKLOG,
    c(
      SHIP,
      "It is a strange kind of mercy that releases sailors by passport. Ambria has let the Corvanese go, then the Velsh, then the Istrani — 18 men in all, each batch timed to a diplomatic visit — while five Pellan seafarers, whose government has no ambassador in Keld, sit on a tanker for a cargo they did not own. If the coastguard truly intends to free them on Monday, as it now says, it should do so without waiting for yet another minister's photograph.",
      [18, 'cumulative', SHIP_FREES, '2024-03-14'],
      held(5),
    ),
  ),
  known(
    BACKLOG,
    c(
      SHIP,
      'Ambria made it three batches in four days yesterday, sending three Istrani engineers down the gangway of the Sorrel Queen to add to the six Corvanese released on Sunday and the seven Velsh on Tuesday. That leaves the coastguard on 18 releases for the campaign, with the five Pellan sailors the only ones left on the bench. Nobody in Keld is betting against a clean sweep on Monday.',
      [3, 'release', SHIP_FREES, '2024-03-13'],
      [6, 'release', SHIP_FREES, '2024-03-10'],
      [7, 'release', SHIP_FREES, '2024-03-12'],
      [18, 'cumulative', SHIP_FREES, '2024-03-14'],
      held(5),
    ),
  ),
  known(
    BACKLOG,
    c(
      SHIP,
      "Of the roughly two dozen seafarers aboard when the tanker was boarded, the coastguard, according to a statement that also accused the shipowner of smuggling 40,000 tonnes of fuel oil, had by Wednesday night released all but five — a figure Pellan's embassy, which puts the crew at 24, disputes. The embassy says 'at least six' of its nationals, not five, remain aboard. Both sides agree that two men freed in February were let go on medical grounds.",
      held(24),
      held(5),
      held(24),
      held(6),
      held(5),
      [2, 'release', SHIP_FREES, null],
    ),
  ),
]);

sweep('a new government frees political detainees, counted by a ministry and a monitor', [
  known(
    BACKLOG,
    c(
      PRISON,
      'In execution of Decree No. 17 of the Council of Ministers, the Ministry of Justice of the Republic of Karvonia informs that on 13 March the release from places of deprivation of liberty of 391 (three hundred ninety-one) persons convicted under former articles 212 and 348 of the Criminal Code was effectuated. With this release, the total number of persons released under the Decree has reached 2,340 as of 13 March. The Ministry reminds that the release of the remaining persons will be realised in stages.',
      [391, 'release', KARVONIA_FREES, '2024-03-13'],
      [2340, 'cumulative', KARVONIA_FREES, '2024-03-13'],
    ),
  ),
  known(
    BACKLOG,
    c(
      PRISON,
      "'The ministry says 2,340; we have been able to verify 1,870 names,' said Oriel Maskin of the Open Door Monitor, which has tracked political cases in Karvonia since 2011. The gap, she said, is partly people released from pre-trial detention who were never on anyone's list, and partly, she suspects, padding. Her group estimates that between 1,600 and 1,800 political detainees are still behind bars, among them 37 journalists.",
      [2340, 'cumulative', KARVONIA_FREES, '2024-03-14'],
      [1870, 'cumulative', KARVONIA_FREES, '2024-03-14'],
      held(1800),
      held(37),
    ),
  ),
  known(
    BACKLOG,
    c(
      PRISON,
      "When the gates of Drava prison, a grey compound built for 900 men that held nearly 2,000 at the height of the old regime's crackdown, swung open on Sunday morning, the 612 political detainees who filed out — teachers, students, a retired judge of 78 — were met by a crowd that the police, who only a month ago would have dispersed it, simply watched. Among them was Teodor Valc, who had served six years of a fourteen-year sentence for a social-media post.",
      held(2000),
      [612, 'release', KARVONIA_FREES, '2024-03-10'],
    ),
  ),
  known(
    BACKLOG,
    c(
      PRISON,
      "JAILBIRDS FLY! Another 480 so-called 'prisoners of conscience' strolled out of Karvonia's lock-ups on Tuesday — and law-and-order campaigners say at least 14 of the freed lags have ALREADY been nicked again. Solvek's soft-touch government has now emptied cells for 2,340 inmates in just a fortnight. Ex-warden Bruno Hask, 59, fumed: 'Half of them I wouldn't trust with a library book.'",
      [480, 'release', KARVONIA_FREES, '2024-03-12'],
      held(14),
      [2340, 'cumulative', KARVONIA_FREES, '2024-03-14'],
    ),
  ),
  known(
    BACKLOG,
    c(
      PRISON,
      "Day 1, 1 March: Idra Solvek sworn in as prime minister with 214 of 350 votes, promising to free all political detainees 'within 100 days'. Day 3: amnesty decree signed. Day 10, Sunday: 612 men and women freed from Drava. Day 12, Tuesday: a further 480 released across six regional jails. Day 13, Wednesday: 391 out, and the ministry's running total reaches 2,340.",
      [612, 'release', KARVONIA_FREES, '2024-03-10'],
      [480, 'release', KARVONIA_FREES, '2024-03-12'],
      [391, 'release', KARVONIA_FREES, '2024-03-13'],
      [2340, 'cumulative', KARVONIA_FREES, '2024-03-13'],
    ),
  ),
  known(
    BACKLOG,
    c(
      PRISON,
      "How many political prisoners has Karvonia freed? The justice ministry says 2,340 since the amnesty decree took effect; the Open Door Monitor has confirmed 1,870 by name. How many are left? The new government inherited an estimated 4,100 political cases, so roughly 1,760 people remain inside by the ministry's own arithmetic, and a fourth batch of about 500 is due to be released on Monday, officials say.",
      [2340, 'cumulative', KARVONIA_FREES, '2024-03-14'],
      [1870, 'cumulative', KARVONIA_FREES, '2024-03-14'],
      held(4100),
      held(1760),
      [500, 'announcement', KARVONIA_FREES, '2024-03-18'],
    ),
  ),
  c(
    PRISON,
    'Amnesties are easy to count and hard to judge. Prime Minister Solvek has released well over two thousand people in a fortnight, and each of the 612 who walked out of Drava on Sunday deserves the welcome they got. But a government that has also quietly re-arrested 14 of them, and that still holds hundreds of protesters detained under its own emergency order, should not expect the applause to last.',
    [2000, 'cumulative', KARVONIA_FREES, '2024-03-14'],
    [612, 'release', KARVONIA_FREES, '2024-03-10'],
    held(14),
  ),
  known(
    BACKLOG,
    c(
      PRISON,
      "08:15 — Buses are lining up outside Vell women's prison, where the ministry says 'up to 120' political detainees will be freed this morning. 09:30 — The first women are out; our reporter counts 46 so far. 10:05 — A ministry official says 103 women have now been released from Vell, with the rest of today's group to follow after lunch.",
      [120, 'announcement', KARVONIA_FREES, '2024-03-14'],
      [46, 'cumulative', KARVONIA_FREES, '2024-03-14'],
      [103, 'cumulative', KARVONIA_FREES, '2024-03-14'],
    ),
  ),
  known(
    BACKLOG,
    c(
      PRISON,
      "Karvonia's bond spreads narrowed 35 basis points this week as investors warmed to the new government's reforms, including the release of 2,340 political detainees that the Northern Development Bank's mission chief, in a statement, called 'a credible signal'. The ministry expects to free about 1,700 more by the end of May, at an estimated cost of 12 million korun in resettlement grants. Tourism bookings rose 8% in February.",
      [2340, 'cumulative', KARVONIA_FREES, '2024-03-14'],
      [1700, 'pledge', KARVONIA_FREES, null],
    ),
  ),
  c(
    PRISON,
    "Correction: A report on Wednesday said Karvonia had freed 4,100 political detainees. That is the number the new government estimates were held when it took office; the justice ministry's figure for those released so far is 2,340. The report also misnamed the monitoring group, which is the Open Door Monitor, not the Open Gate Monitor. Its figure of 391 detainees freed yesterday was correct.",
    held(4100),
    [2340, 'cumulative', KARVONIA_FREES, '2024-03-14'],
    [391, 'release', KARVONIA_FREES, '2024-03-13'],
  ),
  known(
    BACKLOG,
    c(
      PRISON,
      "'Forty-one of us were arrested at the university that night, and thirty-eight have come home,' said Lina Oskar, whose brother Piet, 23, was freed from the Harn detention centre on Tuesday along with 479 other detainees. 'The other three are still in Harn, and nobody can tell us why.' The ministry says their files are 'under review', which is what it has told the family every week since January.",
      held(41),
      [38, 'cumulative', KARVONIA_FREES, '2024-03-14'],
      [479, 'release', KARVONIA_FREES, '2024-03-12'],
      held(3),
    ),
  ),
  known(
    BACKLOG,
    c(
      PRISON,
      'Of the detainees whose sentences were annulled under the decree, some 1,100 — a figure that, ministry officials concede, includes several dozen held only on minor public-order charges and at least nine foreign nationals awaiting deportation — had been released by the end of the first week. During the confusion at Sorn prison on Saturday, 23 ordinary criminals escaped; 19 have since been recaptured. The ministry says the escape has not slowed the programme.',
      [1100, 'cumulative', KARVONIA_FREES, '2024-03-14'],
      [9, 'cumulative', KARVONIA_FREES, '2024-03-14'],
      held(23),
      held(19),
    ),
  ),
]);

sweep('prisoners of war exchanged all for all in stages, the wounded first and the dead repatriated', [
  c(
    SWAP,
    "In the first stage of an 'all for all' exchange brokered by Lirr, Mesovia on Sunday handed over 48 wounded Tarslander prisoners of war, some carried across the Aukel bridge on stretchers, and received 52 wounded Mesovian servicemen in return. Lirr's mediators said the bodies of 212 Tarslander soldiers would be repatriated separately. The remaining able-bodied captives, whom each side numbers in the hundreds, are to follow in two further stages.",
    [48, 'release', MESOVIA_FREES, '2024-03-10'],
    [52, 'release', TARSLAND_FREES, '2024-03-10'],
  ),
  c(
    SWAP,
    'The Ministry of Defence of Mesovia informs that on 12 March, within the framework of the agreements reached with the mediation of the Republic of Lirr, 150 (one hundred fifty) Mesovian servicemen were returned from captivity. In exchange, 150 servicemen of the armed formations of Tarsland were transferred to the Tarslander side. Also, the repatriation of the bodies of 87 fallen defenders was effectuated.',
    [150, 'release', TARSLAND_FREES, '2024-03-12'],
    [150, 'release', MESOVIA_FREES, '2024-03-12'],
  ),
  known(
    BACKLOG,
    c(
      SWAP,
      "'We have given back every Tarslander we were asked for — 198 so far — and we will give back the rest,' Mesovia's ombudsman Ilka Varro told reporters on Wednesday. Her Tarslander counterpart said on Wednesday evening that only 190 of his country's soldiers had come home, and accused Vessk of hiding at least 40 more in unregistered camps. Both said the final stage, covering all remaining prisoners, was set for Monday.",
      [198, 'cumulative', MESOVIA_FREES, '2024-03-13'],
      [190, 'cumulative', MESOVIA_FREES, '2024-03-13'],
      held(40),
    ),
  ),
  known(
    BACKLOG,
    c(
      SWAP,
      "OUR BOYS ARE BACK! 150 Tarslander heroes crossed the Aukel bridge on Tuesday in the biggest swap of the war — but Mesovia's butchers sent 212 coffins back with them. Mum-of-three Sanna Dirk, 38, sobbed as husband Jens, captured in the battle for Hollow Ridge 14 months ago, stepped off the bus. 'He's lost 20 kilos but he's ours,' she said.",
      [150, 'release', MESOVIA_FREES, '2024-03-12'],
    ),
  ),
  known(
    BACKLOG,
    c(
      SWAP,
      'The exchange so far. Sunday: 48 wounded Tarslanders for 52 wounded Mesovians — the wounded first, as Lirr insisted. Tuesday: 150 Tarslanders for 150 Mesovians, the largest stage. Wednesday: no prisoners, but the bodies of 212 Tarslander and 87 Mesovian soldiers repatriated. Monday: the third and, both sides promise, final stage, in which every remaining prisoner is to be freed.',
      [48, 'release', MESOVIA_FREES, '2024-03-10'],
      [52, 'release', TARSLAND_FREES, '2024-03-10'],
      [150, 'release', MESOVIA_FREES, '2024-03-12'],
      [150, 'release', TARSLAND_FREES, '2024-03-12'],
    ),
  ),
  c(
    SWAP,
    "What does 'all for all' mean? That each side frees every prisoner of war it holds, not a fixed number — Tarsland says it still holds 410 Mesovians; Mesovia says it holds 375 Tarslanders, a figure Tarsland puts at nearer 500. Have any been freed yet? Yes: 200 Mesovians and 198 Tarslanders have come home since Sunday, the wounded first.",
    held(410),
    held(375),
    held(500),
    [200, 'cumulative', TARSLAND_FREES, '2024-03-14'],
    [198, 'cumulative', MESOVIA_FREES, '2024-03-14'],
  ),
  known(
    BACKLOG,
    c(
      SWAP,
      "14:10 — Lirr's foreign ministry confirms that the third stage of the exchange will take place on Monday at the Aukel bridge. 14:25 — A Mesovian negotiator says 'around 400' of his country's soldiers will come home in it, the largest handover so far. 14:40 — Tarsland's army says it has not yet received Mesovia's list, and that 12 of its men freed on Tuesday were in fact civilians.",
      [400, 'announcement', TARSLAND_FREES, '2024-03-18'],
      [12, 'release', MESOVIA_FREES, '2024-03-12'],
    ),
  ),
  known(
    BACKLOG,
    c(
      SWAP,
      "It finished 150 a side on Tuesday, after Sunday's opening leg, in which Tarsland had handed back 52 wounded men and Mesovia 48, and the mediators from Lirr are already talking up Monday's decider. Mesovia's side of the ledger now stands at 198 prisoners returned, Tarsland's at 202. Neither camp has named its squad for the final leg: estimates of how many remain range from 350 to 500 a side.",
      [150, 'release', null, '2024-03-12'],
      [52, 'release', TARSLAND_FREES, '2024-03-10'],
      [48, 'release', MESOVIA_FREES, '2024-03-10'],
      [198, 'cumulative', MESOVIA_FREES, '2024-03-14'],
      [202, 'cumulative', TARSLAND_FREES, '2024-03-14'],
      held(500),
    ),
  ),
  known(
    BACKLOG,
    c(
      SWAP,
      "Correction: A report published on Tuesday said Mesovia and Tarsland had exchanged 300 prisoners of war on Sunday. The 300 were exchanged on Tuesday, 150 by each side; Sunday's stage involved 100 wounded men. A separate figure of 299 'bodies returned' in the same report referred to soldiers' remains, not living prisoners. The Lirr mediators, who supervised both stages, have confirmed the corrected figures. We apologise for the error.",
      held(300),
      [300, 'release', null, '2024-03-12'],
      [150, 'release', null, '2024-03-12'],
      [100, 'release', null, '2024-03-10'],
    ),
  ),
  c(
    SWAP,
    "Nobody should begrudge the families at the Aukel bridge their tears. But 'all for all' is a slogan, not a number, and the 398 men exchanged since Sunday are the easy part: the ones both governments admit to holding. Tarslander mothers' groups have a list of 1,160 soldiers they believe are held in Mesovia; Mesovia acknowledges 375 prisoners. The gap between those numbers is where the dead, and the hidden, are.",
    [398, 'cumulative', null, '2024-03-14'],
    held(1160),
    held(375),
  ),
  known(
    BACKLOG,
    c(
      SWAP,
      "The Lirr Humanitarian Corps, which runs the exchange logistics on a budget of 2.6 million lirr, said it had processed 400 people across the two stages, 100 of them on stretchers, and repatriated 299 bodies in refrigerated trucks. For Monday's final stage it has chartered 30 buses, enough for up to 900 returning prisoners. Costs per returnee have fallen by a third since Sunday, its finance director said.",
      [400, 'cumulative', null, '2024-03-14'],
      [100, 'cumulative', null, '2024-03-14'],
    ),
  ),
  c(
    SWAP,
    "Among the prisoners that Tarsland, after weeks in which its negotiators had insisted the wounded must come first and the Lirr mediators had twice postponed the handover, finally let go on Sunday were 52 Mesovian servicemen, 11 of them officers. Tarsland says it will free the last 410 on Monday, provided Mesovia does the same; Mesovia's defence ministry says it has 'no reason to doubt' the date.",
    [52, 'release', TARSLAND_FREES, '2024-03-10'],
    [11, 'release', TARSLAND_FREES, '2024-03-10'],
    [410, 'announcement', TARSLAND_FREES, '2024-03-18'],
  ),
]);

sweep('tourists kidnapped in a border gorge: ransomed, killed, rescued by troops', [
  known(
    BACKLOG,
    c(
      KIDNAP,
      'The three Ellesian hikers whom the Black Juniper gang, after nearly two weeks of haggling conducted through a village elder and a cousin of one of the kidnappers, finally released on Sunday near the Kelmar border crossing — reportedly once a ransom of 400,000 druvs had changed hands — were recovering in an Ostravian military hospital yesterday. Eight of the eleven tourists seized on 26 February were still unaccounted for at that time.',
      [3, 'release', GANG_FREES, '2024-03-10'],
      held(8),
      held(11),
    ),
  ),
  known(
    BACKLOG,
    c(
      KIDNAP,
      'Press release of the General Staff of the Armed Forces of Ostravia. On 13 March at 04:30 hours, as a result of a special operation conducted by units of the 7th Mountain Brigade in the Varn Gorge, 4 (four) foreign citizens held hostage by an illegal armed group were liberated. During the operation 6 members of the group were neutralised; 2 servicemen received light wounds. The search for the remaining 3 hostages continues.',
      [4, 'release', ARMY_RESCUES, '2024-03-13'],
      held(3),
    ),
  ),
  known(
    BACKLOG,
    c(
      KIDNAP,
      "'They rang at six in the morning to say Anya was among the four the soldiers had brought out, and I just sat on the kitchen floor,' said Ruth Calloway, 71, of her daughter, a teacher from the Ellesian town of Brennock. But Calloway's joy is muted: Anya's travelling companion, Jonah Pell, is among three tourists the Black Juniper gang still holds, and a fourth, a Norrick pensioner of 67, was killed in captivity last week.",
      [4, 'release', ARMY_RESCUES, null],
      held(3),
    ),
  ),
  known(
    BACKLOG,
    c(
      KIDNAP,
      "RANSOM SHAME! Greedy Black Juniper thugs pocketed a staggering 400,000 druvs before letting three terrified Ellesian trekkers go on Sunday — and now they want FIVE TIMES that for the last three hostages. The gang is also demanding that Ostravia free 12 of its jailed members. Ostravia's government insists it will never deal with the gang. Ex-commando hard man Vic Drummond, 52, said: 'You pay once, you pay forever.'",
      [3, 'release', GANG_FREES, '2024-03-10'],
      held(3),
      [12, 'pledge', null, null],
    ),
  ),
  known(
    BACKLOG,
    c(
      KIDNAP,
      'Day 1 (26 February): eleven tourists on a guided trek are seized in the Varn Gorge. Day 14, Sunday: three Ellesians freed by the gang after a ransom is paid. Day 15: the kidnappers post a video of the eight remaining captives. Day 16, Tuesday: the body of a Norrick man, 67, is found near the border. Day 17, yesterday: troops rescue four hostages in a dawn raid.',
      held(11),
      [3, 'release', GANG_FREES, '2024-03-10'],
      held(8),
      [4, 'release', ARMY_RESCUES, '2024-03-13'],
    ),
  ),
  known(
    BACKLOG,
    c(
      KIDNAP,
      'Who is still being held, and how were the others freed? Three of the eleven tourists seized on 26 February, two Vandish students and an Ellesian man, are still held; three were released by the gang on Sunday after a ransom was paid, four were rescued by Ostravian special forces yesterday and one, a Norrick retiree, was killed. What do the kidnappers want? Two million druvs and the release of 12 gang members held in Ostravian jails.',
      held(3),
      held(11),
      held(2),
      [3, 'release', GANG_FREES, '2024-03-10'],
      [4, 'release', ARMY_RESCUES, '2024-03-13'],
      [12, 'pledge', null, null],
    ),
  ),
  known(
    BACKLOG,
    c(
      KIDNAP,
      "06:12 — Reports of gunfire in the upper Varn Gorge, where the hostages are believed to be held. 07:40 — An army spokesman says troops have freed 'several' tourists. 08:55 — The General Staff now confirms four hostages have been rescued alive and flown to Tesk; three others remain with the kidnappers. 09:20 — Earlier reports of five rescued were wrong, the spokesman says.",
      [4, 'release', ARMY_RESCUES, null],
      held(3),
      held(5),
    ),
  ),
  known(
    BACKLOG,
    c(
      KIDNAP,
      "Ostravia's government will want credit for yesterday's raid, and the soldiers who brought four tourists out of the Varn Gorge alive deserve it. But the raid came seventeen days after eleven foreigners were seized on a road the army had declared safe, and only after a family had quietly paid for the release of three others. Three people are still out there. Paying the gang's demand for 12 of its members would be a mistake; so would another raid without a plan.",
      [4, 'release', ARMY_RESCUES, '2024-03-13'],
      held(11),
      [3, 'release', GANG_FREES, null],
      held(3),
      [12, 'pledge', null, null],
    ),
  ),
  c(
    KIDNAP,
    'Shares in trekking operator Summit & Sable fell 11% after it confirmed that four of its clients, rescued by Ostravian troops yesterday, would not be returning to finish their tour. The firm had already refunded the three Ellesians freed by the gang on Sunday and says it is paying for the repatriation of a fourth client, who was killed. Bookings for the Varn region, worth about 6 million druvs a year to the company, have been suspended until June.',
    [4, 'release', ARMY_RESCUES, '2024-03-13'],
    [3, 'release', GANG_FREES, '2024-03-10'],
  ),
  known(
    BACKLOG,
    c(
      KIDNAP,
      'Correction: An earlier version of this article said Ostravian troops had rescued five tourists on Wednesday. Four were rescued; the fifth person brought out in the raid was a local shepherd who had been held with them. The article also said the gang released four Ellesians on Sunday; it released three. Three tourists remain captive in the Varn Gorge, police said.',
      held(5),
      [4, 'release', ARMY_RESCUES, '2024-03-13'],
      held(4),
      [3, 'release', GANG_FREES, '2024-03-10'],
      held(3),
    ),
  ),
  known(
    BACKLOG,
    c(
      KIDNAP,
      "Call it a split decision: three hostages bought out of the gang's hands by their families on Sunday, four snatched back by Ostravia's commandos yesterday in a raid that took 40 minutes from first shot to last. That is seven home of the eleven who set out on the trek, with one dead and three still in the gang's hands heading into what officials call 'the endgame'.",
      [3, 'release', GANG_FREES, '2024-03-10'],
      [4, 'release', ARMY_RESCUES, '2024-03-13'],
      [7, 'cumulative', null, '2024-03-14'],
      held(11),
      held(3),
    ),
  ),
  known(
    BACKLOG,
    c(
      KIDNAP,
      "The two Vandish students and the Ellesian architect still held by the gang are, according to a negotiator who has spoken to its leader twice this week, being moved between caves every night to avoid drones. The negotiator says the gang would free all three 'within days' if a second ransom of 800,000 druvs is paid. Ostravia's interior minister, who had said on Monday that no more money would change hands, told parliament yesterday that troops would instead 'bring the last three home by Monday'.",
      held(2),
      [3, 'pledge', GANG_FREES, null],
      [3, 'pledge', ARMY_RESCUES, null],
    ),
  ),
]);
