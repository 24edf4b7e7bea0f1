// Durations a user writes ("90s", "5m", "1.5h") and the ones gotong prints.
// The single home of the `ms` package. A number alone means seconds, as it
// does for `sleep` and `timeout`, not milliseconds as in `ms` itself: nobody
// means 300 ms by `--retry-for 300`.
import ms from 'ms';
import { GotongError } from './errors.js';

/** Milliseconds of `text`, or a GOTONG_E_USAGE error naming `source` (a flag or variable) when it is not a duration. */
export function parseDuration(text: string, source: string): number {
  const trimmed = text.trim();
  let value: number | undefined;
  try {
    value = /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) * 1000 : ms(trimmed as ms.StringValue);
  } catch {
    value = undefined; // ms throws on an empty string
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new GotongError('GOTONG_E_USAGE', `${source} "${text}" is not a duration`, {
      hint: 'Write a number with a unit, e.g. 90s, 5m or 1h (a number alone is seconds; 0 means no retry).',
    });
  }
  return Math.round(value);
}

/** A duration for people: "850 ms", "1.3 s", "4 min 5 s". */
export function formatDuration(milliseconds: number): string {
  if (milliseconds < 1000) return `${Math.round(milliseconds)} ms`;
  if (milliseconds < 60_000) return `${(milliseconds / 1000).toFixed(1)} s`;
  const minutes = Math.floor(milliseconds / 60_000);
  const seconds = Math.round((milliseconds % 60_000) / 1000);
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}
