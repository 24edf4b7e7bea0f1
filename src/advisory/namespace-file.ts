// One signed file of a namespace changed, as a yank changes a module index
// (publish/index-change.ts): the file is read from the registry as it is now,
// a pure step decides its new bytes, and the namespace role is signed again
// with the publisher keys. changeNamespace carries it to the registry the way
// its mode says (a proposal in a staged registry), and only keys delegated for
// that namespace can sign it (RegistryWriter.putTargets checks the threshold).
import { changeNamespace, type Proposal } from '../change/namespace-change.js';
import { commitIdentity } from '../change/registry-update.js';
import type { IndexChangeOptions } from '../publish/index-change.js';
import { targetStorageFolder } from '../trust/file-names.js';

export type NamespaceFileOptions = IndexChangeOptions;

export interface NamespaceFileChange<T> {
  result: T;
  retries: number;
  /** The proposal pushed to a staged registry, else null. */
  proposal: Proposal | null;
}

/** Signs `path` of `namespace` with the bytes `edit` returns for what is there now (null: leave it as it is); `read` gives the namespace's other files. */
export async function changeNamespaceFile<T>(
  namespace: string,
  path: string,
  message: string,
  options: NamespaceFileOptions,
  edit: (current: Buffer | null, read: (otherPath: string) => Promise<Buffer | null>) => Promise<{ bytes: Buffer | null; result: T }> | { bytes: Buffer | null; result: T },
): Promise<NamespaceFileChange<T>> {
  const update = await changeNamespace(
    {
      location: options.location,
      namespace,
      onlineKey: options.onlineKey,
      identity: commitIdentity(namespace, options.env, { name: options.gitName, email: options.gitEmail }),
      reporter: options.reporter,
      env: options.env,
      retryForMs: options.retryForMs,
      dryRun: options.dryRun,
      now: options.now,
      paths: [targetStorageFolder(path)],
    },
    async (writer) => {
      const current = await writer.readTarget(namespace, path);
      const read = async (otherPath: string) => (await writer.readTarget(namespace, otherPath))?.bytes ?? null;
      const { bytes, result } = await edit(current?.bytes ?? null, read);
      if (!bytes) return { changed: false, message: '', result };
      await writer.putTargets(namespace, [{ targetPath: path, bytes }], options.signers);
      return { changed: true, message, result };
    },
  );
  return { result: update.result, retries: update.attempts - 1, proposal: update.proposal };
}
