// Checks bytes against a target's signed length and hashes (TUF 1.0 client
// workflow 5.7.3) before anything else looks at them. Pure: no I/O.
import { hash } from 'node:crypto';
import { GotongError } from '../core/errors.js';

export interface SignedTarget {
  path: string;
  length: number;
  hashes: Record<string, string>;
}

const SUPPORTED = new Set(['sha256', 'sha512']);

export function checkTargetBytes(target: SignedTarget, bytes: Buffer): void {
  const mismatch = (what: string) =>
    new GotongError('GOTONG_E_TARGET_MISMATCH', `${target.path} does not match its signed ${what}`, {
      hint: 'The file was changed after it was signed (in the registry, a mirror or the local cache); nothing was installed. Tell the registry administrators.',
    });
  if (bytes.length !== target.length) throw mismatch('length');
  const algorithms = Object.keys(target.hashes).filter((a) => SUPPORTED.has(a));
  if (algorithms.length === 0) throw mismatch('hashes (none usable)');
  for (const algorithm of algorithms) {
    if (hash(algorithm, bytes, 'hex') !== target.hashes[algorithm]) throw mismatch(algorithm);
  }
}

export function integrityFromHashes(hashes: Record<string, string>): string {
  return 'sha512-' + Buffer.from(hashes.sha512 ?? '', 'hex').toString('base64');
}
