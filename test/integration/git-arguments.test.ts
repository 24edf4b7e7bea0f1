// gotong runs git itself (src/registry/git.ts): a registry URL or a remote
// given by a user is always an operand, never an option, however it is spelled.
import { existsSync, promises as fs } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isGotongError } from '../../src/core/errors.js';
import { execFileSync } from 'node:child_process';
import { cloneShallow, fetchMain } from '../../src/registry/clone.js';
import { commitAll, initBare, initWorking, pushMain, setRemote } from '../../src/registry/git.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';

describe('git arguments', () => {
  let world: TestWorld;
  beforeAll(() => {
    world = makeWorld();
  });
  afterAll(() => world.cleanup());

  it('never reads a URL that starts with "-" as an option to git clone', async () => {
    const marker = world.path('ran');
    const error = await cloneShallow(`--upload-pack=touch ${marker}`, world.path('clone')).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isGotongError(error)).toBe(true);
    // git looked for a repository by that name: the text reached it as the URL operand.
    expect((error as Error).message).toContain(`repository '--upload-pack=touch ${marker}' does not exist`);
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(world.path('clone'))).toBe(false);
  });

  it('records a remote that starts with "-" as a URL, not an option', async () => {
    const repo = world.path('repo');
    await initWorking(repo);
    await setRemote(repo, '--mirror=fetch');
    const config = await fs.readFile(join(repo, '.git', 'config'), 'utf8');
    expect(config).toContain('url = --mirror=fetch');
    expect(config).not.toMatch(/mirror = /);
  });

  it('knows an unchanged remote from the clone\'s own ref, loose or packed, and fetches only when the remote moved', async () => {
    const remote = world.path('registry.git');
    await initBare(remote);
    const writer = world.path('writer');
    await initWorking(writer);
    await setRemote(writer, remote);
    const identity = { name: 'gotong (bandung)', email: 'bandung@gotong.invalid' };
    await fs.writeFile(join(writer, 'registry.json'), '{"name":"nusantara"}\n');
    await commitAll(writer, 'first', identity);
    expect(await pushMain(writer, remote)).toBe('pushed');
    const reader = world.path('reader');
    await cloneShallow(remote, reader, { checkout: false });
    const head = () => execFileSync('git', ['rev-parse', 'HEAD'], { cwd: writer, encoding: 'utf8' }).trim();

    expect(await fetchMain(reader, remote)).toBe(head());
    execFileSync('git', ['pack-refs', '--all'], { cwd: reader });
    expect(existsSync(join(reader, '.git', 'refs', 'remotes', 'origin', 'main'))).toBe(false);
    expect(await fetchMain(reader, remote)).toBe(head());

    await fs.writeFile(join(writer, 'registry.json'), '{"name":"nusantara","description":"Registri bersama"}\n');
    await commitAll(writer, 'second', identity);
    await pushMain(writer, remote);
    expect(await fetchMain(reader, remote)).toBeNull(); // it moved: fetched
    expect(await fetchMain(reader, remote)).toBe(head());
  });
});
