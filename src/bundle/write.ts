// Writes a bundle file (format: registry/bundle-source.ts): the manifest,
// then each member as it is read, so that only one tarball is in memory at a
// time. Written beside the destination and renamed, so an interrupted write
// never leaves something that looks like a bundle.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ioError } from '../core/errors.js';
import { encodeTar } from '../archive/tar.js';

export interface BundleMember {
  path: string;
  read(): Promise<Buffer>;
}

/** Fixed header times: the same contents give the same bytes. */
const MTIME = 0;

/** Writes the members in order and returns the file's size. */
export async function writeBundleFile(out: string, members: readonly BundleMember[]): Promise<number> {
  const temp = join(dirname(out), `.${basename(out)}.${randomBytes(6).toString('hex')}.partial`);
  let handle: fs.FileHandle | null = null;
  let size = 0;
  try {
    handle = await fs.open(temp, 'wx', 0o644);
    for (const member of members) {
      // One member's archive without the end-of-archive blocks, which are written once, last.
      const parts = encodeTar([{ path: member.path, data: await member.read(), mode: 0o644 }], { mtime: MTIME }).slice(0, -2);
      for (const part of parts) {
        await handle.write(part);
        size += part.length;
      }
    }
    const end = Buffer.alloc(1024);
    await handle.write(end);
    size += end.length;
    await handle.sync();
    await handle.close();
    handle = null;
    await fs.rename(temp, out);
    return size;
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    if (error instanceof Error && 'code' in error && typeof (error as NodeJS.ErrnoException).syscall === 'string') throw ioError('write', out, error);
    throw error;
  }
}
