// gotong advisory publish: the owner of a module tells its adopters that some
// of its versions have a security problem, and which version fixes it. The
// advisory goes into the module's own `advisories.json`, a target of the
// module's namespace, so only that namespace's publisher keys can sign it
// (docs/DECISIONS.md, "Advisories").
import { GotongError } from '../core/errors.js';
import { advisoriesTarget, affects, isSeverity, parseAdvisoryFile, serializeAdvisoryFile, SEVERITIES, withAdvisory } from '../manifest/advisory-files.js';
import { assertNote, parseModuleIndex } from '../manifest/module-index.js';
import { assertVersion, indexTarget, parseModuleSpec, quote } from '../manifest/names.js';
import type { Advisory, Severity } from '../manifest/types.js';
import type { Proposal } from '../change/namespace-change.js';
import { changeNamespaceFile, type NamespaceFileOptions } from '../publish/index-change.js';
import { t } from '../i18n/translate.js';

export interface AdvisoryRequest {
  /** `@namespace/name@RANGE`: the affected versions. */
  spec: string;
  severity: string;
  summary: string;
  fixedIn?: string | null;
  /** Default: `<name>-<year>-<n>`, n counting the module's advisories. */
  id?: string | null;
}

export interface AdvisoryPublishResult {
  status: 'published' | 'updated' | 'unchanged';
  name: string;
  advisory: Advisory;
  /** Published versions the range names. */
  affected: string[];
  dryRun: boolean;
  retries: number;
  proposal: Proposal | null;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** The advisory a request asks for, checked (pure). */
export function advisoryOf(request: AdvisoryRequest, id: string, now: Date): Advisory {
  const { fullName, range } = parseModuleSpec(request.spec);
  if (range === null) {
    throw new GotongError('GOTONG_E_USAGE', t('advisory.noRange', { module: fullName }), {
      hint: t('advisory.noRange.hint', { module: fullName }),
    });
  }
  if (!isSeverity(request.severity)) {
    throw new GotongError('GOTONG_E_USAGE', t('advisory.severityInvalid', { value: quote(request.severity) }), { hint: t('advisory.severityInvalid.hint', { severities: SEVERITIES.join(', ') }) });
  }
  const summary = request.summary.trim();
  if (summary === '') throw new GotongError('GOTONG_E_USAGE', t('advisory.summaryMissing'), { hint: t('advisory.summaryMissing.hint') });
  if (!ID.test(id)) {
    throw new GotongError('GOTONG_E_USAGE', t('advisory.idInvalid', { value: quote(id) }), { hint: t('advisory.idInvalid.hint') });
  }
  const fixedIn = request.fixedIn ? assertVersion(request.fixedIn, '--fixed-in version') : null;
  // i18n-exempt: a kind id the manifest or trust layer words in the user's language.
  return { id, range, severity: request.severity as Severity, summary: assertNote(summary, 'advisory summary'), fixedIn, publishedAt: now.toISOString() };
}

export async function publishAdvisory(options: NamespaceFileOptions & AdvisoryRequest): Promise<AdvisoryPublishResult> {
  const { fullName, namespace, name } = parseModuleSpec(options.spec);
  const now = options.now ?? new Date();
  const path = advisoriesTarget(fullName);
  let affected: string[] = [];
  // i18n-exempt: the registry commit message (registry content).
  const change = await changeNamespaceFile(namespace, path, `advisory ${fullName}`, options, async (current, read) => {
    const indexBytes = await read(indexTarget(namespace, name));
    if (!indexBytes) {
      throw new GotongError('GOTONG_E_MODULE_NOT_FOUND', t('advisory.moduleNotFound', { module: fullName }), {
        hint: t('advisory.moduleNotFound.hint'),
        details: { module: fullName },
      });
    }
    const index = parseModuleIndex(indexBytes, fullName);
    const file = current && parseAdvisoryFile(current, path);
    const id = options.id ?? `${name}-${now.getUTCFullYear()}-${(file?.advisories.length ?? 0) + 1}`;
    const advisory = advisoryOf(options, id, now);
    affected = Object.keys(index.versions).filter((v) => withinRange(v, advisory.range));
    if (advisory.fixedIn && withinRange(advisory.fixedIn, advisory.range)) {
      throw new GotongError('GOTONG_E_USAGE', t('advisory.fixedInAffected', { version: advisory.fixedIn, range: advisory.range }), {
        hint: t('advisory.fixedInAffected.hint'),
      });
    }
    const next = withAdvisory(file, fullName, advisory, now);
    const known = file?.advisories.find((a) => a.id === id);
    const status = next === null ? 'unchanged' : known ? 'updated' : 'published';
    return { bytes: next && serializeAdvisoryFile(next), result: { status, advisory: next?.advisories.find((a) => a.id === id) ?? known ?? advisory } as const };
  });
  return { ...change.result, name: fullName, affected, dryRun: options.dryRun ?? false, retries: change.retries, proposal: change.proposal };
}

function withinRange(version: string, range: string): boolean {
  return affects({ range }, version);
}
