// `gotong registry root …` and `gotong registry targets …`: the steps of a
// change that administrators in different cities sign one at a time
// (admin/ceremony.ts). Each command maps its flags to one core call and
// renders the proposal it returns.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { ProposalView, SignedView } from '../../admin/ceremony.js';
import type { CeremonyKind, TargetsChange } from '../../trust/ceremony.js';
import type { PassphraseLookup } from '../../trust/key-files.js';
import type { PublicKeyInfo } from '../../trust/keys.js';
import { keyPassphraseOption, onlineKeyFromFlags, parseThreshold, passphraseLookup } from '../key-flags.js';
import { addCommonOptions, collect, runCommand, usage, type CommandContext, type CommonFlags } from '../context.js';

interface SigningFlags extends CommonFlags {
  registry?: string;
  key?: string[];
  keyPassphraseEnv?: string[];
  expiresIn?: string;
}

interface RootProposeFlags extends SigningFlags {
  newRootKey: string[];
  threshold?: string;
  newOnlineKey?: string;
}

interface TargetsProposeFlags extends SigningFlags {
  addNamespace?: string;
  removeNamespace?: string;
  namespaceKeys?: string;
  publisherKey: string[];
  threshold?: string;
}

const short = (id: string) => id.slice(0, 12);

/** A proposal in words: what it changes, who signed, who may still sign, and the next step. */
function describe(proposal: ProposalView): string {
  const lines = [`${proposal.kind} proposal ${proposal.id} (branch ${proposal.branch})`];
  if (proposal.invalid) return [...lines, `  refused: ${proposal.invalid}`].join('\n');
  if (proposal.stale) return [...lines, `  stale: ${proposal.stale}`, `  discard it: gotong registry ${proposal.kind} discard ${proposal.id}`].join('\n');
  lines.push(...proposal.changes.map((change) => `  ${change}`), 'signatures:');
  for (const s of proposal.signatures) {
    const others = s.keyIds.filter((id) => !s.signedBy.includes(id)).map(short);
    lines.push(`  ${s.document}  ${s.who}: ${s.signedBy.length}/${s.threshold}${s.signedBy.length ? `, signed by ${s.signedBy.map(short).join(', ')}` : ''}${others.length ? `; not yet by ${others.join(', ')}` : ''}`);
  }
  if (proposal.ready) lines.push(`ready: gotong registry ${proposal.kind} commit ${proposal.id} --online-key FILE`);
  else lines.push(`still missing ${proposal.missing.map((m) => `${m.need} from ${m.who}`).join('; ')}: each holder runs gotong registry ${proposal.kind} sign ${proposal.id} --key FILE`);
  return lines.join('\n');
}

function addedLine(added: Array<{ document: string; keyId: string }>): string {
  return added.length === 0 ? 'no signature added: the given keys had signed already' : added.map((a) => `signed ${a.document} with ${short(a.keyId)}`).join('\n');
}

async function ceremonyContext(ctx: CommandContext, flags: SigningFlags, keyFiles: string[]) {
  const { locateRegistry } = await import('../../registry/locate.js');
  const passphrases = passphraseLookup(ctx, { mappings: flags.keyPassphraseEnv, keyFiles, keyVariables: ['GOTONG_SIGNING_KEY', 'GOTONG_ONLINE_KEY'] });
  let days: number | undefined;
  if (flags.expiresIn !== undefined) {
    const { parseDuration } = await import('../../core/duration.js');
    days = parseDuration(flags.expiresIn, '--expires-in') / 86_400_000;
    if (days < 1) throw usage('--expires-in must be at least one day', 'Root and targets usually last a year: --expires-in 365d.');
  }
  return { location: await locateRegistry({ flag: flags.registry, env: ctx.env }), passphrases, expiryDays: days, reporter: ctx.reporter, env: ctx.env };
}

async function proposerKeys(ctx: CommandContext, files: string[] | undefined, passphrases: PassphraseLookup) {
  const { readSigningKeyFiles } = await import('../../trust/key-files.js');
  return readSigningKeyFiles((files ?? []).map((f) => resolve(ctx.cwd, f)), passphrases);
}

function targetsChange(flags: TargetsProposeFlags, publisherKeys: PublicKeyInfo[]): TargetsChange {
  const chosen = [flags.addNamespace && 'add', flags.removeNamespace && 'remove', flags.namespaceKeys && 'keys'].filter(Boolean);
  if (chosen.length > 1) throw usage('give one of --add-namespace, --remove-namespace and --namespace-keys', 'One change per proposal: propose the others after this one is committed.');
  const needsKeys = Boolean(flags.addNamespace || flags.namespaceKeys);
  if (needsKeys && publisherKeys.length === 0) throw usage('--add-namespace and --namespace-keys need the city\'s keys', 'Pass each publisher public key with --publisher-key PUBFILE.');
  if (!needsKeys && (publisherKeys.length > 0 || flags.threshold !== undefined)) throw usage('--publisher-key and --threshold go with --add-namespace or --namespace-keys', 'Leave them out, or say which namespace they are for.');
  const threshold = flags.threshold === undefined ? 1 : parseThreshold(flags.threshold);
  if (flags.addNamespace) return { action: 'add-namespace', namespace: flags.addNamespace, publisherKeys, threshold };
  if (flags.namespaceKeys) return { action: 'namespace-keys', namespace: flags.namespaceKeys, publisherKeys, threshold };
  if (flags.removeNamespace) return { action: 'remove-namespace', namespace: flags.removeNamespace };
  return { action: 'renew' };
}

function registerSteps(group: Command, kind: CeremonyKind): void {
  addCommonOptions(group.command('sign'))
    .description(`add your signature to ${kind} proposal ID (only the documents your key is needed on)`)
    .argument('<id>')
    .option('--registry <url>', 'registry name or git URL (or GOTONG_REGISTRY)')
    .option('--key <file>', 'your private key, administrator\'s or city\'s (or GOTONG_SIGNING_KEY); repeat for several', collect)
    .addOption(keyPassphraseOption())
    .action((id: string, flags: SigningFlags) =>
      runCommand(flags, async (ctx) => {
        const { signCeremony } = await import('../../admin/ceremony.js');
        const { resolveSigningKeys } = await import('../../trust/key-files.js');
        const base = await ceremonyContext(ctx, flags, flags.key ?? []);
        const signers = await resolveSigningKeys({ files: (flags.key ?? []).map((f) => resolve(ctx.cwd, f)), envVar: 'GOTONG_SIGNING_KEY', env: ctx.env, passphrases: base.passphrases, purpose: 'signing', flag: '--key' });
        return proposalOutput(await signCeremony({ ...base, kind, id, signers }), true);
      }),
    );

  addCommonOptions(group.command('commit'))
    .description(`put ${kind} proposal ID on main once every threshold is met (else: name the missing signatures, change nothing)`)
    .argument('<id>')
    .option('--registry <url>', 'registry name or git URL (or GOTONG_REGISTRY)')
    .option('--online-key <file>', 'the online key that signs snapshot and timestamp, the new one if the proposal changes it (or GOTONG_ONLINE_KEY)')
    .addOption(keyPassphraseOption())
    .action((id: string, flags: SigningFlags & { onlineKey?: string }) =>
      runCommand(flags, async (ctx) => {
        const { commitCeremony } = await import('../../admin/ceremony.js');
        const base = await ceremonyContext(ctx, flags, flags.onlineKey ? [flags.onlineKey] : []);
        const onlineKey = await onlineKeyFromFlags(ctx, flags.onlineKey, base.passphrases);
        const result = await commitCeremony({ ...base, kind, id, onlineKey });
        return { json: { ...result }, human: `committed ${result.id}\n${result.changes.map((c) => `  ${c}`).join('\n')}` };
      }),
    );

  addCommonOptions(group.command('status'))
    .description(`list the open ${kind} proposals: what each changes, signatures present and missing`)
    .option('--registry <url>', 'registry name or git URL (or GOTONG_REGISTRY)')
    .action((flags: SigningFlags) =>
      runCommand(flags, async (ctx) => {
        const { ceremonyStatus } = await import('../../admin/ceremony.js');
        const base = await ceremonyContext(ctx, flags, []);
        const result = await ceremonyStatus({ ...base, kind });
        return { json: { ...result }, human: result.proposals.length ? result.proposals.map(describe).join('\n\n') : `no open ${kind} proposals` };
      }),
    );

  addCommonOptions(group.command('discard'))
    .description(`delete ${kind} proposal ID (stalled, stale, or never meant)`)
    .argument('<id>')
    .option('--registry <url>', 'registry name or git URL (or GOTONG_REGISTRY)')
    .action((id: string, flags: SigningFlags) =>
      runCommand(flags, async (ctx) => {
        const { discardCeremony } = await import('../../admin/ceremony.js');
        const result = await discardCeremony({ ...(await ceremonyContext(ctx, flags, [])), kind, id });
        return { json: { ...result }, human: `discarded ${result.id}` };
      }),
    );
}

/** `propose` with the options both kinds share; the caller adds what its change needs. */
function proposeCommand(group: Command, description: string, what: string): Command {
  return addCommonOptions(group.command('propose'))
    .description(description)
    .option('--registry <url>', 'registry name or git URL (or GOTONG_REGISTRY)')
    .option('--expires-in <duration>', `how long ${what} is valid (default 365d)`)
    .option('--key <file>', 'your administrator private key, to sign the proposal at once (repeat for several)', collect)
    .addOption(keyPassphraseOption());
}

/** The proposal after propose or sign; `signing` says so also when the given keys had signed already. */
function proposalOutput(result: SignedView, signing = false): { json: Record<string, unknown>; human: string } {
  return { json: { ...result }, human: `${result.added.length || signing ? `${addedLine(result.added)}\n` : ''}${describe(result)}` };
}

/** `gotong registry root` and `gotong registry targets`: propose, sign, commit, status, discard. */
export function registerCeremonyCommands(registry: Command): void {
  const root = registry.command('root').description('change root (administrator keys, threshold, online key, expiry) with administrators signing one at a time');
  proposeCommand(root, 'propose root N+1 on a branch of its own; prints its id', 'root N+1')
    .option('--new-root-key <pubfile>', 'the new set of administrator public keys (repeat; default: unchanged)', collect, [])
    .option('--threshold <n>', 'new root and targets threshold (default: unchanged)')
    .option('--new-online-key <pubfile>', 'new online public key for snapshot and timestamp (default: unchanged)')
    .action((flags: RootProposeFlags) =>
      runCommand(flags, async (ctx) => {
        const { proposeRootChange } = await import('../../admin/ceremony.js');
        const { readPublicKeyFile } = await import('../../trust/key-files.js');
        const base = await ceremonyContext(ctx, flags, flags.key ?? []);
        const change = {
          adminKeys: flags.newRootKey.length ? await Promise.all(flags.newRootKey.map((f) => readPublicKeyFile(resolve(ctx.cwd, f)))) : undefined,
          threshold: flags.threshold === undefined ? undefined : parseThreshold(flags.threshold),
          onlineKey: flags.newOnlineKey ? await readPublicKeyFile(resolve(ctx.cwd, flags.newOnlineKey)) : undefined,
        };
        return proposalOutput(await proposeRootChange({ ...base, change, signers: await proposerKeys(ctx, flags.key, base.passphrases) }));
      }),
    );
  registerSteps(root, 'root');

  const targets = registry.command('targets').description('change the member cities (add, remove, change keys) with administrators signing one at a time');
  proposeCommand(targets, 'propose targets M+1 (one change; none: only a fresh expiry) on a branch of its own; prints its id', 'targets M+1')
    .option('--add-namespace <ns>', 'delegate @NS/* to --publisher-key keys')
    .option('--remove-namespace <ns>', 'stop delegating @NS/*: its modules can no longer be installed, and the name is never given out again')
    .option('--namespace-keys <ns>', 'replace the publisher keys of @NS with --publisher-key keys (the city signs its re-signed role with a new key)')
    .option('--publisher-key <pubfile>', 'a publisher public key of the city (repeat)', collect, [])
    .option('--threshold <n>', 'publisher signatures the city needs (default 1)')
    .action((flags: TargetsProposeFlags) =>
      runCommand(flags, async (ctx) => {
        const { proposeTargetsChange } = await import('../../admin/ceremony.js');
        const { readPublicKeyFile } = await import('../../trust/key-files.js');
        const base = await ceremonyContext(ctx, flags, flags.key ?? []);
        const publisherKeys = await Promise.all(flags.publisherKey.map((f) => readPublicKeyFile(resolve(ctx.cwd, f))));
        return proposalOutput(await proposeTargetsChange({ ...base, change: targetsChange(flags, publisherKeys), signers: await proposerKeys(ctx, flags.key, base.passphrases) }));
      }),
    );
  registerSteps(targets, 'targets');
}
