// `gotong log --since`: a date (2026-01-31, or an ISO time) or a duration back from now (7d, 12h).
import { GotongError } from '../core/errors.js';
import { parseDuration } from '../core/duration.js';
import { t } from '../i18n/translate.js';

export function parseSince(text: string, now = Date.now()): Date {
  const trimmed = text.trim();
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(trimmed)) {
    const at = Date.parse(trimmed);
    if (Number.isFinite(at)) return new Date(at);
  } else {
    try {
      return new Date(now - parseDuration(trimmed, '--since'));
    } catch {
      // not a duration either
    }
  }
  throw new GotongError('GOTONG_E_USAGE', t('log.since.invalid', { text: trimmed }), { hint: t('log.since.invalid.hint') });
}
