// How long a registry change keeps retrying, and how long it waits between rounds.
import { describe, expect, it } from 'vitest';
import { backoffMs, CI_RETRY_FOR_MS, INTERACTIVE_RETRY_FOR_MS, retryTime } from './registry-update.js';

describe('retryTime', () => {
  it('is a few minutes in CI, one minute elsewhere, and GOTONG_PUBLISH_RETRY_FOR when set', () => {
    expect(retryTime({ CI: 'true' })).toBe(CI_RETRY_FOR_MS);
    expect(CI_RETRY_FOR_MS).toBe(300_000);
    expect(retryTime({})).toBe(INTERACTIVE_RETRY_FOR_MS);
    expect(retryTime({ CI: 'true', GOTONG_PUBLISH_RETRY_FOR: '10m' })).toBe(600_000);
    expect(retryTime({ GOTONG_PUBLISH_RETRY_FOR: '0' })).toBe(0);
  });
});

describe('backoffMs', () => {
  it('doubles from 100 ms up to a cap, jittered between half and one and a half times', () => {
    expect([1, 2, 3, 4, 5, 6, 10].map((attempt) => backoffMs(attempt, () => 0.5))).toEqual([100, 200, 400, 800, 1600, 2000, 2000]);
    expect(backoffMs(3, () => 0)).toBe(200);
    expect(backoffMs(3, () => 0.999999)).toBe(600);
    expect(backoffMs(20, () => 0.999999)).toBe(3000);
  });
});
