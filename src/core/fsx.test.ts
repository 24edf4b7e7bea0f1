// A lock left by a process that died is taken over by exactly one of the
// processes that find it, never by two at once.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withLock } from './fsx.js';

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
});
