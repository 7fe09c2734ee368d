import { describe, expect, it } from 'vitest';
import { findDateCues, localDay } from '../../../src/core/extract/dates.js';

// Thursday 2024-03-14, noon UTC.
const published = '2024-03-14T12:00:00Z';

function firstDate(text: string, kind: 'release' | 'announcement'): string | null {
  return findDateCues(text, kind, published, 'UTC')[0]?.date ?? null;
}

describe('findDateCues', () => {
  it('resolves weekdays backwards for past releases and forwards for announcements', () => {
    expect(firstDate('freed on Wednesday', 'release')).toBe('2024-03-13');
    expect(firstDate('will free on Wednesday', 'announcement')).toBe('2024-03-20');
    expect(firstDate('freed on Saturday', 'release')).toBe('2024-03-09');
    expect(firstDate('will free on Saturday', 'announcement')).toBe('2024-03-16');
  });

  it('reads the publication weekday as the publication day in both directions', () => {
    expect(firstDate('today (Thursday)', 'announcement')).toBe('2024-03-14');
    expect(firstDate('on Thursday', 'release')).toBe('2024-03-14');
  });

  it('reads today, yesterday, tomorrow and "a day earlier"', () => {
    expect(firstDate('released today', 'release')).toBe('2024-03-14');
    expect(firstDate('released yesterday', 'release')).toBe('2024-03-13');
    expect(firstDate('to be freed tomorrow', 'announcement')).toBe('2024-03-15');
    expect(firstDate('had been freed a day earlier', 'release')).toBe('2024-03-13');
  });

  it('reads explicit dates in the publication year, and last year for past months still ahead', () => {
    expect(firstDate('freed on April 8', 'announcement')).toBe('2024-04-08');
    expect(firstDate('freed on 8 March', 'release')).toBe('2024-03-08');
    expect(firstDate('freed on December 31', 'release')).toBe('2023-12-31');
  });

  it('gives vague periods no day', () => {
    expect(findDateCues('late last month', 'release', published, 'UTC')).toEqual([{ date: null, start: 0 }]);
  });
});

describe('localDay', () => {
  it('reads the publication day in the given timezone', () => {
    expect(localDay('2024-03-14T21:30:00Z', 'Asia/Kabul')).toEqual({ year: 2024, month: 2, day: 15 });
    expect(localDay('2024-03-14T21:30:00Z', 'UTC')).toEqual({ year: 2024, month: 2, day: 14 });
  });
});
