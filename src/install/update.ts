// update: install again with the lockfile's pins lifted for the named modules
// (all when none is named), so that each moves to the newest version its
// ranges allow; the resolver picks whatever tree those versions need. With
// `latest`, the ranges in gotong.json move first to ^<latest>, after the
// caller was shown each change and agreed (docs/DECISIONS.md, "outdated and
// update"). Everything after that is the ordinary install, atomic and journaled.
import { GotongError } from '../core/errors.js';
import { latestVersion } from '../manifest/module-index.js';
import { parseModuleName } from '../manifest/names.js';
import type { SettingsInput } from '../settings/settle.js';
import { t } from '../i18n/translate.js';
import { install, type InstallResult } from './install.js';
import { openWorkspaceRegistry, type WorkspaceRegistryOptions } from './workspace-registry.js';

export interface RangeChange {
  name: string;
  from: string;
  to: string;
}

export interface UpdateOptions extends WorkspaceRegistryOptions {
  /** Module names; none: every module. */
  modules: string[];
  /** Move the ranges in gotong.json to ^<latest>. */
  latest?: boolean;
  /** Shown the range changes before anything is written; false stops the update. Absent: go ahead. */
  confirm?: (changes: RangeChange[]) => Promise<boolean>;
  /** Values for settings, and how to ask for new required ones a newer version declares. */
  settings?: SettingsInput;
}

export interface UpdateResult {
  /** Ranges moved in gotong.json (--latest). */
  ranges: RangeChange[];
  /** True when the range changes were declined: nothing was written. */
  declined: boolean;
  /** The install that followed; null when declined. */
  install: InstallResult | null;
}

/** The pure step of --latest: each named direct dependency's range becomes ^<latest>, where that changes it. */
export function latestRanges(requested: Record<string, string>, names: string[], latestOf: (name: string) => string | null): RangeChange[] {
  const changes: RangeChange[] = [];
  for (const name of names) {
    if (!Object.hasOwn(requested, name)) {
      throw new GotongError('GOTONG_E_USAGE', t('install.update.notDirect', { name }), {
        hint: t('install.update.notDirect.hint'),
        details: { module: name },
      });
    }
    const latest = latestOf(name);
    if (latest === null) {
      throw new GotongError('GOTONG_E_NO_MATCHING_VERSION', t('install.update.allYanked', { name }), {
        hint: t('install.update.allYanked.hint'),
        details: { module: name },
      });
    }
    if (requested[name] !== `^${latest}`) changes.push({ name, from: requested[name], to: `^${latest}` });
  }
  return changes;
}

async function planLatest(options: UpdateOptions, names: string[]): Promise<RangeChange[]> {
  const { workspace, reader } = await openWorkspaceRegistry(options);
  const requested = workspace.manifest.dependencies ?? {};
  const chosen = names.length > 0 ? names : Object.keys(requested).sort();
  const latest = new Map(await Promise.all(chosen.filter((n) => Object.hasOwn(requested, n)).map(async (n) => [n, latestVersion(await reader.loadIndex(n))] as const)));
  return latestRanges(requested, chosen, (name) => latest.get(name) ?? null);
}

export async function update(options: UpdateOptions): Promise<UpdateResult> {
  const names = options.modules.map((text) => parseModuleName(text).fullName);
  const ranges = options.latest ? await planLatest(options, names) : [];
  if (ranges.length > 0 && options.confirm && !(await options.confirm(ranges))) return { ranges, declined: true, install: null };
  const result = await install({
    cwd: options.cwd,
    add: ranges.map((change) => `${change.name}@${change.to}`),
    unlock: names.length > 0 ? names : 'all',
    registry: options.registry,
    offline: options.offline,
    settings: options.settings,
    reporter: options.reporter,
    env: options.env,
  });
  return { ranges, declined: false, install: result };
}
