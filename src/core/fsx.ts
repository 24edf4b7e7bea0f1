// Small file-system helpers with the guarantees gotong relies on: atomic
// replacement (write a sibling then rename) and an advisory lock that a
// crashed holder does not keep forever.
import { randomBytes } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GotongError, ioError } from './errors.js';
import { t } from '../i18n/translate.js';

export async function pathExists(path: string): Promise<boolean> {
  try {
    await fs.lstat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw ioError('inspect', path, error);
  }
}

export async function readFileOrNull(path: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw ioError('read', path, error);
  }
}

/** Replaces `path` with `data` so a reader sees the old or the new bytes, never a mix. */
export async function writeFileAtomic(path: string, data: string | Buffer, mode = 0o644, options: { createParent?: boolean } = {}): Promise<void> {
  const temp = join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
  try {
    if (options.createParent !== false) await fs.mkdir(dirname(path), { recursive: true });
    await fs.writeFile(temp, data, { mode });
    await fs.rename(temp, path);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw ioError('write', path, error);
  }
}

/** Whether a process with this id runs (one owned by another user counts). */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A process as lock files and markers name it: its pid and, where the system
 * says (Linux's /proc), when it started. A pid alone is not enough: the
 * system hands out at most 32,768 of them by default, and a CI machine starts
 * thousands of processes an hour, so the lock of a killed job could look held
 * by whichever process got its number next.
 */
export function processStamp(pid = process.pid): string {
  const started = startTimeOf(pid);
  return started === null ? String(pid) : `${pid} ${started}`;
}

/** When `pid` started, in clock ticks since boot (field 22 of /proc/<pid>/stat); null where there is no /proc. */
function startTimeOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command name, which is in parentheses and may hold spaces, start at field 3.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[22 - 3] ?? null;
  } catch {
    return null;
  }
}

/** The pid a stamp (processStamp) names, or NaN. */
export function stampPid(stamp: string): number {
  return Number(stamp.trim().split(/\s+/)[0] || NaN);
}

/** Whether the process a stamp names still runs: that pid, started at the same moment when the stamp says when. */
export function stampAlive(stamp: string): boolean {
  const [pid, started] = stamp.trim().split(/\s+/);
  if (!processAlive(Number(pid))) return false;
  if (!started) return true;
  const now = startTimeOf(Number(pid));
  return now === null || now === started;
}

const UNNAMED_LOCK_STALE_MS = 2_000;

async function olderThan(path: string, ms: number): Promise<boolean> {
  const stat = await fs.stat(path).catch(() => null);
  return stat !== null && Date.now() - stat.mtimeMs > ms;
}

export interface LockOptions {
  /** How long to wait for another holder before giving up. */
  waitMs: number;
  /** What the lock guards, as a message names it (already in the user's language). */
  what: string;
  /**
   * Runs once the lock is held, when it was taken over from a holder that
   * died: to clear what a killed holder's own child processes left (git's
   * lock files in a clone, say).
   */
  afterTakeover?: () => Promise<void>;
}

/** A takeover guard older than this was left by a process that died while taking over. */
const TAKEOVER_STALE_MS = 10_000;

/**
 * Removes a stale lock if it still holds `content`, one process at a time:
 * two processes that found the same dead holder would otherwise both remove
 * the lock, the second one removing the lock the first had just taken, and
 * both would go on holding it.
 */
async function removeStaleLock(lockPath: string, content: string): Promise<void> {
  const guard = `${lockPath}.takeover`;
  try {
    await fs.writeFile(guard, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw ioError('create', guard, error);
    if (await olderThan(guard, TAKEOVER_STALE_MS)) await fs.rm(guard, { force: true });
    // Another process is taking it over: the caller tries the lock again after a moment.
    await new Promise((resolve) => setTimeout(resolve, 10));
    return;
  }
  try {
    if (((await readFileOrNull(lockPath))?.toString() ?? '') === content) await fs.rm(lockPath, { force: true });
  } finally {
    await fs.rm(guard, { force: true });
  }
}

/**
 * Holds an exclusive lock file while `work` runs. A lock whose holder process
 * is gone (killed, crashed) is taken over, so a SIGKILL never wedges a workspace.
 */
export async function withLock<T>(lockPath: string, options: LockOptions, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + options.waitMs;
  await fs.mkdir(dirname(lockPath), { recursive: true }).catch((error) => {
    throw ioError('create', dirname(lockPath), error);
  });
  let tookOver = false;
  for (let delay = 20; ; delay = Math.min(delay * 2, 250)) {
    try {
      await fs.writeFile(lockPath, processStamp(), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw ioError('create', lockPath, error);
      const content = (await readFileOrNull(lockPath))?.toString() ?? '';
      const holder = stampPid(content);
      // A lock without a pid was cut off between its creation and the write of
      // the pid (a holder writes it at once), so an old one is stale as well.
      const stale = Number.isInteger(holder) && holder > 0 ? !stampAlive(content) : await olderThan(lockPath, UNNAMED_LOCK_STALE_MS);
      if (stale) {
        await removeStaleLock(lockPath, content);
        tookOver = true;
        continue;
      }
      if (Date.now() >= deadline) {
        const pid = holder || t('core.lockBusy.unknownPid');
        throw new GotongError('GOTONG_E_WORKSPACE_BUSY', t('core.lockBusy', { what: options.what, pid }), {
          hint: t('core.lockBusy.hint'),
        });
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  try {
    if (tookOver) await options.afterTakeover?.();
    return await work();
  } finally {
    await fs.rm(lockPath, { force: true }).catch(() => undefined);
  }
}
