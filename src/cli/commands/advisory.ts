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

function reportText(result: ReportResult): string {
  const count = Object.keys(result.record.modules).length;
  return `${result.dryRun ? 'would report' : 'reported'} ${result.record.namespace}/${result.record.workspace}: ${count} module${count === 1 ? '' : 's'} (${result.target})`;
}

function publishText(result: AdvisoryPublishResult): string {
  const a = result.advisory;
  const head = `${result.dryRun ? 'would be ' : ''}${result.status === 'unchanged' ? 'unchanged' : result.status}: ${a.id} ${a.severity} ${result.name}@${a.range}${a.fixedIn ? `, fixed in ${a.fixedIn}` : ''}`;
  return `${head}\naffected published versions: ${result.affected.join(', ') || 'none'}`;
}

function listText(listings: AdvisoryListing[]): string {
  const rows = listings.flatMap((l) => l.advisories.map((a) => [l.module, a.id, a.severity, a.range, a.fixedIn ?? '-', quote(a.summary, 60)]));
  if (rows.length === 0) return 'no advisories';
  return textTable(['module', 'id', 'severity', 'affected', 'fixed in', 'summary'], rows).join('\n');
}

function auditText(audit: WorkspaceAudit): string {
  if (audit.findings.length === 0) return `${audit.modules} module${audit.modules === 1 ? '' : 's'} audited: nothing affected, yanked or deprecated`;
  const rows = audit.findings.map((f) => [f.severity, `${f.module}@${f.version}`, f.id ? `advisory ${f.id}` : f.kind, f.fix ? `update to ${f.fix}` : 'no fix yet', f.summary ? quote(f.summary, 60) : '']);
  const tail = audit.failing > 0 ? `${audit.failing} finding${audit.failing === 1 ? '' : 's'} at or above ${audit.level}` : `nothing at or above ${audit.level}`;
  return [...textTable(['severity', 'module', 'what', 'fix', 'summary'], rows), '', tail].join('\n');
}

function adoptersText(audit: RegistryAudit): string {
  if (audit.advisories.length === 0) return `no advisories (${audit.records} adoption record${audit.records === 1 ? '' : 's'} read)`;
  const lines = audit.advisories.map((a) => {
    const who = a.adopters.length === 0 ? '  no reported adopter runs an affected version' : a.adopters.map((h) => `  ${h.namespace}/${h.workspace} runs ${h.version} (reported ${h.reportedAt})`).join('\n');
    return `${a.id} ${a.severity} ${a.module}@${a.range}${a.fixedIn ? `, fixed in ${a.fixedIn}` : ''}\n${who}`;
  });
  return [...lines, '', `${audit.records} adoption record${audit.records === 1 ? '' : 's'} read`].join('\n');
}

export function registerAdvisoryCommands(program: Command): void {
  addPublisherOptions(addCommonOptions(program.command('report')), 'sign the record, but change nothing')
    .description('publish this workspace\'s modules and exact versions to the registry as a signed adoption record of your namespace (opt-in)')
    .option('--namespace <namespace>', 'your city\'s namespace (default: the scope of the workspace\'s name, e.g. kuburaya for @kuburaya/portal)')
    .option('--workspace <id>', 'the workspace id (default: the workspace\'s name without its scope)')
    .action((flags: CommonFlags & PublisherFlags & { namespace?: string; workspace?: string }) =>
      runCommand(flags, async (ctx) => {
        const { report } = await import('../../advisory/report.js');
        const result = await report({ ...(await publisherChangeOptions(ctx, flags)), cwd: ctx.cwd, namespace: flags.namespace, workspace: flags.workspace });
        const settled = await settleProposal(ctx, flags, result.proposal);
        return { json: { ...result, proposal: proposalJson(result.proposal), state: settled?.state ?? null }, human: reportText(result) + proposalText(settled) };
      }),
    );

  const advisory = program.command('advisory').description('security advisories of modules, signed by their own namespace');
  addPublisherOptions(addCommonOptions(advisory.command('publish')))
    .description('publish (or update, with the same --id) an advisory for versions of a module of your namespace')
    .argument('<module@range>', 'the affected versions, e.g. "@bandung/e-musrenbang@<2.1.1"')
    .requiredOption('--severity <level>', 'low, medium, high or critical')
    .requiredOption('--summary <text>', 'what is wrong, in one line')
    .option('--fixed-in <version>', 'the first version with the fix')
    .option('--id <id>', 'the advisory id (default: <name>-<year>-<n>); the same id updates it')
    .action((spec: string, flags: CommonFlags & PublisherFlags & { severity: string; summary: string; fixedIn?: string; id?: string }) =>
      runCommand(flags, async (ctx) => {
        const { publishAdvisory } = await import('../../advisory/publish.js');
        const result = await publishAdvisory({ ...(await publisherChangeOptions(ctx, flags)), spec, severity: flags.severity, summary: flags.summary, fixedIn: flags.fixedIn ?? null, id: flags.id ?? null });
        const settled = await settleProposal(ctx, flags, result.proposal);
        return { json: { ...result, proposal: proposalJson(result.proposal), state: settled?.state ?? null }, human: publishText(result) + proposalText(settled) };
      }),
    );
  addCommonOptions(advisory.command('list'))
    .description('the advisories of a module, or of every module that has any')
    .argument('[module]', 'e.g. @bandung/e-musrenbang')
    .option('--registry <name|url>', 'registry name or URL (or GOTONG_REGISTRY)')
    .option('--offline', 'use only unexpired trusted metadata and the cache')
    .action((module: string | undefined, flags: CommonFlags & { registry?: string; offline?: boolean }) =>
      runCommand(flags, async (ctx) => {
        const { listAdvisories } = await import('../../advisory/audit.js');
        const advisories = await listAdvisories(module ?? null, { cwd: ctx.cwd, registry: flags.registry, offline: flags.offline, reporter: ctx.reporter, env: ctx.env });
        return { json: { advisories }, human: listText(advisories) };
      }),
    );

  addCommonOptions(program.command('audit'))
    .description('in a workspace: what it runs that is affected, yanked or deprecated, with the fix; with --registry: per advisory, the adopters that reported an affected version')
    .option('--registry <name|url>', 'the publisher\'s view of this registry, from its adoption records')
    .option('--level <severity>', 'exit 1 when a finding is at or above low, medium, high or critical (default low; yanked counts as medium, deprecated as low)')
    .option('--offline', 'use only unexpired trusted metadata and the cache')
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
