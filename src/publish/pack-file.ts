// `gotong pack`: the deterministic tarball written to a file, named like the
// registry names it (<name>-<version>.tgz), without publishing anything. With
// dryRun nothing is written: the result says what would be packed.
import { promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';
import { packModule, type PackedFile } from '../archive/pack.js';
import { writeFileAtomic } from '../core/fsx.js';
import { readPublishableManifest } from '../manifest/manifest.js';
import { parseModuleName } from '../manifest/names.js';

export interface PackFileResult {
  name: string;
  version: string;
  /** Where the tarball was written (or, in a dry run, would be). */
  path: string;
  dryRun: boolean;
  size: number;
  unpackedSize: number;
  fileCount: number;
  integrity: string;
  sha256: string;
  files: PackedFile[];
  /** What ignore rules left out; a folder ends in "/". */
  ignored: string[];
}

export interface PackFileOptions {
  /** Where to write the .tgz; default: the module folder. */
  outDir?: string;
  dryRun?: boolean;
}

export async function packToFile(dir: string, options: PackFileOptions = {}): Promise<PackFileResult> {
  const manifest = await readPublishableManifest(dir);
  const { name } = parseModuleName(manifest.name);
  const packed = await packModule(dir, { files: manifest.files });
  const target = resolve(options.outDir ?? dir);
  const path = join(target, `${name}-${manifest.version}.tgz`);
  const dryRun = Boolean(options.dryRun);
  if (!dryRun) {
    await fs.mkdir(target, { recursive: true });
    await writeFileAtomic(path, packed.bytes);
  }
  return {
    name: manifest.name,
    version: manifest.version,
    path,
    dryRun,
    size: packed.bytes.length,
    unpackedSize: packed.unpackedSize,
    fileCount: packed.fileCount,
    integrity: packed.integrity,
    sha256: packed.sha256,
    files: packed.files,
    ignored: packed.ignored,
  };
}
