import { resolve } from 'node:path';
import type { Command } from 'commander';
import { addCommonOptions, runCommand, type CommonFlags } from '../context.js';
import { keyPassphraseOption, newKeyPassphrase, passphraseLookup } from '../key-flags.js';
import { t } from '../../i18n/translate.js';

export function registerKeys(program: Command): void {
  const keys = program.command('keys').description(t('cliAdmin.keys.description'));
  addCommonOptions(keys.command('generate'))
    .description(t('cliAdmin.keys.generate.description'))
    .requiredOption('--out <file>', t('cliAdmin.keys.generate.out'))
    .option('--passphrase-env <var>', t('cliAdmin.keys.generate.passphraseEnv'))
    .action((flags: CommonFlags & { out: string; passphraseEnv?: string }) =>
      runCommand(flags, async (ctx) => {
        const { writeKeyPair } = await import('../../trust/key-files.js');
        const passphrase = flags.passphraseEnv ? newKeyPassphrase(ctx.env, flags.passphraseEnv) : undefined;
        const written = await writeKeyPair(resolve(ctx.cwd, flags.out), passphrase);
        return {
          json: { keyId: written.keyId, privateKeyFile: written.privateFile, publicKeyFile: written.publicFile, publicKey: written.publicKey, encrypted: written.encrypted },
          human: [
            t('cliAdmin.keys.generate.keyId', { keyId: written.keyId }),
            t(written.encrypted ? 'cliAdmin.keys.generate.privateKeyEncrypted' : 'cliAdmin.keys.generate.privateKey', { file: written.privateFile }),
            t('cliAdmin.keys.generate.publicKey', { file: written.publicFile }),
          ].join('\n'),
        };
      }),
    );
  addCommonOptions(keys.command('show'))
    .description(t('cliAdmin.keys.show.description'))
    .argument('<file>')
    .addOption(keyPassphraseOption())
    .action((file: string, flags: CommonFlags & { keyPassphraseEnv?: string[] }) =>
      runCommand(flags, async (ctx) => {
        const { readPublicKeyFile } = await import('../../trust/key-files.js');
        const passphrases = passphraseLookup(ctx, { mappings: flags.keyPassphraseEnv, keyFiles: [file] });
        const key = await readPublicKeyFile(resolve(ctx.cwd, file), passphrases);
        return { json: { keyId: key.keyId, publicKey: key.publicHex, keyType: 'ed25519' }, human: `${t('cliAdmin.keys.show.keyId', { keyId: key.keyId })}\n${t('cliAdmin.keys.show.publicKey', { publicKey: key.publicHex, keyType: 'ed25519' })}` };
      }),
    );
}
