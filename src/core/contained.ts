// Reading and writing files inside a tree whose content someone else
// controls: the registry's working copy, checked out from commits that any
// member (or a compromised git host) can push. Such a tree may hold symbolic
// links that point anywhere on this machine, so nothing here follows one:
// every folder on the way must be a real folder, the file itself is opened
// with O_NOFOLLOW, and a write goes to a new temporary file that is renamed
// over the name (a rename replaces a link, it never writes through it).
import { randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import { join } from 'node:path';
import { GotongError, bug, ioError } from './errors.js';
import { t } from '../i18n/translate.js';

function linkRefused(root: string, rel: string): GotongError {
  return new GotongError('GOTONG_E_REGISTRY_INVALID', t('core.linkRefused', { path: rel }), {
    hint: t('core.linkRefused.hint'),
    details: { path: rel, root },
  });
}

function segmentsOf(rel: string): string[] {
  const segments = rel.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..' || s.includes('\0'))) bug(`not a plain relative path: ${JSON.stringify(rel)}`);
  return segments;
}

/**
 * Checks that every folder on the way to `rel` inside `root` is a real folder
 * (not a link); with `create`, makes the missing ones. Returns false when one
 * is missing and `create` is off.
 */
async function realFolders(root: string, folders: string[], rel: string, create: boolean): Promise<boolean> {
  let path = root;
  for (const folder of folders) {
    path = join(path, folder);
    let stats;
    try {
      stats = await fs.lstat(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') throw ioError('inspect', path, error);
      if (!create) return false;
      try {
        await fs.mkdir(path);
        continue;
      } catch (made) {
        if ((made as NodeJS.ErrnoException).code !== 'EEXIST') throw ioError('create', path, made);
        stats = await fs.lstat(path);
      }
    }
    if (!stats.isDirectory()) throw linkRefused(root, rel);
  }
  return true;
}

/** The bytes of `rel` inside `root`, or null when there is no such file; a link on the way is refused. */
export async function readContained(root: string, rel: string): Promise<Buffer | null> {
  const segments = segmentsOf(rel);
  if (!(await realFolders(root, segments.slice(0, -1), rel, false))) return null;
  const path = join(root, ...segments);
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'ELOOP') throw linkRefused(root, rel);
    throw ioError('read', path, error);
  }
  try {
    if (!(await handle.stat()).isFile()) throw linkRefused(root, rel);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** The names in folder `rel` inside `root`; [] when it does not exist; a link on the way is refused. */
export async function listContained(root: string, rel: string): Promise<string[]> {
  const segments = segmentsOf(rel);
  if (!(await realFolders(root, segments, rel, false))) return [];
  const path = join(root, ...segments);
  try {
    return await fs.readdir(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw ioError('list', path, error);
  }
}

/** Writes `rel` inside `root` through a temporary file and a rename, making real folders on the way. */
export async function writeContained(root: string, rel: string, bytes: Buffer): Promise<void> {
  const segments = segmentsOf(rel);
  await realFolders(root, segments.slice(0, -1), rel, true);
  const path = join(root, ...segments);
  const temp = join(root, ...segments.slice(0, -1), `.gotong-${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temp, bytes, { flag: 'wx' });
    await fs.rename(temp, path);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw ioError('write', path, error);
  }
}

/** Removes `rel` inside `root` (a link is removed, never followed); nothing when it does not exist. */
export async function removeContained(root: string, rel: string): Promise<void> {
  const segments = segmentsOf(rel);
  if (!(await realFolders(root, segments.slice(0, -1), rel, false))) return;
  await fs.rm(join(root, ...segments), { force: true }).catch((error) => {
    throw ioError('remove', join(root, ...segments), error);
  });
}
