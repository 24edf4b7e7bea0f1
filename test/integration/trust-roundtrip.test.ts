import { execFileSync } from 'node:child_process';
import { validateDocument } from '../../src/manifest/schema.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryReporter } from '../../src/core/reporter.js';
import { addNamespace, initRegistry } from '../../src/admin/registry-setup.js';
import { locateRegistry } from '../../src/registry/locate.js';
import { openRegistry } from '../../src/verified/open-registry.js';
import { updateRegistry } from '../../src/change/registry-update.js';
import { makeKey, makeWorld, type TestWorld } from '../helpers/env.js';

describe('a registry written by the writer verifies through tuf-js', () => {
  let world: TestWorld;
  beforeEach(() => {
    world = makeWorld();
  });
  afterEach(() => world.cleanup());

  it('init, delegate, put a target, read it back verified', async () => {
    const admin = await makeKey(world, 'admin');
    const online = await makeKey(world, 'online');
    const bandung = await makeKey(world, 'bandung');
    const reporter = new MemoryReporter();
    const init = await initRegistry({ target: world.path('registry'), name: 'nusantara', rootSigners: [admin.signer], threshold: 1, onlineKey: online.signer, reporter, env: world.env });
    expect(init.rootSha256).toMatch(/^[0-9a-f]{64}$/);
    const registryInfo = JSON.parse(execFileSync('git', ['show', 'main:registry.json'], { cwd: world.path('registry') }).toString());
    expect(validateDocument('registry', registryInfo, 'registry.json')).toMatchObject({ name: 'nusantara', protocolVersion: 1 });
    const location = await locateRegistry({ flag: world.path('registry'), env: world.env });
    await addNamespace({ namespace: 'bandung', location, publisherKeys: [bandung.signer], threshold: 1, adminSigners: [admin.signer], onlineKey: online.signer, reporter, env: world.env });
    await updateRegistry({ location, identity: { name: 't', email: 't@x' }, reporter, env: world.env }, async (writer) => {
      await writer.putTargets('bandung', [{ targetPath: 'bandung/x/index.json', bytes: Buffer.from('{"hello":1}') }], [bandung.signer]);
      writer.refreshTimestamp(online.signer);
      return { changed: true, message: 'put', result: undefined };
    });
    const opened = await openRegistry({ location: { ...location, pinnedRootSha256: init.rootSha256 }, offline: false, allowFirstUse: false, reporter, env: world.env });
    const info = await opened.trusted.targetInfo('bandung/x/index.json');
    expect(info?.length).toBe(11);
    const bytes = await opened.trusted.readTarget(info!);
    expect(bytes.toString()).toBe('{"hello":1}');
    expect(await opened.trusted.targetInfo('bandung/y/index.json')).toBeNull();
    expect(await opened.trusted.namespaces()).toEqual(['bandung']);
  });
});
