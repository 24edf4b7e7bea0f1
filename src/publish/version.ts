// `gotong version`: bump gotong.json's version and, when asked, commit and
// tag it (v<version>) in the module's own git repository. With --git-tag the
// repository is checked before gotong.json is written, and gotong.json gets
// its previous bytes back if the commit fails anyway: a failed command
// changes nothing.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { ioError } from '../core/errors.js';
import { writeFileAtomic } from '../core/fsx.js';
import { assertPublishable, manifestFileName, readManifest, writeManifest } from '../manifest/manifest.js';
import { bumpVersion } from '../manifest/version-bump.js';
import { checkCanCommitAndTag, commitAndTag } from './module-repo.js';

export interface VersionResult {
  name: string;
  previous: string;
  version: string;
  tag: string | null;
}

export async function bumpModuleVersion(dir: string, release: string, options: { preid?: string; gitTag?: boolean }): Promise<VersionResult> {
  const manifest = assertPublishable(await readManifest(dir));
  const version = bumpVersion(manifest.version, release, options.preid);
  if (!options.gitTag) {
    await writeManifest(dir, { ...manifest, version });
    return { name: manifest.name, previous: manifest.version, version, tag: null };
  }
  const tag = `v${version}`;
  await checkCanCommitAndTag(dir, manifestFileName, tag);
  const file = join(dir, manifestFileName);
  const previousBytes = await fs.readFile(file).catch((error: unknown) => Promise.reject(ioError('read', file, error)));
  await writeManifest(dir, { ...manifest, version });
  try {
    await commitAndTag(dir, manifestFileName, `${manifest.name}@${version}`, tag);
  } catch (error) {
    await writeFileAtomic(file, previousBytes);
    throw error;
  }
  return { name: manifest.name, previous: manifest.version, version, tag };
}
