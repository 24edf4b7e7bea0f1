// `gotong version`: bump gotong.json's version and, when asked, commit and
// tag it (v<version>) in the module's own git repository.
import { commitAndTag } from '../registry/git.js';
import { readManifest, writeManifest } from '../manifest/manifest.js';
import { assertPublishable } from '../manifest/manifest.js';
import { bumpVersion } from '../manifest/version-bump.js';

export interface VersionResult {
  name: string;
  previous: string;
  version: string;
  tag: string | null;
}

export async function bumpModuleVersion(dir: string, release: string, options: { preid?: string; gitTag?: boolean }): Promise<VersionResult> {
  const manifest = assertPublishable(await readManifest(dir));
  const version = bumpVersion(manifest.version, release, options.preid);
  await writeManifest(dir, { ...manifest, version });
  let tag: string | null = null;
  if (options.gitTag) {
    tag = `v${version}`;
    await commitAndTag(dir, ['gotong.json'], `${manifest.name}@${version}`, tag);
  }
  return { name: manifest.name, previous: manifest.version, version, tag };
}
