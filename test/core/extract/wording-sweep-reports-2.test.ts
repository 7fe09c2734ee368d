import type { Ledger } from '../../../src/core/types.js';
import { c, held, known, sweep as runSweep, type SweepCase } from './sweep-harness.js';

/**
 * A second sweep over multi-sentence mini-reports, on three new invented stories: a Qatar-mediated POW exchange
 * between Dravenia and Solmark (two ledgers), the Red Cedar Front's hostages from Lunara National Park (one ledger,
 * with a target), and President Dusan's releases of political prisoners in Varnesia (one ledger, no target).
 * Every mention a careful annotator would list under corpus FORMAT.md is labelled, in order of appearance. Every
 * article is published Thursday 2024-03-14, 12:00 UTC: "on Tuesday" told as done is 2024-03-12, "on Monday" still
 * to come is 2024-03-18, "yesterday" is 2024-03-13, "tomorrow" is 2024-03-15. A back-reference takes the day its
 * own sentence gives, or the day the article has already set for the same event, else null. A count of people
 * held or not freed (`other`) is scored without its ledger. Pledges have no date.
 */

const DRAVENIA_FREES = 'dravenia-frees-solmarki-pows';
const SOLMARK_FREES = 'solmark-frees-dravenian-pows';
const RCF_FREES = 'red-cedar-front-frees-lunara-hostages';
const VARNESIA_FREES = 'varnesia-frees-political-prisoners';

/** A two-ledger interstate war: Dravenia and Solmark swap prisoners of war through Qatari mediation. */
const WAR: Ledger[] = [
  {
    id: DRAVENIA_FREES,
    title: 'Solmarki prisoners of war freed by Dravenia',
    releaser: [
      'Dravenia',
      'Dravenian government',
      'Dravenian defence ministry',
      'Dravenian side',
      'Dravenian presidency',
    ],
    released: [
      'Solmarki soldiers',
      'Solmarki prisoners of war',
      'Solmarki POWs',
      'Solmarki servicemen',
      'Solmarki prisoners',
    ],
    target: null,
  },
  {
    id: SOLMARK_FREES,
    title: 'Dravenian prisoners of war freed by Solmark',
    releaser: ['Solmark', 'Solmarki government', 'Solmarki defence ministry', 'Solmarki side'],
    released: [
      'Dravenian soldiers',
      'Dravenian prisoners of war',
      'Dravenian POWs',
      'Dravenian servicemen',
      'Dravenian prisoners',
      'Dravenians',
    ],
    target: null,
  },
];

/** A single-ledger hostage tracker with a target: 16 people seized by the Red Cedar Front in Lunara National Park. */
const PARK: Ledger[] = [
  {
    id: RCF_FREES,
    title: 'Tourists and guides freed by the Red Cedar Front',
    releaser: ['Red Cedar Front', 'the front', 'the group', 'rebels', 'kidnappers', 'captors', 'gunmen'],
    released: ['hostages', 'tourists', 'guides', 'captives', 'people'],
    target: 16,
  },
];

/** A single-ledger tracker with no target: political prisoners freed by Varnesia under President Aurel Dusan. */
const PARDONS: Ledger[] = [
  {
    id: VARNESIA_FREES,
    title: 'Political prisoners freed by Varnesia',
    releaser: [
      'President Dusan',
      'Dusan',
      'the presidency',
      'Varnesian government',
      'Varnesia',
      'authorities',
      'justice ministry',
    ],
    released: ['political prisoners', 'prisoners', 'detainees', 'opposition activists', 'activists', 'journalists'],
    target: null,
  },
];

const sweep = (phenomenon: string, cases: SweepCase[]): void =>
  runSweep(`report wording sweep 2: ${phenomenon}`, cases);

sweep('a Qatar-mediated POW exchange between two states', [
  c(
    WAR,
    'Dravenia and Solmark exchanged prisoners of war on Tuesday in a swap mediated by Qatar, the Qatari foreign ministry said. Dravenia handed over 95 Solmarki soldiers and received 95 Dravenian servicemen in return at a crossing near the town of Velsk. The exchange was the 11th since the war began in February 2022. Qatar has mediated four of those swaps, which have returned a total of 1,240 prisoners to both sides.',
    [95, 'release', DRAVENIA_FREES, '2024-03-12'],
    [95, 'release', SOLMARK_FREES, '2024-03-12'],
    [1240, 'cumulative', null, '2024-03-14'],
  ),
  c(
    WAR,
    'Solmark frees 48 Dravenian POWs in Doha-brokered swap. DRESNA, March 14 - Solmark released 48 Dravenian prisoners of war on Thursday in exchange for 52 of its own soldiers, the Solmarki defence ministry said. Among those freed by Solmark were six wounded men and two women medics, it said. The swap brings the number of Dravenian soldiers returned by Solmark since the war began to 1,630.',
    [48, 'release', SOLMARK_FREES, '2024-03-14'],
    [48, 'release', SOLMARK_FREES, '2024-03-14'],
    [52, 'release', DRAVENIA_FREES, '2024-03-14'],
    [6, 'release', SOLMARK_FREES, '2024-03-14'],
    [2, 'release', SOLMARK_FREES, '2024-03-14'],
    [1630, 'cumulative', SOLMARK_FREES, '2024-03-14'],
  ),
  c(
    WAR,
    "11:40 - Buses carrying 150 Solmarki prisoners of war have crossed into Solmarki territory, the Qatari mediator said. Dravenia's defence ministry said it had received 150 of its own servicemen in return. 11:55 - The Dravenian side said the 150 it freed included 23 men captured at the siege of Orvel in 2023. Some 4,000 Dravenian soldiers are still believed held in Solmark, according to a parliamentary commissioner.",
    [150, 'release', DRAVENIA_FREES, '2024-03-14'],
    [150, 'release', SOLMARK_FREES, '2024-03-14'],
    [150, 'release', DRAVENIA_FREES, '2024-03-14'],
    [23, 'release', DRAVENIA_FREES, '2024-03-14'],
    held(4000),
  ),
  c(
    WAR,
    'The exchange on Tuesday, in which each side freed 70 prisoners, was the first since the 64 freed in January by Dravenia were handed over at the Velsk crossing. Solmark says it has now released 1,105 Dravenian prisoners of war since the start of the war, while Dravenia puts the number of Solmarki soldiers it has freed at 980. Neither figure could be independently verified.',
    [70, 'release', null, '2024-03-12'],
    [64, 'release', DRAVENIA_FREES, null],
    [1105, 'cumulative', SOLMARK_FREES, '2024-03-14'],
    [980, 'cumulative', DRAVENIA_FREES, '2024-03-14'],
  ),
  c(
    WAR,
    'Dravenia will hand over 200 Solmarki soldiers on Monday in the next phase of the Qatar-brokered exchange, a presidential adviser said on Wednesday. Solmark is expected to release an equal number of Dravenian prisoners the same day. The adviser said the deal, agreed in Doha on March 3, commits both sides to an all-for-all exchange of about 8,000 prisoners. Talks on the deal lasted nine days.',
    [200, 'announcement', DRAVENIA_FREES, '2024-03-18'],
    [8000, 'pledge', null, null],
  ),
  known(
    'a case from a fresh sweep written by someone who had not read the rules, not yet read right: kept as the backlog for issue 3',
    c(
      WAR,
      "Solmark said it freed 64 Dravenian soldiers on Wednesday, but Dravenia's ombudsman put the number who came home at 61, saying three had refused to return. Seventeen of them needed hospital treatment, the ombudsman said. Dravenia released 64 Solmarki servicemen in the same swap. The swap took place at the Velsk crossing under the supervision of Qatari diplomats and Red Cross staff. It was the second exchange this month.",
      [64, 'release', SOLMARK_FREES, '2024-03-13'],
      [61, 'release', SOLMARK_FREES, '2024-03-13'],
      held(3),
      [17, 'release', SOLMARK_FREES, '2024-03-13'],
      [64, 'release', DRAVENIA_FREES, '2024-03-13'],
    ),
  ),
  c(
    WAR,
    "Qatar's mediation has produced nine exchanges since 2023, a spokesman for the Qatari foreign ministry told reporters in Doha on Thursday. The latest, on Tuesday, saw 38 Solmarki prisoners of war freed by Dravenia. The war has killed an estimated 45,000 soldiers and displaced 2.3 million people, according to UN figures. Dravenia's army numbers about 120,000 troops. The next round of talks is due in April.",
    [38, 'release', DRAVENIA_FREES, '2024-03-12'],
  ),
  c(
    WAR,
    "Solmark demanded on Wednesday that Dravenia free all 2,600 Solmarki servicemen it holds before any new talks. Dravenia replied that it was ready to release 300 at once if Solmark returned the marines captured at Port Aster. Last month's swap freed 90 soldiers from each side. Qatari mediators said they hoped to bring the two delegations back to Doha within three weeks. Talks broke down in January over the fate of the wounded.",
    [2600, 'pledge', DRAVENIA_FREES, null],
    [300, 'pledge', DRAVENIA_FREES, null],
    [90, 'release', null, null],
  ),
  c(
    WAR,
    'Families in Tarn gathered at the regional hospital on Thursday as 12 local men freed by Solmark on Tuesday arrived home. They were among 180 Dravenian prisoners of war released on Tuesday in the exchange brokered by Qatar. Mariya Holt, 54, said her son had spent 19 months in captivity. The regional governor said 41 men from the province were still held.',
    [12, 'release', SOLMARK_FREES, '2024-03-12'],
    [180, 'release', SOLMARK_FREES, '2024-03-12'],
    held(41),
  ),
  known(
    'a case from a fresh sweep written by someone who had not read the rules, not yet read right: kept as the backlog for issue 3',
    c(
      WAR,
      'The Solmarki defence ministry said in a statement that 220 Dravenian prisoners of war would be handed over on Saturday, the largest single transfer of the war. In return it expects 220 of its own soldiers, it said. The ministry said Solmark had so far freed 1,390 Dravenian servicemen and that another 3,100 were held in 40 camps. The handover will take place at the Velsk crossing.',
      [220, 'announcement', SOLMARK_FREES, '2024-03-16'],
      [220, 'announcement', DRAVENIA_FREES, '2024-03-16'],
      [1390, 'cumulative', SOLMARK_FREES, '2024-03-14'],
      held(3100),
    ),
  ),
  c(
    WAR,
    'The International Committee of the Red Cross said its staff had registered 75 Solmarki prisoners of war freed by Dravenia on Wednesday and 75 Dravenian soldiers freed by Solmark. The ICRC has visited more than 5,000 prisoners held by both sides since 2022. Its delegation in Dresna employs 160 people. The organisation said it had not been given access to all places of detention.',
    [75, 'release', DRAVENIA_FREES, '2024-03-13'],
    [75, 'release', SOLMARK_FREES, '2024-03-13'],
    held(5000),
  ),
  c(
    WAR,
    'The exchange took place on Wednesday at the Velsk crossing. That day Dravenia freed 88 Solmarki soldiers and Solmark freed 91 Dravenians, including four civilians. Qatari officials said a further exchange was planned for Monday. Both groups crossed the bridge in buses escorted by Qatari diplomats and Red Cross staff. Several of the freed men had spent more than two years in captivity, relatives said, and many needed medical care.',
    [88, 'release', DRAVENIA_FREES, '2024-03-13'],
    [91, 'release', SOLMARK_FREES, '2024-03-13'],
    [4, 'release', SOLMARK_FREES, '2024-03-13'],
  ),
  known(
    'a case from a fresh sweep written by someone who had not read the rules, not yet read right: kept as the backlog for issue 3',
    c(
      WAR,
      'In all, 310 prisoners changed hands on Tuesday: 160 Solmarki soldiers and 150 Dravenian servicemen. The two countries have swapped some 3,900 prisoners since the first exchange in May 2022, Qatar says. The front line stretches for 900 kilometres. The swap, the largest since December, was mediated by Qatar. Officials on both sides said the freed men were being given medical checks before rejoining their families.',
      [310, 'release', null, '2024-03-12'],
      [160, 'release', DRAVENIA_FREES, '2024-03-12'],
      [150, 'release', SOLMARK_FREES, '2024-03-12'],
      [3900, 'cumulative', null, '2024-03-14'],
    ),
  ),
  c(
    WAR,
    'Qatari mediators said on Thursday that Dravenia and Solmark had agreed to exchange 500 prisoners each over the coming month. The first batch of 100 from each side will be swapped on Sunday, a Qatari official said. A previous agreement brokered in Doha last October led to the release of 1,000 soldiers in two stages. Both governments confirmed the agreement in separate statements.',
    [500, 'pledge', null, null],
    [100, 'announcement', null, '2024-03-17'],
    [1000, 'release', null, null],
  ),
  c(
    WAR,
    'Among the 130 Dravenian prisoners of war freed by Solmark on Wednesday was 19-year-old conscript Pavel Rusk, who had been captured in 2022. The oldest, aged 61, had served as a volunteer. Solmark received 130 of its own soldiers in return, its defence ministry said. The freed men were taken by bus to a military hospital near Tarn for medical checks. Officials said the exchange had been mediated by Qatar.',
    [130, 'release', SOLMARK_FREES, '2024-03-13'],
    [130, 'release', DRAVENIA_FREES, '2024-03-13'],
  ),
]);

sweep('rebels holding tourists and guides from a national park', [
  c(
    PARK,
    'Red Cedar Front rebels freed three hostages on Tuesday, two Dutch tourists and one local guide, the army said. The three were handed to tribal elders near the village of Sarn, 40 km from Lunara National Park, where 16 people were seized on January 28. Twelve hostages remain in rebel hands, the army spokesman said. The army did not say whether a ransom had been paid.',
    [3, 'release', RCF_FREES, '2024-03-12'],
    [2, 'release', RCF_FREES, '2024-03-12'],
    [1, 'release', RCF_FREES, '2024-03-12'],
    [3, 'release', RCF_FREES, '2024-03-12'],
    held(16),
    held(12),
  ),
  c(
    PARK,
    'The Red Cedar Front has demanded $4 million and the release of 25 of its jailed fighters, a mediator said on Wednesday. The group still holds 12 hostages. The group freed four tourists last month after what local media said was a ransom payment of $600,000. A German hiker, 67, died in captivity in February, the group admitted last week.',
    [25, 'pledge', null, null],
    held(12),
    [4, 'release', RCF_FREES, null],
  ),
  c(
    PARK,
    'Two local guides held by the Red Cedar Front escaped on Tuesday night and reached an army post this morning, the provincial governor said. Their escape leaves 10 hostages with the rebels, including seven foreign tourists. The rebels freed two Canadian tourists on March 2. The guides told reporters they had slipped away while their guards slept. The army said it had stepped up patrols around the park.',
    held(2),
    held(10),
    held(7),
    [2, 'release', RCF_FREES, '2024-03-02'],
  ),
  c(
    PARK,
    'The Red Cedar Front will release five hostages on Saturday, a church mediator told reporters in the provincial capital Orsk. Father Tomas Breck, who has met the kidnappers three times, said the five would include two Japanese tourists. The group is holding 11 people, seized from a campsite in Lunara National Park in January. Korvanian officials declined to comment on the plan.',
    [5, 'announcement', RCF_FREES, '2024-03-16'],
    [5, 'announcement', RCF_FREES, '2024-03-16'],
    [2, 'announcement', RCF_FREES, '2024-03-16'],
    held(11),
  ),
  c(
    PARK,
    "14:05 - We are getting reports that the kidnappers have freed four hostages near the park's eastern gate. 14:20 - The army confirms four captives were released this afternoon: three Austrian tourists and one guide. 14:32 - Seven hostages are believed still held, among them the group's two Korvanian guides. 14:45 - A government spokesman says the freed hostages are being flown to the capital for medical checks.",
    [4, 'release', RCF_FREES, '2024-03-14'],
    [4, 'release', RCF_FREES, '2024-03-14'],
    [3, 'release', RCF_FREES, '2024-03-14'],
    [1, 'release', RCF_FREES, '2024-03-14'],
    held(7),
    held(2),
  ),
  known(
    'a case from a fresh sweep written by someone who had not read the rules, not yet read right: kept as the backlog for issue 3',
    c(
      PARK,
      'The release of two Swiss tourists on Wednesday brings to nine the number of hostages freed by the Red Cedar Front since the January 28 raid, in which 16 people were abducted. One hostage, a Korvanian guide, died of malaria in captivity, and another escaped in February. Five are still held. Relatives of those still held have urged the government to reopen talks.',
      [2, 'release', RCF_FREES, '2024-03-13'],
      [9, 'cumulative', RCF_FREES, '2024-03-13'],
      held(16),
      held(5),
    ),
  ),
  c(
    PARK,
    'The Korvanian interior ministry denied on Thursday that any ransom had been paid for the eight hostages freed so far by the Red Cedar Front. The army has deployed 3,000 troops around the park. Minister Ilse Varga said eight captives remained in the jungle. The Red Cedar Front, which has been fighting the government since 2009, has not commented. Families of the remaining hostages have held weekly vigils in the capital.',
    [8, 'cumulative', RCF_FREES, '2024-03-14'],
    held(8),
  ),
  c(
    PARK,
    "The Red Cedar Front said it released six hostages on Tuesday as a 'humanitarian gesture', but the army said only five had reached safety. The rebels said a French tourist aged 71 was being treated at a field clinic. The group is believed to hold 14 other people. Neither account could be independently verified, and the government declined to comment on the handover.",
    [6, 'release', RCF_FREES, '2024-03-12'],
    [5, 'release', RCF_FREES, '2024-03-12'],
    held(14),
  ),
  c(
    PARK,
    'Gunmen from the Red Cedar Front freed seven hostages, including three women and a 12-year-old boy, in a forest clearing on Wednesday. The seven had been held for 44 days. Provincial police said the captives were in good health. They were taken by helicopter to a military hospital in Orsk, where relatives were waiting. A spokesman for the group said the release was meant as a sign of goodwill ahead of new talks with the government.',
    [7, 'release', RCF_FREES, '2024-03-13'],
    [3, 'release', RCF_FREES, '2024-03-13'],
    [7, 'release', RCF_FREES, '2024-03-13'],
  ),
  c(
    PARK,
    'Under a deal mediated by the local bishop, the Red Cedar Front has agreed to free all 16 people it seized in Lunara National Park in exchange for a halt to army operations. So far it has released ten of them. The first two were freed on February 9. The army has suspended operations in the area while talks continue.',
    [16, 'pledge', RCF_FREES, null],
    [10, 'cumulative', RCF_FREES, '2024-03-14'],
    [2, 'release', RCF_FREES, '2024-02-09'],
  ),
  c(
    PARK,
    'Negotiators met the rebels on Tuesday in the hills above the park. On that day the group handed over two Italian tourists, and it promised to free the last four captives within a week. Police said a ransom of 2 million korun had been paid. The remaining hostages are believed to be held in caves on the northern edge of the park, local officials said.',
    [2, 'release', RCF_FREES, '2024-03-12'],
    [4, 'pledge', RCF_FREES, null],
  ),
  known(
    'a case from a fresh sweep written by someone who had not read the rules, not yet read right: kept as the backlog for issue 3',
    c(
      PARK,
      'Red Cedar Front kidnappers released two more foreign tourists on Thursday, local radio reported, after relatives paid an undisclosed sum. The pair, a Swedish woman of 29 and her 31-year-old brother, were driven to the town of Hale. The rebels still hold five hostages, the station said, down from 16 in January. Both were said to be tired but in good health.',
      [2, 'release', RCF_FREES, '2024-03-14'],
      held(5),
      held(16),
    ),
  ),
  c(
    PARK,
    'The Red Cedar Front freed three hostages on Wednesday, a local official said. The group had freed two others on Sunday, both Korvanian guides. In total, nine of the 16 people abducted in Lunara National Park have now been freed. The freed hostages were handed to Red Cross workers at a roadside near the park gate. Officials said talks on the remaining captives would resume next week.',
    [3, 'release', RCF_FREES, '2024-03-13'],
    [2, 'release', RCF_FREES, '2024-03-10'],
    [9, 'cumulative', RCF_FREES, '2024-03-14'],
    held(16),
  ),
  c(
    PARK,
    'Hostage support group Safe Return said on Wednesday it was in contact with the families of the nine tourists still held by the Red Cedar Front. The group said the kidnappers had freed three guides last week, but that their families had not yet been able to see them. Safe Return has 40 volunteers in Korvania. The group called for talks to resume.',
    held(9),
    [3, 'release', RCF_FREES, null],
  ),
]);

sweep('political prisoners freed under pressure from abroad', [
  c(
    PARDONS,
    'President Aurel Dusan pardoned and freed 18 political prisoners on Wednesday, including four journalists and an opposition lawmaker, the presidency said. The move came a week after the European Union threatened new sanctions. Human rights group Civic Ledger says 1,340 political prisoners remain behind bars in Varnesia. Officials did not say whether further pardons would follow. Western diplomats in the capital welcomed the step.',
    [18, 'release', VARNESIA_FREES, '2024-03-13'],
    [4, 'release', VARNESIA_FREES, '2024-03-13'],
    held(1340),
  ),
  known(
    'a case from a fresh sweep written by someone who had not read the rules, not yet read right: kept as the backlog for issue 3',
    c(
      PARDONS,
      'Twelve Varnesian political prisoners were freed on Tuesday and put on a plane to Vilnius, in what their lawyers called a forced exile. Among the 12 were the poet Ana Drozd, 63, and two former presidential candidates. The releases were negotiated by the United States, which lifted sanctions on the state airline in return. The government made no comment on the releases.',
      [12, 'release', VARNESIA_FREES, '2024-03-12'],
      [12, 'release', VARNESIA_FREES, '2024-03-12'],
      [2, 'release', VARNESIA_FREES, '2024-03-12'],
    ),
  ),
  known(
    'a case from a fresh sweep written by someone who had not read the rules, not yet read right: kept as the backlog for issue 3',
    c(
      PARDONS,
      'Varnesian authorities released 25 opposition activists from prison on Tuesday but moved another 9 to house arrest, the rights group Civic Ledger said. Those under house arrest remain in custody and cannot leave their homes, the group noted. Civic Ledger, which publishes a list of political prisoners each month, counted 1,212 names on its latest list. The group did not say why they were treated differently.',
      [25, 'release', VARNESIA_FREES, '2024-03-12'],
      held(9),
      held(1212),
    ),
  ),
  known(
    'a case from a fresh sweep written by someone who had not read the rules, not yet read right: kept as the backlog for issue 3',
    c(
      PARDONS,
      "The Varnesian justice ministry said on Thursday that 40 prisoners convicted of 'extremism' would be released on Saturday under a presidential pardon. The ministry said the pardon, signed by President Dusan on March 8, also covers 15 others who would be freed once they had written petitions for clemency. It said 310 people had been pardoned and freed since July.",
      [40, 'announcement', VARNESIA_FREES, '2024-03-16'],
      [15, 'pledge', VARNESIA_FREES, null],
      [310, 'cumulative', VARNESIA_FREES, '2024-03-14'],
    ),
  ),
  c(
    PARDONS,
    'Varnesia freed 22 political prisoners on Wednesday, bringing to 412 the number released since President Dusan began issuing pardons in July. The 22 include five women and a man who has served 11 years of a 15-year term. Rights groups welcomed the move but noted that the 64 freed in January had all been forced to sign confessions. The government has not commented.',
    [22, 'release', VARNESIA_FREES, '2024-03-13'],
    [412, 'cumulative', VARNESIA_FREES, '2024-03-13'],
    [22, 'release', VARNESIA_FREES, '2024-03-13'],
    [5, 'release', VARNESIA_FREES, '2024-03-13'],
    [64, 'release', VARNESIA_FREES, null],
  ),
  c(
    PARDONS,
    "The European Parliament on Wednesday called for the immediate release of all 1,300 political prisoners in Varnesia. President Dusan's office replied that up to 200 more could be pardoned before the summer. Since July the government has freed about 420 people it had jailed over the 2020 protests, in which some 300 people were injured. Diplomats said talks with Brussels would continue.",
    [1300, 'pledge', VARNESIA_FREES, null],
    [200, 'pledge', VARNESIA_FREES, null],
    [420, 'cumulative', VARNESIA_FREES, '2024-03-14'],
  ),
  c(
    PARDONS,
    '09:15 - Civic Ledger says at least nine political prisoners have walked free from the Ostrel penal colony this morning. 09:40 - State television confirms the releases but puts the number at eight. 10:05 - The blogger Milan Sorel, 38, among those freed, tells reporters he was held in solitary confinement for 200 days. He says he plans to stay in the country.',
    [9, 'release', VARNESIA_FREES, '2024-03-14'],
    [8, 'release', VARNESIA_FREES, '2024-03-14'],
  ),
  c(
    PARDONS,
    "Brenna's Hadrin Street was full of flowers on Thursday as three local men freed under Tuesday's pardon returned home. They were among 30 prisoners released by President Dusan that day. Another Brenna resident, the teacher Irina Vask, was moved to house arrest rather than freed, her husband said. The town has 12,000 inhabitants. Neighbours said the men had been jailed after the 2020 protests.",
    [3, 'release', VARNESIA_FREES, '2024-03-12'],
    [30, 'release', VARNESIA_FREES, '2024-03-12'],
  ),
  known(
    'a case from a fresh sweep written by someone who had not read the rules, not yet read right: kept as the backlog for issue 3',
    c(
      PARDONS,
      'Varnesian state media said 50 prisoners were pardoned and released on Wednesday, while Civic Ledger said only 19 of them had been jailed for political reasons. The rights group said it had documented 1,180 political prisoners still held as of March 1. The ministry of information did not respond to requests for comment. Western governments have tied any easing of sanctions to further releases.',
      [50, 'release', VARNESIA_FREES, '2024-03-13'],
      [19, 'release', VARNESIA_FREES, '2024-03-13'],
      held(1180),
    ),
  ),
  c(
    PARDONS,
    'Opposition leader Petra Lind was released from prison on Tuesday on condition that she leave the country, her party said. She was flown to Warsaw with four other political prisoners, all of whom had been stripped of their citizenship. Three more activists were moved from prison to house arrest. Her party called the conditions a form of banishment and urged the European Union to keep up pressure on the government.',
    [4, 'release', VARNESIA_FREES, '2024-03-12'],
    held(3),
  ),
  known(
    'a case from a fresh sweep written by someone who had not read the rules, not yet read right: kept as the backlog for issue 3',
    c(
      PARDONS,
      'President Dusan will pardon and free 100 prisoners on Monday to mark Constitution Day, his press secretary said on Wednesday. The holiday marks the adoption of the constitution on March 18, 1994. The press secretary did not say how many of the 100 would be political prisoners; Civic Ledger lists 1,260. Last year the holiday passed without any pardons at all.',
      [100, 'announcement', VARNESIA_FREES, '2024-03-18'],
      [100, 'announcement', VARNESIA_FREES, '2024-03-18'],
      held(1260),
    ),
  ),
  c(
    PARDONS,
    "Civic Ledger said on Thursday that 17 people freed this month had been rearrested within days of their release. It said the authorities had released 240 political prisoners since the start of the year while detaining 310 new ones. 'The revolving door keeps turning,' said director Olga Marin. The interior ministry denied the claims and said the rearrests were for new offences.",
    held(17),
    [240, 'cumulative', VARNESIA_FREES, '2024-03-14'],
    held(310),
  ),
  c(
    PARDONS,
    "Foreign minister Ruslan Terek told reporters in Geneva that Varnesia was prepared to free more prisoners if Western sanctions on potash exports were lifted. He said 58 prisoners had been released on humanitarian grounds on Tuesday, most of them over 60 or seriously ill. Potash accounts for 20 percent of Varnesia's exports. The ministry gave no names or further details.",
    [58, 'release', VARNESIA_FREES, '2024-03-12'],
  ),
  c(
    PARDONS,
    'Five political prisoners freed by Varnesia on Wednesday landed in Frankfurt on Thursday, a German government spokesman said. They included two dual nationals, a Varnesian-German doctor and a Varnesian-American student. Germany had pressed for their release since 2021, he said. The spokesman said the doctor needed urgent medical treatment. Both men had been sentenced on charges of treason, which their families deny.',
    [5, 'release', VARNESIA_FREES, '2024-03-13'],
    [2, 'release', VARNESIA_FREES, '2024-03-13'],
  ),
  known(
    'a case from a fresh sweep written by someone who had not read the rules, not yet read right: kept as the backlog for issue 3',
    c(
      PARDONS,
      'Civic Ledger on Wednesday published the names of 1,215 people it considers political prisoners, down from 1,290 a month ago. The group said 75 people had been freed in February, most after completing their sentences, and no new names had been added. Only 11 of those released had been pardoned by President Dusan. The authorities dispute the figures strongly, calling the list biased.',
      held(1215),
      held(1290),
      [75, 'release', VARNESIA_FREES, null],
      [11, 'release', VARNESIA_FREES, null],
    ),
  ),
]);
