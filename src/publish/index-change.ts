// A change to one signed file of a namespace already published: a module
// index (yank, deprecate), an advisory file or an adoption record. The file is
// read from the registry as it is now, a pure edit decides its new bytes, and
// the namespace role is signed again with the publisher keys. It goes through
// changeNamespace as a publish does, so it reaches the registry the way the
// registry's mode says, and only keys delegated for the namespace can make it
// (RegistryWriter.putTargets checks the threshold).
import { GotongError } from '../core/errors.js';
import { parseModuleIndex, serializeModuleIndex } from '../manifest/module-index.js';
import { indexTarget, parseModuleName } from '../manifest/names.js';
import type { ModuleIndex } from '../manifest/types.js';
import { targetStorageFolder } from '../trust/file-names.js';
import { changeNamespace, type Proposal } from '../change/namespace-change.js';
import { commitIdentity } from '../change/registry-update.js';
import type { PublishOptions } from './publish.js';
import { t } from '../i18n/translate.js';

/** What publish takes but the module folder: the registry, the keys, the commit's author, the retry time. */
export type IndexChangeOptions = Omit<PublishOptions, 'dir'>;

/** What an edit decided: the new index, or null when the registry already says what was asked. */
export interface IndexEdit<T> {
  index: ModuleIndex | null;
  result: T;
}

export interface IndexChangeResult<T> {
  result: T;
  /** Rounds lost to other publishers pushing first. */
  retries: number;
  /** The proposal pushed to a staged registry, else null. */
  proposal: Proposal | null;
}

/** Options of a change to one signed file of a namespace (an advisory file, an adoption record). */
export type NamespaceFileOptions = IndexChangeOptions;
export type NamespaceFileChange<T> = IndexChangeResult<T>;

/**
 * Signs `path` of `namespace` with the bytes `edit` returns for what is
 * there now (null: leave it as it is); `read` gives the namespace's other
 * files. The edit runs again on every retry, against what the other
 * publisher pushed; `message` is the registry commit's subject.
 */
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

/** Applies `edit` to the index of `fullName` and signs the result (yank, deprecate). */
export function changeModuleIndex<T>(fullName: string, message: string, options: IndexChangeOptions, edit: (index: ModuleIndex) => IndexEdit<T>): Promise<IndexChangeResult<T>> {
  const { namespace, name } = parseModuleName(fullName);
  return changeNamespaceFile(namespace, indexTarget(namespace, name), message, options, (current) => {
    if (!current) {
      throw new GotongError('GOTONG_E_MODULE_NOT_FOUND', t('publish.moduleNotFound', { module: fullName }), {
        hint: t('publish.moduleNotFound.hint'),
        details: { module: fullName },
      });
    }
    const { index, result } = edit(parseModuleIndex(current, fullName));
    return { bytes: index ? serializeModuleIndex(index) : null, result };
  });
}
