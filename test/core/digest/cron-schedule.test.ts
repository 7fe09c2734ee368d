import { describe, expect, it } from 'vitest';
import { type CronSchedule, nextRun, parseCron, previousRun } from '../../../src/core/digest/cron-schedule.js';

function cron(expression: string): CronSchedule {
  const parsed = parseCron(expression);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.schedule;
}

const at = (iso: string) => new Date(iso);

describe('parseCron', () => {
  it('reads values, ranges, steps, lists and names', () => {
    const schedule = cron('*/15 8-10,18 1,15 jan-mar mon-fri');
    expect(schedule.minutes).toEqual([0, 15, 30, 45]);
    expect(schedule.hours).toEqual([8, 9, 10, 18]);
    expect([...schedule.daysOfMonth]).toEqual([1, 15]);
    expect([...schedule.months]).toEqual([1, 2, 3]);
    expect([...schedule.daysOfWeek]).toEqual([1, 2, 3, 4, 5]);
  });

  it('reads a 6-field expression with seconds first, and 7 as Sunday', () => {
    const schedule = cron('30 0 18 * * 7');
    expect(schedule.seconds).toEqual([30]);
    expect([...schedule.daysOfWeek]).toEqual([0]);
  });

  it('reads "5/20" as from 5 to the end in steps of 20', () => {
    expect(cron('5/20 * * * *').minutes).toEqual([5, 25, 45]);
  });

  it.each([
    ['0 18 * *', 'has 4'],
    ['61 18 * * *', 'minute field "61": 61 is outside 0-59'],
    ['0 25 * * *', 'hour field "25": 25 is outside 0-23'],
    ['0 18 * * funday', 'day of week field "funday": "funday" is not a number or a name'],
    ['*/0 18 * * *', 'step "/0" must be a positive number'],
    ['0 18 10-2 * *', 'range 10-2 runs backwards'],
  ])('explains what is wrong with "%s"', (expression, why) => {
    const parsed = parseCron(expression);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(why);
  });
});

describe('previousRun and nextRun', () => {
  it('find 18:00 in Kabul (UTC+4:30) around a given instant', () => {
    const daily = cron('0 18 * * *');
    expect(previousRun(daily, at('2020-04-09T14:00:00Z'), 'Asia/Kabul')).toEqual(at('2020-04-09T13:30:00Z'));
    expect(previousRun(daily, at('2020-04-09T13:29:59Z'), 'Asia/Kabul')).toEqual(at('2020-04-08T13:30:00Z'));
    expect(nextRun(daily, at('2020-04-09T13:30:00Z'), 'Asia/Kabul')).toEqual(at('2020-04-10T13:30:00Z'));
  });

  it('count a scheduled instant itself as the previous run', () => {
    expect(previousRun(cron('0 18 * * *'), at('2020-04-09T13:30:00Z'), 'Asia/Kabul')).toEqual(
      at('2020-04-09T13:30:00Z'),
    );
  });

  it('follow New York across daylight saving time in both directions', () => {
    const daily = cron('0 9 * * *');
    expect(nextRun(daily, at('2026-03-07T15:00:00Z'), 'America/New_York')).toEqual(at('2026-03-08T13:00:00Z'));
    expect(previousRun(daily, at('2026-03-07T15:00:00Z'), 'America/New_York')).toEqual(at('2026-03-07T14:00:00Z'));
    expect(nextRun(daily, at('2026-10-31T14:00:00Z'), 'America/New_York')).toEqual(at('2026-11-01T14:00:00Z'));
  });

  it('run a time skipped by the spring change once, an hour later, and a repeated time once', () => {
    const halfPastTwo = cron('30 2 * * *');
    expect(nextRun(halfPastTwo, at('2026-03-08T05:00:00Z'), 'America/New_York')).toEqual(at('2026-03-08T07:30:00Z'));
    const halfPastOne = cron('30 1 * * *');
    const first = nextRun(halfPastOne, at('2026-11-01T04:00:00Z'), 'America/New_York');
    expect(first).toEqual(at('2026-11-01T05:30:00Z'));
    expect(nextRun(halfPastOne, first as Date, 'America/New_York')).toEqual(at('2026-11-02T06:30:00Z'));
  });

  it('match either day field when both are restricted, as POSIX cron does', () => {
    const firstOrMonday = cron('0 12 1 * mon');
    expect(nextRun(firstOrMonday, at('2020-04-02T00:00:00Z'), 'UTC')).toEqual(at('2020-04-06T12:00:00Z'));
    expect(nextRun(firstOrMonday, at('2020-04-28T00:00:00Z'), 'UTC')).toEqual(at('2020-05-01T12:00:00Z'));
  });

  it('find rare dates such as 29 February, and report none for impossible ones', () => {
    expect(nextRun(cron('0 0 29 2 *'), at('2021-01-01T00:00:00Z'), 'UTC')).toEqual(at('2024-02-29T00:00:00Z'));
    expect(nextRun(cron('0 0 31 2 *'), at('2021-01-01T00:00:00Z'), 'UTC')).toBeNull();
  });
});
