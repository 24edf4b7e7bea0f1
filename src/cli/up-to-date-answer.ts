// `gotong install` with no argument but --frozen or --verbose, in a
// workspace where nothing changed, is answered before the command line
// library and the command table are loaded: they are about a quarter of the
// time such an install takes (25 of 110 ms). The check is install()'s own
// (install.ts); on anything else, or any error, the full command line runs as
// usual and gives the answer or the error itself.
import { installedIfNothingChanged } from '../install/install.js';

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
  try {
    const installed = await installedIfNothingChanged(cwd);
    if (!installed) return false;
    process.stdout.write(`${upToDateText(installed.length)}\n`);
    return true;
  } catch {
    return false;
  }
}
