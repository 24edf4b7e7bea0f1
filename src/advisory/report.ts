// gotong report: a workspace tells the registry, signed by its city's own
// namespace, which exact module versions it runs (an adoption record,
// manifest/advisory-files.ts). Opt-in: nothing reports unless this command
// runs. The record holds the namespace, the workspace id, the time and the
// modules with their versions from gotong-lock.json, and nothing else (no
// paths, hosts or settings). A newer record of the same workspace replaces
// the older one (docs/DECISIONS.md, "Adoption records").
import { GotongError } from '../core/errors.js';
import { adoptionTarget, parseAdoptionRecord, serializeAdoptionRecord } from '../manifest/advisory-files.js';
import { readLockfile } from '../manifest/lockfile.js';
import { readManifest } from '../manifest/manifest.js';
import { isValidModuleName, isValidNamespace, quote } from '../manifest/names.js';
import type { AdoptionRecord, ModuleManifest } from '../manifest/types.js';
import type { Proposal } from '../change/namespace-change.js';
import { changeNamespaceFile, type NamespaceFileOptions } from '../publish/index-change.js';
import { t } from '../i18n/translate.js';

export interface ReportOptions extends NamespaceFileOptions {
  /** The workspace folder. */
  cwd: string;
  /** The reporting city's namespace; default: the scope of the workspace's name (`@kuburaya/portal` -> kuburaya). */
  namespace?: string;
  /** The workspace id; default: the workspace's name without its scope. */
  workspace?: string;
}

export interface ReportResult {
  status: 'reported';
  target: string;
  record: AdoptionRecord;
  dryRun: boolean;
  retries: number;
  proposal: Proposal | null;
}

/** Who reports: from the flags, else from the workspace's name `@<namespace>/<workspace>`. */
export function reporterOf(manifest: ModuleManifest, flags: { namespace?: string; workspace?: string }): { namespace: string; workspace: string } {
  const scoped = manifest.name && isValidModuleName(manifest.name) ? manifest.name.slice(1).split('/') : [];
  const plain = manifest.name && isValidNamespace(manifest.name) ? manifest.name : undefined;
  const namespace = flags.namespace ?? scoped[0];
  const workspace = flags.workspace ?? scoped[1] ?? plain;
  if (!namespace || !workspace) {
    const message = manifest.name ? t('advisory.report.noReporter', { name: quote(manifest.name) }) : t('advisory.report.noReporter.unnamed');
    throw new GotongError('GOTONG_E_USAGE', message, {
      hint: t('advisory.report.noReporter.hint'),
    });
  }
  if (!isValidNamespace(namespace) || !isValidNamespace(workspace)) adoptionTarget(namespace, workspace);
  return { namespace, workspace };
}

/** The pure step: the record of a lockfile's modules. */
export function adoptionRecord(namespace: string, workspace: string, modules: Record<string, { version: string }>, now: Date): AdoptionRecord {
  return { schemaVersion: 1, namespace, workspace, reportedAt: now.toISOString(), modules: Object.fromEntries(Object.entries(modules).map(([name, m]) => [name, m.version])) };
}

export async function report(options: ReportOptions): Promise<ReportResult> {
  const manifest = await readManifest(options.cwd);
  const lock = await readLockfile(options.cwd);
  if (!lock) {
    throw new GotongError('GOTONG_E_USAGE', t('advisory.report.noLockfile'), {
      hint: t('advisory.report.noLockfile.hint'),
    });
  }
  const { namespace, workspace } = reporterOf(manifest, options);
  const target = adoptionTarget(namespace, workspace);
  const record = adoptionRecord(namespace, workspace, lock.modules, options.now ?? new Date());
  // Always written, even with the same modules: when a city last reported is news too.
  // i18n-exempt: the registry commit message (registry content).
  const change = await changeNamespaceFile(namespace, target, `report ${namespace}/${workspace}`, options, (current) => {
    const previous = current && parseAdoptionRecord(current, target);
    if (previous && Date.parse(previous.reportedAt) >= Date.parse(record.reportedAt)) {
      throw new GotongError('GOTONG_E_USAGE', t('advisory.report.notNewer', { workspace: `${namespace}/${workspace}`, reportedAt: previous.reportedAt }), {
        hint: t('advisory.report.notNewer.hint'),
      });
    }
    return { bytes: serializeAdoptionRecord(record), result: null };
  });
  return { status: 'reported', target, record, dryRun: options.dryRun ?? false, retries: change.retries, proposal: change.proposal };
}
