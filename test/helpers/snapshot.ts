// Fingerprints of folders, to prove that a refused command changed nothing.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file (and symlink target) under `dir`, by relative path, hashed. */
export async function snapshotTree(dir: string, options: { ignore?: (rel: string) => boolean } = {}): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  async function walk(current: string): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(current, entry.name);
      const rel = relative(dir, path);
      if (options.ignore?.(rel)) continue;
      if (entry.isDirectory()) await walk(path);
      else if (entry.isSymbolicLink()) result[rel] = `link:${await fs.readlink(path)}`;
      else result[rel] = createHash('sha256').update(await fs.readFile(path)).digest('hex');
    }
  }
  await walk(dir);
  return result;
}
