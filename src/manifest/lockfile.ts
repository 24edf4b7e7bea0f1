// gotong-lock.json: what a workspace installed, exactly. The text is a pure
// function of the lock (keys sorted, fields in one order), so the same install
// always writes the same bytes and a diff in review shows only real changes.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ioError } from '../core/errors.js';
import { compareText, displayPath } from './manifest.js';
import { parseDocumentText } from './schema.js';
import type { LockedModule, Lockfile } from './types.js';

export const lockfileFileName = 'gotong-lock.json';

/** Parses gotong-lock.json text; `source` names the file in messages. */
export function parseLockfileText(text: string, source = lockfileFileName): Lockfile {
  return parseDocumentText('lockfile', text, source);
}

/** The workspace's lockfile, or null when it has none yet. */
export async function readLockfile(dir: string): Promise<Lockfile | null> {
  const file = join(dir, lockfileFileName);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException)?.code === 'ENOENT') return null;
    throw ioError('read', displayPath(file), cause);
  }
  return parseLockfileText(text, displayPath(file));
}

function sortedRanges(record: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(record).sort(compareText)) out[key] = record[key];
  return out;
}

function lockedModule(entry: LockedModule): LockedModule {
  return {
    version: entry.version,
    target: entry.target,
    length: entry.length,
    integrity: entry.integrity,
    dependencies: sortedRanges(entry.dependencies),
  };
}

/** Deterministic text of a lockfile: 2-space indent, trailing newline, module keys sorted. */
export function serializeLockfile(lock: Lockfile): string {
  const modules: Record<string, LockedModule> = {};
  for (const name of Object.keys(lock.modules).sort(compareText)) modules[name] = lockedModule(lock.modules[name]);
  const ordered: Lockfile = {
    lockfileVersion: lock.lockfileVersion,
    registry: { url: lock.registry.url, rootSha256: lock.registry.rootSha256 },
    requested: sortedRanges(lock.requested),
    modules,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
