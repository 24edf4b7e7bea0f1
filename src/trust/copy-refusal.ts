// When a client reads a registry through a list of copies (mirrors, then the
// origin), a copy that serves something the trust layer refuses, or that
// cannot be reached, is given up for the next one. These are the failures
// that say "this copy is wrong or gone"; a failure of this machine (its
// trust folder, its disk, a lock) would be the same with any copy and stops
// the command instead.
import { GotongError } from '../core/errors.js';
import type { ReporterEvent } from '../core/reporter.js';
import { t } from '../i18n/translate.js';

const COPY_FAILURES = new Set([
  'GOTONG_E_REGISTRY_UNREACHABLE',
  'GOTONG_E_REGISTRY_INVALID',
  'GOTONG_E_GIT',
  'GOTONG_E_ROOT_MISMATCH',
  'GOTONG_E_METADATA_INVALID',
  'GOTONG_E_METADATA_EXPIRED',
  'GOTONG_E_METADATA_ROLLBACK',
  'GOTONG_E_TARGET_MISSING',
  'GOTONG_E_TARGET_MISMATCH',
]);

/** True when `error` condemns the copy read, not this machine. */
export function refusesCopy(error: unknown): error is GotongError {
  return error instanceof GotongError && COPY_FAILURES.has(error.code);
}

/** The warning that names a refused copy, why, and the copy read instead. */
export function copyRefused(refused: string, error: GotongError, next: string): ReporterEvent {
  return {
    type: 'warn',
    code: 'GOTONG_W_MIRROR_REFUSED',
    message: t('trust.copyRefused', { refused, code: error.code, reason: error.message, next }),
    hint: t('trust.copyRefused.hint'),
  };
}
