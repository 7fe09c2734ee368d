import type { MentionKind } from '../types.js';
import { clauseAround } from './kind.js';
import { allMatches } from './matches.js';
import { findNumbers } from './numbers.js';

const WEEKDAY_INDEX: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
const MONTH_INDEX: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** The same months, for an alternation whose groups `readCue` does not read. */
const MONTH_UNCAPTURED = MONTH.replace('(', '(?:');

const DAY_WORD =
  /today|tonight|this (?:morning|afternoon|evening)|yesterday|night|evening|noon|midday|midnight|previous|tomorrow|day|week|month|year|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|last|earlier|\d(?:st|nd|rd|th)\b|early hours|\bago\b/i;
const WEEKDAY = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
/**
 * Every day expression news uses for when something happened, as one alternation; the groups say
 * which reading applies (see `readCue`). Periods vaguer than a day ("last week", "in July", "late
 * last month") are found too, so that they give a count no day rather than let a fallback guess one.
 */
const CUE_PATTERN = new RegExp(
  [
    `\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b(?!\\s*(?:-|to)\\s*\\d)`,
    `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?\\b`,
    // "on the 14th"; "Sunday the 22nd of the month" (the weekday is dropped for it, see findDateCues).
    `(?:\\bon |(?<=\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),? )(?=the \\d{1,2}(?:st|nd|rd|th)(?:\\s+of\\b|\\s*[,.;)]|\\s*$)))the (\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?(?:round|batch|group|anniversary|century|time|day|floor))`,
    `\\b(?:(?:in|during|through|throughout)\\s+(?:(?:early|mid|late)[-\\s]+)?${MONTH}(?![a-z])(?:\\s+\\d{4})?(?!\\s*\\d)|(?:late |early )?(?:last|next) (?:week|month|year)|(?:(?:late|early|mid)[-\\s]+)?last\\s+${MONTH_UNCAPTURED}(?![a-z])|(?:earlier|later) this (?:week|month|year)|this (?:week|month)|in (?:recent|the coming|the next few) (?:days|weeks)|(?:over|in|during|within) the (?:last|past|previous|same|next) (?:\\w+ )?(?:days|weeks|hours|months|years|week|month|year)|over the weekend|(?:in|during|throughout) \\d{4}\\b(?!,?\\d)|(?:at the (?:end|start|beginning) of|later|earlier|by the end of) (?:that|the same|the following|the next|the previous) (?:week|month|year))`,
    '\\b(today|tonight|this (?:morning|afternoon|evening)|overnight|in the early hours(?! of)|by (?:noon|midday|nightfall)|(?:by|before) midnight|(?:[\\w-]+\\s+(?:or\\s+[\\w-]+\\s+)?)?(?:minutes|hours)\\s+ago|an? (?:hour|minute) ago)\\b',
    '\\b(the day before yesterday|(?:two|three|four|five|six|[2-6]) days ago|yesterday|last night|(?:a|one) day (?:earlier|before)|the (?:day|night|evening) before|the previous (?:day|night|evening|afternoon|morning))\\b',
    '\\b(tomorrow)\\b',
    `\\b(?:(last|next|this|past)\\s+)?${WEEKDAY}\\b`,
    '\\b(?:(a|one|two|three|four|five|six) days? later|the (next|following) (?:day|morning|evening|night))\\b',
  ].join('|'),
  'gi',
);
/** A calendar day (no time, no zone). */
interface Day {
  year: number;
  month: number;
  day: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/**
 * Local days already formatted, by zone and quarter-hour: every zone in use is offset from UTC by whole quarter hours,
 * so one quarter hour has one local day, and formatting (the slow part) runs once per quarter hour, not per article.
 */
const localDays = new Map<string, Day>();
const QUARTER_HOUR_MS = 15 * 60 * 1000;

/** The publication day as the reader in `timezone` sees it. */
export function localDay(published: string, timezone: string): Day {
  const instant = new Date(published);
  const key = `${timezone}|${Math.floor(instant.getTime() / QUARTER_HOUR_MS)}`;
  const known = localDays.get(key);
  if (known) return known;
  let formatter = formatters.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone: timezone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timezone, formatter);
  }
  const [year, month, day] = formatter.format(instant).split('-').map(Number);
  const found = { year: year ?? 1970, month: (month ?? 1) - 1, day: day ?? 1 };
  if (localDays.size >= 4096) localDays.clear();
  localDays.set(key, found);
  return found;
}

function shift(day: Day, days: number): Day {
  const date = new Date(Date.UTC(day.year, day.month, day.day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth(), day: date.getUTCDate() };
}

function parseDay(text: string): Day {
  const [year, month, day] = text.split('-').map(Number);
  return { year: year ?? 1970, month: (month ?? 1) - 1, day: day ?? 1 };
}

function format(day: Day): string {
  return `${day.year}-${String(day.month + 1).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}

/** A date cue found in text, and where it sits. */
export interface DateCue {
  date: string | null;
  start: number;
  end: number;
  /**
   * "the day before" (-1), "two days later" (+2): a day counted from the day last named, not from publication. The
   * cue's own date is its reading against publication ("the day before" as yesterday), or null when it has none.
   */
  fromAnchor?: number;
}

/** Day words that count back from the day last named rather than from publication. */
const ANAPHORIC_BEFORE =
  /^(?:(?:a|one) day (?:earlier|before)|the (?:day|night|evening) before(?! yesterday)|the previous )/i;
const DAYS_AGO: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };

/** How many days back a day word reaches: "yesterday" 1, "the day before yesterday" 2, "three days ago" 3. */
function daysBack(words: string): number {
  const lower = words.toLowerCase();
  if (lower === 'the day before yesterday') return 2;
  const ago = /^(\w+) days ago$/.exec(lower);
  if (!ago?.[1]) return 1;
  return DAYS_AGO[ago[1]] ?? Number(ago[1]);
}
const DAYS_LATER: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/**
 * Finds the day words near a count point to: "today", "yesterday", "on Wednesday", "April 8".
 * Weekdays resolve backwards for things that happened and forwards for things to come, because
 * news says "on Wednesday" for the nearest Wednesday in the direction of the verb's tense.
 */
export function findDateCues(text: string, kind: MentionKind, published: string, timezone: string): DateCue[] {
  const forward = kind === 'announcement';
  // Quick exit: most sentences name no day at all.
  if (!DAY_WORD.test(text)) return [];
  // A sentence with several counts is read once per count: keep the last reading.
  const key = `${forward}|${published}|${timezone}|${text}`;
  if (key === lastCuesKey) return lastCues;
  const base = localDay(published, timezone);
  const cues: DateCue[] = [];
  const scan = ordinalWordsAsDigits(text);
  const matches = [...allMatches(CUE_PATTERN, scan)];
  for (const match of matches) {
    // The dateline's day stands only when the sentence names no other.
    if (matches.length > 1 && isDateline(scan, match.index, match.index + match[0].length)) continue;
    const day = readCue(match, base, forward);
    const cue: DateCue = { date: day ? format(day) : null, start: match.index, end: match.index + match[0].length };
    const later = match[14] ? DAYS_LATER[match[14].toLowerCase()] : match[15] ? 1 : undefined;
    if (later !== undefined) cues.push({ ...cue, fromAnchor: later });
    else if (ANAPHORIC_BEFORE.test(match[0])) cues.push({ ...cue, fromAnchor: -1 });
    else cues.push(cue);
  }
  // "on Tuesday, March 5", "Tuesday 5 March": a weekday set before the date it falls on is that date.
  for (let index = cues.length - 2; index >= 0; index--) {
    const weekday = cues[index];
    const date = cues[index + 1];
    if (
      weekday &&
      date?.date &&
      BARE_WEEKDAY.test(text.slice(weekday.start, weekday.end)) &&
      /^,?\s*(?:the\s+)?$/i.test(text.slice(weekday.end, date.start)) &&
      /\d/.test(scan.slice(date.start, date.end))
    )
      cues.splice(index, 1);
  }
  lastCuesKey = key;
  lastCues = cues;
  return cues;
}

/**
 * "KESSA, Aug 28 —", "KESSA, Nigeria, March 14 (Wire) -": the place and day a wire story was filed, before its first
 * word. It dates the filing, so the lede's own day words ("on Friday evening"), when it has any, are read instead.
 */
function isDateline(text: string, start: number, end: number): boolean {
  return (
    /^\s*[A-Z][A-Z'’. -]{1,40}(?:,\s*[A-Z][\w'’. -]{1,30})*,\s*$/.test(text.slice(0, start)) &&
    /^\s*(?:\([^()]{1,40}\)\s*)?[—–-]/.test(text.slice(end))
  );
}

const ORDINAL_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORDINAL_TEENS = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
/**
 * "the twenty-second of the present month", "the first of December", "Sunday the twenty-second,": a day of the month in
 * words, as formal and translated texts write it; not "the first night" nor "the second hostage".
 */
const ORDINAL_DAY_WORDS = new RegExp(
  String.raw`(?<=\bthe\s+)(?:(twenty|thirty)-)?(${[...ORDINAL_UNITS, ...ORDINAL_TEENS, 'twentieth', 'thirtieth'].join('|')})\b(?=\s+of\s+(?:the\s+(?:present|current|same)\s+month|this\s+month|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)|\s*[,.;)]|\s*$)`,
  'gi',
);

/**
 * The text with days of the month in words written as digits, padded to the same length so that every offset holds:
 * "on Sunday the twenty-second of the present month" is read like "on Sunday the 22nd".
 */
function ordinalWordsAsDigits(text: string): string {
  if (!/\bthe\s+(?:[a-z]+-)?(?:first|second|third|[a-z]+th)\b/i.test(text)) return text;
  return text.replace(ORDINAL_DAY_WORDS, (words: string, tens: string | undefined, unit: string) => {
    const lower = unit.toLowerCase();
    const decade = tens?.toLowerCase() === 'twenty' ? 20 : tens?.toLowerCase() === 'thirty' ? 30 : 0;
    const single =
      lower === 'twentieth'
        ? 20
        : lower === 'thirtieth'
          ? 30
          : ORDINAL_UNITS.indexOf(lower) + 1 || ORDINAL_TEENS.indexOf(lower) + 10;
    const value = decade + single;
    if (value < 1 || value > 31) return words;
    const digits = `${value}th`;
    return digits.length <= words.length ? digits.padEnd(words.length, ' ') : words;
  });
}

let lastCuesKey = '';
let lastCues: DateCue[] = [];

function readCue(match: RegExpMatchArray, base: Day, forward: boolean): Day | null {
  // Group 8 is the month of a vague period ("in July"), which names no day.
  const [, monthA, dayA, yearA, dayB, monthB, yearB, ordinal, , relative, before, ahead, direction, weekday] = match;
  if (monthA && dayA) return explicit(base, monthA, dayA, yearA, forward);
  if (monthB && dayB) return explicit(base, monthB, dayB, yearB, forward);
  if (ordinal) {
    // "on the 14th": this month's, unless that is still ahead of a past event (then last month's).
    const dayOfMonth = Number(ordinal);
    if (dayOfMonth < 1 || dayOfMonth > 31) return null;
    const month =
      !forward && dayOfMonth > base.day
        ? base.month - 1
        : forward && dayOfMonth < base.day
          ? base.month + 1
          : base.month;
    return fromUtc(Date.UTC(base.year, month, dayOfMonth));
  }
  if (relative) return base;
  if (before) return shift(base, -daysBack(before));
  if (ahead) return shift(base, 1);
  if (weekday) return weekdayDay(base, WEEKDAY_INDEX[weekday.toLowerCase()] ?? 0, direction?.toLowerCase(), forward);
  return null;
}

/**
 * A weekday resolved against the publication day: backwards for things that happened, forwards
 * for things to come, the publication day itself either way; "last"/"past" and "next" force a
 * direction and skip the publication day.
 */
function weekdayDay(base: Day, target: number, direction: string | undefined, forward: boolean): Day {
  const current = new Date(Date.UTC(base.year, base.month, base.day)).getUTCDay();
  const back = (current - target + 7) % 7;
  const ahead = (target - current + 7) % 7;
  if (direction === 'last' || direction === 'past') return shift(base, -(back || 7));
  if (direction === 'next') return shift(base, ahead || 7);
  return forward ? shift(base, ahead) : shift(base, -back);
}

function fromUtc(time: number): Day {
  const date = new Date(time);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth(), day: date.getUTCDate() };
}

function explicit(
  base: Day,
  monthName: string,
  dayText: string,
  yearText: string | undefined,
  forward: boolean,
): Day | null {
  const month = MONTH_INDEX[monthName.slice(0, 3).toLowerCase()];
  const dayOfMonth = Number(dayText);
  if (month === undefined || dayOfMonth < 1 || dayOfMonth > 31) return null;
  let year = yearText ? Number(yearText) : base.year;
  // "December 31" read in January is last year's; "January 3" read in December, for a future batch, next year's.
  if (!yearText && !forward && month > base.month + 1) year -= 1;
  if (!yearText && forward && month < base.month - 1) year += 1;
  return { year, month, day: dayOfMonth };
}

/**
 * Day words a sentence without a count may use to set the day of the story that follows ("Thursday
 * now looks likely to be the day", "the ICRC said on Sunday that the exchange was complete").
 */
const STORY_DAY_GATE =
  /\b(?:today|tonight|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/i;
/** Tense of a sentence that speaks of what is still to come, so that its weekdays point forwards. */
const FUTURE_TENSE =
  /\b(?:will|would|shall|is (?:due|set|expected|scheduled|likely)|are (?:due|set|expected|scheduled|likely)|looks? likely|plans? to|to be (?:freed|released|the day))\b/i;
/** An order or promise right before a day word: the day it was given, not carried out. */
const ORDER_BEFORE = /\b(?:ordered|decreed|promised|pledged|agreed|signed)\s+(?:\w+\s+)?(?:on\s+)?$/i;
/** A sentence-opening phrase about an earlier or later event ("After the government freed hundreds last week, ..."). */
const OTHER_EVENT_OPENING = /^(?:after|before|following|ahead of|having)\b[^,;]*,/i;
/** "A day after X, ...": X is dated by counting back from the day the main clause names. */
const DAYS_APART_OPENING = /^(a|one|two|three) days? (after|before)\b[^,;]*,/i;
const DAYS_APART: Record<string, number> = { a: 1, one: 1, two: 2, three: 3 };
/** "..., a day after 18 Aldorians were freed": a trailing phrase dated by counting back from the main clause's day. */
const DAYS_APART_TRAILING = /,\s+(a|one|two|three) days? (after|before)\s+(?:the\s+)?/gi;
/** Words that make a day the edge of a span, not the day of the event ("since Monday", "until May 3"). */
const SPAN_BEFORE =
  /\b(?:since|from|until|till|by|before|after|between)\s+(?:the\s+)?(?:(?:late|early)\s+)?(?:on\s+)?(?:the\s+(?:morning|evening|night|afternoon)\s+of\s+)?$/i;

/** Whether the day word at `cueStart` is the edge of a span ("since Monday", "between late on Saturday and"). */
export function isSpanEdge(text: string, cueStart: number): boolean {
  // "after Monday's exchange": the day of the exchange itself, which the release follows.
  if (EXCHANGE_DAY.test(text.slice(cueStart, cueStart + 40))) return false;
  return SPAN_BEFORE.test(text.slice(Math.max(0, cueStart - 24), cueStart));
}

/** A day word naming an exchange by its day: "Monday's swap", "Sunday's handover". */
const EXCHANGE_DAY =
  /^\w+(?:'s|’s)\s+(?:[\w-]+\s+)?(?:swap|exchange|handover|hand-over|release|return|transfer|batch|round|flight)s?\b/i;

/** "By Sunday, 320 had been freed": the day a running total is stated as of, not a span. */
const AS_OF_BEFORE = /\bby\s+(?:the\s+end\s+of\s+)?(?:(?:late|early)\s+)?(?:on\s+)?$/i;

/**
 * Verbs and nouns of being taken or kept captive, or of another event that befell the people counted
 * ("held since 3 January", "seized on Friday", "sentenced last month", "surrendering in May", "killed in
 * the raid"): a day they govern dates the captivity, not the release. Captivity left ("freed from Ostrian captivity
 * on Tuesday", "out of captivity") is where a release starts, not a verb of its own.
 */
const CAPTIVITY_WORD =
  /\b(?:held|holding|hold|kept|seiz(?:ed|ing)|abduct(?:ed|ing)|kidnapp(?:ed|ing)|hijack(?:ed|ing)|captur(?:ed|ing)|taken\s+(?:hostage|captive|prisoner|from)|(?:were|was|been)\s+taken(?=\s+(?:on|in|during|at)\s)|detain(?:ed|ing)|arrest(?:ed|ing)|rounded\s+up|intercept(?:ed|ing)|picked\s+up\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?(?:police|coast\s?guard|army|navy|troops|soldiers|security|authorities|militia)|jail(?:ed|ing)|imprison(?:ed|ing)|sentenc(?:ed|ing)|convict(?:ed|ing)|surrender(?:ed|ing)?|missing|(?<!\b(?:from|of)\s+(?:[\w'’-]+\s+){0,2})captivity|killed|wounded|injured|sunk|overrun|attack(?:ed)?)\b/gi;
/** Words that make the next day word the release's again ("captured in May, were freed on Tuesday"). */
const RELEASE_WORD =
  /\b(?:releas(?:e|es|ed|ing)|free(?:s|d|ing)?|pardon(?:s|ed|ing)?|let\s+go|walk(?:ed|s)?\s+free|hand(?:s|ed|ing)?\s+(?:over|back)|return(?:s|ed|ing)?|repatriat\w*|swap(?:s|ped)?|exchang(?:e|es|ed)|handover|(?:came|come|comes|coming|went|back|sent|brought)\s+home|arriv\w*|landed|crossed|flown|flew|regain(?:s|ed|ing)?|set\s+free)\b/i;
/** An exchange noun a day word may modify and still date the release ("the Monday handover"). */
const EXCHANGE_NOUN = /^\s+(?:swap|exchange|handover|hand-over|release|return|transfer|batch|round|flight)s?\b/i;
/** A day word used as a modifier ("the 12 January raid"): it names another event unless the noun is the exchange. */
const ATTRIBUTIVE_BEFORE = /\b(?:the|a|an|its|their|his|her|this|that)\s+$/i;

/**
 * Whether the day word at `cueStart`..`cueEnd` dates something other than a release: the captivity of
 * the people counted or another event ("held since 3 January", "sentenced last month", "in the 12
 * January raid"). The nearest verb before it decides: a captivity verb with no release verb after it.
 */
function isOtherEventDay(text: string, cueStart: number, cueEnd: number): boolean {
  const after = text.slice(cueEnd, cueEnd + 20);
  if (
    ATTRIBUTIVE_BEFORE.test(text.slice(Math.max(0, cueStart - 6), cueStart)) &&
    /^\s+[a-z]/.test(after) &&
    !/^\s+(?:of|to|and|or|when|as|at|in|on)\b/.test(after) &&
    !EXCHANGE_NOUN.test(after)
  )
    return true;
  const window = text.slice(Math.max(0, cueStart - 90), cueStart);
  if (governs(window, CAPTIVITY_WORD, true)) return true;
  // "since the opening exchange on 4 March": the day of the event a span is counted from.
  if (SINCE_EVENT_ON.test(window)) return true;
  // "the largest swap since Russia invaded in February 2022": the start of a period told as a clause.
  return !isSpanEdge(text, cueStart) && governs(window, SINCE_CLAUSE);
}

/** "since the first handover on", "since the exchange of": a span counted from a named event, up to its day. */
const SINCE_EVENT_ON =
  /\bsince\s+(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?(?:handovers?|releases?|exchanges?|swaps?|transfers?|deal|agreement|accord|truce|ceasefire|talks)\s+(?:on|of|in)\s+(?:the\s+)?$/i;
/** "since" opening a clause whose verb the day word then hangs on. */
const SINCE_CLAUSE = /\bsince\b/gi;
/** Punctuation or a conjunction after which a day word hangs on a new verb. */
const CLAUSE_BREAK = /[;:]|,\s+(?:and|but|while|when|including|among them)\s/;

/** "freed 12 abducted workers", "the kidnapped engineers": a participle before its noun describes, it dates nothing. */
const ATTRIBUTIVE_PARTICIPLE =
  /(?:\d|\b(?:the|those|these|all|their|its|his|her|of|other|remaining|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|[a-z]+ty(?:-[a-z]+)?|[a-z]+teen))\s+$/i;

/**
 * Whether the last match of `words` in `window` (the text before a day word) is still the verb the day word hangs on;
 * with `skipAttributive`, a participle used as an adjective before a noun ("12 abducted workers") is no verb.
 */
function governs(window: string, words: RegExp, skipAttributive = false): boolean {
  let at = -1;
  for (const match of allMatches(words, window)) {
    const attributive =
      skipAttributive &&
      ATTRIBUTIVE_PARTICIPLE.test(window.slice(Math.max(0, match.index - 12), match.index)) &&
      /^\s+[a-z]+/.test(window.slice(match.index + match[0].length)) &&
      !/^\s+(?:in|on|at|by|since|for|from|during|last|this|early|late|before|after|until|over)\b/i.test(
        window.slice(match.index + match[0].length),
      );
    if (!attributive) at = match.index;
  }
  if (at < 0) return false;
  const between = window.slice(at);
  return !RELEASE_WORD.test(between) && !CLAUSE_BREAK.test(between);
}

/**
 * The one day a sentence sets for the story that follows, or null when it names none, names a
 * span edge, or names several different days (a recap, not the day of the story).
 */
export function readStoryDay(text: string, published: string, timezone: string): string | null {
  if (!STORY_DAY_GATE.test(text)) return null;
  const kind: MentionKind = FUTURE_TENSE.test(text) ? 'announcement' : 'release';
  let day: string | null = null;
  const today = publicationDay(published, timezone);
  for (const cue of findDateCues(text, kind, published, timezone)) {
    if (isSpanEdge(text, cue.start) || isOtherEventDay(text, cue.start, cue.end)) continue;
    const before = text.slice(Math.max(0, cue.start - 30), cue.start);
    // "Ghani ordered on Friday that 500 be freed": the day of an order, not of the releases that follow it.
    if (ORDER_BEFORE.test(before)) continue;
    if (kind === 'announcement' && cue.date !== today && STATEMENT_BEFORE.test(before)) continue;
    if (cue.date === null) return null;
    if (day !== null && day !== cue.date) return null;
    day = cue.date;
  }
  return day;
}

const PAST_YEAR = /\b(?:in|during|throughout|over) (\d{4})\b/i;
/** A "since" phrase or clause up to its year: "since the talks began in 2022", "since the war started in 2014". */
const SINCE_YEAR = /\bsince\b[^,;.]{0,60}?\b(?:in|during) \d{4}\b/gi;

/**
 * The last day of a past calendar year a running total is stated for ("In 2023 the pardons brought
 * the total to 250" is the total as of December 31 of that year), or null.
 */
export function yearEndOf(text: string, published: string, timezone: string): string | null {
  // "since the exchanges began in 2022": the year a span starts from, not the one the total is as of.
  const match = PAST_YEAR.exec(text.replace(SINCE_YEAR, ' '));
  const year = Number(match?.[1]);
  if (!match || year >= localDay(published, timezone).year) return null;
  return format({ year, month: 11, day: 31 });
}

/** A sentence that opens by pointing back at the event just told ("That lifts to 2,700 the number freed"). */
const CONTINUES_STORY =
  /^(?:that|this|it|which|these|those)\s+(?:\w+\s+)?(?:lifts?|brings?|raises?|takes?|pushes?|puts?|makes?|made|means?)\b/i;
/** Past perfect around a count: backshifted reported speech, true as of the day of the report. */
const PAST_PERFECT = /\bhad\s+(?:(?:so far|already|now|by then|thus far)\s+)?(?:been\s+)?\w+/i;

/**
 * Whether a running total without a day word is as of the story's day rather than the
 * publication day: when the sentence continues the event just told, or reports it in the past
 * perfect ("said 420 had so far been released").
 */
export function totalFollowsStory(text: string, numberStart: number): boolean {
  return CONTINUES_STORY.test(text) || PAST_PERFECT.test(text.slice(numberStart, numberStart + 60));
}

/** A reporting verb, after which a past perfect is backshifted speech about the story's own day. */
const REPORTED = /\b(?:said|says|told|tweeted|announced|reported|confirmed|wrote|added|stated)\b/i;
const PLUPERFECT_NEAR = /\bhad\s+(?:\w+\s+)?(?:been\s+)?\w+/i;

/**
 * Whether a release is told in the narrative past perfect ("the Taliban had first released 24"):
 * background from before the story's day, so it does not take that day. Backshifted reported
 * speech ("tweeted that 73 had been freed") is the story's own news and does.
 */
export function isBackground(text: string, numberStart: number): boolean {
  const around = text.slice(Math.max(0, numberStart - 40), numberStart + 40);
  if (WEEKS_AFTER_BEFORE.test(text.slice(Math.max(0, numberStart - 120), numberStart))) return true;
  return PLUPERFECT_NEAR.test(around) && !REPORTED.test(text.slice(0, numberStart));
}

/** "The announcement came less than two weeks after an amnesty under which": the count is of an event weeks or more back. */
const WEEKS_AFTER_BEFORE =
  /\b(?:came|comes|follows|followed|was|is)\s+(?:(?:less than|more than|about|nearly|almost|just|only|some|barely|a little (?:over|under))\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|\d+)\s+(?:weeks?|months?|years?)\s+(?:after|since)\b[^.;]*$/i;

/**
 * The day of a count inside a trailing "..., a day after 18 were freed" phrase: the main clause's day, shifted; undefined
 * when the count is in no such phrase, the phrase names its own day, or the main clause names none.
 */
function trailingDaysApart(text: string, numberStart: number, published: string, timezone: string): string | undefined {
  if (!/ days? (?:after|before) /i.test(text)) return undefined;
  for (const match of allMatches(DAYS_APART_TRAILING, text)) {
    const phraseStart = match.index + match[0].length;
    if (phraseStart > numberStart || /[,;]/.test(text.slice(phraseStart, numberStart))) continue;
    const cues = findDateCues(text, 'release', published, timezone);
    if (cues.some((cue) => cue.start >= phraseStart)) return undefined;
    const main = cues.filter((cue) => cue.end <= match.index && cue.date && !isSpanEdge(text, cue.start)).at(-1)?.date;
    if (!main) return undefined;
    const apart = DAYS_APART[(match[1] ?? '').toLowerCase()] ?? 0;
    return format(shift(parseDay(main), match[2]?.toLowerCase() === 'after' ? -apart : apart));
  }
  return undefined;
}

/** The publication day, formatted: the as-of day of a running total stated without a date. */
export function publicationDay(published: string, timezone: string): string {
  return format(localDay(published, timezone));
}

/**
 * Whether the clause around a release names a period vaguer than a day ("In January, 30 were freed",
 * "last month", "over the past two days"): the story has moved off its day, so the counts that follow
 * without a day word of their own do not take it.
 */
export function namesUndatedPeriod(text: string, numberStart: number, published: string, timezone: string): boolean {
  const clause = clauseAround(text, numberStart, numberStart + 1);
  const opening = OTHER_EVENT_OPENING.exec(text);
  const openingEnd = opening && opening[0].length <= numberStart ? opening[0].length : 0;
  return findDateCues(text, 'release', published, timezone).some(
    (cue) =>
      cue.start >= Math.max(clause.start, openingEnd) &&
      cue.start <= clause.end &&
      cue.date === null &&
      cue.fromAnchor === undefined &&
      !isSpanEdge(text, cue.start) &&
      !isOtherEventDay(text, cue.start, cue.end),
  );
}

/** A weekday with no "next" or "last": its direction and base come from the verb and the statement around it. */
const BARE_WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/** A speech or order verb right before a day word: the day the thing was said, not done. */
const STATEMENT_BEFORE =
  /\b(?:(?:said|says|announced|reported|tweeted|told \w+|confirmed|stated|wrote|ordered|decreed)\s+(?:\w+\s+)?|(?:named|listed|identified|chosen|selected|picked|announced|promised|pledged|ordered)\s+by\s+(?:[\w.'’-]+\s+){1,4})(?:on\s+)?$/i;
/** A day word that dates a document, not a release ("under a May 13 decree"). */
const DATED_DOCUMENT =
  /^(?:[a-z]+\.?\s+\d+|\d+\s+[a-z]+)(?:,?\s+\d{4})?\s+(?:presidential\s+)?(?:decree|deal|agreement|accord|order|edict)/i;
const THAT_DAY = /\b(?:(?:that|the) (?:same )?(?:day|afternoon|morning|evening|night)|(?:later|earlier) in the day)\b/i;

/**
 * From a count to a day word inside its release participle or relative clause: "12 hostages freed by the Front (on
 * Tuesday)", "the 21 who walked free (last October)", "three men freed under (Tuesday's) pardon".
 */
const PARTICIPLE_DAY_BEFORE =
  /^(?:[\d,.]+|[a-z-]+)\s+(?:[\w'’-]+\s+){0,7}?(?:(?:who|that)\s+(?:were\s+|was\s+|had\s+been\s+|have\s+been\s+)?)?(?:freed|released|pardoned|set free|handed over|let go|walked free|went free|came home)\s+(?:(?:by|under|in|during|at|near|from|into|across|through)\s+(?:[^,;.]{0,50}?\s+)?)?(?:on\s+|late\s+|early\s+)?$/i;

/**
 * "On the Thursday, the hijackers freed 101 more": a weekday named with "the" is a day of the story told, the first
 * such day after the last one the story dated (`storyDay`), not the one before publication.
 */
function storyWeekdays(cues: DateCue[], text: string, storyDay: string | null | undefined, today: string): DateCue[] {
  if (!storyDay || storyDay >= today) return cues;
  return cues.map((cue) => {
    const weekday = /\bthe\s+$/i.test(text.slice(Math.max(0, cue.start - 5), cue.start))
      ? BARE_WEEKDAY.exec(text.slice(cue.start, cue.end))
      : null;
    if (!weekday) return cue;
    const day = weekdayDay(parseDay(storyDay), WEEKDAY_INDEX[(weekday[1] ?? '').toLowerCase()] ?? 0, 'next', true);
    return { ...cue, date: format(day) };
  });
}

/** Whether the day at `cueStart` is told by the release participle of a count other than the one at `numberStart`. */
function isOtherCountsDay(text: string, numberStart: number, cueStart: number): boolean {
  const other = findNumbers(text.slice(0, cueStart))
    .filter((token) => token.start !== numberStart)
    .at(-1);
  return other !== undefined && PARTICIPLE_DAY_BEFORE.test(text.slice(other.start, cueStart));
}

/** A count's release participle told as earlier than the sentence's day, with no day word of its own. */
const RELEASED_EARLIER =
  /^[\d,.]+\s+(?:[\w'’-]+\s+){0,4}?(?:released|freed|pardoned|set free|handed over|let go)\s+(?:earlier|previously|before)\b(?!\s+(?:on|this|that|today|yesterday|last)\b|\s+in\s+the\s+(?:day|week|month|morning|afternoon|evening)\b)/i;

/** What the sentence around a count leaves the date resolver to fall back on. */
export interface DateFallback {
  /**
   * The day the surrounding story gives a count with no day word of its own (an earlier
   * sentence's, the same total stated before); undefined when the story gives none.
   */
  inherited: string | null | undefined;
  /** The day of the count read just before, for "that day" / "the same day". */
  previousDate: string | null;
  published: string;
  timezone: string;
}

/**
 * The day a count's event happened or is planned for, or null when its text gives none.
 *
 * Convention (inferred from the labels in aggregate, and what a tally needs): a release or an
 * announcement gets a day from a day word in its own clause ("on Wednesday", "today (Thursday)",
 * "April 8", "that day"), else from the one day its sentence names, else from the story it
 * continues (the day the last dated release, or a sentence without a count, set, however many
 * sentences back, unless a release since was told for a vague period or the count is told as
 * background), and otherwise none: a release with no day word in the simple past is null, not the
 * publication day. Day words that date the captivity or another event ("held since 3 January",
 * "sentenced last month", "the October 7 attack", "the largest swap since the war began in 2022")
 * are not the release's; nor is the day a release was reported when the clause also says when it
 * happened ("said on Thursday that 55 had been returned the previous evening"). The caller passes the publication day as the story's day for a release in the present
 * perfect ("have released 40"), which news uses for what is new as of publication (the labels
 * split on this one; the tally reads it the same either way). A release over a span ("since
 * Monday", "between Saturday and Sunday", "over the past two days") or in a vague period ("in
 * July", "last week") gets no day; nor does a future release dated only by an older order. A
 * running total is true as of the day it was stated: its own day word, else the day of the
 * statement ("said on Tuesday") or the day it is stated "by" ("By Sunday, 320 had been freed"), else the story's day when it continues it ("That lifts to ...",
 * "had so far been freed"), else the end of a past year it sums up ("in 2024"), else the
 * publication day. Pledges and other people-counts (held, abducted) have no day.
 */
export function resolveEventDate(
  text: string,
  numberStart: number,
  kind: MentionKind,
  fallback: DateFallback,
): string | null {
  if (kind === 'pledge' || kind === 'other') return null;
  // "on top of the 1,400 released earlier": a batch told as before the one dated, with no day of its own.
  if (kind === 'release' && RELEASED_EARLIER.test(text.slice(numberStart))) return null;
  const { published, timezone } = fallback;
  const today = publicationDay(published, timezone);
  const clause = clauseAround(text, numberStart, numberStart + 1);
  const dayApart = DAYS_APART_OPENING.exec(text);
  if (dayApart && dayApart[0].length > numberStart) {
    // "A day after an exchange that freed 869 came to an end, Riyadh on Monday sent 100 home": Sunday's.
    // "Three days after five Americans were freed, officials are arguing": with no day of its own, the main clause is
    // the article's day.
    const main = findDateCues(text.slice(dayApart[0].length), 'release', published, timezone)[0]?.date ?? today;
    const apart = DAYS_APART[(dayApart[1] ?? '').toLowerCase()] ?? 0;
    return format(shift(parseDay(main), dayApart[2]?.toLowerCase() === 'after' ? -apart : apart));
  }
  if (dayApart && dayApart[0].length <= numberStart && kind !== 'cumulative') {
    // "A day after that swap, Aldoria freed 48": with no day of its own, counted on from the day the opening names,
    // else from the story's day it points back at.
    const main = findDateCues(text.slice(dayApart[0].length), kind, published, timezone);
    if (main.length === 0) {
      const anchor =
        findDateCues(dayApart[0], 'release', published, timezone)[0]?.date ??
        fallback.inherited ??
        fallback.previousDate;
      const apart = DAYS_APART[(dayApart[1] ?? '').toLowerCase()] ?? 0;
      if (anchor) return format(shift(parseDay(anchor), dayApart[2]?.toLowerCase() === 'after' ? apart : -apart));
    }
  }
  const trailing = trailingDaysApart(text, numberStart, published, timezone);
  if (trailing !== undefined) return trailing;
  const opening = OTHER_EVENT_OPENING.exec(text);
  const openingEnd = opening && opening[0].length <= numberStart ? opening[0].length : 0;
  // "60 are being handed over now and another 60 will follow tomorrow": for what is done, a day still to come dates
  // the plan beside it, never the count.
  const done = kind === 'release' || kind === 'cumulative';
  const all = storyWeekdays(findDateCues(text, kind, published, timezone), text, fallback.previousDate, today).filter(
    (cue) =>
      cue.start >= openingEnd &&
      !isOtherEventDay(text, cue.start, cue.end) &&
      !(done && cue.date !== null && cue.date > today),
  );
  const inClause = all.filter((cue) => cue.start >= clause.start && cue.start <= clause.end);
  // "Since Monday, 200 have been freed": a release over a span has no single day.
  // "..., including 56 this morning": a day right after the count is its own, whatever span the clause names.
  const rightAfter = inClause.find(
    (cue) => cue.start > numberStart && cue.start - numberStart < 25 && !isSpanEdge(text, cue.start) && cue.date,
  );
  if (kind !== 'cumulative' && !rightAfter && inClause.some((cue) => isSpanEdge(text, cue.start))) return null;
  const asOf = (cue: DateCue) =>
    kind === 'cumulative' && AS_OF_BEFORE.test(text.slice(Math.max(0, cue.start - 24), cue.start));
  const dated = inClause.filter(
    (cue) =>
      // A running total is as of some day even when a vague period sits near it ("struck last month").
      !(kind === 'cumulative' && cue.date === null) &&
      (!isSpanEdge(text, cue.start) || asOf(cue)) &&
      !DATED_DOCUMENT.test(text.slice(cue.start, cue.start + 40)) &&
      // "ordered on Friday that 500 be freed": the day of the order, not of the release still to come,
      // unless the order is today's news, when the release it announces is today's too.
      !(
        kind === 'announcement' &&
        cue.date !== today &&
        STATEMENT_BEFORE.test(text.slice(Math.max(0, cue.start - 60), cue.start))
      ),
  );
  // "freed 5 on Monday and said the remaining seven would be freed soon": a day behind "and" dates the conjunct before.
  const behindConjunction = (cue: DateCue) =>
    cue.start < numberStart && /\b(?:and|but|while|whereas)\b|;/i.test(text.slice(cue.end, numberStart));
  // "13 of the 25 have been freed, including two sick men freed on March 2": the part's day is not the total's; nor is
  // the day of another count's own participle ("Counting the 47 released on Wednesday, 149 have now been freed").
  const ownCues = dated.filter(
    (cue) =>
      !(kind === 'announcement' && behindConjunction(cue)) &&
      !(kind === 'cumulative' && isOtherCountsDay(text, numberStart, cue.start)) &&
      !(
        kind === 'cumulative' &&
        cue.start > numberStart &&
        /\b(?:including|among (?:them|whom)|of whom)\b/i.test(text.slice(numberStart, cue.start))
      ),
  );
  // "said on Thursday that 55 had been returned the previous evening", "said on Thursday that 40 would be freed on
  // Saturday": the day it happens, not the day it was told.
  const happened =
    kind === 'release' || kind === 'announcement'
      ? ownCues.filter((cue) => !STATEMENT_BEFORE.test(text.slice(Math.max(0, cue.start - 60), cue.start)))
      : [];
  const cues = happened.length > 0 ? happened : ownCues;
  if (cues.length === 0 && THAT_DAY.test(text.slice(clause.start, clause.end))) {
    // "..., and 230 walked free the same day": the day named earlier in the sentence, else the last count's.
    const earlier = all.filter((cue) => cue.end <= clause.start && cue.date && !isSpanEdge(text, cue.start)).at(-1);
    return earlier?.date ?? fallback.previousDate ?? fallback.inherited ?? today;
  }
  if (cues.length > 0) {
    // The nearest cue, but one before the count behind "and", "but" or a bare comma belongs to the conjunct or list
    // item before it: "2,000 were freed on Tuesday and 1,870 released on Wednesday", "two on Monday, 12 on Wednesday".
    const distance = (cue: DateCue) =>
      cue.start < numberStart && /\b(?:and|but|while|whereas)\b|;|^\s*,\s*$/i.test(text.slice(cue.end, numberStart))
        ? numberStart - cue.start + 40
        : Math.abs(cue.start - numberStart);
    // "as 12 hostages freed by the Front on Tuesday arrived home": the day in the count's own participle is its release's.
    const ownParticiple = cues.find(
      (cue) => cue.start > numberStart && PARTICIPLE_DAY_BEFORE.test(text.slice(numberStart, cue.start)),
    );
    let best = ownParticiple ?? cues[0];
    if (!ownParticiple) for (const cue of cues) if (best && distance(cue) < distance(best)) best = cue;
    if (best?.fromAnchor !== undefined) {
      // "said on Wednesday that it had freed 10 the day before", "Another 6 were freed two days later": counted
      // from the day last named in the sentence, else from the last count's day.
      const named = all.filter((cue) => cue.start < best.start && cue.date && cue.fromAnchor === undefined).at(-1);
      const anchor = named?.date ?? fallback.previousDate;
      if (anchor) return format(shift(parseDay(anchor), best.fromAnchor));
    }
    const weekday = kind === 'announcement' && best ? BARE_WEEKDAY.exec(text.slice(best.start, best.end)) : null;
    if (best && weekday) {
      // "announced on Monday that 45 would be freed on Wednesday": the Wednesday after the statement, not after publication.
      const statement = findDateCues(text, 'release', published, timezone)
        .filter(
          (cue) => cue.end <= best.start && STATEMENT_BEFORE.test(text.slice(Math.max(0, cue.start - 60), cue.start)),
        )
        .at(-1)?.date;
      if (statement && statement < today)
        return format(
          weekdayDay(parseDay(statement), WEEKDAY_INDEX[(weekday[1] ?? '').toLowerCase()] ?? 0, undefined, true),
        );
    }
    return best?.date ?? null;
  }
  // "Two men, a Qatari and his companion, were freed in April 2016": a period after the count, and no day anywhere in the
  // sentence, gives the release no day; the story's day is not its.
  if (
    kind === 'release' &&
    all.some(
      (cue) =>
        cue.date === null &&
        cue.start > numberStart &&
        cue.start - numberStart <= 80 &&
        !/[;]/.test(text.slice(numberStart, cue.start)) &&
        !/\b(?:next|coming|following)\b/i.test(text.slice(cue.start, cue.end)) &&
        !isSpanEdge(text, cue.start),
    ) &&
    !all.some((cue) => cue.date !== null)
  )
    return null;
  if (kind !== 'cumulative') {
    // "A truce took effect on Sunday, and three hostages were freed": one day named for the whole sentence.
    const days = new Set(
      all
        .filter(
          (cue) =>
            !STATEMENT_BEFORE.test(text.slice(Math.max(0, cue.start - 60), cue.start)) &&
            !(kind === 'announcement' && behindConjunction(cue)),
        )
        .map((cue) =>
          isSpanEdge(text, cue.start) || DATED_DOCUMENT.test(text.slice(cue.start, cue.start + 40)) ? null : cue.date,
        ),
    );
    const [only] = days;
    if (days.size === 1 && only) return only;
  }
  // A coming release takes a story's day only when that day is still ahead: "all 12 would be freed soon" after a
  // release told for Monday is not Monday's.
  if (fallback.inherited !== undefined)
    return kind === 'announcement' && fallback.inherited !== null && fallback.inherited < today
      ? null
      : fallback.inherited;
  if (kind === 'cumulative') {
    const stated = all.find((cue) => STATEMENT_BEFORE.test(text.slice(Math.max(0, cue.start - 60), cue.start)));
    return stated ? stated.date : (yearEndOf(text, published, timezone) ?? today);
  }
  return null;
}
