import { resolve } from 'node:path';
import type { Command } from 'commander';
import { keyPassphraseOption, onlineKeyFromFlags, parseThreshold, passphraseLookup } from '../key-flags.js';
import { addCommonOptions, collect, runCommand, usage, type CommonFlags } from '../context.js';
import { t } from '../../i18n/translate.js';

interface InitFlags extends CommonFlags {
  name: string;
  rootKey: string[];
  threshold: string;
  onlineKey?: string;
  description?: string;
  mode: string;
  keyPassphraseEnv?: string[];
}


export function registerRegistry(program: Command): void {
  const registry = program.command('registry').description(t('cliAdmin.registry.description'));

  addCommonOptions(registry.command('init'))
    .description(t('cliAdmin.registry.init.description'))
    .argument('<target>')
    .requiredOption('--name <name>', t('cliAdmin.registry.init.name'))
    .requiredOption('--root-key <file>', t('cliAdmin.registry.init.rootKey'), collect)
    .option('--threshold <n>', t('cliAdmin.registry.init.threshold'), '1')
    .option('--online-key <file>', t('cliAdmin.registry.init.onlineKey'))
    .option('--description <text>', t('cliAdmin.registry.init.descriptionOption'))
    .option('--mode <mode>', t('cliAdmin.registry.init.mode'), 'staged')
    .addOption(keyPassphraseOption())
    .action((target: string, flags: InitFlags) =>
      runCommand(flags, async (ctx) => {
        const { initRegistry } = await import('../../admin/registry-setup.js');
        if (flags.mode !== 'staged' && flags.mode !== 'direct') throw usage(t('cliAdmin.registry.init.badMode', { mode: flags.mode }), t('cliAdmin.registry.init.badMode.hint'));
        const { readSigningKeyFile, readSigningKeyFiles } = await import('../../trust/key-files.js');
        const passphrases = passphraseLookup(ctx, { mappings: flags.keyPassphraseEnv, keyFiles: [...flags.rootKey, ...(flags.onlineKey ? [flags.onlineKey] : [])] });
        const rootSigners = await readSigningKeyFiles(flags.rootKey.map((f) => resolve(ctx.cwd, f)), passphrases);
        let onlineKey = rootSigners[0];
        if (flags.onlineKey) onlineKey = await readSigningKeyFile(resolve(ctx.cwd, flags.onlineKey), passphrases);
        else ctx.reporter.emit({ type: 'warn', code: 'GOTONG_W_ONLINE_IS_ROOT', message: t('cliAdmin.registry.init.onlineIsRoot'), hint: t('cliAdmin.registry.init.onlineIsRoot.hint') });
        const isUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(target) || /^[\w.-]+@[\w.-]+:/.test(target);
        const result = await initRegistry({ target: isUrl ? target : resolve(ctx.cwd, target), name: flags.name, description: flags.description, rootSigners, threshold: parseThreshold(flags.threshold), onlineKey, mode: flags.mode, reporter: ctx.reporter, env: ctx.env });
        return {
          json: { ...result },
          human: [
            t('cliAdmin.registry.init.created', { name: result.name, url: result.url, mode: result.mode }),
            t('cliAdmin.registry.init.rootSha256', { sha256: result.rootSha256 }),
            t('cliAdmin.registry.init.pinIt'),
            // i18n-exempt: a command line, the same in every language
            `  gotong registry add ${result.name} ${result.url} --root-sha256 ${result.rootSha256}`,
          ].join('\n'),
        };
      }),
    );

  addCommonOptions(registry.command('add-namespace'))
    .description(t('cliAdmin.registry.addNamespace.description'))
    .argument('<namespace>')
    .requiredOption('--registry <url>', t('cliAdmin.option.registryGit'))
    .requiredOption('--publisher-key <pubfile>', t('cliAdmin.registry.addNamespace.publisherKey'), collect)
    .option('--threshold <n>', t('cliAdmin.option.publisherThreshold'), '1')
    .requiredOption('--admin-key <file>', t('cliAdmin.option.adminKeyThreshold'), collect)
    .option('--online-key <file>', t('cliAdmin.registry.addNamespace.onlineKey'))
    .addOption(keyPassphraseOption())
    .action((namespace: string, flags: CommonFlags & { registry: string; publisherKey: string[]; threshold: string; adminKey: string[]; onlineKey?: string; keyPassphraseEnv?: string[] }) =>
      runCommand(flags, async (ctx) => {
        const { addNamespace } = await import('../../admin/registry-setup.js');
        const { locateRegistry } = await import('../../registry/locate.js');
        const { readPublicKeyFile, readSigningKeyFiles } = await import('../../trust/key-files.js');
        const passphrases = passphraseLookup(ctx, { mappings: flags.keyPassphraseEnv, keyFiles: [...flags.adminKey, ...(flags.onlineKey ? [flags.onlineKey] : [])], keyVariables: ['GOTONG_ONLINE_KEY'] });
        const adminSigners = await readSigningKeyFiles(flags.adminKey.map((f) => resolve(ctx.cwd, f)), passphrases);
        const onlineKey = flags.onlineKey || ctx.env.GOTONG_ONLINE_KEY
          ? (await onlineKeyFromFlags(ctx, flags.onlineKey, passphrases))
          : adminSigners[0];
        const publisherKeys = await Promise.all(flags.publisherKey.map((f) => readPublicKeyFile(resolve(ctx.cwd, f))));
        const location = await locateRegistry({ flag: flags.registry, env: ctx.env });
        const result = await addNamespace({ namespace, location, publisherKeys, threshold: parseThreshold(flags.threshold), adminSigners, onlineKey, reporter: ctx.reporter, env: ctx.env });
        return { json: { ...result }, human: t('cliAdmin.registry.addNamespace.done', { namespace: result.namespace, keys: result.keyIds.map((k) => k.slice(0, 16)).join(', '), threshold: result.threshold }) };
      }),
    );

  addCommonOptions(registry.command('refresh'))
    .description(t('cliAdmin.registry.refresh.description'))
    .option('--registry <url>', t('cliAdmin.option.registryGitEnv'))
    .option('--online-key <file>', t('cliAdmin.option.onlineKey'))
    .addOption(keyPassphraseOption())
    .action((flags: CommonFlags & { registry?: string; onlineKey?: string; keyPassphraseEnv?: string[] }) =>
      runCommand(flags, async (ctx) => {
        const { refreshTimestamp } = await import('../../admin/registry-setup.js');
        const { locateRegistry } = await import('../../registry/locate.js');
        const passphrases = passphraseLookup(ctx, { mappings: flags.keyPassphraseEnv, keyFiles: flags.onlineKey ? [flags.onlineKey] : [], keyVariables: ['GOTONG_ONLINE_KEY'] });
        const onlineKey = await onlineKeyFromFlags(ctx, flags.onlineKey, passphrases);
        const location = await locateRegistry({ flag: flags.registry, env: ctx.env });
        const result = await refreshTimestamp({ location, onlineKey, reporter: ctx.reporter, env: ctx.env });
        return { json: { ...result }, human: t('cliAdmin.registry.refresh.done', { version: result.timestampVersion, expires: result.expires }) };
      }),
    );

  addCommonOptions(registry.command('add'))
    .description(t('cliAdmin.registry.add.description'))
    .argument('<name>')
    .argument('<url>')
    .option('--root-sha256 <hex>', t('cliAdmin.registry.add.rootSha256'))
    .option('--root <file>', t('cliAdmin.registry.add.root'))
    .option('--mirror <url>', t('cliAdmin.registry.add.mirror'), collect)
    .action((name: string, url: string, flags: CommonFlags & { rootSha256?: string; root?: string; mirror?: string[] }) =>
      runCommand(flags, async (ctx) => {
        const { addRegistry } = await import('../../admin/known-registries.js');
        if (!flags.rootSha256 && !flags.root) throw usage(t('cliAdmin.registry.add.noPin'), t('cliAdmin.registry.add.noPin.hint'));
        const isPath = !/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !/^[\w.-]+@[\w.-]+:/.test(url);
        const { normaliseMirrorUrl } = await import('../../admin/mirror-config.js');
        const mirrors = flags.mirror?.map((m) => normaliseMirrorUrl(m, ctx.cwd));
        const result = await addRegistry({ name, url: isPath ? resolve(ctx.cwd, url) : url, rootSha256: flags.rootSha256, rootFile: flags.root && resolve(ctx.cwd, flags.root), mirrors, reporter: ctx.reporter, env: ctx.env });
        return { json: { ...result }, human: t('cliAdmin.registry.add.done', { name: result.name, url: result.url, sha256: result.rootSha256 }) };
      }),
    );

  addCommonOptions(registry.command('verify'))
    .description(t('cliAdmin.registry.verify.description'))
    .option('--registry <name|url>', t('cliAdmin.option.registryEnv'))
    .action((flags: CommonFlags & { registry?: string }) =>
      runCommand(flags, async (ctx) => {
        const { locateRegistry } = await import('../../registry/locate.js');
        const { auditRegistry } = await import('../../admin/audit.js');
        const { assertRegistryOk } = await import('../../trust/verify-registry.js');
        const location = await locateRegistry({ flag: flags.registry, env: ctx.env });
        const result = await auditRegistry(location, ctx.env);
        if (ctx.json) return { json: { ...result }, human: '', exitCode: result.ok ? 0 : 3 };
        const { removedKeyText } = await import('../status-text.js');
        const review = removedKeyText(result.publishedByRemovedKeys);
        if (!result.ok && review) ctx.out.stdout(review + '\n');
        assertRegistryOk(result, location.label);
        return { json: {}, human: [t('cliAdmin.registry.verify.valid', { label: location.label, rootVersion: result.rootVersion, namespaces: result.namespaces, modules: result.modules, targets: result.targets }), review].filter(Boolean).join('\n') };
      }),
    );
}
