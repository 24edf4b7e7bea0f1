// Offline validation of a publiccode.yml against the standard's version 0.x:
// read (UTF-8, YAML 1.2, duplicate keys refused), then hold the tree against
// the table in standard.ts. Expected outcomes are data: a report with every
// finding; the caller decides whether errors stop it (the CLI exits 1,
// publish refuses unless told otherwise).
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { GotongError, ioError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { checkNode, type CheckContext } from './check.js';
import { countBySeverity, sortFindings, type Finding } from './findings.js';
import { PUBLICCODE } from './standard.js';
import { plainValue, readYaml } from './yaml-source.js';

export const PUBLICCODE_FILE = 'publiccode.yml';

export interface PubliccodeReport {
  /** No errors (warnings allowed). */
  valid: boolean;
  errors: number;
  warnings: number;
  findings: Finding[];
  /** The document as plain data when it is a mapping, even with errors; null otherwise. */
  document: Record<string, unknown> | null;
}

export interface ValidateOptions {
  /** Folder that relative logo and screenshot paths start from; null skips looking for the files. */
  baseDir?: string | null;
}

export function validatePubliccodeText(text: string, options: ValidateOptions = {}): PubliccodeReport {
  const read = readYaml(text.startsWith('\uFEFF') ? text.slice(1) : text);
  const findings = [...read.problems];
  let document: Record<string, unknown> | null = null;
  if (read.root !== null) {
    const ctx: CheckContext = { findings, baseDir: options.baseDir ?? null };
    checkNode(read.root, PUBLICCODE, '', ctx);
    if (read.root.kind === 'map') document = plainValue(read.root) as Record<string, unknown>;
  }
  return finish(findings, document);
}

export function validatePubliccodeBytes(bytes: Uint8Array, options: ValidateOptions = {}): PubliccodeReport {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return finish([{ severity: 'error', code: 'bad-encoding', path: '', line: 1, column: 1, message: t('publiccode.encoding') }], null);
  }
  return validatePubliccodeText(text, options);
}

/** Reads and validates a file; a missing file is a GotongError, a broken one is a report. */
export async function validatePubliccodeFile(path: string): Promise<PubliccodeReport & { file: string }> {
  const file = resolve(path);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new GotongError('GOTONG_E_PUBLICCODE_MISSING', t('publiccode.fileNotFound', { name: PUBLICCODE_FILE, file }), {
        hint: t('publiccode.fileNotFound.hint'),
      });
    }
    if (code === 'EISDIR') return validatePubliccodeFile(resolve(file, PUBLICCODE_FILE));
    throw ioError('read', file, error);
  }
  return { file, ...validatePubliccodeBytes(bytes, { baseDir: dirname(file) }) };
}

function finish(findings: Finding[], document: Record<string, unknown> | null): PubliccodeReport {
  const sorted = sortFindings(findings);
  const { errors, warnings } = countBySeverity(sorted);
  return { valid: errors === 0, errors, warnings, findings: sorted, document };
}

/** The error a caller throws when it refuses an invalid file; details carry every finding. */
export function invalidPubliccode(report: PubliccodeReport & { file: string }, hint: string): GotongError {
  const first = report.findings.find((f) => f.severity === 'error');
  const message = first
    ? t('publiccode.invalid.first', { file: report.file, errors: report.errors, line: first.line, path: first.path || t('publiccode.wholeFile'), problem: first.message })
    : t('publiccode.invalid', { file: report.file, errors: report.errors });
  return new GotongError('GOTONG_E_PUBLICCODE_INVALID', message, {
    hint,
    details: { file: report.file, errors: report.errors, warnings: report.warnings, findings: report.findings },
  });
}
