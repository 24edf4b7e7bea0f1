import { describe, expect, it } from 'vitest';
import { parseDuration } from './duration.js';

describe('parseDuration', () => {
  it('reads a number with its unit, and 0', () => {
    expect(parseDuration('24h')).toBe(24 * 3600_000);
    expect(parseDuration(' 7d ')).toBe(7 * 24 * 3600_000);
    expect(parseDuration('30m')).toBe(30 * 60_000);
    expect(parseDuration('2 days')).toBe(2 * 24 * 3600_000);
    expect(parseDuration('0')).toBe(0);
  });

  it('refuses a bare number, a negative duration and words it does not know', () => {
    for (const text of ['24', '1.5', '-1h', 'sehari', '', 'h']) expect(parseDuration(text), text).toBeNull();
  });
});
