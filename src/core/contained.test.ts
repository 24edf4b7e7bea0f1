import { mkdtempSync, promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listContained, readContained, removeContained, writeContained } from './contained.js';

let dir: string;
let tree: string;
let outside: string;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gotong-contained-'));
  tree = join(dir, 'clone');
  outside = join(dir, 'home');
  await fs.mkdir(join(tree, 'metadata'), { recursive: true });
  await fs.mkdir(outside);
  await fs.writeFile(join(outside, '.bashrc'), 'asli\n');
});
afterEach(() => fs.rm(dir, { recursive: true, force: true }));

describe('files inside a tree someone else controls', () => {
  it('replaces a link with the file instead of writing through it', async () => {
    await fs.symlink(join(outside, '.bashrc'), join(tree, 'metadata', '9.snapshot.json'));
    await writeContained(tree, 'metadata/9.snapshot.json', Buffer.from('{}'));
    expect(await fs.readFile(join(outside, '.bashrc'), 'utf8')).toBe('asli\n');
    expect((await fs.lstat(join(tree, 'metadata', '9.snapshot.json'))).isFile()).toBe(true);
  });

  it('refuses a folder on the way that is a link, for reading, listing, writing and removing', async () => {
    await fs.symlink(outside, join(tree, 'targets'));
    await expect(writeContained(tree, 'targets/bandung/x.json', Buffer.from('x'))).rejects.toMatchObject({ code: 'GOTONG_E_REGISTRY_INVALID' });
    await expect(readContained(tree, 'targets/.bashrc')).rejects.toMatchObject({ code: 'GOTONG_E_REGISTRY_INVALID' });
    await expect(listContained(tree, 'targets')).rejects.toMatchObject({ code: 'GOTONG_E_REGISTRY_INVALID' });
    await expect(removeContained(tree, 'targets/.bashrc')).rejects.toMatchObject({ code: 'GOTONG_E_REGISTRY_INVALID' });
    expect(await fs.readdir(outside)).toEqual(['.bashrc']);
  });

  it('refuses to read a file that is a link, and reads plain files', async () => {
    await fs.symlink(join(outside, '.bashrc'), join(tree, 'metadata', 'root.json'));
    await expect(readContained(tree, 'metadata/root.json')).rejects.toMatchObject({ code: 'GOTONG_E_REGISTRY_INVALID' });
    await writeContained(tree, 'metadata/1.root.json', Buffer.from('{"signed":{}}'));
    expect((await readContained(tree, 'metadata/1.root.json'))?.toString()).toBe('{"signed":{}}');
    expect(await readContained(tree, 'metadata/none.json')).toBeNull();
    expect(await readContained(tree, 'missing/none.json')).toBeNull();
    expect((await listContained(tree, 'metadata')).sort()).toEqual(['1.root.json', 'root.json']);
  });
});
