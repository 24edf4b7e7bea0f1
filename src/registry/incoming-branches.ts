// Proposals of a staged registry (docs/REGISTRY.md, "Staged publishing")
// wait on branches `incoming/<namespace>/<id>`; refused ones are kept on
// `refused/<namespace>/<id>` with the reason. A proposal is one commit whose
// only parent is the namespace's new commit and whose tree holds only the
// roles the change signed: the namespace role, `metadata/<V>.<namespace>.json`,
// and the module roles it re-signs, `metadata/<V>.<namespace>.<folder>.json`.
// This file moves those commits in and out of git and reads them as hostile:
// any member can push any such branch. What the roles say is checked above
// (trust/proposal-review.ts).
import { bug } from '../core/errors.js';
import { gitFailure, readBlobBytes, runGit, type GitIdentity } from './git.js';
import { METADATA_DIR, TARGETS_DIR } from '../core/registry-folders.js';

export const INCOMING = 'incoming/';
export const REFUSED = 'refused/';
const FETCHED = 'refs/remotes/origin/';
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
/** A role grows with its versions; a registry's largest is a few MB. */
const MAX_ROLE_BYTES = 64 * 1024 * 1024;
/**
 * A change re-signs the module roles it touches and those due for renewal;
 * the first change of a namespace written before module roles signs one for
 * each of its modules. No city has this many.
 */
const MAX_MODULE_ROLES = 4096;
/** All the roles of one proposal together. */
const MAX_PROPOSAL_BYTES = 256 * 1024 * 1024;
/** A publish adds two files (tarball, index), a yank one: a proposal adding more was not written by gotong. */
const MAX_ADDED_FILES = 16;
/** No module tarball is larger (the install's own limit is lower). */
const MAX_ADDED_BYTES = 1024 * 1024 * 1024;
/** What is shown of a message written by whoever pushed a branch. */
const MAX_SHOWN = 300;

export interface ProposalBranch {
  /** `incoming/…` or `refused/…`. */
  branch: string;
  /** The part after the prefix and before the id; not yet checked against anything. */
  namespace: string;
  id: string;
  commit: string;
}

/** Every branch ref `prefix` names, fetched into `dir` (deleted ones dropped), as proposals; a name of another form is listed with namespace ''. */
export async function fetchProposalBranches(dir: string, url: string, prefix: typeof INCOMING | typeof REFUSED): Promise<ProposalBranch[]> {
  try {
    // A shallow fetch whose refspec matches nothing fails, so the host is asked first.
    const listed = await runGit(dir, ['ls-remote', '--refs', 'origin', `refs/heads/${prefix}*`]);
    if (listed.trim() === '') {
      const stale = (await runGit(dir, ['for-each-ref', '--format=%(refname)', `${FETCHED}${prefix}`])).split('\n').filter(Boolean);
      if (stale.length > 0) await runGit(dir, ['update-ref', '--stdin'], { input: stale.map((ref) => `delete ${ref}\n`).join('') });
      return [];
    }
    // Two deep: the proposal and its namespace commit, whose parent the clone has through main's link.
    await runGit(dir, ['fetch', '--no-tags', '--prune', '--depth=2', 'origin', `+refs/heads/${prefix}*:${FETCHED}${prefix}*`]);
  } catch (error) {
    throw gitFailure('fetch', url, error);
  }
  const out = await runGit(dir, ['for-each-ref', '--format=%(objectname) %(refname)', `${FETCHED}${prefix}`]);
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [commit, ref] = line.split(' ');
      const branch = ref.slice(FETCHED.length);
      const match = /^[a-z]+\/([a-z0-9-]+)\/([a-z0-9-]+)$/.exec(branch);
      return { branch, namespace: match?.[1] ?? '', id: match?.[2] ?? branch.slice(prefix.length), commit };
    })
    .sort((a, b) => (a.branch < b.branch ? -1 : 1));
}

/**
 * Why a branch is not a proposal gotong wrote: a finding, never an exception.
 * Its message is registry content: `registry accept` writes it as the reason
 * into the refused/ branch's commit (commitRefusal), where every later reader,
 * in whatever language, finds it; so it stays English.
 */
export class MalformedProposal extends Error {}

/** A role file of a proposal: its role as the file name says, its version as the file name says, its bytes. */
export interface ProposedRoleFile {
  role: string;
  version: number;
  bytes: Buffer;
}

export interface ProposalContent {
  /** The namespace's new commit, the proposal's parent. */
  namespaceCommit: string;
  /** Its parents (the namespace commit it builds on, or none). */
  namespaceParents: string[];
  /** The namespace role's version, from its file name: it orders the namespace's chain. */
  roleVersion: number;
  roleBytes: Buffer;
  /** The module roles it signs (`bandung.sipd`), each once, in name order. */
  moduleRoles: ProposedRoleFile[];
}

/**
 * A commit's parents as the commit itself names them. gotong's clones are
 * shallow, where git hides the parents of a boundary commit; the proposal
 * branches are fetched two commits deep, so a namespace commit is such a
 * boundary, and its parents are read from its own text.
 */
async function parentsOf(dir: string, commit: string): Promise<string[]> {
  const header = (await runGit(dir, ['cat-file', 'commit', commit])).split('\n\n')[0];
  return header
    .split('\n')
    .filter((line) => line.startsWith('parent '))
    .map((line) => line.slice('parent '.length));
}

/** `<version>.<role>.json`; whether a role other than the namespace's is one of its module roles, the review says (it must be delegated). */
const ROLE_FILE = new RegExp(`^${METADATA_DIR}/([1-9][0-9]{0,8})\\.([a-z0-9_.-]{1,240})\\.json$`);

/**
 * Reads a proposal commit: one parent, one namespace role and any number of
 * its module roles, each a plain file of bounded size, nothing else.
 * i18n-exempt: what it finds is registry content (MalformedProposal).
 */
export async function readProposal(dir: string, namespace: string, commit: string): Promise<ProposalContent> {
  const parents = await parentsOf(dir, commit);
  if (parents.length !== 1) throw new MalformedProposal(`its commit has ${parents.length} parents, not the one namespace commit`);
  const entries = (await runGit(dir, ['ls-tree', '-r', '-z', '-l', commit])).split('\0').filter(Boolean);
  if (entries.length > 1 + MAX_MODULE_ROLES) throw new MalformedProposal(`it holds ${entries.length} files`);
  const files: Array<ProposedRoleFile & { oid: string }> = [];
  const roles = new Set<string>();
  let total = 0;
  for (const entry of entries) {
    const tab = entry.indexOf('\t');
    const [mode, type, oid, size] = entry.slice(0, tab).split(/ +/);
    const path = entry.slice(tab + 1);
    const match = ROLE_FILE.exec(path);
    const role = match?.[2] ?? '';
    const ours = role === namespace || (role.startsWith(`${namespace}.`) && /^[a-z0-9_-]+$/.test(role.slice(namespace.length + 1)));
    if (!match || !ours) {
      throw new MalformedProposal(`it holds ${JSON.stringify(path.slice(0, 200))}, not metadata/<version>.${namespace}.json or metadata/<version>.${namespace}.<module>.json`);
    }
    if (mode !== '100644' || type !== 'blob') throw new MalformedProposal(`${path} is not a plain file`);
    if (Number(size) > MAX_ROLE_BYTES) throw new MalformedProposal(`${path} has ${size} bytes`);
    if (roles.has(role)) throw new MalformedProposal(`it holds two versions of the ${role} role`);
    roles.add(role);
    total += Number(size);
    files.push({ role, version: Number(match[1]), bytes: Buffer.alloc(0), oid });
  }
  if (total > MAX_PROPOSAL_BYTES) throw new MalformedProposal(`its roles have ${total} bytes together`);
  const own = files.find((f) => f.role === namespace);
  if (!own) throw new MalformedProposal(`it holds no metadata/<version>.${namespace}.json`);
  for (const file of files) file.bytes = await readBlobBytes(dir, file.oid, MAX_ROLE_BYTES);
  const moduleRoles = files.filter((f) => f !== own).sort((a, b) => (a.role < b.role ? -1 : 1)).map(({ role, version, bytes }) => ({ role, version, bytes }));
  return { namespaceCommit: parents[0], namespaceParents: await parentsOf(dir, parents[0]), roleVersion: own.version, roleBytes: own.bytes, moduleRoles };
}

/** The tree a namespace entry of main's targets/ stands for: a linked commit's tree, an older layout's folder, or empty. */
export async function namespaceTree(dir: string, entry: { type: string; oid: string } | null): Promise<string> {
  if (!entry) return EMPTY_TREE;
  if (entry.type === 'tree') return entry.oid;
  return (await runGit(dir, ['rev-parse', '--verify', `${entry.oid}^{tree}`])).trim();
}

/**
 * The files `commit` adds to `before` (both namespace trees), read. Only
 * additions of plain files are a change gotong writes: published files never
 * change or go, so anything else is a finding. i18n-exempt: what it finds
 * is registry content (MalformedProposal).
 */
export async function addedFiles(dir: string, before: string, commit: string): Promise<Map<string, Buffer>> {
  const out = await runGit(dir, ['diff-tree', '-r', '-z', '--no-renames', '--raw', before, commit]);
  const fields = out.split('\0');
  const added: Array<{ path: string; oid: string }> = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const [oldMode, newMode, , newOid, status] = fields[i].replace(/^:/, '').split(' ');
    const path = fields[i + 1];
    const shown = JSON.stringify(path.slice(0, 200));
    if (status !== 'A') throw new MalformedProposal(status === 'D' ? `it deletes ${shown}` : `it changes ${shown}, which was already published`);
    if (oldMode !== '000000' || newMode !== '100644') throw new MalformedProposal(`it adds ${shown}, which is not a plain file`);
    added.push({ path, oid: newOid });
  }
  if (added.length > MAX_ADDED_FILES) throw new MalformedProposal(`it adds ${added.length} files`);
  const files = new Map<string, Buffer>();
  for (const { path, oid } of added) {
    const size = Number((await runGit(dir, ['cat-file', '-s', oid])).trim());
    if (size > MAX_ADDED_BYTES) throw new MalformedProposal(`it adds ${JSON.stringify(path)} of ${size} bytes`);
    files.set(path, await readBlobBytes(dir, oid, MAX_ADDED_BYTES));
  }
  return files;
}

/** The proposal commit: parent the namespace's new commit, tree the role files alone. Nothing is checked out. */
export async function commitProposal(dir: string, namespaceCommit: string, roles: Array<{ path: string; bytes: Buffer }>, message: string, identity: GitIdentity): Promise<string> {
  let listing = '';
  for (const { path, bytes } of roles) {
    const name = path.startsWith(`${METADATA_DIR}/`) ? path.slice(METADATA_DIR.length + 1) : bug(`a role outside ${METADATA_DIR}/: ${path}`);
    const oid = (await runGit(dir, ['hash-object', '-w', '--stdin'], { input: bytes.toString('utf8') })).trim();
    listing += `100644 blob ${oid}\t${name}\0`;
  }
  // mktree sorts the entries itself.
  const folder = (await runGit(dir, ['mktree', '-z'], { input: listing })).trim();
  const tree = (await runGit(dir, ['mktree', '-z'], { input: `040000 tree ${folder}\t${METADATA_DIR}\0` })).trim();
  return commitTree(dir, tree, [namespaceCommit], message, identity);
}

/**
 * Whether the host's `branch` holds the same change as `commit`: the same
 * role files and the same namespace files. A proposal's id hashes its
 * namespace role alone, which names no target since module roles, so two
 * different changes signed in the same second on the same base share it.
 * False when the branch is gone (accepted or refused meanwhile).
 */
export async function holdsSameProposal(dir: string, branch: string, commit: string): Promise<boolean> {
  const fetched = `${FETCHED}${branch}`;
  try {
    await runGit(dir, ['fetch', '--no-tags', '--depth=2', 'origin', `+refs/heads/${branch}:${fetched}`]);
    const trees = await runGit(dir, ['rev-parse', `${fetched}^{tree}`, `${fetched}^1^{tree}`, `${commit}^{tree}`, `${commit}^1^{tree}`]);
    const [theirs, theirFiles, ours, ourFiles] = trees.trim().split('\n');
    return theirs === ours && theirFiles === ourFiles;
  } catch {
    return false;
  }
}

/** A refusal's record: a commit on top of the proposal, same tree, the reason as its message. */
export async function commitRefusal(dir: string, proposal: string, reason: string, identity: GitIdentity): Promise<string> {
  const tree = (await runGit(dir, ['rev-parse', `${proposal}^{tree}`])).trim();
  return commitTree(dir, tree, [proposal], `refused: ${reason}`, identity);
}

async function commitTree(dir: string, tree: string, parents: string[], message: string, identity: GitIdentity): Promise<string> {
  const author = { GIT_AUTHOR_NAME: identity.name, GIT_AUTHOR_EMAIL: identity.email, GIT_COMMITTER_NAME: identity.name, GIT_COMMITTER_EMAIL: identity.email };
  return (await runGit(dir, ['commit-tree', tree, ...parents.flatMap((p) => ['-p', p]), '-m', message], { vars: author })).trim();
}

/** A commit's subject as a terminal may show it: written by whoever pushed it, so printable and short. */
export async function shownSubject(dir: string, commit: string): Promise<string> {
  const subject = (await runGit(dir, ['log', '-1', '--format=%s', commit])).trim();
  // Control characters and the invisible or direction-changing ones that could hide what a line says.
  // eslint-disable-next-line no-control-regex
  const printable = subject.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  return printable.length > MAX_SHOWN ? `${printable.slice(0, MAX_SHOWN)}…` : printable;
}

/** Whether `ancestor` is `commit` or one of its ancestors. */
export function isAncestor(dir: string, ancestor: string, commit: string): Promise<boolean> {
  return runGit(dir, ['merge-base', '--is-ancestor', ancestor, commit]).then(() => true, () => false);
}

export const refOf = (branch: string) => `refs/heads/${branch}`;
export const namespaceFolder = (namespace: string) => `${TARGETS_DIR}/${namespace}`;
