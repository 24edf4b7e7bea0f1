// What `gotong mirror` verified in a mirror folder, so that the next run does
// not read and hash every tarball of the registry again: each target file
// checked, by size, inode and change time. A file written or touched since
// (by a copy, an edit, a restore from backup) has another change time, which
// user programs cannot set back, and is read and hashed as usual. The record
// lives in GOTONG_HOME, not in the folder: whoever may write the served
// folder must not be able to vouch for its content.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';
import { mapLimit } from '../core/concurrency.js';
import { readFileOrNull, writeFileAtomic } from '../core/fsx.js';

type Checked = Record<string, [size: number, inode: number, changedMs: number]>;

const STATS_IN_FLIGHT = 32;

export class MirrorChecks {
  private constructor(
    private readonly recordFile: string,
    private readonly dir: string,
    private readonly checked: Checked,
  ) {}

  static async open(checksDir: string, dir: string): Promise<MirrorChecks> {
    const folder = resolve(dir);
    const recordFile = join(checksDir, `${createHash('sha256').update(folder).digest('hex').slice(0, 32)}.json`);
    let checked: Checked = {};
    try {
      const parsed = JSON.parse((await readFileOrNull(recordFile))?.toString('utf8') ?? '{}') as { dir?: unknown; files?: unknown };
      if (parsed.dir === folder && typeof parsed.files === 'object' && parsed.files !== null) checked = parsed.files as Checked;
    } catch {
      // A damaged record vouches for nothing: everything is hashed again.
    }
    return new MirrorChecks(recordFile, folder, checked);
  }

  /** Whether the folder's file at `rel` is, by size, inode and change time, the one a passing verification read. */
  async unchanged(rel: string, length: number): Promise<boolean> {
    const seen = this.checked[rel];
    if (!Array.isArray(seen) || seen[0] !== length) return false;
    const now = await fs.lstat(join(this.dir, ...rel.split('/'))).catch(() => null);
    return !!now && now.isFile() && now.size === seen[0] && now.ino === seen[1] && now.ctimeMs === seen[2];
  }

  /** Records the folder's target files as they are now, after a copy that passed verification was switched in. */
  async record(targets: Iterable<string>): Promise<void> {
    const files: Checked = {};
    await mapLimit([...targets], STATS_IN_FLIGHT, async (rel) => {
      const now = await fs.lstat(join(this.dir, ...rel.split('/'))).catch(() => null);
      if (now?.isFile()) files[rel] = [now.size, now.ino, now.ctimeMs];
    });
    await writeFileAtomic(this.recordFile, JSON.stringify({ dir: this.dir, files }), 0o600, { createParent: true });
  }
}
