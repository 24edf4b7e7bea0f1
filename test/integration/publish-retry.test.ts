// Publishing while others keep pushing first: gotong retries for a time (its
// retry time, --retry-for) with jittered backoff, reports every wait, and
// when the time runs out says how long it tried and how many rounds. The
// other publisher is real: a clone of the registry that pushes to main
// between our fetch and our push, so our push is refused as git refuses it.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isGotongError } from '../../src/core/errors.js';
import { MemoryReporter } from '../../src/core/reporter.js';
import { commitIdentity, updateRegistry } from '../../src/change/registry-update.js';
import { gotong } from '../helpers/cli.js';
import { makeWorld, type TestWorld } from '../helpers/env.js';
import { writeModule } from '../helpers/modules.js';
import { assertCliBuilt } from '../helpers/processes.js';
import { makeRegistry, type TestRegistry } from '../helpers/registry.js';

describe('retrying a publish for a time', () => {
  let world: TestWorld;
  let registry: TestRegistry;
  let otherPublisher: string;
  let pushesByOthers = 0;

  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'gotong (kuburaya)', GIT_AUTHOR_EMAIL: 'kuburaya@gotong.invalid', GIT_COMMITTER_NAME: 'gotong (kuburaya)', GIT_COMMITTER_EMAIL: 'kuburaya@gotong.invalid' } }).trim();

  /** Another publisher moves main on the server (a commit on top of whatever main is now). */
  function anotherPublisherPushes(): void {
    git(otherPublisher, 'fetch', '--quiet', 'origin', 'main');
    git(otherPublisher, 'reset', '--quiet', '--hard', 'FETCH_HEAD');
    git(otherPublisher, 'commit', '--quiet', '--allow-empty', '-m', `publish @kuburaya/sipades@0.${++pushesByOthers}.0`);
    git(otherPublisher, 'push', '--quiet', 'origin', 'HEAD:refs/heads/main');
  }

  beforeAll(async () => {
    world = makeWorld('gotong-retry-');
    registry = await makeRegistry(world);
    otherPublisher = world.path('other-publisher');
    git(world.root, 'clone', '--quiet', '--no-checkout', registry.url, otherPublisher);
  });
  afterAll(() => world?.cleanup());

  /** A registry change (a timestamp refresh) during whose every round until `rounds` another publisher pushes first. */
  function refreshWhileOthersPush(rounds: number, retryForMs: number, reporter: MemoryReporter) {
    let round = 0;
    return updateRegistry({ location: registry.location, identity: commitIdentity('registry-online', world.env), reporter, env: world.env, retryForMs }, async (writer) => {
      writer.refreshTimestamp(registry.online.signer);
      if (++round <= rounds) anotherPublisherPushes();
      return { changed: true, message: `refresh timestamp (round ${round})`, result: round };
    });
  }

  it('tries again after each refused push, reporting each wait, until its push goes through', async () => {
    const reporter = new MemoryReporter();
    const update = await refreshWhileOthersPush(3, 60_000, reporter);
    expect(update).toMatchObject({ committed: true, attempts: 4, result: 4 });
    const retries = reporter.ofType('retry');
    expect(retries.map((r) => r.attempt)).toEqual([1, 2, 3]);
    for (const retry of retries) {
      expect(retry.reason).toBe('another publisher pushed first');
      expect(retry.waitMs).toBeGreaterThan(0);
      expect(retry.waitMs).toBeLessThanOrEqual(3000);
    }
    expect(git(registry.url, 'log', '-1', '--format=%s', 'main')).toBe('refresh timestamp (round 4)');
  });

  it('gives up when the retry time is spent, saying how long it tried and how many rounds, and pushes nothing', async () => {
    const reporter = new MemoryReporter();
    const started = Date.now();
    const failure = await refreshWhileOthersPush(Infinity, 1500, reporter).catch((error: unknown) => error);
    const elapsed = Date.now() - started;
    expect(isGotongError(failure, 'GOTONG_E_PUBLISH_CONTENDED'), String(failure)).toBe(true);
    const error = failure as import('../../src/core/errors.js').GotongError;
    const rounds = reporter.ofType('retry').length + 1;
    expect(rounds).toBeGreaterThanOrEqual(2);
    expect(error.message).toMatch(new RegExp(`first in all ${rounds} rounds over \\d+(\\.\\d)? s$`));
    expect(error.hint).toMatch(/--retry-for/);
    expect(error.details).toMatchObject({ attempts: rounds, retryForMs: 1500 });
    expect(error.details!.elapsedMs as number).toBeGreaterThanOrEqual(1500);
    // Waiting stops when the time does: the waits fit in it, and the last round starts within it.
    const waited = reporter.ofType('retry').reduce((sum, r) => sum + r.waitMs, 0);
    expect(waited).toBeLessThanOrEqual(1500);
    expect(elapsed).toBeGreaterThanOrEqual(1500);
    expect(git(registry.url, 'log', '-1', '--format=%s', 'main')).toMatch(/^publish @kuburaya\/sipades@/);
  });

  it('with a retry time of 0, makes one attempt only', async () => {
    const reporter = new MemoryReporter();
    const failure = await refreshWhileOthersPush(Infinity, 0, reporter).catch((error: unknown) => error);
    expect(isGotongError(failure, 'GOTONG_E_PUBLISH_CONTENDED')).toBe(true);
    expect((failure as Error).message).toMatch(/first in all 1 round over/);
    expect(reporter.ofType('retry')).toEqual([]);
  });

  it('refuses a retry time that is not a duration, from the flag or the environment', async () => {
    assertCliBuilt();
    const module = await writeModule(world.path('mod/sipd'), { name: '@bandung/sipd-connector', version: '1.0.0' });
    const flag = await gotong(['publish', module, '--registry', 'nusantara', '--key', registry.publishers.bandung.privateFile, '--online-key', registry.online.privateFile, '--retry-for', 'lima menit', '--json'], { cwd: world.root, env: world.env });
    expect(flag.json.error?.code, flag.stdout).toBe('GOTONG_E_USAGE');
    expect(flag.json.error?.message).toContain('--retry-for');
    expect(flag.code).toBe(2);
    const env = { ...world.env, GOTONG_PUBLISH_RETRY_FOR: 'sebentar' };
    const fromEnv = await gotong(['publish', module, '--registry', 'nusantara', '--key', registry.publishers.bandung.privateFile, '--online-key', registry.online.privateFile, '--json'], { cwd: world.root, env });
    expect(fromEnv.json.error?.code, fromEnv.stdout).toBe('GOTONG_E_USAGE');
    expect(fromEnv.json.error?.message).toContain('GOTONG_PUBLISH_RETRY_FOR');
  });
});
