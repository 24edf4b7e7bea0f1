// publish: validate -> pack -> sign -> commit/push (change/namespace-change.ts). Publishing is
// idempotent: the same name, version and bytes again is "already-published";
// the same version with other bytes is refused, because versions are immutable.
import { GotongError } from '../core/errors.js';
import type { Reporter } from '../core/reporter.js';
import { stage } from '../core/reporter.js';
import { packModule } from '../archive/pack.js';
import { gunzipBounded } from '../archive/tar.js';
import { readPublishableManifest } from '../manifest/manifest.js';
import { parseModuleIndex, serializeModuleIndex, withVersion } from '../manifest/module-index.js';
import { indexTarget, parseModuleName, tarballTarget } from '../manifest/names.js';
import type { IndexVersion, PubliccodeSummary, PublishableManifest, VersionProvenance } from '../manifest/types.js';
import { provenanceOf } from '../provenance/provenance.js';
import { targetStorageFolder } from '../trust/file-names.js';
import type { RegistryLocation } from '../registry/locate.js';
import type { SigningKey } from '../trust/keys.js';
import { integrityOf, sha256Hex, sha512Hex } from '../trust/metadata-io.js';
import { changeNamespace, type Proposal } from '../change/namespace-change.js';
import { commitIdentity } from '../change/registry-update.js';
import { modulePubliccode } from '../publiccode/module-file.js';
import { t } from '../i18n/translate.js';

export interface PublishOptions {
  dir: string;
  location: RegistryLocation;
  signers: SigningKey[];
  /** The registry's online key: needed in direct mode only. */
  onlineKey?: SigningKey;
  dryRun?: boolean;
  /** Publish even when the module's publiccode.yml has errors; its fields are then not stored. */
  allowInvalidPubliccode?: boolean;
  /** Publish from a git tree whose packed files differ from its commit, and record that it did. */
  allowDirty?: boolean;
  gitName?: string;
  gitEmail?: string;
  /** How long to keep trying while other publishers push first, in ms; default retryTime() (registry-update.ts). */
  retryForMs?: number;
  reporter: Reporter;
  env?: NodeJS.ProcessEnv;
  now?: Date;
}

export interface PublishResult {
  /** `proposed`: pushed for the registry's pipeline to accept (a staged registry). */
  status: 'published' | 'already-published' | 'proposed';
  name: string;
  version: string;
  integrity: string;
  target: string;
  dryRun: boolean;
  /** Pushes refused because another publisher was first. */
  retries: number;
  /** The proposal pushed to a staged registry, else null. */
  proposal: Proposal | null;
}

function indexEntry(manifest: PublishableManifest, target: string, bytes: Buffer, publisherKeyId: string, now: Date, publiccode: PubliccodeSummary | null, provenance: VersionProvenance): IndexVersion {
  const entry: IndexVersion = {
    target,
    length: bytes.length,
    sha256: sha256Hex(bytes),
    integrity: integrityOf(sha512Hex(bytes)),
    dependencies: manifest.dependencies ?? {},
    publishedAt: now.toISOString(),
    publisherKeyId,
    yanked: false,
    deprecated: null,
  };
  for (const field of ['description', 'type', 'category', 'keywords', 'license', 'repository', 'homepage', 'publisher'] as const) {
    if (manifest[field] !== undefined) (entry as unknown as Record<string, unknown>)[field] = manifest[field];
  }
  if (publiccode !== null) entry.publiccode = publiccode;
  entry.provenance = provenance;
  return entry;
}

/**
 * Whether two tarballs hold the same tar stream. Packing is deterministic,
 * but gzip output may differ between zlib builds (another Node version on
 * another CI runner), so a re-run compares what the archives contain.
 */
export async function sameTarContent(a: Buffer, b: Buffer): Promise<boolean> {
  const limit = 4 * 1024 * 1024 * 1024;
  try {
    return (await gunzipBounded(a, limit)).equals(await gunzipBounded(b, limit));
  } catch {
    return false;
  }
}

export async function publish(options: PublishOptions): Promise<PublishResult> {
  const { reporter } = options;
  const { manifest, publiccode } = await stage(reporter, 'validate', async () => ({
    manifest: await readPublishableManifest(options.dir),
    publiccode: await modulePubliccode(options.dir, { reporter, allowInvalid: options.allowInvalidPubliccode }),
  }));
  const { namespace, name } = parseModuleName(manifest.name);
  const packed = await stage(reporter, 'pack', () => packModule(options.dir, { files: manifest.files }));
  const provenance = await provenanceOf(options.dir, packed, { allowDirty: options.allowDirty, env: options.env });
  const target = tarballTarget(namespace, name, manifest.version);
  const indexPath = indexTarget(namespace, name);
  const now = options.now ?? new Date();
  const base = { name: manifest.name, version: manifest.version, integrity: packed.integrity, target, dryRun: options.dryRun ?? false };

  const update = await stage(reporter, 'sign-and-push', () =>
    changeNamespace(
      {
        location: options.location,
        namespace,
        onlineKey: options.onlineKey,
        identity: commitIdentity(namespace, options.env, { name: options.gitName, email: options.gitEmail }),
        reporter,
        env: options.env,
        retryForMs: options.retryForMs,
        dryRun: options.dryRun,
        now,
        paths: [targetStorageFolder(indexPath)],
      },
      async (writer) => {
        const current = await writer.readTarget(namespace, indexPath);
        const index = current ? parseModuleIndex(current.bytes, manifest.name) : null;
        const existing = index?.versions[manifest.version];
        if (existing) {
          const published = existing.integrity === packed.integrity ? null : await writer.readTarget(namespace, existing.target);
          if (published === null || (await sameTarContent(published.bytes, packed.bytes))) {
            return { changed: false, message: '', result: 'already-published' as const };
          }
          throw new GotongError('GOTONG_E_VERSION_EXISTS', t('publish.versionExists', { name: manifest.name, version: manifest.version }), {
            hint: t('publish.versionExists.hint'),
            details: { publishedIntegrity: existing.integrity, localIntegrity: packed.integrity },
          });
        }
        const signerId = options.signers[0]?.keyId ?? '';
        const nextIndex = withVersion(index, manifest.name, manifest.version, indexEntry(manifest, target, packed.bytes, signerId, now, publiccode, provenance));
        await writer.putTargets(namespace, [{ targetPath: target, bytes: packed.bytes }, { targetPath: indexPath, bytes: serializeModuleIndex(nextIndex) }], options.signers);
        // i18n-exempt: the registry commit message (registry content).
        return { changed: true, message: `publish ${manifest.name}@${manifest.version}`, result: 'published' as const };
      },
    ),
  );
  return { ...base, status: update.proposal ? 'proposed' : update.result, retries: update.attempts - 1, proposal: update.proposal };
}
