// gotong audit and gotong advisory list: what the signed advisories, yanks and
// deprecations mean for a workspace (the adopter's side), and which reported
// workspaces run an affected version (the publisher's side). The planning
// steps are pure; the read steps go through TUF (read.ts), so every finding
// traces to a signature.
import semver from 'semver';
import { GotongError } from '../core/errors.js';
import type { Reporter } from '../core/reporter.js';
import { affects, isSeverity, SEVERITIES, severityRank } from '../manifest/advisory-files.js';
import { readLockfile } from '../manifest/lockfile.js';
import { indexVersions } from '../manifest/module-index.js';
import { parseModuleName } from '../manifest/names.js';
import type { AdoptionRecord, Advisory, AdvisoryFile, ModuleIndex, Severity } from '../manifest/types.js';
import { openForQuery } from '../query/info.js';
import type { TrustedRegistry } from '../trust/client.js';
import { advisoryModules, readAdoptionRecords, readAdvisories } from './read.js';
import { t } from '../i18n/translate.js';

/** How a yanked or deprecated version counts against --level (docs/DECISIONS.md, "Audit levels"). */
export const YANKED_SEVERITY: Severity = 'medium';
export const DEPRECATED_SEVERITY: Severity = 'low';

export interface AuditFinding {
  module: string;
  version: string;
  kind: 'advisory' | 'yanked' | 'deprecated';
  severity: Severity;
  /** The advisory's id (kind advisory), else null. */
  id: string | null;
  /** The advisory's summary, the yank reason or the deprecation message. */
  summary: string | null;
  /** The version to move to, or null when the registry has none yet. */
  fix: string | null;
}

export interface WorkspaceAudit {
  modules: number;
  level: Severity;
  findings: AuditFinding[];
  /** Findings at or above the level: the audit fails when there are any. */
  failing: number;
}

export function assertLevel(text: string | undefined): Severity {
  const level = text ?? 'low';
  if (!isSeverity(level)) throw new GotongError('GOTONG_E_USAGE', t('advisory.levelInvalid', { level }), { hint: t('advisory.levelInvalid.hint', { severities: SEVERITIES.join(', ') }) });
  return level;
}

/** The newest published version above `version` that is not yanked, not deprecated and not affected by any advisory. */
function safeUpgrade(index: ModuleIndex | null, version: string, advisories: Advisory[]): string | null {
  if (!index) return null;
  const candidates = indexVersions(index).filter((v) => semver.gt(v, version) && !index.versions[v].yanked && !index.versions[v].deprecated && !advisories.some((a) => affects(a, v)));
  return candidates.at(-1) ?? null;
}

/** The pure step: what each locked module's index and advisories say about its version. */
export function planWorkspaceAudit(locked: Record<string, string>, indexes: Map<string, ModuleIndex | null>, advisories: Map<string, AdvisoryFile | null>, level: Severity): WorkspaceAudit {
  const findings: AuditFinding[] = [];
  for (const [module, version] of Object.entries(locked).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const index = indexes.get(module) ?? null;
    const list = advisories.get(module)?.advisories ?? [];
    const upgrade = safeUpgrade(index, version, list);
    for (const advisory of list.filter((a) => affects(a, version))) {
      const fixed = advisory.fixedIn && index?.versions[advisory.fixedIn] && !index.versions[advisory.fixedIn].yanked ? advisory.fixedIn : null;
      findings.push({ module, version, kind: 'advisory', severity: advisory.severity, id: advisory.id, summary: advisory.summary, fix: upgrade ?? fixed ?? advisory.fixedIn });
    }
    const entry = index?.versions[version];
    if (entry?.yanked) findings.push({ module, version, kind: 'yanked', severity: YANKED_SEVERITY, id: null, summary: entry.yankedReason ?? null, fix: upgrade });
    if (entry?.deprecated) findings.push({ module, version, kind: 'deprecated', severity: DEPRECATED_SEVERITY, id: null, summary: entry.deprecated, fix: upgrade });
  }
  findings.sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  return { modules: Object.keys(locked).length, level, findings, failing: findings.filter((f) => severityRank(f.severity) >= severityRank(level)).length };
}

export interface AuditOptions {
  cwd: string;
  reporter: Reporter;
  env?: NodeJS.ProcessEnv;
  offline?: boolean;
  level?: string;
}

/** `gotong audit` in a workspace: its lockfile's versions against the signed indexes and advisories. */
export async function auditWorkspace(options: AuditOptions): Promise<WorkspaceAudit> {
  const level = assertLevel(options.level);
  const lock = await readLockfile(options.cwd);
  if (!lock) {
    throw new GotongError('GOTONG_E_USAGE', t('advisory.audit.noLockfile'), {
      hint: t('advisory.audit.noLockfile.hint'),
    });
  }
  const { opened, reader } = await openForQuery({ cwd: options.cwd, reporter: options.reporter, env: options.env, offline: options.offline });
  const locked = Object.fromEntries(Object.entries(lock.modules).map(([name, m]) => [name, m.version]));
  const indexes = new Map<string, ModuleIndex | null>();
  const advisories = new Map<string, AdvisoryFile | null>();
  await Promise.all(
    Object.keys(locked).map(async (name) => {
      indexes.set(name, await reader.loadIndex(name).catch(() => null));
      advisories.set(name, await readAdvisories(opened.trusted, name, options.reporter));
    }),
  );
  return planWorkspaceAudit(locked, indexes, advisories, level);
}

export interface AdvisoryListing {
  module: string;
  advisories: Advisory[];
}

export interface ListOptions {
  cwd: string;
  registry?: string;
  reporter: Reporter;
  env?: NodeJS.ProcessEnv;
  offline?: boolean;
}

/** `gotong advisory list [MODULE]`: the advisories of one module, or of every module that has any. */
export async function listAdvisories(module: string | null, options: ListOptions): Promise<AdvisoryListing[]> {
  if (module) parseModuleName(module);
  const { opened } = await openForQuery(options);
  return listedIn(opened.trusted, module, options.reporter);
}

async function listedIn(trusted: TrustedRegistry, module: string | null, reporter: Reporter): Promise<AdvisoryListing[]> {
  const modules = module ? [module] : await advisoryModules(trusted);
  const out: AdvisoryListing[] = [];
  for (const name of modules) {
    const file = await readAdvisories(trusted, name, reporter);
    if (file) out.push({ module: name, advisories: file.advisories });
  }
  return out;
}

export interface AdopterHit {
  namespace: string;
  workspace: string;
  version: string;
  reportedAt: string;
}

export interface AdvisoryAdopters extends Advisory {
  module: string;
  adopters: AdopterHit[];
}

export interface RegistryAudit {
  /** Adoption records read (those refused left out). */
  records: number;
  advisories: AdvisoryAdopters[];
}

/** The pure step: per advisory, the reported workspaces whose version it affects. */
export function planAdopterAudit(listings: AdvisoryListing[], records: AdoptionRecord[]): RegistryAudit {
  const advisories: AdvisoryAdopters[] = [];
  for (const { module, advisories: list } of listings) {
    for (const advisory of list) {
      const adopters = records
        .filter((r) => Object.hasOwn(r.modules, module) && affects(advisory, r.modules[module]))
        .map((r) => ({ namespace: r.namespace, workspace: r.workspace, version: r.modules[module], reportedAt: r.reportedAt }))
        .sort((a, b) => (a.namespace + a.workspace < b.namespace + b.workspace ? -1 : 1));
      advisories.push({ ...advisory, module, adopters });
    }
  }
  return { records: records.length, advisories };
}

/** `gotong audit --registry NAME`: the publisher's view, from the registry alone. */
export async function auditAdopters(options: ListOptions): Promise<RegistryAudit> {
  const { opened } = await openForQuery(options);
  const listings = await listedIn(opened.trusted, null, options.reporter);
  return planAdopterAudit(listings, await readAdoptionRecords(opened.trusted, options.reporter));
}
