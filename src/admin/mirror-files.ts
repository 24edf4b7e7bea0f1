// The files that make up a registry's current state, as a static copy holds
// them (docs/REGISTRY.md, "Layout"): registry.json, every root version,
// timestamp.json, the snapshot it names, every role file the snapshot names
// and every target those roles sign, under the consistent-snapshot names of
// TUF 1.0 section 7. Read from metadata that is not yet verified: the list
// only says what to copy, and the copy is verified as a whole before it is
// published (mirror.ts).
import { GotongError } from '../core/errors.js';
import { REGISTRY_INFO_FILE } from '../core/registry-folders.js';
import { isRoleName, metadataPath, targetStoragePath, timestampPath } from '../trust/file-names.js';
import type { RegistrySource } from '../registry/source.js';
import { MAX_METADATA_BYTES, MAX_ROOT_VERSIONS } from '../trust/verify-registry.js';
import { t } from '../i18n/translate.js';

/** registry.json is informative and small. */
const MAX_INFO_BYTES = 1024 * 1024;
const SAFE_NAME = /^(?!\.\.?$)[A-Za-z0-9._@+-]+$/;

export interface RegistryFiles {
  /** Metadata and registry.json, with their bytes as read. */
  small: Map<string, Buffer>;
  /** Target files with their signed lengths. */
  targets: Map<string, number>;
  timestampVersion: number;
}

function signedPart(bytes: Buffer, rel: string): Record<string, unknown> {
  try {
    const signed = (JSON.parse(bytes.toString('utf8')) as { signed?: unknown }).signed;
    if (typeof signed === 'object' && signed !== null) return signed as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new GotongError('GOTONG_E_REGISTRY_INVALID', t('admin.mirror.notMetadata', { path: rel }), {
    hint: t('admin.mirror.badRegistry.hint'),
  });
}

function missing(rel: string, label: string): GotongError {
  return new GotongError('GOTONG_E_REGISTRY_INVALID', t('admin.mirror.fileMissing', { registry: label, path: rel }), {
    hint: t('admin.mirror.badRegistry.hint'),
  });
}

export async function listRegistryFiles(source: RegistrySource): Promise<RegistryFiles> {
  const small = new Map<string, Buffer>();
  const targets = new Map<string, number>();
  const info = await source.read(REGISTRY_INFO_FILE, MAX_INFO_BYTES);
  if (info) small.set(REGISTRY_INFO_FILE, info);
  for (let version = 1; version < MAX_ROOT_VERSIONS; version++) {
    const bytes = await source.read(metadataPath('root', version), MAX_METADATA_BYTES);
    if (!bytes) break;
    small.set(metadataPath('root', version), bytes);
  }
  const timestamp = await source.read(timestampPath(), MAX_METADATA_BYTES);
  if (!timestamp) throw missing(timestampPath(), source.label);
  small.set(timestampPath(), timestamp);
  const stamp = signedPart(timestamp, timestampPath());
  const snapshotVersion = (stamp.meta as Record<string, { version?: number }> | undefined)?.['snapshot.json']?.version;
  if (!Number.isInteger(snapshotVersion)) {
    throw new GotongError('GOTONG_E_REGISTRY_INVALID', t('admin.mirror.snapshotVersionMissing', { registry: source.label }), {
      hint: t('admin.mirror.badRegistry.hint'),
    });
  }
  const snapshotRel = metadataPath('snapshot', snapshotVersion);
  const snapshot = await source.read(snapshotRel, MAX_METADATA_BYTES);
  if (!snapshot) throw missing(snapshotRel, source.label);
  small.set(snapshotRel, snapshot);
  const meta = (signedPart(snapshot, snapshotRel).meta ?? {}) as Record<string, { version?: number }>;
  for (const [file, entry] of Object.entries(meta)) {
    const role = file.replace(/\.json$/, '');
    if (!isRoleName(role) || !Number.isInteger(entry.version)) continue;
    const rel = metadataPath(role, entry.version);
    const bytes = await source.read(rel, MAX_METADATA_BYTES);
    // A removed namespace stays listed and has no file left: nothing to copy.
    if (!bytes) continue;
    small.set(rel, bytes);
    const signed = (signedPart(bytes, rel).targets ?? {}) as Record<string, { length?: number; hashes?: Record<string, string> }>;
    for (const [path, target] of Object.entries(signed)) {
      if (typeof target.hashes?.sha256 !== 'string' || !Number.isInteger(target.length)) continue;
      const stored = targetStoragePath(path, target.hashes.sha256);
      // The copy is written under these names: only plain names, nothing that climbs out.
      if (!stored.split('/').every((part) => SAFE_NAME.test(part))) {
        throw new GotongError('GOTONG_E_REGISTRY_INVALID', t('admin.mirror.unsafeTarget', { path: rel, target: JSON.stringify(path) }), {
          hint: t('admin.mirror.badRegistry.hint'),
        });
      }
      targets.set(stored, target.length!);
    }
  }
  return { small, targets, timestampVersion: Number(stamp.version) || 0 };
}
