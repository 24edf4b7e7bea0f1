// The workspaces on this machine that install through GOTONG_HOME: one small
// file per workspace under GOTONG_HOME/workspaces/, named by the sha256 of its
// folder's path, written by its first install. `gotong store prune` reads them
// to learn which module-store entries some workspace still uses. One file
// each, written once and never edited, so that installs in many workspaces
// at once need no lock to record themselves.
import { createHash } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';
import { ioError } from '../core/errors.js';
import { writeFileAtomic } from '../core/fsx.js';

export interface KnownWorkspace {
  /** The workspace's folder, absolute. */
  path: string;
  /** The record's own file (removed when the workspace is gone). */
  record: string;
}

function recordsDir(home: string): string {
  return join(home, 'workspaces');
}

function recordOf(home: string, dir: string): string {
  return join(recordsDir(home), `${createHash('sha256').update(dir).digest('hex').slice(0, 32)}.json`);
}

/**
 * Records `dir` as a workspace that installs through `home`. A record that
 * cannot be written only costs store entries that a prune then removes
 * (and a later install extracts again), so it never stops an install.
 */
export async function rememberWorkspace(home: string, dir: string): Promise<void> {
  const path = resolve(dir);
  const record = recordOf(home, path);
  if (existsSync(record)) return;
  await writeFileAtomic(record, `${JSON.stringify({ path })}\n`).catch(() => undefined);
}

/** Every recorded workspace; records that cannot be read are skipped. */
export async function knownWorkspaces(home: string): Promise<KnownWorkspace[]> {
  const dir = recordsDir(home);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw ioError('read', dir, error);
  }
  const found: KnownWorkspace[] = [];
  for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
    const record = join(dir, name);
    try {
      const parsed = JSON.parse(await fs.readFile(record, 'utf8')) as { path?: unknown };
      if (typeof parsed.path === 'string' && parsed.path.length > 0) found.push({ path: parsed.path, record });
    } catch {
      // Half-written by hand or damaged: the workspace records itself again at its next install.
    }
  }
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Forgets a workspace that no longer exists. */
export async function forgetWorkspace(workspace: KnownWorkspace): Promise<void> {
  await fs.rm(workspace.record, { force: true }).catch((error: unknown) => {
    throw ioError('remove', workspace.record, error);
  });
}
