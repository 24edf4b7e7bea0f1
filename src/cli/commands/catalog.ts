import { resolve } from 'node:path';
import type { Command } from 'commander';
import { addCommonOptions, runCommand, usage, type CommonFlags } from '../context.js';
import { t } from '../../i18n/translate.js';

export function registerCatalogCommands(program: Command): void {
  const catalog = program.command('catalog').description(t('cliAdmin.catalog.description'));
  addCommonOptions(catalog.command('build'))
    .description(t('cliAdmin.catalog.build.description'))
    .option('--registry <name|url>', t('cliAdmin.option.registryEnv'))
    .requiredOption('--out <dir>', t('cliAdmin.catalog.build.out'))
    .option('--offline', t('cliAdmin.catalog.build.offline'))
    .action((flags: CommonFlags & { registry?: string; out: string; offline?: boolean }) =>
      runCommand(flags, async (ctx) => {
        const { buildRegistryCatalog } = await import('../../catalog/registry-catalog.js');
        const result = await buildRegistryCatalog({ cwd: ctx.cwd, registry: flags.registry, out: resolve(ctx.cwd, flags.out), offline: flags.offline, reporter: ctx.reporter, env: ctx.env });
        return {
          json: { outDir: result.outDir, modules: result.modules, pages: result.pages, totalBytes: result.totalBytes, searchDataBytes: result.searchDataBytes, homePageBytes: result.homePageBytes },
          human: `${t('cliAdmin.catalog.build.written', { modules: result.modules, outDir: result.outDir, pages: result.pages, bytes: result.totalBytes })}\n${t('cliAdmin.catalog.build.open', { path: resolve(result.outDir, 'index.html') })}`,
        };
      }),
    );

  addCommonOptions(program.command('serve'))
    .description(t('cliAdmin.serve.description'))
    .option('--registry <name|url>', t('cliAdmin.option.registryEnv'))
    .option('--port <port>', t('cliAdmin.serve.port'), '8080')
    .option('--host <host>', t('cliAdmin.serve.host'), '127.0.0.1')
    .action((flags: CommonFlags & { registry?: string; port: string; host: string }) =>
      runCommand(flags, async (ctx) => {
        const { serveRegistry } = await import('../../catalog/serve-registry.js');
        const port = Number(flags.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw usage(t('cliAdmin.serve.badPort', { port: flags.port }), t('cliAdmin.serve.badPort.hint'));
        const running = await serveRegistry({ cwd: ctx.cwd, registry: flags.registry, host: flags.host, port, reporter: ctx.reporter, env: ctx.env });
        ctx.reporter.emit({ type: 'info', message: t('cliAdmin.serve.serving', { url: running.url }) });
        await new Promise<void>((done) => {
          const stop = () => void running.close().then(done);
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        return { json: { url: running.url }, human: t('cliAdmin.serve.stopped') };
      }),
    );
}
