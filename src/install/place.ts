// Puts one module's files into its staging folder: hard-linked from the
// module store when the store has the tarball's entry; otherwise the tarball
// is read from the cache or the registry (checked against the signed hashes)
// and extracted by the extraction pool, straight into the staging folder when
// it came from the registry (the first install of that version on this
// machine), into a new store entry that is then linked when it came from the
// cache.
import { rmSync } from 'node:fs';
import type { ExtractedFile } from '../archive/extract.js';
import type { ExtractPool } from '../archive/extract-pool.js';
import { bug } from '../core/errors.js';
import type { ResolvedModule } from './resolve.js';
import type { ModuleStore } from './store.js';
import type { TargetReader } from './targets.js';

export interface Placement {
  /** Settles once the module's files are in `dest`, with the files as the tarball lists them. */
  files: Promise<ExtractedFile[]>;
}

export function modulePlacer(store: ModuleStore, pool: ExtractPool, reader: TargetReader) {
  /** Entries being made in this install, by integrity (two modules may share a tarball's bytes). */
  const making = new Map<string, Promise<unknown>>();

  /** Links an entry another module of this install made. */
  function linkMade(integrity: string, dest: string): ExtractedFile[] {
    const entry = store.open(integrity) ?? bug(`store entry for ${integrity} missing right after it was made`);
    if (!store.linkInto(entry, dest)) bug(`store entry ${entry.tree} changed while it was being linked`);
    return entry.files;
  }

  /**
   * Called once the module's target info is verified. Returns when its
   * bytes, if they had to be read, are read and handed to the pool; the
   * placement itself may still be running.
   */
  return async function place(module: ResolvedModule, dest: string): Promise<Placement> {
    const integrity = module.entry.integrity;
    const existing = making.has(integrity) ? null : store.open(integrity);
    if (existing) {
      if (store.linkInto(existing, dest)) return { files: Promise.resolve(existing.files) };
      // Changed since it was sealed (someone edited a linked file): made again from the tarball.
      rmSync(dest, { recursive: true, force: true });
      store.discard(integrity);
    }
    const shared = making.get(integrity);
    if (shared) return { files: shared.then(() => linkMade(integrity, dest)) };
    await pool.room();
    const { bytes, fromCache } = await reader.read(module.entry.target);
    // A version installed for the first time on this machine (not yet in the
    // cache) is extracted straight into place; the second install makes its
    // store entry. A server that installs a version once never pays for it.
    if (!fromCache) return { files: pool.extract(bytes, dest, { readOnly: true }).then((result) => result.files) };
    const again = making.get(integrity);
    if (again) return { files: again.then(() => linkMade(integrity, dest)) };
    const placed = pool.place(bytes, { storeRoot: store.root, integrity, entryFolder: store.newEntryFolder(), linkTo: dest });
    making.set(integrity, placed);
    return { files: placed.then((result) => result.files) };
  };
}
