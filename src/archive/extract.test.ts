import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hostileTgz } from '../../test/helpers/hostile-tar.js';
import { DEFAULT_LIMITS, NameSet, compareUtf8, extractTarball, foldSegment, listTarball, pathProblem, readFileFromTarball } from './extract.js';
import { packModule } from './pack.js';

let tmp: string;

beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'gotong-extract-'));
});

afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function makeFolder(files: Record<string, string | Buffer>, dir: string): string {
  for (const [rel, data] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), data);
  }
  return dir;
}

const sha512 = (data: Buffer | string) => `sha512-${createHash('sha512').update(data).digest('base64')}`;

describe('path rules', () => {
  it('accepts ordinary relative paths', () => {
    for (const path of ['gotong.json', 'src/app.js', '.github/workflows/ci.yml', 'docs/Peraturan Daerah.pdf', '...', 'a..b', '\u00e9t\u00e9.md']) {
      expect(pathProblem(path, DEFAULT_LIMITS), path).toBeNull();
    }
  });

  it('names the problem with each refused path', () => {
    const cases: [string, RegExp][] = [
      ['/etc/passwd', /absolute/],
      ['../x', /"\.\."/],
      ['a/./b', /"\."/],
      ['a//b', /empty path segment/],
      ['a\\b', /backslash/],
      ['C:x', /drive/],
      ['a:b', /drive/],
      ['notes:stream', /colon/],
      ['a\u0000b', /control/],
      ['a\u0085b', /control/],
      ['', /empty name/],
    ];
    for (const [path, reason] of cases) expect(pathProblem(path, DEFAULT_LIMITS), path).toMatch(reason);
  });

  it('applies the depth and length limits in bytes of UTF-8', () => {
    const limits = { maxDepth: 3, maxPathLength: 20, maxSegmentLength: 6 };
    const deep = { ...limits, maxDepth: 5 };
    expect(pathProblem('a/b/c', limits)).toBeNull();
    expect(pathProblem('a/b/c/d', limits)).toMatch(/deeper than 3/);
    expect(pathProblem('\u00e9\u00e9\u00e9', limits)).toBeNull(); // 6 bytes
    expect(pathProblem('\u00e9\u00e9\u00e9\u00e9', limits)).toMatch(/longer than 6 bytes/);
    expect(pathProblem('abcdef/abcdef/abcdef', deep)).toBeNull(); // 20 bytes
    expect(pathProblem('abcdef/abcdef/abcdef/a', deep)).toMatch(/longer than 20 bytes/);
  });

  it('folds case, Unicode forms, ignorable characters and trailing dots', () => {
    expect(foldSegment('README.md')).toBe(foldSegment('readme.MD'));
    expect(foldSegment('caf\u00e9')).toBe(foldSegment('cafe\u0301'));
    expect(foldSegment('stra\u00dfe')).toBe(foldSegment('STRASSE'));
    expect(foldSegment('\ufb01le')).toBe(foldSegment('file')); // ligature
    expect(foldSegment('\u212aelvin')).toBe(foldSegment('kelvin')); // Kelvin sign
    expect(foldSegment('.g\u200cit')).toBe(foldSegment('.git'));
    expect(foldSegment('run.sh. ')).toBe(foldSegment('run.sh'));
    expect(foldSegment('a')).not.toBe(foldSegment('b'));
  });

  it('tracks names, folders and files to find clashes', () => {
    const names = new NameSet();
    expect(names.add('src/app.js', 'file')).toBeNull();
    expect(names.add('src', 'directory')).toBeNull(); // a folder entry after its content is fine
    expect(names.add('src/lib/a.js', 'file')).toBeNull();
    expect(names.add('SRC/b.js', 'file')).toMatch(/collides with "src"/);
    expect(names.add('src/app.js/x', 'file')).toMatch(/inside "src\/app.js", which is a file/);
    expect(names.add('src/lib', 'file')).toMatch(/both a file and a folder/);
    expect(names.add('src', 'directory')).toMatch(/appears twice/);
  });

  it('orders by UTF-8 bytes, not UTF-16 code units', () => {
    const words = ['\uffff', '\u{10000}', 'z', 'Z', '\u00e9', 'e'];
    const byBytes = [...words].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect([...words].sort(compareUtf8)).toEqual(byBytes);
    expect(compareUtf8('\ue000', '\u{1f600}')).toBeLessThan(0); // UTF-16 order would say the opposite
  });
});

describe('extractTarball', () => {
  it('extracts an archive made by GNU tar, with folder entries, pax and GNU long names', async () => {
    const long = `${'x'.repeat(120)}/${'y'.repeat(120)}.txt`;
    const src = makeFolder({ 'gotong.json': '{}', 'src/app.js': 'app', [long]: 'long' }, join(tmp, 'src'));
    for (const format of ['pax', 'gnu', 'ustar']) {
      if (format === 'ustar') rmSync(join(src, 'x'.repeat(120)), { recursive: true });
      const archive = join(tmp, `${format}.tgz`);
      execFileSync('tar', [`--format=${format}`, '--owner=0', '--group=0', '-czf', archive, '-C', src, ...readdirSync(src)]);
      const out = join(tmp, `out-${format}`);
      const result = await extractTarball(readFileSync(archive), out);
      const expected = format === 'ustar' ? ['gotong.json', 'src/app.js'] : ['gotong.json', 'src/app.js', long];
      expect(result.files.map((f) => f.path)).toEqual(expected);
      for (const path of expected) expect(readFileSync(join(out, path))).toEqual(readFileSync(join(src, path)));
    }
  });

  it('accepts an existing empty folder and creates missing parents', async () => {
    const archive = hostileTgz([{ name: 'gotong.json', data: '{}' }]);
    mkdirSync(join(tmp, 'empty'));
    await extractTarball(archive, join(tmp, 'empty'));
    expect(readdirSync(join(tmp, 'empty'))).toEqual(['gotong.json']);
    await extractTarball(archive, join(tmp, 'a', 'b', 'c'));
    expect(readdirSync(join(tmp, 'a', 'b', 'c'))).toEqual(['gotong.json']);
  });

  it('keeps folder entries and file modes as 0644/0755 only', async () => {
    const archive = hostileTgz([
      { name: 'empty-dir/', type: '5', mode: 0o777 },
      { name: 'setuid', data: 'x', mode: 0o4777 },
      { name: 'private', data: 'x', mode: 0o600 },
    ]);
    const out = join(tmp, 'out');
    const result = await extractTarball(archive, out);
    const { statSync } = await import('node:fs');
    const umask = process.umask();
    expect(statSync(join(out, 'empty-dir')).isDirectory()).toBe(true);
    expect(statSync(join(out, 'empty-dir')).mode & 0o7777).toBe(0o755 & ~umask);
    expect(statSync(join(out, 'setuid')).mode & 0o7777).toBe(0o755 & ~umask);
    expect(statSync(join(out, 'private')).mode & 0o7777).toBe(0o644 & ~umask);
    expect(result.files.map((f) => [f.path, f.executable])).toEqual([
      ['private', false],
      ['setuid', true],
    ]);
  });

  it('removes what it wrote when writing fails part way, leaving an existing folder empty', async () => {
    // Limits above what the file system allows: the scan passes, the write fails.
    const limits = { maxSegmentLength: 1000, maxPathLength: 4000 };
    const archive = hostileTgz([
      { name: 'a/first.txt', data: 'x' },
      { name: 'b/second.txt', data: 'y' },
      { name: 'c', pax: { path: `c/${'n'.repeat(300)}` }, data: 'z' },
    ]);
    const fresh = join(tmp, 'fresh');
    await expect(extractTarball(archive, fresh, limits)).rejects.toMatchObject({ code: 'GOTONG_E_IO' });
    expect(existsSync(fresh)).toBe(false);
    const existing = join(tmp, 'existing');
    mkdirSync(existing);
    await expect(extractTarball(archive, existing, limits)).rejects.toMatchObject({ code: 'GOTONG_E_IO' });
    expect(readdirSync(existing)).toEqual([]);
  });

  it('removes what it wrote when a streamed write fails part way', async () => {
    const archive = hostileTgz([
      { name: 'a/big.bin', data: Buffer.alloc(70 * 1024 * 1024) },
      { name: 'c', pax: { path: `c/${'n'.repeat(300)}` }, data: 'z' },
    ]);
    const out = join(tmp, 'streamed');
    await expect(extractTarball(archive, out, { maxSegmentLength: 1000 })).rejects.toMatchObject({ code: 'GOTONG_E_IO' });
    expect(existsSync(out)).toBe(false);
  });

  it('streams archives larger than the memory budget, with the same result', async () => {
    const big = Buffer.alloc(80 * 1024 * 1024, 7);
    big.write('start', 0);
    big.write('end', big.length - 3);
    const src = makeFolder({ 'gotong.json': '{}', 'data/big.bin': big, 'data/small.txt': 'small' }, join(tmp, 'src'));
    const packed = await packModule(src);
    // The extra empty gzip member makes the size hint lie (0), so the
    // in-memory attempt hits its bound first and falls back to streaming.
    for (const [label, bytes] of [
      ['honest hint', packed.bytes],
      ['lying hint', Buffer.concat([packed.bytes, gzipSync(Buffer.alloc(0))])],
    ] as const) {
      const out = join(tmp, label);
      const result = await extractTarball(bytes, out);
      expect(result.files.map((f) => [f.path, f.size])).toEqual([
        ['data/big.bin', big.length],
        ['data/small.txt', 5],
        ['gotong.json', 2],
      ]);
      expect(result.files[0].integrity).toBe(sha512(big));
      expect(readFileSync(join(out, 'data', 'big.bin')).equals(big)).toBe(true);
      expect(await listTarball(bytes)).toEqual(result.files);
    }
  });
});

describe('listTarball and readFileFromTarball', () => {
  const archive = () =>
    hostileTgz([
      { name: 'gotong.json', data: '{"name":"@kuburaya/sipd"}' },
      { name: 'src/', type: '5' },
      { name: 'src/app.js', data: 'app', mode: 0o755 },
    ]);

  it('lists files with their integrity and writes nothing', async () => {
    const before = readdirSync(tmp);
    expect(await listTarball(archive())).toEqual([
      { path: 'gotong.json', size: 25, integrity: sha512('{"name":"@kuburaya/sipd"}'), executable: false },
      { path: 'src/app.js', size: 3, integrity: sha512('app'), executable: true },
    ]);
    expect(readdirSync(tmp)).toEqual(before);
  });

  it('reads one file, or null when there is none', async () => {
    expect((await readFileFromTarball(archive(), 'gotong.json', 1000))?.toString()).toBe('{"name":"@kuburaya/sipd"}');
    expect((await readFileFromTarball(archive(), 'src/app.js', 1000))?.toString()).toBe('app');
    expect(await readFileFromTarball(archive(), 'README.md', 1000)).toBeNull();
    expect(await readFileFromTarball(archive(), 'src', 1000)).toBeNull();
  });

  it('refuses a file larger than asked for', async () => {
    await expect(readFileFromTarball(archive(), 'gotong.json', 10)).rejects.toMatchObject({ code: 'GOTONG_E_ARCHIVE_TOO_LARGE' });
  });

  it('refuses to read from an archive that would not extract', async () => {
    const hostile = hostileTgz([
      { name: 'gotong.json', data: '{}' },
      { name: 'evil', type: '2', linkname: '/etc/passwd' },
    ]);
    await expect(readFileFromTarball(hostile, 'gotong.json', 1000)).rejects.toMatchObject({ code: 'GOTONG_E_ARCHIVE_UNSAFE' });
  });
});
