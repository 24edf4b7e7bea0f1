// `gotong store prune`: removes module-store entries (store.ts) that no
// workspace on this machine uses. The workspaces are those recorded by their
// installs (known-workspaces.ts); a workspace uses the tarballs its install
// record (gotong_modules/.gotong/state.json) or its lockfile names, so that
// a workspace whose gotong_modules/ was deleted keeps what its next install
// links. A recorded workspace whose folder holds none of gotong.json,
// gotong-lock.json and an install record is gone: its record is removed and it
// keeps nothing. The prune runs alone (verified/in-use.ts): an install making an entry
// it has not yet recorded in its workspace cannot run beside it.
//
// Removing an entry never changes an installed file: workspaces hold hard
// links (or copies) of its files, which stay. It only costs a later install
// an extraction, and frees the space once no workspace links the files.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { ioError } from '../core/errors.js';
import { pathExists } from '../core/fsx.js';
import { withFolderAlone } from '../verified/in-use.js';
import { t } from '../i18n/translate.js';
import { forgetWorkspace, knownWorkspaces } from './known-workspaces.js';
import { ModuleStore } from './store.js';
import { workspacePaths } from './workspace-paths.js';

export interface StorePruneOptions {
  /** GOTONG_HOME: where the store and the workspace records are. */
  home: string;
  storeDir: string;
  /** Report what would be removed, and remove nothing. */
  dryRun: boolean;
}

export interface PrunedWorkspace {
  path: string;
  /** Gone: the folder no longer holds a workspace; its record is forgotten. */
  gone: boolean;
}

export interface StorePruneResult {
  dryRun: boolean;
  workspaces: PrunedWorkspace[];
  kept: { entries: number; bytes: number };
  removed: { entries: number; bytes: number };
}

/** The integrities a JSON file's `modules.<name>.integrity` fields name (state.json and gotong-lock.json share that shape); none when it cannot be read. */
async function integritiesIn(file: string): Promise<string[]> {
  try {
    const parsed = JSON.parse(await fs.readFile(file, 'utf8')) as { modules?: Record<string, { integrity?: unknown }> };
    if (typeof parsed?.modules !== 'object' || parsed.modules === null) return [];
    return Object.values(parsed.modules).flatMap((m) => (typeof m?.integrity === 'string' ? [m.integrity] : []));
  } catch {
    // Absent or damaged: that file names nothing (at worst a later install extracts again).
    return [];
  }
}

async function isWorkspace(dir: string): Promise<boolean> {
  const paths = workspacePaths(dir);
  for (const file of [paths.manifestFile, paths.lockFile, paths.stateFile]) if (await pathExists(file).catch(() => true)) return true;
  return false;
}

/** The entry folders under store/v1/, each with the integrity its place names (null: not an entry's place). */
async function entryFolders(storeDir: string): Promise<Array<{ dir: string; integrity: string | null }>> {
  const base = join(storeDir, 'v1');
  const list = async (dir: string) =>
    fs.readdir(dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return [] as string[];
      throw ioError('read', dir, error);
    });
  const out: Array<{ dir: string; integrity: string | null }> = [];
  for (const prefix of (await list(base)).sort()) {
    for (const rest of (await list(join(base, prefix))).sort()) {
      const hex = prefix + rest;
      const valid = /^[0-9a-f]{128}$/.test(hex);
      out.push({ dir: join(base, prefix, rest), integrity: valid ? `sha512-${Buffer.from(hex, 'hex').toString('base64')}` : null });
    }
  }
  return out;
}

/** Removes the store entries no recorded workspace uses, and the records of workspaces that are gone. */
export async function pruneStore(options: StorePruneOptions): Promise<StorePruneResult> {
  // i18n-exempt: the command to run again is a command line, the same in every language.
  return withFolderAlone(options.storeDir, t('install.folder.store'), 'gotong store prune', async () => {
    const store = new ModuleStore(options.storeDir);
    const used = new Set<string>();
    const workspaces: PrunedWorkspace[] = [];
    for (const workspace of await knownWorkspaces(options.home)) {
      const gone = !(await isWorkspace(workspace.path));
      workspaces.push({ path: workspace.path, gone });
      if (gone) {
        if (!options.dryRun) await forgetWorkspace(workspace);
        continue;
      }
      const paths = workspacePaths(workspace.path);
      for (const file of [paths.stateFile, paths.lockFile]) for (const integrity of await integritiesIn(file)) used.add(integrity);
    }

    const result: StorePruneResult = { dryRun: options.dryRun, workspaces, kept: { entries: 0, bytes: 0 }, removed: { entries: 0, bytes: 0 } };
    for (const { dir, integrity } of await entryFolders(options.storeDir)) {
      // A folder that is no sealed entry (no readable files.json) is never linked, and an install would trip over it: removed too.
      const opened = integrity === null ? null : store.open(integrity);
      const bytes = opened ? opened.files.reduce((sum, file) => sum + file.size, 0) : 0;
      const counts = integrity !== null && opened && used.has(integrity) ? result.kept : result.removed;
      counts.entries += 1;
      counts.bytes += bytes;
      if (counts === result.kept || options.dryRun) continue;
      if (integrity !== null) store.discard(integrity);
      await fs.rm(dir, { recursive: true, force: true }).catch((error: unknown) => {
        throw ioError('remove', dir, error);
      });
    }
    if (!options.dryRun) store.sweepAbandoned();
    return result;
  });
}
