// Checks bytes against a target's signed length and hashes (TUF 1.0 client
// workflow 5.7.3) before anything else looks at them. Pure: no I/O.
import { hash } from 'node:crypto';
import { GotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';

export interface SignedTarget {
  path: string;
  length: number;
  hashes: Record<string, string>;
}

const SUPPORTED = new Set(['sha256', 'sha512']);

export function checkTargetBytes(target: SignedTarget, bytes: Buffer): void {
  const mismatch = (message: string) => new GotongError('GOTONG_E_TARGET_MISMATCH', message, { hint: t('trust.targetMismatch.hint') });
  if (bytes.length !== target.length) throw mismatch(t('trust.targetMismatch.length', { path: target.path }));
  const algorithms = Object.keys(target.hashes).filter((a) => SUPPORTED.has(a));
  if (algorithms.length === 0) throw mismatch(t('trust.targetMismatch.noHashes', { path: target.path }));
  for (const algorithm of algorithms) {
    if (hash(algorithm, bytes, 'hex') !== target.hashes[algorithm]) throw mismatch(t('trust.targetMismatch.hash', { path: target.path, algorithm }));
  }
}

export function integrityFromHashes(hashes: Record<string, string>): string {
  return 'sha512-' + Buffer.from(hashes.sha512 ?? '', 'hex').toString('base64');
}
