import { resolve } from 'node:path';
import type { Command } from 'commander';
import { keyPassphraseOption, onlineKeyFromFlags, parseThreshold, passphraseLookup } from '../key-flags.js';
import { addCommonOptions, collect, runCommand, type CommonFlags } from '../context.js';

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
    .description('replace the publisher keys of @NS (a key left out is revoked); the new keys re-sign its modules')
    .argument('<namespace>')
    .option('--registry <url>', 'registry name or git URL (or GOTONG_REGISTRY)')
    .requiredOption('--publisher-key <pubfile>', 'a publisher public key to keep or add (repeat)', collect)
    .option('--threshold <n>', 'publisher signatures needed', '1')
    .requiredOption('--admin-key <file>', 'administrator private key (repeat to reach the threshold)', collect)
    .requiredOption('--signing-key <file>', 'private key from the new set that re-signs the namespace (repeat to reach its threshold)', collect)
    .option('--online-key <file>', 'the registry online key (or GOTONG_ONLINE_KEY)')
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
        return { json: { ...result }, human: `@${result.namespace}/* now trusts ${result.keyIds.map((k) => k.slice(0, 16)).join(', ')} (threshold ${result.threshold}); other keys are revoked` };
      }),
    );

  addCommonOptions(registry.command('rotate-root'))
    .description('write root N+1: new administrator keys, threshold or online key, signed by the old and the new thresholds')
    .option('--registry <url>', 'registry name or git URL (or GOTONG_REGISTRY)')
    .requiredOption('--admin-key <file>', 'current and new administrator private keys (repeat to reach both thresholds)', collect)
    .option('--new-root-key <pubfile>', 'the new set of administrator public keys (repeat; default: unchanged)', collect, [])
    .option('--threshold <n>', 'new root and targets threshold (default: unchanged)')
    .option('--new-online-key <pubfile>', 'new online public key for snapshot and timestamp (default: unchanged)')
    .option('--online-key <file>', 'private online key that signs after the rotation (or GOTONG_ONLINE_KEY)')
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
        return { json: { ...result }, human: `root v${result.rootVersion}: ${result.rootKeyIds.length} administrator keys, threshold ${result.threshold}, online key ${result.onlineKeyId.slice(0, 16)}` };
      }),
    );
}
