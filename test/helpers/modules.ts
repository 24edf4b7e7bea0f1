// Writes small module folders for tests: a gotong.json and a few files.
import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ModuleManifest } from '../../src/manifest/types.js';

export async function writeModule(dir: string, manifest: ModuleManifest, files: Record<string, string> = {}): Promise<string> {
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(join(dir, 'gotong.json'), JSON.stringify(manifest, null, 2) + '\n');
  const all = { 'README.md': `# ${manifest.name}\n\nModul contoh.\n`, ...files };
  for (const [path, content] of Object.entries(all)) {
    await fs.mkdir(dirname(join(dir, path)), { recursive: true });
    await fs.writeFile(join(dir, path), content);
  }
  return dir;
}
