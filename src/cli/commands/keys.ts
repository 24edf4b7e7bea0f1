import { resolve } from 'node:path';
import type { Command } from 'commander';
import { addCommonOptions, runCommand, type CommonFlags } from '../context.js';
import { keyPassphraseOption, newKeyPassphrase, passphraseLookup } from '../key-flags.js';

export function registerKeys(program: Command): void {
  const keys = program.command('keys').description('make and inspect Ed25519 signing keys');
  addCommonOptions(keys.command('generate'))
    .description('generate an Ed25519 key pair: FILE (private, mode 0600) and FILE.pub')
    .requiredOption('--out <file>', 'where to write the private key')
    .option('--passphrase-env <var>', 'encrypt the private key with the passphrase in this environment variable')
    .action((flags: CommonFlags & { out: string; passphraseEnv?: string }) =>
      runCommand(flags, async (ctx) => {
        const { writeKeyPair } = await import('../../trust/key-files.js');
        const passphrase = flags.passphraseEnv ? newKeyPassphrase(ctx.env, flags.passphraseEnv) : undefined;
        const written = await writeKeyPair(resolve(ctx.cwd, flags.out), passphrase);
        return {
          json: { keyId: written.keyId, privateKeyFile: written.privateFile, publicKeyFile: written.publicFile, publicKey: written.publicKey, encrypted: written.encrypted },
          human: `key id ${written.keyId}\nprivate key ${written.privateFile}${written.encrypted ? ' (encrypted)' : ''}\npublic key  ${written.publicFile}`,
        };
      }),
    );
  addCommonOptions(keys.command('show'))
    .description('print the TUF key id and public key of a key file (.pub, or private and maybe encrypted)')
    .argument('<file>')
    .addOption(keyPassphraseOption())
    .action((file: string, flags: CommonFlags & { keyPassphraseEnv?: string[] }) =>
      runCommand(flags, async (ctx) => {
        const { readPublicKeyFile } = await import('../../trust/key-files.js');
        const passphrases = passphraseLookup(ctx, { mappings: flags.keyPassphraseEnv, keyFiles: [file] });
        const key = await readPublicKeyFile(resolve(ctx.cwd, file), passphrases);
        return { json: { keyId: key.keyId, publicKey: key.publicHex, keyType: 'ed25519' }, human: `key id     ${key.keyId}\npublic key ${key.publicHex} (ed25519)` };
      }),
    );
}
