import { daysBetween } from '../iso-days.js';
import type { Ledger } from '../types.js';
import { clauseAround } from './kind.js';
import { allMatches } from './matches.js';
import { findNumbers } from './numbers.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

/** Between the days of one month: "24-30", "2 and 12", "3, 9 and 17". */
const DAY_JOIN = String.raw`(?:\s*[-–]\s*|\s*,\s*|\s+and\s+|\s*&\s*)`;
/** "24-30 November 2023", "1 August 2024", "2 and 12 January 2012": the first day named, a month, a year. */
const DAY_MONTH_YEAR = new RegExp(
  String.raw`\b(\d{1,2})(?:${DAY_JOIN}\d{1,2}){0,4}\s+${MONTH}\s+((?:19|20)\d{2})\b`,
  'gi',
);
/** "28 Sep - 3 Oct 1977", "30 December to 2 January 2012": a span across months, dated by the year at its end. */
const DAY_MONTH_SPAN_YEAR = new RegExp(
  String.raw`\b(\d{1,2})\s+${MONTH}\s*(?:[-–]|to|until|till)\s*\d{1,2}\s+${MONTH}\s+((?:19|20)\d{2})\b`,
  'gi',
);
/** "December 14, 2020", "January 2 and 12, 2012": the month first, as American titles write it. */
const MONTH_DAY_YEAR = new RegExp(
  String.raw`\b${MONTH}\s+(\d{1,2})(?:${DAY_JOIN}\d{1,2}){0,4},?\s+((?:19|20)\d{2})\b`,
  'gi',
);
/** "August-December 1991": a range of months in one year, which starts with its first month. */
const MONTH_RANGE_YEAR = new RegExp(String.raw`\b${MONTH}\s*[-–]\s*${MONTH}\s+((?:19|20)\d{2})\b`, 'gi');
/** A year named alone: "(2012-2014)", "in 2024". */
const BARE_YEAR = /\b((?:19|20)\d{2})\b/g;
/** "October 2011", "since July 2024". */
const MONTH_YEAR = new RegExp(String.raw`\b${MONTH}\s+((?:19|20)\d{2})\b`, 'gi');
/** The last day of a month (0-based), as YYYY-MM-DD. */
function lastDayOf(year: number, month: number): string {
  return iso(year, month, new Date(Date.UTC(year, month + 1, 0)).getUTCDate());
}

/** "last December, when": a past month a "when" clause after it hangs on. */
const LAST_MONTH_WHEN = new RegExp(String.raw`\blast\s+${MONTH}\s*,?\s+when\b`, 'i');
/** "in June 2021", "in 2020", "in October": a past period named in a clause (a month alone is the latest one before publication). */
const PERIOD_IN_CLAUSE = new RegExp(
  String.raw`\b(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?(?:${MONTH}(?:\s+((?:19|20)\d{2}))?|((?:19|20)\d{2}))\b(?!\s+\d)`,
  'gi',
);

/** Nouns of events other than a release, which a period right after them dates. */
const OTHER_EVENT_BEFORE =
  /\b(?:shooting|shootings|protests?|war|uprising|revolution|crackdown|attacks?|massacre|clashes|fighting|trial|coup|elections?|invasion|offensive|battle|conflict|annexation|riots?|bombing|raid|hijacking|kidnapping|abduction|siege)\b[^,;]{0,30}$/i;

/**
 * Whether a period at `at` dates a captivity ("imprisoned in 2020", "held since May 2021") or another event ("on trial
 * over the shooting of protesters in 2014"), not the count's release.
 */
function datesOtherEvent(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  return CAPTIVITY.test(before) || OTHER_EVENT_BEFORE.test(before);
}

/** Words that put a clause in the future: a month it names is still to come. */
const FUTURE_TOLD = /\b(?:will|would|shall|to be|due to|set to|expected to|plans? to|going to)\b/i;

/** "last year", "the previous year", "the year before": the year before publication. */
const LAST_YEAR = /\b(?:last\s+year|the\s+(?:previous|preceding)\s+year|the\s+year\s+before)\b/i;

/** "a little over a year after", "two years ago", "six months earlier": how far back an earlier event lies. */
const INTERVAL_BACK =
  /\b(?:(?:a little|just|slightly)\s+)?(?:(over|more than|nearly|almost|about|around|some)\s+)?(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(years?|months?)\s+(?:after|since|ago|earlier|before)\b/i;

/** "over the past seven years", "in the last 18 months": a span reaching back from the article. */
const SPAN_BACK =
  /\b(?:over|in|during|within|across|throughout)\s+the\s+(?:past|last|previous|preceding)\s+(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(years?|months?|decades?)\b/i;

/** How far before a ledger's start a span may open and still be read as the ledger's (a season's slack). */
const SPAN_SLACK_DAYS = 90;

const CAPTIVITY =
  /\b(?:imprisoned|jailed|detained|held|arrested|captured|seized|abducted|kidnapped|sentenced|convicted|since|captivity|taken (?:prisoner|hostage|captive))\b/i;

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Words around a date in a title that make it the day people were taken, not a day of releases. */
const CAPTURE_DATE_BEFORE = new RegExp(String.raw`${CAPTIVITY.source}[^,;()]{0,25}$`, 'i');
const CAPTURE_DATE_AFTER =
  /^[^,;()]{0,30}?\b(?:crackdown|sweep|round-?up|arrests|abductions?|kidnappings?|hijacking|siege|raid|capture)\b/i;

/** Right after a date in a title, a later change it dates: "amendment", "extension". */
const AMENDMENT_AFTER = /^\s*(?:amendments?|extensions?|addend(?:um|a)|expansions?|revisions?)\b/i;

/**
 * The first day a ledger's title dates it from, or null when the title names no date. A day the title gives for the
 * capture ("jailed in the March 2003 crackdown", "seized 27 June 1976") is not one, unless it is the only day named.
 */
function titleStart(title: string): string | null {
  const found: Array<{ day: string; capture: boolean }> = [];
  const note = (day: string, at: number, end: number) => {
    // "its 30 April 2024 amendment": the day a later change was made, not when the ledger starts.
    if (AMENDMENT_AFTER.test(title.slice(end))) return;
    found.push({
      day,
      capture: CAPTURE_DATE_BEFORE.test(title.slice(0, at)) || CAPTURE_DATE_AFTER.test(title.slice(end)),
    });
  };
  // "28 Sep - 3 Oct 1977": the span starts on its first day, in the year before when it crosses the new year.
  for (const m of allMatches(DAY_MONTH_SPAN_YEAR, title)) {
    const first = monthIndex(m[2] ?? '');
    const year = Number(m[4]) - (first > monthIndex(m[3] ?? '') ? 1 : 0);
    note(iso(year, first, Number(m[1])), m.index, m.index + m[0].length);
  }
  for (const m of allMatches(DAY_MONTH_YEAR, title))
    note(iso(Number(m[3]), monthIndex(m[2] ?? ''), Number(m[1])), m.index, m.index + m[0].length);
  for (const m of allMatches(MONTH_DAY_YEAR, title))
    note(iso(Number(m[3]), monthIndex(m[1] ?? ''), Number(m[2])), m.index, m.index + m[0].length);
  // "May 2019" inside "3-9 May 2019" is the same date, less precisely: months count only where no day is given.
  const withoutDays = title
    .replace(DAY_MONTH_YEAR, (day) => ' '.repeat(day.length))
    .replace(MONTH_DAY_YEAR, (day) => ' '.repeat(day.length));
  for (const m of allMatches(MONTH_RANGE_YEAR, withoutDays))
    note(iso(Number(m[3]), monthIndex(m[1] ?? ''), 1), m.index, m.index + m[0].length);
  for (const m of allMatches(MONTH_YEAR, withoutDays))
    note(iso(Number(m[2]), monthIndex(m[1] ?? ''), 1), m.index, m.index + m[0].length);
  // "(2012-2014)", "in 2024": a year alone, where no month of it is named, from its first day.
  const withoutMonths = withoutDays
    .replace(MONTH_RANGE_YEAR, (span) => ' '.repeat(span.length))
    .replace(MONTH_YEAR, (span) => ' '.repeat(span.length));
  const datedYears = new Set(found.map((date) => date.day.slice(0, 4)));
  for (const m of allMatches(BARE_YEAR, withoutMonths))
    if (!datedYears.has(m[1] ?? '')) note(iso(Number(m[1]), 0, 1), m.index, m.index + m[0].length);
  const releases = found.filter((date) => !date.capture);
  return (releases.length > 0 ? releases : found).map((date) => date.day).sort()[0] ?? null;
}

/**
 * When each ledger starts, read from its title: a ledger titled "… in the December 2023 exchange"
 * or "… during the 24-30 November 2023 truce" holds nothing released before that. A title that
 * names no date but speaks of "the same" exchange takes the start of the ledgers that do.
 * Only a lower bound: exchanges often go on for months after the date their name carries.
 */
export function ledgerStarts(ledgers: readonly Ledger[]): Map<string, string> {
  const starts = new Map<string, string>();
  for (const ledger of ledgers) {
    const start = titleStart(ledger.title);
    if (start) starts.set(ledger.id, start);
  }
  const earliest = [...starts.values()].sort()[0];
  if (earliest) {
    for (const ledger of ledgers) {
      if (!starts.has(ledger.id) && /\bsame\b/i.test(ledger.title)) starts.set(ledger.id, earliest);
    }
  }
  return starts;
}

/**
 * Whether a count happened before its ledger starts: its event day is earlier, or, with no day,
 * its clause places it in a month or year that ended before the start ("in June 2021").
 */
export function isBeforeLedgerStart(
  start: string | undefined,
  eventDate: string | null,
  sentence: string,
  from: number,
  to: number,
  publishedDay: string,
): boolean {
  if (!start) return false;
  const clause = clauseAround(sentence, from, to);
  // An interval back from the article outranks a day the story carried over: it is the count's own.
  const latest = latestDayBeforeInterval(sentence, from, to, clause.end, publishedDay);
  if (latest !== null && latest < start) return true;
  // "23 others had been let out over the past seven years", "figures covering the whole conflict since 1998": a count
  // over a span opening long before the ledger.
  const opens =
    spanOpening(sentence.slice(clause.start, clause.end), publishedDay) ?? sinceOpening(sentence.slice(0, from));
  if (opens !== null && daysBetween(opens, start) > SPAN_SLACK_DAYS) return true;
  if (eventDate) return eventDate < start;
  // "much like last December, when 45 were let go": a "when" clause hangs on the month before it.
  const lastMonthWhen = LAST_MONTH_WHEN.exec(sentence.slice(0, from));
  if (lastMonthWhen) {
    const month = monthIndex(lastMonthWhen[1] ?? '');
    const publishedYear = Number(publishedDay.slice(0, 4));
    const year = month < Number(publishedDay.slice(5, 7)) - 1 ? publishedYear : publishedYear - 1;
    if (lastDayOf(year, month) < start) return true;
  }
  // A sentence-opening "In June 2021, …" dates every clause of the sentence.
  const opening = /^\s*(?:in|during)\s[^,;]{3,30},/i.exec(sentence)?.[0] ?? '';
  const text = `${opening} ${sentence.slice(clause.start, clause.end)}`;
  const publishedYear = Number(publishedDay.slice(0, 4));
  const publishedMonth = Number(publishedDay.slice(5, 7)) - 1;
  // "last year", "the previous year": the whole of the year before publication, unless it dates a capture or another
  // event ("captured on Nov. 25 last year").
  const lastYear = LAST_YEAR.exec(text);
  if (lastYear && `${publishedYear - 1}-12-31` < start && !datesOtherEvent(text, lastYear.index)) return true;
  // "will be released in July": a month told in the future is the next one of that name, not the last.
  const ahead = FUTURE_TOLD.test(text);
  for (const m of allMatches(PERIOD_IN_CLAUSE, text)) {
    // "imprisoned in 2020", "held since May 2021": a period right after a captivity word dates the captivity.
    if (datesOtherEvent(text, m.index)) continue;
    const month = m[1] ? monthIndex(m[1]) : 11;
    const thisYears = ahead ? month >= publishedMonth : month <= publishedMonth;
    const year = Number(m[2] ?? m[3] ?? (thisYears ? publishedYear : publishedYear + (ahead ? 1 : -1)));
    // The last day of the named period: a release in it is before the ledger only if the whole period is.
    const last = lastDayOf(year, month);
    if (last < start) return true;
  }
  return false;
}

/**
 * The latest day an earlier event can lie on when the sentence puts it an interval back: "the exchange comes a
 * year after the Houthis freed 290" (the count after "after"), "freed 30 two years ago" (the count before "ago").
 * Null when the sentence names no such interval.
 */
function latestDayBeforeInterval(
  sentence: string,
  from: number,
  to: number,
  clauseEnd: number,
  publishedDay: string,
): string | null {
  const before = INTERVAL_BACK.exec(sentence.slice(0, from));
  // "... since war broke out five years ago": an interval inside a "since" clause dates that clause, not the count.
  const afterText = sentence.slice(to, clauseEnd);
  const afterMatch = INTERVAL_BACK.exec(afterText);
  const after = afterMatch && !/\bsince\b/i.test(afterText.slice(0, afterMatch.index)) ? afterMatch : null;
  const interval =
    before && /(?:after|since|before)$/i.test(before[0])
      ? before
      : after && /(?:ago|earlier)$/i.test(after[0])
        ? after
        : null;
  if (!interval) return null;
  const word = (interval[2] ?? '').toLowerCase();
  // "a year", "two years", "18 months": how many.
  const count = word === 'a' || word === 'an' ? 1 : (findNumbers(word)[0]?.value ?? 0);
  // "nearly a year", "about two years": a month short of it, to stay on the safe side.
  const hedged = /^(?:nearly|almost|about|around|some)$/i.test(interval[1] ?? '') ? 1 : 0;
  const months = (/^year/i.test(interval[3] ?? '') ? count * 12 : count) - hedged;
  if (!(months > 0)) return null;
  const latest = new Date(`${publishedDay}T00:00:00Z`);
  latest.setUTCMonth(latest.getUTCMonth() - months);
  return latest.toISOString().slice(0, 10);
}

/** The day a span reaching back from the article opens ("over the past seven years"), or null when none is named. */
function spanOpening(clause: string, publishedDay: string): string | null {
  const span = SPAN_BACK.exec(clause);
  if (!span) return null;
  const word = (span[1] ?? '').toLowerCase();
  const count = word === 'a' || word === 'an' ? 1 : (findNumbers(word)[0]?.value ?? 0);
  const unit = (span[2] ?? '').toLowerCase();
  const months = unit.startsWith('decade') ? count * 120 : unit.startsWith('year') ? count * 12 : count;
  if (!(months > 0)) return null;
  const opens = new Date(`${publishedDay}T00:00:00Z`);
  opens.setUTCMonth(opens.getUTCMonth() - months);
  return opens.toISOString().slice(0, 10);
}

/** "since 1998", "since March 2001", "since 12 December 2000", not after a word of captivity ("held since 1998"). */
const SINCE_PERIOD = new RegExp(String.raw`\bsince\s+(?:(\d{1,2})\s+)?(?:${MONTH}\s+)?((?:19|20)\d{2})\b`, 'gi');

/** The day the last "since ..." before a count opens its span, or null when none is named or it dates a captivity. */
function sinceOpening(before: string): string | null {
  let opens: string | null = null;
  for (const m of allMatches(SINCE_PERIOD, before)) {
    if (CAPTIVITY.test(before.slice(Math.max(0, m.index - 40), m.index))) continue;
    const month = m[2] ? monthIndex(m[2]) : 0;
    opens = iso(Number(m[3]), month, m[1] ? Number(m[1]) : 1);
  }
  return opens;
}
