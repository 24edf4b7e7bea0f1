// gotong report, gotong advisory publish|list and gotong audit: adoption
// records and advisories, signed by the namespaces that own them
// (src/advisory/). report and advisory publish are namespace changes like yank.
import type { Command } from 'commander';
import type { AdvisoryPublishResult } from '../../advisory/publish.js';
import type { AdvisoryListing, RegistryAudit, WorkspaceAudit } from '../../advisory/audit.js';
import type { ReportResult } from '../../advisory/report.js';
import { quote } from '../../manifest/names.js';
import { addCommonOptions, runCommand, type CommonFlags } from '../context.js';
import { addPublisherOptions, proposalJson, proposalText, publisherChangeOptions, settleProposal, type PublisherFlags } from '../publisher-flags.js';
import { textTable } from '../status-text.js';
import { t } from '../../i18n/translate.js';

function reportText(result: ReportResult): string {
  const values = { workspace: `${result.record.namespace}/${result.record.workspace}`, count: Object.keys(result.record.modules).length, target: result.target };
  return t(result.dryRun ? 'cli.report.wouldReport' : 'cli.report.reported', values);
}

/** "GTA-2025-0001 high @bandung/e-musrenbang@<2.1.1, fixed in 2.1.1": the id, severity and versions of an advisory. */
function advisoryLine(a: { id: string; severity: string; range: string; fixedIn: string | null }, module: string): string {
  const advisory = `${a.id} ${a.severity} ${module}@${a.range}`;
  return a.fixedIn ? t('cli.advisory.fixedIn', { advisory, version: a.fixedIn }) : advisory;
}

const PUBLISHED = {
  published: ['cli.advisory.published', 'cli.advisory.wouldPublish'],
  updated: ['cli.advisory.updated', 'cli.advisory.wouldUpdate'],
  unchanged: ['cli.advisory.unchanged', 'cli.advisory.wouldBeUnchanged'],
} as const;

function publishText(result: AdvisoryPublishResult): string {
  const head = t(PUBLISHED[result.status][result.dryRun ? 1 : 0], { advisory: advisoryLine(result.advisory, result.name) });
  const affected = result.affected.length > 0 ? t('cli.advisory.affected', { versions: result.affected.join(', ') }) : t('cli.advisory.affectedNone');
  return `${head}\n${affected}`;
}

function listText(listings: AdvisoryListing[]): string {
  const rows = listings.flatMap((l) => l.advisories.map((a) => [l.module, a.id, a.severity, a.range, a.fixedIn ?? '-', quote(a.summary, 60)]));
  if (rows.length === 0) return t('cli.advisory.list.none');
  const header = [t('cli.advisory.column.module'), t('cli.advisory.column.id'), t('cli.advisory.column.severity'), t('cli.advisory.column.affected'), t('cli.advisory.column.fixedIn'), t('cli.advisory.column.summary')];
  return textTable(header, rows).join('\n');
}

function what(f: WorkspaceAudit['findings'][number]): string {
  if (f.id) return t('cli.audit.what.advisory', { id: f.id });
  return f.kind === 'yanked' ? t('cli.audit.what.yanked') : f.kind === 'deprecated' ? t('cli.audit.what.deprecated') : f.kind;
}

function auditText(audit: WorkspaceAudit): string {
  if (audit.findings.length === 0) return t('cli.audit.clean', { count: audit.modules });
  const rows = audit.findings.map((f) => [f.severity, `${f.module}@${f.version}`, what(f), f.fix ? t('cli.audit.fix', { version: f.fix }) : t('cli.audit.noFix'), f.summary ? quote(f.summary, 60) : '']);
  const tail = audit.failing > 0 ? t('cli.audit.failing', { count: audit.failing, level: audit.level }) : t('cli.audit.passing', { level: audit.level });
  const header = [t('cli.audit.column.severity'), t('cli.audit.column.module'), t('cli.audit.column.what'), t('cli.audit.column.fix'), t('cli.audit.column.summary')];
  return [...textTable(header, rows), '', tail].join('\n');
}

function adoptersText(audit: RegistryAudit): string {
  if (audit.advisories.length === 0) return t('cli.audit.noAdvisories', { count: audit.records });
  const lines = audit.advisories.map((a) => {
    const who = a.adopters.length === 0 ? [t('cli.audit.noAdopter')] : a.adopters.map((h) => t('cli.audit.adopter', { workspace: `${h.namespace}/${h.workspace}`, version: h.version, at: h.reportedAt }));
    return [advisoryLine(a, a.module), ...who.map((line) => `  ${line}`)].join('\n');
  });
  return [...lines, '', t('cli.audit.recordsRead', { count: audit.records })].join('\n');
}

export function registerAdvisoryCommands(program: Command): void {
  addPublisherOptions(addCommonOptions(program.command('report')), t('cli.report.dryRun'))
    .description(t('cli.report.description'))
    .option('--namespace <namespace>', t('cli.report.namespace'))
    .option('--workspace <id>', t('cli.report.workspace'))
    .action((flags: CommonFlags & PublisherFlags & { namespace?: string; workspace?: string }) =>
      runCommand(flags, async (ctx) => {
        const { report } = await import('../../advisory/report.js');
        const result = await report({ ...(await publisherChangeOptions(ctx, flags)), cwd: ctx.cwd, namespace: flags.namespace, workspace: flags.workspace });
        const settled = await settleProposal(ctx, flags, result.proposal);
        return { json: { ...result, proposal: proposalJson(result.proposal), state: settled?.state ?? null }, human: reportText(result) + proposalText(settled) };
      }),
    );

  const advisory = program.command('advisory').description(t('cli.advisory.description'));
  addPublisherOptions(addCommonOptions(advisory.command('publish')))
    .description(t('cli.advisory.publish.description'))
    .argument('<module@range>', t('cli.advisory.publish.spec'))
    .requiredOption('--severity <level>', t('cli.advisory.publish.severity'))
    .requiredOption('--summary <text>', t('cli.advisory.publish.summary'))
    .option('--fixed-in <version>', t('cli.advisory.publish.fixedIn'))
    .option('--id <id>', t('cli.advisory.publish.id'))
    .action((spec: string, flags: CommonFlags & PublisherFlags & { severity: string; summary: string; fixedIn?: string; id?: string }) =>
      runCommand(flags, async (ctx) => {
        const { publishAdvisory } = await import('../../advisory/publish.js');
        const result = await publishAdvisory({ ...(await publisherChangeOptions(ctx, flags)), spec, severity: flags.severity, summary: flags.summary, fixedIn: flags.fixedIn ?? null, id: flags.id ?? null });
        const settled = await settleProposal(ctx, flags, result.proposal);
        return { json: { ...result, proposal: proposalJson(result.proposal), state: settled?.state ?? null }, human: publishText(result) + proposalText(settled) };
      }),
    );
  addCommonOptions(advisory.command('list'))
    .description(t('cli.advisory.list.description'))
    .argument('[module]', t('cli.argument.moduleExample'))
    .option('--registry <name|url>', t('cli.option.registry'))
    .option('--offline', t('cli.option.offlineMetadata'))
    .action((module: string | undefined, flags: CommonFlags & { registry?: string; offline?: boolean }) =>
      runCommand(flags, async (ctx) => {
        const { listAdvisories } = await import('../../advisory/audit.js');
        const advisories = await listAdvisories(module ?? null, { cwd: ctx.cwd, registry: flags.registry, offline: flags.offline, reporter: ctx.reporter, env: ctx.env });
        return { json: { advisories }, human: listText(advisories) };
      }),
    );

  addCommonOptions(program.command('audit'))
    .description(t('cli.audit.description'))
    .option('--registry <name|url>', t('cli.audit.registry'))
    .option('--level <severity>', t('cli.audit.level'))
    .option('--offline', t('cli.option.offlineMetadata'))
    .action((flags: CommonFlags & { registry?: string; level?: string; offline?: boolean }) =>
      runCommand(flags, async (ctx) => {
        const audit = await import('../../advisory/audit.js');
        if (flags.registry) {
          const result = await audit.auditAdopters({ cwd: ctx.cwd, registry: flags.registry, offline: flags.offline, reporter: ctx.reporter, env: ctx.env });
          return { json: { ...result }, human: adoptersText(result) };
        }
        const result = await audit.auditWorkspace({ cwd: ctx.cwd, level: flags.level, offline: flags.offline, reporter: ctx.reporter, env: ctx.env });
        return { json: { ...result }, human: auditText(result), exitCode: result.failing > 0 ? 1 : 0 };
      }),
    );
}
