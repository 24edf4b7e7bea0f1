// The extraction pool as the built CLI runs it (dist/, with worker threads):
// every archive is extracted exactly as extractTarball extracts it on the main
// thread, and a refusal inside a worker comes back with its code, message
// and hint. Links from the module store run on the same threads, and each
// entry's files are hashed there before they are linked.
import { createHash } from 'node:crypto';
import { promises as fs, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractTarball as extractHere } from '../../src/archive/extract.js';
import { makeWorld } from '../helpers/env.js';
import { hostileTgz, TYPE } from '../helpers/hostile-tar.js';

// The built module: only there does the pool have a compiled worker script to start.
const built = new URL('../../dist/install/extract-pool.js', import.meta.url).href;
const { extractionPool } = (await import(built)) as typeof import('../../src/install/extract-pool.js');
const { ModuleStore } = (await import(new URL('../../dist/install/store.js', import.meta.url).href)) as typeof import('../../src/install/store.js');

const world = makeWorld('gotong-pool-');
afterAll(() => world.cleanup());

function archive(i: number): Buffer {
  return hostileTgz([
    { name: 'gotong.json', data: `{"name":"@bandung/m-${i}","version":"1.0.${i}"}\n` },
    { name: 'src/', type: TYPE.directory },
    { name: 'src/index.js', data: `export const n = ${i};\n`.repeat(50) },
    { name: 'bin/run', data: '#!/bin/sh\n', mode: 0o755 },
  ]);
}

describe('the extraction pool (worker threads)', () => {
  it('extracts a batch exactly as the main thread does', async () => {
    const tarballs = Array.from({ length: 12 }, (_, i) => archive(i));
    const pool = extractionPool(tarballs.length);
    const results = await Promise.all(tarballs.map((tgz, i) => pool.extract(tgz, world.path('pool', String(i)))));
    await pool.help();
    await pool.close();
    for (const [i, tgz] of tarballs.entries()) {
      const here = await extractHere(tgz, world.path('here', String(i)));
      expect(results[i]).toEqual(here);
      expect(await fs.readFile(world.path('pool', String(i), 'src/index.js'), 'utf8')).toBe(await fs.readFile(world.path('here', String(i), 'src/index.js'), 'utf8'));
      expect((await fs.stat(world.path('pool', String(i), 'bin/run'))).mode & 0o777).toBe(0o755);
    }
  });

  it('passes a refusal back with its code and leaves nothing of that archive', async () => {
    const tarballs = Array.from({ length: 10 }, (_, i) => archive(i));
    tarballs[7] = hostileTgz([{ name: 'ok.txt', data: 'fine' }, { name: 'evil', type: TYPE.symlink, linkname: '/etc/passwd' }]);
    const pool = extractionPool(tarballs.length);
    const outcomes = await Promise.allSettled(tarballs.map((tgz, i) => pool.extract(tgz, world.path('refuse', String(i)))));
    await pool.close();
    const refused = outcomes[7] as PromiseRejectedResult;
    expect(refused.status).toBe('rejected');
    expect(refused.reason).toMatchObject({ name: 'GotongError', code: 'GOTONG_E_ARCHIVE_UNSAFE' });
    expect(refused.reason.hint).toEqual(expect.any(String));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(9);
    await expect(fs.readdir(join(world.path('refuse'), '7'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('links modules from the store on its threads, hashing each entry first, and gives null for an entry whose bytes changed (then thrown away)', async () => {
    const store = new ModuleStore(world.path('store'));
    const tarballs = Array.from({ length: 10 }, (_, i) => archive(100 + i));
    const integrity = (tgz: Buffer) => `sha512-${createHash('sha512').update(tgz).digest('base64')}`;
    const making = extractionPool(tarballs.length);
    await Promise.all(tarballs.map((tgz, i) => making.place(tgz, { storeRoot: store.root, integrity: integrity(tgz), entryFolder: store.newEntryFolder(), linkTo: world.path('made', String(i)) })));
    await making.close();

    // One stored file of module 4 gets other bytes of the same size.
    const changed = world.path('made', '4', 'src', 'index.js');
    const text = await fs.readFile(changed, 'utf8');
    await fs.chmod(changed, 0o644);
    await fs.writeFile(changed, text.replace('104', '666'));

    const pool = extractionPool(tarballs.length);
    const links = await Promise.all(tarballs.map((tgz, i) => pool.link({ storeRoot: store.root, integrity: integrity(tgz), linkTo: world.path('linked', String(i)), check: true })));
    await pool.close();
    expect(links.map((result) => result === null)).toEqual(tarballs.map((_, i) => i === 4));
    for (const [i, result] of links.entries()) {
      if (i === 4) continue;
      expect(result?.files.map((f) => f.path)).toEqual(['bin/run', 'gotong.json', 'src/index.js']);
      expect(statSync(world.path('linked', String(i), 'src/index.js')).ino).toBe(statSync(world.path('made', String(i), 'src/index.js')).ino);
    }
    await expect(fs.access(world.path('linked', '4'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(store.has(integrity(tarballs[4]))).toBe(false);
    expect(store.has(integrity(tarballs[3]))).toBe(true);
  });
});
