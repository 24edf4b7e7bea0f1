// Attestations (docs/REGISTRY.md, "Attestations"): the signed target
// `<verifier>/_attestations/<subject>.json` holds what one member city stated
// about another's versions, each statement saying that `gotong rebuild-verify
// --attest` rebuilt the version from its source to the same uncompressed tar.
// The verifier's namespace signs it, so the content must agree with the path:
// the file names the namespace it sits under and the subject its file name
// gives, and every statement is about a module of that subject. Statements are
// only appended (`registry accept` refuses a file that drops or changes one).
// A city's statements about its own versions would add nothing a publisher
// does not already claim, so the subject is never the signing namespace.
// `_attestations` can never be a module name (names start with a letter or
// digit), so it never collides with a module folder.
import { GotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { ATTESTATIONS_FOLDER, namespaceFileOf } from './advisory-files.js';
import { isValidNamespace, parseModuleName, quote } from './names.js';
import { describedSource, parseDocumentText } from './schema.js';
import type { AttestationFile, AttestationStatement } from './types.js';

/** The most bytes an attestations file may take; readers and accept refuse more. */
export const MAX_ATTESTATIONS_BYTES = 4 * 1024 * 1024;

export function attestationsTarget(verifier: string, subject: string): string {
  // Readers that list modules take every `<ns>/<x>/index.json` for a module index.
  if (!isValidNamespace(verifier) || !isValidNamespace(subject) || subject === 'index') {
    throw new GotongError('GOTONG_E_USAGE', t('attest.badTarget', { value: quote(`${verifier}/${subject}`) }), { hint: t('attest.badTarget.hint') });
  }
  return `${verifier}/${ATTESTATIONS_FOLDER}/${subject}.json`;
}

function utf8(bytes: Buffer, source: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new GotongError('GOTONG_E_REGISTRY_INVALID', t('attest.notUtf8', { source }), { hint: t('attest.registryFile.hint') });
  }
}

/** Parses an attestations file read at `targetPath`; it must agree with its path. */
export function parseAttestationFile(bytes: Buffer, targetPath: string): AttestationFile {
  const source = describedSource('attest.source', { path: targetPath });
  if (bytes.length > MAX_ATTESTATIONS_BYTES) {
    throw new GotongError('GOTONG_E_REGISTRY_INVALID', t('attest.tooLarge', { source: source.label, size: bytes.length, max: MAX_ATTESTATIONS_BYTES }), { hint: t('attest.registryFile.hint') });
  }
  const file = parseDocumentText('attestations', utf8(bytes, source.label), source);
  const [namespace] = targetPath.split('/');
  const place = namespaceFileOf(targetPath);
  if (place.kind !== 'attestations' || file.namespace !== namespace || file.subject !== place.subject || place.subject === 'index') {
    throw new GotongError('GOTONG_E_REGISTRY_INVALID', t('attest.elsewhere', { source: source.label, from: quote(`${file.namespace}/${file.subject}`) }), {
      hint: t('attest.elsewhere.hint'),
      details: { path: targetPath, namespace: file.namespace, subject: file.subject },
    });
  }
  if (file.subject === file.namespace) {
    throw new GotongError('GOTONG_E_REGISTRY_INVALID', t('attest.self', { source: source.label }), { hint: t('attest.elsewhere.hint'), details: { path: targetPath } });
  }
  const stray = file.statements.find((s) => parseModuleName(s.module).namespace !== file.subject);
  if (stray) {
    throw new GotongError('GOTONG_E_REGISTRY_INVALID', t('attest.otherSubject', { source: source.label, module: quote(stray.module), subject: file.subject }), {
      hint: t('attest.elsewhere.hint'),
      details: { path: targetPath, module: stray.module },
    });
  }
  return file;
}

/** Deterministic bytes, fields in the schema's order. */
export function serializeAttestationFile(file: AttestationFile): Buffer {
  const doc = { ...file, schemaVersion: 1, namespace: file.namespace, subject: file.subject, statements: file.statements };
  return Buffer.from(`${JSON.stringify(doc, null, 2)}\n`, 'utf8');
}

/** The statement about `module@version` with `integrity`, when the file has one. */
export function statementAbout(file: AttestationFile | null, module: string, version: string, integrity: string): AttestationStatement | null {
  return file?.statements.find((s) => s.module === module && s.version === version && s.integrity === integrity) ?? null;
}

/** What the file becomes with `statement` appended; null when it already states the same about that version. */
export function withStatement(file: AttestationFile | null, verifier: string, subject: string, statement: AttestationStatement): AttestationFile | null {
  if (statementAbout(file, statement.module, statement.version, statement.integrity)) return null;
  const current = file ?? { schemaVersion: 1, namespace: verifier, subject, statements: [] };
  return { ...current, statements: [...current.statements, statement] };
}

/** The first earlier statement the new file does not keep exactly as it was (append-only), or null. */
export function droppedStatement(previous: AttestationFile, next: AttestationFile): { at: number; statement: AttestationStatement } | null {
  for (const [at, statement] of previous.statements.entries()) {
    if (JSON.stringify(next.statements[at]) !== JSON.stringify(statement)) return { at, statement };
  }
  return null;
}
