// Hostile tarballs against extraction. Each archive is one row of the table
// below (docs/SECURITY.md reports how many were tried: HOSTILE_ARCHIVES.length).
// For every row the test checks, for both extractTarball and listTarball:
//   - the refusal carries the expected error code,
//   - nothing was written outside the staging folder (the whole temporary
//     tree is compared before and after, and escape targets are looked for),
//   - a sibling folder standing in for the previous install is untouched,
//   - the staging folder itself was left empty (here: never created).

import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractTarball, listTarball, type ExtractLimits } from '../../src/archive/extract.js';
import { isGotongError, type ErrorCode } from '../../src/core/errors.js';
import { TYPE, bombTgz, hostileTgz, paxBody, rawTar, type RawEntry } from '../helpers/hostile-tar.js';
import { recordCount } from '../helpers/security-counts.js';
import { gzipSync } from 'node:zlib';

const MIB = 1024 * 1024;
/** A name no real file has; escapes are looked for under it. */
const ESCAPE = `gotong-escape-${process.pid}-${Date.now()}`;
const UNSAFE: ErrorCode = 'GOTONG_E_ARCHIVE_UNSAFE';
const TOO_LARGE: ErrorCode = 'GOTONG_E_ARCHIVE_TOO_LARGE';

interface HostileCase {
  name: string;
  build: () => Buffer;
  code: ErrorCode;
  limits?: Partial<ExtractLimits>;
}

const file = (name: string, data = 'x', extra: Partial<RawEntry> = {}): RawEntry => ({ name, data, ...extra });
const tgz = (...entries: RawEntry[]) => () => hostileTgz(entries);

const HOSTILE_ARCHIVES: HostileCase[] = [
  // Absolute paths
  { name: 'absolute path', build: tgz(file('gotong.json'), file(`/tmp/${ESCAPE}`)), code: UNSAFE },
  { name: 'absolute path given by a pax header', build: tgz(file('safe.txt', 'x', { pax: { path: `/tmp/${ESCAPE}` } })), code: UNSAFE },
  { name: 'absolute path to /etc', build: tgz(file('/etc/cron.d/gotong-evil')), code: UNSAFE },
  // Climbing out with ..
  { name: '.. at the start', build: tgz(file(`../${ESCAPE}`)), code: UNSAFE },
  { name: '.. in the middle', build: tgz(file(`a/../../../${ESCAPE}`)), code: UNSAFE },
  { name: '.. at the end', build: tgz(file('a/..', '')), code: UNSAFE },
  { name: '.. hidden in the ustar prefix field', build: tgz(file(ESCAPE, 'x', { prefix: '../..' })), code: UNSAFE },
  { name: '.. given by a pax path over a harmless name', build: tgz(file('harmless.txt', 'x', { pax: { path: `../../${ESCAPE}` } })), code: UNSAFE },
  {
    name: '.. given by a GNU long name',
    build: () => hostileTgz([{ name: '././@LongLink', type: TYPE.gnuLongName, data: `../../${ESCAPE}\0` }, file('harmless.txt')]),
    code: UNSAFE,
  },
  // Backslashes and Windows paths
  { name: 'backslash separators with ..', build: tgz(file(`..\\..\\${ESCAPE}`)), code: UNSAFE },
  { name: 'backslash inside a name', build: tgz(file('src\\app.js')), code: UNSAFE },
  { name: 'Windows drive-relative path C:x', build: tgz(file('C:x')), code: UNSAFE },
  { name: 'Windows drive path C:\\x', build: tgz(file('C:\\Windows\\evil.dll')), code: UNSAFE },
  { name: 'Windows drive path c:/x', build: tgz(file('c:/evil.txt')), code: UNSAFE },
  { name: 'Windows alternate data stream', build: tgz(file('gotong.json:hidden')), code: UNSAFE },
  // Links
  { name: 'symlink pointing out', build: tgz({ name: 'escape', type: TYPE.symlink, linkname: '../../..' }, file('escape/passwd')), code: UNSAFE },
  { name: 'symlink to an absolute path', build: tgz({ name: 'etc', type: TYPE.symlink, linkname: '/etc' }), code: UNSAFE },
  {
    name: 'chained symlinks',
    build: tgz({ name: 'a', type: TYPE.symlink, linkname: '.' }, { name: 'b', type: TYPE.symlink, linkname: 'a/../..' }, file('b/x')),
    code: UNSAFE,
  },
  {
    name: 'a folder then a symlink of the same name',
    build: tgz({ name: 'lib/', type: TYPE.directory }, { name: 'lib', type: TYPE.symlink, linkname: '/' }, file('lib/evil')),
    code: UNSAFE,
  },
  { name: 'hard link pointing out', build: tgz({ name: 'passwd', type: TYPE.hardlink, linkname: '/etc/passwd' }), code: UNSAFE },
  { name: 'hard link to an earlier entry', build: tgz(file('a.txt'), { name: 'b.txt', type: TYPE.hardlink, linkname: 'a.txt' }), code: UNSAFE },
  // Names that land on the same file
  { name: 'FOO and foo', build: tgz(file('FOO'), file('foo')), code: UNSAFE },
  { name: 'NFC and NFD spellings of café', build: tgz(file('caf\u00e9.txt'), file('cafe\u0301.txt', 'x', { pax: { path: 'cafe\u0301.txt' } })), code: UNSAFE },
  { name: 'ß and ss', build: tgz(file('stra\u00dfe.txt', 'x', { pax: { path: 'stra\u00dfe.txt' } }), file('strasse.txt')), code: UNSAFE },
  { name: 'the same path twice', build: tgz(file('gotong.json', '{}'), file('gotong.json', '{"evil":1}')), code: UNSAFE },
  { name: 'a file then a folder of the same name', build: tgz(file('x'), file('x/y')), code: UNSAFE },
  { name: 'a folder entry then a file of the same name', build: tgz({ name: 'x/', type: TYPE.directory }, file('x')), code: UNSAFE },
  { name: 'one folder spelled two ways', build: tgz(file('Docs/a.md'), file('docs/b.md')), code: UNSAFE },
  { name: 'a name with a zero-width joiner', build: tgz(file('.git/config'), file('.g\u200dit/config', 'x', { pax: { path: '.g\u200dit/config' } })), code: UNSAFE },
  { name: 'a name with a byte-order mark in front', build: tgz(file('gotong.json', '{}'), file('x', '{}', { pax: { path: '\ufeffgotong.json' } })), code: UNSAFE },
  { name: 'a name with a trailing dot (Windows drops it)', build: tgz(file('run.sh'), file('run.sh.')), code: UNSAFE },
  // A .git folder: git, run in the installed module by a shell prompt or an editor, would run its config's commands
  { name: 'a .git folder whose config sets core.fsmonitor', build: tgz(file('gotong.json', '{}'), file('.git/config', '[core]\n\tfsmonitor = touch /tmp/pwned\n')), code: UNSAFE },
  { name: 'a .GIT folder (case-insensitive file systems)', build: tgz(file('gotong.json', '{}'), file('.GIT/hooks/post-checkout', '#!/bin/sh\n', { mode: 0o755 })), code: UNSAFE },
  { name: 'a .git folder deeper in the module', build: tgz(file('gotong.json', '{}'), file('src/vendor/.Git/config', '[core]\n\tpager = sh\n')), code: UNSAFE },
  { name: 'a .git folder with a trailing dot', build: tgz(file('gotong.json', '{}'), file('.git./config')), code: UNSAFE },
  { name: 'a .git folder with a trailing space', build: tgz(file('gotong.json', '{}'), file('.git /config')), code: UNSAFE },
  { name: 'a .git folder with a zero-width non-joiner', build: tgz(file('gotong.json', '{}'), file('x', 'x', { pax: { path: '.g\u200cit/config' } })), code: UNSAFE },
  { name: 'a .git folder by its NTFS short name', build: tgz(file('gotong.json', '{}'), file('GIT~1/config')), code: UNSAFE },
  { name: 'a .git file pointing at another git folder', build: tgz(file('gotong.json', '{}'), file('.git', 'gitdir: /tmp/evil.git\n')), code: UNSAFE },
  // Devices and pipes
  { name: 'character device', build: tgz({ name: 'null', type: TYPE.charDevice }), code: UNSAFE },
  { name: 'block device', build: tgz({ name: 'sda', type: TYPE.blockDevice }), code: UNSAFE },
  { name: 'FIFO', build: tgz({ name: 'pipe', type: TYPE.fifo }), code: UNSAFE },
  { name: 'contiguous file type', build: tgz({ name: 'c.bin', type: TYPE.contiguous, data: 'x' }), code: UNSAFE },
  { name: 'unknown entry type', build: tgz({ name: 'v', type: 'V' }), code: UNSAFE },
  { name: 'GNU sparse file', build: tgz(file('s.bin', 'x', { pax: { 'GNU.sparse.size': '1000000000' } })), code: UNSAFE },
  // Nesting and name lengths
  { name: 'very deep nesting', build: tgz(file(`${'d/'.repeat(32)}f`)), code: UNSAFE },
  { name: 'very deep nesting through a pax path', build: tgz(file('f', 'x', { pax: { path: `${'d/'.repeat(500)}f` } })), code: UNSAFE },
  { name: 'very long name', build: tgz(file('f', 'x', { pax: { path: `${'a'.repeat(200)}/`.repeat(6) + 'f' } })), code: UNSAFE },
  { name: 'very long path segment', build: tgz(file('f', 'x', { pax: { path: 'a'.repeat(256) } })), code: UNSAFE },
  { name: 'oversized pax header', build: tgz(file('f', 'x', { pax: { comment: 'c'.repeat(2 * MIB) } })), code: UNSAFE },
  // Odd names
  { name: 'NUL inside a pax path', build: tgz(file('f', 'x', { pax: { path: `ok\u0000/../../${ESCAPE}` } })), code: UNSAFE },
  { name: 'newline in a name', build: tgz(file('evil\nname')), code: UNSAFE },
  { name: 'terminal escape sequence in a name', build: tgz(file('\u001b[2J\u001b[31mREADME.md')), code: UNSAFE },
  { name: 'name that is not UTF-8', build: tgz(file(Buffer.from([0x66, 0xff, 0xfe, 0x2e, 0x6a, 0x73]) as unknown as string)), code: UNSAFE },
  { name: '"." segment', build: tgz(file('./gotong.json')), code: UNSAFE },
  { name: 'empty segment', build: tgz(file('src//app.js')), code: UNSAFE },
  { name: 'empty name', build: tgz(file('')), code: UNSAFE },
  { name: 'global pax header that sets the path', build: tgz({ name: 'g', type: TYPE.globalPax, data: paxBody({ path: '../../evil' }) }, file('a')), code: UNSAFE },
  // Sizes, bombs and counts
  { name: 'huge declared size (1 TiB, base-256)', build: tgz({ name: 'big.bin', size: 2 ** 40 }), code: TOO_LARGE },
  { name: 'huge declared size in a pax header', build: tgz({ name: 'big.bin', pax: { size: '99999999999999' } }), code: TOO_LARGE },
  {
    name: 'declared sizes that together pass the limit',
    build: tgz(file('a.bin', 'a'.repeat(600)), file('b.bin', 'b'.repeat(600))),
    code: TOO_LARGE,
    limits: { maxUnpackedBytes: 1000 },
  },
  { name: 'decompression bomb: 2 GiB of zeros in one entry', build: () => bombTgz({ declaredSize: 2048 * MIB, zeroBytes: 2048 * MIB }), code: TOO_LARGE },
  {
    name: 'decompression bomb under a tight limit',
    build: () => bombTgz({ declaredSize: 64 * MIB, zeroBytes: 64 * MIB }),
    code: TOO_LARGE,
    limits: { maxUnpackedBytes: MIB },
  },
  {
    name: 'flood of global headers (caught by the gunzip counter)',
    build: () => hostileTgz([...Array.from({ length: 6 }, () => ({ name: 'g', type: TYPE.globalPax, data: paxComment(MIB - 64) })), file('a')]),
    code: TOO_LARGE,
    limits: { maxUnpackedBytes: 1024, maxEntries: 2 },
  },
  {
    name: 'too many entries (50,001 with the default limit)',
    build: () => hostileTgz(Array.from({ length: 50_001 }, (_, i) => ({ name: `f/${i}`, data: '' }))),
    code: TOO_LARGE,
  },
  { name: 'compressed size over the limit', build: tgz(file('a', 'a'.repeat(4096))), code: TOO_LARGE, limits: { maxCompressedBytes: 10 } },
  // Broken archives
  { name: 'truncated: declared data missing', build: () => hostileTgz([{ name: 'a.bin', size: 4096, data: 'short' }], { end: false }), code: UNSAFE },
  { name: 'corrupt header checksum', build: tgz(file('a', 'x', { badChecksum: true })), code: UNSAFE },
  { name: 'not gzip at all', build: () => rawTar([file('a')]), code: UNSAFE },
  { name: 'truncated gzip stream', build: () => hostileTgz([file('a', 'x'.repeat(10_000))]).subarray(0, 40), code: UNSAFE },
  { name: 'pax header that describes no entry', build: () => gzipSync(Buffer.concat([rawTar([{ name: 'x', type: TYPE.pax, data: paxBody({ path: 'ab' }) }])])), code: UNSAFE },
];

/** A pax body holding one comment record of about `size` bytes. */
function paxComment(size: number): string {
  const value = 'c'.repeat(size);
  const body = ` comment=${value}\n`;
  let length = body.length + 1;
  while (String(length).length + body.length !== length) length = String(length).length + body.length;
  return `${length}${body}`;
}

/** Every path under `dir` with its kind and content hash (links by target). */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (abs: string, rel: string): void => {
    for (const name of readdirSync(abs)) {
      const childAbs = join(abs, name);
      const childRel = rel ? `${rel}/${name}` : name;
      const stats = lstatSync(childAbs);
      if (stats.isSymbolicLink()) out.set(childRel, `link:${readlinkSync(childAbs)}`);
      else if (stats.isDirectory()) {
        out.set(childRel, 'dir');
        walk(childAbs, childRel);
      } else out.set(childRel, `file:${stats.mode.toString(8)}:${createHash('sha256').update(readFileSync(childAbs)).digest('hex')}`);
    }
  };
  walk(dir, '');
  return out;
}

function escapesFound(root: string): string[] {
  const places = [tmpdir(), '/tmp', root, join(root, 'work'), '/etc/cron.d'];
  return places.map((place) => join(place, ESCAPE)).filter((path) => existsSync(path));
}

await recordCount('archives tried', HOSTILE_ARCHIVES.length);

describe('hostile archives', () => {
  let root: string;
  let stage: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'gotong-hostile-'));
    const previous = join(root, 'work', 'previous');
    mkdirSync(join(previous, 'src'), { recursive: true });
    writeFileSync(join(previous, 'gotong.json'), '{"name":"@bandung/e-musrenbang","version":"2.0.0"}');
    writeFileSync(join(previous, 'src', 'app.js'), 'console.log("installed");\n');
    stage = join(root, 'work', 'stage');
  });

  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it(`tries ${HOSTILE_ARCHIVES.length} hostile archives`, () => {
    expect(HOSTILE_ARCHIVES.length).toBeGreaterThanOrEqual(50);
    expect(new Set(HOSTILE_ARCHIVES.map((c) => c.name)).size).toBe(HOSTILE_ARCHIVES.length);
  });

  it.each(HOSTILE_ARCHIVES)('refuses: $name', async (hostile) => {
    const archive = hostile.build();
    const before = snapshot(root);

    const extractError = await extractTarball(archive, stage, hostile.limits).then(
      () => null,
      (error: unknown) => error,
    );
    expect(isGotongError(extractError), String(extractError)).toBe(true);
    expect((extractError as { code: string }).code).toBe(hostile.code);
    expect((extractError as Error).message).not.toMatch(/\p{Cc}/u);
    expect((extractError as { hint?: string }).hint).toBeTruthy();

    const listError = await listTarball(archive, hostile.limits).then(
      () => null,
      (error: unknown) => error,
    );
    expect((listError as { code?: string })?.code).toBe(hostile.code);

    expect(existsSync(stage) ? readdirSync(stage) : []).toEqual([]);
    expect(snapshot(root)).toEqual(before);
    expect(escapesFound(root)).toEqual([]);
    expect(readFileSync(join(root, 'work', 'previous', 'src', 'app.js'), 'utf8')).toBe('console.log("installed");\n');
  });

  it('never inflates zeros hidden after the end-of-archive marker in full', async () => {
    // 1 KiB of declared data, then 2 GiB of zeros: reading stops at the first zero block.
    const archive = bombTgz({ declaredSize: 1024, zeroBytes: 2048 * MIB, name: 'gotong.json' });
    const started = performance.now();
    const result = await extractTarball(archive, stage);
    expect(result.files.map((f) => f.path)).toEqual(['gotong.json']);
    expect(result.unpackedSize).toBe(1024);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('refuses a staging folder that already has files, writing nothing', async () => {
    mkdirSync(stage);
    writeFileSync(join(stage, 'left-over'), 'x');
    const archive = hostileTgz([file('gotong.json', '{}')]);
    await expect(extractTarball(archive, stage)).rejects.toMatchObject({ code: 'GOTONG_E_IO' });
    expect(readdirSync(stage)).toEqual(['left-over']);
  });

  it('refuses a staging folder that is a symbolic link', async () => {
    const elsewhere = join(root, 'elsewhere');
    mkdirSync(elsewhere);
    const { symlinkSync } = await import('node:fs');
    symlinkSync(elsewhere, stage);
    await expect(extractTarball(hostileTgz([file('gotong.json', '{}')]), stage)).rejects.toMatchObject({ code: 'GOTONG_E_IO' });
    expect(readdirSync(elsewhere)).toEqual([]);
  });
});
