// The bookkeeping of `gotong registry verify` (verify-registry.ts and
// verify-namespace.ts): a list of problems that grows as the audit reads on
// instead of stopping at the first, and reads of metadata whose failure is
// one more problem.
import { MetadataKind, type Metadata, type Root, type Targets } from '@tufjs/models';
import { t } from '../i18n/translate.js';
import type { RegistryReader } from './registry-reader.js';
import { parseMetadata } from './metadata-io.js';

export interface RegistryProblem {
  where: string;
  message: string;
}

/**
 * A version whose index entry names a publisher key that its namespace no
 * longer lists (a key revoked with `registry namespace-keys`). Not a
 * problem: the namespace's current keys re-signed its bytes when the key was
 * revoked, so clients still verify them; but an auditor reviews what such a
 * key published (docs/DECISIONS.md, "Versions published by a removed key").
 */
export interface PublishedByRemovedKey {
  module: string;
  version: string;
  publisherKeyId: string;
}

/** The most bytes one metadata file may take when read for an audit or a status. */
export const MAX_METADATA_BYTES = 64 * 1024 * 1024;

export class Audit {
  readonly problems: RegistryProblem[] = [];
  readonly publishedByRemovedKeys: PublishedByRemovedKey[] = [];
  constructor(readonly now: Date) {}

  problem(where: string, message: string): void {
    this.problems.push({ where, message });
  }

  /** Runs a check; a thrown error becomes a problem, and the audit goes on. */
  check(where: string, work: () => void): boolean {
    try {
      work();
      return true;
    } catch (error) {
      this.problem(where, (error as Error).message);
      return false;
    }
  }

  expiry(where: string, expires: string): void {
    const time = Date.parse(expires);
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(expires) || Number.isNaN(time)) this.problem(where, t('trust.verify.expiryInvalid', { expires }));
    else if (time <= this.now.getTime()) this.problem(where, t('trust.verify.expired', { expires }));
  }

  /** Takes in what an audit of one part found, in the order the parts were listed. */
  merge(part: Audit): void {
    this.problems.push(...part.problems);
    this.publishedByRemovedKeys.push(...part.publishedByRemovedKeys);
  }
}

export async function readMetadata(source: RegistryReader, rel: string, audit: Audit): Promise<Buffer | null> {
  try {
    const bytes = await source.read(rel, MAX_METADATA_BYTES);
    if (!bytes) audit.problem(rel, t('trust.verify.fileMissing'));
    return bytes;
  } catch (error) {
    audit.problem(rel, (error as Error).message);
    return null;
  }
}

export function parseOrReport<K extends MetadataKind>(kind: K, bytes: Buffer, rel: string, audit: Audit) {
  try {
    return parseMetadata(kind as MetadataKind.Root, bytes, rel) as unknown as Metadata<K extends MetadataKind.Root ? Root : Targets>;
  } catch (error) {
    audit.problem(rel, (error as Error).message);
    return null;
  }
}
