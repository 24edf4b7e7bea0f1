// `gotong config get|set|unset|list`: the settings a workspace gives its
// installed modules, read and changed outside an install. A change is
// checked against the installed version's declaration, written to
// gotong-settings.json, and the module's .gotong/settings.json is rewritten
// (both atomically, under the workspace lock).
import { GotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { withLock, writeFileAtomic } from '../core/fsx.js';
import { parseModuleName } from '../manifest/names.js';
import { readInstalledState } from '../install/state.js';
import { moduleDir, workspacePaths, type WorkspacePaths } from '../install/workspace-paths.js';
import { checkValue } from './check-value.js';
import { declaredSettings, writeGeneratedIfChanged } from './installed.js';
import { checkedValue, generatedSettings, missingError, serializeGenerated, serializeStore, unknownSetting, type SettingsStore } from './plan.js';
import { readStore, settingsFile } from './store.js';
import type { SettingDeclaration, SettingDeclarations, StoredValue } from './types.js';

/** One setting as `config get` and `config list --json` show it (public API). */
export interface SettingEntry {
  module: string;
  key: string;
  type: SettingDeclaration['type'];
  values?: string[];
  level?: SettingDeclaration['level'];
  required: boolean;
  secret: boolean;
  description: SettingDeclaration['description'] | null;
  /** The value in effect: the workspace's, else the default, else null. A secret's is { env: NAME }. */
  value: StoredValue | null;
  /** Where the value comes from. `invalid`: the workspace's value does not fit the installed version. */
  source: 'workspace' | 'default' | 'none' | 'invalid';
}

function entryOf(module: string, key: string, decl: SettingDeclaration, store: SettingsStore): SettingEntry {
  const values = store.modules[module] ?? {};
  const stored = Object.hasOwn(values, key) ? values[key] : undefined;
  let value: StoredValue | null = decl.default ?? null;
  let source: SettingEntry['source'] = decl.default === undefined ? 'none' : 'default';
  if (stored !== undefined) [value, source] = checkValue(decl, stored).ok ? [stored, 'workspace'] : [stored, 'invalid'];
  return {
    module, key, type: decl.type,
    ...(decl.values ? { values: decl.values } : {}),
    ...(decl.level ? { level: decl.level } : {}),
    required: decl.required === true, secret: decl.secret === true, description: decl.description ?? null, value, source,
  };
}

async function installedDeclarations(paths: WorkspacePaths, module: string): Promise<SettingDeclarations> {
  const state = await readInstalledState(paths);
  if (!Object.hasOwn(state.modules, module)) {
    throw new GotongError('GOTONG_E_NOT_INSTALLED', t('settings.notInstalled', { module }), {
      hint: t('settings.notInstalled.hint'),
      details: { module },
    });
  }
  return declaredSettings(module, moduleDir(paths, module));
}

function declarationOf(declarations: SettingDeclarations, module: string, key: string): SettingDeclaration {
  // i18n-exempt: the command a value came from, named as typed
  if (!Object.hasOwn(declarations, key)) throw unknownSetting(module, key, declarations, 'gotong config');
  return declarations[key];
}

export async function listSettings(cwd: string, module?: string): Promise<SettingEntry[]> {
  const paths = workspacePaths(cwd);
  const store = await readStore(cwd);
  const names = module !== undefined ? [parseModuleName(module).fullName] : Object.keys((await readInstalledState(paths)).modules).sort();
  const entries: SettingEntry[] = [];
  for (const name of names) {
    const declarations = await installedDeclarations(paths, name);
    for (const key of Object.keys(declarations)) entries.push(entryOf(name, key, declarations[key], store));
  }
  return entries;
}

export async function getSetting(cwd: string, module: string, key: string): Promise<SettingEntry> {
  const name = parseModuleName(module).fullName;
  const declarations = await installedDeclarations(workspacePaths(cwd), name);
  return entryOf(name, key, declarationOf(declarations, name, key), await readStore(cwd));
}

/** Sets (a value) or unsets (null) one setting and rewrites both files. */
export async function changeSetting(cwd: string, module: string, key: string, text: string | null): Promise<SettingEntry> {
  const name = parseModuleName(module).fullName;
  const paths = workspacePaths(cwd);
  return withLock(paths.lockPath, { waitMs: 30_000, what: t('settings.lock.workspace', { dir: cwd }) }, async () => {
    const declarations = await installedDeclarations(paths, name);
    const decl = declarationOf(declarations, name, key);
    const store = await readStore(cwd);
    const values = { ...(store.modules[name] ?? {}) };
    if (text === null) {
      if (decl.required && decl.default === undefined) {
        throw missingError([{ module: name, key, declaration: decl }], t('settings.missing.cannotUnset', { module: name, key }));
      }
      delete values[key];
    } else {
      // i18n-exempt: the command a value came from, named as typed
      values[key] = checkedValue(name, key, decl, text, { text: true, from: 'gotong config set' });
    }
    const next: SettingsStore = { settingsVersion: 1, modules: { ...store.modules, [name]: values } };
    await writeFileAtomic(settingsFile(cwd), serializeStore(next));
    await writeGeneratedIfChanged(moduleDir(paths, name), serializeGenerated(generatedSettings(name, declarations, values)));
    return entryOf(name, key, decl, next);
  });
}
