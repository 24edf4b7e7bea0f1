// The source a version was published from, on disk: a checkout the user
// gives (which must be at the recorded commit), or a fresh fetch of the
// recorded commit alone from the repository the index names (or one the user
// names). The recorded address comes from a signed index another member
// wrote, so it is fetched only over network protocols: git may not run a
// helper program or read a local path for it (GIT_PROTOCOL_FROM_USER=0 and
// protocol.allow), and it always follows `--`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GotongError } from '../core/errors.js';
import { pathExists } from '../core/fsx.js';
import { t } from '../i18n/translate.js';
import { runGit, runGitReport } from '../registry/git.js';
import { redactUrl } from '../registry/redact.js';
import { publicSourceUrl } from './source-url.js';
import type { VersionProvenance } from './types.js';

export interface SourceCheckout {
  /** The module folder to pack. */
  moduleDir: string;
  /** What was used: the folder given, or the address fetched (without credentials). */
  from: string;
  /** The address fetched, as it may be recorded for others (attestations); null for a folder the user gave. */
  repository: string | null;
  commit: string | null;
  /** Removes a fetched copy; nothing for a folder the user gave. */
  dispose(): Promise<void>;
}

/** Only network protocols for an address read from the registry; the user's own may also be a path. */
const RECORDED_PROTOCOLS = ['-c', 'protocol.allow=never', '-c', 'protocol.https.allow=always', '-c', 'protocol.http.allow=always', '-c', 'protocol.ssh.allow=always', '-c', 'protocol.git.allow=always'];

function unavailable(message: string, hint: string, cause?: unknown): GotongError {
  return new GotongError('GOTONG_E_SOURCE_UNAVAILABLE', message, { hint, cause });
}

async function moduleFolderIn(top: string, recordedPath: string | undefined): Promise<string> {
  if (recordedPath && recordedPath !== '.' && (await pathExists(join(top, recordedPath, 'gotong.json')))) return join(top, recordedPath);
  return top;
}

async function givenFolder(dir: string, source: VersionProvenance['source']): Promise<SourceCheckout> {
  const top = (await runGitReport(dir, ['rev-parse', '--show-toplevel'])).stdout.trim();
  const head = top ? (await runGitReport(dir, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])).stdout.trim() : '';
  if (source && head && head !== source.commit) {
    throw unavailable(t('rebuild.checkoutElsewhere', { dir, head: head.slice(0, 12), commit: source.commit.slice(0, 12) }), t('rebuild.checkoutElsewhere.hint', { dir, commit: source.commit }));
  }
  // A folder inside a repository is the module folder itself; a repository's top holds it at the recorded path.
  const moduleDir = top && top !== dir && (await pathExists(join(dir, 'gotong.json'))) ? dir : await moduleFolderIn(top || dir, source?.path);
  return { moduleDir, from: dir, repository: null, commit: head || null, dispose: async () => undefined };
}

async function fetchedCommit(url: string, commit: string, recordedPath: string | undefined, fromRegistry: boolean): Promise<SourceCheckout> {
  const work = await mkdtemp(join(tmpdir(), 'gotong-rebuild-'));
  const dispose = () => rm(work, { recursive: true, force: true });
  const protocols = fromRegistry ? RECORDED_PROTOCOLS : [];
  const vars: Record<string, string> = fromRegistry ? { GIT_PROTOCOL_FROM_USER: '0' } : {};
  try {
    await runGit(work, ['init', '--quiet']);
    try {
      await runGit(work, [...protocols, 'fetch', '--quiet', '--no-tags', '--depth', '1', '--', url, commit], { vars });
    } catch {
      // A server that lets no one ask for a commit by its id: fetch its branches and find the commit among them.
      await runGit(work, [...protocols, 'fetch', '--quiet', '--no-tags', '--', url, '+refs/heads/*:refs/remotes/source/*'], { vars });
    }
    await runGit(work, ['cat-file', '-e', `${commit}^{commit}`]);
    await runGit(work, ['-c', 'advice.detachedHead=false', 'checkout', '--quiet', '--detach', commit]);
  } catch (error) {
    await dispose();
    throw unavailable(t('rebuild.fetchFailed', { url: redactUrl(url), commit: commit.slice(0, 12) }), t('rebuild.fetchFailed.hint'), error);
  }
  return { moduleDir: await moduleFolderIn(work, recordedPath), from: publicSourceUrl(url) ?? redactUrl(url), repository: publicSourceUrl(url), commit, dispose };
}

/** The source of a version: `given` is a folder or a git address, else the recorded repository. */
export async function checkoutSource(provenance: VersionProvenance | undefined, given: string | undefined): Promise<SourceCheckout> {
  const source = provenance?.source;
  if (given && (await pathExists(given))) return givenFolder(given, source);
  if (!source) throw unavailable(t('rebuild.noSource'), t('rebuild.noSource.hint'));
  if (given) return fetchedCommit(given, source.commit, source.path, false);
  const recorded = source.repository && !source.repository.startsWith('-') ? publicSourceUrl(source.repository) : null;
  if (!recorded) throw unavailable(t('rebuild.noRepository', { commit: source.commit.slice(0, 12) }), t('rebuild.noRepository.hint'));
  return fetchedCommit(recorded, source.commit, source.path, true);
}
