// rebuild-verify --attest: after a rebuild gave the published tar, the
// verifying city signs a statement saying so into its own namespace
// (`<verifier>/_attestations/<subject>.json`, manifest/attestation-files.ts),
// through changeNamespaceFile like any namespace change: a proposal on a
// staged registry, signed and pushed on a direct one. Only a `reproduced`
// result becomes a statement; the verifier is the namespace the signing keys
// are delegated for, and never the version's own namespace.
import { GotongError } from '../core/errors.js';
import { GOTONG_VERSION } from '../core/version.js';
import { t } from '../i18n/translate.js';
import { attestationsTarget, parseAttestationFile, serializeAttestationFile, withStatement } from '../manifest/attestation-files.js';
import { isValidNamespace, parseModuleName } from '../manifest/names.js';
import type { AttestationStatement } from '../manifest/types.js';
import type { Proposal } from '../change/namespace-change.js';
import { changeNamespaceFile, type NamespaceFileOptions } from './index-change.js';
import type { RebuildResult } from '../provenance/rebuild-verify.js';

export interface AttestResult {
  status: 'attested' | 'already-attested';
  /** The verifying namespace, whose keys signed the statement. */
  namespace: string;
  target: string;
  statement: AttestationStatement;
  dryRun: boolean;
  retries: number;
  proposal: Proposal | null;
}

/**
 * The namespace that attests: `flag` when given, else the one namespace the
 * signing keys are delegated for. `subject` (the version's namespace) never.
 */
export function verifierOf(delegations: Array<{ name: string; keyIds: string[] }>, signerKeyIds: string[], subject: string, flag?: string): string {
  let verifier = flag;
  if (verifier === undefined) {
    const theirs = delegations.filter((d) => d.keyIds.some((id) => signerKeyIds.includes(id))).map((d) => d.name);
    if (theirs.length === 0) {
      throw new GotongError('GOTONG_E_KEY_NOT_DELEGATED', t('attest.noNamespace'), { hint: t('attest.noNamespace.hint') });
    }
    // Attesting for another namespace is the point: one whose keys also sign the subject is left out.
    const others = theirs.filter((name) => name !== subject);
    if (others.length > 1) {
      throw new GotongError('GOTONG_E_USAGE', t('attest.severalNamespaces', { namespaces: others.join(', ') }), { hint: t('attest.severalNamespaces.hint') });
    }
    verifier = others[0] ?? subject;
  }
  if (!isValidNamespace(verifier)) attestationsTarget(verifier, subject);
  if (verifier === subject) {
    throw new GotongError('GOTONG_E_USAGE', t('attest.ownNamespace', { namespace: verifier }), { hint: t('attest.ownNamespace.hint') });
  }
  return verifier;
}

/** The pure step: what a reproduced rebuild states. */
export function statementOf(result: RebuildResult, now: Date): AttestationStatement {
  if (result.status !== 'reproduced') throw new GotongError('GOTONG_E_INTERNAL', t('attest.notReproduced'), { hint: t('attest.notReproduced.hint') });
  if (!result.source.commit) {
    throw new GotongError('GOTONG_E_USAGE', t('attest.noCommit', { from: result.source.from }), { hint: t('attest.noCommit.hint') });
  }
  return {
    module: result.name,
    version: result.version,
    integrity: result.integrity,
    tarSha512: result.rebuiltTarSha512,
    source: { repository: result.source.repository, commit: result.source.commit },
    reproducedAt: now.toISOString(),
    gotongVersion: GOTONG_VERSION,
  };
}

export async function attest(result: RebuildResult, verifier: string, options: NamespaceFileOptions): Promise<AttestResult> {
  const subject = parseModuleName(result.name).namespace;
  const target = attestationsTarget(verifier, subject);
  const statement = statementOf(result, options.now ?? new Date());
  // i18n-exempt: the registry commit message (registry content).
  const message = `attest ${result.name}@${result.version} by ${verifier}`;
  const change = await changeNamespaceFile(verifier, target, message, options, (current) => {
    const next = withStatement(current && parseAttestationFile(current, target), verifier, subject, statement);
    return { bytes: next && serializeAttestationFile(next), result: next ? 'attested' : 'already-attested' } as const;
  });
  return { status: change.result, namespace: verifier, target, statement, dryRun: options.dryRun ?? false, retries: change.retries, proposal: change.proposal };
}

