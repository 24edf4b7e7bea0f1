// `gotong registry status`, `registry list` and `registry remove`: seeing a
// registry's health, and the registries this machine knows.
import type { Command } from 'commander';
import { addCommonOptions, runCommand, type CommonFlags } from '../context.js';
import { t } from '../../i18n/translate.js';

/** Seeing a registry and the registries this machine knows: `registry status`, `list`, `remove`. */
export function registerRegistryHealthCommands(registry: Command): void {
  addCommonOptions(registry.command('status'))
    .description(t('cliAdmin.registry.status.description'))
    .option('--registry <name|url>', t('cliAdmin.option.registryEnv'))
    .action((flags: CommonFlags & { registry?: string }) =>
      runCommand(flags, async (ctx) => {
        const { locateRegistry } = await import('../../registry/locate.js');
        const { registryStatus, statusFailure } = await import('../../admin/status.js');
        const { statusText } = await import('../status-text.js');
        const status = await registryStatus({ location: await locateRegistry({ flag: flags.registry, env: ctx.env }), reporter: ctx.reporter, env: ctx.env });
        const failure = statusFailure(status);
        if (failure && ctx.json) return { json: { ...status, error: failure.toJSON() }, human: '', exitCode: failure.exitCode };
        if (failure) {
          // The table first, so that the alarm says which role; then the error and its hint.
          ctx.out.stdout(statusText(status, ctx.colour) + '\n');
          throw failure;
        }
        return { json: { ...status }, human: statusText(status, ctx.colour) };
      }),
    );

  addCommonOptions(registry.command('list'))
    .description(t('cliAdmin.registry.list.description'))
    .action((flags: CommonFlags) =>
      runCommand(flags, async (ctx) => {
        const { listRegistries } = await import('../../admin/known-registries.js');
        const { registryListText } = await import('../status-text.js');
        const registries = await listRegistries(ctx.env);
        return { json: { registries }, human: registryListText(registries) };
      }),
    );

  addCommonOptions(registry.command('remove'))
    .description(t('cliAdmin.registry.remove.description'))
    .argument('<name>')
    .action((name: string, flags: CommonFlags) =>
      runCommand(flags, async (ctx) => {
        const { removeRegistry } = await import('../../admin/known-registries.js');
        const result = await removeRegistry(name, ctx.env);
        return { json: { ...result }, human: t(result.wasDefault ? 'cliAdmin.registry.remove.doneWasDefault' : 'cliAdmin.registry.remove.done', { name: result.name }) };
      }),
    );
}
