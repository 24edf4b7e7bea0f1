// Administrator key changes: replacing (and so revoking) a namespace's
// publisher keys, and rotating root (new administrator keys, threshold or
// online key). Both are ordinary registry updates: rebuilt from the newest
// commit, pushed with retry, and verified by clients through TUF.
import type { Reporter } from '../core/reporter.js';
import { commitIdentity, updateRegistry } from '../change/registry-update.js';
import type { PublicKeyInfo, SigningKey } from '../trust/keys.js';
import type { RootChange } from '../trust/root-rotation.js';
import type { RegistryLocation } from '../registry/locate.js';

export interface NamespaceKeysOptions {
  namespace: string;
  location: RegistryLocation;
  publisherKeys: PublicKeyInfo[];
  threshold: number;
  adminSigners: SigningKey[];
  /** Keys of the new set that re-sign the namespace's current targets in the same commit. */
  publisherSigners: SigningKey[];
  onlineKey: SigningKey;
  reporter: Reporter;
  env?: NodeJS.ProcessEnv;
}

export async function setNamespaceKeys(options: NamespaceKeysOptions): Promise<{ namespace: string; keyIds: string[]; threshold: number }> {
  await updateRegistry({ location: options.location, identity: commitIdentity('registry-admin', options.env), reporter: options.reporter, env: options.env }, async (writer) => {
    await writer.replaceNamespaceKeys(options.namespace, options.publisherKeys, options.threshold, options.adminSigners, options.publisherSigners);
    writer.refreshTimestamp(options.onlineKey);
    // i18n-exempt: a registry commit message (registry content).
    return { changed: true, message: `set publisher keys of @${options.namespace}`, result: undefined };
  });
  return { namespace: options.namespace, keyIds: options.publisherKeys.map((k) => k.keyId), threshold: options.threshold };
}

export interface RotateRootOptions {
  location: RegistryLocation;
  change: RootChange;
  /** Current and new administrator keys: both thresholds must be met (TUF 5.3.4, 5.3.5). */
  signers: SigningKey[];
  /** The online key the new root names, to sign the next snapshot and timestamp. */
  onlineKey: SigningKey;
  reporter: Reporter;
  env?: NodeJS.ProcessEnv;
}

export async function rotateRoot(options: RotateRootOptions): Promise<{ rootVersion: number; rootKeyIds: string[]; threshold: number; onlineKeyId: string }> {
  const update = await updateRegistry({ location: options.location, identity: commitIdentity('registry-admin', options.env), reporter: options.reporter, env: options.env }, async (writer) => {
    writer.rotateRoot(options.change, options.signers);
    writer.refreshTimestamp(options.onlineKey);
    const roles = writer.root.signed.roles;
    return {
      changed: true,
      // i18n-exempt: a registry commit message (registry content).
      message: `rotate root to v${writer.root.signed.version}`,
      result: { rootVersion: writer.root.signed.version, rootKeyIds: [...roles.root.keyIDs], threshold: roles.root.threshold, onlineKeyId: roles.timestamp.keyIDs[0] },
    };
  });
  return update.result;
}
