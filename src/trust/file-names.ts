// TUF's names for the files of a repository, with consistent snapshots on
// (TUF 1.0 section 7): every metadata file but timestamp is stored as
// VERSION.ROLE.json and every target as SHA256.BASENAME, so a mirror updated
// file by file never serves a mix. The trust layer owns these names because
// what it signs and verifies names them (a ceremony's id covers its paths);
// transports only hand out the bytes at a path (registry-reader.ts).
import { posix } from 'node:path';
import { METADATA_DIR, TARGETS_DIR } from '../core/registry-folders.js';

export function metadataPath(role: string, version?: number): string {
  return version === undefined ? `${METADATA_DIR}/${role}.json` : `${METADATA_DIR}/${version}.${role}.json`;
}

export function timestampPath(): string {
  return metadataPath('timestamp');
}

/** Path of a target's bytes in the repository, given its TUF target path and sha256. */
export function targetStoragePath(targetPath: string, sha256: string): string {
  const dir = posix.dirname(targetPath);
  const base = posix.basename(targetPath);
  return `${TARGETS_DIR}/${dir === '.' ? '' : dir + '/'}${sha256}.${base}`;
}

/** The repository folder where the files of the targets beside `targetPath` are stored. */
export function targetStorageFolder(targetPath: string): string {
  return posix.dirname(targetStoragePath(targetPath, ''));
}

/** A role name as gotong writes it: `bandung`, or one of its module roles `bandung.sipd`, `bandung._adoption` (module-roles.ts). */
export const ROLE_NAME_TEXT = '[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9_][a-z0-9_-]*)?';

export function isRoleName(name: string): boolean {
  return new RegExp(`^${ROLE_NAME_TEXT}$`).test(name);
}

/** Parses `N.role.json` (a name in the metadata folder) into its parts; null for other names. */
export function parseMetadataFileName(fileName: string): { version: number; role: string } | null {
  const match = new RegExp(`^(\\d+)\\.(${ROLE_NAME_TEXT})\\.json$`).exec(fileName);
  return match ? { version: Number(match[1]), role: match[2] } : null;
}
