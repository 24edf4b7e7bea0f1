// outdated: the workspace's modules next to what the registry offers now.
// For each module in the lockfile (and each dependency not installed yet):
// the version installed, the newest one every range that asks for it allows
// (wanted, what `gotong update` moves to), the newest the publisher offers
// (latest), and whether the installed one is yanked or deprecated. Reads only
// the index files of those modules, each verified through TUF.
import semver from 'semver';
import { mapLimit } from '../core/concurrency.js';
import { latestVersion } from '../manifest/module-index.js';
import type { Lockfile, ModuleIndex, ModuleManifest } from '../manifest/types.js';
import type { TargetReader } from '../verified/targets.js';

export interface OutdatedModule {
  name: string;
  /** Listed in the workspace's gotong.json. */
  direct: boolean;
  /** The workspace's range, for a direct dependency. */
  range: string | null;
  /** The version gotong-lock.json holds; null when not installed. */
  current: string | null;
  /** The newest version, not yanked, that every range asking for the module allows; null when none does. */
  wanted: string | null;
  /** The newest version, not yanked, stable before pre-releases; null when every version is yanked. */
  latest: string | null;
  /** The current version's state in the registry. */
  yanked: boolean;
  yankedReason: string | null;
  deprecated: string | null;
  /** Not installed, yanked, or a newer version is wanted or published. */
  outdated: boolean;
}

export interface OutdatedReport {
  registry: string;
  /** Direct dependencies first, then the rest; each group by name. */
  modules: OutdatedModule[];
  outdatedCount: number;
}

const INDEX_CONCURRENCY = 8;

/** The ranges asking for each module: the workspace's, and those of the locked modules that depend on it. */
function demandsOf(requested: Record<string, string>, lock: Lockfile | null): Map<string, string[]> {
  const demands = new Map<string, string[]>();
  const add = (name: string, range: string) => demands.set(name, [...(demands.get(name) ?? []), range]);
  for (const [name, range] of Object.entries(requested)) add(name, range);
  for (const locked of Object.values(lock?.modules ?? {})) for (const [dep, range] of Object.entries(locked.dependencies)) add(dep, range);
  return demands;
}

function wantedVersion(index: ModuleIndex, ranges: string[]): string | null {
  const fitting = Object.keys(index.versions).filter((v) => !index.versions[v].yanked && ranges.every((r) => semver.satisfies(v, r)));
  return semver.rsort(fitting)[0] ?? null;
}

/** The pure step: one row per module from its index and the workspace's ranges and lockfile. */
export function outdatedModule(name: string, index: ModuleIndex, requested: Record<string, string>, ranges: string[], current: string | null): OutdatedModule {
  const entry = current === null ? undefined : index.versions[current];
  const wanted = wantedVersion(index, ranges);
  const latest = latestVersion(index);
  const yanked = entry?.yanked === true;
  const newer = (v: string | null) => v !== null && current !== null && semver.gt(v, current);
  return {
    name,
    direct: Object.hasOwn(requested, name),
    range: Object.hasOwn(requested, name) ? requested[name] : null,
    current,
    wanted,
    latest,
    yanked,
    yankedReason: yanked && typeof entry?.yankedReason === 'string' ? entry.yankedReason : null,
    deprecated: typeof entry?.deprecated === 'string' ? entry.deprecated : null,
    outdated: current === null || yanked || (wanted !== null && wanted !== current) || newer(latest),
  };
}

/** A workspace and the registry it installs from, opened by the caller (install/workspace-registry.ts). */
export interface OutdatedInput {
  manifest: ModuleManifest;
  lock: Lockfile | null;
  /** Index files, each verified through TUF. */
  reader: Pick<TargetReader, 'loadIndex'>;
  /** The registry's name or URL, without credentials. */
  registryLabel: string;
}

export async function outdated({ manifest, lock, reader, registryLabel }: OutdatedInput): Promise<OutdatedReport> {
  const requested = manifest.dependencies ?? {};
  const demands = demandsOf(requested, lock);
  const names = [...new Set([...Object.keys(requested), ...Object.keys(lock?.modules ?? {})])];
  const modules = await mapLimit(names, INDEX_CONCURRENCY, async (name) => outdatedModule(name, await reader.loadIndex(name), requested, demands.get(name) ?? [], lock?.modules[name]?.version ?? null));
  modules.sort((a, b) => Number(b.direct) - Number(a.direct) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { registry: registryLabel, modules, outdatedCount: modules.filter((m) => m.outdated).length };
}
