import { CROSSING_PLACE } from './kind.js';
import { allMatches } from './matches.js';
import { findNumbers, type NumberToken } from './numbers.js';

/** Whether a number counts people, and where the noun phrase naming them ends. */
export type PeopleCountReading =
  | { isPeople: false; reason: string }
  | { isPeople: true; nounEnd: number; bare: boolean; backReference?: boolean };

/** Nouns that name people in custody stories; ledger alias head nouns are added per ledger set. */
export const PEOPLE_NOUNS = new Set(
  'terrorists terrorist youngsters lags prisoners prisoner detainees detainee hostages hostage captives captive inmates inmate people persons person individuals members member soldiers soldier policemen policeman officers officer militants militant fighters fighter insurgents insurgent rebels rebel commanders commander personnel forces troops civilians civilian women woman men man minors minor children child boys boy girls girl activists activist defendants defendant protesters protester demonstrators journalists journalist nationals national citizens citizen foreigners loyalists convicts staff employees workers farmers students others loyalists relatives mourners campaigners democrats dissidents opponents pows detainees sailors fishermen seamen pilots crew migrants servicemen servicewomen veterans elderly sick juveniles teenagers teens adults clerics monks priests lawyers opposition ones guards guardsmen marines defenders medics conscripts paratroopers volunteers reservists commandos gunmen combatants mercenaries abductees suspects reporters bloggers spies wives husbands sons daughters mothers fathers brothers sisters infants babies toddlers nurses doctors tourists businessmen contractors generals colonels recruits partisans jihadists extremists drivers truckers labourers laborers miners technicians engineers mechanics teachers pupils schoolchildren schoolgirls schoolboys classmates schoolmates villagers passengers pilgrims missionaries nuns worshippers herders traders peacekeepers hikers climbers aides officials diplomats colleagues comrades companions crewmates shipmates cellmates leaders bishops seminarians unionists cadets airmen militiamen crewmen seafarers mariners sergeants corporals privates lieutenants captains survivors patients scholars academics researchers writers poets artists musicians athletes pastors imams rabbis executives scientists professors photographers cameramen filmmakers staffers clerks'.split(
    ' ',
  ),
);

/**
 * Nationality and people nouns in the plural ("five Britons", "three Americans"): a count of them is
 * a count of people. The words that are also adjectives ("Chinese", "Swiss") give way to a people
 * noun right after them ("10 Chinese nationals").
 */
export const DEMONYMS = new Set(
  'afghans africans albanians algerians americans arabs argentines argentinians armenians asians australians austrians azerbaijanis azeris bahrainis bangladeshis belarusians belgians bosnians brazilians britons bulgarians burmese cambodians cameroonians canadians chadians chechens chileans chinese colombians congolese croats cubans cypriots czechs danes dutch dutchmen egyptians emiratis englishmen eritreans estonians ethiopians europeans filipinos finns frenchmen french georgians germans ghanaians greeks guatemalans haitians hondurans hungarians icelanders indians indonesians iranians iraqis irish irishmen israelis italians ivorians jamaicans japanese jordanians kazakhs kenyans koreans kosovars kurds kuwaitis kyrgyz laotians latvians lebanese libyans lithuanians malaysians malians mexicans moldovans mongolians montenegrins moroccans mozambicans nepalese nepalis nicaraguans nigerians nigeriens norwegians omanis pakistanis palestinians panamanians peruvians poles portuguese qataris romanians russians rwandans salvadorans saudis scots senegalese serbs singaporeans slovaks slovenians slovenes somalis spaniards sudanese swedes swiss syrians taiwanese tajiks tanzanians thais tunisians turkmen turks ugandans ukrainians uruguayans uyghurs uighurs uzbeks venezuelans vietnamese westerners yazidis yemenis zambians zimbabweans'.split(
    ' ',
  ),
);

const UNIT_WORDS =
  /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|nights?|times?|percent|per|%|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|kg|tons?|tonnes?|dollars?|euros?|pounds?|rubles?|roubles?|rials?|afghanis?|shekels?|points?|votes?|seats?|provinces?|districts?|cities|towns|villages|countries|nations|planes?|flights?|aircraft|buses|trucks|vehicles|rounds?|phases?|stages?|batches|groups?|lists?|names?|pages?|articles?|clauses?|cases|infections?|deaths?|casualties|attacks?|strikes?|rockets?|missiles?|bodies|remains|cells?|prisons?|jails?|facilities|camps?|sites?|hospitals?|delegates?|sentences?|terms?|charges?|counts?|o'clock|am|pm|a\.m|p\.m|gmt|utc|items?|steps?|p\.c)$/i;

const MONTHS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;
const MONTH_BEFORE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+$/i;
/**
 * Months of the calendars official statements are dated in besides the Gregorian one (Iranian, Islamic, Hebrew,
 * Ethiopian, Nepali) and the eras Japanese dates count years in; capitalised, since several are also words.
 */
const OTHER_CALENDAR = String.raw`(?:Farvardin|Ordibehesht|Khordad|Tir|Mordad|Amordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|Esfand|Muharram|Safar|Rabi(?:[-\s](?:al|ul|el)[-\s]?|['’]\s?)?(?:Awwal|Akhir|Thani|I|II)?|Jumad[ae](?:[-\s](?:al|ul|el)[-\s]?)?(?:Ula|Awwal|Akhira|Thani|Akhir|I|II)?|Rajab|Sha['’]?ban|Rama[dz]an|Shawwal|Dhu?[-\s]?al[-\s]?(?:Qa['’]?dah|Qi['’]?dah|Hijjah)|Zul?[-\s]?(?:Qa['’]?dah|Hijjah)|Tishrei|Cheshvan|Heshvan|Kislev|Tevet|Shevat|Adar|Nisan|Iyar|Sivan|Tammuz|Elul|Meskerem|Tikimt|Tekemt|Hidar|Tahsas|Yekatit|Megabit|Miazia|Genbot|Ginbot|Sene|Hamle|Nehase|Pagume|Baisakh|Jestha|Asar|Shrawan|Bhadra|Ashwin|Kartik|Mangsir|Poush|Magh|Falgun|Chaitra|Heisei|Reiwa|Showa|Taisho)`;
/** "28 Aban", "3 Ramadan": a day before its month. */
const OTHER_CALENDAR_AFTER = new RegExp(String.raw`^\s*${OTHER_CALENDAR}\b`);
/** "Tir 9", "Esfand 1402", "Heisei 14": a day or year after its month or era. */
const OTHER_CALENDAR_BEFORE = new RegExp(String.raw`\b${OTHER_CALENDAR}\s+$`);
/** "12 Esfand 1402", "Ramadan 5, 1445": a year after its day and month. */
const OTHER_CALENDAR_YEAR_BEFORE = new RegExp(
  String.raw`\b(?:\d{1,2}\s+${OTHER_CALENDAR}|${OTHER_CALENDAR}\s+\d{1,2},?)\s+$`,
);
/** "1445 AH", "2566 B.E.": a year marked by its era. */
const ERA_AFTER = /^\s*(?:A\.?H|S\.?H|A\.?P|B\.?E|E\.?C|B\.?S)\b/;

/** A date written in numbers around a number: day, month and year joined by slashes, dots or dashes. */
const NUMERIC_DATE = /(?:^|[^\d/.-])(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2})(?![\d/-]|\.\d)/;

/**
 * "at 1430 GMT", "0945 local time", "2230 hrs", a live entry stamped "1840 —" or "1430 (corrected) -", "our 1430
 * item": a time on the 24-hour clock, written as four digits. A leading zero or a time zone after it tells it; so does
 * standing at the head of its line before a dash or colon, or after "at", "by", "until" or "from" with no noun of
 * people after it.
 */
function isClockTime(raw: string, before: string, after: string): boolean {
  if (!/^(?:[01]\d|2[0-3])[0-5]\d$/.test(raw)) return false;
  if (raw.startsWith('0')) return true;
  if (/^\s*(?:GMT|UTC|Z\b|hrs\b|hours\b|h\b|local\s+time|[ECMP][SD]T\b|CET\b|CEST\b|BST\b|IST\b)/.test(after))
    return true;
  if (/(?:^|\n)\s*$/.test(before) && /^\s*(?:\([^)]{0,30}\)\s*)?(?:[—–-]|:)\s/.test(after)) return true;
  // "Our 1430 item said": a live entry named by its time.
  if (/^\s+(?:item|entry|update|post|bulletin|report)\b/i.test(after)) return true;
  return /\b(?:at|by|until|till|from|before|after|around)\s+$/i.test(before) && !peopleNounAhead(after, 2);
}

/** "shortly before six,", "just after seven in the evening", "until nine at night": an hour told by a bare number. */
const HOUR_BEFORE =
  /\b(?:shortly|just|soon|a\s+little|sometime|some\s+time|not\s+long|well)\s+(?:before|after|until|till|past)\s+$/i;
const HOUR_PREPOSITION = /\b(?:before|after|until|till|past|around|about)\s+$/i;
const HOUR_AFTER =
  /^\s*(?:o'clock|o’clock|[ap]\.?m\b|in\s+the\s+(?:morning|afternoon|evening)|at\s+night|(?:that|this)\s+(?:morning|afternoon|evening|night)|tonight)/i;

/** Whether a bare number of one to twelve is the hour of a clock ("shortly before six, men let him out"). */
function isBareHour(value: number, before: string, after: string): boolean {
  if (value < 1 || value > 12 || !Number.isInteger(value)) return false;
  if (HOUR_BEFORE.test(before) && /^\s*(?:[,.;:)!?]|$|and\b|when\b|as\b)/i.test(after)) return true;
  return HOUR_PREPOSITION.test(before) && HOUR_AFTER.test(after);
}

/** Whether one of the next `words` words after a number is a noun of people ("1950 to 2050 Front prisoners"). */
function peopleNounAhead(after: string, words: number): boolean {
  if (!/^\s/.test(after)) return false;
  return allMatches(WORD_AHEAD, after.slice(0, 60))
    .slice(0, words)
    .some((word) => PEOPLE_NOUNS.has(peopleWord(word[0])));
}
const WORD_AHEAD = /[\w-]+/g;
/** A word as the people nouns list it: lower case, without "ex-" ("ex-hostages" is "hostages"). */
function peopleWord(word: string): string {
  return word.toLowerCase().replace(/^ex-/, '');
}

/** A number that can be a year of recent history. */
function isYear(value: number | undefined): boolean {
  return value !== undefined && Number.isInteger(value) && value >= 1900 && value <= 2100;
}

/** A day or a year of another calendar. */
function isOtherCalendarDate(raw: string, before: string, after: string, value: number): boolean {
  if (value <= 31 && OTHER_CALENDAR_AFTER.test(after)) return true;
  if (OTHER_CALENDAR_BEFORE.test(before)) return true;
  return /^\d{4}$/.test(raw) && (OTHER_CALENDAR_YEAR_BEFORE.test(before) || ERA_AFTER.test(after));
}

const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/** Words that end a noun phrase: the number stands bare when one follows it directly. */
const STOP_WORDS = new Set(
  'were was are is have has had had been be being will would could should may might can did do does of the a an its their his her this that these those in on at to from by for with without among into out as and or but who whom which that whose while after before since until during under including include includes included more others apiece each in all altogether total so now already still remain remaining also aboard went walked came left returned got reportedly had face faced received sat go free back home it they he she we'.split(
    ' ',
  ),
);

const MILITARY_MOVES =
  /\b(?:pull-?out|withdraw\w*|deploy\w*|station(?:ed|ing)|reinforce\w*|troop levels?|drawdown|sent to (?:fight|the front))/i;
/** "a fourth wave of 300", "the next batch of 50": a release wave counted by its people. */
const RELEASE_WAVE_OF = /\b(?:wave|batch|tranche|contingent)\s+of\s+$/i;
/** "The pirates, thought to number about 30": the strength of a group, not people in custody. */
const GROUP_STRENGTH_BEFORE =
  /\b(?:thought|believed|said|estimated|reported|understood)\s+to\s+number\s+(?:(?:about|around|some|roughly|up to|at least|more than|nearly|over)\s+)?$/i;

/** "of their colleagues were killed": a toll taken out of a group named after the number. */
const OF_GROUP_KILLED =
  /^\s+of\s+(?:their|its|his|her|the)\s+(?:[\w'’-]+\s+){0,2}?(?:were|was|have been|had been)\s+(?:\w+\s+)?(?:killed|shot dead|executed|murdered)\b/i;

/** A verb of having or sending an army right before a count: "which has 3,000 troops", "deployed 500 peacekeepers". */
const ARMY_SIZE_BEFORE =
  /\b(?:has|have|had|having|fields?|fielded|deploy(?:s|ed|ing)?|station(?:s|ed)?|sen(?:d|ds|t)|mass(?:es|ed)?|amass(?:es|ed)?|commands?|commanded)\s+(?:(?:some|about|around|nearly|more than|over|at least|up to)\s+)?$/i;
/** After the people: they died while held, which keeps them a count of the held. */
const DIED_HELD =
  /^\s+(?:(?:were|was|have|had|has)\s+)?(?:been\s+)?(?:died|killed|dead)\s+(?:while\s+)?in\s+(?:custody|detention|prison|jail|captivity)\b/i;
/** The rest of a pair of counts whose shared predicate is a death toll: "and 15 of the group's fighters were killed". */
const JOINED_TOLL_AFTER =
  /^\s+and\s+(?:[\d,]+|[a-z]+)\s+(?:[\w'’-]+\s+){0,5}?(?:were|was|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured|slain|shot\s+dead|executed)\b/i;
const CASUALTY = /^(?:killed|wounded|injured|dead|died|missing|hurt|slain|neutralised|neutralized|perished)$/i;
const CASUALTY_BEFORE =
  /\b(?:kill(?:s|ing|ed)?|wound(?:s|ing|ed)?|injur(?:es|ing|ed)|lost|los(?:es|ing)|death toll of|toll|(?:bodies|remains|coffins)\s+of(?:\s+the)?(?:\s+[\d,]+\s+(?:[\w-]+\s+){0,2}?(?:and|or))?)\s+(?:at least |more than |some |about |all |all the |all of the |nearly all |almost all )?$/i;
const PREFIX_REJECT =
  /(?:[$€£¥#]\s?|\b(?:No\.?|Nos\.?|aged?|ages|age of|article|section|chapter|clause|resolution|page|room|flight|route|highway|cell|block|ward|wing|building|gate|pier|berth|terminal|platform|hangar|level|phase|stage|batch|round|group|list|in|of the|year|the year|model|type|Boeing|Airbus|Fokker|Tupolev|Ilyushin|Antonov|Embraer|Lockheed|Douglas|Bombardier|Sukhoi)\s+|\b(?:articles|sections|chapters|clauses|paragraphs|pages|rooms|flights|routes|cells|blocks|wards|buildings|gates|platforms|stages|rounds|resolutions)\s+(?:\d+[a-z]?(?:\s*,\s*|\s+(?:and|or|to)\s+))*)$/i;
/** "she is 34", "gave his age as 43", "some just 12", "prisoners over 70": an age, told after its person. */
const AGE_TOLD_BEFORE =
  /\b(?:(?:he|she|who)\s+(?:is|was|turns|turned)|ages?\b[^.;]{0,40}\bas|(?:some|many|several|most|one|two|all)\s+(?:just|only|barely|as young as)|[a-z]+s\s+(?:aged\s+)?(?:over|under|above))\s+$/i;
/** "13 March 2024", "March 13, 2024": a year right after its month. */
const MONTH_DAY_BEFORE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$/i;
/** "Day 19, Sunday:", "on day 12 of the strike", "Days 14–17": a day's number in a timeline, never a count. */
const DAY_NUMBER_BEFORE =
  /(?:\bDays?|\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Ff]rom|[Ss]ince|[Oo]f|[Tt]o)\s+day)\s+(?:\d+\s*[–-]\s*)?$/;
/** "a retired judge of 78", "a pensioner of 67": a person's age after "of". */
const PERSON_OF_BEFORE =
  /\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|judge|pensioner|retiree|grandmother|grandfather|widow|widower|veteran|priest|nun|farmer|teacher|doctor|nurse|mother|father|prisoner|inmate|detainee|hostage|journalist|activist|lawyer|writer|poet|professor|student|engineer|worker|soldier|officer|sailor|pilot|businessman|businesswoman)\s+of\s+$/i;
/** Currency marks that are words: case matters, so "tells us 47 sailors" keeps its count. */
const CURRENCY_WORD_BEFORE = /\b(?:US|Rs)\s+$/;
/** "-person exchange", "-man swap" after a number: the adjective counts the people a swap moved. */
const PER_PERSON_SWAP =
  /^-(?:person|people|man|men|prisoner|hostage|captive|detainee|inmate|POW)\s+(?:[a-z]+\s+)?(?:exchange|swap|release|handover|trade|deal)\b/i;
/** "a country of 12 million people", "a city of 80,000": inhabitants, not people held. */
const POPULATION_BEFORE =
  /\b(?:country|nation|city|town|village|region|province|state|island|population|home)\s+of\s+(?:(?:some|about|around|more than|nearly|over|almost|roughly)\s+)?$/i;
/** "passed by 112 votes to 40", "voted 80 to 12": the other side of a vote. */
const VOTE_BEFORE = /\b(?:votes?|ballots?)\s+(?:\w+\s+)?to\s+$|\bvot(?:ed|ing)\s+[\d,]+\s+to\s+$/i;
/** "1,000 soldiers joined the search", "200 police took part": people acting in the story, not in custody. */
const ACTING_AFTER =
  /^\s+(?:\w+\s+){0,2}?(?:joined|took part|were deployed|have been deployed|searched|were searching|are searching|combed|scoured|hunted|are hunting|were hunting|surrounded|stormed|raided|guarded|escorted|gathered|waited|are waiting|were waiting|have been waiting|camped|held a vigil|held vigils|marched|protested|rallied|(?:are|were)\s+(?:here|there|outside|gathered))\b/i;
/**
 * "Two officials said ...", "three diplomats, who asked not to be named, said", "two officials familiar with the talks":
 * the sources of a report, not people in custody.
 */
const SPEAKER_AFTER =
  /^(?:\s*,[^,.;]{0,100},\s*|\s+(?:\w+\s+){0,2}?)(?:said|say|says|told|tell|confirmed|confirm|announced|reported|added|stated|spoke|speaking)\b|^[\s,]+(?:\w+\s+){0,2}?(?:who\s+(?:asked|spoke|requested|declined)\s+(?:not\s+to\s+be\s+(?:named|identified)|on\s+condition\s+of\s+anonymity|anonymity)|familiar\s+with|briefed\s+on|not\s+authori[sz]ed\s+to\s+(?:speak|talk|comment))\b/i;
const SOURCE_BEFORE = /\b(?:according to|citing|quoted|told)\s+(?:the\s+)?$/i;
/** "a poll of 1,000 Germans": people sampled, not people held. */
const SAMPLE_BEFORE =
  /\b(?:poll|survey|sample|study|census)\s+of\s+(?:(?:some|about|around|more than|nearly|over)\s+)?$/i;
/** "the youngest is six", "the oldest, 81": an age, not a count. */
const AGE_BEFORE =
  /\b(?:(?:youngest|oldest|eldest)(?:\s*,|\s+(?:is|was|being|aged|just|only|turned|now))*|as (?:young|old) as)\s+$/i;
/** "one in five", "three out of 10": the denominator of a share. */
const RATIO_BEFORE = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:in|out of)\s+$/i;
/** "sentenced last month to six", "jailed in 2019 for 12": a term, not a count. */
const SENTENCE_TERM_BEFORE =
  /\b(?:sentenced|jailed|imprisoned|condemned)\b(?:\s+(?!and\b|or\b)[A-Za-z\d]+){0,3}?\s+(?:to|for)\s+(?:up to\s+|at least\s+|another\s+)?$/i;
const WORD_PATTERN = /\p{L}[\p{L}'’-]*|\d[\d,.-]*(?:-[\p{L}-]+)?|[^\s\p{L}\d]/gu;

/** What the story has said before this sentence, for the people-count test. */
export interface PeopleCountContext {
  /** The previous sentence that had a number gave a mention: bare counts and breakdowns continue it. */
  afterMention?: boolean;
  /** Counts already read as mentions in this article: "the 14", "those 20" name them again. */
  storyCounts?: ReadonlySet<number>;
}

const NO_COUNTS: ReadonlySet<number> = new Set();

/** "the 14 will fly home", "those 400", "all three women": a group the story has already introduced. */
const DEFINITE_BEFORE = /\b(?:the|those|these|all|all of the|all the)\s+$/i;
/** Something new that befalls people named again: their back-reference does not carry the earlier reading. */
const NEW_FATE =
  /\b(?:re-?arrest\w*|re-?detain\w*|escap\w*|died|dead|killed|refus\w*|reject\w*|not|never|still|remain\w*|yet to|kidnapp\w*|abduct\w*|seized|captured)\b/i;
const RELEASED_AFTER =
  /^\s+(?:released|freed|pardoned|exchanged|swapped|returned|repatriated|handed over|set free|let go|granted\s+(?:a\s+)?(?:pardons?|clemency|amnesty))\b/i;
const HELD_WHERE_AFTER =
  /^\s+(?:still\s+)?(?:behind\s+bars|in\s+(?:custody|captivity|detention|jail|prison)|(?:in\s+)?captive)\b/i;
/** Readings a definite back-reference may overturn: a missing noun or context, never a unit, date or death. */
const OVERTURNABLE = new Set(['no-custody-context', 'no-context', 'no-head']);

/**
 * Decides whether a number in a sentence is a count of people ("100 Taliban prisoners",
 * "86 had been released") rather than a date, duration, money, age, casualty or thing count.
 */
export function readPeopleCount(
  sentence: string,
  token: NumberToken,
  extraNouns: ReadonlySet<string>,
  context: PeopleCountContext = {},
): PeopleCountReading {
  const afterMention = context.afterMention ?? false;
  const reading = readPeopleCountRaw(sentence, token, extraNouns, afterMention);
  const storyCounts = context.storyCounts;
  if (reading.isPeople && CUSTODY_NOUN.test(sentence.slice(token.start, reading.nounEnd).toLowerCase())) return reading;
  // "A fourth wave of 300 is due on Saturday": a release wave is counted by its people, whatever else the sentence says.
  if (
    reading.isPeople &&
    reading.bare &&
    RELEASE_WAVE_OF.test(sentence.slice(Math.max(0, token.start - 20), token.start))
  )
    return reading;
  // "The one freed on Tuesday": a lone person the story has already counted, named again by their release.
  if (
    !reading.isPeople &&
    reading.reason === 'pronoun-one' &&
    storyCounts?.has(1) &&
    /\bthe\s+$/i.test(sentence.slice(Math.max(0, token.start - 6), token.start)) &&
    RELEASED_AFTER.test(sentence.slice(token.end))
  )
    return { isPeople: true, nounEnd: token.end, bare: true, backReference: true };
  if (!reading.isPeople && !OVERTURNABLE.has(reading.reason) && reading.reason !== 'thing') return reading;
  const definite =
    storyCounts !== undefined &&
    storyCounts.size > 0 &&
    DEFINITE_BEFORE.test(sentence.slice(Math.max(0, token.start - 12), token.start));
  if (!reading.isPeople) return readAgainstStory(sentence, token, reading, storyCounts ?? NO_COUNTS, definite);
  const phrase = sentence.slice(token.start, reading.nounEnd).toLowerCase();
  // "The 31 had been convicted of ...": a bare definite count the story gave names those people again, whatever
  // background its sentence adds, unless it tells something new befell them.
  if (definite && reading.bare && storyCounts?.has(token.value) && !NEW_FATE.test(sentence))
    return { ...reading, backReference: true };
  // Alias head nouns such as demonyms ("Palestinians") name people, not custody: they need the sentence's context.
  if (hasCustodyContext(sentence)) return reading;
  // "790 people worked at the plant, 134 of them foreigners": a part of a group this sentence counts outside custody.
  if (/^\s+of\s+(?:them|whom|those)\b/i.test(sentence.slice(token.end)) && namesWholeBefore(sentence, token.start))
    return { isPeople: false, reason: 'no-custody-context' };
  if (
    afterMention &&
    (reading.bare ||
      PART_MARKER.test(sentence.slice(0, token.start)) ||
      BREAKDOWN_NOUN.test(phrase) ||
      FOLLOWED_AFTER.test(sentence.slice(reading.nounEnd)))
  )
    return reading;
  // "The three Americans landed": a definite group in a story that has already counted people is those people.
  if (definite) return storyCounts.has(token.value) ? { ...reading, backReference: true } : reading;
  if (storyCounts && isPartOfStoryCount(sentence.slice(token.end, token.end + 40), token, storyCounts)) return reading;
  return { isPeople: false, reason: 'no-custody-context' };
}

/** Whether a count of people named by a noun ("790 people", "300 workers") comes before, in the same clause run. */
function namesWholeBefore(sentence: string, end: number): boolean {
  const before = sentence.slice(0, end);
  return findNumbers(before).some(
    (whole) => !/[.;]/.test(before.slice(whole.end)) && peopleNounAhead(before.slice(whole.end), 2),
  );
}

/**
 * A number the plain reading rejected for want of a noun or context, read again against the story:
 * "of the 40 released there" (a participle names the people), "The ten will fly home" and
 * "Those 400 make up the last tranche" (a count the story gave, named again), "around 200 of the
 * 400" (a part of such a count).
 */
function readAgainstStory(
  sentence: string,
  token: NumberToken,
  reading: Extract<PeopleCountReading, { isPeople: false }>,
  storyCounts: ReadonlySet<number>,
  definite: boolean,
): PeopleCountReading {
  const after = sentence.slice(token.end, token.end + 40);
  if (definite && token.value > 1 && RELEASED_AFTER.test(after))
    return { isPeople: true, nounEnd: token.end, bare: true };
  // After "the two", a plural noun ("sides", "main parties") names something else; a verb ("make up") continues.
  const nounFollows = /^\s*(?:[a-z]+\s+)?(?!(?:is|was|has|as|us|its|this|thus|plus|whereas)\b)[a-z]+s\b/.test(after);
  if (reading.reason === 'thing' && nounFollows) return reading;
  const firstWord = /^\s*([A-Za-z]+)/.exec(after)?.[1] ?? '';
  if (definite && storyCounts.has(token.value) && token.value > 1 && !CASUALTY.test(firstWord))
    return { isPeople: true, nounEnd: token.end, bare: true, backReference: true };
  if (reading.reason === 'thing') return reading;
  if (isPartOfStoryCount(after, token, storyCounts)) return { isPeople: true, nounEnd: token.end, bare: true };
  return reading;
}

/** "around 200 of the 400", where the story has already counted the 400. */
function isPartOfStoryCount(after: string, token: NumberToken, storyCounts: ReadonlySet<number>): boolean {
  const whole = /^\s+of\s+(?:the|those|these)\s+/i.exec(after);
  const wholeValue = whole ? findNumbers(after.slice(whole[0].length))[0] : undefined;
  return wholeValue?.start === 0 && token.value < wholeValue.value && storyCounts.has(wholeValue.value);
}

/** Whether the next words, with no list or inclusion between, reach a noun of people: "... United Nations soldiers". */
function describesPeopleAfter(next: string[], extraNouns: ReadonlySet<string>): boolean {
  for (const word of next) {
    if (/^(?:including|among|and|or|of)$/i.test(word) || /[,;.]/.test(word)) return false;
    if (isPeopleNoun(pluralHead(word.toLowerCase(), false), extraNouns)) return true;
  }
  return false;
}

/** Nouns that name people by their custody. */
export const CUSTODY_NOUN =
  /\b(?:prisoners?|detainees?|hostages?|captives?|inmates?|convicts?|pows?|prisoners of war)\b/;
/**
 * Words of a swap or a surrender that make a count of people a custody count though no custody
 * word is near: "got back 140 people", "90 of its servicemen had been returned", "received 310 of
 * its soldiers", "1,300 fighters laid down their arms", "seized 25 people".
 */
const EXCHANGE_CONTEXT = String.raw`\b(?:g[eo]t(?:s|ting)? back|swap(?:s|ped|ping)?|exchang(?:es|ed|ing)|trad(?:e|es|ed|ing)\s+(?:\S+\s+){0,4}?for|cross(?:ed|es|ing)\s+back|back\s+across\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}${CROSSING_PLACE}|(?:return(?:s|ed|ing)?|sent back|handed back|brought back)\s+(?:(?:some|about|around|nearly|almost|more than|over|at least|another|a further|all)\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)|(?:been|being|be|were|was|are|is) returned|(?:received|recover(?:ed|s|ing)?)\b(?=[^.;]{0,40}?\bof (?:its|their|our|his|her)\b)|(?:has|have|had)\s+(?:now\s+)?(?:received|recovered)\s+(?:\d|[a-z]+\s+(?:in return|back))|surrender\w*|la(?:id|y|ying|ys) down (?:their |its |his )?(?:arms|weapons)|captur\w*|seiz(?:ed|ing|es?)|in (?:the )?[\w'’-]+ hands|chang(?:e|es|ed|ing) hands)\b`;
const EXCHANGE_PATTERN = new RegExp(EXCHANGE_CONTEXT, 'i');

const CUSTODY_CONTEXT = new RegExp(
  String.raw`\b(?:prison\w*|jail\w*|detain\w*|detention|hostages?|captiv\w*|custody|releas\w*|free(?:d|ing|s)?|freedom|pardon\w*|amnest\w*|held|hold(?:s|ing)?|arrest\w*|abduct\w*|kidnap\w*|sentenc\w*|convict\w*|behind bars|swap|exchange|defendants?|court|charg(?:ed|es)|guilty|escap\w*|transferr?\w*|deport\w*|let\b[^.;]{0,40}?\bgo\b|walked (?:free|out)|(?:allowed|permitted)\s+to\s+(?:leave|depart|go\s+home)|set\s+free|(?:came|come|coming|returned|brought|back|sent|go|goes|went|going) home|(?:brought|brings?|bringing|flew|flown|flies|flying|sent|sends?|sending)\s+(?:[\w'’-]+\s+){1,4}?(?:home|back\s+to)\b|(?:stepped|stepping|got|getting)\s+off\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:plane|flight|bus|aircraft|boat|ship|vessel|ferry|launch|helicopter|train)|disembark\w*|in\s+return|(?:arrived|landed) (?:back )?(?:home|in (?:their|his|her) (?:homeland|home country))|brought back|returned (?:were|was|from|in)|handed over|hand(?:s|ing)? (?:over|back)|repatriat\w*|inmates?|cells?|in the hands of|pows?|prisoners? of war|returned by|(?:still|remain\w*|stay\w*)\s+(?:aboard|on board)|hijack\w*|pirates?|(?:flown|fly|flew|flying)\s+(?:out|home|back)|unaccounted|still\s+missing|reunit(?:ed|es|ing)\s+with\s+(?:their|his|her)\s+(?:families|family|parents|relatives|loved\s+ones|children|mothers|fathers)|rescu(?:ed|e|es|ing)|found\s+(?:alive\s+|safe\s+)?by|liberat\w*)\b|${EXCHANGE_CONTEXT}`,
  'i',
);
let custodySentence: string | null = null;
let custodyAnswer = false;

/** Whether the sentence speaks of custody; every number of a sentence asks, so the last answer is kept. */
function hasCustodyContext(sentence: string): boolean {
  if (sentence !== custodySentence) {
    custodySentence = sentence;
    custodyAnswer = CUSTODY_CONTEXT.test(sentence);
  }
  return custodyAnswer;
}
/** Right after a number, a noun of release events: "two releases", "three exchanges". */
const EVENTS_COUNTED_AFTER =
  /^\s+(?:separate\s+|further\s+|earlier\s+|previous\s+)?(?:releases|handovers|exchanges|swaps|waves)\b/i;
/** "Thirty students followed on Tuesday": a group whose own verb says it came after the people just counted. */
const FOLLOWED_AFTER =
  /^\s+(?:(?:more|also|then|later|soon)\s+)?(?:followed|(?:will|would|are\s+to|are\s+due\s+to|are\s+expected\s+to)\s+follow|came\s+next|were\s+next|went\s+next)(?=\s*(?:[,.;:—–-]|$|\s+(?:on|in|at|by|later|soon|shortly|within|after|hours|days|weeks|the\s+next|the\s+following|an?\s+(?:hour|day|week|few|little)|that|this|overnight|today|tonight|tomorrow|yesterday)\b))/i;
/** "two of the five": a number word names the whole a part is taken from. */
const SMALL_NUMBER_WORD =
  /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|thirty|forty|fifty|hundred)$/;
/** Nouns news uses to break a freed group down ("18 men and 11 women"), read as parts after a count. */
const BREAKDOWN_NOUN = /\b(?:men|women|children|minors|boys|girls|teenagers|juveniles)$/;
const PART_MARKER = /\b(?:includ\w*|among|of them|of whom|comprise\w*|consist\w*)\b/i;
const SENTENCE_CASUALTY = /\b(?:killed|deaths?|dead|died|wounded|injured|hurt|casualt\w*|bodies)\b/i;

/** "Kerr, " "the king, " "a German hiker, ": a name, or a singular noun after a determiner, before an age. */
const NAMED_PERSON_BEFORE =
  /(?:\b[A-Z][a-z]+|\b(?:[Tt]he|[Aa]n?|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Oo]ur)\s+(?:[A-Za-z-]+\s+)?[a-z]+[^s\s]),\s*$/;
/** "Rovers keeper, ": any singular word before an age. */
const SINGULAR_WORD_BEFORE = /\b[A-Za-z][a-z]+[^s\s\d],\s*$/;
/** ", 15, prisoners": a count of people set off by commas, not an age. */
const PEOPLE_AFTER_COMMA =
  /^\s*[,;)]\s*(?:[\w-]+\s+){0,2}?(?:prisoners|detainees|hostages|captives|inmates|people|others|of\s+them)\b/i;

/**
 * An age set off after its person: "Kerr, 41,", "the king, 74,", "Ana Ruiz, 60; Ben Ortiz, 63", "Kerr, 41 and ...";
 * after any other singular word only when a comma, semicolon or bracket closes it ("Rovers keeper, 15, escapes").
 */
function isAgeSetOff(before: string, after: string): boolean {
  if (NAMED_PERSON_BEFORE.test(before) && /^\s*(?:[,;)]|and\b|\.)/.test(after)) return true;
  return SINGULAR_WORD_BEFORE.test(before) && /^\s*[,;)]/.test(after) && !PEOPLE_AFTER_COMMA.test(after);
}

function readPeopleCountRaw(
  sentence: string,
  token: NumberToken,
  extraNouns: ReadonlySet<string>,
  afterMention: boolean,
): PeopleCountReading {
  const raw = sentence.slice(token.start, token.end);
  const before = sentence.slice(Math.max(0, token.start - 30), token.start);
  const after = sentence.slice(token.end);
  if (/^\d/.test(raw) && /^(?:st|nd|rd|th)\b/i.test(after)) return { isPeople: false, reason: 'ordinal' };
  // "the 24-person exchange", "a three-man swap": the number counts the people the swap moved.
  const perPerson = PER_PERSON_SWAP.exec(after);
  if (perPerson) return { isPeople: true, nounEnd: token.end + perPerson[0].length, bare: false };
  // "six and a half years": people are never counted in fractions.
  if (/^\s+and\s+an?\s+(?:half|quarter)\b|^[\s-]+and-a-half\b/i.test(after)) return { isPeople: false, reason: 'unit' };
  if (AGE_BEFORE.test(before)) return { isPeople: false, reason: 'age' };
  if (DAY_NUMBER_BEFORE.test(before)) return { isPeople: false, reason: 'date' };
  if (isClockTime(raw, before, after)) return { isPeople: false, reason: 'time' };
  if (isBareHour(token.value, before, after)) return { isPeople: false, reason: 'time' };
  // "On 13/03/2024", "13.03.2024", "2024-03-13": a date written in numbers.
  if (
    /^\d/.test(raw) &&
    (/\d[/.-]$/.test(before) || /^[/.-]\d/.test(after)) &&
    NUMERIC_DATE.test(`${before}${raw}${after}`)
  )
    return { isPeople: false, reason: 'date' };
  if (/^\d/.test(raw) && isOtherCalendarDate(raw, before, after, token.value))
    return { isPeople: false, reason: 'date' };
  // "asked 200 million for their release": a sum in millions names no people unless a noun of people follows.
  if (/\b(?:million|billion)\b/i.test(raw) && !peopleNounAhead(after, 2)) return { isPeople: false, reason: 'money' };
  // "between 2019 and 2023", "from 2014 to 2016": a span of years, written without a thousands comma.
  if (isYear(token.rangeFrom) && isYear(token.value) && !raw.includes(',') && !peopleNounAhead(after, 3))
    return { isPeople: false, reason: 'year' };

  if (/^\d{4}$/.test(raw) && isYear(token.value) && MONTH_DAY_BEFORE.test(before))
    return { isPeople: false, reason: 'year' };
  // An age told after its person ends there: no noun of people follows it.
  if (
    (AGE_TOLD_BEFORE.test(before) || PERSON_OF_BEFORE.test(before)) &&
    token.value < 120 &&
    /^\s*(?:[,.;:)!?]|and\b|or\b|who\b|was\b|is\b|$)/i.test(after)
  )
    return { isPeople: false, reason: 'age' };
  if (SAMPLE_BEFORE.test(before)) return { isPeople: false, reason: 'sample' };
  if (POPULATION_BEFORE.test(before)) return { isPeople: false, reason: 'population' };
  if (VOTE_BEFORE.test(before)) return { isPeople: false, reason: 'vote' };
  if (RATIO_BEFORE.test(before)) return { isPeople: false, reason: 'ratio' };
  if (
    /\b(?:to|for)\s+(?:[a-z]+\s+)?$/.test(before) &&
    SENTENCE_TERM_BEFORE.test(sentence.slice(Math.max(0, token.start - 50), token.start))
  )
    return { isPeople: false, reason: 'sentence' };
  // "terms of more than 30 years are cut to 30, those of 20 to 30 years to 20": a term lowered to a bare number.
  if (
    /(?:\b(?:cut|reduced|shortened|lowered|commuted|trimmed)|\d\s+(?:years?|months?))\s+to\s+$/i.test(before) &&
    /\b(?:terms?|sentences?|years?)\b/i.test(sentence.slice(Math.max(0, token.start - 80), token.start)) &&
    !peopleNounAhead(after, 2)
  )
    return { isPeople: false, reason: 'sentence' };
  if (/[A-Za-z]-$/.test(before)) return { isPeople: false, reason: 'code' };
  // "a 30-day truce", "a three-time candidate", "a two-stage deal": a number joined to a word names a thing's measure.
  if (/^-[a-z]/i.test(after) && !/^-(?:year-olds?|month-olds?)\b/i.test(after))
    return { isPeople: false, reason: 'unit' };
  if (/\b(?:older|younger) than\s+$/i.test(before)) return { isPeople: false, reason: 'age' };
  if (/\baged\s+(?:from|between)\s+$/i.test(before)) return { isPeople: false, reason: 'age' };
  // "0700 321 321": a phone number's digit groups.
  if (/\d{3,4}[\s-]$/.test(before) && /^\d{3,4}$/.test(raw) && /^(?:[\s-]\d{3,4}\b|\s*$|[\s,.;)])/.test(after)) {
    if (/\d{3,4}[\s-]\d{3,4}[\s-]$|^0\d{2,3}[\s-]$|\b0\d{2,3}[\s-]$/.test(before))
      return { isPeople: false, reason: 'phone' };
  }
  // "11:40 -", "at 14.05": the minutes of a clock time.
  if (/\d[:.]$/.test(before) && /^\d{2}$/.test(raw)) return { isPeople: false, reason: 'time' };
  // "most of them over 60 or seriously ill": an age threshold.
  if (/\b(?:them|those|people|men|women|all|many|most|some)\s+(?:aged\s+)?(?:over|under|above)\s+$/i.test(before))
    return { isPeople: false, reason: 'age' };
  if (token.value < 110 && /^\d/.test(raw) && isAgeSetOff(before, after)) return { isPeople: false, reason: 'age' };
  // "during the 2021 uprising", "after the 2022 protests": a year naming an event.
  if (
    /^\d{4}$/.test(raw) &&
    isYear(token.value) &&
    /\b(?:the|a|an|this|that|its|their|his|her)\s+$/i.test(before) &&
    /^\s+[a-z]+/.test(after) &&
    !PEOPLE_NOUNS.has((/^\s+([a-z]+)/.exec(after)?.[1] ?? '').toLowerCase())
  )
    return { isPeople: false, reason: 'year' };
  const lone = raw.toLowerCase() === 'one';
  if (
    lone &&
    !/\b(?:just|only|another|exactly|at least|but)\s+$/i.test(before) &&
    (/\bno\s+$/i.test(before) || !headsPerson(after, extraNouns))
  )
    return { isPeople: false, reason: 'pronoun-one' };
  if (
    /^[\d.,]*\d(?:\s*(?:%|per ?cent)|[:.]\d|-year|-month|-day|-week|-hour|-strong|-member|-point|-page)/i.test(
      raw + after,
    )
  )
    return { isPeople: false, reason: 'unit' };
  if (/^-(?:year|month|day|week|hour|member|strong|man|point|page|nation|party|seat|storey|story)/i.test(after))
    return { isPeople: false, reason: 'unit' };
  // "some fifteen or twenty minutes ago": the first of two figures joined by "or" shares the second's unit.
  const alternative = /^\s+or\s+(?:[\d,]+|[a-z]+)\s+([a-z]+)/i.exec(after)?.[1];
  if (alternative && UNIT_WORDS.test(alternative)) return { isPeople: false, reason: 'unit' };
  // "Mar 14", "Jul. 3": the short forms other words share, capitalised and followed by a day.
  if (/^\d/.test(raw) && (MONTH_BEFORE.test(before) || /\b(?:Mar|Jun|Jul)\.?\s+$/.test(before)) && token.value <= 31)
    return { isPeople: false, reason: 'date' };
  if (/\bthe\s+$/i.test(before) && /^\s*(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(after))
    return { isPeople: false, reason: 'date' };
  if (/^\d{4}$/.test(raw) && isYear(token.value) && !/^\s+[a-z]/.test(after))
    return { isPeople: false, reason: 'year' };
  if (
    /^\d{4}$/.test(raw) &&
    isYear(token.value) &&
    /\b(?:in|of|since|by|until|from|early|late|mid|before|after)\s+$/i.test(before)
  )
    return { isPeople: false, reason: 'year' };
  if ((PREFIX_REJECT.test(before) && !/\b(?:of the|in)\s+$/i.test(before)) || CURRENCY_WORD_BEFORE.test(before))
    return { isPeople: false, reason: 'prefix' };
  if (
    /\bin\s+$/i.test(before) &&
    !/^\s+(?:[A-Za-z-]+\s+){0,3}?(?:prisoners|detainees|hostages|inmates)/i.test(after) &&
    token.value >= 1900
  )
    return { isPeople: false, reason: 'year' };
  if (CASUALTY_BEFORE.test(before)) return { isPeople: false, reason: 'casualty' };
  // "lift sanctions on 12 officials": people a measure targets, not people held.
  if (/\bsanctions?\s+(?:on|against)\s+(?:some\s+|about\s+|another\s+)?$/i.test(before))
    return { isPeople: false, reason: 'thing' };
  if (GROUP_STRENGTH_BEFORE.test(before)) return { isPeople: false, reason: 'strength' };
  if (DISPLACED_BEFORE.test(before) || DISPLACED_AFTER.test(after.slice(0, 50)))
    return { isPeople: false, reason: 'displaced' };
  // "two relatives barred from leaving were allowed to leave with them": kin free to travel, never prisoners freed.
  if (RELATIVES_AFTER.test(after.slice(0, 40)) && LEAVING.test(sentence))
    return { isPeople: false, reason: 'relatives' };
  // "freed 180 on Monday, 20 fewer than agreed": the shortfall against a term counts people not freed.
  if (SHORTFALL_AFTER.test(after) && hasCustodyContext(sentence))
    return { isPeople: true, nounEnd: token.end, bare: true };
  // "the 12 released last week", "300 freed under the amnesty": a release participle names the people itself.
  // "leaving 51 behind bars", "kept 12 in custody": where they are held names the people too.
  if (RELEASED_AFTER.test(after) || HELD_WHERE_AFTER.test(after))
    return readBareNumeral(sentence, token, [], extraNouns, afterMention);
  // "the two releases", "in three exchanges": a count of events, not of people.
  if (EVENTS_COUNTED_AFTER.test(after)) return { isPeople: false, reason: 'unit' };
  const words = allMatches(WORD_PATTERN, after.slice(0, 120)).slice(0, 8);
  const first = words[0];
  if (first && MONTHS.test(first[0]) && token.value <= 31) return { isPeople: false, reason: 'date' };
  if (first && WEEKDAYS.test(first[0])) return { isPeople: false, reason: 'date' };
  for (const [index, word] of words.entries()) {
    const text = word[0];
    // "299 'bodies returned'": a quoted unit is still a unit.
    if (index === 0 && /^['‘"“]$/.test(text) && UNIT_WORDS.test((words[1]?.[0] ?? '').toLowerCase()))
      return { isPeople: false, reason: 'unit' };
    const lower = pluralHead(peopleWord(text.replace(/[’']s$/, '')), lone);
    if (UNIT_WORDS.test(lower)) return { isPeople: false, reason: 'unit' };
    const demonym = DEMONYMS.has(lower);
    const nextHead = pluralHead((words[index + 1]?.[0] ?? '').toLowerCase(), lone);
    if ((demonym || (lone && extraNouns.has(lower))) && isPeopleNoun(nextHead, extraNouns)) continue;
    if (PEOPLE_NOUNS.has(lower) || extraNouns.has(lower) || demonym || /-olds?$/.test(lower)) {
      const next = words[index + 1]?.[0] ?? '';
      const afterNext = words[index + 2]?.[0] ?? '';
      const trailing = words.slice(index + 1, index + 5).map((w) => w[0]);
      const nounEnd = token.end + word.index + text.length;
      // "six political prisoners died in custody": people who were held, counted among the held.
      // "The first plane carried 120 freed soldiers; two others flew to Velo": the others are more planes.
      if (lower === 'others' && VEHICLE_PARALLEL.test(sentence.slice(0, token.start)))
        return { isPeople: false, reason: 'thing' };
      const diedHeld = DIED_HELD.test(sentence.slice(nounEnd));
      if (
        (CASUALTY.test(next) && !diedHeld) ||
        (/^(?:were|was|have|had|been)$/i.test(next) && CASUALTY.test(afterNext)) ||
        // "35 hostages and 15 of the group's fighters were killed": a toll shared with the count joined after it.
        JOINED_TOLL_AFTER.test(sentence.slice(nounEnd, nounEnd + 90)) ||
        // "23 persons held hostage lost their lives".
        /^\s+(?:[\w-]+\s+){0,3}?lost\s+their\s+lives\b/i.test(sentence.slice(nounEnd, nounEnd + 60)) ||
        (trailing.some(
          // "30 pupils are still missing": people unaccounted for in a kidnapping, not a toll.
          (w, at) =>
            CASUALTY.test(w) &&
            !(/^missing$/i.test(w) && /^(?:still|remain\w*)$/i.test(trailing[at - 1] ?? '')) &&
            // "100 sick and wounded soldiers": a casualty word before a noun of people describes them (not "had been
            // killed, including children").
            !(
              !/^(?:were|was|been|are|is|be|had|have|has)$/i.test(trailing[at - 1] ?? '') &&
              describesPeopleAfter(
                words.slice(index + at + 2, index + at + 5).map((next) => next[0] ?? ''),
                extraNouns,
              )
            ),
        ) &&
          !CUSTODY_NOUN.test(lower))
      )
        return { isPeople: false, reason: 'casualty' };
      // "Of the 33 hostages promised, eight are dead": a death elsewhere in the sentence does not make hostages a toll.
      if (SENTENCE_CASUALTY.test(sentence) && !CUSTODY_NOUN.test(lower) && !hasCustodyContext(sentence))
        return { isPeople: false, reason: 'casualty' };
      if (/^(?:troops|forces|soldiers)$/.test(lower) && MILITARY_MOVES.test(sentence))
        return { isPeople: false, reason: 'troops' };
      // "Vardonia, which has 3,000 troops on the frontier": an army's strength, not people in anyone's custody.
      if (
        /^(?:troops|forces|personnel|peacekeepers|servicemen)$/.test(lower) &&
        index === 0 &&
        ARMY_SIZE_BEFORE.test(before)
      )
        return { isPeople: false, reason: 'troops' };
      if (!CUSTODY_NOUN.test(lower) && ACTING_AFTER.test(sentence.slice(nounEnd, nounEnd + 60)))
        return { isPeople: false, reason: 'acting' };
      if (
        !CUSTODY_NOUN.test(lower) &&
        (SPEAKER_AFTER.test(sentence.slice(nounEnd, nounEnd + 120)) || SOURCE_BEFORE.test(before))
      )
        return { isPeople: false, reason: 'speaker' };
      return { isPeople: true, nounEnd, bare: false };
    }
    if ((lower === 'and' || lower === 'or') && index > 0) {
      // "937 Eritrean and 703 Ethiopian prisoners": the nationality is this count's head; the next count is its own.
      const previous = words[index - 1];
      if (/^[\d,]+$/.test(words[index + 1]?.[0] ?? '') && previous && /^[A-Z][a-z]+$/.test(previous[0]))
        return { isPeople: true, nounEnd: token.end + previous.index + previous[0].length, bare: false };
      continue;
    }
    const following = (words[index + 1]?.[0] ?? '').toLowerCase();
    // "two warring parties": a participle used as an adjective before a noun; the noun decides.
    const attributive =
      /^(?:warring|opposing|ruling|competing|governing|neighbou?ring|leading|visiting|participating|contending|belligerent)$/.test(
        lower,
      ) &&
      /^[a-z]+$/.test(following) &&
      !STOP_WORDS.has(following);
    const verbLike =
      !attributive &&
      /^[a-z]/.test(text) &&
      /(?:ed|ing)$/.test(lower) &&
      (/ing$/.test(lower) ||
        words[index + 1] === undefined ||
        STOP_WORDS.has((words[index + 1]?.[0] ?? '').toLowerCase()) ||
        /^(?:both|[^A-Za-z\d])/.test(words[index + 1]?.[0] ?? '')) &&
      !PEOPLE_NOUNS.has((words[index + 1]?.[0] ?? '').toLowerCase()) &&
      !extraNouns.has((words[index + 1]?.[0] ?? '').toLowerCase());
    if (STOP_WORDS.has(lower) || verbLike || /^[^A-Za-z\d]/.test(text)) {
      if (index === 0)
        return readBareNumeral(
          sentence,
          token,
          words.map((w) => w[0]),
          extraNouns,
          afterMention,
        );
      // A capitalised name right after the number ("400 Taliban", "117 Houthis") names a group of people.
      const previous = words[index - 1]?.[0] ?? '';
      if (index === 1 && /^[A-Z][a-z]+$/.test(previous) && !MONTHS.test(previous))
        return { isPeople: true, nounEnd: token.end + (words[index - 1]?.index ?? 0) + previous.length, bare: false };
      return { isPeople: false, reason: 'thing' };
    }
    if (index >= 5) break;
  }
  if (words.length === 0) return readBareNumeral(sentence, token, [], extraNouns, afterMention);
  return { isPeople: false, reason: 'thing' };
}

/** A people noun in the singular, read against the plural sets: "pilot" is one of "pilots". */
const SINGULAR_PLURALS: Record<string, string> = { man: 'men', woman: 'women', child: 'children', person: 'people' };

function pluralHead(word: string, lone: boolean): string {
  if (!lone || word.endsWith('s') || word.endsWith('ese')) return word;
  return SINGULAR_PLURALS[word] ?? `${word}s`;
}

/**
 * "one Varonian pilot", "one American was", "one elderly detainee": a lone "one" counts a person only when a
 * singular people noun or demonym heads it within two words, or a capitalised name stands before a verb.
 */
function headsPerson(after: string, extraNouns: ReadonlySet<string>): boolean {
  const words = /^\s+([A-Za-z][A-Za-z-]*)(?:\s+([A-Za-z][A-Za-z-]*))?(?:\s+([A-Za-z][A-Za-z-]*))?/.exec(after);
  if (!words) return false;
  for (const index of [1, 2]) {
    const word = words[index];
    if (!word) return false;
    const lower = word.toLowerCase();
    if (STOP_WORDS.has(lower)) return false;
    const plural = pluralHead(lower, true);
    if (isPeopleNoun(plural, extraNouns)) return !/^of$/i.test(words[index + 1] ?? '');
    // "one Velmari was released": a name before a verb.
    if (index === 1 && /^[A-Z][a-z]+$/.test(word) && /^(?:was|is|has|had|remains|remained|still)$/.test(words[2] ?? ''))
      return extraNouns.has(plural) || DEMONYMS.has(plural);
  }
  return false;
}

function isPeopleNoun(word: string, extraNouns: ReadonlySet<string>): boolean {
  return PEOPLE_NOUNS.has(word) || extraNouns.has(word) || DEMONYMS.has(word);
}

function readBareNumeral(
  sentence: string,
  token: NumberToken,
  following: string[],
  extraNouns: ReadonlySet<string>,
  afterMention: boolean,
): PeopleCountReading {
  const raw = sentence.slice(token.start, token.end).toLowerCase();
  const next = (following[0] ?? '').toLowerCase();
  // "1,200 were killed", "40 died": a death toll, not a custody count.
  const verb = /^(?:were|was|are|is|have|had|been|being)$/.test(next) ? (following[1] ?? '') : next;
  // "Of the 33 hostages, eight are dead" is a part of a group in custody, and stays a count of it.
  if (
    (CASUALTY.test(verb) || (/^(?:been|being)$/i.test(verb) && CASUALTY.test(following[2] ?? ''))) &&
    !/\b(?:of|among)\s+(?:the|those|these|them|whom)\b/i.test(sentence.slice(0, token.start))
  )
    return { isPeople: false, reason: 'casualty' };
  if (next === 'of') {
    // "8 of their colleagues were killed": a death toll taken out of a group.
    if (OF_GROUP_KILLED.test(sentence.slice(token.end, token.end + 60))) return { isPeople: false, reason: 'casualty' };
    // "15 of their commanders", "five of whom", "10 of the 20": people when a people word follows closely.
    const rest = following.slice(1, 6).map((w) => w.toLowerCase());
    // "received 90 of its own in return": a side's own people, the noun left out.
    if (
      /^(?:its|their|our|his|her)$/.test(rest[0] ?? '') &&
      /^own\W*$/.test(rest[1] ?? '') &&
      /^\s+of\s+\S+\s+own\s*(?:[,.;)]|$|(?:in|on|back|home|from|to|at|and|as|after|before|during)\b)/i.test(
        sentence.slice(token.end),
      )
    )
      return { isPeople: true, nounEnd: token.end, bare: true };
    // "four of those swaps", "two of the rounds": a number of things, named after "of".
    const firstNoun = rest.find((w) => !/^(?:the|those|these|its|their|his|her|our|[\d,]+)$/.test(w));
    if (firstNoun && UNIT_WORDS.test(firstNoun)) return { isPeople: false, reason: 'thing' };
    if (firstNoun && /^(?:swaps|exchanges|deals|talks|meetings|trades|agreements|attempts|visits)$/.test(firstNoun))
      return { isPeople: false, reason: 'thing' };
    const isPeople = rest.some(
      (w) =>
        w === 'whom' ||
        w === 'them' ||
        w === 'those' ||
        PEOPLE_NOUNS.has(w) ||
        extraNouns.has(w) ||
        /^[\d,]+$/.test(w) ||
        SMALL_NUMBER_WORD.test(w),
    );
    if (raw === 'one' && !rest.includes('whom') && !rest.includes('them'))
      return { isPeople: false, reason: 'pronoun-one' };
    return isPeople ? { isPeople: true, nounEnd: token.end, bare: true } : { isPeople: false, reason: 'thing' };
  }
  // "a dozen more prisoners", "a dozen more were freed": "more" ties "a dozen" to people as it does any number.
  const dozenMore =
    raw === 'a dozen' &&
    /^(?:more|others?)$/.test(next) &&
    (following.slice(1, 4).some((word) => isPeopleNoun(pluralHead(word.toLowerCase(), false), extraNouns)) ||
      /^(?:were|was|are|will|would|have|had|walked|went)$/i.test(following[1] ?? ''));
  if (raw === 'one' || (raw === 'a dozen' && !dozenMore) || token.value === 1)
    return { isPeople: false, reason: 'pronoun-one' };
  if (/\b(?:aged|ages)\s+\d+\s*(?:and|or|to|,)\s*$/i.test(sentence.slice(0, token.start)))
    return { isPeople: false, reason: 'age' };
  if (
    /\b(?:under|below|above|aged|age|age of)\s+$|\b(?:aged|ages?)\s+(?:over|under|above|below|between)\s+$/i.test(
      sentence.slice(0, token.start),
    )
  )
    return { isPeople: false, reason: 'age' };
  const context = sentence.toLowerCase();
  const hasPeopleContext =
    RELEASE_WAVE_OF.test(sentence.slice(Math.max(0, token.start - 20), token.start)) ||
    /\b(?:releas|free|pardon|hostage|prisoner|detainee|inmate|captive|captivity|custody|jail|prison|walked|let go|let out|hand(?:s|ed|ing)? (?:over|back)|behind bars|held|hold|escap|transferr|swap|exchange|returned|brought back|came home|repatriat|kidnap|abduct)/.test(
      context,
    ) ||
    EXCHANGE_PATTERN.test(sentence);
  if (
    !hasPeopleContext &&
    !(afterMention && (/^(?:are|were|have|had|is|was|,)$/.test(next) || FOLLOWED_AFTER.test(sentence.slice(token.end))))
  )
    return { isPeople: false, reason: 'no-context' };
  if (
    /^\s*(?:on each side|on either side|from each (?:side|country|nation|party)|apiece|each\b)/i.test(
      sentence.slice(token.end),
    )
  )
    return { isPeople: true, nounEnd: token.end, bare: true };
  if (next === 'in' && (following[1] ?? '').toLowerCase() === 'all')
    return { isPeople: true, nounEnd: token.end, bare: true };
  const beforeText = sentence.slice(0, token.start);
  if (
    /^(?:in|on|at|to|from|by|since|until|after|before|during)$/.test(next) &&
    !/\b(?:the|those|these|all|another|further|only|just|remaining|final|last|first|other|more|than|about|some|nearly|around|(?:group|batch|contingent|wave|busload|planeload|party) of)\s+$/i.test(
      beforeText,
    ) &&
    !/\b(?:releas\w*|free\w*|pardon\w*|let|set|flew|sent|took|brought|carried|handed|received|receives|recovered|got|to|at|past|reached|reaches)\s+$/i.test(
      beforeText,
    ) &&
    // "traded 150 prisoners for 150 on Monday": the other half of a swap.
    !/\d[\d,]*\s+(?:[a-z]+\s+){0,2}for\s+$/i.test(beforeText) &&
    // "Releases began with 41 inmates and continued with 52 on Wednesday": a batch of a process.
    !/\b(?:began|started|continued|resumed)\s+(?:[^.;]{0,30}?\s+)?with\s+(?:another\s+|a further\s+)?$/i.test(
      beforeText,
    )
  )
    return { isPeople: false, reason: 'no-head' };
  return { isPeople: true, nounEnd: token.end, bare: true };
}

/** Kin of the prisoners, and the travel they were barred from or allowed. */
const RELATIVES_AFTER =
  /^\s+(?:[\w-]+\s+){0,2}?(?:relatives|family members|relations|wives|husbands|spouses|children|sons|daughters)\b/i;
const LEAVING =
  /\b(?:(?:allowed|permitted|able|free|cleared)\s+to\s+(?:leave|travel|depart|fly)|(?:barred|banned|prevented|stopped|blocked)\s+from\s+(?:leaving|travel\w*)|travel bans?|exit bans?)\b/i;
/**
 * "displaced more than 2 million people", "two million displaced", "240 Yemenis who had been stranded in Oman":
 * people uprooted or stuck away from home, not held.
 */
const DISPLACED_BEFORE =
  /\b(?:displac\w*|uproot\w*|made homeless)\s+(?:(?:some|about|around|more than|nearly|over|at least|almost|roughly|an estimated)\s+)?$/i;
const DISPLACED_AFTER =
  /^\s+(?:[\w-]+\s+){0,2}?(?:(?:who|that)\s+)?(?:(?:have|had|has)\s+been\s+|were\s+|are\s+)?(?:internally\s+)?(?:displaced|uprooted|made homeless|have fled|fled their homes|stranded|stuck abroad)\b/i;

/** "20 fewer than agreed", "30 short of what was promised": a shortfall against a deal's term. */
const SHORTFALL_AFTER =
  /^\s+(?:fewer|less)\s+than\s+(?:(?:had\s+been|was|were|it\s+had|they\s+had)\s+)?(?:agreed|promised|planned|pledged|expected|announced|scheduled|envisaged|required|stipulated)\b/i;

/** "one plane", "the first Red Cross flight": a vehicle set up as the first of a series "others" continues. */
const VEHICLE_PARALLEL =
  /\b(?:one|the first|a first|the second|another|a single)\s+(?:[\w-]+\s+){0,3}?(?:planes?|aircraft|flights?|bus(?:es)?|coach(?:es)?|convoys?|vehicles?|trucks?|ships?|boats?|helicopters?|jets?|airliners?)\b/i;

const LIST_JOINER = /(?:,\s*(?:and\s+)?|\s+and\s+)$/i;
/** "... and another", ", then a further": a joiner that adds a batch. */
const BATCH_JOINER =
  /(?:,\s*(?:and\s+)?(?:then\s+)?|\s+and\s+(?:then\s+)?|,\s*(?:including|among them)\s+|:\s*)(?:(?:most recently|the latest|the last|the final|latterly|finally)\s+)?(?:another\s+|a further\s+|(?:some|about|around|nearly)\s+)?$/i;
/** What tells a batch apart with its noun left out: when it came ("later that day") or in which group ("in a second"). */
const ELIDED_BATCH =
  /^\s+(?:more\s+)?(?:later\b|(?:over|at) the weekend|on the (?:night|morning|evening|afternoon) of\b|in the (?:early|small) hours\b|last (?:week|night)|earlier this week|the (?:next|following) (?:day|morning|evening)|an hour later|hours later|shortly (?:after|afterwards)|soon after|that (?:day|morning|afternoon|evening|night)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|on (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|on \d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|yesterday|today|this (?:morning|afternoon|evening)|in (?:a|the) (?:second|third|fourth|later|further|separate|final|last)\b|in (?:early |late |mid-?)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)/i;
/** Whether a count with its noun left out is told by its own time ("and five over the weekend"): a batch of its own. */
export function isTimedBatch(sentence: string, tokenEnd: number): boolean {
  return ELIDED_BATCH.test(sentence.slice(tokenEnd));
}
/** The next item of a list of batches told by their times: ", 108 in the early hours of June 7", " and 26 yesterday". */
const NEXT_TIMED_ITEM =
  /^[^.;:]{0,60}?(?:,\s*(?:and\s+)?(?:then\s+)?|\s+and\s+(?:then\s+)?)(?:another\s+|a further\s+|the last\s+|the final\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)(?=\s)/i;

/**
 * "— 121 on the night of June 2, 108 in the early hours of June 7 and 26 yesterday —": the first item of a list of
 * batches, each told only by its time, counts people as the items after it do, when the sentence speaks of custody.
 */
export function readDatedListHead(
  sentence: string,
  token: NumberToken,
  rejected: PeopleCountReading,
): PeopleCountReading {
  if (rejected.isPeople || !OVERTURNABLE.has(rejected.reason) || token.value < 2) return rejected;
  const after = sentence.slice(token.end);
  const time = ELIDED_BATCH.exec(after);
  if (!time || !hasCustodyContext(sentence)) return rejected;
  const rest = after.slice(time[0].length);
  const next = NEXT_TIMED_ITEM.exec(rest);
  if (!next || !ELIDED_BATCH.test(rest.slice(next[0].length))) return rejected;
  return { isPeople: true, nounEnd: token.end, bare: true };
}

/** "12 to Vienna", "600 in the capital", "300 in the provinces": where an item of a list with its noun left out went. */
const ELIDED_PLACE =
  /^\s+(?:to|in|from|at|into|on)\s+(?:the\s+)?(?:[A-Z]|(?:capital|provinces?|regions?|north|south|east|west|countryside|interior|cit(?:y|ies)|mainland|islands?|coast|border)\b)/;

/**
 * "40 prisoners were flown to Oslo, 12 to Vienna": a list item after a count of people in the
 * same sentence, with the noun left out and only a place given, counts the same kind of people.
 */
export function readElidedCount(
  sentence: string,
  token: NumberToken,
  rejected: PeopleCountReading,
  previousNounEnd: number,
): PeopleCountReading {
  if (rejected.isPeople) return rejected;
  const between = sentence.slice(previousNounEnd, token.start);
  const after = sentence.slice(token.end);
  // "freed 30 soldiers on Tuesday morning and another 25 later that day", "44 in a first convoy and 56 in a second":
  // a further batch of the same people, its noun left out, told by when or how it came.
  if (
    BATCH_JOINER.test(between) &&
    ELIDED_BATCH.test(after) &&
    token.value >= 2 &&
    (OVERTURNABLE.has(rejected.reason) || rejected.reason === 'thing')
  )
    return { isPeople: true, nounEnd: token.end, bare: true };
  if (!LIST_JOINER.test(between)) return rejected;
  // "81 were soldiers, 23 were farmers and one was a nurse": the last item of a breakdown may be a lone person.
  const loneOne =
    rejected.reason === 'pronoun-one' &&
    token.value === 1 &&
    (/^\s+(?:was|is)\b/i.test(after) || ELIDED_PLACE.test(after));
  if (!loneOne && (!OVERTURNABLE.has(rejected.reason) || token.value < 2 || !ELIDED_PLACE.test(after))) return rejected;
  return { isPeople: true, nounEnd: token.end, bare: true };
}
