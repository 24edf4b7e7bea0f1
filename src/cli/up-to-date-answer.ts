// `gotong install` with no argument but --frozen or --verbose, in
// a workspace where nothing changed, is answered before the command line
// library and the command table are loaded: they are about a quarter of the
// time such an install takes (25 of 110 ms). The check is install()'s own
// (under the workspace lock, after recovering an interrupted install); on
// anything else, or any error, the full command line runs as usual and gives
// the answer or the error itself.
import { existsSync } from 'node:fs';
import { withLock } from '../core/fsx.js';
import { recoverInterruptedLink } from '../install/link.js';
import { installedIfUnchanged } from '../install/up-to-date.js';
import { workspacePaths } from '../install/workspace-paths.js';

/** What `gotong install` prints when nothing changed (commands/workspace.ts prints it too). */
export function upToDateText(modules: number): string {
  return `already up to date: ${modules} modules`;
}

/** True when it answered; then the process has nothing else to do. */
export async function answerUpToDateInstall(args: string[], cwd = process.cwd()): Promise<boolean> {
  // --verbose adds stage timings and stack traces, and an install with nothing to do has neither.
  const flags = args.slice(1);
  const plain = args[0] === 'install' && flags.every((f) => f === '--frozen' || f === '--verbose') && new Set(flags).size === flags.length;
  if (!plain) return false;
  const paths = workspacePaths(cwd);
  // Without the record of an earlier install there is nothing to answer from, and taking the
  // lock would create gotong_modules/ (which a failed first install must not leave behind).
  if (!existsSync(paths.stampFile)) return false;
  try {
    const installed = await withLock(paths.lockPath, { waitMs: 30_000, what: `the workspace ${cwd}` }, async () => {
      await recoverInterruptedLink(paths);
      return installedIfUnchanged(paths);
    });
    if (!installed) return false;
    process.stdout.write(`${upToDateText(installed.length)}\n`);
    return true;
  } catch {
    return false;
  }
}
