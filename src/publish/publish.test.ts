import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packModule } from '../archive/pack.js';
import { gunzipBounded } from '../archive/tar.js';
import { makeWorld, type TestWorld } from '../../test/helpers/env.js';
import { writeModule } from '../../test/helpers/modules.js';
import { sameTarContent } from './publish.js';

describe('sameTarContent', () => {
  let world: TestWorld;
  beforeEach(() => {
    world = makeWorld();
  });
  afterEach(() => world.cleanup());

  it('sees through a different gzip encoding of the same archive, and not through other content', async () => {
    const dir = await writeModule(world.path('ui-kit'), { name: '@bandung/ui-kit', version: '1.0.0' }, { 'ui.css': 'body{}' });
    const packed = await packModule(dir);
    const tar = await gunzipBounded(packed.bytes, 1 << 20);
    const otherZlib = gzipSync(tar, { level: 1 });
    expect(otherZlib.equals(packed.bytes)).toBe(false);
    expect(await sameTarContent(packed.bytes, otherZlib)).toBe(true);
    const changed = Buffer.from(tar);
    changed[600] ^= 1;
    expect(await sameTarContent(packed.bytes, gzipSync(changed))).toBe(false);
    expect(await sameTarContent(packed.bytes, Buffer.from('not gzip'))).toBe(false);
  });
});
