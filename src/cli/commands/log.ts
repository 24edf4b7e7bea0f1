// gotong log: the registry's events in order, each checked against the
// signed metadata of its commit (src/log/).
import type { Command } from 'commander';
import { GotongError } from '../../core/errors.js';
import { formatList, t } from '../../i18n/translate.js';
import type { LogEvent } from '../../log/derive.js';
import { parseModuleName } from '../../manifest/names.js';
import { addCommonOptions, runCommand, type CommonFlags } from '../context.js';

interface LogFlags extends CommonFlags {
  registry?: string;
  namespace?: string;
  module?: string;
  since?: string;
}

function count(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

function what(event: LogEvent): string {
  const d = event.details;
  const module = event.module ?? '';
  const version = event.version ?? '';
  switch (event.kind) {
    case 'published':
    case 'unyanked':
    case 'undeprecated':
      return t(`log.event.${event.kind}`, { module, version });
    case 'yanked':
      return typeof d.reason === 'string' ? t('log.event.yankedReason', { module, version, reason: d.reason }) : t('log.event.yanked', { module, version });
    case 'deprecated':
      return t('log.event.deprecated', { module, version, message: String(d.message) });
    case 'namespace-added':
      return t('log.event.namespaceAdded', { namespace: event.namespace ?? '', keys: count(d.keyIds), threshold: Number(d.threshold) });
    case 'namespace-removed':
      return t('log.event.namespaceRemoved', { namespace: event.namespace ?? '' });
    case 'namespace-keys-changed':
      return t('log.event.namespaceKeys', { namespace: event.namespace ?? '', added: count(d.added), removed: count(d.removed), threshold: Number(d.threshold) });
    case 'root-changed': {
      const values = { version: Number(d.version), threshold: Number(d.threshold ?? 0), added: count(d.keysAdded), removed: count(d.keysRemoved) };
      return t(d.onlineKeyChanged ? 'log.event.rootOnline' : 'log.event.rootChanged', values);
    }
    case 'proposal-accepted':
      return t('log.event.proposalAccepted', { proposal: String(d.proposal ?? '-'), namespace: event.namespace ?? '' });
    case 'proposal-refused':
      return t('log.event.proposalRefused', { proposal: String(d.proposal ?? '-'), namespace: event.namespace ?? '', refusal: String(d.refusal ?? '') });
  }
}

function eventText(event: LogEvent): string {
  const keys = formatList(event.keyIds.map((id) => id.slice(0, 12)));
  // Keys of the namespace sign its versions and proposals; the administrators' keys sign roots and delegations.
  const byNamespace = event.namespace !== null && !event.kind.startsWith('namespace-') && event.kind !== 'root-changed';
  const signers = event.keyIds.length === 0 ? t('log.noSigners') : byNamespace ? t('log.signedByNamespace', { keys, namespace: event.namespace ?? '' }) : t('log.signedBy', { keys });
  const line = t('log.line', { time: event.time.replace('T', ' ').replace(/\.\d{3}Z$/, 'Z'), commit: event.commit.slice(0, 12), what: what(event) });
  const lines = [line, `    ${signers}`];
  if (!event.verified) lines.push(`    ${t('log.unverified', { reason: event.reason ?? '' })}`);
  return lines.join('\n');
}

export function logText(events: LogEvent[]): string {
  if (events.length === 0) return t('log.none');
  const unverified = events.filter((e) => !e.verified).length;
  return [...events.map(eventText), '', t('log.summary', { count: events.length, unverified })].join('\n');
}

export function registerLogCommand(program: Command): void {
  addCommonOptions(program.command('log'))
    .description(t('log.description'))
    .option('--registry <name|url>', t('log.option.registry'))
    .option('--namespace <ns>', t('log.option.namespace'))
    .option('--module <module>', t('log.option.module'))
    .option('--since <date|duration>', t('log.option.since'))
    .action((flags: LogFlags) =>
      runCommand(flags, async (ctx) => {
        const [{ registryLog }, { parseSince }, { locateRegistry }, { isValidNamespace }] = await Promise.all([
          import('../../log/log.js'),
          import('../../log/since.js'),
          import('../../registry/locate.js'),
          import('../../manifest/names.js'),
        ]);
        const module = flags.module === undefined ? undefined : parseModuleName(flags.module).fullName;
        if (flags.namespace !== undefined && !isValidNamespace(flags.namespace)) parseModuleName(`@${flags.namespace}/x`);
        const since = flags.since === undefined ? undefined : parseSince(flags.since);
        const location = await locateRegistry({ flag: flags.registry, env: ctx.env });
        if (location.kind !== 'git') throw new GotongError('GOTONG_E_USAGE', t('log.notGit', { label: location.label }), { hint: t('log.notGit.hint') });
        const { events } = await registryLog({ location, env: ctx.env, namespace: flags.namespace, module, since });
        return { json: { events }, human: logText(events) };
      }),
    );
}
