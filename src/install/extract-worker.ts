// A worker thread of the extraction pool (extract-pool.ts): extracts the
// archives it is sent, exactly as extractTarball does on the main thread, or
// links modules from the store, and sends back the result or the refusal.
import { parentPort } from 'node:worker_threads';
import { GotongError } from '../core/errors.js';
import { runJob, type JobTarget } from './extract-pool.js';

export interface ExtractJob {
  id: number;
  /** Absent for a link from the module store. */
  tgz: Uint8Array | null;
  target: JobTarget;
}

const port = parentPort;
port?.on('message', (job: ExtractJob) => {
  const tgz = job.tgz && Buffer.from(job.tgz.buffer, job.tgz.byteOffset, job.tgz.byteLength);
  runJob(tgz, job.target).then(
    (result) => port.postMessage({ id: job.id, result }),
    (error: unknown) =>
      port.postMessage({
        id: job.id,
        error: error instanceof GotongError
          ? { gotong: true, code: error.code, message: error.message, hint: error.hint, details: error.details }
          : { gotong: false, message: String((error as Error)?.stack ?? error) },
      }),
  );
});
