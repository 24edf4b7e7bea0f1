import { resolve } from 'node:path';
import type { Command } from 'commander';
import { keyPassphraseOption, onlineKeyFromFlags, parseThreshold, passphraseLookup } from '../key-flags.js';
import { addCommonOptions, collect, runCommand, type CommonFlags } from '../context.js';
import { t } from '../../i18n/translate.js';

interface NamespaceKeysFlags extends CommonFlags {
  registry?: string;
  publisherKey: string[];
  threshold: string;
  adminKey: string[];
  signingKey: string[];
  onlineKey?: string;
  keyPassphraseEnv?: string[];
}

interface RotateFlags extends CommonFlags {
  registry?: string;
  adminKey: string[];
  newRootKey: string[];
  threshold?: string;
  newOnlineKey?: string;
  onlineKey?: string;
  keyPassphraseEnv?: string[];
}


/** Key administration under `gotong registry`: revoke or replace publisher keys, rotate root. */
export function registerRegistryKeyCommands(registry: Command): void {
  addCommonOptions(registry.command('namespace-keys'))
    .description(t('cliAdmin.registry.namespaceKeys.description'))
    .argument('<namespace>')
    .option('--registry <url>', t('cliAdmin.option.registryGitEnv'))
    .requiredOption('--publisher-key <pubfile>', t('cliAdmin.registry.namespaceKeys.publisherKey'), collect)
    .option('--threshold <n>', t('cliAdmin.option.publisherThreshold'), '1')
    .requiredOption('--admin-key <file>', t('cliAdmin.option.adminKeyThreshold'), collect)
    .requiredOption('--signing-key <file>', t('cliAdmin.registry.namespaceKeys.signingKey'), collect)
    .option('--online-key <file>', t('cliAdmin.option.onlineKey'))
    .addOption(keyPassphraseOption())
    .action((namespace: string, flags: NamespaceKeysFlags) =>
      runCommand(flags, async (ctx) => {
        const { readPublicKeyFile, readSigningKeyFiles } = await import('../../trust/key-files.js');
        const { locateRegistry } = await import('../../registry/locate.js');
        const { setNamespaceKeys } = await import('../../admin/keys.js');
        const passphrases = passphraseLookup(ctx, { mappings: flags.keyPassphraseEnv, keyFiles: [...flags.adminKey, ...flags.signingKey, ...(flags.onlineKey ? [flags.onlineKey] : [])], keyVariables: ['GOTONG_ONLINE_KEY'] });
        const read = (files: string[]) => readSigningKeyFiles(files.map((f) => resolve(ctx.cwd, f)), passphrases);
        const onlineKey = await onlineKeyFromFlags(ctx, flags.onlineKey, passphrases);
        const result = await setNamespaceKeys({
          namespace,
          location: await locateRegistry({ flag: flags.registry, env: ctx.env }),
          publisherKeys: await Promise.all(flags.publisherKey.map((f) => readPublicKeyFile(resolve(ctx.cwd, f)))),
          threshold: parseThreshold(flags.threshold),
          adminSigners: await read(flags.adminKey),
          publisherSigners: await read(flags.signingKey),
          onlineKey,
          reporter: ctx.reporter,
          env: ctx.env,
        });
        return { json: { ...result }, human: t('cliAdmin.registry.namespaceKeys.done', { namespace: result.namespace, keys: result.keyIds.map((k) => k.slice(0, 16)).join(', '), threshold: result.threshold }) };
      }),
    );

  addCommonOptions(registry.command('rotate-root'))
    .description(t('cliAdmin.registry.rotateRoot.description'))
    .option('--registry <url>', t('cliAdmin.option.registryGitEnv'))
    .requiredOption('--admin-key <file>', t('cliAdmin.registry.rotateRoot.adminKey'), collect)
    .option('--new-root-key <pubfile>', t('cliAdmin.option.newRootKey'), collect, [])
    .option('--threshold <n>', t('cliAdmin.option.newThreshold'))
    .option('--new-online-key <pubfile>', t('cliAdmin.option.newOnlineKey'))
    .option('--online-key <file>', t('cliAdmin.registry.rotateRoot.onlineKey'))
    .addOption(keyPassphraseOption())
    .action((flags: RotateFlags) =>
      runCommand(flags, async (ctx) => {
        const { readPublicKeyFile, readSigningKeyFiles } = await import('../../trust/key-files.js');
        const { locateRegistry } = await import('../../registry/locate.js');
        const { rotateRoot } = await import('../../admin/keys.js');
        const passphrases = passphraseLookup(ctx, { mappings: flags.keyPassphraseEnv, keyFiles: [...flags.adminKey, ...(flags.onlineKey ? [flags.onlineKey] : [])], keyVariables: ['GOTONG_ONLINE_KEY'] });
        const onlineKey = await onlineKeyFromFlags(ctx, flags.onlineKey, passphrases);
        const result = await rotateRoot({
          location: await locateRegistry({ flag: flags.registry, env: ctx.env }),
          change: {
            adminKeys: flags.newRootKey.length ? await Promise.all(flags.newRootKey.map((f) => readPublicKeyFile(resolve(ctx.cwd, f)))) : undefined,
            threshold: flags.threshold === undefined ? undefined : parseThreshold(flags.threshold),
            onlineKey: flags.newOnlineKey ? await readPublicKeyFile(resolve(ctx.cwd, flags.newOnlineKey)) : undefined,
          },
          signers: await readSigningKeyFiles(flags.adminKey.map((f) => resolve(ctx.cwd, f)), passphrases),
          onlineKey,
          reporter: ctx.reporter,
          env: ctx.env,
        });
        return { json: { ...result }, human: t('cliAdmin.registry.rotateRoot.done', { rootVersion: result.rootVersion, keys: result.rootKeyIds.length, threshold: result.threshold, onlineKey: result.onlineKeyId.slice(0, 16) }) };
      }),
    );
}
