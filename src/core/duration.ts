// Durations people write in settings ("24h", "30m", "7d"), read by the `ms`
// package; its only home in gotong. Loaded when a duration is read, not with
// the answer of an install with nothing to do, which reads none by default.
import { createRequire } from 'node:module';

type ParseMs = (text: string) => number | undefined;
let ms: ParseMs | null = null;

/**
 * Milliseconds in `text`: a number with its unit (`90s`, `30m`, `24h`,
 * `7d`, `2 days`), or `0`. Null for anything else, a bare number included:
 * `24` could mean hours as well as the milliseconds `ms` would read.
 */
export function parseDuration(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '0') return 0;
  if (trimmed === '' || /^\d+(?:\.\d+)?$/.test(trimmed)) return null;
  // Typed for literal durations only; any other text gives undefined.
  ms ??= createRequire(import.meta.url)('ms') as ParseMs;
  const value = ms(trimmed);
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}
