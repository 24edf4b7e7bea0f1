// gotong rebuild-verify: anyone can check that a published tarball really is
// its recorded source. The version's source is fetched at its recorded commit
// (or a checkout is given), packed exactly as publish packs, and the
// uncompressed tar streams are compared; when they differ, every file added,
// missing or changed is named with its sizes.
import semver from 'semver';
import { packModule } from '../archive/pack.js';
import { GotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { readPublishableManifest } from '../manifest/manifest.js';
import { parseModuleSpec } from '../manifest/names.js';
import { openForQuery, type QueryOptions } from '../query/info.js';
import { assertEntryMatchesTarget } from '../verified/targets.js';
import { tarSha512 } from './provenance.js';
import { checkoutSource } from './source-checkout.js';
import { differences, tarFiles, type FileDifference } from './tar-files.js';

export interface RebuildOptions extends QueryOptions {
  /** `@namespace/name@VERSION` (a range picks its newest version). */
  spec: string;
  /** A checkout folder or a git address; default the recorded repository. */
  source?: string;
  /** The registry already opened for this command (attest opens it first to find the verifier). */
  query?: Awaited<ReturnType<typeof openForQuery>>;
}

export interface RebuildResult {
  status: 'reproduced' | 'differs';
  name: string;
  version: string;
  /** The published tarball's integrity, as the signed index names it. */
  integrity: string;
  /** The folder or address the source came from, the address as others may read it (null for a folder), and its commit when known. */
  source: { from: string; repository: string | null; commit: string | null; path: string | null };
  publishedTarSha512: string;
  rebuiltTarSha512: string;
  /** Files that differ (empty when reproduced). */
  files: FileDifference[];
}

export async function rebuildVerify(options: RebuildOptions): Promise<RebuildResult> {
  const { fullName, range } = parseModuleSpec(options.spec);
  const { reader } = options.query ?? (await openForQuery(options));
  const index = await reader.loadIndex(fullName);
  const versions = Object.keys(index.versions).sort(semver.compare);
  const version = range ? semver.maxSatisfying(versions, range) : null;
  if (!range) {
    throw new GotongError('GOTONG_E_USAGE', t('rebuild.noVersion', { module: fullName }), { hint: t('rebuild.versionNeeded.hint', { module: fullName, versions: versions.join(', ') }) });
  }
  if (!version) {
    throw new GotongError('GOTONG_E_NO_MATCHING_VERSION', t('rebuild.versionNeeded', { module: fullName, range }), {
      hint: t('rebuild.versionNeeded.hint', { module: fullName, versions: versions.join(', ') }),
    });
  }
  const entry = index.versions[version];
  const published = await reader.read(entry.target);
  assertEntryMatchesTarget(fullName, version, entry, published.info);
  const provenance = entry.provenance;
  const checkout = await checkoutSource(provenance, options.source);
  try {
    const manifest = await readPublishableManifest(checkout.moduleDir);
    const rebuilt = await packModule(checkout.moduleDir, { files: manifest.files });
    const [publishedTarSha512, rebuiltTarSha512] = await Promise.all([tarSha512(published.bytes), tarSha512(rebuilt.bytes)]);
    const reproduced = publishedTarSha512 === rebuiltTarSha512;
    const files = reproduced ? [] : differences(await tarFiles(published.bytes), await tarFiles(rebuilt.bytes));
    return {
      status: reproduced ? 'reproduced' : 'differs',
      name: fullName,
      version,
      integrity: entry.integrity,
      source: { from: checkout.from, repository: checkout.repository, commit: checkout.commit, path: provenance?.source?.path ?? null },
      publishedTarSha512,
      rebuiltTarSha512,
      files,
    };
  } finally {
    await checkout.dispose();
  }
}
