// Commands for auditors: rebuild a published version from its recorded
// source and compare (rebuild-verify), and with --attest sign a statement
// that it reproduced into the verifier's own namespace.
import type { Command } from 'commander';
import { GotongError } from '../../core/errors.js';
import { formatList, t } from '../../i18n/translate.js';
import type { AttestResult } from '../../publish/attest.js';
import type { FileDifference } from '../../provenance/tar-files.js';
import { addCommonOptions, runCommand, type CommonFlags } from '../context.js';
import { addPublisherOptions, proposalJson, proposalText, publisherChangeOptions, settleProposal, type PublisherFlags } from '../publisher-flags.js';

interface RebuildFlags extends CommonFlags, PublisherFlags {
  source?: string;
  offline?: boolean;
  attest?: boolean;
  namespace?: string;
}

function sizeText(size: number | null): string {
  return size === null ? '-' : t('rebuild.size', { bytes: size });
}

function differenceLine(file: FileDifference): { where: string; message: string } {
  const sizes = { published: sizeText(file.publishedSize), rebuilt: sizeText(file.rebuiltSize) };
  if (file.change === 'added') return { where: file.path, message: t('rebuild.file.added', sizes) };
  if (file.change === 'missing') return { where: file.path, message: t('rebuild.file.missing', sizes) };
  return { where: file.path, message: t('rebuild.file.changed', sizes) };
}

function attestText(result: AttestResult): string {
  const values = { namespace: result.namespace, module: `${result.statement.module}@${result.statement.version}`, target: result.target };
  if (result.status === 'already-attested') return t('attest.alreadyAttested', values);
  return t(result.dryRun ? 'attest.wouldAttest' : 'attest.attested', values);
}

export function registerTransparencyCommands(program: Command): void {
  addPublisherOptions(addCommonOptions(program.command('rebuild-verify')), t('attest.option.dryRun'))
    .description(t('rebuild.description'))
    .argument('<module@version>', t('rebuild.argument'))
    .option('--source <dir|git-url>', t('rebuild.option.source'))
    .option('--offline', t('rebuild.option.offline'))
    .option('--attest', t('attest.option.attest'))
    .option('--namespace <namespace>', t('attest.option.namespace'))
    .action((spec: string, flags: RebuildFlags) =>
      runCommand(flags, async (ctx) => {
        const attestOnly = [flags.key.length > 0 && '--key', flags.namespace && '--namespace', flags.dryRun && '--dry-run', flags.wait && '--wait', flags.onlineKey && '--online-key'].filter((f): f is string => Boolean(f));
        if (!flags.attest && attestOnly.length > 0) {
          throw new GotongError('GOTONG_E_USAGE', t('attest.flagsWithoutAttest', { flags: formatList(attestOnly), count: attestOnly.length }), { hint: t('attest.flagsWithoutAttest.hint') });
        }
        const { rebuildVerify } = await import('../../provenance/rebuild-verify.js');
        const { openForQuery } = await import('../../query/info.js');
        const queryOptions = { cwd: ctx.cwd, registry: flags.registry, offline: flags.offline, reporter: ctx.reporter, env: ctx.env };
        const query = await openForQuery(queryOptions);
        // Who attests is settled before the rebuild, so a wrong key fails at once.
        let attesting: { verifier: string; change: Awaited<ReturnType<typeof publisherChangeOptions>> } | null = null;
        if (flags.attest) {
          const { verifierOf } = await import('../../publish/attest.js');
          const { parseModuleSpec, parseModuleName } = await import('../../manifest/names.js');
          const change = await publisherChangeOptions(ctx, flags);
          const subject = parseModuleName(parseModuleSpec(spec).fullName).namespace;
          const verifier = verifierOf(await query.opened.trusted.namespaceDelegations(), change.signers.map((k) => k.keyId), subject, flags.namespace);
          attesting = { verifier, change };
        }
        const result = await rebuildVerify({ spec, source: flags.source, ...queryOptions, query });
        const where = { module: `${result.name}@${result.version}`, from: result.source.from, commit: result.source.commit?.slice(0, 12) ?? '-' };
        if (result.status === 'differs') {
          // A rebuild that differs is never attested.
          const problems = result.files.length > 0 ? result.files.map(differenceLine) : [{ where: 'tar', message: t('rebuild.file.headers') }];
          throw new GotongError('GOTONG_E_REBUILD_DIFFERS', t('rebuild.differs', { ...where, count: result.files.length }), {
            hint: t('rebuild.differs.hint'),
            details: { ...result, problems },
          });
        }
        const reproduced = t('rebuild.reproduced', { ...where, sha: result.rebuiltTarSha512.slice(0, 16) });
        if (!attesting) return { json: { ...result }, human: reproduced };
        const { attest } = await import('../../publish/attest.js');
        const attested = await attest(result, attesting.verifier, attesting.change);
        const settled = await settleProposal(ctx, flags, attested.proposal);
        const attestation = { ...attested, proposal: proposalJson(attested.proposal), state: settled?.state ?? null };
        return { json: { ...result, attestation }, human: `${reproduced}\n${attestText(attested)}${proposalText(settled)}` };
      }),
    );
}
