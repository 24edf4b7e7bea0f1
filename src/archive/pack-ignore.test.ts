// Packing honours .gitignore and .gotongignore at every level of the module
// folder. git itself is the reference: the same tree must leave out exactly
// what `git ls-files --others --exclude-standard` leaves out.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { moduleFolderPerTest } from '../../test/helpers/module-folder.js';
import { readManifest } from '../manifest/manifest.js';
import { compareUtf8 } from './extract.js';
import { packModule } from './pack.js';

const { tmp, module } = moduleFolderPerTest('gotong-pack-ignore-');

/** What git would add from `dir`: untracked files that no ignore file leaves out, ignoring the machine's own git settings. */
function gitKeeps(dir: string): string[] {
  execFileSync('git', ['init', '--quiet'], { cwd: dir });
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', HOME: tmp() };
  const listing = execFileSync('git', ['ls-files', '--others', '--exclude-standard', '-z'], { cwd: dir, env, encoding: 'utf8' });
  rmSync(join(dir, '.git'), { recursive: true, force: true });
  return listing.split('\0').filter(Boolean).sort(compareUtf8);
}

describe('packing leaves out what .gitignore files leave out, as git does', () => {
  it('matches git on nested ignore files: anchors, folders, negation, globs, escapes and re-included folders', async () => {
    const dir = module({
      '.gitignore': ['# build output', '*.log', '/build', 'dist/', '!keep.log', 'docs/**/draft-*.md', '\\#literal', 'secret?.txt', '[ab]c.txt', 'cache/', '*.tmp', 'trailing.txt   ', ''].join('\n'),
      'a.log': '', 'keep.log': '', 'build/x.js': '', 'src/build/y.js': '', 'dist/a.js': '', 'src/dist/b.js': '',
      'docs/x/draft-1.md': '', 'docs/draft-2.md': '', 'docs/final.md': '', '#literal': '', 'secret1.txt': '', 'secret12.txt': '',
      'ac.txt': '', 'bc.txt': '', 'cc.txt': '', 'trailing.txt': '',
      'src/.gitignore': '!a.log\n/local.txt\ntmp/\r\n',
      'src/a.log': '', 'src/local.txt': '', 'src/deep/local.txt': '', 'src/tmp/t.js': '', 'src/deep/tmp/t.js': '',
      'lib/.gitignore': '*\n!.gitignore\n!keep.js\n',
      'lib/keep.js': '', 'lib/drop.js': '',
      'app/.gitignore': '!cache/\n', 'app/cache/c.js': '', 'app/cache/x.tmp': '', 'other/cache/d.js': '',
      // Glob characters in a folder's own name are literal for the rules of its ignore file.
      'a*b/.gitignore': 'x.js\n', 'a*b/x.js': '', 'a*b/y.js': '', 'aXb/x.js': '',
      '[s]/.gitignore': '/only.js\n', '[s]/only.js': '', '[s]/deep/only.js': '',
    });
    const expected = gitKeeps(dir);
    expect(expected).toContain('app/cache/c.js'); // the reference itself behaves as described
    expect(expected).not.toContain('app/cache/x.tmp');
    const packed = await packModule(dir);
    expect(packed.entries).toEqual(expected);
  });

  it('reads .gotongignore after .gitignore in each folder, so it can leave out more or bring back', async () => {
    const dir = module({
      '.gitignore': 'dist/\n*.log\n',
      '.gotongignore': '!dist/\ndocs/internal/\n',
      'dist/app.min.js': 'x',
      'server.log': 'x',
      'docs/internal/rapat.md': 'x',
      'docs/panduan.md': 'x',
      'src/.gotongignore': '*.test.js\n',
      'src/app.test.js': 'x',
      'test/app.test.js': 'x',
    });
    const packed = await packModule(dir);
    expect(packed.entries).toContain('dist/app.min.js');
    expect(packed.entries).toContain('docs/panduan.md');
    expect(packed.entries).toContain('test/app.test.js');
    expect(packed.entries).not.toContain('server.log');
    expect(packed.entries).not.toContain('src/app.test.js');
    expect(packed.ignored).toEqual(['docs/internal/', 'server.log', 'src/app.test.js']);
  });

  it('always packs gotong.json, and never the always-skipped names, whatever the rules say', async () => {
    const dir = module({ '.gotongignore': 'gotong.json\n*.json\n!node_modules/\n!*.tgz\n', 'node_modules/x/index.js': '', 'old.tgz': '', 'data.json': '{}' });
    const packed = await packModule(dir);
    expect(packed.entries).toContain('gotong.json');
    expect(packed.entries).not.toContain('data.json');
    expect(packed.entries.filter((p) => p.startsWith('node_modules') || p.endsWith('.tgz'))).toEqual([]);
  });

  it('matches names with their case, as git does by default, so every machine packs the same', async () => {
    const dir = module({ '.gitignore': 'Build/\n', 'build/a.js': 'x', 'Build/b.js': 'x' });
    expect((await packModule(dir)).entries).toContain('build/a.js');
    expect((await packModule(dir)).entries).not.toContain('Build/b.js');
  });

  it('leaves out an ignored link or special file instead of refusing it, but refuses a linked ignore file', async () => {
    const dir = module({ '.gitignore': 'current\n' });
    symlinkSync(tmp(), join(dir, 'current'));
    expect((await packModule(dir)).ignored).toEqual(['current']);

    const linked = module({ 'rules.txt': 'src/\n' }, 'linked');
    symlinkSync(join(linked, 'rules.txt'), join(linked, '.gotongignore'));
    await expect(packModule(linked)).rejects.toMatchObject({ code: 'GOTONG_E_PACK_UNSAFE', details: { path: '.gotongignore' } });
  });

  it('gives the same bytes for the same folder and ignore files, and other bytes when a rule changes', async () => {
    const spec = { '.gitignore': '*.log\n', 'server.log': 'x', 'src/.gotongignore': 'draft/\n', 'src/draft/a.js': 'x' };
    const first = await packModule(module(spec, 'a'));
    const again = await packModule(module(spec, 'b'));
    expect(again.bytes.equals(first.bytes)).toBe(true);
    const changed = await packModule(module({ ...spec, '.gitignore': '*.md\n' }, 'c'));
    expect(changed.integrity).not.toBe(first.integrity);
  });
});

describe('the "files" list and ignore files', () => {
  it('ships a listed folder that .gitignore keeps out of git; ignore files inside it apply, those above it do not', async () => {
    const dir = module({
      '.gitignore': 'dist/\n*.map\n',
      'dist/app.min.js': 'x',
      'dist/app.min.js.map': 'x',
      'dist/.gotongignore': 'debug/\n',
      'dist/debug/trace.js': 'x',
      'notes.txt': 'not listed',
    });
    const packed = await packModule(dir, { files: ['dist'] });
    expect(packed.entries).toEqual(['README.md', 'dist/.gotongignore', 'dist/app.min.js', 'dist/app.min.js.map', 'gotong.json']);
    expect(packed.ignored).toEqual(['dist/debug/']);
  });

  it('packs a file named in "files" even when an ignore file inside a listed folder leaves it out', async () => {
    const dir = module({ 'src/.gitignore': 'generated.js\n', 'src/generated.js': 'x', 'src/app.js': 'x' });
    const packed = await packModule(dir, { files: ['src', 'src/generated.js'] });
    expect(packed.entries).toContain('src/generated.js');
    expect(packed.ignored).toEqual([]);
  });
});

describe('the example modules', () => {
  const examples = fileURLToPath(new URL('../../examples/bandung/', import.meta.url));
  const folders = readdirSync(examples).flatMap((name) => readdirSync(join(examples, name)).map((version) => join(examples, name, version)));

  it('still pack, each with its own manifest', async () => {
    expect(folders.length).toBeGreaterThan(5);
    for (const folder of folders) {
      const manifest = await readManifest(folder);
      const packed = await packModule(folder, { files: manifest.files });
      expect(packed.entries, folder).toContain('gotong.json');
      expect(packed.entries.length, folder).toBe(packed.files.length);
    }
  });
});
