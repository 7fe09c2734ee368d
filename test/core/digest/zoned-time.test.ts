import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, formatWallTime, fromWallTime, toWallTime } from '../../../src/core/digest/zoned-time.js';

describe('zoned time', () => {
  it('knows IANA zones by their canonical name and rejects unknown ones', () => {
    expect(canonicalTimeZone('asia/kabul')).toBe('Asia/Kabul');
    expect(canonicalTimeZone('Mars/Olympus')).toBeNull();
    expect(canonicalTimeZone('')).toBeNull();
  });

  it('converts between instants and wall clocks both ways', () => {
    const instant = new Date('2020-04-09T13:30:00Z');
    expect(toWallTime(instant, 'Asia/Kabul')).toEqual({ year: 2020, month: 4, day: 9, hour: 18, minute: 0, second: 0 });
    expect(fromWallTime({ year: 2020, month: 4, day: 9, hour: 18, minute: 0, second: 0 }, 'Asia/Kabul')).toEqual(
      instant,
    );
    expect(formatWallTime(instant, 'America/New_York')).toBe('2020-04-09 09:30');
  });
});
