// `gotong install` with no argument but --frozen or --verbose, in a
// workspace where nothing changed, is answered before the command line
// library and the command table are loaded: they are about a quarter of the
// time such an install takes (25 of 110 ms). The check is install()'s own
// (install.ts), with the registry GOTONG_REGISTRY names and the interval
// GOTONG_VERIFY_INTERVAL gives; on anything else, or any error, the full
// command line runs as usual and gives the answer or the error itself.
import { installedIfNothingChanged, type Verification } from '../install/install.js';
import { t } from '../i18n/translate.js';

const UNITS = [
  ['cli.upToDate.daysAgo', 24 * 3600_000],
  ['cli.upToDate.hoursAgo', 3600_000],
  ['cli.upToDate.minutesAgo', 60_000],
] as const;

/**
 * "just now", "1 minute ago", "3 hours ago", "2 days ago". Messages of the
 * catalog, not Intl.RelativeTimeFormat: the first one of a process costs
 * about 16 ms (ICU's data), a tenth of this whole answer.
 */
export function timeAgo(iso: string, now = Date.now()): string {
  const elapsed = now - Date.parse(iso);
  for (const [message, size] of UNITS) {
    const count = Math.floor(elapsed / size);
    if (count >= 1) return t(message, { count });
  }
  return t('cli.upToDate.justNow');
}

/** What `gotong install` prints when nothing changed (commands/workspace.ts prints it too). */
export function upToDateText(modules: number, verified: Verification | null, now = Date.now()): string {
  const checked = verified ? t('cli.upToDate.verified', { registry: verified.against, ago: timeAgo(verified.at, now) }) : t('cli.upToDate.notVerified');
  return t('cli.upToDate.text', { modules, checked });
}

/** True when it answered; then the process has nothing else to do. */
export async function answerUpToDateInstall(args: string[], cwd = process.cwd()): Promise<boolean> {
  // --verbose adds stage timings and stack traces, and an install with nothing to do has neither.
  const flags = args.slice(1);
  const plain = args[0] === 'install' && flags.every((f) => f === '--frozen' || f === '--verbose') && new Set(flags).size === flags.length;
  if (!plain) return false;
  try {
    const unchanged = await installedIfNothingChanged(cwd, { env: process.env });
    if (!unchanged) return false;
    process.stdout.write(`${upToDateText(unchanged.installed.length, unchanged.verified)}\n`);
    return true;
  } catch {
    return false;
  }
}
