// gotong cache verify, gotong cache clean and gotong store prune: upkeep of
// what GOTONG_HOME keeps for installs (install/cache-maintenance.ts,
// install/store-prune.ts).
import type { Command } from 'commander';
import { gotongPaths } from '../../core/paths.js';
import { addCommonOptions, runCommand, type CommonFlags } from '../context.js';
import { t } from '../../i18n/translate.js';

function size(bytes: number): string {
  if (bytes < 1024) return t('cliAdmin.size.bytes', { bytes });
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  for (; value >= 1024 && unit < units.length - 1; unit++) value /= 1024;
  return t('cliAdmin.size.unit', { value, unit: units[unit] });
}

export function registerCacheCommands(program: Command): void {
  const cache = program.command('cache').description(t('cliAdmin.cache.description'));

  addCommonOptions(cache.command('verify'))
    .description(t('cliAdmin.cache.verify.description'))
    .action((flags: CommonFlags) =>
      runCommand(flags, async (ctx) => {
        const { verifyCache } = await import('../../install/cache-maintenance.js');
        const result = await verifyCache(gotongPaths(ctx.env).cacheDir);
        const lines = [
          ...result.removed.map((p) => t('cliAdmin.cache.verify.removed', { path: p.path, reason: p.reason })),
          t(result.removed.length > 0 ? 'cliAdmin.cache.verify.damagedRemoved' : 'cliAdmin.cache.verify.allMatch', { entries: result.entries, size: size(result.bytes), damaged: result.removed.length }),
        ];
        return { json: { cache: result.dir, entries: result.entries, bytes: result.bytes, removed: result.removed, leftovers: result.leftovers }, human: lines.join('\n') };
      }),
    );

  addCommonOptions(cache.command('clean'))
    .description(t('cliAdmin.cache.clean.description'))
    .action((flags: CommonFlags) =>
      runCommand(flags, async (ctx) => {
        const { cleanCache } = await import('../../install/cache-maintenance.js');
        const result = await cleanCache(gotongPaths(ctx.env).cacheDir);
        return { json: { cache: result.dir, entries: result.entries, bytes: result.bytes }, human: t('cliAdmin.cache.clean.done', { files: result.entries, size: size(result.bytes), dir: result.dir }) };
      }),
    );

  const store = program.command('store').description(t('cliAdmin.store.description'));

  addCommonOptions(store.command('prune'))
    .description(t('cliAdmin.store.prune.description'))
    .option('--dry-run', t('cliAdmin.store.prune.dryRun'))
    .action((flags: CommonFlags & { dryRun?: boolean }) =>
      runCommand(flags, async (ctx) => {
        const { pruneStore } = await import('../../install/store-prune.js');
        const paths = gotongPaths(ctx.env);
        const result = await pruneStore({ home: paths.home, storeDir: paths.storeDir, dryRun: Boolean(flags.dryRun) });
        const gone = result.workspaces.filter((w) => w.gone);
        const lines = [
          ...gone.map((w) => t(result.dryRun ? 'cliAdmin.store.prune.goneWould' : 'cliAdmin.store.prune.gone', { path: w.path })),
          t('cliAdmin.store.prune.kept', { entries: result.kept.entries, size: size(result.kept.bytes), workspaces: result.workspaces.length - gone.length }),
          t(result.dryRun ? 'cliAdmin.store.prune.wouldRemove' : 'cliAdmin.store.prune.removed', { entries: result.removed.entries, size: size(result.removed.bytes) }),
        ];
        return { json: { store: paths.storeDir, ...result }, human: lines.join('\n') };
      }),
    );
}
