// A change to one member namespace (publish, yank, deprecate): built by the
// caller against the registry's current metadata and signed with the
// namespace's publisher keys. How it reaches main is the registry's mode
// (registry.json): in direct mode (one organisation's registry) the same
// commit carries a new snapshot and timestamp signed with the online key the
// caller holds; in staged mode the change is pushed as a proposal,
// `incoming/<namespace>/<id>`, and only the registry's own pipeline, which
// alone holds the online key, puts it on main (admin/accept.ts).
import { createHash } from 'node:crypto';
import { GotongError, bug } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { readContained } from '../core/contained.js';
import type { RegistryMode } from '../manifest/types.js';
import { parseDocumentText } from '../manifest/schema.js';
import { syncOrClone } from '../registry/clone.js';
import { commitProposal, fetchProposalBranches, holdsSameProposal, INCOMING, refOf } from '../registry/incoming-branches.js';
import { METADATA_DIR, REGISTRY_INFO_FILE } from '../core/registry-folders.js';
import { metadataPath } from '../trust/file-names.js';
import { commitRegistryChange, namespaceEntries, prepareRegistryChange } from '../registry/namespaces.js';
import { pushRegistryChange } from '../registry/namespaces.js';
import type { SigningKey } from '../trust/keys.js';
import { parseModuleRoleName } from '../trust/module-roles.js';
import { RegistryWriter } from '../trust/writer.js';
import { readPending, walkChain } from './proposal-chain.js';
import { inWorkingClone, retryTime, updateInClone, waitBeforeRetry, type BuildOutcome, type UpdateOptions, type UpdateResult } from './registry-update.js';

export interface NamespaceChangeOptions extends UpdateOptions {
  namespace: string;
  /** The registry's online key: needed in direct mode, unused in staged mode. */
  onlineKey?: SigningKey;
}

/** A change pushed for the registry's pipeline to accept (staged mode). */
export interface Proposal {
  namespace: string;
  id: string;
  branch: string;
  /** The proposal's commit on that branch. */
  commit: string;
  /** The namespace commit it adds (accepted: main links it or a later one). */
  namespaceCommit: string;
  roleVersion: number;
}

export interface NamespaceChangeResult<T> extends UpdateResult<T> {
  mode: RegistryMode;
  /** The proposal pushed (staged mode, something changed, not a dry run), else null. */
  proposal: Proposal | null;
}

/** The mode registry.json of the checked-out main declares; a registry from before modes is direct. */
export async function checkedOutMode(dir: string): Promise<RegistryMode> {
  const bytes = await readContained(dir, REGISTRY_INFO_FILE);
  if (!bytes) return 'direct';
  return parseDocumentText('registry', bytes.toString('utf8'), REGISTRY_INFO_FILE).mode ?? 'direct';
}

function needsOnlineKey(namespace: string): GotongError {
  return new GotongError('GOTONG_E_KEY_MISSING', t('change.namespace.needsOnlineKey'), { hint: t('change.namespace.needsOnlineKey.hint', { namespace }) });
}

export async function changeNamespace<T>(options: NamespaceChangeOptions, build: (writer: RegistryWriter) => Promise<BuildOutcome<T>>): Promise<NamespaceChangeResult<T>> {
  const known = async (writer: RegistryWriter) => {
    if (!writer.namespaceRole(options.namespace)) {
      throw new GotongError('GOTONG_E_NAMESPACE_UNKNOWN', t('change.namespace.unknown', { namespace: options.namespace }), {
        hint: t('change.namespace.unknown.hint', { namespace: options.namespace }),
      });
    }
    return build(writer);
  };
  return inWorkingClone(options.location, options.env, async (dir) => {
    await syncOrClone(dir, options.location.url, { sparse: [METADATA_DIR] });
    const mode = await checkedOutMode(dir);
    if (mode === 'staged') {
      if (options.onlineKey) {
        options.reporter.emit({ type: 'warn', code: 'GOTONG_W_ONLINE_KEY_UNUSED', message: t('change.namespace.onlineKeyUnused'), hint: t('change.namespace.onlineKeyUnused.hint') });
      }
      return { ...(await proposeInClone(dir, options, known)), mode };
    }
    const onlineKey = options.onlineKey ?? (options.dryRun ? null : undefined);
    if (onlineKey === undefined) throw needsOnlineKey(options.namespace);
    const update = await updateInClone(dir, options, async (writer) => {
      const outcome = await known(writer);
      if (outcome.changed && onlineKey) writer.refreshTimestamp(onlineKey);
      return outcome;
    });
    return { ...update, mode, proposal: null };
  });
}

/**
 * Staged mode: builds the change on the newest state of the namespace,
 * main's or that of its own pending proposals (proposal-chain.ts), commits
 * the namespace's new files and the roles it signed (the namespace role and
 * the module roles the change touched), and pushes them as a new
 * branch `incoming/<namespace>/<id>`. Nothing else is written: no other
 * branch is touched, so nobody else's push can refuse it, but for another
 * change of the same namespace proposed in the same second on the same base
 * under the same id: then it is built again on top of that one.
 */
async function proposeInClone<T>(dir: string, options: NamespaceChangeOptions, build: (writer: RegistryWriter) => Promise<BuildOutcome<T>>): Promise<UpdateResult<T> & { proposal: Proposal | null }> {
  const retryFor = options.retryForMs ?? retryTime(options.env);
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    const round = await proposeOnce(dir, options, build);
    if (round) return { ...round, attempts: attempt };
    await waitBeforeRetry(options, attempt, started, retryFor);
  }
}

/** One round of proposeInClone; null when another change took its branch name first. */
async function proposeOnce<T>(dir: string, options: NamespaceChangeOptions, build: (writer: RegistryWriter) => Promise<BuildOutcome<T>>): Promise<Omit<UpdateResult<T>, 'attempts'> & { proposal: Proposal | null } | null> {
  const { namespace, location } = options;
  const now = options.now ?? new Date();
  const fetched = await syncOrClone(dir, location.url, { sparse: [METADATA_DIR] });
  const branches = (await fetchProposalBranches(dir, location.url, INCOMING)).filter((b) => b.namespace === namespace);
  const link = (await namespaceEntries(dir, fetched)).get(namespace) ?? null;
  // First a writer to walk the pending chain with, then the change is prepared on its end.
  const chain = await walkChain(dir, await RegistryWriter.load(dir, { now }), namespace, await readPending(dir, branches), link, now);
  const end = chain.taken.at(-1);
  const prepared = await prepareRegistryChange(dir, options.paths ?? [], fetched, end ? new Map([[namespace, end.proposal.content!.namespaceCommit]]) : undefined);
  const writer = await RegistryWriter.load(dir, { now });
  for (const step of chain.taken) await writer.adoptSigned(step.documents);
  const listed = { ...writer.snapshot.signed.meta };
  const outcome = await build(writer);
  if (!outcome.changed || options.dryRun) return { result: outcome.result, committed: false, proposal: null };
  await writer.flush();
  // The roles this change signed: the namespace role and the module roles it touched (the snapshot names a new version of each).
  const signed = Object.entries(writer.snapshot.signed.meta)
    .map(([file, meta]) => ({ role: file.slice(0, -'.json'.length), version: meta.version }))
    .filter(({ role, version }) => (role === namespace || parseModuleRoleName(role)?.namespace === namespace) && listed[`${role}.json`]?.version !== version);
  const roleVersion = signed.find((r) => r.role === namespace)?.version ?? bug('a namespace change that signed no namespace role');
  const roles = await Promise.all(signed.map(async ({ role, version }) => ({ path: metadataPath(role, version), bytes: (await readContained(dir, metadataPath(role, version))) ?? bug(`${role} v${version} was not written`) })));
  const roleBytes = roles.find((r) => r.path === metadataPath(namespace, roleVersion))!.bytes;
  const change = await commitRegistryChange(prepared, outcome.message, options.identity, { commitUnchanged: new Set([namespace]) });
  const namespaceCommit = change.namespaces.find((n) => n.name === namespace)?.commit ?? bug('a namespace change that changed no file');
  const id = `v${roleVersion}-${createHash('sha256').update(roleBytes).digest('hex').slice(0, 16)}`;
  const branch = `${INCOMING}${namespace}/${id}`;
  const commit = await commitProposal(dir, namespaceCommit, roles, outcome.message, options.identity);
  const pushed = await pushRegistryChange(dir, location.url, { main: null, namespaces: [], refs: [{ ref: refOf(branch), commit, expected: '' }] });
  // A branch of that name holds this very change, or another signed in the same second on the same base: this one is then built again on top of it.
  if (pushed === 'rejected' && !(await holdsSameProposal(dir, branch, commit))) return null;
  return { result: outcome.result, committed: true, proposal: { namespace, id, branch, commit, namespaceCommit, roleVersion } };
}
