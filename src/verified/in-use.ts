// Who is using the download cache or the module store: commands that read
// and write them run side by side, while `gotong cache clean` and `gotong
// store prune` must run alone. Each process that uses one of them leaves a
// marker named after its process id under GOTONG_HOME/in-use/<folder>/, taken
// under the folder's lock (core/fsx.ts withLock); the maintenance commands
// hold that lock for their whole run and go ahead only when no marker names
// a process that still runs. A marker left by a killed process names a
// process that is gone, so it never blocks anyone.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { GotongError, ioError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { processStamp, stampAlive, stampPid, withLock } from '../core/fsx.js';

/** How long a command waits for a clean or prune of the same folder to finish before it gives up. */
const USE_WAIT_MS = 120_000;
/** How long a clean or prune waits for another clean or prune (not for users: those make it refuse at once). */
const ALONE_WAIT_MS = 10_000;

function usePaths(folder: string): { lock: string; markers: string } {
  const inUse = join(dirname(folder), 'in-use');
  return { lock: join(inUse, `${basename(folder)}.lock`), markers: join(inUse, basename(folder)) };
}

/** This process's markers and how many uses each has; removed when the last use ends or the process exits. */
const held = new Map<string, number>();
let exitHookSet = false;

function removeMarker(marker: string): void {
  held.delete(marker);
  try {
    rmSync(marker, { force: true });
  } catch {
    // Gone with its folder; a marker that stays names a process that will have ended.
  }
}

/**
 * Marks `folder` as used by this process until the returned function is
 * called (or the process exits). Waits while a clean or prune of it runs.
 */
export async function useFolder(folder: string, what: string): Promise<() => void> {
  const { lock, markers } = usePaths(folder);
  const marker = join(markers, String(process.pid));
  const uses = held.get(marker) ?? 0;
  if (uses === 0) {
    await withLock(lock, { waitMs: USE_WAIT_MS, what }, async () => {
      try {
        mkdirSync(markers, { recursive: true });
        writeFileSync(marker, processStamp());
      } catch (error) {
        throw ioError('write', marker, error);
      }
    });
    if (!exitHookSet) {
      exitHookSet = true;
      process.once('exit', () => [...held.keys()].forEach(removeMarker));
    }
  }
  held.set(marker, (held.get(marker) ?? 0) + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (held.get(marker) ?? 1) - 1;
    if (left > 0) held.set(marker, left);
    else removeMarker(marker);
  };
}

/** The processes (this one included) that mark `folder` as used; markers of ended processes are removed. */
function liveUsers(markers: string): number[] {
  let names: string[];
  try {
    names = readdirSync(markers);
  } catch {
    return [];
  }
  const live: number[] = [];
  for (const name of names) {
    const pid = Number(name);
    // The marker holds the process's stamp, so a pid given to another process since does not keep it.
    let stamp = name;
    try {
      stamp = readFileSync(join(markers, name), 'utf8') || name;
    } catch {
      // an older marker, or one cut off while written: its name is the pid
    }
    if (Number.isInteger(pid) && stampPid(stamp) === pid && stampAlive(stamp)) live.push(pid);
    else rmSync(join(markers, name), { recursive: true, force: true });
  }
  return live;
}

/**
 * Runs `work` with `folder` to itself: no other process uses it while it
 * runs, and none starts to. Refuses at once (GOTONG_E_IN_USE) when another
 * process uses it: a clean or prune is never worth waiting on an install for.
 */
export async function withFolderAlone<T>(folder: string, what: string, command: string, work: () => Promise<T>): Promise<T> {
  const { lock, markers } = usePaths(folder);
  return withLock(lock, { waitMs: ALONE_WAIT_MS, what }, async () => {
    const users = liveUsers(markers);
    if (users.length > 0) {
      throw new GotongError('GOTONG_E_IN_USE', t('verified.inUse', { what, pids: users.join(', ') }), {
        hint: t('verified.inUse.hint', { command }),
        details: { pids: users },
      });
    }
    return work();
  });
}
