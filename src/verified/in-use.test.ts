// Markers of use (in-use.ts): one per process and folder, kept while any use
// of it lasts; a run alone refuses while one names a live process, and removes
// those that name ended ones.
import { existsSync, mkdtempSync, promises as fs, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isGotongError } from '../core/errors.js';
import { useFolder, withFolderAlone } from './in-use.js';

const home = mkdtempSync(join(tmpdir(), 'gotong-in-use-'));
const cache = join(home, 'cache');
const marker = join(home, 'in-use', 'cache', String(process.pid));
const alone = () => withFolderAlone(cache, 'the download cache', 'gotong cache clean', async () => 'ran');

afterAll(() => fs.rm(home, { recursive: true, force: true }));

describe('uses of a folder', () => {
  it('keeps one marker while any use lasts, and refuses to run alone meanwhile', async () => {
    const first = await useFolder(cache, 'the download cache');
    const second = await useFolder(cache, 'the download cache');
    expect(existsSync(marker)).toBe(true);
    first();
    first();
    expect(existsSync(marker)).toBe(true);
    const refused = await alone().catch((error: unknown) => error);
    expect(isGotongError(refused, 'GOTONG_E_IN_USE')).toBe(true);
    second();
    expect(existsSync(marker)).toBe(false);
    await expect(alone()).resolves.toBe('ran');
  });

  it('does not count a marker whose process has ended, and removes it', async () => {
    const stale = join(home, 'in-use', 'cache', '999999999');
    writeFileSync(stale, '999999999');
    await expect(alone()).resolves.toBe('ran');
    expect(existsSync(stale)).toBe(false);
  });
});
