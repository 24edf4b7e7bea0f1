// Which files of a module folder go into its tarball. Without a "files" list
// the whole folder is walked; with one, each listed file or folder is (plus
// gotong.json and the root README and LICENSE files). Within a walk the
// `.gitignore` and `.gotongignore` files of each folder leave out what they
// match in that folder's subtree (ignore-rules.ts). A folder listed in "files"
// starts afresh: ignore files above it do not apply inside it, as npm treats
// its root ignore files when a package has a "files" list, so a build folder
// that `.gitignore` keeps out of git (`dist/`) can still ship. Rules: see
// docs/DECISIONS.md, "Ignore files and secrets".
//
// The walk never follows a link: links, sockets, FIFOs and devices are
// refused, unless an ignore rule leaves them out.
import { constants as fsConstants, type Stats } from 'node:fs';
import { lstat, open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { GotongError, ioError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { compareUtf8 } from './extract.js';
import { IGNORE_FILE_NAMES, IgnoreRules } from './ignore-rules.js';
import { displayName } from './tar.js';

/** Names never packed, at any depth, whatever the ignore files say. */
const SKIPPED_NAMES = new Set(['.git', 'node_modules', 'gotong_modules', '.gotong', '.DS_Store', 'gotong-lock.json']);
const ALWAYS_AT_ROOT = /^(readme|license|licence)(\..*)?$/i;
const MANIFEST = 'gotong.json';

function skipped(name: string): boolean {
  return SKIPPED_NAMES.has(name) || name.endsWith('.tgz');
}

export interface FoundFile {
  rel: string;
  abs: string;
  executable: boolean;
  /** Named itself in "files" (not only through a folder): the author chose to ship it. */
  listed: boolean;
}

export interface Selection {
  files: Map<string, FoundFile>;
  /** What ignore rules left out, sorted; a folder ends in "/" and stands for everything in it. */
  ignored: string[];
}

/** What a path is when it is neither a regular file nor a folder. */
export type UnpackableKind = 'symbolicLink' | 'fifo' | 'socket' | 'characterDevice' | 'blockDevice' | 'other';

export function unsafe(rel: string, kind: UnpackableKind): GotongError {
  return new GotongError('GOTONG_E_PACK_UNSAFE', t('archive.pack.unsafe', { name: displayName(rel), kind }), {
    hint: t('archive.pack.unsafe.hint'),
    details: { path: rel },
  });
}

export function kindOf(stats: Stats): UnpackableKind {
  if (stats.isSymbolicLink()) return 'symbolicLink';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isSocket()) return 'socket';
  if (stats.isCharacterDevice()) return 'characterDevice';
  if (stats.isBlockDevice()) return 'blockDevice';
  return 'other';
}

async function lstatOrFail(abs: string): Promise<Stats> {
  try {
    return await lstat(abs);
  } catch (error) {
    throw ioError('read', abs, error);
  }
}

async function readdirOrFail(abs: string): Promise<string[]> {
  try {
    return await readdir(abs);
  } catch (error) {
    throw ioError('read', abs, error);
  }
}

/**
 * Reads a file without following a link that may have been swapped in since
 * it was found (O_NOFOLLOW), and checks it is still a regular file.
 */
export async function readRegularFile(abs: string, rel: string): Promise<Buffer> {
  let handle;
  try {
    handle = await open(abs, fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw unsafe(rel, 'symbolicLink');
    throw ioError('read', abs, error);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw unsafe(rel, kindOf(stats));
    return await handle.readFile();
  } catch (error) {
    if (error instanceof GotongError) throw error;
    throw ioError('read', abs, error);
  } finally {
    await handle.close();
  }
}

/** The texts of the ignore files among `names` in folder `rel`, in IGNORE_FILE_NAMES order. */
async function ignoreTexts(abs: string, rel: string, names: string[]): Promise<string[]> {
  const texts: string[] = [];
  for (const name of IGNORE_FILE_NAMES) {
    if (!names.includes(name)) continue;
    const path = join(abs, name);
    const fileRel = rel === '' ? name : `${rel}/${name}`;
    const stats = await lstatOrFail(path);
    // A linked ignore file could pull rules (or a FIFO's endless wait) from
    // outside the module; a folder of that name holds no rules.
    if (stats.isSymbolicLink()) throw unsafe(fileRel, 'symbolicLink');
    if (!stats.isFile()) continue;
    texts.push((await readRegularFile(path, fileRel)).toString('utf8'));
  }
  return texts;
}

class Walk {
  readonly files = new Map<string, FoundFile>();
  readonly ignored: string[] = [];

  constructor(private readonly root: string) {}

  /** Adds `rel` (a file, or a folder walked with the ignore rules that apply in it). */
  async collect(rel: string, stats: Stats, rules: IgnoreRules, listed: boolean): Promise<void> {
    const abs = join(this.root, ...rel.split('/').filter(Boolean));
    if (stats.isFile()) {
      const listedBefore = this.files.get(rel)?.listed ?? false;
      this.files.set(rel, { rel, abs, executable: (stats.mode & 0o111) !== 0, listed: listed || listedBefore });
      return;
    }
    if (!stats.isDirectory()) throw unsafe(rel, kindOf(stats));
    const names = await readdirOrFail(abs);
    const inner = rules.withFolder(rel, await ignoreTexts(abs, rel, names));
    for (const name of names) {
      if (skipped(name)) continue;
      const child = rel === '' ? name : `${rel}/${name}`;
      const childStats = await lstatOrFail(join(abs, name));
      if (child !== MANIFEST && inner.ignores(child, childStats.isDirectory())) {
        this.ignored.push(childStats.isDirectory() ? `${child}/` : child);
        continue;
      }
      await this.collect(child, childStats, inner, false);
    }
  }

  selection(): Selection {
    const ignored = this.ignored.filter((rel) => !this.files.has(rel)).sort(compareUtf8);
    return { files: this.files, ignored };
  }
}

/** A `files` entry as a clean relative path, or a refusal naming it. */
function listedPath(entry: string): string {
  const clean = entry.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\/+$/, '');
  if (clean === '' || clean === '.') return '';
  if (clean.startsWith('/') || /^[A-Za-z]:/.test(clean) || clean.split('/').some((s) => s === '..' || s === '.' || s === '')) {
    throw new GotongError('GOTONG_E_MANIFEST_INVALID', t('archive.pack.listedOutside', { entry: displayName(entry) }), {
      hint: t('archive.pack.listedOutside.hint'),
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

async function statListed(root: string, rel: string): Promise<Stats> {
  try {
    return await lstat(join(root, ...rel.split('/').filter(Boolean)));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw ioError('read', join(root, rel), error);
    throw new GotongError('GOTONG_E_MANIFEST_INVALID', t('archive.pack.listedMissing', { entry: displayName(rel) }), {
      hint: t('archive.pack.listedMissing.hint'),
    });
  }
}

/** The files to pack from the module folder `root` (absolute), and what ignore rules left out. */
export async function selectFiles(root: string, files: string[] | undefined): Promise<Selection> {
  const walk = new Walk(root);
  if (files === undefined) {
    // The module folder itself may be reached through a link; nothing inside it may.
    const stats = await stat(root).catch((error: unknown) => Promise.reject(ioError('read', root, error)));
    await walk.collect('', stats, IgnoreRules.none(), false);
    return walk.selection();
  }
  const named = new Set(files.map(listedPath));
  const wanted = new Set<string>([MANIFEST]);
  for (const name of await readdirOrFail(root)) {
    if (ALWAYS_AT_ROOT.test(name) && (await lstatOrFail(join(root, name))).isFile()) wanted.add(name);
  }
  for (const rel of named) wanted.add(rel);
  for (const rel of wanted) {
    // Skipped names stay skipped even when listed, like the rest of the walk.
    if (rel !== '' && rel.split('/').some(skipped)) continue;
    await refuseLinkedParents(root, rel);
    await walk.collect(rel, await statListed(root, rel), IgnoreRules.none(), named.has(rel));
  }
  return walk.selection();
}
