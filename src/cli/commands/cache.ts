// gotong cache verify, gotong cache clean and gotong store prune: upkeep of
// what GOTONG_HOME keeps for installs (install/cache-maintenance.ts,
// install/store-prune.ts).
import type { Command } from 'commander';
import { gotongPaths } from '../../core/paths.js';
import { addCommonOptions, runCommand, type CommonFlags } from '../context.js';

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  for (; value >= 1024 && unit < units.length - 1; unit++) value /= 1024;
  return `${value.toFixed(1)} ${units[unit]}`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function registerCacheCommands(program: Command): void {
  const cache = program.command('cache').description('check or empty the download cache (GOTONG_HOME/cache)');

  addCommonOptions(cache.command('verify'))
    .description('hash every cached tarball and index file against its sha512, remove those that differ, and show the cache\'s size')
    .action((flags: CommonFlags) =>
      runCommand(flags, async (ctx) => {
        const { verifyCache } = await import('../../install/cache-maintenance.js');
        const result = await verifyCache(gotongPaths(ctx.env).cacheDir);
        const lines = [
          ...result.removed.map((p) => `removed ${p.path} (${p.reason})`),
          `${plural(result.entries, 'entry', 'entries')}, ${size(result.bytes)}, all match their sha512${result.removed.length > 0 ? `; ${plural(result.removed.length, 'damaged entry', 'damaged entries')} removed, to be downloaded again when needed` : ''}`,
        ];
        return { json: { cache: result.dir, entries: result.entries, bytes: result.bytes, removed: result.removed, leftovers: result.leftovers }, human: lines.join('\n') };
      }),
    );

  addCommonOptions(cache.command('clean'))
    .description('empty the download cache; refused while another gotong command uses it')
    .action((flags: CommonFlags) =>
      runCommand(flags, async (ctx) => {
        const { cleanCache } = await import('../../install/cache-maintenance.js');
        const result = await cleanCache(gotongPaths(ctx.env).cacheDir);
        return { json: { cache: result.dir, entries: result.entries, bytes: result.bytes }, human: `removed ${plural(result.entries, 'file')}, ${size(result.bytes)}, from ${result.dir}` };
      }),
    );

  const store = program.command('store').description('the module store (GOTONG_HOME/store): module versions extracted once and hard-linked into workspaces');

  addCommonOptions(store.command('prune'))
    .description('remove the store entries no workspace on this machine uses; refused while another gotong command uses the store')
    .option('--dry-run', 'say what would be removed, and remove nothing')
    .action((flags: CommonFlags & { dryRun?: boolean }) =>
      runCommand(flags, async (ctx) => {
        const { pruneStore } = await import('../../install/store-prune.js');
        const paths = gotongPaths(ctx.env);
        const result = await pruneStore({ home: paths.home, storeDir: paths.storeDir, dryRun: Boolean(flags.dryRun) });
        const gone = result.workspaces.filter((w) => w.gone);
        const lines = [
          ...gone.map((w) => `gone: ${w.path}${result.dryRun ? ' (would be forgotten)' : ' (forgotten)'}`),
          `kept ${plural(result.kept.entries, 'entry', 'entries')} (${size(result.kept.bytes)}) used by ${plural(result.workspaces.length - gone.length, 'workspace')} on this machine`,
          `${result.dryRun ? 'would remove' : 'removed'} ${plural(result.removed.entries, 'entry', 'entries')} (${size(result.removed.bytes)}) no workspace uses`,
        ];
        return { json: { store: paths.storeDir, ...result }, human: lines.join('\n') };
      }),
    );
}
