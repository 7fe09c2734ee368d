import { fromWallTime, steadyOffsetMs, toWallTime } from './zoned-time.js';

/** A parsed cron expression: the allowed values of each field, seconds included (0 when 5 fields). */
export interface CronSchedule {
  expression: string;
  seconds: number[];
  minutes: number[];
  hours: number[];
  daysOfMonth: Set<number>;
  months: Set<number>;
  /** 0 = Sunday; 7 is folded into 0. */
  daysOfWeek: Set<number>;
  /** POSIX cron: when both day fields are restricted, a day matching either one runs. */
  dayMatch: 'both' | 'either';
}

/** The outcome of reading a cron expression; `error` says which field is wrong and why. */
export type ParsedCron = { ok: true; schedule: CronSchedule } | { ok: false; error: string };

interface FieldSpec {
  name: string;
  min: number;
  max: number;
  names?: readonly string[];
  namesStartAt?: number;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

const SECOND: FieldSpec = { name: 'second', min: 0, max: 59 };
const MINUTE: FieldSpec = { name: 'minute', min: 0, max: 59 };
const HOUR: FieldSpec = { name: 'hour', min: 0, max: 23 };
const DAY_OF_MONTH: FieldSpec = { name: 'day of month', min: 1, max: 31 };
const MONTH: FieldSpec = { name: 'month', min: 1, max: 12, names: MONTH_NAMES, namesStartAt: 1 };
const DAY_OF_WEEK: FieldSpec = { name: 'day of week', min: 0, max: 7, names: DAY_NAMES, namesStartAt: 0 };

/** An example shown next to every cron error, so the fix is one copy away. */
export const CRON_EXAMPLE = '0 18 * * * (every day at 18:00) or 30 8 * * mon-fri (weekdays at 08:30)';

/** True when a token is a month or weekday name list such as "mon-fri" or "jan,jul": cron, not a timezone. */
export function isCronNameToken(token: string): boolean {
  const names: readonly string[] = [...MONTH_NAMES, ...DAY_NAMES];
  return token
    .toLowerCase()
    .split(/[,\-/]/)
    .every((piece) => piece === '*' || /^\d+$/.test(piece) || names.includes(piece));
}

function readValue(raw: string, spec: FieldSpec): number | string {
  const lower = raw.toLowerCase();
  const nameIndex = spec.names?.indexOf(lower) ?? -1;
  if (nameIndex >= 0) return nameIndex + (spec.namesStartAt ?? 0);
  if (!/^\d+$/.test(raw)) {
    return spec.names
      ? `"${raw}" is not a number or a name (${spec.names[0]}, ${spec.names[1]}, …)`
      : `"${raw}" is not a number`;
  }
  const value = Number(raw);
  if (value < spec.min || value > spec.max) return `${value} is outside ${spec.min}-${spec.max}`;
  return value;
}

function parseField(field: string, spec: FieldSpec): { values: number[]; restricted: boolean } | string {
  const values = new Set<number>();
  for (const part of field.split(',')) {
    const [rangePart = '', stepPart, extra] = part.split('/');
    if (extra !== undefined || rangePart === '') return `"${part}" is not a value, range or step`;
    let step = 1;
    if (stepPart !== undefined) {
      if (!/^\d+$/.test(stepPart) || Number(stepPart) === 0) return `step "/${stepPart}" must be a positive number`;
      step = Number(stepPart);
    }
    let low: number;
    let high: number;
    if (rangePart === '*') {
      low = spec.min;
      high = spec.max;
    } else {
      const [from = '', to, more] = rangePart.split('-');
      if (more !== undefined) return `"${rangePart}" has more than one "-"`;
      const start = readValue(from, spec);
      if (typeof start === 'string') return start;
      low = start;
      if (to !== undefined) {
        const end = readValue(to, spec);
        if (typeof end === 'string') return end;
        if (end < start) return `range ${rangePart} runs backwards`;
        high = end;
      } else {
        // "5/15" means from 5 to the end in steps of 15, as in Vixie cron.
        high = stepPart !== undefined ? spec.max : start;
      }
    }
    for (let value = low; value <= high; value += step) values.add(value);
  }
  return { values: [...values].sort((a, b) => a - b), restricted: !field.startsWith('*') };
}

/** Reads a 5-field (minute hour day month weekday) or 6-field (second first) cron expression. */
export function parseCron(expression: string): ParsedCron {
  const fields = expression.trim().split(/\s+/).filter(Boolean);
  if (fields.length !== 5 && fields.length !== 6) {
    return {
      ok: false,
      error: `a schedule has 5 fields (minute hour day month weekday), or 6 with seconds first; "${expression.trim()}" has ${fields.length}`,
    };
  }
  const specs =
    fields.length === 6
      ? [SECOND, MINUTE, HOUR, DAY_OF_MONTH, MONTH, DAY_OF_WEEK]
      : [MINUTE, HOUR, DAY_OF_MONTH, MONTH, DAY_OF_WEEK];
  const parsed: Array<{ values: number[]; restricted: boolean }> = [];
  for (const [index, spec] of specs.entries()) {
    const result = parseField(fields[index] ?? '', spec);
    if (typeof result === 'string') return { ok: false, error: `${spec.name} field "${fields[index]}": ${result}` };
    parsed.push(result);
  }
  const [seconds, minutes, hours, days, months, weekdays] =
    fields.length === 6 ? parsed : [{ values: [0], restricted: true }, ...parsed];
  if (!seconds || !minutes || !hours || !days || !months || !weekdays) throw new Error('unreachable: cron fields');
  return {
    ok: true,
    schedule: {
      expression: fields.join(' '),
      seconds: seconds.values,
      minutes: minutes.values,
      hours: hours.values,
      daysOfMonth: new Set(days.values),
      months: new Set(months.values),
      daysOfWeek: new Set(weekdays.values.map((d) => d % 7)),
      dayMatch: days.restricted && weekdays.restricted ? 'either' : 'both',
    },
  };
}

function dayMatches(schedule: CronSchedule, year: number, month: number, day: number): boolean {
  if (!schedule.months.has(month)) return false;
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  const byMonthDay = schedule.daysOfMonth.has(day);
  const byWeekday = schedule.daysOfWeek.has(weekday);
  return schedule.dayMatch === 'either' ? byMonthDay || byWeekday : byMonthDay && byWeekday;
}

function timesOfDay(schedule: CronSchedule): Array<[number, number, number]> {
  const times: Array<[number, number, number]> = [];
  for (const hour of schedule.hours) {
    for (const minute of schedule.minutes) {
      for (const second of schedule.seconds) times.push([hour, minute, second]);
    }
  }
  return times;
}

// Feb 29 on a Sunday recurs every 28 years; a schedule silent for longer than that never runs.
const SEARCH_DAYS = 366 * 29;
// A candidate this far past the reference wall time cannot be before it, whatever the DST shift.
const DST_SLACK_SECONDS = 3 * 3600;

function search(schedule: CronSchedule, reference: Date, timeZone: string, direction: 1 | -1): Date | null {
  const refWall = toWallTime(reference, timeZone);
  const refSeconds = refWall.hour * 3600 + refWall.minute * 60 + refWall.second;
  const times = timesOfDay(schedule);
  if (direction === -1) times.reverse();
  const refMs = reference.getTime();
  for (let offset = 0; offset < SEARCH_DAYS; offset++) {
    const date = new Date(Date.UTC(refWall.year, refWall.month - 1, refWall.day + offset * direction));
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth() + 1;
    const day = date.getUTCDate();
    if (!dayMatches(schedule, year, month, day)) continue;
    const steadyOffset = steadyOffsetMs(year, month, day, timeZone);
    for (const [hour, minute, second] of times) {
      const seconds = hour * 3600 + minute * 60 + second;
      if (offset === 0 && direction === -1 && seconds > refSeconds + DST_SLACK_SECONDS) continue;
      if (offset === 0 && direction === 1 && seconds < refSeconds - DST_SLACK_SECONDS) continue;
      const instant =
        steadyOffset === null
          ? fromWallTime({ year, month, day, hour, minute, second }, timeZone).getTime()
          : Date.UTC(year, month - 1, day, hour, minute, second) - steadyOffset;
      if (direction === -1 ? instant <= refMs : instant > refMs) return new Date(instant);
    }
  }
  return null;
}

/** The latest scheduled instant at or before `at`, read in `timeZone`; null when none in 29 years. */
export function previousRun(schedule: CronSchedule, at: Date, timeZone: string): Date | null {
  return search(schedule, at, timeZone, -1);
}

/** The first scheduled instant strictly after `after`, read in `timeZone`; null when none in 29 years. */
export function nextRun(schedule: CronSchedule, after: Date, timeZone: string): Date | null {
  return search(schedule, after, timeZone, 1);
}
