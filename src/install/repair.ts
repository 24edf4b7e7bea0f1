// Modules `gotong verify` found changed (a file edited, removed or added in
// the module's folder), written down for the next install: it places them
// again, from the module store after hashing its entry, or from the verified
// tarball, then forgets the list. Until then no install answers "already up
// to date". A file, not a field of the install record, so that verify leaves
// the record (and its fingerprint in up-to-date.json) as the install wrote it.
import { promises as fs } from 'node:fs';
import { readFileOrNull, writeFileAtomic } from '../core/fsx.js';
import type { WorkspacePaths } from './workspace-paths.js';

export interface RepairList {
  /** A list is waiting (then no install answers "already up to date"). */
  pending: boolean;
  includes(module: string): boolean;
}

export async function readRepairList(paths: WorkspacePaths): Promise<RepairList> {
  const bytes = await readFileOrNull(paths.repairFile);
  if (!bytes) return { pending: false, includes: () => false };
  let modules: unknown;
  try {
    modules = (JSON.parse(bytes.toString('utf8')) as { modules?: unknown }).modules;
  } catch {
    modules = null;
  }
  // A damaged list: every module is placed again.
  if (!Array.isArray(modules)) return { pending: true, includes: () => true };
  const names = new Set(modules.filter((name): name is string => typeof name === 'string'));
  return { pending: true, includes: (module) => names.has(module) };
}

export async function markForRepair(paths: WorkspacePaths, modules: string[]): Promise<void> {
  let known: unknown[] = [];
  try {
    const listed = (JSON.parse((await readFileOrNull(paths.repairFile))?.toString('utf8') ?? '{}') as { modules?: unknown }).modules;
    if (Array.isArray(listed)) known = listed;
  } catch {
    // A damaged list is replaced.
  }
  const all = [...new Set([...known.filter((name): name is string => typeof name === 'string'), ...modules])].sort();
  await writeFileAtomic(paths.repairFile, JSON.stringify({ modules: all }) + '\n', 0o644, { createParent: false });
}

/** After an install that placed them again. */
export async function forgetRepair(paths: WorkspacePaths): Promise<void> {
  await fs.rm(paths.repairFile, { force: true });
}
