// Builds a real registry for a test: keys on disk, a bare git repository,
// namespaces delegated, and a client configuration pinned to its root.
import { MemoryReporter } from '../../src/core/reporter.js';
import { addNamespace, initRegistry } from '../../src/admin/registry-setup.js';
import { addRegistry } from '../../src/admin/known-registries.js';
import { locateRegistry, type RegistryLocation } from '../../src/registry/locate.js';
import { publish, type PublishResult } from '../../src/publish/publish.js';
import type { RegistryMode } from '../../src/manifest/types.js';
import { makeKey, type KeyFiles, type TestWorld } from './env.js';

export interface TestRegistry {
  url: string;
  rootSha256: string;
  admin: KeyFiles;
  online: KeyFiles;
  publishers: Record<string, KeyFiles>;
  location: RegistryLocation;
  publishDir(dir: string, namespace?: string): Promise<PublishResult>;
}

export async function makeRegistry(world: TestWorld, namespaces: string[] = ['bandung', 'kuburaya'], url = world.path('registry.git'), options: { mode?: RegistryMode } = {}): Promise<TestRegistry> {
  const reporter = new MemoryReporter();
  const admin = await makeKey(world, 'admin');
  const online = await makeKey(world, 'online');
  const init = await initRegistry({ target: url, name: 'nusantara', rootSigners: [admin.signer], threshold: 1, onlineKey: online.signer, mode: options.mode, reporter, env: world.env });
  const location = await locateRegistry({ flag: init.url, env: world.env });
  const publishers: Record<string, KeyFiles> = {};
  for (const namespace of namespaces) publishers[namespace] = await makeKey(world, namespace);
  for (const namespace of namespaces) {
    await addNamespace({ namespace, location, publisherKeys: [publishers[namespace].signer], threshold: 1, adminSigners: [admin.signer], onlineKey: online.signer, reporter, env: world.env });
  }
  await addRegistry({ name: 'nusantara', url: init.url, rootSha256: init.rootSha256, reporter, env: world.env });
  const named = await locateRegistry({ flag: 'nusantara', env: world.env });
  return {
    url: init.url,
    rootSha256: init.rootSha256,
    admin,
    online,
    publishers,
    location: named,
    publishDir: (dir, namespace = 'bandung') =>
      publish({ dir, location: named, signers: [publishers[namespace].signer], onlineKey: online.signer, reporter, env: world.env }),
  };
}
