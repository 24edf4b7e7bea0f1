// The registries a machine knows. `gotong registry add`: a client records a
// registry under a name and pins its first root, checked against the
// fingerprint its administrators gave out of band; the registry is verified
// through TUF before it is saved. `registry list` shows them; `registry
// remove` forgets one with everything gotong kept for it.
import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { readUserConfig, writeUserConfig } from '../core/config.js';
import { GotongError } from '../core/errors.js';
import { gotongPaths } from '../core/paths.js';
import type { Reporter } from '../core/reporter.js';
import { sha256Hex } from '../trust/metadata-io.js';
import { isValidRoleName } from '../trust/policy.js';
import { redactUrl } from '../registry/git.js';
import { classifyUrl } from '../registry/locate.js';
import { openRegistry } from '../verified/open-registry.js';
import { t } from '../i18n/translate.js';

export interface AddRegistryOptions {
  name: string;
  url: string;
  rootSha256?: string;
  rootFile?: string;
  /** Copies to read before the origin, in order; kept as they were when absent. */
  mirrors?: string[];
  reporter: Reporter;
  env?: NodeJS.ProcessEnv;
}

export async function addRegistry(options: AddRegistryOptions): Promise<{ name: string; url: string; rootSha256: string }> {
  if (!isValidRoleName(options.name)) {
    throw new GotongError('GOTONG_E_USAGE', t('admin.add.nameInvalid', { name: options.name }), { hint: t('admin.add.nameInvalid.hint') });
  }
  let pin = options.rootSha256?.toLowerCase();
  if (options.rootFile) {
    const bytes = await fs.readFile(options.rootFile).catch(() => {
      throw new GotongError('GOTONG_E_USAGE', t('admin.add.rootUnreadable', { file: options.rootFile }), { hint: t('admin.add.rootUnreadable.hint') });
    });
    const sha = sha256Hex(bytes);
    if (pin && pin !== sha) throw new GotongError('GOTONG_E_ROOT_MISMATCH', t('admin.add.rootMismatch', { file: options.rootFile, sha256: sha, pin }), { hint: t('admin.add.rootMismatch.hint') });
    pin = sha;
  }
  if (!pin || !/^[0-9a-f]{64}$/.test(pin)) {
    throw new GotongError('GOTONG_E_USAGE', t('admin.add.pinMissing'), {
      hint: t('admin.add.pinMissing.hint'),
    });
  }
  const env = options.env ?? process.env;
  const config = await readUserConfig(env);
  const { kind, url } = classifyUrl(options.url);
  const existing = config.registries[options.name];
  if (existing && (existing.rootSha256 !== pin || classifyUrl(existing.url).url !== url)) {
    throw new GotongError('GOTONG_E_REGISTRY_EXISTS', t('admin.add.nameTaken', { name: options.name }), {
      hint: t('admin.add.nameTaken.hint', { name: options.name }),
    });
  }
  // Start from a clean trust folder so the pin, not an older visit, decides.
  if (!existing) await fs.rm(gotongPaths(env).trustDir(options.name), { recursive: true, force: true });
  await openRegistry({
    location: { id: options.name, name: options.name, url, kind, label: t('admin.registryLabel', { name: options.name }), pinnedRootSha256: pin },
    offline: false,
    allowFirstUse: false,
    reporter: options.reporter,
    env,
  });
  const mirrors = options.mirrors ?? existing?.mirrors ?? [];
  config.registries[options.name] = { url: options.url.startsWith('git+') || kind === 'http' ? options.url : url, rootSha256: pin, ...(mirrors.length > 0 ? { mirrors } : {}) };
  config.defaultRegistry ??= options.name;
  await writeUserConfig(config, env);
  await fs.mkdir(join(gotongPaths(env).home), { recursive: true });
  return { name: options.name, url: redactUrl(url), rootSha256: pin };
}

export interface KnownRegistry {
  name: string;
  /** Credentials stripped. */
  url: string;
  rootSha256: string;
  default: boolean;
}

export async function listRegistries(env: NodeJS.ProcessEnv = process.env): Promise<KnownRegistry[]> {
  const config = await readUserConfig(env);
  return Object.entries(config.registries)
    .map(([name, entry]) => ({ name, url: redactUrl(entry.url), rootSha256: entry.rootSha256, default: config.defaultRegistry === name }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Forgets a registry: its configuration entry, its trusted metadata (the
 * rollback memory) and its clones, so that adding it again starts from the
 * pinned root as the first time did. The configuration goes first: folders
 * left behind by a failure are never read without it. A workspace lockfile
 * keeps the root fingerprint it was made with, and goes on checking it.
 */
export async function removeRegistry(name: string, env: NodeJS.ProcessEnv = process.env): Promise<{ name: string; wasDefault: boolean }> {
  const config = await readUserConfig(env);
  // A name is also a folder name below: only a valid one is ever used as one.
  if (!Object.hasOwn(config.registries, name) || !isValidRoleName(name)) {
    const known = Object.keys(config.registries).sort();
    throw new GotongError('GOTONG_E_REGISTRY_UNKNOWN', t('admin.remove.unknown', { name }), {
      hint: known.length > 0 ? t('admin.remove.unknown.hint', { names: known.join(', ') }) : t('admin.remove.unknown.none.hint'),
    });
  }
  delete config.registries[name];
  const wasDefault = config.defaultRegistry === name;
  if (wasDefault) delete config.defaultRegistry;
  await writeUserConfig(config, env);
  const paths = gotongPaths(env);
  await fs.rm(paths.trustDir(name), { recursive: true, force: true });
  // registries/<name>/ holds the read and publish clones and their locks.
  await fs.rm(dirname(paths.cloneDir(name)), { recursive: true, force: true });
  // http/<name>/ holds what a static host said last about its timestamp (registry/open.ts).
  await fs.rm(join(paths.home, 'http', name), { recursive: true, force: true });
  return { name, wasDefault };
}
