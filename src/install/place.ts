// Puts one module's files into its staging folder: hard-linked from the
// module store when the store has the tarball's entry and its files still
// hash to what the entry recorded; otherwise the tarball
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
import { extractionPool, type ExtractPool, type JobResult } from './extract-pool.js';
import { bug } from '../core/errors.js';
import { assertManifestMatchesEntry } from './manifest-matches-entry.js';
import type { ResolvedModule } from './resolve.js';
import type { ModuleStore } from './store.js';
import type { TargetReader } from '../verified/targets.js';

export interface Placement {
  /** Settles once the module's files are in `dest`, with the files as the tarball lists them. */
  files: Promise<ExtractedFile[]>;
}

/** Links modules from the module store, each entry hashed once in an install (by its first link). */
export type StoreLinker = (integrity: string, dest: string) => Promise<ExtractedFile[] | null>;

/** What places modules in an install: the extraction pool, and links from the store through it. */
export interface PlacementWorkers {
  pool: ExtractPool;
  link: StoreLinker;
}

/**
 * A pool sized for `modules` placements. Links go through the pool, so that
 * the hashing is shared out over its threads. A later link of an entry
 * already checked in this install (two modules with the same bytes) is not
 * checked again; one whose first link found it changed gives null without
 * trying.
 */
export function placementWorkers(store: ModuleStore, modules: number): PlacementWorkers {
  const pool = extractionPool(modules);
  const checked = new Map<string, Promise<JobResult>>();
  const link: StoreLinker = async (integrity, dest) => {
    const first = checked.get(integrity);
    if (first) {
      // Checked by its first link in this install: linked as it is, unless that check failed.
      if (!(await first)) return null;
      return (await pool.link({ storeRoot: store.root, integrity, linkTo: dest, check: false }))?.files ?? null;
    }
    const linked = pool.link({ storeRoot: store.root, integrity, linkTo: dest, check: true });
    checked.set(integrity, linked);
    return (await linked)?.files ?? null;
  };
  return { pool, link };
}

/** Modules being linked from the store into their staging folders, by name: their files, or null when they must be placed from their tarballs. */
export type LinkedAhead = Map<string, Promise<{ integrity: string; files: ExtractedFile[] } | null>>;

/**
 * Links the modules the store already holds into their staging folders
 * while the registry is opened and its metadata checked: the pool's workers
 * take them at once, and this thread joins in once the registry is open (the
 * extract stage). Taking a module per turn of the event loop here as well
 * made each step of the opening wait for its hashing, and the install no
 * faster. Only for an install that knows its versions before the registry is
 * read (--frozen). Nothing here is trusted yet: a module linked ahead is used
 * only if the signed metadata names the same integrity (install-run.ts checks
 * each one before it uses it), and otherwise goes with the staging folder.
 */
export function linkAhead(store: ModuleStore, workers: PlacementWorkers, modules: ResolvedModule[], destinationOf: (module: ResolvedModule) => string): LinkedAhead {
  const linked: LinkedAhead = new Map();
  for (const module of modules) {
    const integrity = module.entry.integrity;
    if (!store.has(integrity)) continue;
    const ahead = workers.link(integrity, destinationOf(module)).then((files) => files && { integrity, files });
    ahead.catch(() => undefined); // awaited where the module is placed
    linked.set(module.name, ahead);
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

export function modulePlacer(store: ModuleStore, workers: PlacementWorkers, reader: TargetReader, linkedAhead: LinkedAhead = new Map()): ModulePlacer {
  const { pool } = workers;
  /** Entries being made in this install, by integrity (two modules may share a tarball's bytes). */
  const making = new Map<string, Promise<unknown>>();

  /** Links an entry another module of this install made. */
  function linkMade(integrity: string, dest: string): ExtractedFile[] {
    const entry = store.open(integrity) ?? bug(`store entry for ${integrity} missing right after it was made`);
    if (!store.linkInto(entry, dest, { check: false })) bug(`store entry ${entry.tree} changed while it was being linked`);
    return entry.files;
  }

  /** Places a module from its verified tarball: the store has no entry for it, or its entry changed and was thrown away. */
  async function fromTarball(module: ResolvedModule, dest: string): Promise<Placement> {
    const integrity = module.entry.integrity;
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

  /** Files linked from the store, or, when its entry turned out changed, placed from the tarball. */
  async function orFromTarball(linked: Promise<ExtractedFile[] | null>, module: ResolvedModule, dest: string): Promise<ExtractedFile[]> {
    const files = await linked;
    if (files) return files;
    rmSync(dest, { recursive: true, force: true });
    return (await fromTarball(module, dest)).files;
  }

  async function placeFiles(module: ResolvedModule, dest: string): Promise<Placement> {
    const integrity = module.entry.integrity;
    const ahead = linkedAhead.get(module.name);
    if (ahead) return { files: orFromTarball(ahead.then((linked) => (linked?.integrity === integrity ? linked.files : null)), module, dest) };
    if (making.has(integrity) || !store.has(integrity)) return fromTarball(module, dest);
    await pool.room();
    return { files: orFromTarball(workers.link(integrity, dest), module, dest) };
  }

  /** Whichever way the files came, the module's own gotong.json must be the signed entry's (manifest-matches-entry.ts). */
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
