// A placed module's own gotong.json must say what its signed index entry
// says. TUF proves that the bytes are the ones the member signed for that
// path; it does not prove that they are the module the entry describes. A
// member's key (or a mistake) could sign, for @bandung/e-musrenbang 2.1.0,
// the tarball of another module, of another version, or one whose
// dependencies differ from those the resolver chose the tree by.
//
// Contract: called once the module's files are in its staging folder,
// however they got there (extracted from the registry or the cache, linked
// from the module store, linked ahead under --frozen), so that a store entry
// made from one module's tarball is never accepted for another module with
// the same bytes. It reads one small file and throws GOTONG_E_MANIFEST_MISMATCH
// (exit 3) naming the module, the version and the field that differs; the
// caller removes the staging folder. Only name, version and dependencies are
// compared, and dependencies as maps (the index stores them sorted, the
// author's gotong.json in any order); other fields a newer gotong may add are
// not read, so a module published by a newer gotong still installs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractedFile } from '../archive/extract.js';
import { GotongError, ioError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { manifestFileName } from '../manifest/manifest.js';
import { quote } from '../manifest/names.js';
import type { ResolvedModule } from './resolve.js';

/** No manifest gotong writes comes near this; a larger one is not read. */
const MAX_MANIFEST_BYTES = 1024 * 1024;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

type Field = 'gotong.json' | 'name' | 'version' | 'dependencies';

/** `problem` says what differs, in words. */
function mismatch(module: ResolvedModule, field: Field, problem: string, details: Record<string, unknown> = {}): GotongError {
  return new GotongError('GOTONG_E_MANIFEST_MISMATCH', t('install.mismatch', { name: module.name, version: module.version, problem }), {
    hint: t('install.mismatch.hint'),
    details: { module: module.name, version: module.version, field, ...details },
  });
}

function fieldMismatch(module: ResolvedModule, field: 'name' | 'version', found: unknown, signed: string): GotongError {
  const problem = found === undefined
    ? t('install.mismatch.noField', { field })
    : t('install.mismatch.field', { field, found: typeof found === 'string' ? quote(found) : JSON.stringify(found), signed });
  return mismatch(module, field, problem, { inTarball: found ?? null, signed });
}

/** The first difference between two dependency maps, in words; null when they are equal. */
function dependencyDifference(inTarball: Record<string, unknown>, signed: Record<string, string>): string | null {
  for (const name of Object.keys(signed).sort()) {
    if (!Object.hasOwn(inTarball, name)) return t('install.mismatch.dependencyMissing', { name, range: quote(signed[name]) });
    if (inTarball[name] !== signed[name]) return t('install.mismatch.dependencyRange', { name, found: quote(String(inTarball[name])), signed: quote(signed[name]) });
  }
  for (const name of Object.keys(inTarball).sort()) {
    if (!Object.hasOwn(signed, name)) return t('install.mismatch.dependencyExtra', { name: quote(name) });
  }
  return null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Throws GOTONG_E_MANIFEST_MISMATCH unless `dest`'s gotong.json names the module, version and dependencies of its entry. */
export function assertManifestMatchesEntry(module: ResolvedModule, dest: string, files: readonly ExtractedFile[]): void {
  const listed = files.find((file) => file.path === manifestFileName);
  if (!listed) throw mismatch(module, 'gotong.json', t('install.mismatch.noManifest'));
  if (listed.size > MAX_MANIFEST_BYTES) throw mismatch(module, 'gotong.json', t('install.mismatch.manifestTooLarge', { size: listed.size, max: MAX_MANIFEST_BYTES }));
  const path = join(dest, manifestFileName);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw ioError('read', path, error);
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(UTF8.decode(bytes));
  } catch {
    throw mismatch(module, 'gotong.json', t('install.mismatch.notJson'));
  }
  if (!isPlainObject(manifest)) throw mismatch(module, 'gotong.json', t('install.mismatch.notObject'));
  if (manifest.name !== module.name) throw fieldMismatch(module, 'name', manifest.name, module.name);
  if (manifest.version !== module.version) throw fieldMismatch(module, 'version', manifest.version, module.version);
  const dependencies = manifest.dependencies ?? {};
  if (!isPlainObject(dependencies)) throw mismatch(module, 'dependencies', t('install.mismatch.badDependencies'));
  const signed = module.entry.dependencies ?? {};
  const difference = dependencyDifference(dependencies, signed);
  if (difference) throw mismatch(module, 'dependencies', difference, { inTarball: dependencies, signed });
}
