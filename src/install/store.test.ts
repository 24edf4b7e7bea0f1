// The check an install makes of a module store entry before it links it
// (store.ts): every file's bytes against files.json, whatever its times say.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, promises as fs, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ModuleStore } from './store.js';

const root = mkdtempSync(join(tmpdir(), 'gotong-store-unit-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const store = new ModuleStore(join(root, 'store'));
const sri = (bytes: Buffer) => `sha512-${createHash('sha512').update(bytes).digest('base64')}`;

/** A sealed entry holding `files`; returns it and the path of each stored file. */
async function entryWith(files: Record<string, Buffer>) {
  const folder = store.newEntryFolder();
  const listed = [];
  await fs.mkdir(store.treeOf(folder), { recursive: true });
  for (const [path, bytes] of Object.entries(files)) {
    await fs.writeFile(join(store.treeOf(folder), path), bytes, { mode: 0o444 });
    listed.push({ path, size: bytes.length, integrity: sri(bytes), executable: false });
  }
  const integrity = sri(randomBytes(32)); // stands for the tarball's
  const { entry } = store.seal(integrity, folder, { files: listed, folders: [], unpackedSize: 0 });
  return { entry, integrity, stored: (path: string) => join(entry.tree, path) };
}

let made = 0;
const dest = () => join(root, 'workspace', String(made++));

describe('a store entry is checked by its bytes before it is linked', () => {
  const big = randomBytes(3 * 1024 * 1024 + 5);
  const small = Buffer.from('export const kodeWilayah = "61.12";\n');

  it('links a whole entry, large and empty files included, as the same files', async () => {
    const { entry, stored } = await entryWith({ 'peta.bin': big, 'kosong.txt': Buffer.alloc(0), 'wilayah.js': small });
    const to = dest();
    expect(store.linkInto(entry, to, { check: true })).toBe(true);
    expect(statSync(join(to, 'peta.bin')).ino).toBe(statSync(stored('peta.bin')).ino);
  });

  it('refuses a large file with its last byte changed', async () => {
    const { entry, stored } = await entryWith({ 'peta.bin': big });
    const changed = Buffer.from(big);
    changed[changed.length - 1] ^= 1;
    await fs.chmod(stored('peta.bin'), 0o644);
    await fs.writeFile(stored('peta.bin'), changed);
    expect(store.linkInto(entry, dest(), { check: true })).toBe(false);
  });

  it('refuses a file that grew or shrank, a link in a file\'s place, and a FIFO in an empty file\'s place, without waiting on it', async () => {
    for (const change of ['grew', 'shrank', 'link', 'fifo'] as const) {
      const { entry, stored } = await entryWith({ 'wilayah.js': small, 'kosong.txt': Buffer.alloc(0) });
      const path = stored(change === 'fifo' ? 'kosong.txt' : 'wilayah.js');
      await fs.rm(path);
      if (change === 'grew') await fs.writeFile(path, Buffer.concat([small, Buffer.from(' ')]));
      if (change === 'shrank') await fs.writeFile(path, small.subarray(1));
      if (change === 'link') {
        await fs.writeFile(join(root, 'elsewhere.js'), small);
        await fs.symlink(join(root, 'elsewhere.js'), path);
      }
      if (change === 'fifo') execFileSync('mkfifo', [path]);
      expect(store.linkInto(entry, dest(), { check: true }), change).toBe(false);
    }
  });

  // Making a device needs root (CI runs as root); /dev/null reads as an empty file would.
  it.skipIf(process.getuid?.() !== 0)('refuses a device in an empty file\'s place', async () => {
    const { entry, stored } = await entryWith({ 'kosong.txt': Buffer.alloc(0) });
    await fs.rm(stored('kosong.txt'));
    execFileSync('mknod', [stored('kosong.txt'), 'c', '1', '3']);
    expect(store.linkInto(entry, dest(), { check: true })).toBe(false);
  });

  it('links without looking when asked not to check (an entry this install made or checked)', async () => {
    const { entry, stored } = await entryWith({ 'wilayah.js': small });
    await fs.chmod(stored('wilayah.js'), 0o644);
    await fs.writeFile(stored('wilayah.js'), 'changed');
    expect(store.linkInto(entry, dest(), { check: false })).toBe(true);
  });
});
