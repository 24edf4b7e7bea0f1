// A module's own publiccode.yml at publish time: validated when present,
// warnings reported, errors refusing the publish unless the publisher allows
// them (then nothing of the file is stored). What it returns is what the
// version's index entry keeps.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Reporter } from '../core/reporter.js';
import { t } from '../i18n/translate.js';
import type { PubliccodeSummary } from '../manifest/types.js';
import type { Finding } from './findings.js';
import { publiccodeSummary } from './summary.js';
import { invalidPubliccode, PUBLICCODE_FILE, validatePubliccodeFile } from './validate.js';

export interface ModulePubliccodeOptions {
  reporter: Reporter;
  /** Publish even when the file has errors (`--allow-invalid-publiccode`); its fields are then not stored. */
  allowInvalid?: boolean;
}

/** The summary to store, or null when the module has no publiccode.yml or an invalid one was allowed. */
export async function modulePubliccode(dir: string, options: ModulePubliccodeOptions): Promise<PubliccodeSummary | null> {
  const path = join(dir, PUBLICCODE_FILE);
  if (!existsSync(path)) return null;
  const report = await validatePubliccodeFile(path);
  const located = (f: Finding) => t('publiccode.finding', { file: PUBLICCODE_FILE, line: f.line, column: f.column, path: f.path || t('publiccode.fileAsPath'), problem: f.message, code: f.code });
  for (const f of report.findings) {
    if (f.severity === 'warning') options.reporter.emit({ type: 'warn', code: 'GOTONG_W_PUBLICCODE', message: located(f) });
  }
  let problems = report.findings.filter((f) => f.severity === 'error').map(located);
  let summary: PubliccodeSummary | null = null;
  if (problems.length === 0 && report.document !== null) {
    const result = publiccodeSummary(report.document);
    summary = result.summary;
    problems = result.problems.map((problem) => t('publiccode.summary.problem', { file: PUBLICCODE_FILE, problem }));
  }
  if (problems.length === 0) return summary;
  if (!options.allowInvalid) {
    const error = invalidPubliccode({ ...report, errors: problems.length }, t('publiccode.publish.invalid.hint'));
    if (report.errors === 0) (error.details as Record<string, unknown>).problems = problems.map((message) => ({ where: PUBLICCODE_FILE, message }));
    throw error;
  }
  for (const message of problems) options.reporter.emit({ type: 'warn', code: 'GOTONG_W_PUBLICCODE_INVALID_ALLOWED', message, hint: t('publiccode.publish.allowed.hint') });
  return null;
}
