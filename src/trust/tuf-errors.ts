// Turns tuf-js failures into gotong's codes. tuf-js wraps some failures in a
// RuntimeError whose message carries the original, so both the class and the
// message are consulted (client workflow steps are in TUF 1.0 section 5).
import { GotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';

export function mapTufError(error: unknown, registryLabel: string): GotongError {
  if (error instanceof GotongError) return error;
  const name = (error as Error)?.constructor?.name ?? '';
  const message = String((error as Error)?.message ?? error);
  const text = `${name}: ${message}`;
  const values = { label: registryLabel, detail: message };
  if (/GotongError|OFFLINE/.test(text) && (error as { cause?: unknown }).cause instanceof GotongError) {
    return (error as { cause: GotongError }).cause;
  }
  if (/ExpiredMetadataError|is expired/i.test(text)) {
    return new GotongError('GOTONG_E_METADATA_EXPIRED', t('trust.tuf.expired', values), { hint: t('trust.tuf.expired.hint'), cause: error });
  }
  // Mix-and-match (TUF 1.0 sections 5.5.4, 5.6.4): files that are each validly
  // signed but do not belong together, e.g. a role whose version is not the one
  // the snapshot names. Not a rollback: the client may never have seen newer.
  const rootSkip = /Expected version (\d+), got (\d+)/.exec(message);
  if (/does not match snapshot version|doesn't match timestamp/i.test(text) || (rootSkip && Number(rootSkip[2]) > Number(rootSkip[1]))) {
    return new GotongError('GOTONG_E_METADATA_INVALID', t('trust.tuf.mixAndMatch', values), { hint: t('trust.tuf.admin.hint'), cause: error });
  }
  if (/BadVersionError|EqualVersionError|less than current version|Expected version \d+, got \d+/i.test(text)) {
    return new GotongError('GOTONG_E_METADATA_ROLLBACK', t('trust.tuf.rollback', values), { hint: t('trust.tuf.rollback.hint'), cause: error });
  }
  if (/DownloadLengthMismatchError|Max length reached/i.test(text)) {
    return new GotongError('GOTONG_E_METADATA_INVALID', t('trust.tuf.tooLarge', values), { hint: t('trust.tuf.admin.hint'), cause: error });
  }
  if (/UnsignedMetadataError|threshold|signature|LengthOrHashMismatchError|hash|length/i.test(text)) {
    return new GotongError('GOTONG_E_METADATA_INVALID', t('trust.tuf.failed', values), { hint: t('trust.tuf.admin.hint'), cause: error });
  }
  if (/DownloadHTTPError|Missing .* in snapshot|No .* metadata/i.test(text)) {
    return new GotongError('GOTONG_E_METADATA_INVALID', t('trust.tuf.missing', values), { hint: t('trust.tuf.admin.hint'), cause: error });
  }
  return new GotongError('GOTONG_E_METADATA_INVALID', t('trust.tuf.unverified', values), { hint: t('trust.tuf.admin.hint'), cause: error });
}
