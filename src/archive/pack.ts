// Packing a module folder into the tarball that gets published. The same
// folder always gives the same bytes (and so the same sha512): entries sorted
// by the UTF-8 bytes of their path, regular files only (folders are implied by
// the paths), a fixed mtime, owner 0 with no owner names, modes 0644 or 0755.
// What could not be extracted safely is refused here, so a module that packs
// also installs: links and special files, and names that extraction refuses.
//
// Hard links: a regular file whose link count is above one is packed as an
// ordinary file with its content. The archive records no link, so extraction
// writes an independent copy; nothing about the other names leaks.

import { createHash } from 'node:crypto';
import { constants as fsConstants, type Stats } from 'node:fs';
import { lstat, open, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { GotongError, ioError } from '../core/errors.js';
import { DEFAULT_LIMITS, NameSet, compareUtf8, pathProblem } from './extract.js';
import { displayName, encodeTar, gzipDeterministic, type TarFileToWrite } from './tar.js';

export interface PackResult {
  bytes: Buffer;
  fileCount: number;
  /** Sum of the file sizes. */
  unpackedSize: number;
  /** Hex digests of `bytes`. */
  sha256: string;
  sha512: string;
  /** 'sha512-' + base64 of `bytes` (an SRI string). */
  integrity: string;
  /** Relative posix paths, sorted by their UTF-8 bytes. */
  entries: string[];
}

export interface PackOptions {
  /** Files or folders (relative, no globs) to pack; gotong.json and root README and LICENSE files are always added. */
  files?: string[];
}

/** 2000-01-01T00:00:00Z, the mtime of every entry. */
export const PACK_MTIME = Date.UTC(2000, 0, 1) / 1000;

/** Names never packed, at any depth. */
const SKIPPED_NAMES = new Set(['.git', 'node_modules', 'gotong_modules', '.gotong', '.DS_Store', 'gotong-lock.json']);
const ALWAYS_AT_ROOT = /^(readme|license|licence)(\..*)?$/i;
const READ_CONCURRENCY = 16;

function skipped(name: string): boolean {
  return SKIPPED_NAMES.has(name) || name.endsWith('.tgz');
}

interface Found {
  rel: string;
  abs: string;
  executable: boolean;
}

function unsafe(rel: string, what: string): GotongError {
  return new GotongError('GOTONG_E_PACK_UNSAFE', `cannot pack ${displayName(rel)}: it is ${what}`, {
    hint: 'Remove it, or replace it with a copy of the real file, then pack again.',
    details: { path: rel },
  });
}

function kindOf(stats: Stats): string {
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  return 'not a regular file or folder';
}

async function lstatOrFail(abs: string): Promise<Stats> {
  try {
    return await lstat(abs);
  } catch (error) {
    throw ioError('read', abs, error);
  }
}

/** Adds `rel` (a file, or a folder walked without following links) to `found`. */
async function collect(root: string, rel: string, stats: Stats, found: Map<string, Found>): Promise<void> {
  const abs = join(root, ...rel.split('/'));
  if (stats.isFile()) {
    found.set(rel, { rel, abs, executable: (stats.mode & 0o111) !== 0 });
    return;
  }
  if (!stats.isDirectory()) throw unsafe(rel, kindOf(stats));
  let names: string[];
  try {
    names = await readdir(abs);
  } catch (error) {
    throw ioError('read', abs, error);
  }
  for (const name of names) {
    if (skipped(name)) continue;
    const child = rel === '' ? name : `${rel}/${name}`;
    await collect(root, child, await lstatOrFail(join(abs, name)), found);
  }
}

/** A `files` entry as a clean relative path, or a refusal naming it. */
function listedPath(entry: string): string {
  const clean = entry.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\/+$/, '');
  if (clean === '' || clean === '.') return '';
  if (clean.startsWith('/') || /^[A-Za-z]:/.test(clean) || clean.split('/').some((s) => s === '..' || s === '.' || s === '')) {
    throw new GotongError('GOTONG_E_MANIFEST_INVALID', `gotong.json "files" lists ${displayName(entry)}, which is not a path inside the module`, {
      hint: 'List files and folders relative to the module folder, without ".." or a leading "/".',
    });
  }
  return clean;
}

/** A listed path must not reach outside the module through a linked parent folder. */
async function refuseLinkedParents(root: string, rel: string): Promise<void> {
  const segments = rel.split('/');
  for (let i = 1; i < segments.length; i++) {
    const parent = segments.slice(0, i).join('/');
    const stats = await lstat(join(root, ...segments.slice(0, i))).catch(() => null);
    if (stats === null || stats.isFile()) return; // reported as missing below
    if (!stats.isDirectory()) throw unsafe(parent, kindOf(stats));
  }
}

async function findFiles(root: string, files: string[] | undefined): Promise<Map<string, Found>> {
  const found = new Map<string, Found>();
  if (files === undefined) {
    // The module folder itself may be reached through a link; nothing inside it may.
    await collect(root, '', await stat(root).catch((error: unknown) => Promise.reject(ioError('read', root, error))), found);
    return found;
  }
  const wanted = new Set<string>(['gotong.json']);
  for (const name of await readdir(root).catch((error: unknown) => Promise.reject(ioError('read', root, error)))) {
    if (ALWAYS_AT_ROOT.test(name) && (await lstatOrFail(join(root, name))).isFile()) wanted.add(name);
  }
  for (const entry of files) wanted.add(listedPath(entry));
  for (const rel of wanted) {
    // Ignored names stay ignored even when listed, like the rest of the walk.
    if (rel !== '' && rel.split('/').some(skipped)) continue;
    await refuseLinkedParents(root, rel);
    let stats: Stats;
    try {
      stats = await lstat(join(root, ...rel.split('/').filter(Boolean)));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw ioError('read', join(root, rel), error);
      throw new GotongError('GOTONG_E_MANIFEST_INVALID', `gotong.json "files" lists ${displayName(rel)}, but there is no such file or folder`, {
        hint: 'Fix the "files" list in gotong.json, or add the missing file.',
      });
    }
    await collect(root, rel, stats, found);
  }
  return found;
}

/**
 * Reads a file found by the walk without following a link that may have been
 * swapped in since (O_NOFOLLOW), and checks it is still a regular file.
 */
async function readFound(file: Found): Promise<Buffer> {
  let handle;
  try {
    handle = await open(file.abs, fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw unsafe(file.rel, 'a symbolic link');
    throw ioError('read', file.abs, error);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw unsafe(file.rel, kindOf(stats));
    return await handle.readFile();
  } catch (error) {
    if (error instanceof GotongError) throw error;
    throw ioError('read', file.abs, error);
  } finally {
    await handle.close();
  }
}

async function checkManifest(root: string): Promise<void> {
  let stats: Stats;
  try {
    stats = await lstat(join(root, 'gotong.json'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && (error as NodeJS.ErrnoException).code !== 'ENOTDIR') {
      throw ioError('read', join(root, 'gotong.json'), error);
    }
    throw new GotongError('GOTONG_E_MANIFEST_MISSING', `there is no gotong.json in ${root}`, {
      hint: 'Run the command in the module folder, or create gotong.json there first.',
    });
  }
  if (stats.isSymbolicLink()) throw unsafe('gotong.json', 'a symbolic link');
  if (!stats.isFile()) {
    throw new GotongError('GOTONG_E_MANIFEST_MISSING', `gotong.json in ${root} is not a file`, {
      hint: 'Replace it with the module manifest file.',
    });
  }
}

/** Packs the module in `dir` into a deterministic .tgz held in memory. */
export async function packModule(dir: string, options: PackOptions = {}): Promise<PackResult> {
  const root = resolve(dir);
  await checkManifest(root);
  const found = await findFiles(root, options.files);

  const paths = [...found.keys()].sort(compareUtf8);
  const names = new NameSet();
  for (const rel of paths) {
    const problem = pathProblem(rel, DEFAULT_LIMITS) ?? names.add(rel, 'file');
    if (problem) {
      throw new GotongError('GOTONG_E_PACK_UNSAFE', `cannot pack ${displayName(rel)}: its name ${problem}, so it could not be installed`, {
        hint: 'Rename or remove that file, then pack again.',
        details: { path: rel },
      });
    }
  }

  const files: TarFileToWrite[] = new Array(paths.length);
  let next = 0;
  const reader = async (): Promise<void> => {
    while (next < paths.length) {
      const i = next++;
      const file = found.get(paths[i])!;
      files[i] = { path: file.rel, data: await readFound(file), mode: file.executable ? 0o755 : 0o644 };
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, paths.length) }, reader));

  const tar = Buffer.concat(encodeTar(files, { mtime: PACK_MTIME }));
  const bytes = await gzipDeterministic(tar);
  const sha512 = createHash('sha512').update(bytes).digest();
  return {
    bytes,
    fileCount: files.length,
    unpackedSize: files.reduce((sum, file) => sum + file.data.length, 0),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    sha512: sha512.toString('hex'),
    integrity: `sha512-${sha512.toString('base64')}`,
    entries: paths,
  };
}
