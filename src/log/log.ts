// `gotong log`: the registry's events in order, oldest first, read from git
// history and checked against the signed metadata of their own commit
// (docs/TRANSPARENCY.md, "The registry's log").
//
// Each commit of main is compared with its parent: a root version added is
// a root change; a new targets role is compared with the parent's for
// namespaces added, removed or re-keyed; a namespace whose roles or link
// changed has its signed targets, flattened over its namespace role and
// module roles, compared with the parent's, and each module index that
// changed compared version by version. Nothing is taken from commit
// messages. Each event is then checked at its commit (commit-metadata.ts): a
// root against the chain from the pinned (or newest) 1.root.json, targets
// against that root, a namespace role against the delegation of that targets
// role (through the snapshot the timestamp names), a module role against its
// namespace role's delegation, and an index against the signed length and
// sha256 of the role that lists it. An event that does not verify is listed
// with the reason, never left out.
//
// What it reads: the commits of main in the range asked (`git log --since`,
// limited to a namespace's paths with --namespace), the changes of each
// (one `git diff-tree --stdin`), the metadata folders of those commits and
// the blobs it needs, all in a few batches (git-objects.ts).
import { createHash } from 'node:crypto';
import { MetadataKind, type Targets } from '@tufjs/models';
import { t } from '../i18n/translate.js';
import { parseTree } from '../registry/namespaces.js';
import { runGit } from '../registry/git.js';
import type { RegistryLocation } from '../registry/locate.js';
import { verifies } from '../trust/current-roles.js';
import { parseMetadataFileName } from '../trust/file-names.js';
import { claimedSigners, CommitMetadata, Documents, namespaceOfRole, signedTargets, validSigners, type Blobs } from './commit-metadata.js';
import type { LogEvent } from './derive.js';
import { indexEvents, parseJson, rootEvents, targetsEvents, withVerdict, type IndexChange } from './events.js';
import { diffTrees, fetchMissingBlobs, readObjects, type RawChange } from './git-objects.js';
import { syncHistory } from './history.js';

export interface LogOptions {
  location: RegistryLocation;
  env?: NodeJS.ProcessEnv;
  /** Only this namespace's events. */
  namespace?: string;
  /** Only this module's events (`@<namespace>/<name>`; implies its namespace). */
  module?: string;
  /** Only events from this time on. */
  since?: Date;
}

export interface LogResult {
  events: LogEvent[];
  /** How many commits of main were read. */
  commits: number;
}

const GITLINK = '160000';
const INDEX_FILE = /^([a-z0-9][a-z0-9-]*)\/[0-9a-f]{64}\.index\.json$/;
const EMPTY = new Map<string, string>();

interface MainCommit {
  commit: string;
  parent: string | null;
  time: string;
}


/** What one commit of main changed, from its diff against its parent. */
interface CommitChanges {
  roots: number[];
  targets: boolean;
  /** The namespaces whose roles it adds a version of, each with the module roles among them. */
  roles: Map<string, Set<string>>;
  links: Map<string, { before: string; after: string }>;
  indexes: IndexChange[];
}

function classify(changes: RawChange[], commit: string): CommitChanges {
  const found: CommitChanges = { roots: [], targets: false, roles: new Map(), links: new Map(), indexes: [] };
  for (const change of changes) {
    const parts = change.path.split('/');
    if (parts[0] === 'metadata' && parts.length === 2 && change.newOid) {
      const name = parseMetadataFileName(parts[1]);
      if (!name || change.status !== 'A') continue;
      if (name.role === 'root') found.roots.push(name.version);
      else if (name.role === 'targets') found.targets = true;
      else if (name.role !== 'snapshot') {
        const namespace = namespaceOfRole(name.role);
        const modules = found.roles.get(namespace) ?? new Set<string>();
        if (name.role !== namespace) modules.add(name.role);
        found.roles.set(namespace, modules);
      }
    } else if (parts[0] === 'targets' && parts.length === 2 && (change.oldMode === GITLINK || change.newMode === GITLINK)) {
      found.links.set(parts[1], { before: change.oldMode === GITLINK ? change.oldOid : '', after: change.newMode === GITLINK ? change.newOid : '' });
    } else if (parts[0] === 'targets' && parts.length === 4) {
      // The earlier layout: the namespace's files in main's own tree.
      const match = INDEX_FILE.exec(parts.slice(2).join('/'));
      if (match && change.newOid) addIndexChange(found.indexes, parts[1], match[1], change, `${commit}:${parts.slice(0, 3).join('/')}`);
    }
  }
  found.roots.sort((a, b) => a - b);
  return found;
}

function addIndexChange(indexes: IndexChange[], namespace: string, module: string, change: RawChange, folder: string): void {
  let entry = indexes.find((i) => i.namespace === namespace && i.module === module);
  if (!entry) indexes.push((entry = { namespace, module, before: '', after: '', folder }));
  if (change.oldOid) entry.before = change.oldOid;
  if (change.newOid) entry.after = change.newOid;
}

interface Folders {
  /** `metadata/` of each commit: file name -> blob id. */
  metadata: Map<string, Map<string, string>>;
  /** The top folder's files of each commit. */
  top: Map<string, Map<string, string>>;
  /** Where each namespace's files are at each commit: `<tree-ish>:` to put a module's folder after. */
  namespaces: Map<string, Map<string, string>>;
}

/** The metadata folder, the top folder and the namespace entries of each commit, in one batch. */
async function listFolders(dir: string, commits: string[]): Promise<Folders> {
  const specs = commits.flatMap((c) => [`${c}:metadata`, `${c}:`, `${c}:targets`]);
  const objects = await readObjects(dir, specs);
  const entries = (spec: string, commit: string) => {
    const found = objects.get(spec);
    return found?.type === 'tree' ? parseTree(found.bytes, commit.length / 2) : [];
  };
  const blobs = (spec: string, commit: string) => new Map(entries(spec, commit).filter((e) => e.type === 'blob').map((e) => [e.name, e.oid]));
  return {
    metadata: new Map(commits.map((c) => [c, blobs(`${c}:metadata`, c)])),
    top: new Map(commits.map((c) => [c, blobs(`${c}:`, c)])),
    // A gitlink names the namespace's commit; a folder (the earlier layout) is main's own.
    namespaces: new Map(commits.map((c) => [c, new Map(entries(`${c}:targets`, c).filter((e) => e.type !== 'blob').map((e) => [e.name, e.type === 'commit' ? `${e.oid}:` : `${c}:targets/${e.name}/`]))])),
  };
}


/** The commits of main from `since` on (and touching `paths`, when given), oldest first. */
async function mainCommits(dir: string, since: Date | undefined, paths: string[]): Promise<MainCommit[]> {
  const out = await runGit(dir, ['log', '--first-parent', '--reverse', '--format=%H %cI %P', ...(since ? [`--since=${since.toISOString()}`] : []), 'refs/heads/main', '--', ...paths]);
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [commit, time, parent] = line.split(' ');
      return { commit, time: new Date(time).toISOString(), parent: parent || null };
    });
}

/** The commits of main from `since` on, their events. */
export async function registryLog(options: LogOptions): Promise<LogResult> {
  const { dir, main } = await syncHistory(options.location, options.env);
  const namespace = options.module ? options.module.slice(1, options.module.indexOf('/')) : options.namespace;
  const moduleName = options.module ? options.module.slice(options.module.indexOf('/') + 1) : undefined;
  // i18n-exempt: git pathspecs.
  const paths = namespace ? [`targets/${namespace}`, `:(glob)metadata/*.${namespace}.json`, `:(glob)metadata/*.${namespace}.*.json`, ':(glob)metadata/*.targets.json'] : [];
  const commits = await mainCommits(dir, options.since, paths);
  const classified = await changesOf(dir, commits, namespace, moduleName);

  // The commits whose metadata is read: those with something to report, and their parents, which they are compared with.
  const reported = commits.filter(({ commit }) => {
    const found = classified.get(commit)!;
    return found.roots.length > 0 || found.targets || found.indexes.length > 0 || found.roles.size > 0;
  });
  const parents = reported.filter((c) => c.parent).map((c) => c.parent!);
  const folders = await listFolders(dir, [...new Set([...reported.map((c) => c.commit), ...parents, main])]);

  // Every metadata file those checks read, fetched together, then read together.
  const wanted = new Set<string>();
  // A namespace's roles: its own and its module roles, whose targets are its files too.
  const wantMetadata = (files: Map<string, string>, namespaces: Iterable<string>) => {
    const wantedNamespaces = new Set(namespaces);
    for (const [name, oid] of files) {
      const parsed = parseMetadataFileName(name);
      if (name === 'timestamp.json' || (parsed && (['root', 'snapshot', 'targets'].includes(parsed.role) || wantedNamespaces.has(namespaceOfRole(parsed.role))))) wanted.add(oid);
    }
  };
  for (const { commit, parent } of reported) {
    const found = classified.get(commit)!;
    const namespaces = [...found.roles.keys(), ...found.links.keys(), ...found.indexes.map((i) => i.namespace)];
    wantMetadata(folders.metadata.get(commit)!, namespaces);
    if (parent) wantMetadata(folders.metadata.get(parent)!, namespaces);
    const registryJson = folders.top.get(commit)!.get('registry.json');
    if (registryJson) wanted.add(registryJson);
  }
  const rootOne = folders.metadata.get(main)!.get('1.root.json');
  if (rootOne) wanted.add(rootOne);
  const blobs: Blobs = new Map();
  await readBlobs(dir, blobs, [...folders.metadata.keys()].map((c) => `${c}:metadata`), wanted);

  const anchorBytes = rootOne ? blobs.get(rootOne) : undefined;
  const anchor = options.location.pinnedRootSha256 ?? (anchorBytes ? createHash('sha256').update(anchorBytes).digest('hex') : null);
  const docs = new Documents(blobs, anchor);
  await resolveIndexes(dir, docs, reported, classified, folders, namespace, moduleName);

  const events: LogEvent[] = [];
  for (const { commit, parent, time } of reported) {
    const found = classified.get(commit)!;
    const at = new CommitMetadata(docs, folders.metadata.get(commit)!);
    const base = { time, commit };
    if (!namespace) events.push(...rootEvents(at, found.roots, base));
    if (found.targets && !moduleName) {
      const before = parent ? new CommitMetadata(docs, folders.metadata.get(parent) ?? EMPTY).delegations() : null;
      events.push(...targetsEvents(at, before, namespace, base));
    }
    const staged = parseJson<{ mode?: string }>(docs.bytes(folders.top.get(commit)!.get('registry.json')))?.mode === 'staged';
    if (staged && !moduleName) {
      for (const [ns, modules] of [...found.roles].sort(([a], [b]) => (a < b ? -1 : 1))) {
        if ((namespace && ns !== namespace) || !found.links.has(ns)) continue;
        // The proposal's id and version are its namespace role's; the module roles it signed come with it.
        const role = at.role(ns);
        const roleBytes = docs.bytes(at.files.get(role.file));
        const proposal = role.role && roleBytes ? `v${role.role.signed.version}-${createHash('sha256').update(roleBytes).digest('hex').slice(0, 16)}` : null;
        const details = { roleVersion: role.role?.signed.version ?? null, proposal, moduleRoles: [...modules].sort() };
        events.push(withVerdict({ ...base, kind: 'proposal-accepted', namespace: ns, keyIds: role.keyIds, details }, role.problem));
      }
    }
    for (const index of found.indexes) events.push(...indexEvents(at, docs, index, base));
  }
  const refusals = moduleName ? [] : await refusalEvents(dir, docs, namespace, options.since);
  return { events: mergeByTime(events, refusals), commits: commits.length };
}

/** What each commit changed: its own diff, and the diff of each namespace whose link it moved (one diff-tree for all). */
async function changesOf(dir: string, commits: MainCommit[], namespace: string | undefined, moduleName: string | undefined): Promise<Map<string, CommitChanges>> {
  const changes = await diffTrees(dir, commits.map((c) => c.commit));
  const classified = new Map(commits.map((c) => [c.commit, classify(changes.get(c.commit) ?? [], c.commit)]));
  const linkDiffs: Array<{ commit: string; namespace: string; before: string; after: string }> = [];
  for (const { commit } of commits) {
    for (const [ns, link] of classified.get(commit)!.links) {
      if ((namespace && ns !== namespace) || !link.after) continue;
      linkDiffs.push({ commit, namespace: ns, ...link });
    }
  }
  const lines = linkDiffs.filter((d) => d.before).map((d) => `${d.after} ${d.before}`);
  const namespaceChanges = await diffTrees(dir, [...new Set(lines)]);
  for (const { commit, namespace: ns, before, after } of linkDiffs) {
    // A namespace new in this commit: every index file it holds is new.
    const listed = before ? (namespaceChanges.get(`${after} ${before}`) ?? []) : await listFiles(dir, after);
    for (const change of listed) {
      const match = INDEX_FILE.exec(change.path);
      if (match && change.newOid) addIndexChange(classified.get(commit)!.indexes, ns, match[1], change, `${after}:${match[1]}`);
    }
  }
  for (const found of classified.values()) {
    found.indexes = found.indexes.filter((i) => (!namespace || i.namespace === namespace) && (!moduleName || i.module === moduleName));
  }
  return classified;
}

async function listFiles(dir: string, commit: string): Promise<RawChange[]> {
  const listed = await runGit(dir, ['ls-tree', '-r', '-z', commit]);
  return listed
    .split('\0')
    .filter(Boolean)
    .map((entry) => {
      const [meta, path] = entry.split('\t');
      return { oldMode: '', newMode: meta.split(' ')[0], oldOid: '', newOid: meta.split(' ')[2], status: 'A', path };
    });
}

/** Reads `wanted` into `blobs`: in a partial clone, those missing are fetched first, together (`folders` hold them). */
async function readBlobs(dir: string, blobs: Blobs, folders: string[], wanted: Set<string>): Promise<void> {
  const absent = new Set([...wanted].filter((oid) => !blobs.has(oid)));
  if (absent.size === 0) return;
  // A failed fetch is not the end: each read then fetches what it lacks by itself.
  await fetchMissingBlobs(dir, folders, absent).catch(() => undefined);
  for (const [oid, found] of await readObjects(dir, [...absent])) if (found?.type === 'blob') blobs.set(oid, found.bytes);
}

/**
 * The module indexes each commit changed, before and after: those whose
 * sha256 the namespace role changed between the parent commit and this one
 * (old index files stay in the namespace's tree, and an index equal to an
 * earlier one is not even a new file), and those added in git whatever the
 * role says (a change nobody signed). The files are found by the sha256 in
 * their names in the module's folder at each commit, and read together.
 */
async function resolveIndexes(dir: string, docs: Documents, reported: MainCommit[], classified: Map<string, CommitChanges>, folders: Folders, namespace: string | undefined, moduleName: string | undefined): Promise<void> {
  const pending: Array<{ index: IndexChange; side: 'before' | 'after'; folder: string; name: string }> = [];
  for (const { commit, parent } of reported) {
    const found = classified.get(commit)!;
    const namespaces = new Set([...found.roles.keys(), ...found.links.keys(), ...found.indexes.map((i) => i.namespace)]);
    for (const ns of namespaces) {
      if (namespace && ns !== namespace) continue;
      const now = signedIndexes(docs, folders.metadata.get(commit)!, ns);
      const before = parent ? signedIndexes(docs, folders.metadata.get(parent)!, ns) : new Map<string, string>();
      for (const [module, sha] of now) {
        if (before.get(module) === sha || (moduleName && module !== moduleName)) continue;
        if (!found.indexes.some((i) => i.namespace === ns && i.module === module)) found.indexes.push({ namespace: ns, module, before: '', after: '', folder: '' });
      }
      for (const index of found.indexes.filter((i) => i.namespace === ns)) {
        const at = folders.namespaces.get(commit)?.get(ns);
        const was = parent ? folders.namespaces.get(parent)?.get(ns) : undefined;
        const sha = now.get(index.module);
        const previous = before.get(index.module);
        if (!index.after && at && sha) pending.push({ index, side: 'after', folder: `${at}${index.module}`, name: `${sha}.index.json` });
        if (!index.before && was && previous) pending.push({ index, side: 'before', folder: `${was}${index.module}`, name: `${previous}.index.json` });
      }
    }
  }
  const trees = pending.length > 0 ? await readObjects(dir, pending.map((p) => p.folder)) : new Map();
  const wanted = new Set<string>();
  for (const { index, side, folder, name } of pending) {
    const tree = trees.get(folder);
    const entry = tree?.type === 'tree' ? parseTree(tree.bytes, (reported[0]?.commit.length ?? 40) / 2).find((e) => e.name === name) : undefined;
    if (entry) index[side] = entry.oid;
  }
  const indexFolders: string[] = pending.map((p) => p.folder);
  for (const { commit } of reported) {
    const found = classified.get(commit)!;
    found.indexes = found.indexes.filter((i) => i.after && (!namespace || i.namespace === namespace) && (!moduleName || i.module === moduleName));
    for (const index of found.indexes) {
      for (const oid of [index.before, index.after]) if (oid) wanted.add(oid);
      if (index.folder) indexFolders.push(index.folder);
    }
  }
  const blobs = new Map<string, Buffer>();
  await readBlobs(dir, blobs, indexFolders, wanted);
  for (const [oid, bytes] of blobs) docs.add(oid, bytes);
}

/** The sha256 a commit's signed targets of the namespace (namespace role and module roles, as stored, unverified) give each of its module indexes, by module. */
function signedIndexes(docs: Documents, files: Map<string, string>, namespace: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [path, target] of Object.entries(signedTargets(docs, files, namespace))) {
    const parts = path.split('/');
    if (parts.length === 3 && parts[0] === namespace && parts[2] === 'index.json' && target.hashes.sha256) found.set(parts[1], target.hashes.sha256);
  }
  return found;
}

/** Refused proposals, from the refused/ branches: the reason is the refusal commit's message, the proposal's role is checked against main at that time. */
async function refusalEvents(dir: string, docs: Documents, namespace: string | undefined, since: Date | undefined): Promise<LogEvent[]> {
  const out = await runGit(dir, ['for-each-ref', '--format=%(objectname) %(committerdate:iso-strict) %(refname)', 'refs/heads/refused/']);
  const refusals = out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [commit, time, ref] = line.split(' ');
      const match = /^refs\/heads\/refused\/([a-z0-9-]+)\/(v(\d+)-[0-9a-f]+)$/.exec(ref);
      return { commit, time: new Date(time).toISOString(), namespace: match?.[1] ?? '', proposal: match?.[2] ?? ref, version: Number(match?.[3] ?? 0) };
    })
    .filter((r) => r.namespace && (!namespace || r.namespace === namespace) && (!since || Date.parse(r.time) >= since.getTime()));
  const events: LogEvent[] = [];
  for (const refusal of refusals) {
    const subject = (await runGit(dir, ['log', '-1', '--format=%s', refusal.commit])).trim();
    // eslint-disable-next-line no-control-regex
    const reason = subject.replace(/^refused: /, '').replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '').slice(0, 300);
    const mainThen = (await runGit(dir, ['rev-list', '-1', '--first-parent', `--before=${refusal.time}`, 'refs/heads/main'])).trim();
    const file = `${refusal.version}.${refusal.namespace}.json`;
    const [roleOid, folders] = await Promise.all([
      runGit(dir, ['rev-parse', '--verify', '-q', `${refusal.commit}^:metadata/${file}`]).then((o) => o.trim(), () => ''),
      mainThen ? listFolders(dir, [mainThen]) : Promise.resolve(null),
    ]);
    const files = new Map(folders?.metadata.get(mainThen) ?? EMPTY);
    await addBlobs(dir, docs, [roleOid, ...files.values()].filter(Boolean));
    const at = new CommitMetadata(docs, files);
    const checked = checkProposal(at, refusal.namespace, file, docs, roleOid);
    events.push(withVerdict({ time: refusal.time, kind: 'proposal-refused', namespace: refusal.namespace, keyIds: checked.keyIds, commit: refusal.commit, details: { proposal: refusal.proposal, roleVersion: refusal.version, refusal: reason } }, checked.problem));
  }
  return events;
}

/** A proposed namespace role checked against the delegation of the targets role of main at the time. */
function checkProposal(at: CommitMetadata, namespace: string, file: string, docs: Documents, roleOid: string): { keyIds: string[]; problem: string | null } {
  const top = at.top();
  const role = docs.parse<Targets>(MetadataKind.Targets, roleOid || undefined);
  if (role instanceof Error) return { keyIds: [], problem: t('log.reason.unreadable', { file, detail: role.message }) };
  const delegation = top.targets?.signed.delegations?.roles?.[namespace];
  if (!top.targets || !delegation) return { keyIds: claimedSigners(role), problem: top.problem ?? t('log.reason.notDelegated', { namespace }) };
  const signers = validSigners(role, delegation.keyIDs, top.targets.signed.delegations?.keys ?? {});
  if (!verifies(() => top.targets!.verifyDelegate(namespace, role))) {
    return { keyIds: claimedSigners(role), problem: t('log.reason.roleThreshold', { file, count: signers.length, threshold: delegation.threshold, namespace }) };
  }
  return { keyIds: signers, problem: top.problem };
}

async function addBlobs(dir: string, docs: Documents, oids: string[]): Promise<void> {
  const missing = oids.filter((oid) => !docs.bytes(oid));
  if (missing.length === 0) return;
  const read = await readObjects(dir, missing);
  for (const [oid, found] of read) if (found?.type === 'blob') docs.add(oid, found.bytes);
}

/**
 * Oldest first: the events of main in the order of its history (a commit
 * dated earlier than its parent, by a skewed clock, stays where history puts
 * it), and each refusal, which sits on a branch of its own, before the first
 * event of main dated after it.
 */
function mergeByTime(history: LogEvent[], refusals: LogEvent[]): LogEvent[] {
  const merged: LogEvent[] = [];
  const pending = [...refusals].sort((a, b) => a.time.localeCompare(b.time));
  for (const event of history) {
    while (pending.length > 0 && pending[0].time < event.time) merged.push(pending.shift()!);
    merged.push(event);
  }
  return [...merged, ...pending];
}
