// Changes to the top-level targets role's delegations, one member namespace
// at a time, as plain JSON edits of its signed part: adding a namespace,
// replacing its publisher keys, removing it. The writer signs the result at
// once (one administrator's machine) and a ceremony proposes it unsigned
// (administrators in different cities); both go through these functions, so
// both write the same delegations.
import { GotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import type { PublicKeyInfo } from './keys.js';
import { namespacePattern } from './policy.js';

export interface DelegationJSON {
  name: string;
  keyids: string[];
  threshold: number;
  terminating: boolean;
  paths: string[];
}

export type TargetsJSON = Record<string, unknown> & { delegations: { keys: Record<string, unknown>; roles: DelegationJSON[] } };

export interface NamespaceKeys {
  namespace: string;
  publisherKeys: PublicKeyInfo[];
  threshold: number;
}

/** Why a namespace name cannot be delegated anew: it is delegated now, or was removed (TUF 1.0 section 5.5.5 keeps its snapshot entry). */
export type TakenName = 'delegated' | 'removed' | null;

function checkThreshold(threshold: number, keys: PublicKeyInfo[]): void {
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > new Set(keys.map((k) => k.keyId)).size) {
    throw new GotongError('GOTONG_E_USAGE', t('trust.namespaceThreshold', { threshold }), { hint: t('trust.namespaceThreshold.hint') });
  }
}

/** A key no role names any more leaves the metadata altogether. */
function withUsedKeysOnly(json: TargetsJSON, roles: DelegationJSON[]): TargetsJSON {
  const used = new Set(roles.flatMap((role) => role.keyids));
  const keys = Object.fromEntries(Object.entries(json.delegations.keys).filter(([id]) => used.has(id)));
  return { ...json, delegations: { ...json.delegations, keys, roles } };
}

function namespaceUnknown(namespace: string): GotongError {
  return new GotongError('GOTONG_E_NAMESPACE_UNKNOWN', t('trust.namespaceUnknown', { namespace }), { hint: t('trust.namespaceUnknown.hint') });
}

/** Delegates `<namespace>/*\/*` to each entry's publisher keys. */
export function withNamespacesAdded(json: TargetsJSON, entries: NamespaceKeys[], taken: (namespace: string) => TakenName): TargetsJSON {
  const seen = new Set<string>();
  for (const { namespace, publisherKeys, threshold } of entries) {
    const why = seen.has(namespace) ? 'delegated' : taken(namespace);
    if (why === 'delegated') {
      throw new GotongError('GOTONG_E_NAMESPACE_EXISTS', t('trust.namespaceDelegated', { namespace }), { hint: t('trust.namespaceDelegated.hint') });
    }
    if (why === 'removed') {
      throw new GotongError('GOTONG_E_NAMESPACE_EXISTS', t('trust.namespaceRemoved', { namespace }), { hint: t('trust.namespaceRemoved.hint') });
    }
    checkThreshold(threshold, publisherKeys);
    seen.add(namespace);
  }
  const keys = { ...json.delegations.keys };
  const roles = [...json.delegations.roles];
  for (const { namespace, publisherKeys, threshold } of entries) {
    for (const key of publisherKeys) keys[key.keyId] = key.tufKey.toJSON();
    roles.push({ name: namespace, keyids: [...new Set(publisherKeys.map((k) => k.keyId))], threshold, terminating: true, paths: [namespacePattern(namespace)] });
  }
  return { ...json, delegations: { ...json.delegations, keys, roles } };
}

/** The namespace's delegation with new publisher keys and threshold; keys left out are revoked. */
export function withNamespaceKeys(json: TargetsJSON, { namespace, publisherKeys, threshold }: NamespaceKeys): TargetsJSON {
  if (!json.delegations.roles.some((role) => role.name === namespace)) throw namespaceUnknown(namespace);
  checkThreshold(threshold, publisherKeys);
  const keys = { ...json.delegations.keys };
  for (const key of publisherKeys) keys[key.keyId] = key.tufKey.toJSON();
  const roles = json.delegations.roles.map((role) => (role.name === namespace ? { ...role, keyids: [...new Set(publisherKeys.map((k) => k.keyId))], threshold } : role));
  return withUsedKeysOnly({ ...json, delegations: { ...json.delegations, keys } }, roles);
}

/**
 * The delegations without the namespace: no path `<namespace>/…` is
 * delegated any more, so no client resolves or installs its modules.
 */
export function withoutNamespace(json: TargetsJSON, namespace: string): TargetsJSON {
  if (!json.delegations.roles.some((role) => role.name === namespace)) throw namespaceUnknown(namespace);
  return withUsedKeysOnly(json, json.delegations.roles.filter((role) => role.name !== namespace));
}
