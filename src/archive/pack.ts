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
import type { Stats } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { GotongError, ioError } from '../core/errors.js';
import { t, translateTo } from '../i18n/translate.js';
import { DEFAULT_LIMITS, NameSet, compareUtf8, pathProblem } from './extract.js';
import { readRegularFile, selectFiles, unsafe, type FoundFile } from './pack-select.js';
import { secretKind, type SecretKind } from './secret-files.js';
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
  /** The packed files in `entries` order. */
  files: PackedFile[];
  /** What ignore rules left out (pack-select.ts), sorted; a folder ends in "/". */
  ignored: string[];
}

export interface PackOptions {
  /** Files or folders (relative, no globs) to pack; gotong.json and root README and LICENSE files are always added. Ignore files apply inside listed folders. */
  files?: string[];
}

/** 2000-01-01T00:00:00Z, the mtime of every entry. */
export const PACK_MTIME = Date.UTC(2000, 0, 1) / 1000;

const READ_CONCURRENCY = 16;

async function checkManifest(root: string): Promise<void> {
  let stats: Stats;
  try {
    stats = await lstat(join(root, 'gotong.json'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && (error as NodeJS.ErrnoException).code !== 'ENOTDIR') {
      throw ioError('read', join(root, 'gotong.json'), error);
    }
    throw new GotongError('GOTONG_E_MANIFEST_MISSING', t('archive.pack.noManifest', { dir: root }), {
      hint: t('archive.pack.noManifest.hint'),
    });
  }
  if (stats.isSymbolicLink()) throw unsafe('gotong.json', 'symbolicLink');
  if (!stats.isFile()) {
    throw new GotongError('GOTONG_E_MANIFEST_MISSING', t('archive.pack.manifestNotFile', { dir: root }), {
      hint: t('archive.pack.manifestNotFile.hint'),
    });
  }
}

function refusePaths(paths: string[]): void {
  const names = new NameSet();
  for (const rel of paths) {
    const problem = pathProblem(rel, DEFAULT_LIMITS) ?? names.add(rel, 'file');
    if (problem) {
      throw new GotongError('GOTONG_E_PACK_UNSAFE', t('archive.pack.badName', { name: displayName(rel), problem }), {
        hint: t('archive.pack.badName.hint'),
        details: { path: rel },
      });
    }
  }
}

/** Refuses well-known secret files (secret-files.ts) that "files" does not name one by one. */
function refuseSecrets(found: FoundFile[], contents: Buffer[], hasFilesList: boolean): void {
  const secrets: { path: string; kind: SecretKind }[] = [];
  found.forEach((file, i) => {
    const kind = file.listed ? null : secretKind(file.rel, contents[i]);
    if (kind !== null) secrets.push({ path: file.rel, kind });
  });
  if (secrets.length === 0) return;
  const [first] = secrets;
  const values = { name: displayName(first.path), kind: t(`archive.secret.${first.kind}`), more: secrets.length - 1 };
  throw new GotongError('GOTONG_E_PACK_SECRET', t(secrets.length > 1 ? 'archive.pack.secretMore' : 'archive.pack.secret', values), {
    hint: t(hasFilesList ? 'archive.pack.secret.hintFiles' : 'archive.pack.secret.hint'),
    // The kinds as --json has always given them, the same in every language.
    details: { path: first.path, secrets: secrets.map((secret) => ({ path: secret.path, kind: translateTo('en', `archive.secret.${secret.kind}`) })) },
  });
}

export interface PackedFile {
  path: string;
  size: number;
  executable: boolean;
}

/** Packs the module in `dir` into a deterministic .tgz held in memory. */
export async function packModule(dir: string, options: PackOptions = {}): Promise<PackResult> {
  const root = resolve(dir);
  await checkManifest(root);
  const selection = await selectFiles(root, options.files);
  const paths = [...selection.files.keys()].sort(compareUtf8);
  refusePaths(paths);

  const found = paths.map((rel) => selection.files.get(rel)!);
  const contents: Buffer[] = new Array(paths.length);
  let next = 0;
  const reader = async (): Promise<void> => {
    while (next < found.length) {
      const i = next++;
      contents[i] = await readRegularFile(found[i].abs, found[i].rel);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, paths.length) }, reader));
  refuseSecrets(found, contents, options.files !== undefined);

  const files: TarFileToWrite[] = found.map((file, i) => ({ path: file.rel, data: contents[i], mode: file.executable ? 0o755 : 0o644 }));
  const tar = Buffer.concat(encodeTar(files, { mtime: PACK_MTIME }));
  const bytes = await gzipDeterministic(tar);
  const sha512 = createHash('sha512').update(bytes).digest();
  return {
    bytes,
    fileCount: files.length,
    unpackedSize: contents.reduce((sum, data) => sum + data.length, 0),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    sha512: sha512.toString('hex'),
    integrity: `sha512-${sha512.toString('base64')}`,
    entries: paths,
    files: found.map((file, i) => ({ path: file.rel, size: contents[i].length, executable: file.executable })),
    ignored: selection.ignored,
  };
}
