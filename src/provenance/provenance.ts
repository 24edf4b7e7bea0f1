// What a version's signed index entry says about where it came from (issue:
// transparency for auditors): the source repository, commit and folder when
// the module folder is in a git repository, whether the folder differed from
// that commit, the CI run that published it, the gotong version, and the
// sha512 of the uncompressed tar stream. That last one lets anyone compare a
// rebuild exactly even where another zlib compresses the same tar differently.
import { gunzipBounded } from '../archive/tar.js';
import type { PackResult } from '../archive/pack.js';
import { GotongError } from '../core/errors.js';
import { GOTONG_VERSION } from '../core/version.js';
import { t, formatList } from '../i18n/translate.js';
import type { VersionProvenance } from './types.js';
import { sha512Hex } from '../trust/metadata-io.js';
import { ciRunOf } from './ci-run.js';
import { sourceTreeOf, type SourceTree } from './source-tree.js';

/** The largest tar stream gotong unpacks, as for installs. */
const TAR_LIMIT = 4 * 1024 * 1024 * 1024;

export async function tarSha512(tgz: Buffer): Promise<string> {
  return sha512Hex(await gunzipBounded(tgz, TAR_LIMIT));
}

/** Files whose change makes the packed tree differ from the commit: packed ones, and tracked ones changed or deleted. */
export function dirtyFiles(tree: SourceTree, packed: PackResult): string[] {
  const inPack = new Set(packed.entries);
  return tree.changedFiles.filter((file) => inPack.has(file.path) || !file.untracked).map((file) => file.path);
}

export interface ProvenanceOptions {
  allowDirty?: boolean;
  env?: NodeJS.ProcessEnv;
}

export async function provenanceOf(moduleDir: string, packed: PackResult, options: ProvenanceOptions = {}): Promise<VersionProvenance> {
  const tree = await sourceTreeOf(moduleDir);
  const provenance: VersionProvenance = { gotongVersion: GOTONG_VERSION, tarSha512: await tarSha512(packed.bytes) };
  if (tree) {
    const dirty = dirtyFiles(tree, packed);
    if (dirty.length > 0 && !options.allowDirty) {
      throw new GotongError('GOTONG_E_SOURCE_DIRTY', t('provenance.dirty', { count: dirty.length, files: formatList(dirty.slice(0, 5)), commit: tree.commit.slice(0, 12) }), {
        hint: t('provenance.dirty.hint'),
        details: { commit: tree.commit, files: dirty },
      });
    }
    provenance.source = { repository: tree.repository, commit: tree.commit, path: tree.path, dirty: dirty.length > 0 };
  }
  const ci = ciRunOf(options.env ?? process.env);
  if (ci) provenance.ci = ci;
  return provenance;
}
