// Extraction on more than one core. An install hands each archive to the
// pool as soon as its bytes are verified, so worker threads extract while
// the main thread goes on checking signed metadata and hashes; when the queue
// is full (room()) or the main thread has nothing else to do (help()), it
// extracts from the same queue.
// Every archive is still extracted by extractTarball, with its checks, into
// its own staging folder. With one core, few archives, or when running from
// src/ (where there is no compiled worker script), everything is extracted on
// the main thread, one archive at a time, as before.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { GotongError, type ErrorCode } from '../core/errors.js';
import { extractIntoStore, type StorePlacement } from '../install/store.js';
import { extractTarball, type ExtractResult } from './extract.js';

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
/** Archives sent to one worker ahead of its replies. */
const IN_FLIGHT_PER_WORKER = 8;

/** An archive to extract into a folder, or into a new module store entry (install/store.ts). */
export type JobTarget = { dest: string; readOnly?: boolean } | { placement: StorePlacement };

/** Runs one job, on a worker or on the calling thread. */
export function runJob(tgz: Buffer, target: JobTarget): Promise<ExtractResult> {
  return 'placement' in target ? extractIntoStore(tgz, target.placement) : extractTarball(tgz, target.dest, undefined, { readOnly: target.readOnly });
}

interface Job {
  id: number;
  tgz: Buffer;
  target: JobTarget;
  resolve(result: ExtractResult): void;
  reject(error: unknown): void;
}

type WorkerReply = { id: number; result: ExtractResult } | { id: number; error: { gotong: boolean; code?: ErrorCode; message: string; hint?: string; details?: Record<string, unknown> } };

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

  constructor(private readonly script: URL | null, private readonly threads: number) {}

  /** Extracts `tgz` into `dest` (see extractTarball), on a worker thread when there is one. */
  extract(tgz: Buffer, dest: string, options: { readOnly?: boolean } = {}): Promise<ExtractResult> {
    return this.submit(tgz, { dest, readOnly: options.readOnly });
  }

  /** Extracts `tgz` into a new module store entry and links it into place (see extractIntoStore). */
  place(tgz: Buffer, placement: StorePlacement): Promise<ExtractResult> {
    return this.submit(tgz, { placement });
  }

  private submit(tgz: Buffer, target: JobTarget): Promise<ExtractResult> {
    const result =
      this.threads === 0
        ? runJob(tgz, target)
        : new Promise<ExtractResult>((resolve, reject) => {
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
    for (const job of this.queue) bytes += job.tgz.length;
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
      this.pump();
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
