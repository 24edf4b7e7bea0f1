// A change to one member namespace (publish, yank, deprecate): built by the
// caller against the registry's current metadata and signed with the
// namespace's publisher keys. How it reaches main is the registry's mode:
// in direct mode (one organisation's registry) the same commit carries a new
// snapshot and timestamp signed with the online key the caller holds.
import { GotongError } from '../core/errors.js';
import type { SigningKey } from '../trust/keys.js';
import type { RegistryWriter } from '../trust/writer.js';
import { updateRegistry, type BuildOutcome, type UpdateOptions, type UpdateResult } from './registry-update.js';

export interface NamespaceChangeOptions extends UpdateOptions {
  namespace: string;
  /** The registry's online key (direct mode). */
  onlineKey: SigningKey;
}

export async function changeNamespace<T>(options: NamespaceChangeOptions, build: (writer: RegistryWriter) => Promise<BuildOutcome<T>>): Promise<UpdateResult<T>> {
  return updateRegistry(options, async (writer) => {
    if (!writer.namespaceRole(options.namespace)) {
      throw new GotongError('GOTONG_E_NAMESPACE_UNKNOWN', `the registry has no namespace ${options.namespace}`, {
        hint: `Ask the registry administrators to run \`gotong registry add-namespace ${options.namespace}\` with your publisher key.`,
      });
    }
    const outcome = await build(writer);
    if (outcome.changed) writer.refreshTimestamp(options.onlineKey);
    return outcome;
  });
}
