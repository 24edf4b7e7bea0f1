// The two signed targets a namespace publishes besides its modules (docs/REGISTRY.md,
// "Adoption records and advisories"): an adoption record
// `<namespace>/_adoption/<workspace>.json` (which exact versions one workspace of
// the city runs, from `gotong report`) and a module's advisories
// `<namespace>/<name>/advisories.json` (from `gotong advisory publish`). Both are
// signed by the namespace whose folder holds them, so the content must agree
// with the path: a record names the namespace it sits under, an advisories file
// names the module whose folder it sits in. `_adoption` can never be a module
// name (names start with a letter or digit), so the two never collide.
import semver from 'semver';
import { GotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { isValidNamespace, isValidVersion, parseModuleName, quote } from './names.js';
import { describedSource, parseDocumentText } from './schema.js';
import type { AdoptionRecord, Advisory, AdvisoryFile, Severity } from './types.js';

export const ADOPTION_FOLDER = '_adoption';
export const ATTESTATIONS_FOLDER = '_attestations';
export const ADVISORIES_FILE = 'advisories.json';
/** The most bytes an adoption record or an advisories file may take; readers and accept refuse more. */
export const MAX_ADOPTION_BYTES = 1024 * 1024;
export const MAX_ADVISORIES_BYTES = 4 * 1024 * 1024;
export const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high', 'critical'];

/** What a namespace target path is, by its shape alone. */
export type NamespaceFile =
  | { kind: 'index'; module: string }
  | { kind: 'advisories'; module: string }
  | { kind: 'adoption'; workspace: string }
  | { kind: 'attestations'; subject: string }
  | { kind: 'other' };

export function namespaceFileOf(targetPath: string): NamespaceFile {
  const [namespace, folder, file] = targetPath.split('/');
  const fullName = `@${namespace}/${folder}`;
  if (folder === ADOPTION_FOLDER) {
    const workspace = file?.endsWith('.json') ? file.slice(0, -'.json'.length) : '';
    return { kind: 'adoption', workspace };
  }
  // Statements about another namespace's versions (manifest/attestation-files.ts).
  if (folder === ATTESTATIONS_FOLDER) return { kind: 'attestations', subject: file?.endsWith('.json') ? file.slice(0, -'.json'.length) : '' };
  if (file === 'index.json') return { kind: 'index', module: fullName };
  if (file === ADVISORIES_FILE) return { kind: 'advisories', module: fullName };
  return { kind: 'other' };
}

/** Readers that list modules take every `<ns>/<x>/index.json` for a module index: no record may have that name. */
const RESERVED_WORKSPACES = new Set(['index']);

export function adoptionTarget(namespace: string, workspace: string): string {
  if (!isValidNamespace(namespace) || !isValidNamespace(workspace) || RESERVED_WORKSPACES.has(workspace)) {
    throw new GotongError('GOTONG_E_USAGE', t('manifest.adoption.badTarget', { value: quote(`${namespace}/${workspace}`) }), {
      hint: t('manifest.adoption.badTarget.hint'),
    });
  }
  return `${namespace}/${ADOPTION_FOLDER}/${workspace}.json`;
}

export function advisoriesTarget(fullName: string): string {
  const { namespace, name } = parseModuleName(fullName);
  return `${namespace}/${name}/${ADVISORIES_FILE}`;
}

function utf8(bytes: Buffer, source: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new GotongError('GOTONG_E_REGISTRY_INVALID', t('manifest.notUtf8', { source }), { hint: t('manifest.registryFile.hint') });
  }
}

function bounded(bytes: Buffer, max: number, source: string): void {
  if (bytes.length > max) {
    throw new GotongError('GOTONG_E_REGISTRY_INVALID', t('manifest.registryFile.tooLarge', { source, size: bytes.length, max }), { hint: t('manifest.registryFile.hint') });
  }
}

/** Parses an adoption record read at `targetPath`; it must name the namespace and workspace of its path. */
export function parseAdoptionRecord(bytes: Buffer, targetPath: string): AdoptionRecord {
  const source = describedSource('manifest.adoption.source', { path: targetPath });
  bounded(bytes, MAX_ADOPTION_BYTES, source.label);
  const record = parseDocumentText('adoption', utf8(bytes, source.label), source);
  const [namespace] = targetPath.split('/');
  const place = namespaceFileOf(targetPath);
  if (RESERVED_WORKSPACES.has(record.workspace)) {
    throw new GotongError('GOTONG_E_REGISTRY_INVALID', t('manifest.adoption.reservedId', { source: source.label }), { hint: t('manifest.registryFile.hint') });
  }
  if (place.kind !== 'adoption' || record.namespace !== namespace || record.workspace !== place.workspace) {
    throw new GotongError('GOTONG_E_REGISTRY_INVALID', t('manifest.adoption.elsewhere', { source: source.label, from: quote(`${record.namespace}/${record.workspace}`) }), {
      hint: t('manifest.adoption.elsewhere.hint'),
      details: { path: targetPath, namespace: record.namespace, workspace: record.workspace },
    });
  }
  return record;
}

/** Parses a module's advisories read at `targetPath`; they must be about the module whose folder holds them. */
export function parseAdvisoryFile(bytes: Buffer, targetPath: string): AdvisoryFile {
  const source = describedSource('manifest.advisories.source', { path: targetPath });
  bounded(bytes, MAX_ADVISORIES_BYTES, source.label);
  const file = parseDocumentText('advisories', utf8(bytes, source.label), source);
  const place = namespaceFileOf(targetPath);
  if (place.kind !== 'advisories' || file.name !== place.module) {
    throw new GotongError('GOTONG_E_REGISTRY_INVALID', t('manifest.advisories.otherModule', { source: source.label, name: quote(file.name) }), {
      hint: t('manifest.advisories.otherModule.hint'),
      details: { path: targetPath, name: file.name },
    });
  }
  return file;
}

function json(doc: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(doc, null, 2)}\n`, 'utf8');
}

/** Deterministic bytes: fields in the schema's order, modules sorted by name. */
export function serializeAdoptionRecord(record: AdoptionRecord): Buffer {
  const modules = Object.fromEntries(Object.entries(record.modules).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return json({ schemaVersion: 1, namespace: record.namespace, workspace: record.workspace, reportedAt: record.reportedAt, modules });
}

export function serializeAdvisoryFile(file: AdvisoryFile): Buffer {
  return json({ ...file, schemaVersion: 1, name: file.name, advisories: file.advisories });
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

export function isSeverity(text: string): text is Severity {
  return (SEVERITIES as readonly string[]).includes(text);
}

/** Whether `version` is among the versions an advisory names (pre-releases included). */
export function affects(advisory: Pick<Advisory, 'range'>, version: string): boolean {
  return isValidVersion(version) && semver.satisfies(version, advisory.range, { includePrerelease: true });
}

/**
 * What the file becomes with `advisory`: a new id is appended; a known id is
 * replaced, keeping its first publication time. Null when nothing changes.
 */
export function withAdvisory(file: AdvisoryFile | null, name: string, advisory: Advisory, now: Date): AdvisoryFile | null {
  const current = file ?? { schemaVersion: 1, name, advisories: [] };
  const at = current.advisories.findIndex((a) => a.id === advisory.id);
  if (at === -1) return { ...current, advisories: [...current.advisories, advisory] };
  const old = current.advisories[at];
  const next: Advisory = { ...old, ...advisory, publishedAt: old.publishedAt };
  delete next.updatedAt;
  const same = JSON.stringify({ ...old, updatedAt: undefined }) === JSON.stringify({ ...next, updatedAt: undefined });
  if (same) return null;
  const advisories = [...current.advisories];
  advisories[at] = { ...next, updatedAt: now.toISOString() };
  return { ...current, advisories };
}
