// Root rotation (TUF 1.0 section 5.3): the root is never re-created. A change
// of administrator keys, of their threshold or of the online key is a new
// root, version N+1, that clients accept only when it carries the threshold
// of the root role in version N (5.3.4) AND the threshold of the root role it
// declares itself (5.3.5). This module builds and signs that next root and
// refuses to produce one that existing clients would reject.
import { Metadata, Root } from '@tufjs/models';
import './linear-maps.js';
import { GotongError, bug } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import type { PublicKeyInfo, SigningKey } from './keys.js';

type JSONObject = Parameters<typeof Root.fromJSON>[0];

export interface RootChange {
  /** New administrator keys, for the root and targets roles (default: unchanged). */
  adminKeys?: PublicKeyInfo[];
  /** New threshold of the root and targets roles (default: unchanged). */
  threshold?: number;
  /** New key for snapshot and timestamp, e.g. after the online key leaked (default: unchanged). */
  onlineKey?: PublicKeyInfo;
}

function roleJSON(keyIds: string[], threshold: number): { keyids: string[]; threshold: number } {
  return { keyids: [...new Set(keyIds)], threshold };
}

function missingThreshold(which: 'current' | 'new', have: number, need: number, signers: SigningKey[]): GotongError {
  const message = which === 'current' ? 'trust.rootRotation.lacksCurrent' : 'trust.rootRotation.lacksNew';
  return new GotongError('GOTONG_E_KEY_NOT_DELEGATED', t(message, { need, have }), {
    hint: t('trust.rootRotation.lacks.hint', { keys: signers.map((s) => s.keyId.slice(0, 12)).join(', ') || t('trust.keyIds.none') }),
  });
}

/**
 * Root version N+1 from `current` with `change` applied, not yet signed: what
 * a ceremony proposes (ceremony-plan.ts) and what `nextRoot` signs at once.
 */
export function buildNextRoot(current: Metadata<Root>, change: RootChange, expires: string): Metadata<Root> {
  const old = current.signed;
  const adminIds = change.adminKeys ? change.adminKeys.map((k) => k.keyId) : old.roles.root.keyIDs;
  const threshold = change.threshold ?? old.roles.root.threshold;
  const onlineIds = change.onlineKey ? [change.onlineKey.keyId] : old.roles.timestamp.keyIDs;
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > new Set(adminIds).size) {
    throw new GotongError('GOTONG_E_USAGE', t('trust.rootThreshold', { threshold, count: new Set(adminIds).size }), { hint: t('trust.rootThreshold.hint') });
  }
  // Keep exactly the keys some role still names, so a revoked key leaves the root.
  const known: Record<string, unknown> = {};
  for (const [id, key] of Object.entries(old.keys)) known[id] = key.toJSON();
  for (const key of [...(change.adminKeys ?? []), ...(change.onlineKey ? [change.onlineKey] : [])]) known[key.keyId] = key.tufKey.toJSON();
  const keys: Record<string, unknown> = {};
  for (const id of [...adminIds, ...onlineIds]) keys[id] = known[id];
  const admin = roleJSON(adminIds, threshold);
  const online = roleJSON(onlineIds, 1);
  const json = old.toJSON() as Record<string, unknown>;
  return new Metadata(
    Root.fromJSON({ ...json, version: old.version + 1, expires, keys, roles: { root: admin, targets: admin, snapshot: online, timestamp: online } } as JSONObject),
  );
}

/**
 * Builds root version N+1 from `current` with `change` applied and signs it
 * with every signer that is a root key of either version. Throws
 * GOTONG_E_KEY_NOT_DELEGATED when the signers lack the old or the new threshold.
 */
export function nextRoot(current: Metadata<Root>, change: RootChange, signers: SigningKey[], expires: string): Metadata<Root> {
  const old = current.signed;
  const next = buildNextRoot(current, change, expires);
  const oldRole = old.roles.root;
  const newRole = next.signed.roles.root;
  for (const signer of signers) {
    if (oldRole.keyIDs.includes(signer.keyId) || newRole.keyIDs.includes(signer.keyId)) next.sign((data) => signer.sign(data), true);
  }
  const count = (ids: string[]) => new Set(signers.map((s) => s.keyId).filter((id) => ids.includes(id))).size;
  if (count(oldRole.keyIDs) < oldRole.threshold) throw missingThreshold('current', count(oldRole.keyIDs), oldRole.threshold, signers);
  if (count(newRole.keyIDs) < newRole.threshold) throw missingThreshold('new', count(newRole.keyIDs), newRole.threshold, signers);
  // The same checks a client makes; failing here is a bug, not a user error.
  try {
    current.verifyDelegate('root', next);
    next.verifyDelegate('root', next);
  } catch (error) {
    bug(`the rotated root does not verify: ${(error as Error).message}`);
  }
  return next;
}
