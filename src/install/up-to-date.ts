// "Nothing changed" without reading anything twice: every install records,
// in gotong_modules/.gotong/up-to-date.json and in the same journaled step as
// the lockfile, the sha256 of the gotong.json, gotong-lock.json and install
// record it left and the modules it installed. When the next install finds
// the same three files byte for byte, written by the same gotong, and every
// module folder still there, it is done: the files were checked when they
// were written and identical bytes check the same. Anything else (an edited
// gotong.json, a new lockfile from git, another gotong version, a missing
// record) takes the full path, which parses and checks everything.
import { hash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { readFileOrNull } from '../core/fsx.js';
import { moduleDir, type WorkspacePaths } from './workspace-paths.js';

const GOTONG_VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

export interface InstalledEntry {
  name: string;
  version: string;
  integrity: string;
}

interface Stamp {
  stampVersion: 1;
  gotong: string;
  manifestSha256: string;
  lockSha256: string;
  stateSha256: string;
  installed: InstalledEntry[];
}

const sha256 = (bytes: Buffer | string) => hash('sha256', bytes, 'hex');

/** The record to write with an install, given the exact text of the three files it leaves. */
export function stampFor(files: { manifest: Buffer | string; lockfile: Buffer | string; state: string }, installed: InstalledEntry[]): string {
  const stamp: Stamp = { stampVersion: 1, gotong: GOTONG_VERSION, manifestSha256: sha256(files.manifest), lockSha256: sha256(files.lockfile), stateSha256: sha256(files.state), installed };
  return JSON.stringify(stamp);
}

/** What is installed, when the workspace is exactly as the last install left it; null otherwise. */
export async function installedIfUnchanged(paths: WorkspacePaths): Promise<InstalledEntry[] | null> {
  const [stampBytes, manifest, lockfile, state] = await Promise.all([paths.stampFile, paths.manifestFile, paths.lockFile, paths.stateFile].map(readFileOrNull));
  if (!stampBytes || !manifest || !lockfile || !state) return null;
  let stamp: Stamp;
  try {
    stamp = JSON.parse(stampBytes.toString('utf8')) as Stamp;
  } catch {
    return null;
  }
  if (stamp?.stampVersion !== 1 || stamp.gotong !== GOTONG_VERSION || !Array.isArray(stamp.installed)) return null;
  if (stamp.manifestSha256 !== sha256(manifest) || stamp.lockSha256 !== sha256(lockfile) || stamp.stateSha256 !== sha256(state)) return null;
  // A module folder deleted by hand is installed again. Checked with
  // synchronous calls: 200 checks through the thread pool took longer than
  // everything else this answer costs.
  return stamp.installed.every((m) => existsSync(moduleDir(paths, m.name))) ? stamp.installed : null;
}
