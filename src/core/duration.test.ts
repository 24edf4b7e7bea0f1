// Durations as users write them on the command line and in CI variables.
import { describe, expect, it } from 'vitest';
import { isGotongError } from './errors.js';
import { formatDuration, parseDuration } from './duration.js';

describe('parseDuration', () => {
  it('reads units, and a number alone as seconds', () => {
    expect(parseDuration('90s', '--retry-for')).toBe(90_000);
    expect(parseDuration('5m', '--retry-for')).toBe(300_000);
    expect(parseDuration('1.5h', '--retry-for')).toBe(5_400_000);
    expect(parseDuration('750ms', '--retry-for')).toBe(750);
    expect(parseDuration(' 300 ', '--retry-for')).toBe(300_000);
    expect(parseDuration('0', '--retry-for')).toBe(0);
    expect(parseDuration(' 7d ', 'GOTONG_VERIFY_INTERVAL')).toBe(7 * 24 * 3600_000);
    expect(parseDuration('2 days', 'GOTONG_VERIFY_INTERVAL')).toBe(2 * 24 * 3600_000);
  });

  it('refuses what is not a duration with a usage error naming where it came from', () => {
    for (const bad of ['', 'lima menit', '-5m', '5 fortnights', 'Infinity']) {
      let caught: unknown;
      try {
        parseDuration(bad, 'GOTONG_PUBLISH_RETRY_FOR');
      } catch (error) {
        caught = error;
      }
      expect(isGotongError(caught, 'GOTONG_E_USAGE'), bad).toBe(true);
      expect((caught as Error).message).toContain('GOTONG_PUBLISH_RETRY_FOR');
    }
  });
});

describe('formatDuration', () => {
  it('says milliseconds, seconds with one decimal, or minutes and seconds', () => {
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(1340)).toBe('1.3 s');
    expect(formatDuration(300_000)).toBe('5 min');
    expect(formatDuration(245_000)).toBe('4 min 5 s');
  });
});
