// What changed between two states of a registry, from the signed documents
// themselves (never from commit messages): versions of a module index
// published, yanked, unyanked, deprecated; namespaces delegated, removed or
// re-keyed in the targets role; the keys and threshold of a new root.
import semver from 'semver';
import type { ModuleIndex } from '../manifest/types.js';

export type LogEventKind =
  | 'published'
  | 'yanked'
  | 'unyanked'
  | 'deprecated'
  | 'undeprecated'
  | 'namespace-added'
  | 'namespace-removed'
  | 'namespace-keys-changed'
  | 'root-changed'
  | 'proposal-accepted'
  | 'proposal-refused';

export interface LogEvent {
  /** ISO time of the registry commit. */
  time: string;
  kind: LogEventKind;
  /** The namespace the event belongs to; null for a root change. */
  namespace: string | null;
  /** `@<namespace>/<name>`, for events of a module. */
  module?: string;
  version?: string;
  /** The keys whose signatures on the changed metadata count (or, when it does not verify, the keys it claims). */
  keyIds: string[];
  commit: string;
  verified: boolean;
  /** Why the event does not verify. */
  reason?: string;
  details: Record<string, unknown>;
}

/** A change to one version of a module, read from the module's index before and after. */
export interface VersionChange {
  kind: 'published' | 'yanked' | 'unyanked' | 'deprecated' | 'undeprecated';
  version: string;
  details: Record<string, unknown>;
}

function compareVersions(a: string, b: string): number {
  if (semver.valid(a) && semver.valid(b)) return semver.compare(a, b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The versions that `after` publishes, yanks, unyanks, deprecates or undeprecates against `before` (null: no index yet). */
export function versionChanges(before: ModuleIndex | null, after: ModuleIndex | null): VersionChange[] {
  const changes: VersionChange[] = [];
  const old = before?.versions ?? {};
  const now = after?.versions ?? {};
  for (const version of Object.keys(now).sort(compareVersions)) {
    const entry = now[version];
    const previous = old[version];
    if (!previous) {
      changes.push({ kind: 'published', version, details: { publisherKeyId: entry.publisherKeyId, publishedAt: entry.publishedAt, sha256: entry.sha256 } });
      if (entry.yanked) changes.push({ kind: 'yanked', version, details: { reason: entry.yankedReason ?? null } });
      if (entry.deprecated) changes.push({ kind: 'deprecated', version, details: { message: entry.deprecated } });
      continue;
    }
    if (entry.yanked && !previous.yanked) changes.push({ kind: 'yanked', version, details: { reason: entry.yankedReason ?? null } });
    if (!entry.yanked && previous.yanked) changes.push({ kind: 'unyanked', version, details: {} });
    if (entry.deprecated && entry.deprecated !== previous.deprecated) changes.push({ kind: 'deprecated', version, details: { message: entry.deprecated } });
    if (!entry.deprecated && previous.deprecated) changes.push({ kind: 'undeprecated', version, details: {} });
  }
  return changes;
}

export interface Delegation {
  keyIds: string[];
  threshold: number;
}

export interface DelegationChange {
  kind: 'namespace-added' | 'namespace-removed' | 'namespace-keys-changed';
  namespace: string;
  details: Record<string, unknown>;
}

/** How the namespace delegations of the targets role changed (null: no targets role before). */
export function delegationChanges(before: Map<string, Delegation> | null, after: Map<string, Delegation>): DelegationChange[] {
  const changes: DelegationChange[] = [];
  const old = before ?? new Map<string, Delegation>();
  for (const [namespace, now] of [...after].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const previous = old.get(namespace);
    if (!previous) {
      changes.push({ kind: 'namespace-added', namespace, details: { keyIds: [...now.keyIds].sort(), threshold: now.threshold } });
      continue;
    }
    const keys = keyChange(previous.keyIds, now.keyIds);
    if (keys.added.length > 0 || keys.removed.length > 0 || previous.threshold !== now.threshold) {
      changes.push({ kind: 'namespace-keys-changed', namespace, details: { ...keys, threshold: now.threshold, previousThreshold: previous.threshold } });
    }
  }
  for (const namespace of [...old.keys()].sort()) {
    if (!after.has(namespace)) changes.push({ kind: 'namespace-removed', namespace, details: { keyIds: [...old.get(namespace)!.keyIds].sort() } });
  }
  return changes;
}

/** Keys in `after` but not `before` (added) and the other way round (removed); both at once is a rotation. */
export function keyChange(before: string[], after: string[]): { added: string[]; removed: string[]; rotated: boolean } {
  const added = [...new Set(after)].filter((id) => !before.includes(id)).sort();
  const removed = [...new Set(before)].filter((id) => !after.includes(id)).sort();
  return { added, removed, rotated: added.length > 0 && removed.length > 0 };
}
