/** A wall-clock reading in some timezone; month is 1-12, weekday 0 (Sunday) to 6. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// Building a DateTimeFormat costs far more than using one; digests evaluate the same few zones every minute.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The canonical IANA name of a timezone ("asia/kabul" → "Asia/Kabul"), or null when the runtime does not know it. */
export function canonicalTimeZone(name: string): string | null {
  if (name.trim() === '') return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** The wall-clock time an instant shows in a timezone. */
export function toWallTime(instant: Date, timeZone: string): WallTime {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const read = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: read('year'),
    month: read('month'),
    day: read('day'),
    hour: read('hour'),
    minute: read('minute'),
    second: read('second'),
  };
}

function wallAsUtcMs(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

/** Milliseconds the zone is ahead of UTC at an instant (Asia/Kabul: +4.5 h). */
export function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const wholeSecondMs = Math.floor(instantMs / 1000) * 1000;
  return wallAsUtcMs(toWallTime(new Date(wholeSecondMs), timeZone)) - wholeSecondMs;
}

/**
 * The instant a wall-clock time names in a timezone, resolved like Temporal's "compatible"
 * disambiguation: a time repeated when clocks go back is its first occurrence, and a time
 * skipped when clocks go forward is shifted forward by the gap (02:30 → 03:30), so a daily
 * schedule never fires twice nor skips a day.
 */
export function fromWallTime(wall: WallTime, timeZone: string): Date {
  const local = wallAsUtcMs(wall);
  const offsetBefore = zoneOffsetMs(local - 86_400_000, timeZone);
  const offsetAfter = zoneOffsetMs(local + 86_400_000, timeZone);
  if (offsetBefore === offsetAfter) return new Date(local - offsetBefore);
  const candidates = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => local - offset)
    .filter((instant) => wallAsUtcMs(toWallTime(new Date(instant), timeZone)) === local)
    .sort((a, b) => a - b);
  const earliest = candidates[0];
  if (earliest !== undefined) return new Date(earliest);
  // In a gap: the offset in force before the transition carries the wall time past it.
  return new Date(local - offsetBefore);
}

/**
 * The zone's offset for every time of a local day, or null when it changes within a day of it
 * (then each time needs `fromWallTime`); lets schedules convert a whole day with two lookups.
 */
export function steadyOffsetMs(year: number, month: number, day: number, timeZone: string): number | null {
  const midnight = Date.UTC(year, month - 1, day);
  const before = zoneOffsetMs(midnight - 86_400_000, timeZone);
  const after = zoneOffsetMs(midnight + 2 * 86_400_000, timeZone);
  return before === after ? before : null;
}

/** "2020-04-09 18:00" in the given zone: how schedules and digests show times to people. */
export function formatWallTime(instant: Date, timeZone: string): string {
  const w = toWallTime(instant, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}`;
}
