// `gotong verify`: re-hash gotong_modules/ against the record written at
// install time, so a city can see whether a server's copy was changed. The
// modules it finds changed are written down (repair.ts), so that the next
// install places them again instead of answering "already up to date".
import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathExists, withLock } from '../core/fsx.js';
import { mapLimit } from '../core/concurrency.js';
import { recoverInterruptedLink } from './link.js';
import { GENERATED_FILE } from '../settings/installed.js';
import { t } from '../i18n/translate.js';
import { markForRepair } from './repair.js';
import { readInstalledState } from './state.js';
import { moduleDir, workspacePaths } from './workspace.js';

export interface VerifyInstalledResult {
  ok: boolean;
  modules: number;
  files: number;
  changed: string[];
  missing: string[];
  extra: string[];
  /** Modules with a changed, missing or extra file: the next install places them again. */
  repair: string[];
}

async function fileIntegrity(path: string): Promise<string> {
  const hash = createHash('sha512');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return 'sha512-' + hash.digest('base64');
}

async function walk(dir: string, base: string, out: string[]): Promise<void> {
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, base, out);
    else out.push(relative(base, path).split(sep).join('/'));
  }
}

export async function verifyInstalled(cwd: string): Promise<VerifyInstalledResult> {
  const paths = workspacePaths(cwd);
  // An install cut short (power loss, kill) is finished or undone first, as the
  // next install would, so verify judges the old tree or the new one, never a mix.
  if (await pathExists(paths.journalFile)) {
    await withLock(paths.lockPath, { waitMs: 30_000, what: t('install.folder.workspace', { path: cwd }) }, () => recoverInterruptedLink(paths));
  }
  const state = await readInstalledState(paths);
  const result: VerifyInstalledResult = { ok: true, modules: 0, files: 0, changed: [], missing: [], extra: [], repair: [] };
  const damaged = new Set<string>();
  for (const [name, module] of Object.entries(state.modules)) {
    result.modules++;
    const dir = moduleDir(paths, name);
    const onDisk: string[] = [];
    if (await pathExists(dir)) await walk(dir, dir, onDisk);
    const expected = new Set(Object.keys(module.files));
    for (const file of onDisk) {
      // The settings file the install writes from gotong-settings.json (src/settings/installed.ts).
      if (expected.has(file) || file === GENERATED_FILE) continue;
      result.extra.push(`${name}/${file}`);
      damaged.add(name);
    }
    await mapLimit([...expected], 8, async (file) => {
      result.files++;
      const path = join(dir, ...file.split('/'));
      const stat = await fs.lstat(path).catch(() => null);
      if (!stat) result.missing.push(`${name}/${file}`);
      else if (!stat.isFile() || stat.size !== module.files[file].size || (await fileIntegrity(path)) !== module.files[file].integrity) result.changed.push(`${name}/${file}`);
      else return;
      damaged.add(name);
    });
  }
  // Folders in gotong_modules that no install put there.
  if (await pathExists(paths.modulesDir)) {
    for (const scope of await fs.readdir(paths.modulesDir)) {
      if (scope === '.gotong') continue;
      const scopeDir = join(paths.modulesDir, scope);
      const names = (await fs.stat(scopeDir)).isDirectory() ? await fs.readdir(scopeDir) : [];
      if (!scope.startsWith('@') || names.length === 0) result.extra.push(scope);
      for (const name of names) if (!state.modules[`${scope}/${name}`]) result.extra.push(`${scope}/${name}`);
    }
  }
  for (const list of [result.changed, result.missing, result.extra]) list.sort();
  result.ok = result.changed.length + result.missing.length + result.extra.length === 0;
  result.repair = [...damaged].sort();
  if (result.repair.length > 0) {
    await withLock(paths.lockPath, { waitMs: 30_000, what: t('install.folder.workspace', { path: cwd }) }, () => markForRepair(paths, result.repair));
  }
  return result;
}
