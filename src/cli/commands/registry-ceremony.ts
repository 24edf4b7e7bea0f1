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
import { t } from '../../i18n/translate.js';
import { documentsText, sameSigners } from '../../admin/signer-groups.js';

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

/** A gotong command line a proposal's holder runs: code, the same in every language. */
function ceremonyCommand(kind: CeremonyKind, step: string, id: string, flag = ''): string {
  return ['gotong registry', kind, step, id, flag].filter(Boolean).join(' '); // i18n-exempt: a command line, the same in every language
}

/** A proposal in words: what it changes, who signed, who may still sign, and the next step. */
function describe(proposal: ProposalView): string {
  const lines = [t('cliAdmin.ceremony.heading', { kind: proposal.kind, id: proposal.id, branch: proposal.branch })];
  if (proposal.invalid) return [...lines, `  ${t('cliAdmin.ceremony.refused', { reason: proposal.invalid })}`].join('\n');
  if (proposal.stale) {
    return [
      ...lines,
      `  ${t('cliAdmin.ceremony.stale', { reason: proposal.stale })}`,
      `  ${t('cliAdmin.ceremony.discardIt', { command: ceremonyCommand(proposal.kind, 'discard', proposal.id) })}`,
    ].join('\n');
  }
  lines.push(...proposal.changes.map((change) => `  ${change}`), t('cliAdmin.ceremony.signatures'));
  for (const s of sameSigners(proposal.signatures, (s) => [s.who, s.threshold, s.keyIds, s.signedBy])) {
    const others = s.keyIds.filter((id) => !s.signedBy.includes(id)).map(short);
    const line = t('cliAdmin.ceremony.signatureLine', {
      document: documentsText(s.documents),
      who: s.who,
      signed: s.signedBy.length,
      threshold: s.threshold,
      bySome: s.signedBy.length ? 'yes' : 'no',
      signedBy: s.signedBy.map(short).join(', '),
      byOthers: others.length ? 'yes' : 'no',
      others: others.join(', '),
    });
    lines.push(`  ${line}`);
  }
  if (proposal.ready) lines.push(t('cliAdmin.ceremony.ready', { command: ceremonyCommand(proposal.kind, 'commit', proposal.id, '--online-key FILE') }));
  else {
    const missing = sameSigners(proposal.missing, (m) => [m.who, m.need, m.from]).map((m) => t('cliAdmin.ceremony.missingFrom', { need: m.need, who: m.who })).join('; ');
    lines.push(t('cliAdmin.ceremony.stillMissing', { missing, command: ceremonyCommand(proposal.kind, 'sign', proposal.id, '--key FILE') }));
  }
  return lines.join('\n');
}

function addedLine(added: Array<{ document: string; keyId: string }>): string {
  return added.length === 0 ? t('cliAdmin.ceremony.noneAdded') : added.map((a) => t('cliAdmin.ceremony.added', { document: a.document, key: short(a.keyId) })).join('\n');
}

async function ceremonyContext(ctx: CommandContext, flags: SigningFlags, keyFiles: string[]) {
  const { locateRegistry } = await import('../../registry/locate.js');
  const passphrases = passphraseLookup(ctx, { mappings: flags.keyPassphraseEnv, keyFiles, keyVariables: ['GOTONG_SIGNING_KEY', 'GOTONG_ONLINE_KEY'] });
  let days: number | undefined;
  if (flags.expiresIn !== undefined) {
    const { parseDuration } = await import('../../core/duration.js');
    days = parseDuration(flags.expiresIn, '--expires-in') / 86_400_000;
    if (days < 1) throw usage(t('cliAdmin.ceremony.expiresTooSoon'), t('cliAdmin.ceremony.expiresTooSoon.hint'));
  }
  return { location: await locateRegistry({ flag: flags.registry, env: ctx.env }), passphrases, expiryDays: days, reporter: ctx.reporter, env: ctx.env };
}

async function proposerKeys(ctx: CommandContext, files: string[] | undefined, passphrases: PassphraseLookup) {
  const { readSigningKeyFiles } = await import('../../trust/key-files.js');
  return readSigningKeyFiles((files ?? []).map((f) => resolve(ctx.cwd, f)), passphrases);
}

function targetsChange(flags: TargetsProposeFlags, publisherKeys: PublicKeyInfo[]): TargetsChange {
  const chosen = [flags.addNamespace && 'add', flags.removeNamespace && 'remove', flags.namespaceKeys && 'keys'].filter(Boolean);
  if (chosen.length > 1) throw usage(t('cliAdmin.ceremony.oneChange'), t('cliAdmin.ceremony.oneChange.hint'));
  const needsKeys = Boolean(flags.addNamespace || flags.namespaceKeys);
  if (needsKeys && publisherKeys.length === 0) throw usage(t('cliAdmin.ceremony.needsKeys'), t('cliAdmin.ceremony.needsKeys.hint'));
  if (!needsKeys && (publisherKeys.length > 0 || flags.threshold !== undefined)) throw usage(t('cliAdmin.ceremony.keysWithoutChange'), t('cliAdmin.ceremony.keysWithoutChange.hint'));
  const threshold = flags.threshold === undefined ? 1 : parseThreshold(flags.threshold);
  if (flags.addNamespace) return { action: 'add-namespace', namespace: flags.addNamespace, publisherKeys, threshold };
  if (flags.namespaceKeys) return { action: 'namespace-keys', namespace: flags.namespaceKeys, publisherKeys, threshold };
  if (flags.removeNamespace) return { action: 'remove-namespace', namespace: flags.removeNamespace };
  return { action: 'renew' };
}

function registerSteps(group: Command, kind: CeremonyKind): void {
  addCommonOptions(group.command('sign'))
    .description(t('cliAdmin.ceremony.sign.description', { kind }))
    .argument('<id>')
    .option('--registry <url>', t('cliAdmin.option.registryGitEnv'))
    .option('--key <file>', t('cliAdmin.ceremony.sign.key'), collect)
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
    .description(t('cliAdmin.ceremony.commit.description', { kind }))
    .argument('<id>')
    .option('--registry <url>', t('cliAdmin.option.registryGitEnv'))
    .option('--online-key <file>', t('cliAdmin.ceremony.commit.onlineKey'))
    .addOption(keyPassphraseOption())
    .action((id: string, flags: SigningFlags & { onlineKey?: string }) =>
      runCommand(flags, async (ctx) => {
        const { commitCeremony } = await import('../../admin/ceremony.js');
        const base = await ceremonyContext(ctx, flags, flags.onlineKey ? [flags.onlineKey] : []);
        const onlineKey = await onlineKeyFromFlags(ctx, flags.onlineKey, base.passphrases);
        const result = await commitCeremony({ ...base, kind, id, onlineKey });
        return { json: { ...result }, human: `${t('cliAdmin.ceremony.commit.done', { id: result.id })}\n${result.changes.map((c) => `  ${c}`).join('\n')}` };
      }),
    );

  addCommonOptions(group.command('status'))
    .description(t('cliAdmin.ceremony.status.description', { kind }))
    .option('--registry <url>', t('cliAdmin.option.registryGitEnv'))
    .action((flags: SigningFlags) =>
      runCommand(flags, async (ctx) => {
        const { ceremonyStatus } = await import('../../admin/ceremony.js');
        const base = await ceremonyContext(ctx, flags, []);
        const result = await ceremonyStatus({ ...base, kind });
        return { json: { ...result }, human: result.proposals.length ? result.proposals.map(describe).join('\n\n') : t('cliAdmin.ceremony.status.none', { kind }) };
      }),
    );

  addCommonOptions(group.command('discard'))
    .description(t('cliAdmin.ceremony.discard.description', { kind }))
    .argument('<id>')
    .option('--registry <url>', t('cliAdmin.option.registryGitEnv'))
    .action((id: string, flags: SigningFlags) =>
      runCommand(flags, async (ctx) => {
        const { discardCeremony } = await import('../../admin/ceremony.js');
        const result = await discardCeremony({ ...(await ceremonyContext(ctx, flags, [])), kind, id });
        return { json: { ...result }, human: t('cliAdmin.ceremony.discard.done', { id: result.id }) };
      }),
    );
}

/** `propose` with the options both kinds share; the caller adds what its change needs. */
function proposeCommand(group: Command, description: string, what: string): Command {
  return addCommonOptions(group.command('propose'))
    .description(description)
    .option('--registry <url>', t('cliAdmin.option.registryGitEnv'))
    .option('--expires-in <duration>', t('cliAdmin.ceremony.propose.expiresIn', { what }))
    .option('--key <file>', t('cliAdmin.ceremony.propose.key'), collect)
    .addOption(keyPassphraseOption());
}

/** The proposal after propose or sign; `signing` says so also when the given keys had signed already. */
function proposalOutput(result: SignedView, signing = false): { json: Record<string, unknown>; human: string } {
  return { json: { ...result }, human: `${result.added.length || signing ? `${addedLine(result.added)}\n` : ''}${describe(result)}` };
}

/** `gotong registry root` and `gotong registry targets`: propose, sign, commit, status, discard. */
export function registerCeremonyCommands(registry: Command): void {
  const root = registry.command('root').description(t('cliAdmin.ceremony.root.description'));
  proposeCommand(root, t('cliAdmin.ceremony.root.propose'), 'root N+1')
    .option('--new-root-key <pubfile>', t('cliAdmin.option.newRootKey'), collect, [])
    .option('--threshold <n>', t('cliAdmin.option.newThreshold'))
    .option('--new-online-key <pubfile>', t('cliAdmin.option.newOnlineKey'))
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

  const targets = registry.command('targets').description(t('cliAdmin.ceremony.targets.description'));
  proposeCommand(targets, t('cliAdmin.ceremony.targets.propose'), 'targets M+1')
    .option('--add-namespace <ns>', t('cliAdmin.ceremony.targets.addNamespace'))
    .option('--remove-namespace <ns>', t('cliAdmin.ceremony.targets.removeNamespace'))
    .option('--namespace-keys <ns>', t('cliAdmin.ceremony.targets.namespaceKeys'))
    .option('--publisher-key <pubfile>', t('cliAdmin.ceremony.targets.publisherKey'), collect, [])
    .option('--threshold <n>', t('cliAdmin.ceremony.targets.threshold'))
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
