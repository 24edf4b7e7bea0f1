// Names for temporary files and folders that no other process or thread on
// this machine makes at the same time: the content cache, the module store
// and their upkeep write under such names, then rename into place.
import { threadId } from 'node:worker_threads';

let made = 0;
const START = Date.now().toString(36);

/** Unique on this machine: this process, its thread, its start, and a counter (random bytes cost a system call each). */
export function uniqueName(): string {
  return `${process.pid}-${threadId}-${START}-${(made++).toString(36)}`;
}
