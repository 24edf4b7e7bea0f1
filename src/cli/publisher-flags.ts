// The flags of the commands a publishing city runs against a registry
// (publish, yank, deprecate): which registry, the namespace's publisher keys (--key, else
// GOTONG_SIGNING_KEY), the online key (--online-key, else GOTONG_ONLINE_KEY),
// passphrases, the registry commit's author, the retry time and --dry-run,
// read into the options every signed namespace change takes.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { IndexChangeOptions } from '../publish/index-change.js';
import { collect, type CommandContext } from './context.js';
import { keyPassphraseOption, onlineKeyFromFlags, passphraseLookup } from './key-flags.js';

export interface PublisherFlags {
  registry?: string;
  key: string[];
  onlineKey?: string;
  keyPassphraseEnv?: string[];
  dryRun?: boolean;
  gitName?: string;
  gitEmail?: string;
  retryFor?: string;
}

export function addPublisherOptions(command: Command, dryRunHelp = 'sign the change, but change nothing'): Command {
  return command
    .option('--registry <name|url>', 'registry name or git URL (or GOTONG_REGISTRY)')
    .option('--key <file>', 'publisher private key of the module\'s namespace (repeat for a threshold); or GOTONG_SIGNING_KEY', collect, [])
    .option('--online-key <file>', 'registry online key for snapshot and timestamp; or GOTONG_ONLINE_KEY')
    .addOption(keyPassphraseOption())
    .option('--dry-run', dryRunHelp)
    .option('--git-name <name>', 'author of the registry commit (or GOTONG_GIT_NAME)')
    .option('--git-email <email>', 'e-mail of the registry commit (or GOTONG_GIT_EMAIL)')
    .option('--retry-for <duration>', 'keep trying this long while others push first, e.g. 90s or 10m (or GOTONG_PUBLISH_RETRY_FOR; default 5m in CI, 1m elsewhere)');
}

export async function publisherChangeOptions(ctx: CommandContext, flags: PublisherFlags): Promise<IndexChangeOptions> {
  const { locateRegistry } = await import('../registry/locate.js');
  const { resolveSigningKeys } = await import('../trust/key-files.js');
  const { parseDuration } = await import('../core/duration.js');
  const retryForMs = flags.retryFor === undefined ? undefined : parseDuration(flags.retryFor, '--retry-for');
  const passphrases = passphraseLookup(ctx, { mappings: flags.keyPassphraseEnv, keyFiles: [...flags.key, ...(flags.onlineKey ? [flags.onlineKey] : [])], keyVariables: ['GOTONG_SIGNING_KEY', 'GOTONG_ONLINE_KEY'] });
  const signers = await resolveSigningKeys({ files: flags.key.map((f) => resolve(ctx.cwd, f)), envVar: 'GOTONG_SIGNING_KEY', env: ctx.env, passphrases, purpose: 'publisher signing', flag: '--key' });
  const onlineKey = await onlineKeyFromFlags(ctx, flags.onlineKey, passphrases);
  const location = await locateRegistry({ flag: flags.registry, env: ctx.env });
  return { location, signers, onlineKey, dryRun: flags.dryRun, gitName: flags.gitName, gitEmail: flags.gitEmail, retryForMs, reporter: ctx.reporter, env: ctx.env };
}
