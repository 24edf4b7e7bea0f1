// Turns tuf-js failures into gotong's codes. tuf-js wraps some failures in a
// RuntimeError whose message carries the original, so both the class and the
// message are consulted (client workflow steps are in TUF 1.0 section 5).
import { GotongError } from '../core/errors.js';

const ADMIN_HINT = 'Do not use this registry until its administrators confirm what happened; run `gotong registry verify` for details.';

export function mapTufError(error: unknown, registryLabel: string): GotongError {
  if (error instanceof GotongError) return error;
  const name = (error as Error)?.constructor?.name ?? '';
  const message = String((error as Error)?.message ?? error);
  const text = `${name}: ${message}`;
  if (/GotongError|OFFLINE/.test(text) && (error as { cause?: unknown }).cause instanceof GotongError) {
    return (error as { cause: GotongError }).cause;
  }
  if (/ExpiredMetadataError|is expired/i.test(text)) {
    return new GotongError('GOTONG_E_METADATA_EXPIRED', `signed metadata of ${registryLabel} has expired (${message})`, {
      hint: 'The registry may be frozen by an attacker or simply stale: ask its administrators to refresh the timestamp; do not install until then.',
      cause: error,
    });
  }
  // Mix-and-match (TUF 1.0 sections 5.5.4, 5.6.4): files that are each validly
  // signed but do not belong together, e.g. a role whose version is not the one
  // the snapshot names. Not a rollback: the client may never have seen newer.
  const rootSkip = /Expected version (\d+), got (\d+)/.exec(message);
  if (/does not match snapshot version|doesn't match timestamp/i.test(text) || (rootSkip && Number(rootSkip[2]) > Number(rootSkip[1]))) {
    return new GotongError('GOTONG_E_METADATA_INVALID', `${registryLabel} serves metadata files that do not belong together (${message})`, {
      hint: ADMIN_HINT,
      cause: error,
    });
  }
  if (/BadVersionError|EqualVersionError|less than current version|Expected version \d+, got \d+/i.test(text)) {
    return new GotongError('GOTONG_E_METADATA_ROLLBACK', `${registryLabel} offers older metadata than this machine has already seen (${message})`, {
      hint: ADMIN_HINT + ' If the administrators really rebuilt the registry, remove this registry\'s trust folder under GOTONG_HOME/trust and add it again with a new pinned root.',
      cause: error,
    });
  }
  if (/DownloadLengthMismatchError|Max length reached/i.test(text)) {
    return new GotongError('GOTONG_E_METADATA_INVALID', `${registryLabel} served a metadata file larger than allowed (${message})`, {
      hint: ADMIN_HINT,
      cause: error,
    });
  }
  if (/UnsignedMetadataError|threshold|signature|LengthOrHashMismatchError|hash|length/i.test(text)) {
    return new GotongError('GOTONG_E_METADATA_INVALID', `signed metadata of ${registryLabel} failed verification (${message})`, {
      hint: ADMIN_HINT,
      cause: error,
    });
  }
  if (/DownloadHTTPError|Missing .* in snapshot|No .* metadata/i.test(text)) {
    return new GotongError('GOTONG_E_METADATA_INVALID', `${registryLabel} is missing signed metadata (${message})`, {
      hint: ADMIN_HINT,
      cause: error,
    });
  }
  return new GotongError('GOTONG_E_METADATA_INVALID', `metadata of ${registryLabel} could not be verified (${message})`, {
    hint: ADMIN_HINT,
    cause: error,
  });
}
