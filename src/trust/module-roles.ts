// One role per module under each namespace role (docs/REGISTRY.md, "Roles").
// A namespace role lists no targets: it delegates each module folder
// `<ns>/<folder>/*` to a role named `<ns>.<folder>`, with the namespace's own
// publisher keys and threshold, terminating. So a client installing one module
// reads the namespace role (which grows with the number of its modules) and
// that module's role (which grows with the module's versions), never the rest
// of the city's history. A namespace name has no dot, so `<ns>.<folder>` never
// names a namespace; folders are module names or the `_adoption` and
// `_attestations` record folders.
import type { PublicKeyInfo } from './keys.js';
import type { DelegationJSON } from './delegations.js';
import { phrase, type Phrase } from './phrase.js';

/** JSON with object keys sorted, to compare two copies of a key however their fields were ordered. */
function sortedJSON(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJSON).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${sortedJSON(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

const FOLDER = /^[a-z0-9_][a-z0-9_-]{0,99}$/;

/** The role that signs the files of `<namespace>/<folder>/`. */
export function moduleRoleName(namespace: string, folder: string): string {
  return `${namespace}.${folder}`;
}

/** The module role a target path belongs to (`bandung/sipd/index.json` → `bandung.sipd`), or null for a path gotong never writes. */
export function moduleRoleOf(targetPath: string): string | null {
  const [namespace, folder, file, ...rest] = targetPath.split('/');
  if (!namespace || !file || rest.length > 0 || !FOLDER.test(folder ?? '')) return null;
  return moduleRoleName(namespace, folder);
}

/** `bandung.sipd` → { namespace: 'bandung', folder: 'sipd' }; null for a name that is not a module role's. */
export function parseModuleRoleName(role: string): { namespace: string; folder: string } | null {
  const dot = role.indexOf('.');
  if (dot <= 0) return null;
  const folder = role.slice(dot + 1);
  return FOLDER.test(folder) ? { namespace: role.slice(0, dot), folder } : null;
}

export function moduleRolePattern(namespace: string, folder: string): string {
  return `${namespace}/${folder}/*`;
}

/** The delegation a namespace role makes for one module folder: exactly the namespace's keys and threshold. */
export function moduleDelegation(namespace: string, folder: string, keyIds: string[], threshold: number): DelegationJSON {
  return { name: moduleRoleName(namespace, folder), keyids: [...keyIds], threshold, terminating: true, paths: [moduleRolePattern(namespace, folder)] };
}

/** Publisher key ids, threshold and the keys themselves (as TUF JSON, by id). */
export interface ModuleKeySet {
  keyIds: string[];
  threshold: number;
  keyJSON: Record<string, unknown>;
}

/** A namespace role's `delegations`: one per folder, sorted, over the namespace's keys as the targets role lists them. */
export function moduleDelegations(namespace: string, folders: Iterable<string>, keys: ModuleKeySet): { keys: Record<string, unknown>; roles: DelegationJSON[] } {
  const roles = [...new Set(folders)].sort().map((folder) => moduleDelegation(namespace, folder, keys.keyIds, keys.threshold));
  // A key no delegation names is not listed (moduleDelegationProblem holds the role to that).
  return { keys: roles.length === 0 ? {} : Object.fromEntries(keys.keyIds.map((id) => [id, keys.keyJSON[id]])), roles };
}

/** The key ids and threshold of publisher keys, for moduleDelegations. */
export function publisherKeySet(keys: PublicKeyInfo[], threshold: number): ModuleKeySet {
  return { keyIds: [...new Set(keys.map((k) => k.keyId))], threshold, keyJSON: Object.fromEntries(keys.map((k) => [k.keyId, k.tufKey.toJSON()])) };
}

/**
 * Why a namespace role's delegations are not the shape gotong writes, or
 * null: each delegation is `<ns>.<folder>` for `<ns>/<folder>/*` alone,
 * terminating, with exactly the namespace's key ids and threshold, listed
 * once, and the keys it names are the namespace's keys as targets lists them.
 * A phrase: said in the user's language, and in English into the registry
 * (a refusal's reason).
 */
export function moduleDelegationProblem(
  namespace: string,
  delegations: { keys?: Record<string, unknown>; roles?: unknown[]; succinct_roles?: unknown } | undefined,
  expected: ModuleKeySet,
): Phrase | null {
  if (!delegations) return null;
  if (delegations.succinct_roles !== undefined) return phrase('trust.modules.hashBins', { namespace });
  const seen = new Set<string>();
  const wanted = [...new Set(expected.keyIds)].sort();
  for (const raw of delegations.roles ?? []) {
    const role = raw as Partial<DelegationJSON> & Record<string, unknown>;
    const parsed = typeof role.name === 'string' ? parseModuleRoleName(role.name) : null;
    const shown = JSON.stringify(String(role.name).slice(0, 120));
    if (!parsed || parsed.namespace !== namespace) return phrase('trust.modules.notModuleRole', { namespace, role: shown });
    if (seen.has(role.name!)) return phrase('trust.modules.twice', { namespace, role: shown });
    seen.add(role.name!);
    const shape = moduleDelegation(namespace, parsed.folder, wanted, expected.threshold);
    const keyIds = Array.isArray(role.keyids) ? [...new Set(role.keyids as string[])].sort() : [];
    const sameKeys = Array.isArray(role.keyids) && role.keyids.length === keyIds.length && keyIds.length === wanted.length && keyIds.every((id, i) => id === wanted[i]);
    const extra = Object.keys(role).filter((k) => !['name', 'keyids', 'threshold', 'terminating', 'paths'].includes(k));
    if (!sameKeys || role.threshold !== shape.threshold || role.terminating !== true || JSON.stringify(role.paths) !== JSON.stringify(shape.paths) || extra.length > 0) {
      return phrase('trust.modules.shape', { namespace, role: shown, pattern: shape.paths[0] });
    }
  }
  const listed = Object.keys(delegations.keys ?? {}).sort();
  const used = seen.size === 0 ? [] : wanted;
  if (listed.length !== used.length || listed.some((id, i) => id !== used[i] || sortedJSON(delegations.keys![id]) !== sortedJSON(expected.keyJSON[id]))) {
    return phrase('trust.modules.otherKeys', { namespace });
  }
  return null;
}
