// The refresh when the registry has not moved since the last verified one
// (TUF 1.0 section 5.3.5: a timestamp with the trusted version changes
// nothing). When the registry's timestamp.json is byte for byte the trusted
// one, no newer root exists, and every top-level file in the trust folder is
// exactly what tuf-js verified (verified-files.ts), the refresh would verify
// the same bytes with the same keys again. What can still change is the
// clock, so expiry is checked here. Anything else sends the command through
// tuf-js's full refresh.
import { join } from 'node:path';
import { readFileOrNull } from '../core/fsx.js';
import { metadataPath, timestampPath } from './file-names.js';
import type { RegistryReader } from './registry-reader.js';
import { sha256Hex } from './metadata-io.js';
import { SELF_SIGNED, type VerifiedFile, type VerifiedFiles } from './verified-files.js';

export interface TrustedFile {
  file: string;
  bytes: Buffer;
  sha256: string;
  signed: Record<string, unknown>;
}

export interface TrustedTopLevel {
  root: TrustedFile;
  timestamp: TrustedFile;
  snapshot: TrustedFile;
  targets: TrustedFile;
}

/** tuf-js's own bound for a timestamp (tuf-js config `timestampMaxLength`). */
const MAX_TIMESTAMP_BYTES = 16 * 1024;

/** A metadata file of the trust folder, parsed; null when absent or not a signed document. */
export async function readTrustedFile(trustDir: string, file: string): Promise<TrustedFile | null> {
  const bytes = await readFileOrNull(join(trustDir, file));
  if (!bytes) return null;
  try {
    const signed = (JSON.parse(bytes.toString('utf8')) as { signed?: unknown }).signed;
    if (typeof signed !== 'object' || signed === null || Array.isArray(signed)) return null;
    return { file, bytes, sha256: sha256Hex(bytes), signed: signed as Record<string, unknown> };
  } catch {
    return null;
  }
}

export async function readTopLevel(trustDir: string): Promise<TrustedTopLevel | null> {
  const [root, timestamp, snapshot, targets] = await Promise.all(['root', 'timestamp', 'snapshot', 'targets'].map((role) => readTrustedFile(trustDir, `${role}.json`)));
  if (!root || !timestamp || !snapshot || !targets) return null;
  return { root, timestamp, snapshot, targets };
}

/** What a full refresh verified: the root by itself, the other three by the root's keys. */
export function topLevelRecords(top: TrustedTopLevel): VerifiedFile[] {
  return [
    { file: top.root.file, sha256: top.root.sha256, by: SELF_SIGNED },
    ...[top.timestamp, top.snapshot, top.targets].map((f) => ({ file: f.file, sha256: f.sha256, by: top.root.sha256 })),
  ];
}

/** Not expired at `now`; an unreadable date counts as a reason to let tuf-js decide. */
export function unexpired(signed: Record<string, unknown>, now: number): boolean {
  const expires = typeof signed.expires === 'string' ? Date.parse(signed.expires) : NaN;
  return Number.isFinite(expires) && expires > now;
}

/** The version and, when listed, length and sha256 a snapshot or timestamp `meta` entry gives. */
export function matchesMeta(meta: unknown, file: TrustedFile): boolean {
  if (typeof meta !== 'object' || meta === null) return false;
  const entry = meta as { version?: unknown; length?: unknown; hashes?: Record<string, unknown> };
  if (entry.version !== file.signed.version) return false;
  if (entry.length !== undefined && entry.length !== file.bytes.length) return false;
  if (entry.hashes?.sha256 !== undefined && entry.hashes.sha256 !== file.sha256) return false;
  return true;
}

function metaOf(file: TrustedFile): Record<string, unknown> {
  const meta = file.signed.meta;
  return typeof meta === 'object' && meta !== null ? (meta as Record<string, unknown>) : {};
}

/**
 * The trusted top-level metadata when the registry has not moved since it
 * was verified and none of it has expired; null when tuf-js must refresh.
 * Offline, the registry is not asked (as tuf-js's forceCache).
 */
export async function unchangedSinceVerified(options: { trustDir: string; source: RegistryReader; offline: boolean; verified: VerifiedFiles; now: number }): Promise<TrustedTopLevel | null> {
  const top = await readTopLevel(options.trustDir);
  if (!top) return null;
  const { root, timestamp, snapshot, targets } = top;
  if (!topLevelRecords(top).every((r) => options.verified.has(r.file, r.sha256, r.by))) return null;
  if (![root, timestamp, snapshot, targets].every((f) => unexpired(f.signed, options.now))) return null;
  if (!matchesMeta(metaOf(timestamp)['snapshot.json'], snapshot) || !matchesMeta(metaOf(snapshot)['targets.json'], targets)) return null;
  if (!options.offline) {
    const version = root.signed.version;
    if (typeof version !== 'number') return null;
    try {
      if ((await options.source.read(metadataPath('root', version + 1), 1)) !== null) return null;
    } catch {
      return null; // a newer root exists (longer than one byte): tuf-js follows it
    }
    let served: Buffer | null;
    try {
      served = await options.source.read(timestampPath(), MAX_TIMESTAMP_BYTES);
    } catch {
      return null;
    }
    if (!served || !served.equals(timestamp.bytes)) return null;
  }
  return top;
}
