// Puts one module's files into its staging folder: hard-linked from the
// module store when the store has the tarball's entry; otherwise the tarball
// is read from the cache or the registry (checked against the signed hashes)
// and extracted by the extraction pool, straight into the staging folder when
// it came from the registry (the first install of that version on this
// machine), into a new store entry that is then linked when it came from the
// cache. However it got there, the module's own gotong.json must then name
// the module, version and dependencies of its signed entry
// (manifest-matches-entry.ts): equal bytes prove the tarball was signed, not
// that it is this module.
import { rmSync } from 'node:fs';
import type { ExtractedFile } from '../archive/extract.js';
import type { ExtractPool } from '../archive/extract-pool.js';
import { bug } from '../core/errors.js';
import { assertManifestMatchesEntry } from './manifest-matches-entry.js';
import type { ResolvedModule } from './resolve.js';
import type { ModuleStore } from './store.js';
import type { TargetReader } from './targets.js';

export interface Placement {
  /** Settles once the module's files are in `dest`, with the files as the tarball lists them. */
  files: Promise<ExtractedFile[]>;
}

/** Modules already linked from the store into their staging folders, by name. */
export type LinkedAhead = Map<string, { integrity: string; files: ExtractedFile[] }>;

/**
 * Links the modules the store already holds into their staging folders, one
 * per turn of the event loop, so that it runs while the registry is opened
 * and its metadata checked (git and the disk would otherwise leave the
 * thread waiting); with four per turn, each step of the opening waited for
 * them, and the opening took 100 ms longer. Only for an install that knows
 * its versions before the registry is read (--frozen). Nothing here is
 * trusted yet: a module linked ahead is used only if the signed metadata
 * names the same integrity (install-run.ts checks each one before it uses
 * it), and otherwise goes with the staging folder.
 */
export async function linkAhead(store: ModuleStore, modules: ResolvedModule[], destinationOf: (module: ResolvedModule) => string): Promise<LinkedAhead> {
  const linked: LinkedAhead = new Map();
  for (const module of modules) {
    await new Promise((resolve) => setImmediate(resolve));
    const entry = store.open(module.entry.integrity);
    if (!entry) continue;
    const dest = destinationOf(module);
    if (store.linkInto(entry, dest)) linked.set(module.name, { integrity: module.entry.integrity, files: entry.files });
    // Changed since it was sealed: left to the install's own placement, which makes it again.
    else rmSync(dest, { recursive: true, force: true });
  }
  return linked;
}

export interface ModulePlacer {
  reader: TargetReader;
  pool: ExtractPool;
  /**
   * Called once the module's target info is verified. Returns when its
   * bytes, if they had to be read, are read and handed to the pool; the
   * placement itself may still be running.
   */
  place(module: ResolvedModule, dest: string): Promise<Placement>;
}

export function modulePlacer(store: ModuleStore, pool: ExtractPool, reader: TargetReader, linkedAhead: LinkedAhead = new Map()): ModulePlacer {
  /** Entries being made in this install, by integrity (two modules may share a tarball's bytes). */
  const making = new Map<string, Promise<unknown>>();

  /** Links an entry another module of this install made. */
  function linkMade(integrity: string, dest: string): ExtractedFile[] {
    const entry = store.open(integrity) ?? bug(`store entry for ${integrity} missing right after it was made`);
    if (!store.linkInto(entry, dest)) bug(`store entry ${entry.tree} changed while it was being linked`);
    return entry.files;
  }

  async function placeFiles(module: ResolvedModule, dest: string): Promise<Placement> {
    const integrity = module.entry.integrity;
    const ahead = linkedAhead.get(module.name);
    if (ahead?.integrity === integrity) return { files: Promise.resolve(ahead.files) };
    if (ahead) rmSync(dest, { recursive: true, force: true });
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
  }

  async function place(module: ResolvedModule, dest: string): Promise<Placement> {
    const placed = await placeFiles(module, dest);
    return {
      files: placed.files.then((files) => {
        assertManifestMatchesEntry(module, dest, files);
        return files;
      }),
    };
  }

  return { reader, pool, place };
}
