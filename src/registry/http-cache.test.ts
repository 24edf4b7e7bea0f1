import { promises as fs, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HttpValidatorCache } from './http-cache.js';

describe('what a static registry host said last time', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gotong-http-cache-'));
  const cache = new HttpValidatorCache(join(dir, 'http', 'jabar'));
  const url = 'https://registry.jabarprov.go.id/gotong/metadata/timestamp.json';
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('keeps the validators with the bytes they stand for, per URL', async () => {
    expect(await cache.get(url)).toBeNull();
    await cache.put(url, { bytes: Buffer.from('{"signed":{"version":7}}'), etag: '"7a"', lastModified: null });
    expect(await cache.get(url)).toEqual({ bytes: Buffer.from('{"signed":{"version":7}}'), etag: '"7a"', lastModified: null });
    expect(await cache.get(url.replace('jabarprov', 'kuburayakab'))).toBeNull();
  });

  it('ignores an entry whose bytes changed under it, and forgets on request', async () => {
    const [body] = (await fs.readdir(cache.dir)).filter((name) => name.endsWith('.body'));
    await fs.writeFile(join(cache.dir, body), '{"signed":{"version":8}}');
    expect(await cache.get(url)).toBeNull();
    await cache.put(url, { bytes: Buffer.from('x'), etag: null, lastModified: 'Mon, 05 Jan 2026 03:00:00 GMT' });
    expect((await cache.get(url))?.lastModified).toBe('Mon, 05 Jan 2026 03:00:00 GMT');
    await cache.forget(url);
    expect(await cache.get(url)).toBeNull();
  });

  it('an entry without validators is no entry', async () => {
    await cache.put(url, { bytes: Buffer.from('x'), etag: null, lastModified: null });
    expect(await cache.get(url)).toBeNull();
  });
});
