import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chownSync, chmodSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BASIC_MODULE, writeFolder, type FolderSpec } from '../../test/helpers/module-folder.js';
import { compareUtf8, extractTarball, listTarball } from './extract.js';
import { PACK_MTIME, packModule } from './pack.js';

let tmp: string;

beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'gotong-pack-'));
});

afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

type Spec = FolderSpec;

function makeModule(files: Spec, dir = join(tmp, 'module')): string {
  return writeFolder(dir, files);
}

const BASIC: Spec = BASIC_MODULE;

/** The ustar headers of an uncompressed tar stream (name, mode, uid, gid, mtime, type, uname, gname). */
function headers(tgz: Buffer): { name: string; mode: number; uid: number; gid: number; mtime: number; type: string; uname: string; gname: string }[] {
  const tar = gunzipSync(tgz);
  const out = [];
  let pos = 0;
  while (pos + 512 <= tar.length && tar[pos] !== 0) {
    const field = (start: number, length: number) => tar.toString('utf8', pos + start, pos + start + length).replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12), 8);
    out.push({
      name: field(0, 100),
      mode: parseInt(field(100, 8), 8),
      uid: parseInt(field(108, 8), 8),
      gid: parseInt(field(116, 8), 8),
      mtime: parseInt(field(136, 12), 8),
      type: field(156, 1),
      uname: field(265, 32),
      gname: field(297, 32),
    });
    pos += 512 + Math.ceil(size / 512) * 512;
  }
  return out;
}

describe('packModule is deterministic', () => {
  it('gives byte-identical output when packing the same folder twice', async () => {
    const dir = makeModule(BASIC);
    const first = await packModule(dir);
    const second = await packModule(dir);
    expect(second.bytes.equals(first.bytes)).toBe(true);
    expect(second.integrity).toBe(first.integrity);
  });

  it('ignores mtimes, owners and non-execute mode bits on disk', async () => {
    const a = makeModule(BASIC, join(tmp, 'a'));
    const b = makeModule(BASIC, join(tmp, 'b'));
    utimesSync(join(b, 'src', 'app.js'), new Date('2031-05-06T07:08:09Z'), new Date('2031-05-06T07:08:09Z'));
    utimesSync(join(b, 'src'), new Date('1999-01-01'), new Date('1999-01-01'));
    chmodSync(join(b, 'README.md'), 0o600);
    chmodSync(join(b, 'bin', 'start.sh'), 0o700);
    if (process.getuid?.() === 0) chownSync(join(b, 'gotong.json'), 1234, 5678);
    const packedA = await packModule(a);
    const packedB = await packModule(b);
    expect(packedB.bytes.equals(packedA.bytes)).toBe(true);
  });

  it('writes fixed header fields: mtime 2000-01-01, owner 0, no owner names, modes 0644 and 0755', async () => {
    const packed = await packModule(makeModule(BASIC));
    const list = headers(packed.bytes);
    expect(list.map((h) => h.name)).toEqual(['README.md', 'bin/start.sh', 'gotong.json', 'src/app.js']);
    for (const header of list) {
      expect(header).toMatchObject({ uid: 0, gid: 0, uname: '', gname: '', mtime: PACK_MTIME, type: '0' });
    }
    expect(PACK_MTIME).toBe(Date.parse('2000-01-01T00:00:00Z') / 1000);
    expect(list.find((h) => h.name === 'bin/start.sh')!.mode).toBe(0o755);
    expect(list.find((h) => h.name === 'README.md')!.mode).toBe(0o644);
  });

  it('writes a gzip header with no timestamp and a fixed OS byte', async () => {
    const { bytes } = await packModule(makeModule(BASIC));
    expect([...bytes.subarray(0, 4)]).toEqual([0x1f, 0x8b, 8, 0]);
    expect(bytes.readUInt32LE(4)).toBe(0);
    expect(bytes[9]).toBe(0xff);
  });

  it('reports hashes of the bytes it returns', async () => {
    const packed = await packModule(makeModule(BASIC));
    expect(packed.sha256).toBe(createHash('sha256').update(packed.bytes).digest('hex'));
    expect(packed.sha512).toBe(createHash('sha512').update(packed.bytes).digest('hex'));
    expect(packed.integrity).toBe(`sha512-${createHash('sha512').update(packed.bytes).digest('base64')}`);
    expect(packed.fileCount).toBe(4);
    expect(packed.unpackedSize).toBe(Object.values(BASIC).reduce((sum, v) => sum + Buffer.byteLength(typeof v === 'string' ? v : (v as { data: string }).data), 0));
  });

  it('sorts entries by the UTF-8 bytes of their path and writes no folder entries', async () => {
    const names = ['b.txt', 'a.txt', 'Z.txt', 'dir/x.txt', 'dir-2.txt', '\u00e9.txt', '\ue000.txt', '\u{1f600}.txt'];
    const dir = makeModule({ 'gotong.json': '{}', ...Object.fromEntries(names.map((n) => [n, n])) });
    const packed = await packModule(dir);
    const byBytes = [...names, 'gotong.json'].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect(packed.entries).toEqual(byBytes);
    expect([...packed.entries].sort(compareUtf8)).toEqual(byBytes);
    writeFileSync(join(tmp, 'out.tgz'), packed.bytes);
    const listing = execFileSync('tar', ['-tzf', join(tmp, 'out.tgz')], { encoding: 'utf8' }).trim().split('\n');
    expect(listing).toEqual(byBytes);
  });
});

describe('packModule chooses files', () => {
  it('skips VCS folders, installed modules, gotong state, .DS_Store, tarballs and the lockfile', async () => {
    const dir = makeModule({
      ...BASIC,
      '.git/HEAD': 'ref: refs/heads/main\n',
      'node_modules/x/index.js': '',
      'gotong_modules/@kuburaya/x/gotong.json': '{}',
      '.gotong/cache': '',
      '.DS_Store': '',
      'src/.DS_Store': '',
      'e-musrenbang-2.0.0.tgz': 'old',
      'dist/old.tgz': 'old',
      'gotong-lock.json': '{}',
      'src/lib/node_modules/y.js': '',
      '.gitignore': 'node_modules\n',
    });
    const packed = await packModule(dir);
    expect(packed.entries).toEqual(['.gitignore', 'README.md', 'bin/start.sh', 'gotong.json', 'src/app.js']);
  });

  it('refuses a folder that a file system may take for .git, before writing anything', async () => {
    for (const [i, name] of ['.GIT/config', 'src/.Git/hooks/pre-commit', '.git./config', 'GIT~1/config'].entries()) {
      const dir = makeModule({ ...BASIC, [name]: '[core]\n\tfsmonitor = touch /tmp/pwned\n' }, join(tmp, `module-${i}`));
      await expect(packModule(dir), name).rejects.toMatchObject({ code: 'GOTONG_E_PACK_UNSAFE', message: expect.stringContaining('.git') });
    }
  });

  it('packs only the listed files and folders, plus gotong.json, README and LICENSE', async () => {
    const dir = makeModule({
      ...BASIC,
      'LICENSE': 'Apache-2.0',
      'licence.txt': 'x',
      'docs/guide.md': '# guide',
      'dist/app.min.js': 'x',
      'dist/deep/more.js': 'x',
      'notes.txt': 'private',
    });
    const packed = await packModule(dir, { files: ['dist/', './src/app.js'] });
    expect(packed.entries).toEqual(['LICENSE', 'README.md', 'dist/app.min.js', 'dist/deep/more.js', 'gotong.json', 'licence.txt', 'src/app.js']);
  });

  it('refuses a listed file that does not exist, or a listed path outside the module', async () => {
    const dir = makeModule(BASIC);
    await expect(packModule(dir, { files: ['dist'] })).rejects.toMatchObject({ code: 'GOTONG_E_MANIFEST_INVALID' });
    await expect(packModule(dir, { files: ['../secret'] })).rejects.toMatchObject({ code: 'GOTONG_E_MANIFEST_INVALID' });
    await expect(packModule(dir, { files: ['/etc/passwd'] })).rejects.toMatchObject({ code: 'GOTONG_E_MANIFEST_INVALID' });
  });

  it('refuses a listed path reached through a linked folder', async () => {
    const dir = makeModule(BASIC);
    makeModule({ 'secret.txt': 'secret' }, join(tmp, 'outside'));
    symlinkSync(join(tmp, 'outside'), join(dir, 'linked'));
    await expect(packModule(dir, { files: ['linked/secret.txt'] })).rejects.toMatchObject({ code: 'GOTONG_E_PACK_UNSAFE' });
  });

  it('needs gotong.json at the root', async () => {
    const dir = makeModule({ 'src/app.js': 'x' });
    await expect(packModule(dir)).rejects.toMatchObject({ code: 'GOTONG_E_MANIFEST_MISSING' });
    await expect(packModule(join(tmp, 'nowhere'))).rejects.toMatchObject({ code: 'GOTONG_E_MANIFEST_MISSING' });
  });
});

describe('packModule refuses what cannot be installed safely', () => {
  it('refuses a symbolic link to a file, naming it', async () => {
    const dir = makeModule(BASIC);
    symlinkSync('/etc/passwd', join(dir, 'src', 'passwd'));
    const error = await packModule(dir).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'GOTONG_E_PACK_UNSAFE' });
    expect((error as Error).message).toContain('"src/passwd"');
    expect((error as Error).message).toContain('symbolic link');
    expect((error as { hint: string }).hint).toMatch(/remove it/i);
  });

  it('refuses a symbolic link to a folder and a dangling link, never following them', async () => {
    const dir = makeModule(BASIC);
    symlinkSync(tmp, join(dir, 'up'));
    await expect(packModule(dir)).rejects.toMatchObject({ code: 'GOTONG_E_PACK_UNSAFE' });
    rmSync(join(dir, 'up'));
    symlinkSync(join(tmp, 'missing'), join(dir, 'dangling'));
    await expect(packModule(dir)).rejects.toMatchObject({ code: 'GOTONG_E_PACK_UNSAFE' });
  });

  it('refuses gotong.json when it is a symbolic link', async () => {
    const dir = makeModule({ 'real.json': '{}' });
    symlinkSync('real.json', join(dir, 'gotong.json'));
    await expect(packModule(dir)).rejects.toMatchObject({ code: 'GOTONG_E_PACK_UNSAFE' });
  });

  it('refuses a FIFO', async () => {
    const dir = makeModule(BASIC);
    execFileSync('mkfifo', [join(dir, 'src', 'pipe')]);
    const error = await packModule(dir).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'GOTONG_E_PACK_UNSAFE' });
    expect((error as Error).message).toContain('"src/pipe"');
  });

  it('refuses a socket', async () => {
    const dir = makeModule(BASIC);
    const server = createServer();
    await new Promise<void>((done) => server.listen(join(dir, 'app.sock'), done));
    try {
      await expect(packModule(dir)).rejects.toMatchObject({ code: 'GOTONG_E_PACK_UNSAFE' });
    } finally {
      await new Promise((done) => server.close(done));
    }
  });

  it('packs a hard-linked file as an ordinary file with its content', async () => {
    const dir = makeModule(BASIC);
    linkSync(join(dir, 'src', 'app.js'), join(dir, 'src', 'same.js'));
    expect(statSync(join(dir, 'src', 'app.js')).nlink).toBe(2);
    const packed = await packModule(dir);
    expect(headers(packed.bytes).every((h) => h.type === '0')).toBe(true);
    const out = join(tmp, 'out');
    await extractTarball(packed.bytes, out);
    expect(readFileSync(join(out, 'src', 'same.js'), 'utf8')).toBe(BASIC['src/app.js']);
    expect(statSync(join(out, 'src', 'same.js')).nlink).toBe(1);
  });

  it('refuses names that extraction would refuse: backslashes and case collisions', async () => {
    const backslash = makeModule({ ...BASIC, 'src\\evil.js': 'x' }, join(tmp, 'b'));
    await expect(packModule(backslash)).rejects.toMatchObject({ code: 'GOTONG_E_PACK_UNSAFE' });
    const cased = makeModule({ ...BASIC, 'docs/Guide.md': 'a', 'docs/guide.md': 'b' }, join(tmp, 'c'));
    const error = await packModule(cased).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'GOTONG_E_PACK_UNSAFE' });
    expect((error as Error).message).toMatch(/docs\/(G|g)uide\.md/);
  });
});

describe('pack then extract', () => {
  const LONG_SPLIT = `${'a'.repeat(80)}/${'b'.repeat(80)}/${'c'.repeat(90)}.js`; // over 100 bytes, fits the ustar prefix
  const LONG_PAX = `${'d'.repeat(200)}/${'e'.repeat(200)}.txt`; // no split fits: needs a pax path
  const UNICODE = 'dokumen/Peraturan Daerah \u2014 pajak \u00e9\u00df\u{1f3db}.md';
  const LONG_UNICODE = `${'\u00fc'.repeat(120)}/f.txt`;

  it('round-trips long and non-ASCII paths, contents and the execute bit', async () => {
    const spec: Spec = {
      ...BASIC,
      [LONG_SPLIT]: 'split',
      [LONG_PAX]: 'pax',
      [UNICODE]: 'unicode',
      [LONG_UNICODE]: 'long unicode',
      'empty.txt': '',
      'assets/logo.bin': Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 31) & 0xff)),
    };
    const dir = makeModule(spec);
    const packed = await packModule(dir);
    const out = join(tmp, 'out');
    const result = await extractTarball(packed.bytes, out);

    expect(result.files.map((f) => f.path)).toEqual(packed.entries);
    expect(result.unpackedSize).toBe(packed.unpackedSize);
    const umask = process.umask();
    for (const file of result.files) {
      const content = readFileSync(join(out, ...file.path.split('/')));
      expect(content.equals(readFileSync(join(dir, ...file.path.split('/'))))).toBe(true);
      expect(file.integrity).toBe(`sha512-${createHash('sha512').update(content).digest('base64')}`);
      expect(file.size).toBe(content.length);
      const mode = statSync(join(out, ...file.path.split('/'))).mode & 0o777;
      expect(mode).toBe((file.path === 'bin/start.sh' ? 0o755 : 0o644) & ~umask);
      expect(file.executable).toBe(file.path === 'bin/start.sh');
    }
    expect(await listTarball(packed.bytes)).toEqual(result.files);
  });

  it('writes archives that GNU tar reads back identically', async () => {
    const dir = makeModule({ ...BASIC, [LONG_SPLIT]: 'split', [LONG_PAX]: 'pax', [UNICODE]: 'unicode' });
    const packed = await packModule(dir);
    writeFileSync(join(tmp, 'm.tgz'), packed.bytes);
    const out = join(tmp, 'gnu');
    mkdirSync(out);
    execFileSync('tar', ['-xzf', join(tmp, 'm.tgz'), '-C', out]);
    for (const path of packed.entries) {
      expect(readFileSync(join(out, path)).equals(readFileSync(join(dir, path)))).toBe(true);
    }
    expect(statSync(join(out, 'bin', 'start.sh')).mode & 0o111).not.toBe(0);
  });
});
