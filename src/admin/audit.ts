// `gotong registry verify`: the whole registry checked as an auditor would.
// The signed content is the trust layer's audit (trust/verify-registry.ts);
// a git registry's own layout (namespace links that no branch holds, links a
// member committed) is the registry layer's; the pinned fingerprint is the
// machine's configuration. This puts the three together.
import type { RegistryLocation } from '../registry/locate.js';
import { gitLayoutProblems } from '../registry/namespaces.js';
import { registrySource } from '../registry/open.js';
import { GitCommitSource } from '../registry/source.js';
import { verifyRegistry, type RegistryVerifyResult } from '../trust/verify-registry.js';
import { t } from '../i18n/translate.js';

/** `gotong registry verify`: every file of the registry read and checked (nothing is vouched for, so that count is left out). */
export async function auditRegistry(location: RegistryLocation, env?: NodeJS.ProcessEnv): Promise<Omit<RegistryVerifyResult, 'vouchedFor'>> {
  const source = await registrySource(location, false, env);
  if (source instanceof GitCommitSource) await source.prefetchEverything();
  const { vouchedFor: _none, ...result } = await verifyRegistry(source);
  if (source instanceof GitCommitSource) result.problems.push(...(await gitLayoutProblems(source.dir, source.commit)));
  if (location.pinnedRootSha256 && result.rootSha256 && location.pinnedRootSha256 !== result.rootSha256) {
    result.problems.unshift({ where: 'metadata/1.root.json', message: t('admin.rootPinProblem', { sha256: result.rootSha256, pin: location.pinnedRootSha256 }) });
  }
  return { ...result, ok: result.problems.length === 0 };
}
