// Each namespace's files live on a branch of their own (docs/REGISTRY.md,
// "Layout"): main holds registry.json, metadata/ and targets/, where
// targets/<namespace> is a gitlink to the newest commit of branch
// targets/<namespace>, whose tree is that namespace's module folders.
//
// Why: a git server checks every push by walking the whole tree of each
// commit the push builds on (receive-pack's connectivity check). With every
// tarball in main's tree that walk grew with the registry, about 140 ms per
// publish into 100,000 versions, more than the rest of the publish; git does
// not follow gitlinks, so now it walks main's few hundred entries and the one
// namespace's files. A registry written in the earlier layout, where
// targets/<namespace> is a folder of main, is read the same way, and each
// namespace moves to its branch the first time it is published to.
//
// Writing: the publishing clone checks out main (metadata only, sparse) and,
// under targets/<namespace>/, the module folders a change touches, from the
// namespace's tree through an index file of its own. Committing makes a new
// commit on each namespace whose files changed, then main's commit with the
// new gitlinks, and pushes them together (--atomic), so a reader never sees
// main name a namespace commit the server does not have.
import { existsSync, promises as fs } from 'node:fs';
import { join } from 'node:path';
import { GotongError, bug } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { FETCHED_MAIN, pushRefs, runGit, type GitIdentity, type PushOutcome } from './git.js';
import { TARGETS_DIR } from '../core/registry-folders.js';
import { describeUnsafe, refuseUnsafe, unsafeInTree } from './tree-check.js';

export const GITLINK = '160000';
const FOLDER = '040000';
const FETCHED_NAMESPACES = 'refs/remotes/origin/targets/';
const NAMESPACE_BRANCHES = 'refs/heads/targets/';
/** Fetches every namespace branch to where a clone keeps it. */
export const NAMESPACE_REFSPEC = `+${NAMESPACE_BRANCHES}*:${FETCHED_NAMESPACES}*`;

export interface TreeEntry {
  mode: string;
  type: string;
  oid: string;
  name: string;
}

/** Entries of a tree in git's binary format: `<mode> <name>\0<oid bytes>` after one another. */
export function parseTree(bytes: Buffer, oidBytes: number): TreeEntry[] {
  const entries: TreeEntry[] = [];
  let at = 0;
  while (at < bytes.length) {
    const space = bytes.indexOf(0x20, at);
    const nul = bytes.indexOf(0, space + 1);
    // i18n-exempt: an internal error; the caller (source.ts) reports a damaged tree in its own words.
    if (space === -1 || nul === -1 || nul + 1 + oidBytes > bytes.length) throw new Error('truncated git tree');
    const mode = bytes.toString('latin1', at, space).padStart(6, '0');
    const oid = bytes.toString('hex', nul + 1, nul + 1 + oidBytes);
    entries.push({ mode, type: mode === GITLINK ? 'commit' : mode === FOLDER ? 'tree' : 'blob', oid, name: bytes.toString('utf8', space + 1, nul) });
    at = nul + 1 + oidBytes;
  }
  return entries;
}

/** The namespace commits a main commit links, by namespace, from its targets folder's entries. */
export function namespaceLinks(targets: TreeEntry[]): Map<string, string> {
  return new Map(targets.filter((e) => e.mode === GITLINK).map((e) => [e.name, e.oid]));
}

async function listTree(dir: string, treeish: string): Promise<TreeEntry[]> {
  const out = await runGit(dir, ['ls-tree', '-z', treeish]).catch(() => '');
  return out
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      const [mode, type, oid] = line.slice(0, tab).split(' ');
      return { mode, type, oid, name: line.slice(tab + 1) };
    });
}

async function makeTree(dir: string, entries: TreeEntry[]): Promise<string> {
  const input = entries.map((e) => `${e.mode} ${e.type} ${e.oid}\t${e.name}\0`).join('');
  // --missing: in a partial clone the entries' files may not be here, and need not be: they are only named.
  return (await runGit(dir, ['mktree', '-z', '--missing'], { input })).trim();
}

function withEntry(entries: TreeEntry[], entry: TreeEntry): TreeEntry[] {
  return [...entries.filter((e) => e.name !== entry.name), entry];
}

/** One namespace checked out for a change: its files under targets/<name>/, its own index. */
interface PreparedNamespace {
  name: string;
  /** Its entry in main's targets folder before the change (a gitlink, or a folder in the earlier layout), or null. */
  before: TreeEntry | null;
  /** The tree of its files before the change, or null for a new namespace. */
  treeBefore: string | null;
  index: string;
  /** Module folders checked out ('.' for all of them). */
  folders: string[];
  /** Those of them that existed before the change. */
  present: string[];
}

export interface PreparedChange {
  dir: string;
  /** The fetched main commit the change builds on; null in a registry without one. */
  base: string | null;
  targets: TreeEntry[];
  namespaces: Map<string, PreparedNamespace>;
}

export interface RegistryCommit {
  /** main's new commit, or null when only other refs change. */
  main: string | null;
  /** Namespace commits to push with main; `expected` is the branch's fetched commit ('' for none). */
  namespaces: Array<{ name: string; commit: string; expected: string }>;
  /** Other branches moved in the same push (a staged registry's proposals). */
  refs?: RefUpdate[];
}

/** A ref moved with a registry change: `commit` null deletes it; `expected` '' means it must not exist yet. */
export interface RefUpdate {
  ref: string;
  commit: string | null;
  expected: string;
}

/** What a change sets besides the files it wrote: namespaces linked to commits made elsewhere (accepted proposals), and other refs. */
export interface ChangeRefs {
  links?: Map<string, string>;
  refs?: RefUpdate[];
  /**
   * Namespaces that get a commit even when their files are unchanged: a
   * staged proposal is a child of its namespace's commit, and undoing a
   * yank signs an index file the namespace already holds.
   */
  commitUnchanged?: Set<string>;
}

/** The folder of the index files through which namespaces' files are checked out and committed. */
function indexFolder(dir: string): string {
  return join(dir, '.git', 'gotong-namespaces');
}

function indexFile(dir: string, namespace: string): string {
  return join(indexFolder(dir), `${namespace}.index`);
}

function work(dir: string, namespace: string): string {
  return join(dir, TARGETS_DIR, namespace);
}

/** git arguments that act on one namespace's files and index instead of main's. */
function inNamespace(dir: string, namespace: PreparedNamespace, args: string[]): Promise<string> {
  return runGit(dir, ['-c', 'core.sparseCheckout=false', `--work-tree=${work(dir, namespace.name)}`, ...args], { vars: { GIT_INDEX_FILE: namespace.index } });
}

/**
 * Checks out, under targets/, the folders a change reads or writes
 * (`targets/<namespace>/<module>`), from the namespace's own commit, after
 * main is checked out at the fetched commit (`fetched`, when the caller
 * knows it), or from the commit `buildOn` names for the namespace.
 * Everything under targets/ that an earlier attempt left is removed first.
 */
export async function prepareRegistryChange(dir: string, folders: string[], fetched?: string, buildOn: Map<string, string> = new Map()): Promise<PreparedChange> {
  const base = fetched ?? ((await runGit(dir, ['rev-parse', '--verify', '-q', `${FETCHED_MAIN}^{commit}`]).catch(() => '')).trim() || null);
  let targets = base ? await listTree(dir, `${base}:${TARGETS_DIR}`) : [];
  // A staged registry's pending proposals of a namespace: the change builds on the newest of them.
  for (const [name, commit] of buildOn) targets = withEntry(targets, { mode: GITLINK, type: 'commit', oid: commit, name });
  await fs.rm(join(dir, TARGETS_DIR), { recursive: true, force: true });
  await fs.rm(indexFolder(dir), { recursive: true, force: true });
  await fs.mkdir(indexFolder(dir), { recursive: true });
  const wanted = new Map<string, string[]>();
  for (const folder of folders) {
    const [top, namespace, ...rest] = folder.split('/');
    if (top !== TARGETS_DIR || !namespace || rest.length !== 1) bug(`not a module folder: ${folder}`);
    wanted.set(namespace, [...(wanted.get(namespace) ?? []), rest[0]]);
  }
  const change: PreparedChange = { dir, base, targets, namespaces: new Map() };
  for (const [name, modules] of wanted) change.namespaces.set(name, await checkOutNamespace(dir, targets, name, modules));
  return change;
}

async function treeOf(dir: string, entry: TreeEntry, namespace: string): Promise<string> {
  try {
    return (await runGit(dir, ['rev-parse', '--verify', `${entry.oid}^{tree}`])).trim();
  } catch {
    throw new GotongError('GOTONG_E_REGISTRY_INVALID', t('registry.namespaces.missingCommit', { namespace, commit: entry.oid.slice(0, 12) }), {
      hint: t('registry.namespaces.missingCommit.hint'),
    });
  }
}

async function checkOutNamespace(dir: string, targets: TreeEntry[], name: string, modules: string[]): Promise<PreparedNamespace> {
  const before = targets.find((e) => e.name === name && e.type !== 'blob') ?? null;
  const treeBefore = before ? await treeOf(dir, before, name) : null;
  const present = treeBefore ? (await runGit(dir, ['ls-tree', '-z', '--name-only', treeBefore, '--', ...modules])).split('\0').filter(Boolean) : [];
  const namespace: PreparedNamespace = { name, before, treeBefore, index: indexFile(dir, name), folders: modules, present };
  await fs.mkdir(work(dir, name), { recursive: true });
  if (treeBefore) await inNamespace(dir, namespace, ['read-tree', treeBefore]);
  if (present.length > 0) {
    // The writer writes into these folders next; tree-check.ts says why no link may be there.
    refuseUnsafe(await unsafeInTree(dir, treeBefore!, { paths: present, prefix: `${TARGETS_DIR}/${name}/` }));
    await inNamespace(dir, namespace, ['checkout', treeBefore!, '--', ...present]);
  }
  return namespace;
}

/**
 * Commits what the change wrote: a commit on each namespace whose files
 * changed (its parent the namespace's commit before, so each branch keeps
 * its history), then main's commit (metadata, registry.json, and targets/
 * with the new gitlinks), parent `base`. A namespace folder written under
 * targets/ without being checked out must be a new namespace.
 */
export async function commitRegistryChange(change: PreparedChange, message: string, identity: GitIdentity, set: ChangeRefs = {}): Promise<RegistryCommit> {
  const { dir } = change;
  const author = { GIT_AUTHOR_NAME: identity.name, GIT_AUTHOR_EMAIL: identity.email, GIT_COMMITTER_NAME: identity.name, GIT_COMMITTER_EMAIL: identity.email };
  const written = await fs.readdir(join(dir, TARGETS_DIR), { withFileTypes: true }).catch(() => []);
  for (const name of written.filter((e) => e.isDirectory()).map((e) => e.name)) {
    if (change.namespaces.has(name)) continue;
    if (change.targets.some((e) => e.name === name)) bug(`the change wrote into namespace ${name}, which was not checked out`);
    change.namespaces.set(name, { name, before: null, treeBefore: null, index: indexFile(dir, name), folders: ['.'], present: [] });
  }
  const fetched = await fetchedNamespaceBranches(dir);
  const commits: RegistryCommit['namespaces'] = [];
  let targets = change.targets;
  for (const namespace of change.namespaces.values()) {
    // A folder neither there before nor written is left out: git refuses a pathspec that matches nothing.
    const touched = namespace.folders.filter((f) => namespace.present.includes(f) || existsSync(join(work(dir, namespace.name), f)));
    if (touched.length > 0) await inNamespace(dir, namespace, ['add', '--all', '--', ...touched]);
    const tree = (await inNamespace(dir, namespace, ['write-tree'])).trim();
    if (tree === namespace.treeBefore && !set.commitUnchanged?.has(namespace.name)) continue;
    const parent = namespace.before?.type === 'commit' ? ['-p', namespace.before.oid] : [];
    const commit = (await runGit(dir, ['commit-tree', tree, ...parent, '-m', message], { vars: author })).trim();
    commits.push({ name: namespace.name, commit, expected: fetched.get(namespace.name) ?? '' });
    targets = withEntry(targets, { mode: GITLINK, type: 'commit', oid: commit, name: namespace.name });
  }
  for (const [name, commit] of set.links ?? []) {
    if (change.namespaces.has(name)) bug(`namespace ${name} both written and linked`);
    commits.push({ name, commit, expected: fetched.get(name) ?? '' });
    targets = withEntry(targets, { mode: GITLINK, type: 'commit', oid: commit, name });
  }
  await runGit(dir, ['add', '--all', '--', '.', `:(exclude)${TARGETS_DIR}`]);
  const mainTree = (await runGit(dir, ['write-tree'])).trim();
  const root = withEntry(await listTree(dir, mainTree), { mode: FOLDER, type: 'tree', oid: await makeTree(dir, targets), name: TARGETS_DIR });
  const main = (await runGit(dir, ['commit-tree', await makeTree(dir, root), ...(change.base ? ['-p', change.base] : []), '-m', message], { vars: author })).trim();
  return { main, namespaces: commits, refs: set.refs };
}

/**
 * The namespaces whose link in `commit` is not on the namespace's fetched
 * branch (its newest commit or one before it). git keeps a commit only while
 * a branch reaches it, and gitlinks do not count: a git host's housekeeping
 * may delete such a commit, and with it every file of the namespace.
 */
export async function linksOffTheirBranches(dir: string, commit: string): Promise<Array<{ namespace: string; link: string }>> {
  const branches = await fetchedNamespaceBranches(dir);
  const off: Array<{ namespace: string; link: string }> = [];
  for (const entry of (await listTree(dir, `${commit}:${TARGETS_DIR}`)).filter((e) => e.mode === GITLINK)) {
    const tip = branches.get(entry.name);
    if (tip === entry.oid) continue;
    const held = tip !== undefined && (await runGit(dir, ['merge-base', '--is-ancestor', entry.oid, tip]).then(() => true, () => false));
    if (!held) off.push({ namespace: entry.name, link: entry.oid });
  }
  return off;
}

/**
 * What `registry verify` finds wrong with a git registry's commit beyond its
 * signed content: namespace links that no branch holds (above), and links
 * anywhere in main or in a namespace's files (tree-check.ts).
 */
export async function gitLayoutProblems(dir: string, commit: string): Promise<Array<{ where: string; message: string }>> {
  const problems = (await linksOffTheirBranches(dir, commit)).map(({ namespace, link }) => ({
    where: `${TARGETS_DIR}/${namespace}`,
    message: t('registry.namespaces.linkOffBranch', { commit: link.slice(0, 12), namespace }),
  }));
  const unsafe = await unsafeInTree(dir, commit, { namespaceLinks: true });
  for (const entry of (await listTree(dir, `${commit}:${TARGETS_DIR}`)).filter((e) => e.mode === GITLINK)) {
    const held = await runGit(dir, ['cat-file', '-e', `${entry.oid}^{commit}`]).then(() => true, () => false);
    if (held) unsafe.push(...(await unsafeInTree(dir, entry.oid, { prefix: `${TARGETS_DIR}/${entry.name}/` })));
  }
  return [...problems, ...unsafe.map((entry) => ({ where: entry.path, message: describeUnsafe(entry) }))];
}

/** The entries of `commit`'s targets folder by namespace: a gitlink to the namespace's commit (or, in the older layout, a folder). */
export async function namespaceEntries(dir: string, commit = FETCHED_MAIN): Promise<Map<string, TreeEntry>> {
  return new Map((await listTree(dir, `${commit}:${TARGETS_DIR}`)).filter((e) => e.type !== 'blob').map((e) => [e.name, e]));
}

/** Namespace commits that the fetched main links and that this clone does not have. */
export async function missingNamespaceCommits(dir: string): Promise<string[]> {
  const links = (await listTree(dir, `${FETCHED_MAIN}:${TARGETS_DIR}`)).filter((e) => e.mode === GITLINK).map((e) => e.oid);
  if (links.length === 0) return [];
  const out = await runGit(dir, ['cat-file', '--batch-check'], { input: `${links.join('\n')}\n` });
  return out
    .split('\n')
    .filter((line) => line.endsWith(' missing'))
    .map((line) => line.split(' ')[0]);
}

async function fetchedNamespaceBranches(dir: string): Promise<Map<string, string>> {
  const out = await runGit(dir, ['for-each-ref', '--format=%(objectname) %(refname)', FETCHED_NAMESPACES]);
  const branches = new Map<string, string>();
  for (const line of out.split('\n').filter(Boolean)) {
    const [oid, ref] = line.split(' ');
    branches.set(ref.slice(FETCHED_NAMESPACES.length), oid);
  }
  return branches;
}

/**
 * The push of a change: main as a fast-forward, each namespace branch
 * only if it still is where this clone fetched it, all or nothing. Without
 * reachability bitmaps: a clone of a registry on a local path shares the
 * registry's packs and their bitmap, and with one git counted the objects
 * of every namespace branch the server has to find the few a publish sends
 * (about 150 ms into 550 namespaces, against 5 ms without).
 */
export function pushArguments(change: RegistryCommit): string[] {
  const others = change.refs ?? [];
  const leases = [
    ...change.namespaces.map((n) => `--force-with-lease=${NAMESPACE_BRANCHES}${n.name}:${n.expected}`),
    ...others.map((r) => `--force-with-lease=${r.ref}:${r.expected}`),
  ];
  const refs = [
    ...(change.main ? [`${change.main}:refs/heads/main`] : []),
    ...change.namespaces.map((n) => `${n.commit}:${NAMESPACE_BRANCHES}${n.name}`),
    ...others.map((r) => `${r.commit ?? ''}:${r.ref}`),
  ];
  if (refs.length === 0) bug('a push of nothing');
  return ['-c', 'pack.useBitmaps=false', 'push', '--quiet', '--no-verify', ...(refs.length > 1 ? ['--atomic'] : []), ...leases, 'origin', ...refs];
}

/** Pushes a registry change: main and the namespace branches it links, together. */
export function pushRegistryChange(dir: string, url: string, change: RegistryCommit): Promise<PushOutcome> {
  return pushRefs(dir, url, pushArguments(change));
}

/**
 * The tree of `commit` as readers see it (REGISTRY.md, "Layout"): main's
 * tree with every namespace gitlink under targets/ replaced by the tree of
 * the namespace commit it links. Made in the object store; nothing is
 * checked out.
 */
export async function readerTree(dir: string, commit: string): Promise<{ main: string; tree: string }> {
  const main = (await runGit(dir, ['rev-parse', '--verify', `${commit}^{commit}`])).trim();
  const targets = await listTree(dir, `${main}:${TARGETS_DIR}`);
  const links = targets.filter((e) => e.mode === GITLINK);
  const trees = links.length > 0 ? (await runGit(dir, ['rev-parse', ...links.map((e) => `${e.oid}^{tree}`)])).trim().split('\n') : [];
  const flat = targets.map((e) => (e.mode === GITLINK ? { mode: FOLDER, type: 'tree', oid: trees[links.indexOf(e)], name: e.name } : e));
  const root = withEntry(await listTree(dir, main), { mode: FOLDER, type: 'tree', oid: await makeTree(dir, flat), name: TARGETS_DIR });
  return { main, tree: await makeTree(dir, root) };
}

/**
 * Checks out every file of `commit` (the fetched main unless given), each
 * namespace's files in its folder under targets/, as readers see them
 * (readerTree). Test tools use it to tamper with a registry as an attacker
 * would; gotong itself never checks out a whole registry.
 */
export async function checkOutEverything(dir: string, commit = FETCHED_MAIN): Promise<void> {
  const { main, tree } = await readerTree(dir, commit);
  await runGit(dir, ['reset', '--quiet', '--soft', main]);
  await runGit(dir, ['read-tree', '-u', '--reset', tree]);
  await runGit(dir, ['clean', '-fdxq']);
}

