import type { Ledger } from '../../../src/core/types.js';
import { c, held, known, sweep as runSweep, type SweepCase } from './sweep-harness.js';

/**
 * A sweep over multi-sentence mini-reports (a lede, attribution, background with distractor numbers,
 * back-references, running totals, the next batch, people still held), labelled with every mention a careful
 * annotator would list under corpus FORMAT.md, in order of appearance. Every article is published Thursday
 * 2024-03-14, 12:00 UTC: "on Tuesday" told as done is 2024-03-12, "on Monday" still to come is 2024-03-18,
 * "yesterday" is 2024-03-13. A headline in the present tense is the news of the day it is published.
 * A back-reference with no day of its own takes null, unless it points at a release whose day the article has
 * already set for the same event. A count of people held or not freed (`other`) is scored without its ledger.
 */

const VELMORIA_FREES = 'velmoria-frees-tirvani';
const TLM_FREES = 'tlm-frees-velmorians';
const PIRATES_FREE = 'grey-shoal-frees-corran-bay-crew';
const AMNESTY = 'keldmark-royal-amnesty';

/** A two-ledger separatist conflict: Velmoria and the Tirvani Liberation Movement exchange prisoners. */
const CONFLICT: Ledger[] = [
  {
    id: VELMORIA_FREES,
    title: 'Tirvani fighters and detainees freed by Velmoria',
    releaser: [
      'Velmoria',
      'Velmorian government',
      'Velmorian authorities',
      'interior ministry',
      'Velmorian presidency',
    ],
    released: [
      'Tirvani prisoners',
      'Tirvani detainees',
      'Tirvani fighters',
      'TLM fighters',
      'separatist prisoners',
      'separatist fighters',
    ],
    target: 900,
  },
  {
    id: TLM_FREES,
    title: 'Velmorian soldiers and police freed by the Tirvani Liberation Movement',
    releaser: ['Tirvani Liberation Movement', 'TLM', 'the movement', 'separatists', 'rebels'],
    released: ['Velmorian soldiers', 'Velmorian servicemen', 'Velmorian policemen', 'Velmorian prisoners', 'soldiers'],
    target: 700,
  },
];

/** A single-ledger hostage tracker with a target: the 27 crew of the ferry Corran Bay held by the Grey Shoal pirates. */
const FERRY: Ledger[] = [
  {
    id: PIRATES_FREE,
    title: 'Crew of the ferry Corran Bay freed by the Grey Shoal pirates',
    releaser: ['Grey Shoal pirates', 'Grey Shoal gang', 'pirates', 'hijackers', 'captors'],
    released: ['crew members', 'crew', 'crewmen', 'sailors', 'seafarers', 'seamen', 'hostages'],
    target: 27,
  },
];

/** A single-ledger amnesty tracker with no target: King Aldric VII's royal amnesties in Keldmark. */
const ROYAL: Ledger[] = [
  {
    id: AMNESTY,
    title: "Prisoners freed under King Aldric VII's royal amnesties",
    releaser: ['King Aldric', 'the king', 'the palace', 'the royal court', 'Keldmark', 'justice ministry'],
    released: ['prisoners', 'inmates', 'convicts', 'detainees', 'political prisoners'],
    target: null,
  },
];

const sweep = (phenomenon: string, cases: SweepCase[]): void => runSweep(`report wording sweep: ${phenomenon}`, cases);

sweep('two-sided exchange reports', [
  c(
    CONFLICT,
    'Velmoria freed 85 Tirvani detainees on Tuesday as part of a prisoner exchange with the Tirvani Liberation Movement, the interior ministry said in a statement. The separatists released 40 Velmorian soldiers in return at a checkpoint near the town of Drevo. In all, 125 prisoners changed hands, the largest swap since the conflict erupted in 2019. The fighting has killed more than 6,000 people.',
    [85, 'release', VELMORIA_FREES, '2024-03-12'],
    [40, 'release', TLM_FREES, '2024-03-12'],
    [125, 'release', null, '2024-03-12'],
  ),
  c(
    CONFLICT,
    'The Tirvani Liberation Movement handed over 22 Velmorian policemen to Red Cross officials on Wednesday, a spokesman for the movement said. The officers, some of whom had been held for 14 months, were driven to a hospital in the capital. Several needed surgery, doctors said. The movement still holds at least 310 Velmorian servicemen, according to government figures.',
    [22, 'release', TLM_FREES, '2024-03-13'],
    held(310),
  ),
  c(
    CONFLICT,
    'Velmoria released 60 TLM fighters yesterday, bringing to 415 the number of separatist prisoners it has freed since the truce was signed in October. The 60, aged between 19 and 54, were bussed to the front line at Kessa. The government freed 45 others last week. A further 50 are due to be released on Saturday, a ministry official said.',
    [60, 'release', VELMORIA_FREES, '2024-03-13'],
    [415, 'cumulative', VELMORIA_FREES, '2024-03-13'],
    [60, 'release', VELMORIA_FREES, '2024-03-13'],
    [45, 'release', VELMORIA_FREES, null],
    [50, 'announcement', VELMORIA_FREES, '2024-03-16'],
  ),
  c(
    CONFLICT,
    "Tirvani rebels free 31 Velmorian soldiers in goodwill gesture. The Tirvani Liberation Movement said the soldiers, captured during the siege of Marvik in 2022, had been released without conditions. Velmoria's defence ministry confirmed the handover and said 280 of its servicemen remained in rebel hands.",
    [31, 'release', TLM_FREES, '2024-03-14'],
    held(280),
  ),
  c(
    CONFLICT,
    'Velmoria will free 120 Tirvani prisoners on Monday under the second phase of the Lerin agreement, the presidency said on Wednesday. The agreement, brokered by neighbouring Castmere, commits the government to releasing 900 separatist prisoners and the movement to freeing 700 Velmorian servicemen. So far 340 Tirvani detainees have been freed, officials said.',
    [120, 'announcement', VELMORIA_FREES, '2024-03-18'],
    [900, 'pledge', VELMORIA_FREES, null],
    [700, 'pledge', TLM_FREES, null],
    [340, 'cumulative', VELMORIA_FREES, '2024-03-14'],
  ),
  c(
    CONFLICT,
    'Some 200 prisoners were exchanged on Sunday at the Orla bridge, 100 from each side, mediators said. It was the fourth swap this year between Velmoria and the Tirvani Liberation Movement. Among the Velmorian soldiers returned home were 12 officers captured at Marvik. The two sides have now exchanged 1,150 prisoners since 2020.',
    [200, 'release', null, '2024-03-10'],
    [100, 'release', null, '2024-03-10'],
    [12, 'release', TLM_FREES, '2024-03-10'],
    [1150, 'cumulative', null, '2024-03-14'],
  ),
  c(
    CONFLICT,
    'The exchange took place on Tuesday on the tarmac of Selka airport. Fifty-five Tirvani fighters were flown in from Velmorian jails, while the movement handed back 18 Velmorian soldiers. A Castmerian envoy who oversaw the swap said both sides had honoured the deal.',
    [55, 'release', VELMORIA_FREES, '2024-03-12'],
    [18, 'release', TLM_FREES, '2024-03-12'],
  ),
  c(
    CONFLICT,
    'The Tirvani Liberation Movement on Wednesday demanded the release of 500 of its members held in Velmorian prisons before any new talks. Velmoria says it holds about 650 separatist prisoners, while the movement holds 210 Velmorian soldiers. The last exchange, on February 20, saw 30 prisoners freed by each side.',
    [500, 'pledge', VELMORIA_FREES, null],
    held(650),
    held(210),
    [30, 'release', null, '2024-02-20'],
  ),
  c(
    CONFLICT,
    'Velmoria released 74 Tirvani detainees on Saturday, among them 9 women and 3 minors, the justice ministry said. The detainees had been arrested during the 2021 uprising, in which 1,400 people died. Human rights groups said more than 400 separatist prisoners were still behind bars.',
    [74, 'release', VELMORIA_FREES, '2024-03-09'],
    [9, 'release', VELMORIA_FREES, '2024-03-09'],
    [3, 'release', VELMORIA_FREES, '2024-03-09'],
    held(400),
  ),
  c(
    CONFLICT,
    'The movement freed 26 Velmorian servicemen on Monday, taking the total it has released under the truce to 298. A rebel commander said a further 35 would be handed over next Tuesday at the Orla bridge. Velmoria has freed 410 Tirvani prisoners under the same arrangement.',
    [26, 'release', TLM_FREES, '2024-03-11'],
    [298, 'cumulative', TLM_FREES, '2024-03-11'],
    [35, 'announcement', TLM_FREES, '2024-03-19'],
    [410, 'cumulative', VELMORIA_FREES, '2024-03-14'],
  ),
  c(
    CONFLICT,
    'Velmoria said it freed 150 Tirvani prisoners on Wednesday, but the Tirvani Liberation Movement put the number at 138, saying 12 of those named on the list had been re-arrested. The movement released 47 Velmorian soldiers the same day. Castmerian mediators said the figures would be checked.',
    [150, 'release', VELMORIA_FREES, '2024-03-13'],
    [138, 'release', VELMORIA_FREES, '2024-03-13'],
    held(12),
    [47, 'release', TLM_FREES, '2024-03-13'],
  ),
  c(
    CONFLICT,
    'In addition to the 90 Tirvani detainees released on March 5, Velmoria set free 64 more on Tuesday, officials said. The 64 included a former rebel spokesman, Idris Vahl, 61, who had spent 11 years in prison. The government says it will free a final group of 110 on Sunday.',
    [90, 'release', VELMORIA_FREES, '2024-03-05'],
    [64, 'release', VELMORIA_FREES, '2024-03-12'],
    [64, 'release', VELMORIA_FREES, '2024-03-12'],
    [110, 'announcement', VELMORIA_FREES, '2024-03-17'],
  ),
  c(
    CONFLICT,
    'Tirvani separatists released 14 Velmorian policemen yesterday after a week of talks in the Castmerian capital, Bren. The policemen had been seized in an ambush in which 8 of their colleagues were killed. Earlier this month the movement freed 20 soldiers. Velmoria said 190 of its personnel were still held.',
    [14, 'release', TLM_FREES, '2024-03-13'],
    [20, 'release', TLM_FREES, null],
    held(190),
  ),
  c(
    CONFLICT,
    'Velmoria refused on Tuesday to free 35 Tirvani fighters convicted of bombings, a government spokeswoman said, but released 48 others the same day. She said the 35 would serve out their sentences. The movement called the decision a breach of the truce.',
    held(35),
    [48, 'release', VELMORIA_FREES, '2024-03-12'],
    held(35),
  ),
  c(
    CONFLICT,
    "The Tirvani Liberation Movement returned 16 Velmorian soldiers and the bodies of 9 others yesterday, Velmoria's defence ministry said. In exchange, Velmoria released 25 separatist fighters. The swap, the first since December, was mediated by Castmere.",
    [16, 'release', TLM_FREES, '2024-03-13'],
    [25, 'release', VELMORIA_FREES, '2024-03-13'],
  ),
  c(
    CONFLICT,
    "Under a deal reached on Tuesday in Bren, Velmoria will release 400 Tirvani prisoners and the movement 250 Velmorian servicemen over the next three months. The first exchange is expected on Saturday, when 50 prisoners will be freed by each side. Castmere's foreign minister said the deal could end a war that has displaced 200,000 people.",
    [400, 'pledge', VELMORIA_FREES, null],
    [250, 'pledge', TLM_FREES, null],
    [50, 'announcement', null, '2024-03-16'],
  ),
  c(
    CONFLICT,
    'Velmoria and the Tirvani Liberation Movement exchanged 64 prisoners on Friday, half from each side, at a crossing near Drevo, the Red Cross said. Among the Velmorian soldiers returned were 5 border guards held since 2021. Both sides said more exchanges would follow.',
    [64, 'release', null, '2024-03-08'],
    [5, 'release', TLM_FREES, '2024-03-08'],
  ),
]);

sweep('hostage crew freed in groups', [
  c(
    FERRY,
    "Pirates from the Grey Shoal gang freed six crew members of the ferry Corran Bay on Tuesday, the ship's owner, Halvard Lines, said in a statement. The six, all from Lunmark, were picked up by a naval patrol boat. The ferry was seized in November with 27 crew aboard, 80 nautical miles off the Marr coast. Twenty-one seafarers remain in captivity.",
    [6, 'release', PIRATES_FREE, '2024-03-12'],
    [6, 'release', PIRATES_FREE, '2024-03-12'],
    held(27),
    held(21),
  ),
  known(
    'a count of people still held told only by "the remaining", with no custody word in its own sentence, is not read',
    c(
      FERRY,
      'Four more sailors from the Corran Bay walked free yesterday, bringing to 13 the number of crew released by the pirates. A ransom of $1.5 million was reportedly paid last month, according to maritime security sources. The remaining 14 crew members are said to be in good health.',
      [4, 'release', PIRATES_FREE, '2024-03-13'],
      [13, 'cumulative', PIRATES_FREE, '2024-03-13'],
      held(14),
    ),
  ),
  c(
    FERRY,
    "Grey Shoal pirates release five Corran Bay crew, hold 16. The five seamen, including the ship's 58-year-old captain, Tomas Orel, were handed to coastguard officers at the port of Portmarl. Their release follows that of six crewmen on March 2.",
    [5, 'release', PIRATES_FREE, '2024-03-14'],
    held(16),
    [5, 'release', PIRATES_FREE, '2024-03-14'],
    [6, 'release', PIRATES_FREE, '2024-03-02'],
  ),
  c(
    FERRY,
    'The hijackers are expected to free three more crew members of the Corran Bay on Saturday, a negotiator said on Wednesday. The pirates freed two sailors last week after the owner paid an undisclosed sum. Nineteen crew members are still aboard the ferry, which is anchored off Cape Mirr.',
    [3, 'announcement', PIRATES_FREE, '2024-03-16'],
    [2, 'release', PIRATES_FREE, null],
    held(19),
  ),
  c(
    FERRY,
    'Negotiators said the pirates had agreed to release all 27 crew of the Corran Bay in three stages once a ransom was paid. The first group of nine was freed on Sunday and flown to Lunmark. The gang is demanding 4 million dollars for the rest, according to the owner.',
    [27, 'pledge', PIRATES_FREE, null],
    [9, 'release', PIRATES_FREE, '2024-03-10'],
  ),
  c(
    FERRY,
    "The pirates released eleven crew members of the Corran Bay on Monday, among them two women cooks and the ship's engineer, the foreign ministry said. Eight of the freed sailors are Lunmarkers and three are from Castmere. The remaining 10 crew are still held on the ferry, the ministry said.",
    [11, 'release', PIRATES_FREE, '2024-03-11'],
    [2, 'release', PIRATES_FREE, '2024-03-11'],
    [8, 'release', PIRATES_FREE, '2024-03-11'],
    [3, 'release', PIRATES_FREE, '2024-03-11'],
    held(10),
  ),
  c(
    FERRY,
    'The handover took place on Tuesday evening at sea, 40 kilometres north of Portmarl. Eleven sailors were freed and transferred to a naval frigate, the navy said. They had been held for 118 days. The pirates kept the remaining seven crew, including the captain.',
    [11, 'release', PIRATES_FREE, '2024-03-12'],
    held(7),
  ),
  c(
    FERRY,
    'The Grey Shoal pirates have so far freed 20 of the 27 crew members taken from the Corran Bay, the shipowner said. The last release, of four sailors, came on March 8. Seven seafarers, among them the captain, are still being held, the company said.',
    [20, 'cumulative', PIRATES_FREE, '2024-03-14'],
    held(27),
    [4, 'release', PIRATES_FREE, '2024-03-08'],
    held(7),
  ),
  c(
    FERRY,
    'Five more crew members of the Corran Bay will be released on Monday, the Lunmark foreign ministry said, citing contacts with the pirates. If it goes ahead, the release would leave 8 sailors in captivity. Three crewmen were freed on Friday after 96 days on the hijacked vessel.',
    [5, 'announcement', PIRATES_FREE, '2024-03-18'],
    held(8),
    [3, 'release', PIRATES_FREE, '2024-03-08'],
  ),
  c(
    FERRY,
    'A Lunmark navy helicopter picked up seven Corran Bay crew members released by the pirates on Wednesday, the defence ministry said. The 212-foot ferry, built in 1998, had been carrying 340 tonnes of cargo when it was seized. The pirates, thought to number about 30 armed men, have demanded $6 million. Fourteen crew are still held.',
    [7, 'release', PIRATES_FREE, '2024-03-13'],
    held(14),
  ),
  c(
    FERRY,
    'Grey Shoal pirates set free two Corran Bay sailors on Sunday, the first release since the six freed on February 11. The two, both in their twenties, were in poor health, their families said. The remaining 15 crew are still aboard the ferry.',
    [2, 'release', PIRATES_FREE, '2024-03-10'],
    [6, 'release', PIRATES_FREE, '2024-02-11'],
    [2, 'release', PIRATES_FREE, '2024-03-10'],
    held(15),
  ),
  known(
    'an invented nationality ("Marrish") is on no list of nations, so its fishermen go on the crew ledger by their releaser',
    c(
      FERRY,
      "The Grey Shoal gang freed three Corran Bay crew members on Saturday, a maritime security firm said. The same day the gang released four Marrish fishermen seized from a trawler in January. The fishermen's boat was returned to its owners. Around 12 Corran Bay crewmen remain captive.",
      [3, 'release', PIRATES_FREE, '2024-03-09'],
      [4, 'release', null, '2024-03-09'],
      held(12),
    ),
  ),
  c(
    FERRY,
    "At least eight crew members of the hijacked ferry Corran Bay were released yesterday, the regional governor said, though the shipowner put the figure at six. Both said the freed men were being checked by doctors in Portmarl. The ferry's crew of 27 was seized on November 19.",
    [8, 'release', PIRATES_FREE, '2024-03-13'],
    [6, 'release', PIRATES_FREE, '2024-03-13'],
    held(27),
  ),
  c(
    FERRY,
    'Eighteen crew have been released since the hijacking, including five over the weekend, Halvard Lines said. The company said it would not comment on ransom payments, reported to total $3 million. Nine sailors remain aboard the Corran Bay.',
    [18, 'cumulative', PIRATES_FREE, '2024-03-14'],
    [5, 'release', PIRATES_FREE, null],
    held(9),
  ),
  c(
    FERRY,
    'The pirates will free the last four crew members of the Corran Bay on Wednesday, ending a 125-day ordeal, negotiators said. Four sailors were freed on Tuesday and three on Monday. The ferry itself will be returned to Halvard Lines later this month.',
    [4, 'announcement', PIRATES_FREE, '2024-03-20'],
    [4, 'release', PIRATES_FREE, '2024-03-12'],
    [3, 'release', PIRATES_FREE, '2024-03-11'],
  ),
  c(
    FERRY,
    "A crew member freed on Tuesday said he and 12 colleagues had been kept in the ferry's hold for weeks. He was one of five sailors released that day by the Grey Shoal pirates. He said the captors had threatened to kill the 22 crew if the navy approached.",
    held(12),
    [5, 'release', PIRATES_FREE, '2024-03-12'],
    held(22),
  ),
  c(
    FERRY,
    'Seven crew members of the Corran Bay are being released today, the navy said, as a patrol boat approached the ferry. The sailors had been held since November 19. Ten others will stay aboard until a second payment is made.',
    [7, 'release', PIRATES_FREE, '2024-03-14'],
    held(10),
  ),
  c(
    FERRY,
    "The pirates holding the Corran Bay are expected to free four more crew members later today, the ferry's owner said. Two sailors were released on Wednesday morning after 117 days in captivity. Their release left 12 crew aboard the ferry.",
    [4, 'announcement', PIRATES_FREE, '2024-03-14'],
    [2, 'release', PIRATES_FREE, '2024-03-13'],
    held(12),
  ),
  c(
    FERRY,
    "The Grey Shoal pirates on Sunday released nine hostages from the Corran Bay, among them the ship's cook and four engineers, the Lunmark government said. Officials said the pirates still held 11 crew and had threatened to move them ashore. The ferry was hijacked on November 19 with 27 people on board.",
    [9, 'release', PIRATES_FREE, '2024-03-10'],
    [4, 'release', PIRATES_FREE, '2024-03-10'],
    held(11),
    held(27),
  ),
]);

sweep('royal amnesty in waves', [
  c(
    ROYAL,
    "King Aldric VII's jubilee amnesty freed 420 prisoners on Tuesday, bringing to 1,260 the number released under the decree, the justice ministry said in a statement. It was the third wave of releases since the king, 74, announced the amnesty to mark 50 years on the throne. A fourth wave of 300 is due on Saturday.",
    [420, 'release', AMNESTY, '2024-03-12'],
    [1260, 'cumulative', AMNESTY, '2024-03-12'],
    [300, 'announcement', AMNESTY, '2024-03-16'],
  ),
  c(
    ROYAL,
    "Some 250 inmates walked out of Velt prison yesterday under the royal amnesty, relatives waiting outside the gates said. The palace said the amnesty would eventually cover up to 4,000 prisoners, excluding those convicted of murder or treason. About 9,500 people are held in Keldmark's 14 prisons.",
    [250, 'release', AMNESTY, '2024-03-13'],
    [4000, 'pledge', AMNESTY, null],
    held(9500),
  ),
  c(
    ROYAL,
    "The king pardons 180 prisoners to mark national day. The pardoned inmates, who include 23 foreigners, left prisons across the country on Thursday morning, the royal court said. The king's amnesty on the same holiday last year freed 95 prisoners.",
    [180, 'release', AMNESTY, '2024-03-14'],
    [23, 'release', AMNESTY, '2024-03-14'],
    [95, 'release', AMNESTY, null],
  ),
  c(
    ROYAL,
    'Keldmark released 310 prisoners on Monday in the second wave of the royal amnesty, the interior ministry said. Another 45 inmates whose names appeared on the list were kept in custody because of pending charges. Among those freed were 17 journalists jailed after the 2022 protests.',
    [310, 'release', AMNESTY, '2024-03-11'],
    held(45),
    [17, 'release', AMNESTY, '2024-03-11'],
  ),
  c(
    ROYAL,
    'A further 200 prisoners will be released under the royal amnesty on Monday, the justice minister, Elena Varos, told parliament. Earlier this month, 350 inmates were freed in the first wave. Varos said the remaining prisoners on the amnesty list, about 600, would be freed by May.',
    [200, 'announcement', AMNESTY, '2024-03-18'],
    [350, 'release', AMNESTY, null],
    [600, 'pledge', AMNESTY, null],
  ),
  known(
    'a part named in a later sentence with no custody word ("The 130 included 11 women") is not read',
    c(
      ROYAL,
      "Keldmark's prisons released another 130 inmates on Sunday under the amnesty, bringing to 1,040 the number freed since January. The justice ministry said most were serving sentences of under five years. The 130 included 11 women.",
      [130, 'release', AMNESTY, '2024-03-10'],
      [1040, 'cumulative', AMNESTY, '2024-03-10'],
      [130, 'release', AMNESTY, '2024-03-10'],
      [11, 'release', AMNESTY, '2024-03-10'],
    ),
  ),
  c(
    ROYAL,
    "The fifth wave of the amnesty began on Wednesday at dawn. Two hundred and twelve prisoners left Sorrin jail and 88 more were freed from the women's prison at Lisk, officials said. Prison governors said the releases had gone smoothly.",
    [212, 'release', AMNESTY, '2024-03-13'],
    [88, 'release', AMNESTY, '2024-03-13'],
  ),
  c(
    ROYAL,
    "A 71-year-old poet jailed in 1999 was among 64 prisoners freed on Friday under King Aldric's amnesty, his lawyer said. He had served 25 years of a 30-year sentence. The amnesty, marking the king's 75th birthday, has so far freed 2,115 people, official data show.",
    [64, 'release', AMNESTY, '2024-03-08'],
    [2115, 'cumulative', AMNESTY, '2024-03-14'],
  ),
  c(
    ROYAL,
    'The royal court said 1,500 prisoners had applied for the amnesty but 620 had been rejected as ineligible. Those freed on Tuesday numbered 480, it said. Rights groups say at least 300 political prisoners remain behind bars.',
    held(1500),
    held(620),
    [480, 'release', AMNESTY, '2024-03-12'],
    held(300),
  ),
  c(
    ROYAL,
    "Nearly 500 prisoners were freed yesterday under the royal amnesty, according to the prisoners' rights group Open Door, though the ministry gave a figure of 462. It was the largest single release since the amnesty began. The ministry said a further 150 would be released next Wednesday.",
    [500, 'release', AMNESTY, '2024-03-13'],
    [462, 'release', AMNESTY, '2024-03-13'],
    [150, 'announcement', AMNESTY, '2024-03-20'],
  ),
  c(
    ROYAL,
    "Keldmark frees 90 more prisoners under royal amnesty. The releases follow those of 140 inmates on March 1 and 75 on March 7, the justice ministry said. Fifty of Thursday's freed prisoners were serving drug sentences.",
    [90, 'release', AMNESTY, '2024-03-14'],
    [140, 'release', AMNESTY, '2024-03-01'],
    [75, 'release', AMNESTY, '2024-03-07'],
    [50, 'release', AMNESTY, '2024-03-14'],
  ),
  known(
    '"left Velt" names the prison only by the town given a sentence before, so the 260 are not read as released',
    c(
      ROYAL,
      "Police said they had re-arrested three prisoners freed under the amnesty on Monday, hours after their release from Velt prison. A total of 260 inmates left Velt that day. Victims' groups have criticised the king's decision to include violent offenders.",
      held(3),
      [260, 'release', AMNESTY, '2024-03-11'],
    ),
  ),
  c(
    ROYAL,
    "The palace is set to free 75 prisoners on Friday, the eve of the king's 75th birthday, a court official said. Each released inmate will receive a grant of 200 crowns. Keldmark freed 110 prisoners last Friday under the same amnesty.",
    [75, 'announcement', AMNESTY, '2024-03-15'],
    [110, 'release', AMNESTY, '2024-03-08'],
  ),
  known(
    '"still held" outranks the demand around the 800, and "former lawmakers" is no people noun (kept out so politics stories do not count legislators)',
    c(
      ROYAL,
      'Opposition parties have urged the king to extend the amnesty to 800 political prisoners still held after the 2022 protests. The palace has so far freed 230 of them, including 14 former lawmakers released on Tuesday. The court said it would review the cases of 120 others next month.',
      [800, 'pledge', AMNESTY, null],
      [230, 'cumulative', AMNESTY, '2024-03-14'],
      [14, 'release', AMNESTY, '2024-03-12'],
      held(120),
    ),
  ),
  c(
    ROYAL,
    "Around 340 convicts walked free today from prisons across Keldmark as the second wave of King Aldric's amnesty got under way, the justice ministry said. Officials said a total of 1,000 would be released in three waves by the end of April. The first wave, on February 26, freed 310.",
    [340, 'release', AMNESTY, '2024-03-14'],
    [1000, 'pledge', AMNESTY, null],
    [310, 'release', AMNESTY, '2024-02-26'],
  ),
  c(
    ROYAL,
    "Of the 1,800 prisoners freed since the amnesty took effect in January, 240 were women and 95 were foreign nationals, the ministry said. The latest group, of 160, left Sorrin prison on Tuesday. Sorrin, built in 1911, is the country's largest jail.",
    [1800, 'cumulative', AMNESTY, '2024-03-14'],
    [240, 'cumulative', AMNESTY, '2024-03-14'],
    [95, 'cumulative', AMNESTY, '2024-03-14'],
    [160, 'release', AMNESTY, '2024-03-12'],
  ),
  known(
    '"would leave" is not read as a release verb',
    c(
      ROYAL,
      "A hundred prisoners were freed on Saturday from the island prison of Kessel under the king's amnesty, local officials said. Most had been held for minor offences, some for as little as three months. The island's governor said another hundred would leave next week by ferry.",
      [100, 'release', AMNESTY, '2024-03-09'],
      [100, 'announcement', AMNESTY, null],
    ),
  ),
]);
