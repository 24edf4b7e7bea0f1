// The files a tarball holds, with their size, mode and sha256, read without
// writing anything to disk: rebuild-verify compares a published tarball with
// a rebuilt one file by file. The tarball may be hostile (its bytes are
// signed, not its sense), so this only hashes and never follows a name.
import { createHash, type Hash } from 'node:crypto';
import { displayName, gunzipStream, TarParser, type TarEntryHeader } from '../archive/tar.js';

export interface TarFile {
  path: string;
  size: number;
  /** Whether any execute bit is set. */
  executable: boolean;
  sha256: string;
  /** The tar type flag of an entry that is not a regular file ('5' folder, '2' link). */
  type: string;
}

/** The largest uncompressed tar read, as for installs. */
const TAR_LIMIT = 4 * 1024 * 1024 * 1024;

/** A plain name as it is; one with control or odd characters quoted and escaped, so a terminal shows it inert. */
function shownPath(path: string): string {
  return /^[\x21-\x7e][\x20-\x7e]{0,499}$/.test(path) && !path.includes('"') ? path : displayName(path, 500);
}

export async function tarFiles(tgz: Buffer): Promise<TarFile[]> {
  const files: TarFile[] = [];
  let current: { header: TarEntryHeader; hash: Hash } | null = null;
  const parser = new TarParser({
    onEntry(header) {
      current = { header, hash: createHash('sha256') };
    },
    onData(data) {
      current?.hash.update(data);
    },
    onEntryEnd() {
      if (!current) return;
      const { header, hash } = current;
      const regular = header.typeflag === '0' || header.typeflag === '\0';
      files.push({ path: shownPath(header.path), size: header.size, executable: (header.mode & 0o111) !== 0, sha256: hash.digest('hex'), type: regular ? '0' : header.typeflag });
      current = null;
    },
  });
  for await (const chunk of gunzipStream(tgz, TAR_LIMIT)) {
    parser.write(chunk);
    if (parser.ended) break;
  }
  parser.end();
  return files;
}

export interface FileDifference {
  path: string;
  /** added: only in the rebuild; missing: only in the published tarball; changed: in both, other bytes, mode or type. */
  change: 'added' | 'missing' | 'changed';
  publishedSize: number | null;
  rebuiltSize: number | null;
}

/** Every file that differs between the published tarball and the rebuild, by path. */
export function differences(published: readonly TarFile[], rebuilt: readonly TarFile[]): FileDifference[] {
  const before = new Map(published.map((file) => [file.path, file]));
  const after = new Map(rebuilt.map((file) => [file.path, file]));
  const found: FileDifference[] = [];
  for (const [path, file] of before) {
    const other = after.get(path);
    if (!other) found.push({ path, change: 'missing', publishedSize: file.size, rebuiltSize: null });
    else if (other.sha256 !== file.sha256 || other.size !== file.size || other.executable !== file.executable || other.type !== file.type) {
      found.push({ path, change: 'changed', publishedSize: file.size, rebuiltSize: other.size });
    }
  }
  for (const [path, file] of after) if (!before.has(path)) found.push({ path, change: 'added', publishedSize: null, rebuiltSize: file.size });
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
