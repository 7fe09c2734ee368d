import type { MentionKind } from '../types.js';

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

const DAY_WORD =
  /today|tonight|this (?:morning|afternoon|evening)|yesterday|night|tomorrow|day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|last|earlier/i;
const CUE_PATTERN = new RegExp(
  `\\b(today|tonight|this (?:morning|afternoon|evening)|yesterday|last night|tomorrow|(?:a|one) day (?:earlier|before)|the (?:day before|previous day)|(monday|tuesday|wednesday|thursday|friday|saturday|sunday)|${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|last (?:week|month|year)|earlier this (?:week|month)|(?:late|early) last (?:week|month))`,
  'gi',
);

/** A calendar day (no time, no zone). */
interface Day {
  year: number;
  month: number;
  day: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
let lastDayKey = '';
let lastDay: Day | null = null;

/** The publication day as the reader in `timezone` sees it. */
export function localDay(published: string, timezone: string): Day {
  const key = `${published}|${timezone}`;
  if (key === lastDayKey && lastDay) return lastDay;
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
  const [year, month, day] = formatter.format(new Date(published)).split('-').map(Number);
  lastDayKey = key;
  lastDay = { year: year ?? 1970, month: (month ?? 1) - 1, day: day ?? 1 };
  return lastDay;
}

function shift(day: Day, days: number): Day {
  const date = new Date(Date.UTC(day.year, day.month, day.day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth(), day: date.getUTCDate() };
}

function format(day: Day): string {
  return `${day.year}-${String(day.month + 1).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}

/** A date cue found in text, and where it sits. */
export interface DateCue {
  date: string | null;
  start: number;
}

/**
 * Finds the day words near a count point to: "today", "yesterday", "on Wednesday", "April 8".
 * Weekdays resolve backwards for things that happened and forwards for things to come, because
 * news says "on Wednesday" for the nearest Wednesday in the direction of the verb's tense.
 */
export function findDateCues(text: string, kind: MentionKind, published: string, timezone: string): DateCue[] {
  const forward = kind === 'announcement';
  // Quick exit: most sentences name no day at all.
  if (!DAY_WORD.test(text)) return [];
  const base = localDay(published, timezone);
  const cues: DateCue[] = [];
  for (const match of text.matchAll(CUE_PATTERN)) {
    const word = match[0].toLowerCase();
    let day: Day | null = null;
    if (/^(?:today|tonight|this )/.test(word)) day = base;
    else if (/^(?:yesterday|last night|(?:a|one) day|the day before|the previous day)/.test(word))
      day = shift(base, -1);
    else if (word === 'tomorrow') day = shift(base, 1);
    else if (match[2]) {
      const target = WEEKDAY_INDEX[match[2].toLowerCase()] ?? 0;
      const current = new Date(Date.UTC(base.year, base.month, base.day)).getUTCDay();
      const back = (current - target + 7) % 7;
      day = forward ? shift(base, (target - current + 7) % 7) : shift(base, -back);
    } else if (match[3] && match[4]) day = explicit(base, match[3], match[4], forward);
    else if (match[5] && match[6]) day = explicit(base, match[6], match[5], forward);
    cues.push({ date: day ? format(day) : null, start: match.index });
  }
  return cues;
}

function explicit(base: Day, monthName: string, dayText: string, forward: boolean): Day | null {
  const month = MONTH_INDEX[monthName.slice(0, 3).toLowerCase()];
  const dayOfMonth = Number(dayText);
  if (month === undefined || dayOfMonth < 1 || dayOfMonth > 31) return null;
  let year = base.year;
  // "December 31" read in January is last year's; "January 3" read in December, for a future batch, next year's.
  if (!forward && month > base.month + 1) year -= 1;
  if (forward && month < base.month - 1) year += 1;
  return { year, month, day: dayOfMonth };
}

/** The publication day, formatted: the as-of day of a running total stated without a date. */
export function publicationDay(published: string, timezone: string): string {
  return format(localDay(published, timezone));
}
