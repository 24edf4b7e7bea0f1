import { resolve } from 'node:path';
import type { Command } from 'commander';
import { addCommonOptions, runCommand, usage, type CommonFlags } from '../context.js';

export function registerCatalogCommands(program: Command): void {
  const catalog = program.command('catalog').description('the registry catalog: a static web site of its modules');
  addCommonOptions(catalog.command('build'))
    .description('verify a registry and write its catalog as static files')
    .option('--registry <name|url>', 'registry name or URL (or GOTONG_REGISTRY)')
    .requiredOption('--out <dir>', 'folder to write the site into')
    .option('--offline', 'use only the cache and unexpired trusted metadata')
    .action((flags: CommonFlags & { registry?: string; out: string; offline?: boolean }) =>
      runCommand(flags, async (ctx) => {
        const { buildRegistryCatalog } = await import('../../catalog/registry-catalog.js');
        const result = await buildRegistryCatalog({ cwd: ctx.cwd, registry: flags.registry, out: resolve(ctx.cwd, flags.out), offline: flags.offline, reporter: ctx.reporter, env: ctx.env });
        return {
          json: { outDir: result.outDir, modules: result.modules, pages: result.pages, totalBytes: result.totalBytes, searchDataBytes: result.searchDataBytes, homePageBytes: result.homePageBytes },
          human: `catalog of ${result.modules} modules written to ${result.outDir} (${result.pages} pages, ${result.totalBytes} bytes)\nopen ${resolve(result.outDir, 'index.html')}`,
        };
      }),
    );

  addCommonOptions(program.command('serve'))
    .description('serve the catalog and the registry\'s files over HTTP on loopback, rebuilding when the registry changes')
    .option('--registry <name|url>', 'registry name or URL (or GOTONG_REGISTRY)')
    .option('--port <port>', 'port to listen on (0 = any free port)', '8080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .action((flags: CommonFlags & { registry?: string; port: string; host: string }) =>
      runCommand(flags, async (ctx) => {
        const { serveRegistry } = await import('../../catalog/serve-registry.js');
        const port = Number(flags.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw usage(`--port must be a number from 0 to 65535, not "${flags.port}"`, 'For example --port 8080.');
        const running = await serveRegistry({ cwd: ctx.cwd, registry: flags.registry, host: flags.host, port, reporter: ctx.reporter, env: ctx.env });
        ctx.reporter.emit({ type: 'info', message: `serving the catalog at ${running.url}/ and the registry at ${running.url}/registry/ (Ctrl+C stops)` });
        await new Promise<void>((done) => {
          const stop = () => void running.close().then(done);
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        return { json: { url: running.url }, human: 'stopped' };
      }),
    );
}
