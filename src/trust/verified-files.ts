// Which exact metadata files in the trust folder tuf-js has verified, and
// against which delegator. The trust folder is already this machine's trust
// anchor (its root.json decides everything), so remembering "these bytes
// passed the signature check under that delegator" adds no new way in:
// whoever could forge a line here could as well replace root.json. What it
// saves is re-verifying, on every command, files that have not changed.
//
// The record is an append-only text file, one line per verification:
// `<file> <sha256 of its bytes> <sha256 of the delegator's file, or "root">`.
// The last line for a file wins; a line cut short by a kill is ignored.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { readFileOrNull, writeFileAtomic } from '../core/fsx.js';

export const VERIFIED_FILES_NAME = '.verified';
/** The root verifies itself: its record names no other file. */
export const SELF_SIGNED = 'root';

const LINE = /^([a-z0-9][a-z0-9.-]*\.json) ([0-9a-f]{64}) ([0-9a-f]{64}|root)$/;

export interface VerifiedFile {
  file: string;
  sha256: string;
  /** sha256 of the trusted file whose keys verified this one, or SELF_SIGNED. */
  by: string;
}

export class VerifiedFiles {
  private constructor(
    private readonly path: string,
    private readonly entries: Map<string, { sha256: string; by: string }>,
    private lines: number,
    /** The file ends in a line cut short: the next append starts on a new line. */
    private torn: boolean,
  ) {}

  static async load(trustDir: string): Promise<VerifiedFiles> {
    const path = join(trustDir, VERIFIED_FILES_NAME);
    const entries = new Map<string, { sha256: string; by: string }>();
    const text = (await readFileOrNull(path))?.toString('utf8') ?? '';
    let lines = 0;
    for (const line of text.split('\n')) {
      const match = LINE.exec(line);
      if (!match) continue;
      entries.set(match[1], { sha256: match[2], by: match[3] });
      lines++;
    }
    return new VerifiedFiles(path, entries, lines, text.length > 0 && !text.endsWith('\n'));
  }

  /** True when exactly these bytes of `file` were verified under the delegator `by`. */
  has(file: string, sha256: string, by: string): boolean {
    const entry = this.entries.get(file);
    return entry !== undefined && entry.sha256 === sha256 && entry.by === by;
  }

  /** Remembers verifications; called under the trust folder's lock. */
  async record(files: VerifiedFile[]): Promise<void> {
    const fresh = files.filter((f) => LINE.test(`${f.file} ${f.sha256} ${f.by}`) && !this.has(f.file, f.sha256, f.by));
    if (fresh.length === 0) return;
    for (const f of fresh) this.entries.set(f.file, { sha256: f.sha256, by: f.by });
    this.lines += fresh.length;
    // Rewritten whole once most of its lines are superseded, so it stays near one line per file.
    if (this.lines > 2 * this.entries.size + 64) {
      const text = [...this.entries].map(([file, e]) => `${file} ${e.sha256} ${e.by}\n`).join('');
      await writeFileAtomic(this.path, text, 0o600);
      this.lines = this.entries.size;
      this.torn = false;
      return;
    }
    const text = fresh.map((f) => `${f.file} ${f.sha256} ${f.by}\n`).join('');
    await fs.appendFile(this.path, this.torn ? `\n${text}` : text, { mode: 0o600 });
    this.torn = false;
  }
}
