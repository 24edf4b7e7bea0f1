// One change to a registry, made safely against other writers: sync a
// working clone to the remote, rebuild the change from what is there now
// (never a text merge), commit, push; when someone else pushed first, wait a
// a little and rebuild from a fresh fetch, for as long as the retry time
// allows (docs/DECISIONS.md, "Retrying a publish for a time"). Nothing another
// writer pushed is lost because every attempt starts from the remote's newest
// commit.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { formatDuration, parseDuration } from '../core/duration.js';
import { GotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { withLock } from '../core/fsx.js';
import { gotongPaths } from '../core/paths.js';
import type { Reporter } from '../core/reporter.js';
import { syncOrClone } from '../registry/clone.js';
import { removeStaleGitLocks, type GitIdentity } from '../registry/git.js';
import { pushRegistryChange } from '../registry/namespaces.js';
import { METADATA_DIR } from '../core/registry-folders.js';
import { commitRegistryChange, prepareRegistryChange, type ChangeRefs, type RegistryCommit } from '../registry/namespaces.js';
import type { RegistryLocation } from '../registry/locate.js';
import { RegistryWriter } from '../trust/writer.js';

export interface UpdateOptions {
  location: RegistryLocation;
  identity: GitIdentity;
  reporter: Reporter;
  env?: NodeJS.ProcessEnv;
  /** How long to keep trying while others push first, in ms (0: one attempt); default retryTime(env). */
  retryForMs?: number;
  /** Build and sign, but write nothing to the registry. */
  dryRun?: boolean;
  /**
   * The module folders the change reads or writes besides metadata/ (e.g.
   * `targets/bandung/e-musrenbang`): only they are checked out, so a change
   * costs what it touches, not what the registry holds. Absent: none.
   */
  paths?: string[];
  now?: Date;
}

export interface BuildOutcome<T> {
  /** False when the registry already holds the change (nothing to commit). */
  changed: boolean;
  message: string;
  result: T;
  /** Namespaces linked to commits made elsewhere, and other refs moved in the same push (accepting proposals). */
  refs?: ChangeRefs;
}

export interface UpdateResult<T> {
  result: T;
  committed: boolean;
  attempts: number;
}

/** Retry time in CI, where a wave of releases may land at once and nobody waits at a terminal. */
export const CI_RETRY_FOR_MS = 5 * 60_000;
/** Retry time elsewhere: someone is watching, and can run again. */
export const INTERACTIVE_RETRY_FOR_MS = 60_000;
const FIRST_WAIT_MS = 100;
const LONGEST_WAIT_MS = 2000;

/** The retry time when no flag gives one: GOTONG_PUBLISH_RETRY_FOR, else by whether this runs in CI. */
export function retryTime(env: NodeJS.ProcessEnv = process.env): number {
  const configured = env.GOTONG_PUBLISH_RETRY_FOR;
  if (configured) return parseDuration(configured, 'GOTONG_PUBLISH_RETRY_FOR');
  return env.CI === 'true' ? CI_RETRY_FOR_MS : INTERACTIVE_RETRY_FOR_MS;
}

/**
 * The wait before attempt `attempt + 1`: exponential with a cap, and jittered
 * (half to one and a half times) so that pipelines refused together do not
 * come back together.
 */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  return Math.round(Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (attempt - 1)) * (0.5 + random()));
}

function writable(location: RegistryLocation): void {
  if (location.kind !== 'git') {
    throw new GotongError('GOTONG_E_USAGE', t('change.update.readOnly', { label: location.label }), {
      hint: t('change.update.readOnly.hint'),
    });
  }
}

/** Runs `work` in gotong's working clone of a git registry (GOTONG_HOME/registries/<id>/publish), under its lock. */
export async function inWorkingClone<T>(location: RegistryLocation, env: NodeJS.ProcessEnv | undefined, work: (dir: string) => Promise<T>): Promise<T> {
  writable(location);
  const dir = gotongPaths(env).publishDir(location.id);
  await fs.mkdir(join(dir, '..'), { recursive: true });
  return withLock(`${dir}.lock`, { waitMs: 300_000, what: t('change.update.publishingCopy', { label: location.label }), afterTakeover: () => removeStaleGitLocks(dir) }, () => work(dir));
}

export function updateRegistry<T>(options: UpdateOptions, build: (writer: RegistryWriter) => Promise<BuildOutcome<T>>): Promise<UpdateResult<T>> {
  return inWorkingClone(options.location, options.env, (dir) => updateInClone(dir, options, build));
}

/** updateRegistry's rounds, in a working clone the caller holds the lock on. */
export async function updateInClone<T>(dir: string, options: UpdateOptions, build: (writer: RegistryWriter) => Promise<BuildOutcome<T>>): Promise<UpdateResult<T>> {
  const retryFor = options.retryForMs ?? retryTime(options.env);
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    const fetched = await syncOrClone(dir, options.location.url, { sparse: [METADATA_DIR] });
    const prepared = await prepareRegistryChange(dir, options.paths ?? [], fetched);
    const writer = await RegistryWriter.load(dir, { now: options.now });
    const outcome = await build(writer);
    const otherRefs = outcome.refs?.refs ?? [];
    if ((!outcome.changed && otherRefs.length === 0) || options.dryRun) return { result: outcome.result, committed: false, attempts: attempt };
    let change: RegistryCommit = { main: null, namespaces: [], refs: otherRefs };
    if (outcome.changed) {
      await writer.flush();
      change = await commitRegistryChange(prepared, outcome.message, options.identity, outcome.refs);
    }
    if ((await pushRegistryChange(dir, options.location.url, change)) === 'pushed') return { result: outcome.result, committed: outcome.changed, attempts: attempt };
    await waitBeforeRetry(options, attempt, started, retryFor);
  }
}

/** After a push someone else's change beat: waits with backoff before the next round, or gives up once `retryFor` has passed. */
export async function waitBeforeRetry(options: Pick<UpdateOptions, 'location' | 'reporter'>, attempt: number, started: number, retryFor: number): Promise<void> {
  const elapsed = Date.now() - started;
  if (elapsed >= retryFor) {
    throw new GotongError('GOTONG_E_PUBLISH_CONTENDED', t('change.update.contended', { registry: options.location.label, attempts: attempt, duration: formatDuration(elapsed) }), {
      hint: t('change.update.contended.hint', { duration: formatDuration(retryFor) }),
      details: { attempts: attempt, elapsedMs: elapsed, retryForMs: retryFor },
    });
  }
  const waitMs = Math.min(retryFor - elapsed, backoffMs(attempt));
  options.reporter.emit({ type: 'retry', stage: 'push', attempt, reason: t('change.update.pushedFirst'), waitMs });
  await new Promise((resolve) => setTimeout(resolve, waitMs));
}

/** Commit identity: flag > GOTONG_GIT_NAME/EMAIL > a default naming who writes. */
export function commitIdentity(who: string, env: NodeJS.ProcessEnv = process.env, flags: Partial<GitIdentity> = {}): GitIdentity {
  return {
    name: flags.name ?? env.GOTONG_GIT_NAME ?? `gotong (${who})`,
    email: flags.email ?? env.GOTONG_GIT_EMAIL ?? `${who.replace(/[^a-z0-9-]/gi, '-')}@gotong.invalid`,
  };
}
