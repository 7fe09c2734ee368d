import type { Ledger } from '../../../src/core/types.js';
import { c, held, known, sweep } from './sweep-harness.js';

/**
 * A tenth sweep over multi-sentence mini-reports: four invented stories, twelve reports each, none of them like the
 * earlier sweeps' stories: a siege of a district hospital in Tarvany by the Ninth Lantern, whose gunmen let patients
 * and staff out in groups while the government frees a few of the group's jailed members (two ledgers); the detention
 * of Dovranian trawler crews by Kalvessa's coast guard, settled by a maritime court, with Dovrania freeing Kalvessan
 * fishermen in return (two ledgers); the kidnapping of a youth football team's bus by the Kestu gang, with partial
 * releases, an escape, an army rescue, a ransom and a former footballer as go-between (one ledger, the gang's); and a
 * flooded prison in Corvenia whose Justice Ministry frees low-risk inmates early on licence while others escape, are
 * recaptured or are moved to other jails (one ledger). The reports are written as wire copy, timestamped live-blog
 * entries, translated officialese (a communiqué, a ministerial order, a police press release), Q&A explainers,
 * corrections, timelines, quotes from freed people and go-betweens, editorials, headline plus standfirst, NGO and union
 * briefings and features. It was written after reading only corpus FORMAT.md, ADR 0010, the sweep harness, the
 * article builder and the header of sweep 9 (for its dating rules and shape), without reading the extractor's code, its
 * rules, the other sweeps' cases or any fixture or corpus article, and labelled with every mention a careful annotator
 * would list under corpus FORMAT.md, in order of appearance.
 *
 * Dating (sweep 9's rules): every article is published Thursday 2024-03-14, 12:00 UTC. "On Monday"/"on Tuesday" told as
 * done are 2024-03-11/2024-03-12, "yesterday"/"on Wednesday"/"Wednesday night" is 2024-03-13, "today"/"this
 * morning"/"this evening"/"tonight"/"later today"/"on Thursday" is 2024-03-14, "on Saturday" or "by Saturday" still to
 * come is 2024-03-16; a calendar date ("13 March", "2 February") is that day, a month alone ("in February") is no day. A
 * release whose sentence gives no day is null unless it directly continues a dated release in the same report ("that
 * day", "that morning", "that afternoon" after a dated one). A live blog's clock time ("11:20 —") is not a day. A running
 * total is dated by a day word in its own sentence ("taking the number ... to 1,030" after "on Wednesday", "by
 * Wednesday night"), else by the publication day; "since Sunday"/"since Tuesday" is where the total starts, not its
 * day. Pledges (targets, demands, agreement terms, court orders, promises) are undated; announcements take the day of
 * the coming release; a count of people held or not freed (seized, trapped, still inside, left behind, refused,
 * transferred, escaped, caught, re-arrested, still eligible) is `held(n)`.
 *
 * Rescues (ADR 0010): the football story's one ledger is the gang's, so the army's rescue of two players ("troops ...
 * rescued two (2)", "soldiers free two players") and the unattributed "two players were rescued" are releases on no
 * ledger. Retracted figures ("said 50 hostages were freed", "said the army had rescued four", "said 1,600 inmates had
 * been released") are `held`. Casualties (a guard killed, hostages who died, a suspect "neutralised", inmates who
 * drowned), guards, jobs, abducted children province-wide and a prison's design capacity are not listed.
 *
 * First run, before any change: 13 of 48 cases passed. On review of the 35 failures against FORMAT.md and ADR 0010 no
 * label was found wrong by the conventions, so none was changed; the 35 are kept as known gaps (the arguable calls
 * below were kept as written). The first run was at 9a1aa6c, after 22 rule commits of the session of 2026-11-27; the
 * code that session started from (0fb2081) also passes 13 of 48, and matches 46 of the 110 labelled rows exactly
 * against 47 now (SWEEP_DUMP=FILE with SWEEP_BACKLOG=1 writes each case's reading for such a count).
 *
 * Arguable labelling decisions:
 * - People seized or trapped at the start ("about 260 people were trapped inside", "263 names", "64 crew aboard", "all
 *   27 people aboard", "27 taken") are taken into the custody the ledger empties, so `held`, as in sweep 9.
 * - A court's order to free people ("ordered the release of 48", "48 crewmen were covered by Tuesday's ruling" and the
 *   lawyers' rival 50) is an order, not a release, so a `pledge`; so is an agreement term with a deadline ("had agreed
 *   to free the remaining 31 women by Saturday") and a go-between's promise ("the last six boys will be free by
 *   Sunday"). "Are expected to", "are due to", "will be freed", "expects to release" are announcements.
 * - "examined 58 of those released so far" counts freed people, so a `release` on the Lantern's ledger, undated.
 * - "The club says all 11 are unhurt" back-refers to the freed boys, so a `release`; its live-blog entry gives no day,
 *   so null.
 * - "17 home" mixes the gang's releases, the army's rescue and an escape, all of them now free: a running total on no
 *   ledger. "moved nearly 2,000 out of the building, onto the streets or into other jails" mixes releases with
 *   transfers, people still in custody: `held`.
 * - "four of his crewmates were still in Sarn and would fly home tonight" is one mention, an announcement for today.
 * - "In February" is a month, not a day, so the nine crewmen sent home then, and the four and five they are made of,
 *   are undated; "the release of 11 Rovers players today" is dated although it sits in a quoted NGO sentence.
 * - The gang's claimed 12 is a rival figure for Thursday morning's release, labelled as stated with that day.
 * - "one thousand eight hundred (1,800)" and "two (2)" in officialese are one mention each; "twos and threes" in a
 *   nurse's quote are not counts.
 */

const BACKLOG = 'sweep 10: first-run gap, not yet fixed';

/** The hospital siege: the Ninth Lantern's releases of hostages, and Tarvany's of jailed Lantern members. */
const SIEGE_LEDGERS: Ledger[] = [
  {
    id: 'lantern-frees-hospital',
    title: 'Ostrel hospital hostages let go by the Ninth Lantern',
    releaser: ['Ninth Lantern', 'the Lantern', 'gunmen', 'hostage-takers', 'militants'],
    released: ['hostages', 'patients', 'hospital staff', 'staff', 'nurses', 'doctors', 'medical workers'],
    target: null,
  },
  {
    id: 'tarvany-frees-lantern',
    title: 'Jailed Ninth Lantern members freed by Tarvany',
    releaser: ['Tarvany', 'Tarvanian government', 'government', 'Interior Ministry'],
    released: ['Lantern detainees', 'Lantern members', 'Lantern prisoners', 'detainees', 'jailed members'],
    target: 12,
  },
];

/** The fishing crews: Kalvessa's releases of Dovranian fishermen, and Dovrania's of Kalvessan ones. */
const CREW_LEDGERS: Ledger[] = [
  {
    id: 'kalvessa-frees-fishers',
    title: 'Dovranian fishermen freed by Kalvessa',
    releaser: ['Kalvessa', 'Kalvessan authorities', 'Kalvessan coast guard', 'coast guard', 'Maritime Court'],
    released: ['Dovranian fishermen', 'fishermen', 'crewmen', 'crew members', 'crew', 'sailors'],
    target: 64,
  },
  {
    id: 'dovrania-frees-fishers',
    title: 'Kalvessan fishermen freed by Dovrania',
    releaser: ['Dovrania', 'Dovranian authorities', 'Dovranian navy'],
    released: ['Kalvessan fishermen', 'fishermen', 'crew members'],
    target: 19,
  },
];

/** The kidnapped football team: what the Kestu gang let go. */
const TEAM_LEDGERS: Ledger[] = [
  {
    id: 'kestu-frees-team',
    title: 'Qeltan Rovers players and staff let go by the Kestu gang',
    releaser: ['Kestu gang', 'the gang', 'kidnappers', 'abductors'],
    released: ['players', 'footballers', 'boys', 'coaches', 'team members', 'hostages'],
    target: null,
  },
];

/** The flooded prison: inmates Corvenia's Justice Ministry lets out early on licence. */
const PRISON_LEDGERS: Ledger[] = [
  {
    id: 'corvenia-early-release',
    title: 'Holm Point inmates released early by Corvenia',
    releaser: [
      'Justice Ministry',
      'Corvenian Justice Ministry',
      'prison service',
      'Corvenian authorities',
      'authorities',
    ],
    released: ['inmates', 'prisoners', 'low-risk inmates', 'low-risk prisoners'],
    target: 1800,
  },
];

const LANTERN = 'lantern-frees-hospital';
const TARVANY = 'tarvany-frees-lantern';
const KALVESSA = 'kalvessa-frees-fishers';
const DOVRANIA = 'dovrania-frees-fishers';
const KESTU = 'kestu-frees-team';
const CORVENIA = 'corvenia-early-release';

sweep('sweep 10: a hospital siege, patients and staff let out in groups', [
  known(
    BACKLOG,
    c(
      SIEGE_LEDGERS,
      'OSTREL, Tarvany (Tallyline) — Gunmen from the Ninth Lantern let 22 nurses walk out of Ostrel District Hospital on Tuesday, the third day of a siege in which about 260 people were trapped inside. The nurses, some still in their scrubs, were taken by ambulance to a school 2 km away, police said.',
      [22, 'release', LANTERN, '2024-03-12'],
      held(260),
    ),
  ),
  known(
    BACKLOG,
    c(
      SIEGE_LEDGERS,
      '11:20 — Another group is out. A hospital spokeswoman says 16 women from the maternity ward, several of them heavily pregnant, were allowed to leave by the gunmen this morning, along with their seven newborn babies. That would take the number freed since Sunday to 120, by our count.',
      [16, 'release', LANTERN, '2024-03-14'],
      [7, 'release', LANTERN, '2024-03-14'],
      [120, 'cumulative', LANTERN, '2024-03-14'],
    ),
  ),
  c(
    SIEGE_LEDGERS,
    'Communiqué of the Interior Ministry of the Republic of Tarvany: In response to the humanitarian situation at Ostrel District Hospital, the Government has on 13 March 2024 released three (3) detainees belonging to the so-called Ninth Lantern, as a gesture of goodwill. The Government reiterates that it will not consider the release of the remaining nine (9) persons convicted of terrorist offences while hostages remain in the hospital.',
    [3, 'release', TARVANY, '2024-03-13'],
    held(9),
  ),
  known(
    BACKLOG,
    c(
      SIEGE_LEDGERS,
      "Q: How many people are still inside Ostrel District Hospital? A: Nobody knows for sure. The health ministry's list had 263 names on Sunday. Since then the Ninth Lantern has let go 97 patients and staff, and officials believe between 150 and 170 remain, among them the hospital's director, who is 61.",
      held(263),
      [97, 'cumulative', LANTERN, '2024-03-14'],
      held(170),
    ),
  ),
  c(
    SIEGE_LEDGERS,
    'Siege hostages freed in biggest group yet\n\nForty people, nine of them doctors, left Ostrel District Hospital on Wednesday evening after the government freed three jailed Lantern members that afternoon.',
    [40, 'release', LANTERN, '2024-03-13'],
    [9, 'release', LANTERN, '2024-03-13'],
    [3, 'release', TARVANY, '2024-03-13'],
  ),
  known(
    BACKLOG,
    c(
      SIEGE_LEDGERS,
      'Clinicians Without Borders said in a briefing that at least 30 patients still inside depend on dialysis or oxygen, and that two have died since the siege began. The group urged the Ninth Lantern to let all patients go at once, and said its doctors had examined 58 of those released so far.',
      held(30),
      [58, 'release', LANTERN, null],
    ),
  ),
  known(
    BACKLOG,
    c(
      SIEGE_LEDGERS,
      "'They let us out in twos and threes, hands on our heads,' said Mirela Vant, a 34-year-old nurse who was among the 22 freed on Tuesday. 'I left 14 colleagues behind on the surgical floor.'",
      [22, 'release', LANTERN, '2024-03-12'],
      held(14),
    ),
  ),
  known(
    BACKLOG,
    c(
      SIEGE_LEDGERS,
      'How the siege unfolded:\nSunday, 10 March — Gunmen storm Ostrel District Hospital during evening visiting hours; about 260 people are inside.\nMonday — 35 elderly patients and children are let out.\nTuesday — 22 nurses are freed.\nWednesday — The government frees three Lantern detainees; 40 hostages leave hours later.',
      held(260),
      [35, 'release', LANTERN, '2024-03-11'],
      [22, 'release', LANTERN, '2024-03-12'],
      [3, 'release', TARVANY, '2024-03-13'],
      [40, 'release', LANTERN, '2024-03-13'],
    ),
  ),
  known(
    BACKLOG,
    c(
      SIEGE_LEDGERS,
      'Negotiators said late on Wednesday that the Ninth Lantern had agreed to free the remaining 31 women by Saturday in return for food, generator fuel and the transfer of its 12 jailed members to a prison nearer their families. A government source said the arrangement did not include freeing any of the 12.',
      [31, 'pledge', LANTERN, null],
      held(12),
      held(12),
    ),
  ),
  c(
    SIEGE_LEDGERS,
    'Correction: An earlier version of this article said 50 hostages were freed on Wednesday. The Ninth Lantern freed 40 hostages that day; the figure of 50 wrongly included ten medical students who escaped through a laundry chute.',
    held(50),
    [40, 'release', LANTERN, '2024-03-13'],
    held(10),
  ),
  c(
    SIEGE_LEDGERS,
    "Editorial: Every group let out of Ostrel District Hospital is greeted as a breakthrough, and the families of the 35 patients freed on Monday have every right to celebrate. But the Ninth Lantern still holds well over a hundred people, and the government's refusal even to discuss its nine remaining prisoners cannot be the end of the conversation.",
    [35, 'release', LANTERN, '2024-03-11'],
    held(100),
    held(9),
  ),
  c(
    SIEGE_LEDGERS,
    "11:45 — Ostrel's police commander tells reporters the gunmen are expected to let another 20 patients go later today, mostly people with chronic illnesses. He says police snipers have been pulled back for 48 hours as part of the arrangement.",
    [20, 'announcement', LANTERN, '2024-03-14'],
  ),
]);

sweep('sweep 10: trawler crews detained across a sea border, freed by court order', [
  known(
    BACKLOG,
    c(
      CREW_LEDGERS,
      'SARN, Kalvessa — A Kalvessan maritime court on Tuesday ordered the release of 48 Dovranian fishermen held since their trawlers were seized near the Skerry Banks in January, ruling that the coast guard had arrested them in waters whose status was still under arbitration. The seven skippers of the boats will remain in custody pending a separate trial on illegal-fishing charges.',
      [48, 'pledge', KALVESSA, null],
      held(7),
    ),
  ),
  known(
    BACKLOG,
    c(
      CREW_LEDGERS,
      '10:15 — Kalvessan officials say the first 30 fishermen were handed over to a Dovranian fisheries patrol vessel at sea yesterday afternoon, about 12 nautical miles off the Skerry light. The other 18 are due to be flown home from Sarn this evening.',
      [30, 'release', KALVESSA, '2024-03-13'],
      [18, 'announcement', KALVESSA, '2024-03-14'],
    ),
  ),
  known(
    BACKLOG,
    c(
      CREW_LEDGERS,
      'Statement of the Ministry of Foreign Affairs of Dovrania: The Ministry welcomes the decision of the Maritime Court of Sarn and the return of thirty (30) Dovranian citizens on 13 March. In a spirit of reciprocity, the competent authorities of Dovrania will on Saturday, 16 March 2024, release the nineteen (19) Kalvessan fishermen detained at Port Aulin.',
      [30, 'release', KALVESSA, '2024-03-13'],
      [19, 'announcement', DOVRANIA, '2024-03-16'],
    ),
  ),
  known(
    BACKLOG,
    c(
      CREW_LEDGERS,
      'Why were the fishermen held so long? Kalvessa says its coast guard caught seven Dovranian trawlers with 64 crew aboard inside its exclusive zone on 9 January. Nine were sent home in February on humanitarian grounds: four were under 18 and five needed hospital treatment. The rest waited more than two months for a court to hear the case.',
      held(64),
      [9, 'release', KALVESSA, null],
      [4, 'release', KALVESSA, null],
      [5, 'release', KALVESSA, null],
    ),
  ),
  known(
    BACKLOG,
    c(
      CREW_LEDGERS,
      "Fishermen home after 64 days in Kalvessan cells\n\nThirty crewmen from Dovrania's Aulin fleet stepped off a patrol boat in Port Aulin on Wednesday night to cheers from relatives; 18 more are expected on Thursday.",
      [30, 'release', KALVESSA, '2024-03-13'],
      [18, 'announcement', KALVESSA, '2024-03-14'],
    ),
  ),
  known(
    BACKLOG,
    c(
      CREW_LEDGERS,
      "The Aulin Fishworkers' Union said the court's ruling 'comes two months too late' for families who have lost a winter season's income, which it put at 1.2 million crowns. The union said it would keep campaigning until the last seven men, the skippers, are home, and called on Kalvessa to drop charges that carry up to three years in prison.",
      held(7),
    ),
  ),
  known(
    BACKLOG,
    c(
      CREW_LEDGERS,
      "'I counted 61 sunrises through a window the size of a shoebox,' said Petar Oslund, 52, a deckhand on the trawler Meriel who was among those handed over at sea yesterday. He said four of his crewmates were still in Sarn and would fly home tonight.",
      [4, 'announcement', KALVESSA, '2024-03-14'],
    ),
  ),
  known(
    BACKLOG,
    c(
      CREW_LEDGERS,
      'Timeline\n9 January — Kalvessan coast guard seizes seven trawlers and 64 crew.\n2 February — Nine crewmen freed on humanitarian grounds.\n12 March — Maritime Court of Sarn orders the release of 48 crew.\n13 March — 30 handed over at sea.',
      held(64),
      [9, 'release', KALVESSA, '2024-02-02'],
      [48, 'pledge', KALVESSA, null],
      [30, 'release', KALVESSA, '2024-03-13'],
    ),
  ),
  c(
    CREW_LEDGERS,
    'Kalvessa has now freed 39 of the 64 Dovranian fishermen it detained in January, the Kalvessan foreign ministry said on Thursday, after releasing 30 at sea on Wednesday. The remaining crew members are expected home before the weekend.',
    [39, 'cumulative', KALVESSA, '2024-03-14'],
    held(64),
    [30, 'release', KALVESSA, '2024-03-13'],
  ),
  known(
    BACKLOG,
    c(
      CREW_LEDGERS,
      "In Kalvessa's northern ports, attention has turned to the 19 Kalvessan fishermen Dovrania has held at Port Aulin since February. Dovranian officials say all 19 will be freed on Saturday, though a 23-year-old engineer among them faces a smuggling charge and may be kept back.",
      held(19),
      [19, 'announcement', DOVRANIA, '2024-03-16'],
    ),
  ),
  known(
    BACKLOG,
    c(
      CREW_LEDGERS,
      "Kalvessa's coast guard says 48 crewmen were covered by Tuesday's ruling; lawyers for the fishermen put the figure at 50, saying two cooks from the trawler Sunnaby were left off the court's list. Both cooks remain in a detention centre in Vessik.",
      [48, 'pledge', KALVESSA, null],
      [50, 'pledge', KALVESSA, null],
      held(2),
    ),
  ),
  c(
    CREW_LEDGERS,
    "The Skerry Banks dispute has simmered since a 1998 arbitration left the line unsettled; the grounds support about 3,000 fishing jobs on both sides. Kalvessa's coast guard has detained Dovranian crews four times in the past decade, but never as many as the 64 men taken this winter.",
    held(64),
  ),
]);

sweep('sweep 10: a youth football team kidnapped from its bus', [
  c(
    TEAM_LEDGERS,
    'TOLLAN, Abrenia — Kidnappers released 11 members of the Qeltan Rovers under-17 squad at a petrol station outside Tollan early on Thursday, five days after the team bus was ambushed on its way home from an away game. Ten people, including the head coach and six players, are still held, police said.',
    [11, 'release', KESTU, '2024-03-14'],
    held(10),
    held(6),
  ),
  known(
    BACKLOG,
    c(
      TEAM_LEDGERS,
      "08:50 — Parents who spent the night outside the Rovers' clubhouse are being told that the freed boys are on their way by minibus. The club says all 11 are unhurt but 'hungry and exhausted'. We'll bring you names once families have been told.",
      [11, 'release', KESTU, null],
    ),
  ),
  known(
    BACKLOG,
    c(
      TEAM_LEDGERS,
      "Who is still in the kidnappers' hands? According to the club, six players aged 15 to 17, the head coach, his assistant, the physiotherapist and the kit manager. Twenty-seven people were on the bus when gunmen stopped it on the Tollan road on Saturday evening.",
      held(6),
      held(27),
    ),
  ),
  known(
    BACKLOG,
    c(
      TEAM_LEDGERS,
      'Press release of the Hesh Provincial Police Command: On 13/03/2024 at about 04:30 hours, troops of the 14th Brigade acting on credible intelligence raided a criminal hideout near Dambe village and rescued two (2) kidnapped footballers unhurt. One (1) suspect was neutralised while others fled with gunshot wounds. Efforts are ongoing to rescue the remaining victims.',
      [2, 'release', null, '2024-03-13'],
    ),
  ),
  c(
    TEAM_LEDGERS,
    "Rovers keeper, 15, escapes kidnappers and walks 20 km to safety\n\nA goalkeeper held with his teammates since Saturday slipped away from the Kestu gang's camp on Tuesday night and reached a farm near Ubar at dawn, his father said.",
  ),
  c(
    TEAM_LEDGERS,
    'The gang freed the bus driver and two injured players on Monday, leaving them at a roadside mosque in Kari with a handwritten note demanding 50 million dinars for the rest. Both boys, aged 16, were treated for gunshot wounds to the legs and discharged from hospital on Wednesday.',
    [2, 'release', KESTU, '2024-03-11'],
  ),
  c(
    TEAM_LEDGERS,
    "'I have spoken to their leader three times,' said Amos Keru, a former international striker who has been acting as a go-between. 'He has promised me the last six boys will be free by Sunday. The coaches are another matter; he thinks the club can pay for them.'",
    [6, 'pledge', KESTU, null],
  ),
  known(
    BACKLOG,
    c(
      TEAM_LEDGERS,
      "Saturday 9 March: gunmen stop the Rovers' bus near Tollan and take all 27 people aboard.\nMonday: the driver and two injured players are released at Kari.\nTuesday night: the goalkeeper escapes.\nWednesday: soldiers free two players in a raid near Dambe.\nThursday: 11 more players are let go.",
      held(27),
      [2, 'release', KESTU, '2024-03-11'],
      [2, 'release', null, '2024-03-13'],
      [11, 'release', KESTU, '2024-03-14'],
    ),
  ),
  known(
    BACKLOG,
    c(
      TEAM_LEDGERS,
      "Child-rights group Safe Passage Abrenia said at least 140 children had been abducted for ransom in Hesh province since 2021, and that fewer than half were known to have come home. It said the release of 11 Rovers players today 'must not distract from the six still held'.",
      [11, 'release', KESTU, '2024-03-14'],
      held(6),
    ),
  ),
  known(
    BACKLOG,
    c(
      TEAM_LEDGERS,
      'Correction: A report on Wednesday said the army had rescued four players near Dambe. Police have since confirmed that two players were rescued; the two other boys seen in the raid footage were local herders.',
      held(4),
      [2, 'release', null, null],
    ),
  ),
  known(
    BACKLOG,
    c(
      TEAM_LEDGERS,
      "For families in Qeltan the arithmetic has become unbearable: 27 taken, 17 home, and a ransom the club cannot pay. The Rovers' chairman has offered to sell the club's training ground, valued at 90 million dinars, if that is what it takes to bring the last ten home.",
      held(27),
      [17, 'cumulative', null, '2024-03-14'],
      held(10),
    ),
  ),
  c(
    TEAM_LEDGERS,
    'Police in Hesh said 11 hostages were released on Thursday morning, while a spokesman for the Kestu gang, speaking by phone to a local radio station, claimed it had let 12 go, including a coach who police say is still missing. Neither account could be independently verified.',
    [11, 'release', KESTU, '2024-03-14'],
    [12, 'release', KESTU, '2024-03-14'],
  ),
]);

sweep('sweep 10: a flooded prison emptied by early release, escapes and transfers', [
  known(
    BACKLOG,
    c(
      PRISON_LEDGERS,
      "HOLM POINT, Corvenia — Corvenia's Justice Ministry released 610 low-risk inmates from the flooded Holm Point prison on Wednesday, taking the number let out early since the storm surge to 1,030. The ministry has said up to 1,800 of the prison's 3,100 inmates could be freed on licence before the building is pumped dry.",
      [610, 'release', CORVENIA, '2024-03-13'],
      [1030, 'cumulative', CORVENIA, '2024-03-13'],
      [1800, 'pledge', CORVENIA, null],
      held(3100),
    ),
  ),
  c(
    PRISON_LEDGERS,
    '09:30 — Buses are lining up outside Holm Point again this morning. A prison service officer tells us about 500 inmates are to be released today, each fitted with an ankle tag before leaving. Relatives have been told to wait at the sports hall on Quay Road.',
    [500, 'announcement', CORVENIA, '2024-03-14'],
  ),
  c(
    PRISON_LEDGERS,
    'Order No. 77/2024 of the Minister of Justice of the Republic of Corvenia: Owing to the emergency at the Holm Point penitentiary, persons serving sentences of less than four (4) years for non-violent offences, and persons with fewer than six (6) months left to serve, shall be released on licence, up to a total of one thousand eight hundred (1,800). Persons convicted of offences under Articles 112 to 119 of the Criminal Code are excluded.',
    [1800, 'pledge', CORVENIA, null],
  ),
  c(
    PRISON_LEDGERS,
    'How many prisoners escaped? Officials say 68 inmates got out through a collapsed perimeter wall during the night of the flood, on Monday. By Wednesday evening 41 had been caught, most of them within a few kilometres of the prison, and police were still searching for 27.',
    held(68),
    held(41),
    held(27),
  ),
  c(
    PRISON_LEDGERS,
    'Holm Point empties as waters rise\n\nSome 420 inmates with short sentences left the flooded prison on Tuesday carrying their belongings in bin bags, while 900 others were moved under armed guard to jails in Vesk and Aran.',
    [420, 'release', CORVENIA, '2024-03-12'],
    held(900),
  ),
  known(
    BACKLOG,
    c(
      PRISON_LEDGERS,
      "The Corvenian Prison Reform Trust said in a briefing on Thursday that Holm Point had been built for 1,900 people and held 3,100 when the water came in. It welcomed the release of more than 1,000 inmates since Tuesday but said the 900 transferred men now faced even worse overcrowding, and that four who drowned in the basement cells 'should never have been there'.",
      held(3100),
      [1000, 'cumulative', CORVENIA, '2024-03-14'],
      held(900),
    ),
  ),
  known(
    BACKLOG,
    c(
      PRISON_LEDGERS,
      "'They gave me a tag, a bus ticket and 40 crowns, and told me to report to probation every Monday,' said Jonas Helt, 29, who had eight months of a burglary sentence left when he walked out on Wednesday. 'There must have been 300 of us let out that morning.'",
      [300, 'release', CORVENIA, '2024-03-13'],
    ),
  ),
  known(
    BACKLOG,
    c(
      PRISON_LEDGERS,
      'Monday 11 March, 23:00 — Storm surge breaches the sea wall; water floods the lower wings of Holm Point, which holds 3,100 inmates. Around 70 escape in the confusion.\nTuesday — The Justice Ministry orders the release of up to 1,800 low-risk prisoners; 420 leave that afternoon.\nWednesday — 610 more are released.',
      held(3100),
      held(70),
      [1800, 'pledge', CORVENIA, null],
      [420, 'release', CORVENIA, '2024-03-12'],
      [610, 'release', CORVENIA, '2024-03-13'],
    ),
  ),
  known(
    BACKLOG,
    c(
      PRISON_LEDGERS,
      'Police said on Thursday they had re-arrested 12 of the inmates freed on licence this week for breaching curfew conditions, and were looking for six more who had removed their electronic tags. The Justice Ministry insisted the scheme was working, noting that more than 1,000 prisoners had been released without incident.',
      held(12),
      held(6),
      [1000, 'cumulative', CORVENIA, '2024-03-14'],
    ),
  ),
  c(
    PRISON_LEDGERS,
    'Holm Point, a fortress on the Aske estuary, has flooded twice before, in 1953 and 2007. Its guards, 340 of whom worked through Monday night, say they were never given a plan for evacuating more than a few hundred men. This week they have moved nearly 2,000 out of the building, onto the streets or into other jails.',
    held(2000),
  ),
  c(
    PRISON_LEDGERS,
    'Correction: A story published on Wednesday said 1,600 inmates had been released from Holm Point. That figure was the number approved for release by the parole board; 1,030 had actually left the prison by Wednesday night.',
    held(1600),
    [1030, 'cumulative', CORVENIA, '2024-03-13'],
  ),
  known(
    BACKLOG,
    c(
      PRISON_LEDGERS,
      "The prison service expects to release the last 250 eligible inmates by Saturday, a spokeswoman said, leaving it just short of the 1,800 the minister authorised. Guards' unions put the number still eligible closer to 400.",
      [250, 'announcement', CORVENIA, '2024-03-16'],
      [1800, 'pledge', CORVENIA, null],
      held(400),
    ),
  ),
]);
