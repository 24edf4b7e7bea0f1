// Who reproduced a version: the attestations other cities signed
// (`<verifier>/_attestations/<subject>.json`, manifest/attestation-files.ts),
// read through the verified reader as install reads an index. A file that
// does not agree with its path, or is larger than allowed, is left out with
// GOTONG_W_RECORD_REFUSED, so one city's bad file cannot hide the others'.
// A statement counts only for the version it names with the integrity that
// version is published with. Cost: `gotong info` asks each namespace of the
// trusted metadata once for its file about the module's namespace; the
// catalog passes the target paths it has already listed.
import { GotongError, isGotongError } from '../core/errors.js';
import type { Reporter } from '../core/reporter.js';
import { t } from '../i18n/translate.js';
import { namespaceFileOf } from '../manifest/advisory-files.js';
import { attestationsTarget, MAX_ATTESTATIONS_BYTES, parseAttestationFile } from '../manifest/attestation-files.js';
import type { AttestationFile } from '../manifest/types.js';
import type { TargetReader } from '../verified/targets.js';

/** One city's statement that it rebuilt a version to the same tar, as info and the catalog show it. */
export interface Reproduction {
  /** The verifying namespace. */
  namespace: string;
  commit: string;
  /** The repository it fetched, or null when it rebuilt from a local checkout. */
  repository: string | null;
  reproducedAt: string;
  gotongVersion: string;
}

async function readOne(reader: TargetReader, path: string): Promise<AttestationFile> {
  const info = await reader.info(path);
  if (info.length > MAX_ATTESTATIONS_BYTES) {
    throw new GotongError('GOTONG_E_REGISTRY_INVALID', t('attest.tooLarge', { source: path, size: info.length, max: MAX_ATTESTATIONS_BYTES }), { hint: t('attest.registryFile.hint') });
  }
  return parseAttestationFile((await reader.read(path)).bytes, path);
}

/**
 * The attestations files among `targetPaths` (any signed target paths; the
 * others are skipped), each read and checked through `reader`. For the
 * catalog, which has listed every namespace's targets already.
 */
export async function readAttestations(reader: TargetReader, targetPaths: Iterable<string>, reporter: Reporter): Promise<AttestationFile[]> {
  const files: AttestationFile[] = [];
  for (const path of [...targetPaths].filter((p) => namespaceFileOf(p).kind === 'attestations').sort()) {
    try {
      files.push(await readOne(reader, path));
    } catch (error) {
      if (!isGotongError(error, 'GOTONG_E_REGISTRY_INVALID')) throw error;
      reporter.emit({ type: 'warn', code: 'GOTONG_W_RECORD_REFUSED', message: t('attest.refused', { path, reason: error.message }), hint: error.hint });
    }
  }
  return files;
}

/**
 * Every namespace's attestations about the versions of `subject` (a
 * namespace): one signed lookup per namespace the trusted metadata delegates.
 */
export async function attestationsAbout(
  trusted: { namespaces(): Promise<string[]>; targetInfo(path: string): Promise<unknown> },
  reader: TargetReader,
  subject: string,
  reporter: Reporter,
): Promise<AttestationFile[]> {
  // No file can be about a namespace named "index" (attestationsTarget); none is about its own signer.
  if (subject === 'index') return [];
  const paths: string[] = [];
  for (const namespace of await trusted.namespaces()) {
    if (namespace === subject) continue;
    const path = attestationsTarget(namespace, subject);
    if (await trusted.targetInfo(path)) paths.push(path);
  }
  return readAttestations(reader, paths, reporter);
}

/** Who reproduced `module@version` published with `integrity`, by namespace, earliest statement of each. */
export function reproducedBy(files: AttestationFile[], module: string, version: string, integrity: string): Reproduction[] {
  const out = new Map<string, Reproduction>();
  for (const file of files) {
    for (const s of file.statements) {
      if (s.module !== module || s.version !== version || s.integrity !== integrity || out.has(file.namespace)) continue;
      out.set(file.namespace, { namespace: file.namespace, commit: s.source.commit, repository: s.source.repository, reproducedAt: s.reproducedAt, gotongVersion: s.gotongVersion });
    }
  }
  return [...out.values()].sort((a, b) => (a.namespace < b.namespace ? -1 : a.namespace > b.namespace ? 1 : 0));
}
