// gotong runs git itself (src/registry/git.ts): a registry URL or a remote
// given by a user is always an operand, never an option, however it is spelled.
import { existsSync, promises as fs } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isGotongError } from '../../src/core/errors.js';
import { cloneShallow, initWorking, setRemote } from '../../src/registry/git.js';
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
});
