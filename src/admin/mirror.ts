// `gotong mirror --from NAME|URL --to DIR|GIT-URL`: a verified copy of a
// registry in a folder any web server serves (mirror-folder.ts) or on
// another git remote (registry/git-mirror.ts). The copy is checked as
// `gotong registry verify` checks a registry (every signature, threshold,
// expiry, delegation and target, and the pinned root when the registry is
// configured) before anything of it is published. --from also takes a
// folder holding such a copy (a mirror of a mirror, a copy carried on a
// disk). Readers verify it again through TUF, so a mirror needs no trust: it
// only has to be there.
import { dirname, join, resolve } from 'node:path';
import { GotongError } from '../core/errors.js';
import { pathExists, withLock } from '../core/fsx.js';
import { gotongPaths } from '../core/paths.js';
import { stage, type Reporter } from '../core/reporter.js';
import { fetchWholeRegistry, pushMirror } from '../registry/git-mirror.js';
import { GitBlobReader, removeStaleGitLocks } from '../registry/git.js';
import { locateRegistry, type RegistryLocation } from '../registry/locate.js';
import { gitLayoutProblems } from '../registry/namespaces.js';
import { registrySource } from '../registry/open.js';
import { redactUrl } from '../registry/redact.js';
import { DirectorySource, GitCommitSource, type RegistrySource } from '../registry/source.js';
import { verifyRegistry, type RegistryProblem, type VerifyRegistryOptions } from '../trust/verify-registry.js';
import { mirrorToFolder } from './mirror-folder.js';
import { t } from '../i18n/translate.js';

export interface MirrorOptions {
  from: string;
  to: string;
  cwd: string;
  reporter: Reporter;
  env?: NodeJS.ProcessEnv;
}

export type MirrorResult =
  | { kind: 'folder'; from: string; to: string; timestampVersion: number; copied: number; copiedBytes: number; kept: number; removed: number; vouchedFor: number }
  | { kind: 'git'; from: string; to: string; commit: string; outcome: 'pushed' | 'unchanged' };

/** A git URL (as `registry add` takes them); anything else is a folder. */
export function isGitDestination(to: string): boolean {
  return /^(ssh|git|file):\/\//.test(to) || /^git\+https?:\/\//.test(to) || /^https?:\/\/.*\.git\/?$/.test(to) || /^[\w.-]+@[\w.-]+:/.test(to);
}

/** The problems `registry verify` would report, plus a root that is not the pinned one. */
async function problemsOf(copy: RegistrySource, location: RegistryLocation, checkedBefore?: VerifyRegistryOptions['checkedBefore']): Promise<{ problems: RegistryProblem[]; vouchedFor: number }> {
  const result = await verifyRegistry(copy, { checkedBefore });
  const problems = [...result.problems];
  if (location.pinnedRootSha256 && result.rootSha256 && location.pinnedRootSha256 !== result.rootSha256) {
    problems.unshift({ where: 'metadata/1.root.json', message: t('admin.rootPinProblem', { sha256: result.rootSha256, pin: location.pinnedRootSha256 }) });
  }
  return { problems, vouchedFor: result.vouchedFor };
}

function failedVerification(label: string, problems: RegistryProblem[], to: string): GotongError {
  return new GotongError('GOTONG_E_MIRROR_REFUSED', t('admin.mirror.failsVerification', { source: label, count: problems.length, where: problems[0].where, problem: problems[0].message, to }), {
    hint: t('admin.mirror.failsVerification.hint'),
    details: { problems },
  });
}

async function mirrorToGit(location: RegistryLocation, to: string, options: MirrorOptions): Promise<MirrorResult> {
  if (location.kind !== 'git') {
    throw new GotongError('GOTONG_E_USAGE', t('admin.mirror.gitFromStatic', { registry: location.label }), {
      hint: t('admin.mirror.gitFromStatic.hint'),
    });
  }
  // A clone of its own beside the registry's read clone, with whole history (git-mirror.ts).
  const dir = join(dirname(gotongPaths(options.env).cloneDir(location.id)), 'mirror');
  return withLock(`${dir}.lock`, { waitMs: 120_000, what: t('admin.mirror.clone', { registry: location.label }), afterTakeover: () => removeStaleGitLocks(dir) }, async () => {
    const commit = await stage(options.reporter, 'fetch-registry', () => fetchWholeRegistry(dir, location.url));
    const source = new GitCommitSource(dir, commit, location.label, new GitBlobReader(dir, location.label));
    const problems = await stage(options.reporter, 'verify', async () => [...(await problemsOf(source, location)).problems, ...(await gitLayoutProblems(dir, commit))]);
    if (problems.length > 0) throw failedVerification(location.label, problems, redactUrl(to));
    const outcome = await stage(options.reporter, 'push', () => pushMirror(dir, to, commit));
    return { kind: 'git', from: location.label, to: redactUrl(to), commit, outcome };
  });
}

/** A folder holding a static copy (what `gotong mirror --to DIR` writes), not a git repository. */
async function staticFolder(from: string, cwd: string): Promise<string | null> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(from)) return null;
  const dir = resolve(cwd, from);
  const [stamp, gitDir, bare] = await Promise.all([pathExists(join(dir, 'metadata', 'timestamp.json')), pathExists(join(dir, '.git')), pathExists(join(dir, 'HEAD'))]);
  return stamp && !gitDir && !bare ? dir : null;
}

export async function mirrorRegistry(options: MirrorOptions): Promise<MirrorResult> {
  const folder = await staticFolder(options.from, options.cwd);
  const location: RegistryLocation = folder
    ? { id: 'static-folder', name: null, url: folder, kind: 'http', label: folder, pinnedRootSha256: null }
    : await locateRegistry({ flag: options.from, env: options.env });
  if (isGitDestination(options.to)) return mirrorToGit(location, options.to.replace(/^git\+/, ''), options);
  const dir = resolve(options.cwd, options.to);
  // The registry itself, never its configured mirrors: a mirror is made from the origin.
  const source = folder ? new DirectorySource(folder, folder) : await stage(options.reporter, 'fetch-registry', () => registrySource(location, false, options.env));
  if (source instanceof GitCommitSource) {
    await source.prefetchEverything();
    const layout = await gitLayoutProblems(source.dir, source.commit);
    if (layout.length > 0) throw failedVerification(location.label, layout, dir);
  }
  const done = await stage(options.reporter, 'copy', () => mirrorToFolder({ source, dir, verify: (copy, checkedBefore) => problemsOf(copy, location, checkedBefore), checksDir: gotongPaths(options.env).mirrorChecksDir, reporter: options.reporter }));
  return { kind: 'folder', from: location.label, to: dir, ...done };
}
