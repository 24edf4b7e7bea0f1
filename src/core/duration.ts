// Durations a user writes ("90s", "5m", "24h", "7d") and the ones gotong
// prints. The single home of the `ms` package, loaded only when a duration is
// read: the answer of an install with nothing to do reads none by default and
// must start fast. A number alone means seconds, as it does for `sleep` and
// `timeout`, not milliseconds as in `ms` itself: nobody means 300 ms by
// `--retry-for 300`.
import { createRequire } from 'node:module';
import { GotongError } from './errors.js';
import { t } from '../i18n/translate.js';

type ParseMs = (text: string) => number | undefined;
const require = createRequire(import.meta.url);
let ms: ParseMs | null = null;

/** Milliseconds of `text`, or a GOTONG_E_USAGE error naming `source` (a flag or variable) when it is not a duration. */
export function parseDuration(text: string, source: string): number {
  const trimmed = text.trim();
  let value: number | undefined;
  try {
    ms ??= require('ms') as ParseMs;
    value = /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) * 1000 : ms(trimmed);
  } catch {
    value = undefined; // ms throws on an empty string
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new GotongError('GOTONG_E_USAGE', t('duration.invalid', { source, text }), { hint: t('duration.invalid.hint') });
  }
  return Math.round(value);
}

/** A duration for people: "850 ms", "1.3 s", "4 min 5 s". */
export function formatDuration(milliseconds: number): string {
  if (milliseconds < 1000) return t('duration.ms', { value: Math.round(milliseconds) });
  if (milliseconds < 60_000) return t('duration.seconds', { value: milliseconds / 1000 });
  const minutes = Math.floor(milliseconds / 60_000);
  const seconds = Math.round((milliseconds % 60_000) / 1000);
  return seconds === 0 ? t('duration.minutes', { minutes }) : t('duration.minutesSeconds', { minutes, seconds });
}
