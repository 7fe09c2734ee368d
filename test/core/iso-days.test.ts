import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../src/core/iso-days.js';

describe('ISO days', () => {
  it('moves across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
  });

  it('counts whole days either way', () => {
    expect(daysBetween('2024-03-10', '2024-03-14')).toBe(4);
    expect(daysBetween('2024-03-14', '2024-03-10')).toBe(-4);
    expect(daysBetween('2024-03-30', '2024-03-31')).toBe(1);
  });
});
