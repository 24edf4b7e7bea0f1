// The namespace a new module most likely belongs to, for `gotong init`, told
// offline from what this machine already holds: the publisher key in
// GOTONG_SIGNING_KEY, looked up in the delegations of every configured
// registry's trusted targets metadata; else the user configuration's
// "defaultNamespace". Only a suggestion: the module's name is checked again
// when it is published, against the registry itself. Nothing here fails a
// command; what cannot be read gives no suggestion (docs/DECISIONS.md,
// "gotong init names no namespace by itself").
import { join } from 'node:path';
import { readUserConfig, type UserConfig } from '../core/config.js';
import { readFileOrNull } from '../core/fsx.js';
import { gotongPaths } from '../core/paths.js';
import { isValidNamespace } from '../manifest/names.js';
import { loadSigningKey } from '../trust/keys.js';
import { t } from '../i18n/translate.js';

export interface NamespaceSuggestion {
  namespace: string;
  source: 'signing-key' | 'config';
  /** Where it came from, in words, for the command's output. */
  from: string;
}

function signingKeyId(env: NodeJS.ProcessEnv): string | null {
  const text = env.GOTONG_SIGNING_KEY;
  if (!text || text.trim() === '') return null;
  try {
    return loadSigningKey(text, 'GOTONG_SIGNING_KEY', env.GOTONG_KEY_PASSPHRASE || undefined).keyId;
  } catch {
    return null;
  }
}

interface TrustedTargets {
  signed?: { delegations?: { roles?: { name?: unknown; keyids?: unknown }[] } };
}

/** Namespace roles that delegate to `keyId` in the trusted targets.json of `registry`. */
async function delegatedTo(keyId: string, registry: string, env: NodeJS.ProcessEnv): Promise<string[]> {
  const bytes = await readFileOrNull(join(gotongPaths(env).trustDir(registry), 'targets.json')).catch(() => null);
  if (bytes === null) return [];
  let metadata: TrustedTargets;
  try {
    metadata = JSON.parse(bytes.toString('utf8')) as TrustedTargets;
  } catch {
    return [];
  }
  const roles = metadata.signed?.delegations?.roles;
  if (!Array.isArray(roles)) return [];
  return roles
    .filter((role) => Array.isArray(role.keyids) && role.keyids.includes(keyId) && typeof role.name === 'string' && isValidNamespace(role.name))
    .map((role) => role.name as string);
}

async function fromSigningKey(config: UserConfig, env: NodeJS.ProcessEnv): Promise<NamespaceSuggestion | null> {
  const keyId = signingKeyId(env);
  if (keyId === null) return null;
  const found = new Set<string>();
  for (const registry of Object.keys(config.registries).sort()) {
    for (const namespace of await delegatedTo(keyId, registry, env)) found.add(namespace);
  }
  // A key delegated for two namespaces tells nothing about this module.
  if (found.size !== 1) return null;
  const [namespace] = found;
  return { namespace, source: 'signing-key', from: t('publish.namespaceFrom.signingKey') };
}

export async function suggestNamespace(env: NodeJS.ProcessEnv): Promise<NamespaceSuggestion | null> {
  const config = await readUserConfig(env).catch(() => ({ registries: {} }) as UserConfig);
  const byKey = await fromSigningKey(config, env);
  if (byKey) return byKey;
  const configured = config.defaultNamespace;
  if (typeof configured === 'string' && isValidNamespace(configured)) {
    return { namespace: configured, source: 'config', from: t('publish.namespaceFrom.config', { file: gotongPaths(env).configFile }) };
  }
  return null;
}
