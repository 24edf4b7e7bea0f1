import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { buildScene, fingerprint, victimInstall, trustedVersions, type Scene } from '../helpers/attack-kit.js';

let scene: Scene;
beforeAll(async () => { const t = Date.now(); scene = await buildScene(); console.log('build', Date.now() - t); }, 120_000);
afterAll(() => scene.cleanup());
beforeEach(async () => { const t = Date.now(); await scene.restore(); console.log('restore', Date.now() - t); });

it('installs', async () => {
  const t = Date.now();
  const before = await fingerprint(scene);
  console.log(Object.keys(before.registry).length, Object.keys(before.workspace), await trustedVersions(scene));
  const r = await victimInstall(scene);
  console.log('install', Date.now() - t, r.installed);
});
it('installs again after restore', async () => {
  const t = Date.now();
  const r = await victimInstall(scene);
  console.log('install', Date.now() - t, r.changed);
  expect(r.changed).toEqual(['@bandung/peta-dasar']);
});
