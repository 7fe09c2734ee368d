import type { Mention } from '../types.js';

// "more than" is a qualifier, not a new batch, hence the lookahead.
const BATCH_CUE = /\b(another|further|additional|later|then|second|third|fourth|also|again|more(?!\s+than))\b/i;
const PART_CUE =
  /\b(among (them|those|whom|the)|of (them|whom|those|these)|including|includes?|included|comprising|consisting)\b/i;
/** How far (in characters) before and after its number a batch cue may sit. */
const BATCH_CUE_BEFORE = 80;
const BATCH_CUE_AFTER = 40;
/** How far (in characters) a part cue reaches forward to the number it introduces. */
const PART_CUE_REACH = 30;
const MONTHS_SOURCE = 'january|february|march|april|may|june|july|august|september|october|november|december';
const BACK_REFERENCE_CUE = /\b(earlier|previously|prior|before that|last week|in the past)\b/i;
// "had already freed", "in that deal", "in the April swap", "earlier this year": the release is placed in an
// earlier event the reader knows, however long ago, rather than told as news.
const EVENT_NOUNS = '(?:prisoner |hostage |detainee )?(?:deal|swap|exchange|trade|release|handover|agreement|round)s?';
const EARLIER_EVENT_CUE = new RegExp(
  `\\b(?:already|back in (?:${MONTHS_SOURCE}|(?:the )?(?:spring|summer|autumn|fall|winter)|(?:19|20)\\d\\d)|earlier this (?:year|month)|had(?: already| earlier| previously| first)? (?:been )?(?:freed|released|pardoned|returned|repatriated|exchanged|swapped|handed over|set free)|(?:in|under|as part of|during) (?:that|those|the (?:earlier|previous|prior|first|last|original|initial)|the (?:${MONTHS_SOURCE})|(?:${MONTHS_SOURCE})['\u2019]s|an? (?:earlier|previous|prior)) ${EVENT_NOUNS}|(?:in|under|as part of) an? ${EVENT_NOUNS} (?:in|last) (?:${MONTHS_SOURCE}|year|month))\\b`,
  'i',
);
const CORRECTION_CUE = /\b(correct(ed|ing|ion)|revis(ed|ing)|amended|clarified)\b/i;

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
// "May" alone is too often the verb, so only "in May", "early May", "May 3" count as the month.
const MONTH_HINT = new RegExp(
  `\\b(?:(?:in|early|mid|late|since|during|of)[ -](${MONTHS.join('|')})|(${MONTHS.filter((m) => m !== 'may').join('|')}))\\b`,
  'gi',
);
const LAST_MONTH = /\blast month\b/gi;
/** The year a `YEAR_AFTER_MONTH` match names, against the year of publication. */
function yearTold(told: RegExpExecArray, publishedYear: number): number {
  if (told[1]) return Number(told[1]);
  return /this/i.test(told[0]) ? publishedYear : publishedYear - 1;
}
/** A year told right after a month: "March last year", "March of 2016", "March this year". */
const YEAR_AFTER_MONTH =
  /^\s*,?\s*(?:of\s+)?(?:((?:19|20)\d\d)\b|last\s+year\b|the\s+(?:previous|year\s+before|prior)\b|this\s+year\b)/i;
/** Words of capture right before a month, which then dates the capture: "taken on 27", "kidnapped in". */
const CAPTURE_BEFORE_MONTH = new RegExp(
  `\\b(?:taken|seized|kidnapped|abducted|captured|arrested|detained|held|jailed|imprisoned|snatched)\\b(?:\\s+[\\w'’-]+){0,5}?\\s+(?:on|in|since|between)?\\s*(?:\\d{1,2}\\s*)?(?:(?:${MONTHS_SOURCE})\\s+(?:and|or|to)\\s+(?:\\d{1,2}\\s*)?)?$`,
  'i',
);

const SMALL_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

/** Whether the mention's sentence presents it as a batch on top of others ("another 100", "later, 117"). */
export function hasBatchCue(mention: Mention): boolean {
  const at = locateCount(mention);
  if (at < 0) return BATCH_CUE.test(mention.sentence.replace(OTHER_TELLER, ' '));
  // The cue must sit near the number: "later given long sentences" far after it speaks of something else.
  const near = mention.sentence.slice(Math.max(0, at - BATCH_CUE_BEFORE), at + BATCH_CUE_AFTER);
  // "A second source says about 130", "Another outlet is reporting over 70": another teller of the same release.
  return BATCH_CUE.test(near.replace(OTHER_TELLER, ' '));
}

/** Another teller of a report, not another batch: "a second source says", "another outlet is reporting". */
const OTHER_TELLER =
  /\b(?:(?:a\s+second|a\s+third|another|one\s+other)\s+(?:[\w-]+\s+)?(?:sources?|outlets?|reports?|agency|officials?|accounts?|witness|newspapers?|broadcasters?|channels?|stations?|websites?|journalists?|correspondents?)|(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:weekly|daily|tabloid|newspaper|paper|outlet|broadcaster|channel|station|website|news\s+site|news\s+agency))\b(?:\s*,[^,.;]{1,40},)?\s+(?:(?:is|are|was|were)\s+)?(?:says?|said|reports?|reported|reporting|puts?|putting|gives?|gave|giving|claims?|claimed|claiming|tells?|told|quotes?|quoted)\b/gi;

/**
 * Whether the figure is told second-hand, by another teller than the report's own ("A second source says about 130",
 * "Another outlet is reporting over 70"): a rival account, never the day's count when the report gives one of its own.
 */
export function isSecondHandFigure(mention: Mention): boolean {
  return OTHER_TELLER_ANYWHERE.test(mention.sentence);
}
const OTHER_TELLER_ANYWHERE = new RegExp(OTHER_TELLER.source, 'i');

/** Whether the mention's sentence breaks a group into parts ("among them 16 Saudis", "9 of whom"). */
export function hasPartCue(mention: Mention): boolean {
  return PART_CUE.test(mention.sentence);
}

/** Whether the sentence looks back at releases already past ("earlier in April", "previously freed"). */
export function hasBackReferenceCue(mention: Mention): boolean {
  return BACK_REFERENCE_CUE.test(mention.sentence);
}

/**
 * The words that place a release in an earlier event ("had already freed", "in that deal", "in the April
 * swap", "in an exchange in April", "back in", "earlier this year"), or null when the sentence has none.
 */
export function earlierEventCue(mention: Mention): string | null {
  return EARLIER_EVENT_CUE.exec(mention.sentence)?.[0] ?? null;
}

/** Whether the sentence says a figure was corrected, so a later report replaces an earlier one. */
export function hasCorrectionCue(mention: Mention): boolean {
  return CORRECTION_CUE.test(mention.sentence);
}

/** Where the mention's number most likely sits in its sentence (-1 when it cannot be found). */
function locateCount(mention: Mention): number {
  const text = mention.sentence.toLowerCase();
  for (const form of countForms(mention.count)) {
    const at = new RegExp(`(?<![\\d,.])\\b${form}\\b(?![\\d,]\\d)`).exec(text);
    if (at) return at.index;
  }
  return -1;
}

/** The ways a count can be written ("1,500", "1500", "twelve"), escaped for a pattern. */
function countForms(count: number): string[] {
  const forms = [count.toLocaleString('en-US'), String(count)];
  const word = SMALL_WORDS[count];
  if (word !== undefined) forms.push(word);
  // Only the dot needs escaping; an escaped comma is a syntax error in a Unicode-mode pattern.
  return [...new Set(forms)].map((form) => form.replace(/\./g, '\\.'));
}

/** A count's forms inside a list of groups, where one is also "a" or "an" ("two drivers and a pilot"). */
function siblingForms(count: number): string {
  return [...countForms(count), ...(count === 1 ? ['a', 'an'] : [])].join('|');
}

/**
 * Whether `later` is told right after `earlier` as another group freed with it, joined by a comma or "and"
 * ("270 servicemen and 120 civilians", "nine nurses, two drivers and a pilot"): siblings that add up to an
 * unstated whole, not a part of `earlier` nor a rival figure for it.
 */
export function isCoordinatedAfter(earlier: Mention, later: Mention): boolean {
  if (earlier.sentence !== later.sentence || later.start <= earlier.start) return false;
  const pattern = new RegExp(
    `(?<![\\d,.])\\b(?:${siblingForms(earlier.count)})\\s+(?:[\\p{L}'’-]+\\s+){0,3}[\\p{L}'’-]+(?:\\s*,\\s*(?:and\\s+)?|\\s+(?:and|as well as|plus)\\s+)(?:(?:some|about|around|nearly|almost|more than|over|at least|another)\\s+)?(?:${siblingForms(later.count)})\\b(?![\\d,]\\d)`,
    'iu',
  );
  return pattern.test(later.sentence);
}

/** Whether the sentence introduces this very number as a part ("also include five Germans"), not a group that has parts. */
export function isIntroducedAsPart(mention: Mention): boolean {
  const at = locateCount(mention);
  if (at < 0) return hasPartCue(mention);
  const cues = [...mention.sentence.matchAll(new RegExp(PART_CUE.source, 'gi'))].filter((c) => c.index < at);
  const cue = cues.at(-1);
  if (!cue) return false;
  // The cue must lead into this number, not close an earlier clause ("activists among them, ..., and 18").
  const between = mention.sentence.slice(cue.index + cue[0].length, at);
  return between.length <= PART_CUE_REACH && !/[,;:]/.test(between);
}

// "the 21", "those 21", "all 21": the number names a group the reader is taken to know already.
const DEFINITE_BEFORE = /\b(?:the|those|these|all(?: of)?(?: the| those| these)?)\s+$/i;
// "another 21", "a further 21", "21 more": this very number is told as a batch on top of others.
const FURTHER_BEFORE = /\b(?:another|further|additional|more|new|fresh|latest|next)\s+$/i;
// "the 400 remaining": the last batch of a deal, named definitely but new.
const FURTHER_AFTER = /^\s+(?:more|others|additional|further|remaining|last|final)\b/i;

/** The sentence text just before and just after the mention's number, or null when the number cannot be found. */
function around(mention: Mention): { before: string; after: string } | null {
  const at = locateCount(mention);
  if (at < 0) return null;
  const text = mention.sentence;
  const form = /^\d{1,3}(?:,\d{3})+|^\d+|^[a-z]+/i.exec(text.slice(at))?.[0] ?? '';
  return { before: text.slice(0, at), after: text.slice(at + form.length) };
}

/**
 * Whether an undated release points at one the reader already knows: its number is definite ("the 21
 * freed", "those 21") or its sentence looks back ("last week", "earlier") or places it in an earlier event
 * ("had already freed", "in that deal", "in the April swap": see `earlierEventCue`), and the number itself is not
 * told as a further batch ("another 21", "21 more"). Batch words elsewhere in the sentence ("were later
 * flown home", "also") say what happened to those people since, not that they are a new batch.
 */
export function refersToKnownRelease(mention: Mention): boolean {
  const near = around(mention);
  if (near === null)
    return (hasBackReferenceCue(mention) || earlierEventCue(mention) !== null) && !hasBatchCue(mention);
  if (FURTHER_BEFORE.test(near.before) || FURTHER_AFTER.test(near.after)) return false;
  return DEFINITE_BEFORE.test(near.before) || hasBackReferenceCue(mention) || earlierEventCue(mention) !== null;
}

// "31 of them", "nine of whom", "31 of the 32", "42 survivors were among Monday's group": a number followed by the group
// it is taken from.
const PART_OF_FOLLOWS =
  /^\s+(?:[a-z-]+\s+)?(?:of|among)\s+(?:them|those|these|whom|the\s+\d[\d,]*)\b|^\s+(?:[\w'’-]+\s+){0,6}?(?:were|was|are|is)\s+(?:also\s+|reportedly\s+|said\s+to\s+be\s+)?among\s+(?:them|those|these|the|[\w'’-]+['’]s)\b/i;
// "Of them, 31", "Among those freed, 505": the group named just before the number.
const PART_OF_PRECEDES = /\b(?:of|among)\s+(?:them|those|these|whom)(?:\s+(?:freed|released))?,?\s*$/i;
/** How far (in characters) before its number a back-referring part cue may sit. */
const PART_OF_REACH = 30;

/**
 * Whether the number is taken out of a group already named ("31 of them", "Of those, 505"): a part of an
 * earlier, larger figure, whatever else its sentence says. Unlike `hasPartCue`, a cue elsewhere in the
 * sentence ("freed 20, including...") does not count.
 */
export function refersBackAsPart(mention: Mention): boolean {
  const at = locateCount(mention);
  if (at < 0) return false;
  const text = mention.sentence;
  const form = /^\d{1,3}(?:,\d{3})+|^\d+|^[a-z]+/i.exec(text.slice(at))?.[0] ?? '';
  const after = text.slice(at + form.length);
  const before = text.slice(Math.max(0, at - PART_OF_REACH), at);
  return PART_OF_FOLLOWS.test(after) || PART_OF_PRECEDES.test(before);
}

const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
// "on Sunday", "yesterday", "on 18 December", "on December 18": the sentence names the day of this release.
const OWN_DAY_CUE = new RegExp(
  `\\b(?:on (?:${WEEKDAYS})|(?:${WEEKDAYS}) (?:morning|afternoon|evening|night)|yesterday|today|tonight|this (?:morning|afternoon|evening)|on (?:\\d{1,2} (?:${MONTHS.join('|')})|(?:${MONTHS.join('|')}) \\d{1,2}))\\b`,
  'i',
);
// "has freed", "have now been released", "in all", "so far": wording of a count to date, not of one batch.
const TO_DATE_CUE =
  /\b(?:(?:has|have)(?: now| so far| already)? (?:been )?(?:freed|released|pardoned|returned|handed over|set free)|in all|in total|altogether|so far|to date|total)\b/i;

/**
 * Whether the sentence tells one batch on a named day ("freed 550 prisoners on Sunday"), not a count to
 * date ("has freed 732", "in all, 869 went home"): such a figure is a release, however large.
 */
export function tiesToOwnDay(mention: Mention): boolean {
  return OWN_DAY_CUE.test(mention.sentence) && !TO_DATE_CUE.test(mention.sentence);
}

/**
 * The month an undated release happened in when its sentence names one that is over by the
 * time of publication ("last month", "freed in July"), as YYYY-MM; null when it gives none.
 * The hint nearest the mention's number wins, because one sentence often lists several batches.
 */
export function periodHint(mention: Mention, publishedDay: string): string | null {
  const year = Number(publishedDay.slice(0, 4));
  const month = Number(publishedDay.slice(5, 7));
  const hints: { at: number; year: number; month: number }[] = [];
  for (const match of mention.sentence.matchAll(LAST_MONTH)) {
    hints.push({ at: match.index, year: month === 1 ? year - 1 : year, month: month === 1 ? 12 : month - 1 });
  }
  for (const match of mention.sentence.matchAll(MONTH_HINT)) {
    const written = match[1] ?? match[2] ?? '';
    // "could not manage the march": a month is written with a capital.
    if (!/^[A-Z]/.test(written)) continue;
    const named = MONTHS.indexOf(written.toLowerCase()) + 1;
    if (named === 0) continue;
    // "were taken on 27 July", "kidnapped in March": the month of the capture, not of the release.
    if (CAPTURE_BEFORE_MONTH.test(mention.sentence.slice(Math.max(0, match.index - 70), match.index))) continue;
    // "in March last year", "in March 2016", "in March this year": a year told after the month is that month's.
    const after = mention.sentence.slice(match.index + match[0].length, match.index + match[0].length + 24);
    const toldYear = YEAR_AFTER_MONTH.exec(after);
    const monthYear = toldYear ? yearTold(toldYear, year) : named < month ? year : year - 1;
    // The month of publication with no other year told is the article's own time, not a period of the past.
    if (named === month && (!toldYear || monthYear === year)) continue;
    hints.push({ at: match.index, year: monthYear, month: named });
  }
  const at = locateCount(mention);
  // "... on 1 June this year, and now the 27": a month told for another release, past "now" or a semicolon, is not this one's.
  const own = hints.filter(
    (hint) => at < 0 || !/;|\bnow\b/i.test(mention.sentence.slice(Math.min(hint.at, at), Math.max(hint.at, at))),
  );
  if (own.length === 0) return null;
  let best = own[0];
  if (at >= 0) {
    for (const hint of own) if (best && Math.abs(hint.at - at) < Math.abs(best.at - at)) best = hint;
  }
  return best ? `${best.year}-${String(best.month).padStart(2, '0')}` : null;
}

/** What part of a ledger's span a running total covers when its sentence limits it ("since the start of the year"). */
export type TotalScope = { kind: 'whole' } | { kind: 'since'; start: string } | { kind: 'sub-period' };

const MONTH_NAMES = MONTHS.join('|');
const YEAR_SCOPE =
  /\b(?:(?:since|from) the (?:start|beginning) of (?:the|this) year|so far this year|this year|year to date)\b/i;
const MONTH_SCOPE =
  /\b(?:(?:since|from) the (?:start|beginning) of (?:the|this) month|so far this month|this month)\b/i;
const NAMED_YEAR_SCOPE =
  /\b(?:(?:since|from) the (?:start|beginning|end) of|since|in|during|so far in|throughout) ((?:19|20)\d\d)\b/i;
const NAMED_MONTH_SCOPE = new RegExp(
  `\\b(?:since|in|during|so far in|from)(?: the (?:start|beginning) of)?(?: early| mid-| late)? (${MONTH_NAMES})(?: (\\d{1,2})(?:st|nd|rd|th)?)?(?:,? ((?:19|20)\\d\\d))?\\b`,
  'i',
);
const DAY_MONTH_SCOPE = new RegExp(`\\bsince (\\d{1,2}) (${MONTH_NAMES})(?:,? ((?:19|20)\\d\\d))?\\b`, 'i');
// Phases and deals whose start the sentence does not date.
const UNDATED_SCOPE =
  /\b(?:since the (?:truce|ceasefire|pause|deal|agreement|accord|exchange|swap|talks|phase)s? (?:began|started|took effect|came into (?:force|effect)|was (?:agreed|signed|reached))|since the (?:start|beginning) of the (?:truce|ceasefire|pause|deal|agreement|phase|exchange)|under the (?:original|first|initial|current|new|latest|earlier) (?:agreement|deal|accord|arrangement|phase)|in (?:this|the (?:first|second|third|current|latest|new)) (?:phase|stage|round)|during the (?:truce|ceasefire|pause))\b/i;

/** A part a total says it includes, to the end of its clause: ", counting the eleven youngest let go in May". */
const INCLUDED_PART = /,\s*(?:counting|including|plus|besides|as well as|together with)\b[^;]*/gi;

function monthStart(publishedDay: string, name: string, day: string | undefined, year: string | undefined): string {
  const named = MONTHS.indexOf(name.toLowerCase()) + 1;
  const pubYear = Number(publishedDay.slice(0, 4));
  const pubMonth = Number(publishedDay.slice(5, 7));
  const y = year ? Number(year) : named <= pubMonth ? pubYear : pubYear - 1;
  return `${y}-${String(named).padStart(2, '0')}-${String(day ? Number(day) : 1).padStart(2, '0')}`;
}

/**
 * The span a running total is limited to by its sentence: from a stated day ("since the start of
 * the year", "this month", "in 2024", "since 3 March"), an undated phase ("since the truce began",
 * "under the original agreement"), or the whole ledger when it names none.
 */
export function totalScope(mention: Mention, publishedDay: string): TotalScope {
  // "..., counting the eleven let go in May": the time of a part the total includes is not the total's span.
  const text = mention.sentence.replace(INCLUDED_PART, '');
  if (UNDATED_SCOPE.test(text)) return { kind: 'sub-period' };
  if (YEAR_SCOPE.test(text)) return { kind: 'since', start: `${publishedDay.slice(0, 4)}-01-01` };
  if (MONTH_SCOPE.test(text)) return { kind: 'since', start: `${publishedDay.slice(0, 7)}-01` };
  const dayMonth = DAY_MONTH_SCOPE.exec(text);
  if (dayMonth?.[1] && dayMonth[2]) {
    return { kind: 'since', start: monthStart(publishedDay, dayMonth[2], dayMonth[1], dayMonth[3]) };
  }
  const month = NAMED_MONTH_SCOPE.exec(text);
  if (month?.[1]) return { kind: 'since', start: monthStart(publishedDay, month[1], month[2], month[3]) };
  const year = NAMED_YEAR_SCOPE.exec(text);
  if (year?.[1] && year[1] <= publishedDay.slice(0, 4)) return { kind: 'since', start: `${year[1]}-01-01` };
  return { kind: 'whole' };
}

// Pledge words anywhere in the sentence: the figure may be the deal's, unless a past release governs it.
const PLEDGE_CUE =
  /\b(?:promis\w*|pledg\w*|demand\w*|calls? for|called for|provides? for|provided for|stipulat\w*|envisag\w*|agreed to|commit(?:s|ted|ting|ment|ments)?\b)\b/i;
// Future wording in the number's own clause ("681 are set to go home", "all 681 will be freed").
const FUTURE_CUE =
  /\b(?:will|would|shall|should|to be|(?:set|due|meant|expected|scheduled|supposed|going|planned|plans?|aims?) to|(?:is|are) being)\b/i;
const FREED_WORDS = 'freed|released|pardoned|returned|repatriated|exchanged|swapped|set free|handed over|let go';
// "freed all 681", "released a total of 681": a past release with the number as its object.
const FREED_BEFORE = new RegExp(`\\b(?:${FREED_WORDS})(?: a total of| all| all of the| the)?\\s+$`, 'i');
// "681 freed", "all 681 prisoners released": the number with its past participle.
const FREED_NEXT = new RegExp(`^(?:\\s+[a-z-]+){0,2}?\\s+(?:${FREED_WORDS})\\b`, 'i');
// "681 ... have now been freed", "681 ... were all released", "681 ... are now home": done, in the number's clause.
const FREED_LATER = new RegExp(
  `\\b(?:(?:were|was|have|has|had)(?: now| all| so far| already| finally)* (?:been )?(?:${FREED_WORDS})|(?:are|were)(?: now| all| finally)* (?:free|home|back))\\b`,
  'i',
);
// "finished releasing the 53", "completed the release of all 53": a completion word governing the number.
const COMPLETED_BEFORE =
  /\b(?:finish(?:ed|es)|complet(?:ed|es)|conclud(?:ed|es)|wrapped up|ended) (?:releasing|freeing|handing over|returning|the (?:release|freeing|handover|return|repatriation) of)\b/i;
// "the release of the 53 is now complete", "53 ... have now all been freed": the number's clause told as done.
const COMPLETED_AFTER =
  /\b(?:is|are|was|were|has been|have been)(?: now| finally| all)* (?:complete|completed|finished|done|over)\b/i;
// A condition before the number, told in the present ("when 5,000 have been released and 1,000 by the other
// side", "once all 681 are out"), is the deal's end point; one told in the past ("when the last plane landed,
// with all 681 freed") is not.
const CONDITION_BEFORE =
  /\b(?:when|once(?! again| more)|until|unless|if)\b(?<tail>(?:(?!\b(?:when|once|until|unless|if)\b).)*)$/i;
const PRESENT_VERB = /\b(?:have|has|is|are|gets?)\b/i;
const PRESENT_AFTER = /^(?:\s+[a-z-]+){0,2}?\s+(?:have|has|is|are|gets?)\b/i;
/** Where a clause ends, for scoping future wording to the clause of the number. */
const CLAUSE_BREAK = /[,;:()\u2013\u2014]/;
// "101 of the 681", "most of the 681": the number is the whole a count is measured against ("the release of
// all 681", "a total of 681" are not).
const OF_WHOLE_BEFORE =
  /\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundreds?|dozens?|most|many|some|half|none|each|several|few|rest|first|last|majority|remainder|part)\s+(?:[a-z]+\s+)?(?:of|out of)(?: the| all)?\s+$/i;

/**
 * Whether a running total's sentence reads as the promise rather than a count reached: future wording in the
 * number's own clause ("are set to go home"), a present-tense condition leading to it ("once the process is
 * complete, that is, when 5,000 have been released and 1,000 ..."), the number as the whole a smaller count
 * is measured against ("101 of the 681"), or a pledge word in the sentence ("the deal calls for") unless a
 * past release governs the number ("all 681 promised under the deal have now been freed"). Past wording
 * ("the operation was complete, with all 681 freed") reads as reached, and so does a completion word in the
 * number's clause ("has finished releasing the 53 it agreed to free": see `completionCue`) despite a pledge word.
 */
export function readsAsPromise(mention: Mention): boolean {
  const pledged = PLEDGE_CUE.test(mention.sentence);
  const near = around(mention);
  if (near === null) return pledged || FUTURE_CUE.test(mention.sentence);
  const breaks = [...near.before.matchAll(new RegExp(CLAUSE_BREAK, 'g'))].map((m) => m.index + 1);
  const before = near.before.slice(Math.max(0, ...breaks));
  const end = near.after.search(CLAUSE_BREAK);
  const after = end < 0 ? near.after : near.after.slice(0, end);
  if (FUTURE_CUE.test(`${before} ${after}`)) return true;
  const condition = CONDITION_BEFORE.exec(near.before);
  if (condition && (PRESENT_VERB.test(condition.groups?.['tail'] ?? '') || PRESENT_AFTER.test(near.after))) return true;
  if (OF_WHOLE_BEFORE.test(near.before)) return true;
  if (completionCue(mention) !== null) return false;
  return pledged && !(FREED_BEFORE.test(before) || FREED_NEXT.test(after) || FREED_LATER.test(after));
}

/**
 * The completion words that tell a total as reached ("has finished releasing the 53", "completed the release
 * of all 53", "the release of the 53 is now complete"), in the number's own clause; null when there are none.
 * Future wording or a present-tense condition still make it the promise (see `readsAsPromise`).
 */
export function completionCue(mention: Mention): string | null {
  const near = around(mention);
  if (near === null) return null;
  const breaks = [...near.before.matchAll(new RegExp(CLAUSE_BREAK, 'g'))].map((m) => m.index + 1);
  const before = near.before.slice(Math.max(0, ...breaks));
  const end = near.after.search(CLAUSE_BREAK);
  const after = end < 0 ? near.after : near.after.slice(0, end);
  return COMPLETED_BEFORE.exec(before)?.[0] ?? COMPLETED_AFTER.exec(after)?.[0] ?? null;
}
