// `gotong pack`: the deterministic tarball written to a file, named like the
// registry names it (<name>-<version>.tgz), without publishing anything.
import { promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';
import { packModule } from '../archive/pack.js';
import { writeFileAtomic } from '../core/fsx.js';
import { readPublishableManifest } from '../manifest/manifest.js';
import { parseModuleName } from '../manifest/names.js';

export interface PackFileResult {
  name: string;
  version: string;
  path: string;
  size: number;
  unpackedSize: number;
  fileCount: number;
  integrity: string;
  sha256: string;
}

export async function packToFile(dir: string, outDir?: string): Promise<PackFileResult> {
  const manifest = await readPublishableManifest(dir);
  const { name } = parseModuleName(manifest.name);
  const packed = await packModule(dir, { files: manifest.files });
  const target = resolve(outDir ?? dir);
  await fs.mkdir(target, { recursive: true });
  const path = join(target, `${name}-${manifest.version}.tgz`);
  await writeFileAtomic(path, packed.bytes);
  return { name: manifest.name, version: manifest.version, path, size: packed.bytes.length, unpackedSize: packed.unpackedSize, fileCount: packed.fileCount, integrity: packed.integrity, sha256: packed.sha256 };
}
