// Extraction on more than one core. An install hands each archive to the
// pool as soon as its bytes are verified, so worker threads extract while
// the main thread goes on checking signed metadata and hashes; when the queue
// is full (room()) or the main thread has nothing else to do (help()), it
// extracts from the same queue. Links from the module store go through the
// same queue: each entry's files are hashed before they are linked, and that
// work is shared out like extraction.
// Every archive is still extracted by extractTarball (archive/extract.ts),
// with its checks, into its own staging folder. The pool is the install's:
// its jobs place modules (into the store, from the store), so it lives here,
// above the archive reader it runs, not beside it. With one core, few
// archives, or when running from src/ (where there is no compiled worker
// script), everything is extracted on the main thread, one archive at a
// time, as before.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { bug, GotongError, type ErrorCode } from '../core/errors.js';
import { extractTarball, type ExtractResult } from '../archive/extract.js';
import { extractIntoStore, linkFromStore, type StoreLink, type StorePlacement } from './store.js';

/** Starting a worker costs tens of milliseconds: below this many archives it does not pay. */
const MIN_ARCHIVES_FOR_WORKERS = 8;
const MAX_WORKERS = 4;
/**
 * Archives (and their bytes) queued per worker before the fetching thread
 * extracts some itself (room()). Generous: the fetching thread also reads and
 * hashes, and an extraction it takes on delays the next read while the worker
 * waits (200 modules on two cores: 60 ms slower with 4 archives per worker).
 */
const QUEUE_PER_WORKER = 64;
const QUEUED_BYTES_PER_WORKER = 8 * 1024 * 1024;
/** Why a job is dropped after a failure elsewhere in the install (never shown: that failure is). i18n-exempt: never shown. */
const ABANDONED = 'the install stopped before this module was placed';
/** Archives sent to one worker ahead of its replies. */
const IN_FLIGHT_PER_WORKER = 8;

/**
 * An archive to extract into a folder or into a new module store entry, or a
 * module to link from its store entry (store.ts; no archive).
 */
export type JobTarget = { dest: string; readOnly?: boolean } | { placement: StorePlacement } | { link: StoreLink };

/** What a job gives: null only for a link whose store entry is missing or changed. */
export type JobResult = ExtractResult | null;

/** Runs one job, on a worker or on the calling thread. */
export async function runJob(tgz: Buffer | null, target: JobTarget): Promise<JobResult> {
  if ('link' in target) return linkFromStore(target.link);
  if (!tgz) bug('an extraction job without its archive');
  return 'placement' in target ? extractIntoStore(tgz, target.placement) : extractTarball(tgz, target.dest, undefined, { readOnly: target.readOnly });
}

interface Job {
  id: number;
  tgz: Buffer | null;
  target: JobTarget;
  resolve(result: JobResult): void;
  reject(error: unknown): void;
}

type WorkerReply = { id: number; result: JobResult } | { id: number; error: { gotong: boolean; code?: ErrorCode; message: string; hint?: string; details?: Record<string, unknown> } };

function extracted(result: JobResult): ExtractResult {
  return result ?? bug('an extraction job gave no result');
}

interface Slot {
  worker: Worker;
  /** Sent and not yet answered, in order: a worker keeps going while the main thread is busy. */
  jobs: Job[];
}

export class ExtractPool {
  private readonly queue: Job[] = [];
  private readonly slots: Slot[] = [];
  private readonly settled = new Set<Promise<unknown>>();
  private nextId = 0;
  private broken = false;
  private abandoned = false;

  constructor(private readonly script: URL | null, private readonly threads: number) {}

  /** Extracts `tgz` into `dest` (see extractTarball), on a worker thread when there is one. */
  extract(tgz: Buffer, dest: string, options: { readOnly?: boolean } = {}): Promise<ExtractResult> {
    return this.submit(tgz, { dest, readOnly: options.readOnly }).then(extracted);
  }

  /** Extracts `tgz` into a new module store entry and links it into place (see extractIntoStore). */
  place(tgz: Buffer, placement: StorePlacement): Promise<ExtractResult> {
    return this.submit(tgz, { placement }).then(extracted);
  }

  /** Links a module from its store entry, checked first when asked (see linkFromStore); null when it has to be placed from its tarball. */
  link(link: StoreLink): Promise<JobResult> {
    return this.submit(null, { link });
  }

  private submit(tgz: Buffer | null, target: JobTarget): Promise<JobResult> {
    if (this.abandoned) return Promise.reject(new Error(ABANDONED));
    // With no worker left (or none to start), a job runs here: nobody else would run it.
    const result =
      this.threads === 0 || (this.broken && this.slots.length === 0)
        ? runJob(tgz, target)
        : new Promise<JobResult>((resolve, reject) => {
            this.queue.push({ id: this.nextId++, tgz, target, resolve, reject });
            this.pump();
          });
    const done = result.then(
      () => undefined,
      () => undefined,
    );
    this.settled.add(done);
    return result;
  }

  /**
   * Returns once the queue has room. While it is full, the calling thread
   * extracts queued archives itself, so archives read faster than they are
   * extracted never pile up in memory, and no core waits.
   */
  async room(): Promise<void> {
    const workers = () => Math.max(1, this.slots.length);
    const full = () => this.queue.length >= QUEUE_PER_WORKER * workers() || this.queuedBytes() >= QUEUED_BYTES_PER_WORKER * workers();
    while (this.threads > 0 && this.queue.length > 0 && full()) {
      await this.letWorkersIn();
      if (this.queue.length > 0 && full()) await this.runHere(this.queue.shift()!);
    }
  }

  /**
   * An extraction on this thread blocks its event loop: before one, the
   * workers' replies are let in, so that pump() hands them their next
   * archives and they do not wait while this thread works.
   */
  private async letWorkersIn(): Promise<void> {
    if (this.slots.length > 0) await new Promise((resolve) => setImmediate(resolve));
  }

  private queuedBytes(): number {
    let bytes = 0;
    for (const job of this.queue) bytes += job.tgz?.length ?? 0;
    return bytes;
  }

  /** The calling thread extracts queued archives too, until none is left. */
  async help(): Promise<void> {
    for (;;) {
      await this.letWorkersIn();
      const job = this.queue.shift();
      if (!job) return;
      await this.runHere(job);
    }
  }

  private async runHere(job: Job): Promise<void> {
    try {
      job.resolve(await runJob(job.tgz, job.target));
    } catch (error) {
      job.reject(error);
    }
  }

  /** Waits until every archive given so far is extracted or refused, then stops the workers. */
  async close(): Promise<void> {
    await this.help();
    await Promise.all(this.settled);
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  /**
   * After a failure: drops the jobs not yet started (their promises reject),
   * waits for those running, then stops the workers, so that nothing still
   * writes when the caller removes the staging folder.
   */
  async abandon(): Promise<void> {
    this.abandoned = true;
    this.dropQueued();
    await Promise.all(this.settled);
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private dropQueued(): void {
    for (const job of this.queue.splice(0)) job.reject(new Error(ABANDONED));
  }

  private pump(): void {
    while (!this.broken && this.slots.length < this.threads && this.slots.length < this.queue.length + this.busy()) this.slots.push(this.spawn());
    for (const slot of this.slots) {
      while (slot.jobs.length < IN_FLIGHT_PER_WORKER && this.queue.length > 0) {
        const job = this.queue.shift()!;
        slot.jobs.push(job);
        slot.worker.postMessage({ id: job.id, tgz: job.tgz, target: job.target });
      }
    }
  }

  private busy(): number {
    return this.slots.filter((slot) => slot.jobs.length > 0).length;
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.script!), jobs: [] };
    slot.worker.on('message', (reply: WorkerReply) => {
      const job = slot.jobs.shift();
      if (job && job.id === reply.id) {
        if ('result' in reply) job.resolve(reply.result);
        else job.reject(revive(reply.error));
      }
      this.pump();
    });
    const lost = () => {
      const index = this.slots.indexOf(slot);
      if (index !== -1) this.slots.splice(index, 1);
      // No new workers after one failed; its archive goes back to the queue,
      // where another worker or the main thread (help()) extracts it.
      this.broken = true;
      this.queue.unshift(...slot.jobs.splice(0));
      if (this.abandoned) this.dropQueued();
      else if (this.slots.length === 0) void this.help(); // nobody else is left to run them
      else this.pump();
    };
    slot.worker.on('error', lost);
    slot.worker.on('exit', () => {
      if (this.slots.includes(slot)) lost();
    });
    return slot;
  }
}

function revive(error: Extract<WorkerReply, { error: unknown }>['error']): Error {
  if (error.gotong && error.code) return new GotongError(error.code, error.message, { hint: error.hint, details: error.details });
  return new Error(error.message);
}

/** A pool sized for `archives` archives and this machine's cores. */
export function extractionPool(archives: number): ExtractPool {
  const script = new URL('./extract-worker.js', import.meta.url);
  const compiled = script.protocol === 'file:' && existsSync(fileURLToPath(script));
  const threads = compiled && archives >= MIN_ARCHIVES_FOR_WORKERS ? Math.max(0, Math.min(MAX_WORKERS, availableParallelism() - 1)) : 0;
  return new ExtractPool(compiled ? script : null, threads);
}
