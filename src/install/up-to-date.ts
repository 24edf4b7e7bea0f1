// "Nothing changed" without reading anything twice: every install records,
// in gotong_modules/.gotong/up-to-date.json and in the same journaled step as
// the lockfile, the sha256 of the gotong.json, gotong-lock.json and install
// record it left and the modules it installed. When the next install finds
// the same three files byte for byte, written by the same gotong, and every
// module folder still there, it is done: the files were checked when they
// were written and identical bytes check the same. Anything else (an edited
// gotong.json, a new lockfile from git, another gotong version, a missing
// record) takes the full path, which parses and checks everything.
//
// The record also says against which registry, and when, the workspace was
// last checked through TUF. The answer stands only for that registry (the one
// --registry, GOTONG_REGISTRY, gotong.json or the user's default names now)
// and only while that check is more recent than the interval
// (GOTONG_VERIFY_INTERVAL, one day by default), as cargo refreshes its index:
// otherwise the install opens the registry, which catches an expired
// timestamp or a revoked key, and still changes nothing if nothing changed.
import { hash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { parseDuration } from '../core/duration.js';
import { readFileOrNull } from '../core/fsx.js';
import { moduleDir, type WorkspacePaths } from './workspace-paths.js';

const GOTONG_VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

/** How long a check against the registry answers for an install with nothing to do. */
export const DEFAULT_VERIFY_INTERVAL_MS = 24 * 3600 * 1000;

export interface InstalledEntry {
  name: string;
  version: string;
  integrity: string;
}

/** The last time the workspace was checked against its registry's signed metadata. */
export interface Verification {
  /** The registry's local id (its configured name, or url-<hash>) and URL without credentials. */
  registryId: string;
  registryUrl: string;
  /** How answers name the registry: its configured name, or its URL. */
  against: string;
  /** ISO 8601. */
  at: string;
}

interface Stamp {
  stampVersion: 1;
  gotong: string;
  manifestSha256: string;
  lockSha256: string;
  stateSha256: string;
  installed: InstalledEntry[];
  verified?: Verification | null;
}

/** What the install flags say about the registry to answer for. */
export interface FreshnessOptions {
  /** --registry */
  registry?: string;
  /** --refresh: check against the registry whatever the record says. */
  refresh?: boolean;
  env?: NodeJS.ProcessEnv;
}

export interface UpToDate {
  installed: InstalledEntry[];
  verified: Verification;
}

const sha256 = (bytes: Buffer | string) => hash('sha256', bytes, 'hex');

/** The record to write with an install, given the exact text of the three files it leaves. */
export function stampFor(files: { manifest: Buffer | string; lockfile: Buffer | string; state: string }, installed: InstalledEntry[], verified: Verification | null): string {
  const stamp: Stamp = { stampVersion: 1, gotong: GOTONG_VERSION, manifestSha256: sha256(files.manifest), lockSha256: sha256(files.lockfile), stateSha256: sha256(files.state), installed, verified };
  return JSON.stringify(stamp);
}

async function readStamp(paths: WorkspacePaths): Promise<Stamp | null> {
  const bytes = await readFileOrNull(paths.stampFile);
  if (!bytes) return null;
  try {
    const stamp = JSON.parse(bytes.toString('utf8')) as Stamp;
    return stamp?.stampVersion === 1 ? stamp : null;
  } catch {
    return null;
  }
}

/** The last check against a registry the record tells of, whether or not the files still match it. */
export async function lastVerification(paths: WorkspacePaths): Promise<Verification | null> {
  const verified = (await readStamp(paths))?.verified;
  const valid = verified && [verified.registryId, verified.registryUrl, verified.against, verified.at].every((field) => typeof field === 'string');
  return valid ? verified : null;
}

/** GOTONG_VERIFY_INTERVAL in milliseconds, or the default. */
export function verifyInterval(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.GOTONG_VERIFY_INTERVAL;
  if (text === undefined || text.trim() === '') return DEFAULT_VERIFY_INTERVAL_MS;
  return parseDuration(text, 'GOTONG_VERIFY_INTERVAL');
}

/** The registry an install uses, as the record names it. */
export function verificationOf(location: { id: string; name: string | null }, redactedUrl: string, at: Date): Verification {
  return { registryId: location.id, registryUrl: redactedUrl, against: location.name ?? redactedUrl, at: at.toISOString() };
}

/** Whether a check was made against the registry at `location` (by its local id and URL). */
export function sameRegistry(verified: Verification | null, location: { id: string }, redactedUrl: string): verified is Verification {
  return verified !== null && verified.registryId === location.id && verified.registryUrl === redactedUrl;
}

/** Whether a check is more recent than the interval, and --refresh was not given. */
export function recent(verified: Verification, options: FreshnessOptions): boolean {
  if (options.refresh) return false;
  const age = Date.now() - Date.parse(verified.at);
  // A check "in the future" (the clock was set back) proves nothing.
  return age >= 0 && age < verifyInterval(options.env);
}

/**
 * `verified` when it is recent and was made against the registry the install
 * would use now (`workspaceRegistry` is gotong.json's "registry"); null when
 * the install must check against the registry again.
 */
export async function stillVerified(verified: Verification | null, workspaceRegistry: string | undefined, options: FreshnessOptions): Promise<Verification | null> {
  if (!verified || !recent(verified, options)) return null;
  const [{ locateRegistry }, { redactUrl }] = await Promise.all([import('../registry/locate.js'), import('../registry/redact.js')]);
  const location = await locateRegistry({ flag: options.registry, workspace: workspaceRegistry, env: options.env });
  return sameRegistry(verified, location, redactUrl(location.url)) ? verified : null;
}

/**
 * What is installed and when it was last checked against the registry, when
 * the workspace is exactly as the last install left it, no `gotong verify`
 * since found a change, and that check still answers (stillVerified); null
 * otherwise.
 */
export async function installedIfUnchanged(paths: WorkspacePaths, options: FreshnessOptions): Promise<UpToDate | null> {
  const [stamp, manifest, lockfile, state] = await Promise.all([readStamp(paths), ...[paths.manifestFile, paths.lockFile, paths.stateFile].map(readFileOrNull)]);
  if (!stamp || !manifest || !lockfile || !state) return null;
  if (stamp.gotong !== GOTONG_VERSION || !Array.isArray(stamp.installed)) return null;
  if (stamp.manifestSha256 !== sha256(manifest) || stamp.lockSha256 !== sha256(lockfile) || stamp.stateSha256 !== sha256(state)) return null;
  // A module folder deleted by hand is installed again, and so are modules
  // `gotong verify` found changed. Checked with synchronous calls: 200 checks
  // through the thread pool took longer than everything else this answer costs.
  if (existsSync(paths.repairFile) || !stamp.installed.every((m) => existsSync(moduleDir(paths, m.name)))) return null;
  let workspaceRegistry: unknown;
  try {
    workspaceRegistry = (JSON.parse(manifest.toString('utf8')) as { registry?: unknown }).registry;
  } catch {
    return null;
  }
  const verified = await stillVerified(stamp.verified ?? null, typeof workspaceRegistry === 'string' ? workspaceRegistry : undefined, options);
  return verified && { installed: stamp.installed, verified };
}
