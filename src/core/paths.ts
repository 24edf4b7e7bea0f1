// Where gotong keeps its own state. GOTONG_HOME relocates all of it (config,
// cache, trusted metadata, registry clones); tests always set it.
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface GotongPaths {
  home: string;
  configFile: string;
  /** Content-addressed tarballs and index files, by sha512. */
  cacheDir: string;
  /** Extracted modules, by the sha512 of their tarball, hard-linked into workspaces (install/store.ts). */
  storeDir: string;
  /** Per registry: trusted TUF metadata (the rollback memory) — never inside a clone. */
  trustDir(registryId: string): string;
  /** Per registry: the local git clone used to read it. */
  cloneDir(registryId: string): string;
  /** Per registry: the working clone publish commits in. */
  publishDir(registryId: string): string;
  /** What `gotong mirror` verified in each folder it mirrors to, so that a later run need not hash it again (admin/mirror-checked.ts). */
  mirrorChecksDir: string;
}

export function gotongPaths(env: NodeJS.ProcessEnv = process.env): GotongPaths {
  const home = env.GOTONG_HOME && env.GOTONG_HOME.length > 0 ? env.GOTONG_HOME : join(homedir(), '.gotong');
  return {
    home,
    configFile: join(home, 'config.json'),
    cacheDir: join(home, 'cache'),
    storeDir: join(home, 'store'),
    trustDir: (id) => join(home, 'trust', id),
    cloneDir: (id) => join(home, 'registries', id, 'read'),
    publishDir: (id) => join(home, 'registries', id, 'publish'),
    mirrorChecksDir: join(home, 'mirror-checks'),
  };
}
