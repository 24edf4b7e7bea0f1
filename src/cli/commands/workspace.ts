import { resolve } from 'node:path';
import type { Command } from 'commander';
import { GotongError } from '../../core/errors.js';
import type { InstallResult } from '../../install/install.js';
import { addCommonOptions, runCommand, type CommonFlags } from '../context.js';
import { addSettingsOptions, settingsInput, type SettingsFlags } from '../settings-flags.js';
import { upToDateText } from '../up-to-date-answer.js';
import { t } from '../../i18n/translate.js';

/** `gotong install --json`, stable API; `gotong update --json` holds the same fields. */
export function installJson(result: InstallResult): Record<string, unknown> {
  return { installed: result.installed, changed: result.changed, removed: result.removed, upToDate: result.upToDate, lastVerified: result.verified?.at ?? null, verifiedAgainst: result.verified?.against ?? null, warnings: result.warnings };
}

export function registerWorkspaceCommands(program: Command): void {
  addSettingsOptions(addCommonOptions(program.command('install')))
    .alias('i')
    .description(t('cli.install.description'))
    .argument('[modules...]')
    .option('--registry <name|url>', t('cli.option.registry'))
    .option('--frozen', t('cli.install.frozen'))
    .option('--offline', t('cli.option.offline'))
    .option('--refresh', t('cli.install.refresh'))
    .option('--from-bundle <file>', t('cli.install.fromBundle'))
    .option('--root-sha256 <hex>', t('cli.install.rootSha256'))
    .option('--allow-expired-bundle', t('cli.install.allowExpiredBundle'))
    .action((modules: string[], flags: CommonFlags & SettingsFlags & { registry?: string; frozen?: boolean; offline?: boolean; refresh?: boolean; fromBundle?: string; rootSha256?: string; allowExpiredBundle?: boolean }) =>
      runCommand(flags, async (ctx) => {
        const { install } = await import('../../install/install.js');
        const fromBundle = flags.fromBundle === undefined ? undefined : resolve(ctx.cwd, flags.fromBundle);
        const result = await install({ cwd: ctx.cwd, add: modules, registry: flags.registry, frozen: flags.frozen, offline: flags.offline, refresh: flags.refresh, fromBundle, rootSha256: flags.rootSha256, allowExpiredBundle: flags.allowExpiredBundle, settings: await settingsInput(flags, ctx), reporter: ctx.reporter, env: ctx.env });
        const lines = result.upToDate
          ? [upToDateText(result.installed.length, result.verified)]
          : [
              ...result.installed.map((m) => `${result.changed.includes(m.name) ? '+' : ' '} ${m.name}@${m.version}`),
              ...result.removed.map((name) => `- ${name}`),
              t('cli.install.summary', { installed: result.installed.length, placed: result.changed.length }),
            ];
        return { json: installJson(result), human: lines.join('\n') };
      }),
    );

  addCommonOptions(program.command('uninstall'))
    .alias('remove')
    .description(t('cli.uninstall.description'))
    .argument('<modules...>')
    .action((modules: string[], flags: CommonFlags) =>
      runCommand(flags, async (ctx) => {
        const { uninstall } = await import('../../install/uninstall.js');
        const result = await uninstall({ cwd: ctx.cwd, modules, reporter: ctx.reporter });
        return { json: { ...result }, human: [...result.removed.map((n) => `- ${n}`), t('cli.uninstall.remain', { count: result.remaining })].join('\n') };
      }),
    );

  addCommonOptions(program.command('ls'))
    .alias('list')
    .description(t('cli.ls.description'))
    .action((flags: CommonFlags) =>
      runCommand(flags, async (ctx) => {
        const { listWorkspace } = await import('../../install/list.js');
        const result = await listWorkspace(ctx.cwd);
        const line = (m: (typeof result.modules)[number]) => {
          const entry = `${m.direct ? '*' : ' '} ${m.name}@${m.version}`;
          return m.installed ? entry : t('cli.ls.notInstalled', { module: entry });
        };
        const human = result.modules.length === 0 ? t('cli.ls.none') : result.modules.map(line).join('\n');
        return { json: { ...result }, human };
      }),
    );

  addCommonOptions(program.command('verify'))
    .description(t('cli.verify.description'))
    .action((flags: CommonFlags) =>
      runCommand(flags, async (ctx) => {
        const { verifyInstalled } = await import('../../install/verify-installed.js');
        const result = await verifyInstalled(ctx.cwd);
        if (ctx.json) return { json: { ...result }, human: '', exitCode: result.ok ? 0 : 5 };
        if (!result.ok) {
          const list = [...result.changed.map((file) => t('cli.verify.changed', { file })), ...result.missing.map((file) => t('cli.verify.missing', { file })), ...result.extra.map((file) => t('cli.verify.extra', { file }))];
          ctx.out.stderr(list.join('\n') + '\n');
          const strays = result.extra.length - result.extra.filter((path) => result.repair.some((name) => path.startsWith(`${name}/`))).length;
          throw new GotongError('GOTONG_E_VERIFY_DIFFERS', t('cli.verify.differs', { count: list.length }), {
            hint: t('cli.verify.differs.hint', { repair: result.repair.length > 0 ? 'yes' : 'no', byHand: strays > 0 ? 'yes' : 'no' }),
          });
        }
        return { json: {}, human: t('cli.verify.allMatch', { modules: result.modules, files: result.files }) };
      }),
    );
}
