import { describe, expect, it } from 'vitest';
import { writeClock } from '../../src/main/core/db/write-clock';

describe('writeClock', () => {
  it('never repeats within a millisecond, so "newest first" follows the order of saves', () => {
    const stamps = Array.from({ length: 1000 }, () => writeClock());
    for (let i = 1; i < stamps.length; i++) expect(stamps[i]).toBeGreaterThan(stamps[i - 1]!);
    expect(Math.abs(stamps[0]! - Date.now())).toBeLessThan(5_000);
  });
});
