// A registry commit written out as plain files, the way a static web host
// holds a registry (for `gotong serve`): no .git folder beside them, nothing
// that changes once written, and none of the links a member may have pushed
// (tree-check.ts). Each export is a new folder; files whose blob is the same
// as in the previous export are hard-linked from it, so an export after a
// publish writes what the publish added, not the whole registry again.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { mapLimit } from '../core/concurrency.js';
import { GotongError, ioError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { runGit } from './git.js';
import { readerTree } from './namespaces.js';
import type { UnsafeEntry } from './tree-check.js';

const REGULAR = new Set(['100644', '100755']);
const LINKS_IN_FLIGHT = 32;

export interface RegistryExport {
  commit: string;
  dir: string;
  /** Path -> blob id of every file written. */
  blobs: Map<string, string>;
  /** Entries left out: links and gitlinks, which gotong never serves. */
  skipped: UnsafeEntry[];
}

interface ListedFile {
  mode: string;
  oid: string;
  path: string;
}

async function listFiles(cloneDir: string, tree: string): Promise<{ files: ListedFile[]; skipped: UnsafeEntry[] }> {
  const files: ListedFile[] = [];
  const skipped: UnsafeEntry[] = [];
  for (const line of (await runGit(cloneDir, ['ls-tree', '-r', '-z', tree])).split('\0')) {
    if (!line) continue;
    const [mode, , oid] = line.slice(0, line.indexOf('\t')).split(' ');
    const path = line.slice(line.indexOf('\t') + 1);
    if (REGULAR.has(mode)) files.push({ mode, oid, path });
    // i18n-exempt: UnsafeEntry.what is a machine value (--json details); tree-check.ts words it for people.
    else skipped.push({ path, what: mode === '160000' ? 'a gitlink (a submodule)' : 'a symbolic link' });
  }
  return { files, skipped };
}

/**
 * Writes the files of `commit` in the clone at `cloneDir`, as readers see
 * them, into `dest` (a folder that must not exist yet). `previous`, an
 * earlier export that is still on disk, lends the files that did not change.
 */
export async function exportRegistryCommit(cloneDir: string, commit: string, dest: string, previous?: RegistryExport): Promise<RegistryExport> {
  let listed: { files: ListedFile[]; skipped: UnsafeEntry[] };
  try {
    listed = await listFiles(cloneDir, (await readerTree(cloneDir, commit)).tree);
  } catch (error) {
    throw new GotongError('GOTONG_E_REGISTRY_INVALID', t('registry.export.layout', { commit: commit.slice(0, 12), reason: String((error as Error).message).split('\n')[0] }), {
      hint: t('registry.export.layout.hint'),
    });
  }
  await fs.mkdir(dest, { recursive: false }).catch((error) => {
    throw ioError('create', dest, error);
  });
  const blobs = new Map(listed.files.map((f) => [f.path, f.oid]));
  const unchanged = previous ? listed.files.filter((f) => previous.blobs.get(f.path) === f.oid) : [];
  const linked = new Set<string>();
  if (previous && unchanged.length > 0) {
    const folders = [...new Set(unchanged.map((f) => f.path.split('/').slice(0, -1).join('/')).filter(Boolean))].sort();
    for (const folder of folders) await fs.mkdir(join(dest, ...folder.split('/')), { recursive: true });
    await mapLimit(unchanged, LINKS_IN_FLIGHT, async (f) => {
      // Anything that cannot be linked (the previous export was removed) is written anew.
      if (await fs.link(join(previous.dir, ...f.path.split('/')), join(dest, ...f.path.split('/'))).then(() => true, () => false)) linked.add(f.path);
    });
  }
  const toWrite = listed.files.filter((f) => !linked.has(f.path));
  if (toWrite.length > 0) {
    // A private index of just these files, written out by git under dest/:
    // the clone's own index and working tree are never touched.
    const index = join(cloneDir, '.git', `gotong-export-${process.pid}-${Date.now()}.index`);
    const vars = { GIT_INDEX_FILE: index };
    try {
      await runGit(cloneDir, ['update-index', '-z', '--index-info'], { input: toWrite.map((f) => `${f.mode} ${f.oid}\t${f.path}\0`).join(''), vars });
      await runGit(cloneDir, ['checkout-index', '--all', '--force', `--prefix=${dest}/`], { vars });
    } catch (error) {
      throw new GotongError('GOTONG_E_GIT', t('registry.export.write', { commit: commit.slice(0, 12), reason: String((error as Error).message).split('\n')[0] }), {
        hint: t('registry.export.write.hint'),
      });
    } finally {
      await fs.rm(index, { force: true });
    }
  }
  return { commit, dir: dest, blobs, skipped: listed.skipped };
}
