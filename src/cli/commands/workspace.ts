import { resolve } from 'node:path';
import type { Command } from 'commander';
import { GotongError } from '../../core/errors.js';
import type { InstallResult } from '../../install/install.js';
import { addCommonOptions, runCommand, type CommonFlags } from '../context.js';
import { addSettingsOptions, settingsInput, type SettingsFlags } from '../settings-flags.js';
import { upToDateText } from '../up-to-date-answer.js';

/** `gotong install --json`, stable API; `gotong update --json` holds the same fields. */
export function installJson(result: InstallResult): Record<string, unknown> {
  return { installed: result.installed, changed: result.changed, removed: result.removed, upToDate: result.upToDate, lastVerified: result.verified?.at ?? null, verifiedAgainst: result.verified?.against ?? null, warnings: result.warnings };
}

export function registerWorkspaceCommands(program: Command): void {
  addSettingsOptions(addCommonOptions(program.command('install')))
    .alias('i')
    .description('install the workspace\'s modules (and add MODULE[@RANGE] to its dependencies)')
    .argument('[modules...]')
    .option('--registry <name|url>', 'registry name or URL (or GOTONG_REGISTRY)')
    .option('--frozen', 'install exactly the lockfile; fail when it is stale')
    .option('--offline', 'use only the cache and unexpired trusted metadata')
    .option('--refresh', 'check against the registry even if the last check is recent (GOTONG_VERIFY_INTERVAL)')
    .option('--from-bundle <file>', 'read the registry from an offline bundle (gotong bundle create); no network')
    .option('--allow-expired-bundle', 'install from a bundle whose signed metadata has expired, with a warning')
    .action((modules: string[], flags: CommonFlags & SettingsFlags & { registry?: string; frozen?: boolean; offline?: boolean; refresh?: boolean; fromBundle?: string; allowExpiredBundle?: boolean }) =>
      runCommand(flags, async (ctx) => {
        const { install } = await import('../../install/install.js');
        const fromBundle = flags.fromBundle === undefined ? undefined : resolve(ctx.cwd, flags.fromBundle);
        const result = await install({ cwd: ctx.cwd, add: modules, registry: flags.registry, frozen: flags.frozen, offline: flags.offline, refresh: flags.refresh, fromBundle, allowExpiredBundle: flags.allowExpiredBundle, settings: await settingsInput(flags, ctx), reporter: ctx.reporter, env: ctx.env });
        const lines = result.upToDate
          ? [upToDateText(result.installed.length, result.verified)]
          : [
              ...result.installed.map((m) => `${result.changed.includes(m.name) ? '+' : ' '} ${m.name}@${m.version}`),
              ...result.removed.map((name) => `- ${name}`),
              `${result.installed.length} modules installed, ${result.changed.length} placed, every byte verified`,
            ];
        return { json: installJson(result), human: lines.join('\n') };
      }),
    );

  addCommonOptions(program.command('uninstall'))
    .alias('remove')
    .description('remove modules from the workspace\'s dependencies and from gotong_modules/')
    .argument('<modules...>')
    .action((modules: string[], flags: CommonFlags) =>
      runCommand(flags, async (ctx) => {
        const { uninstall } = await import('../../install/uninstall.js');
        const result = await uninstall({ cwd: ctx.cwd, modules, reporter: ctx.reporter });
        return { json: { ...result }, human: [...result.removed.map((n) => `- ${n}`), `${result.remaining} modules remain`].join('\n') };
      }),
    );

  addCommonOptions(program.command('ls'))
    .alias('list')
    .description('list the installed modules')
    .action((flags: CommonFlags) =>
      runCommand(flags, async (ctx) => {
        const { listWorkspace } = await import('../../install/list.js');
        const result = await listWorkspace(ctx.cwd);
        const human = result.modules.length === 0 ? 'no modules installed' : result.modules.map((m) => `${m.direct ? '*' : ' '} ${m.name}@${m.version}${m.installed ? '' : ' (not installed: run gotong install)'}`).join('\n');
        return { json: { ...result }, human };
      }),
    );

  addCommonOptions(program.command('verify'))
    .description('re-hash gotong_modules/ against what was installed')
    .action((flags: CommonFlags) =>
      runCommand(flags, async (ctx) => {
        const { verifyInstalled } = await import('../../install/verify-installed.js');
        const result = await verifyInstalled(ctx.cwd);
        if (ctx.json) return { json: { ...result }, human: '', exitCode: result.ok ? 0 : 5 };
        if (!result.ok) {
          const list = [...result.changed.map((f) => `changed ${f}`), ...result.missing.map((f) => `missing ${f}`), ...result.extra.map((f) => `extra   ${f}`)];
          ctx.out.stderr(list.join('\n') + '\n');
          const strays = result.extra.length - result.extra.filter((path) => result.repair.some((name) => path.startsWith(`${name}/`))).length;
          const repair = result.repair.length > 0 ? 'Run `gotong install --frozen`: it puts them back as they were installed. ' : '';
          const byHand = strays > 0 ? 'Remove the folders no install put there by hand. ' : '';
          throw new GotongError('GOTONG_E_VERIFY_DIFFERS', `${list.length} difference${list.length === 1 ? '' : 's'} in gotong_modules/`, {
            hint: `Someone changed the installed files. ${repair}${byHand}Then find out who changed them.`,
          });
        }
        return { json: {}, human: `${result.modules} modules, ${result.files} files: all match what was installed` };
      }),
    );
}
