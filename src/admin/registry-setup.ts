// Administrator tasks: create a registry and delegate member namespaces.
import { promises as fs } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GotongError } from '../core/errors.js';
import { pathExists } from '../core/fsx.js';
import type { Reporter } from '../core/reporter.js';
import type { RegistryInfo, RegistryMode } from '../manifest/types.js';
import { commitIdentity, updateRegistry } from '../change/registry-update.js';
import type { PublicKeyInfo, SigningKey } from '../trust/keys.js';
import { sha256Hex } from '../trust/metadata-io.js';
import { isValidRoleName } from '../trust/policy.js';
import { RegistryWriter } from '../trust/writer.js';
import { commitAll, hasRemoteMain, initBare, initWorking, pushMain, redactUrl, setRemote } from '../registry/git.js';
import { METADATA_DIR, REGISTRY_INFO_FILE, TARGETS_DIR } from '../core/registry-folders.js';
import { metadataPath } from '../trust/file-names.js';
import { classifyUrl, type RegistryLocation } from '../registry/locate.js';
import { t } from '../i18n/translate.js';

export interface InitRegistryOptions {
  target: string;
  name: string;
  description?: string;
  rootSigners: SigningKey[];
  threshold: number;
  onlineKey: SigningKey;
  /** How changes reach main (docs/REGISTRY.md); default direct. */
  mode?: RegistryMode;
  reporter: Reporter;
  env?: NodeJS.ProcessEnv;
}

export interface InitRegistryResult {
  mode: RegistryMode;
  url: string;
  name: string;
  rootSha256: string;
  rootKeyIds: string[];
  onlineKeyId: string;
  threshold: number;
}

async function isEmptyOrMissing(path: string): Promise<boolean> {
  if (!(await pathExists(path))) return true;
  return (await fs.readdir(path)).length === 0;
}

export async function initRegistry(options: InitRegistryOptions): Promise<InitRegistryResult> {
  if (!isValidRoleName(options.name)) {
    throw new GotongError('GOTONG_E_USAGE', t('admin.init.nameInvalid', { name: options.name }), { hint: t('admin.init.nameInvalid.hint') });
  }
  if (options.threshold < 1 || options.threshold > options.rootSigners.length) {
    throw new GotongError('GOTONG_E_USAGE', t('admin.init.threshold', { threshold: options.threshold, count: options.rootSigners.length }), {
      hint: t('admin.init.threshold.hint'),
    });
  }
  const { url } = classifyUrl(options.target);
  const isPath = !/^[a-z][a-z0-9+.-]*:\/\//i.test(options.target) && !/^[\w.-]+@[\w.-]+:/.test(options.target);
  if (isPath) {
    if (!(await isEmptyOrMissing(url))) {
      throw new GotongError('GOTONG_E_REGISTRY_EXISTS', t('admin.init.notEmpty', { path: url }), { hint: t('admin.init.notEmpty.hint') });
    }
    await initBare(url);
  }
  const work = await mkdtemp(join(tmpdir(), 'gotong-init-'));
  try {
    await initWorking(work);
    await setRemote(work, url);
    if (await hasRemoteMain(work).catch(() => false)) {
      throw new GotongError('GOTONG_E_REGISTRY_EXISTS', t('admin.init.hasMain', { url: redactUrl(url) }), { hint: t('admin.init.hasMain.hint') });
    }
    const writer = RegistryWriter.create(work, { rootKeys: options.rootSigners, rootSigners: options.rootSigners, threshold: options.threshold, onlineKey: options.onlineKey });
    await writer.flush();
    const mode = options.mode ?? 'direct';
    const info: RegistryInfo = { name: options.name, protocolVersion: 1, description: options.description, mode, targetsBase: TARGETS_DIR, metadataBase: METADATA_DIR };
    await fs.writeFile(join(work, REGISTRY_INFO_FILE), JSON.stringify(info, null, 2) + '\n');
    await fs.mkdir(join(work, TARGETS_DIR), { recursive: true });
    await fs.writeFile(join(work, TARGETS_DIR, '.keep'), '');
    const rootBytes = await fs.readFile(join(work, metadataPath('root', 1)));
    // i18n-exempt: a registry commit message (registry content).
    await commitAll(work, `init registry ${options.name}`, commitIdentity('registry-admin', options.env));
    if ((await pushMain(work, url)) !== 'pushed') {
      throw new GotongError('GOTONG_E_REGISTRY_EXISTS', t('admin.init.raced', { url: redactUrl(url) }), { hint: t('admin.init.raced.hint') });
    }
    return {
      url,
      name: options.name,
      mode,
      rootSha256: sha256Hex(rootBytes),
      rootKeyIds: options.rootSigners.map((k) => k.keyId),
      onlineKeyId: options.onlineKey.keyId,
      threshold: options.threshold,
    };
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

export interface AddNamespaceOptions {
  namespace: string;
  location: RegistryLocation;
  publisherKeys: PublicKeyInfo[];
  threshold: number;
  adminSigners: SigningKey[];
  onlineKey: SigningKey;
  reporter: Reporter;
  env?: NodeJS.ProcessEnv;
}

export async function addNamespace(options: AddNamespaceOptions): Promise<{ namespace: string; keyIds: string[]; threshold: number }> {
  if (!isValidRoleName(options.namespace)) {
    throw new GotongError('GOTONG_E_NAME_INVALID', t('admin.namespace.invalid', { name: options.namespace }), {
      hint: t('admin.namespace.invalid.hint'),
    });
  }
  if (options.threshold < 1 || options.threshold > options.publisherKeys.length) {
    throw new GotongError('GOTONG_E_USAGE', t('admin.namespace.threshold', { threshold: options.threshold }), { hint: t('admin.namespace.threshold.hint') });
  }
  await updateRegistry({ location: options.location, identity: commitIdentity('registry-admin', options.env), reporter: options.reporter, env: options.env }, async (writer) => {
    writer.addNamespace(options.namespace, options.publisherKeys, options.threshold, options.adminSigners);
    writer.refreshTimestamp(options.onlineKey);
    // i18n-exempt: a registry commit message (registry content).
    return { changed: true, message: `add namespace @${options.namespace}`, result: undefined };
  });
  return { namespace: options.namespace, keyIds: options.publisherKeys.map((k) => k.keyId), threshold: options.threshold };
}

export interface RefreshOptions {
  location: RegistryLocation;
  onlineKey: SigningKey;
  reporter: Reporter;
  env?: NodeJS.ProcessEnv;
}

/** Re-signs snapshot and timestamp with fresh expiry: run it from a scheduled job (daily) so clients never see a stale registry. */
export async function refreshTimestamp(options: RefreshOptions): Promise<{ timestampVersion: number; expires: string }> {
  const update = await updateRegistry({ location: options.location, identity: commitIdentity('registry-online', options.env), reporter: options.reporter, env: options.env }, async (writer) => {
    writer.refreshTimestamp(options.onlineKey);
    // i18n-exempt: a registry commit message (registry content).
    return { changed: true, message: `refresh timestamp v${writer.timestamp.signed.version}`, result: { timestampVersion: writer.timestamp.signed.version, expires: writer.timestamp.signed.expires } };
  });
  return update.result;
}
