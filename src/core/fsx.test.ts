// A lock left by a process that died is taken over by exactly one of the
// processes that find it, never by two at once.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { processStamp, withLock } from './fsx.js';

const dir = mkdtempSync(join(tmpdir(), 'gotong-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('withLock', () => {
  it('lets one holder at a time take over a dead process\'s lock, however many find it at once', async () => {
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid!;
    for (let round = 0; round < 20; round++) {
      const lockPath = join(dir, `workspace-${round}.lock`);
      writeFileSync(lockPath, String(deadPid));
      let holding = 0;
      let most = 0;
      const contenders = Array.from({ length: 6 }, () =>
        withLock(lockPath, { waitMs: 10_000, what: 'the test workspace' }, async () => {
          most = Math.max(most, ++holding);
          await new Promise((resolve) => setTimeout(resolve, 5));
          holding--;
        }),
      );
      await Promise.all(contenders);
      expect(most).toBe(1);
    }
  });

  it('takes over a lock whose pid the system has given to another process since, and waits for one its holder still holds', async () => {
    // The parent process runs, but it is not the process that started at tick 1 after boot.
    const reused = join(dir, 'reused.lock');
    writeFileSync(reused, `${process.ppid} 1`);
    await expect(withLock(reused, { waitMs: 0, what: 'the test workspace' }, async () => 'taken')).resolves.toBe('taken');
    const held = join(dir, 'held.lock');
    writeFileSync(held, processStamp(process.ppid));
    await expect(withLock(held, { waitMs: 100, what: 'the test workspace' }, async () => 'taken')).rejects.toMatchObject({ code: 'GOTONG_E_WORKSPACE_BUSY' });
    // A lock written by an older gotong names the pid alone: the process runs, so it is held.
    writeFileSync(held, String(process.ppid));
    await expect(withLock(held, { waitMs: 100, what: 'the test workspace' }, async () => 'taken')).rejects.toMatchObject({ code: 'GOTONG_E_WORKSPACE_BUSY' });
  });

  it('runs afterTakeover only when it took the lock over from a holder that died', async () => {
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid!;
    const lockPath = join(dir, 'clone.lock');
    let cleared = 0;
    const options = { waitMs: 1_000, what: 'the test clone', afterTakeover: async () => void cleared++ };
    await withLock(lockPath, options, async () => undefined);
    expect(cleared).toBe(0);
    writeFileSync(lockPath, String(deadPid));
    await withLock(lockPath, options, async () => undefined);
    expect(cleared).toBe(1);
  });
});

