// A registry copied into a folder that any static web server (nginx, a CDN's
// origin) serves as it is: the layout `gotong serve` serves under
// /registry/, which `--registry https://…/` and mirror lists read.
//
// Run after run, only what changed is copied: consistent-snapshot files
// (N.role.json, SHA256.name) never change once written, so a target whose
// name and size are already in the folder is kept, and a metadata file is
// kept when its bytes are the same. New files are written to a staging
// folder inside the mirror folder first, and the mirror folder with the
// staged files laid over it is verified as a whole (the caller's `verify`)
// before anything is moved into place. Then targets move in first, metadata
// next and timestamp.json last, each by a rename: a reader starts from
// timestamp.json (TUF 1.0 section 5.4), so it sees the previous copy or the
// new one, never half of one. Files that neither the new copy nor the
// previous one names are removed afterwards; the previous copy's stay for
// the readers still in the middle of reading it.
import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { mapLimit } from '../core/concurrency.js';
import { GotongError, ioError } from '../core/errors.js';
import { readFileOrNull, withLock } from '../core/fsx.js';
import type { Reporter } from '../core/reporter.js';
import { METADATA_DIR, REGISTRY_INFO_FILE, TARGETS_DIR } from '../core/registry-folders.js';
import { metadataPath, timestampPath } from '../trust/file-names.js';
import { DirectorySource, type RegistrySource } from '../registry/source.js';
import type { RegistryProblem } from '../trust/verify-registry.js';
import { MirrorChecks } from './mirror-checked.js';
import { listRegistryFiles, type RegistryFiles } from './mirror-files.js';
import { t } from '../i18n/translate.js';

const COPIES_IN_FLIGHT = 8;
const LOCK_FILE = '.gotong-mirror.lock';

export interface FolderMirrorResult {
  /** Files written this run, and their bytes. */
  copied: number;
  copiedBytes: number;
  /** Files already in the folder and kept. */
  kept: number;
  /** Files of older copies removed. */
  removed: number;
  /** Tarballs kept in the folder and not hashed again: a passing run checked them and they have not changed since (mirror-checked.ts). */
  vouchedFor: number;
  timestampVersion: number;
}

export interface FolderMirrorOptions {
  source: RegistrySource;
  dir: string;
  /** Problems of the copy as it will be published (an empty list lets it through), and how many tarballs went unread because `checkedBefore` vouched for them. */
  verify(copy: RegistrySource, checkedBefore: (path: string, length: number) => Promise<boolean>): Promise<{ problems: RegistryProblem[]; vouchedFor: number }>;
  /** Where this machine records what passed verification in each mirror folder (GotongPaths.mirrorChecksDir). */
  checksDir: string;
  reporter: Reporter;
}

/** The staged files laid over the mirror folder: the copy as it will be once switched in. */
class StagedCopy implements RegistrySource {
  readonly label = t('admin.mirror.stagedCopy');
  private readonly staged: DirectorySource;
  private readonly published: DirectorySource;
  constructor(staging: string, dir: string) {
    this.staged = new DirectorySource(staging, this.label);
    this.published = new DirectorySource(dir, this.label);
  }
  async read(relPath: string, maxBytes: number): Promise<Buffer | null> {
    return (await this.staged.read(relPath, maxBytes)) ?? this.published.read(relPath, maxBytes);
  }
  localFile(): string | null {
    return null;
  }
}

function refused(message: string, hint: string, details?: Record<string, unknown>): GotongError {
  return new GotongError('GOTONG_E_MIRROR_REFUSED', message, { hint, details });
}

async function sizeOf(path: string): Promise<number | null> {
  return fs.stat(path).then((s) => (s.isFile() ? s.size : null), () => null);
}

async function writeStaged(staging: string, rel: string, bytes: Buffer): Promise<void> {
  const path = join(staging, ...rel.split('/'));
  await fs.mkdir(dirname(path), { recursive: true });
  await fs.writeFile(path, bytes).catch((error) => {
    throw ioError('write', path, error);
  });
}

/** Writes into the staging folder what the mirror folder lacks (everything, with `all`); returns what was written. */
async function stage(files: RegistryFiles, job: { source: RegistrySource; dir: string; staging: string; all: boolean }): Promise<{ copied: string[]; copiedBytes: number }> {
  const copied: string[] = [];
  let copiedBytes = 0;
  for (const [rel, bytes] of files.small) {
    if (!job.all && (await readFileOrNull(join(job.dir, ...rel.split('/'))))?.equals(bytes)) continue;
    await writeStaged(job.staging, rel, bytes);
    copied.push(rel);
    copiedBytes += bytes.length;
  }
  await mapLimit([...files.targets], COPIES_IN_FLIGHT, async ([rel, length]) => {
    if (!job.all && (await sizeOf(join(job.dir, ...rel.split('/')))) === length) return;
    const bytes = await job.source.read(rel, length);
    // A file the registry lacks: the verification names it.
    if (!bytes) return;
    await writeStaged(job.staging, rel, bytes);
    copied.push(rel);
    copiedBytes += bytes.length;
  });
  return { copied, copiedBytes };
}

/** Moves the staged files into the mirror folder: targets, then metadata, timestamp.json last. */
async function switchIn(staging: string, dir: string, copied: string[]): Promise<void> {
  const rank = (rel: string) => (rel === timestampPath() ? 3 : rel.startsWith(`${TARGETS_DIR}/`) ? 1 : 2);
  for (const rel of [...copied].sort((a, b) => rank(a) - rank(b))) {
    const to = join(dir, ...rel.split('/'));
    await fs.mkdir(dirname(to), { recursive: true });
    await fs.rename(join(staging, ...rel.split('/')), to).catch((error) => {
      // i18n-exempt: an IoAction, which ioError translates.
      throw ioError('move into place', to, error);
    });
  }
}

/** Removes, under metadata/ and targets/, the files no kept copy names, and the folders left empty. */
async function prune(dir: string, keep: Set<string>): Promise<number> {
  let removed = 0;
  const walk = async (rel: string): Promise<boolean> => {
    const entries = await fs.readdir(join(dir, ...rel.split('/')), { withFileTypes: true }).catch(() => []);
    let left = entries.length;
    for (const entry of entries) {
      const child = `${rel}/${entry.name}`;
      const gone = entry.isDirectory() ? await walk(child) : !keep.has(child) && (await fs.rm(join(dir, ...child.split('/')), { force: true }).then(() => true));
      if (gone) {
        left--;
        if (!entry.isDirectory()) removed++;
      }
    }
    if (left === 0 && rel !== METADATA_DIR && rel !== TARGETS_DIR) return fs.rmdir(join(dir, ...rel.split('/'))).then(() => true, () => false);
    return false;
  };
  await walk(METADATA_DIR);
  await walk(TARGETS_DIR);
  return removed;
}

export async function mirrorToFolder(options: FolderMirrorOptions): Promise<FolderMirrorResult> {
  const { source, dir, reporter } = options;
  await fs.mkdir(dir, { recursive: true }).catch((error) => {
    throw ioError('create', dir, error);
  });
  return withLock(join(dir, LOCK_FILE), { waitMs: 60_000, what: t('admin.mirror.folder', { dir }) }, async () => {
    const files = await listRegistryFiles(source);
    const previous = await listRegistryFiles(new DirectorySource(dir, dir)).catch(() => null);
    if (previous && previous.timestampVersion > files.timestampVersion) {
      throw refused(t('admin.mirror.rollback', { dir, held: previous.timestampVersion, offered: files.timestampVersion, source: source.label }), t('admin.mirror.rollback.hint'));
    }
    const firstRoot = metadataPath('root', 1);
    const ownRoot = previous?.small.get(firstRoot);
    if (ownRoot && !ownRoot.equals(files.small.get(firstRoot) ?? Buffer.alloc(0))) {
      throw refused(t('admin.mirror.otherRegistry', { dir, file: firstRoot }), t('admin.mirror.otherRegistry.hint'));
    }
    const staging = join(dir, `.gotong-staging-${process.pid}`);
    await fs.rm(staging, { recursive: true, force: true });
    try {
      const checks = await MirrorChecks.open(options.checksDir, dir);
      // Only a file kept in the folder is vouched for; a staged one is new and is read.
      const keptUnchanged = (copied: string[]) => {
        const fresh = new Set(copied);
        return (rel: string, length: number) => (fresh.has(rel) ? Promise.resolve(false) : checks.unchanged(rel, length));
      };
      let staged = await stage(files, { source, dir, staging, all: false });
      let verified = await options.verify(new StagedCopy(staging, dir), keptUnchanged(staged.copied));
      let problems = verified.problems;
      const keptCount = files.small.size + files.targets.size - staged.copied.length;
      if (problems.length > 0 && keptCount > 0) {
        // A file kept from an earlier run may have been changed in the folder: copy everything again.
        reporter.emit({ type: 'warn', code: 'GOTONG_W_MIRROR_RECOPIED', message: t('admin.mirror.recopied', { dir, where: problems[0].where, problem: problems[0].message }), hint: t('admin.mirror.recopied.hint') });
        await fs.rm(staging, { recursive: true, force: true });
        staged = await stage(files, { source, dir, staging, all: true });
        verified = await options.verify(new StagedCopy(staging, dir), keptUnchanged(staged.copied));
        problems = verified.problems;
      }
      if (problems.length > 0) {
        const first = problems[0];
        throw refused(t('admin.mirror.copyFailsVerification', { source: source.label, count: problems.length, where: first.where, problem: first.message, to: dir }), t('admin.mirror.failsVerification.hint'), { problems });
      }
      await switchIn(staging, dir, staged.copied);
      const keep = new Set([...files.small.keys(), ...files.targets.keys(), ...(previous ? [...previous.small.keys(), ...previous.targets.keys()] : [])]);
      keep.add(REGISTRY_INFO_FILE);
      const removed = await prune(dir, keep);
      await checks.record(files.targets.keys());
      return { copied: staged.copied.length, copiedBytes: staged.copiedBytes, kept: files.small.size + files.targets.size - staged.copied.length, removed, vouchedFor: verified.vouchedFor, timestampVersion: files.timestampVersion };
    } finally {
      await fs.rm(staging, { recursive: true, force: true });
    }
  });
}
