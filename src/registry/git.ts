// The single place gotong runs git. Everything gotong does with git goes
// through these functions, which is where tests inject faults. Credentials are
// stripped from URLs (redactUrl) before a URL reaches an error or a log.
// Running git and reading objects only: the registry's branch layout
// (namespaces.ts) and the upkeep of gotong's copy (clone.ts) sit above this
// file and call it, never the other way.
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { promises as fs } from 'node:fs';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { GotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import type { MessageKey } from '../i18n/messages/index.js';
import { pushRefused, readPushReport } from './push-report.js';
import { redactUrl } from './redact.js';

export interface GitIdentity {
  name: string;
  email: string;
}

export { redactUrl } from './redact.js';

// Variables that would make git run another program (editors, pagers, askpass)
// or read other configuration; git here never needs them, so they are not
// passed on.
const DROPPED_ENV = /^(EDITOR|VISUAL|PAGER|PREFIX|GIT_EDITOR|GIT_SEQUENCE_EDITOR|GIT_PAGER|GIT_ASKPASS|SSH_ASKPASS|GIT_EXTERNAL_DIFF|GIT_PROXY_COMMAND|GIT_TEMPLATE_DIR|GIT_EXEC_PATH|GIT_CONFIG.*)$/i;

export function gitEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !DROPPED_ENV.test(key)) env[key] = value;
  }
  return { ...env, GIT_TERMINAL_PROMPT: '0', ...extra };
}

/**
 * Runs git with arguments gotong builds itself, never a shell: registry URLs
 * and paths follow `--` wherever git takes them as operands, so a URL that
 * starts with "-" cannot become an option. The environment is gitEnv()'s
 * (GIT_SSH_COMMAND stays: CI pipelines use it for deploy keys). A failure's
 * message is git's own error output, which gitFailure() reads. (A git
 * wrapper library cost every command about 30 ms to load, for this.)
 */
class GitRunner {
  constructor(
    private readonly dir: string | undefined,
    private readonly vars: Record<string, string> = gitEnv(),
  ) {}

  env(vars: Record<string, string>): GitRunner {
    return new GitRunner(this.dir, vars);
  }

  raw(args: string[], input?: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const child = execFile('git', args, { cwd: this.dir, env: this.vars, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, windowsHide: true }, (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const output = `${stderr}${stdout}`.trim();
        reject(new Error(output.length > 0 ? output : error.message));
      });
      if (input !== undefined) child.stdin?.end(input);
    });
  }

  /** Runs git to read its report whatever the exit code (a push's per-ref verdicts); rejects only when git cannot start. */
  report(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    return new Promise((resolve, reject) => {
      execFile('git', args, { cwd: this.dir, env: this.vars, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, windowsHide: true }, (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') return reject(error);
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      });
    });
  }
}

function git(dir?: string): GitRunner {
  return new GitRunner(dir);
}

/** Runs git (in `dir`, if given) and resolves with its exit code and output whatever the code; rejects only when git cannot start. */
export function runGitReport(dir: string | undefined, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return git(dir).report(args);
}

/**
 * Runs one git command in `dir` (for the files above this one:
 * namespaces.ts, clone.ts and the rest of src/registry/): `input` goes to its standard input, `vars` are added to
 * gitEnv()'s environment. Resolves with its output; rejects with git's error
 * output as the message.
 */
export function runGit(dir: string, args: string[], options: { input?: string; vars?: Record<string, string> } = {}): Promise<string> {
  return new GitRunner(dir, gitEnv(options.vars)).raw(args, options.input);
}

/** A blob's bytes as stored (runGit decodes text; a tarball is not text). */
export function readBlobBytes(dir: string, oid: string, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('git', ['cat-file', 'blob', oid], { cwd: dir, env: gitEnv(), encoding: 'buffer', maxBuffer: maxBytes + 1, windowsHide: true }, (error, stdout, stderr) => {
      if (error) reject(new Error(stderr.toString('utf8').trim() || error.message));
      else resolve(stdout);
    });
  });
}

/** Where a clone keeps the remote's main as last fetched, and the refspec that fetches it there. */
export const FETCHED_MAIN = 'refs/remotes/origin/main';
export const MAIN_REFSPEC = `+refs/heads/main:${FETCHED_MAIN}`;

// How git says that it could not get at a remote at all (no server, no such
// repository, no route, no permission), or lost it in the middle of a
// transfer (a dropped connection, a proxy or a timeout that cut it), as
// opposed to a failure of its own. Scripts retry on the exit code this gives.
const UNREACHABLE = /could not read|unable to access|unable to connect|unable to look up|does not appear to be a git repository|does not exist|not exported|Connection refused|Connection timed out|not found|Could not resolve|No such file|Permission denied \(publickey|early EOF|remote end hung up|RPC failed|Connection reset|Broken pipe|unexpected disconnect|index-pack failed|unpack-objects failed|protocol error|timed out|transfer closed|remote did not send all necessary objects|Network is unreachable|No route to host/i;

/** What git was asked to do with a remote when it failed, as gitFailure's message says it. */
export type GitAction = 'clone' | 'fetch' | 'reach' | 'read' | 'listBranches' | 'push';

const FAILED: Record<GitAction, MessageKey> = {
  clone: 'registry.git.failed.clone',
  fetch: 'registry.git.failed.fetch',
  reach: 'registry.git.failed.reach',
  read: 'registry.git.failed.read',
  listBranches: 'registry.git.failed.listBranches',
  push: 'registry.git.failed.push',
};

export function gitFailure(action: GitAction, url: string, cause: unknown): GotongError {
  // git's progress lines ("Cloning into …") come first; the reason is on its `fatal:` line.
  const lines = redactUrl(String((cause as Error)?.message ?? cause))
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !/^Cloning into /.test(l));
  const at = Math.max(0, lines.findIndex((l) => /^(fatal|error):/i.test(l)));
  // "fatal: unable to connect to HOST:" carries its reason on the next line.
  const text = lines[at]?.endsWith(':') && lines[at + 1] ? `${lines[at]} ${lines[at + 1]}` : (lines[at] ?? '');
  const unreachable = UNREACHABLE.test(lines.join('\n'));
  return new GotongError(unreachable ? 'GOTONG_E_REGISTRY_UNREACHABLE' : 'GOTONG_E_GIT', t(FAILED[action], { url: redactUrl(url), reason: text.trim() }), {
    hint: t(unreachable ? 'registry.git.unreachable.hint' : 'registry.git.failed.hint'),
  });
}

export async function initBare(dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  await git(dir).raw(['init', '--bare', '--initial-branch=main', '.']);
}

export async function initWorking(dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  await git(dir).raw(['init', '--initial-branch=main', '.']);
}

/** A URL git reaches over a network (a scheme, or scp-like `user@host:path`), not a folder. */
/**
 * Removes the lock files git leaves in a clone's .git when it is killed
 * (index.lock, shallow.lock, a ref's .lock…), which make every later git
 * command there fail with "File exists". Only for gotong's own clones, and
 * only under gotong's lock on the clone taken over from a holder that died
 * (fsx.ts withLock afterTakeover): no other git command of gotong's runs
 * there then, and the killed one's were killed with it. The object store
 * is left alone.
 */
export async function removeStaleGitLocks(dir: string): Promise<void> {
  const walk = async (folder: string): Promise<void> => {
    const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() && entry.name !== 'objects') await walk(path);
      else if (entry.isFile() && entry.name.endsWith('.lock')) await fs.rm(path, { force: true });
    }
  };
  await walk(join(dir, '.git'));
}

export function isNetworkUrl(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(url) || /^[\w.-]+@[\w.-]+:/.test(url);
}

/** The commit of the remote's main as last fetched into `dir`. */
export async function fetchedMain(dir: string): Promise<string> {
  return (await git(dir).raw(['rev-parse', '--verify', `${FETCHED_MAIN}^{commit}`])).trim();
}

interface BlobRequest {
  command: string;
  /** The object type wanted; another type answers null. */
  type: 'blob' | 'tree';
  /** A blob larger than this is skipped as it streams past, never held (contents requests). */
  maxBytes: number;
  resolve(value: { size: number; bytes: Buffer | null } | null): void;
  reject(error: unknown): void;
}

/**
 * Reads files of a commit straight from a clone's object store through one
 * long-lived `git cat-file --batch-command` (git 2.36 or newer): a read costs
 * no process start and no working tree is needed. Requests are answered in
 * order; the process is not kept alive for its own sake (unref'd when idle).
 */
export class GitBlobReader {
  private child: ChildProcessWithoutNullStreams | null = null;
  private pending: BlobRequest[] = [];
  private buffered: Buffer = Buffer.alloc(0);
  /** The content being received; `bytes` null while content not wanted (too large, not a blob) streams past. */
  private body: { request: BlobRequest; size: number; bytes: Buffer | null; filled: number } | null = null;
  private failure: GotongError | null = null;
  private readonly unsent: string[] = [];

  constructor(private readonly dir: string, private readonly label: string) {}

  /**
   * `commit:path`'s size and bytes, or null when the commit has no such file.
   * A file larger than maxBytes comes back with its size and no bytes: git
   * names the size before the content, so the content is skipped as it
   * streams past and never held in memory. One request per read: asking for
   * the size first cost a second round trip for every file.
   */
  async read(commit: string, path: string, maxBytes: number): Promise<{ size: number; bytes: Buffer | null } | null> {
    if (/[\0\n\r]/.test(path)) return null;
    return this.request(`contents ${commit}:${path}`, maxBytes, 'blob');
  }

  /** The raw entries of the tree at `commit:path` (git's binary tree format), or null when there is no such folder. */
  async readTree(commit: string, path: string, maxBytes: number): Promise<{ size: number; bytes: Buffer | null } | null> {
    if (/[\0\n\r]/.test(path)) return null;
    return this.request(`contents ${commit}:${path}`, maxBytes, 'tree');
  }

  private start(): ChildProcessWithoutNullStreams {
    const child = spawn('git', ['cat-file', '--batch-command'], { cwd: this.dir, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    const fail = (cause: unknown) => {
      this.failure ??= gitFailure('read', this.label, stderr || cause);
      this.child = null;
      for (const request of this.pending.splice(0)) request.reject(this.failure);
      if (this.body) this.body.request.reject(this.failure);
      this.body = null;
    };
    child.on('error', fail);
    // i18n-exempt: `git cat-file` is a command's name.
    child.on('close', (code) => fail(t('registry.git.exited', { command: 'git cat-file', code: String(code) })));
    child.stdin.on('error', () => undefined);
    return child;
  }

  private request(command: string, maxBytes: number, type: BlobRequest['type']): Promise<{ size: number; bytes: Buffer | null } | null> {
    if (this.failure) return Promise.reject(this.failure);
    this.child ??= this.start();
    const child = this.child;
    this.hold(child, true);
    return new Promise((resolve, reject) => {
      this.pending.push({ command, type, maxBytes, resolve, reject });
      // Commands asked for in one turn of the event loop go out in one write.
      if (this.unsent.length === 0) setImmediate(() => this.send());
      this.unsent.push(command);
    });
  }

  private send(): void {
    const commands = this.unsent.splice(0);
    if (this.child && commands.length > 0) this.child.stdin.write(`${commands.join('\n')}\n`);
  }

  /** Whether the process (and its pipes) keep Node's event loop alive: only while a request waits. */
  private hold(child: ChildProcessWithoutNullStreams, busy: boolean): void {
    const handles = [child.stdin, child.stdout, child.stderr] as unknown as Socket[];
    if (busy) child.ref();
    else child.unref();
    for (const handle of handles) {
      if (busy && handle !== (child.stderr as unknown as Socket)) handle.ref?.();
      else handle.unref?.();
    }
  }

  private idle(): void {
    if (this.pending.length === 0 && !this.body && this.child) this.hold(this.child, false);
  }

  private receive(chunk: Buffer): void {
    this.buffered = this.buffered.length ? Buffer.concat([this.buffered, chunk]) : chunk;
    for (;;) {
      if (this.body) {
        const body = this.body;
        const take = Math.min(body.size - body.filled, this.buffered.length);
        if (body.bytes) this.buffered.copy(body.bytes, body.filled, 0, take);
        body.filled += take;
        this.buffered = this.buffered.subarray(take);
        // The content is followed by a newline.
        if (body.filled < body.size || this.buffered.length < 1) break;
        this.buffered = this.buffered.subarray(1);
        this.body = null;
        body.request.resolve({ size: body.size, bytes: body.bytes });
        continue;
      }
      const end = this.buffered.indexOf(0x0a);
      if (end === -1 || this.pending.length === 0) break;
      const line = this.buffered.toString('utf8', 0, end);
      this.buffered = this.buffered.subarray(end + 1);
      const request = this.pending.shift()!;
      // "<oid> <type> <size>", or "<name> missing" / "<name> ambiguous".
      const match = /^[0-9a-f]{40,64} (\w+) (\d+)$/.exec(line);
      if (!match || match[1] !== request.type) {
        if (match) {
          // Another type than the one asked for (a folder where a file was expected): its content still follows.
          this.body = { request: { ...request, resolve: () => request.resolve(null) }, size: Number(match[2]), bytes: null, filled: 0 };
          continue;
        }
        request.resolve(null);
        continue;
      }
      const size = Number(match[2]);
      this.body = { request, size, bytes: size > request.maxBytes ? null : Buffer.allocUnsafe(size), filled: 0 };
    }
    this.idle();
  }
}

export async function hasRemoteMain(dir: string): Promise<boolean> {
  const out = await git(dir).raw(['ls-remote', '--heads', 'origin', 'main']);
  return out.trim().length > 0;
}

/** A branch name as git allows it and a terminal shows it: printable ASCII, no space. */
const PRINTABLE_BRANCH = /^[\x21-\x7e]+$/;

/**
 * The remote's branches whose names start with one of `prefixes` (e.g.
 * `incoming/`), without `refs/heads/`, sorted; the remote is asked for the
 * list only, nothing is fetched. Names come from the git host, so a name
 * that a terminal would not show as typed is left out.
 */
export async function listRemoteRefs(url: string, prefixes: string | string[]): Promise<string[]> {
  const wanted = (Array.isArray(prefixes) ? prefixes : [prefixes]).map((p) => `refs/heads/${p}`);
  let listed: string;
  try {
    listed = await git().raw(['ls-remote', '--refs', '--', url, ...wanted.map((p) => `${p}*`)]);
  } catch (error) {
    throw gitFailure('listBranches', url, error);
  }
  const names = listed
    .split('\n')
    .map((line) => line.split('\t')[1] ?? '')
    // ls-remote matches patterns against the end of a ref name: keep only true prefixes.
    .filter((ref) => wanted.some((p) => ref.startsWith(p)))
    .map((ref) => ref.slice('refs/heads/'.length))
    .filter((name) => PRINTABLE_BRANCH.test(name));
  return [...new Set(names)].sort();
}

export async function headCommit(dir: string): Promise<string | null> {
  try {
    return (await git(dir).raw(['rev-parse', '--verify', '-q', 'HEAD'])).trim() || null;
  } catch {
    return null;
  }
}

export async function commitAll(dir: string, message: string, identity: GitIdentity): Promise<void> {
  const repo = git(dir);
  await repo.raw(['add', '--all', '.']);
  await repo
    .env(gitEnv({ GIT_AUTHOR_NAME: identity.name, GIT_AUTHOR_EMAIL: identity.email, GIT_COMMITTER_NAME: identity.name, GIT_COMMITTER_EMAIL: identity.email }))
    .raw(['-c', 'commit.gpgsign=false', 'commit', '--quiet', '--no-verify', '-m', message]);
}

export type PushOutcome = 'pushed' | 'rejected';

/** Pushes HEAD to main. A push refused because someone else pushed first is an outcome, not an error. */
export function pushMain(dir: string, url: string): Promise<PushOutcome> {
  return pushRefs(dir, url, ['push', '--quiet', '--no-verify', 'origin', 'HEAD:refs/heads/main']);
}

/**
 * Pushes with git's porcelain report and reads it (push-report.ts): a ref
 * someone else moved first is the outcome 'rejected'; a push the server
 * refused for a reason of its own is GOTONG_E_PUSH_REFUSED with the server's
 * words; anything else is a git or transport failure.
 */
export async function pushRefs(dir: string, url: string, args: string[]): Promise<PushOutcome> {
  const at = args.indexOf('push') + 1;
  const ran = await git(dir).report([...args.slice(0, at), '--porcelain', ...args.slice(at)]);
  if (ran.code === 0) return 'pushed';
  const verdict = readPushReport(ran.stdout, ran.stderr);
  if (verdict.kind === 'contended') return 'rejected';
  if (verdict.kind === 'refused') throw pushRefused(url, verdict);
  throw gitFailure('push', url, `${ran.stderr}${ran.stdout}`.trim());
}

export async function setRemote(dir: string, url: string): Promise<void> {
  await git(dir).raw(['remote', 'add', '--', 'origin', url]);
}
