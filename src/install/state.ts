// What gotong installed, file by file: `gotong verify` re-hashes the tree
// against it, and an install skips modules whose record matches the plan.
import { readFileOrNull } from '../core/fsx.js';
import type { WorkspacePaths } from './workspace-paths.js';

export interface InstalledFile {
  size: number;
  integrity: string;
  executable: boolean;
}

export interface InstalledModule {
  version: string;
  integrity: string;
  files: Record<string, InstalledFile>;
}

export interface InstalledState {
  stateVersion: 1;
  modules: Record<string, InstalledModule>;
}

export function emptyState(): InstalledState {
  return { stateVersion: 1, modules: {} };
}

export async function readInstalledState(paths: WorkspacePaths): Promise<InstalledState> {
  const bytes = await readFileOrNull(paths.stateFile);
  if (!bytes) return emptyState();
  try {
    const parsed = JSON.parse(bytes.toString('utf8')) as InstalledState;
    if (parsed?.stateVersion !== 1 || typeof parsed.modules !== 'object' || parsed.modules === null) return emptyState();
    return parsed;
  } catch {
    // A damaged record only costs a re-extraction: every module is reinstalled.
    return emptyState();
  }
}

export function serializeState(state: InstalledState): string {
  const modules: Record<string, InstalledModule> = {};
  for (const name of Object.keys(state.modules).sort()) modules[name] = state.modules[name];
  return JSON.stringify({ stateVersion: 1, modules });
}
