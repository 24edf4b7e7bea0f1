// Builds the catalog's input from a registry opened through TUF: only
// verified index files and tarballs whose bytes matched their signed hashes
// reach the catalog. READMEs are read from the newest usable version's
// tarball without extracting it. Adoption records and advisories go through
// the same signed reads as `gotong audit` (advisory/read.ts).
import { advisoryModules, readAdoptionRecords, readAdvisories } from '../advisory/read.js';
import { mapLimit } from '../core/concurrency.js';
import { isGotongError } from '../core/errors.js';
import type { Reporter } from '../core/reporter.js';
import { readFileFromTarball } from '../archive/extract.js';
import type { TargetReader } from '../verified/targets.js';
import type { OpenedRegistry } from '../verified/open-registry.js';
import { redactUrl } from '../registry/git.js';
import type { Advisory } from '../manifest/types.js';
import { readAttestations } from '../provenance/attestations.js';
import type { CatalogInput } from './model.js';
import { t } from '../i18n/translate.js';
import { shownVersionOf } from './view.js';

const MAX_README_BYTES = 256 * 1024;

export async function catalogInputFromRegistry(opened: OpenedRegistry, reader: TargetReader, reporter: Reporter, name: string): Promise<CatalogInput> {
  const namespaces = await opened.trusted.namespaceDelegations();
  const moduleNames: Array<{ namespace: string; fullName: string }> = [];
  const targetPaths: string[] = [];
  for (const ns of namespaces) {
    const targets = await opened.trusted.namespaceTargets(ns.name);
    targetPaths.push(...Object.keys(targets));
    for (const path of Object.keys(targets).filter((p) => p.endsWith('/index.json')).sort()) {
      moduleNames.push({ namespace: ns.name, fullName: `@${ns.name}/${path.split('/')[1]}` });
    }
  }
  let done = 0;
  const modules = await mapLimit(moduleNames, 8, async ({ namespace, fullName }) => {
    const index = await reader.loadIndex(fullName);
    // The README of the version the module page describes.
    const newest = shownVersionOf(index.versions);
    let readme: string | null = null;
    if (newest) {
      try {
        const { bytes } = await reader.read(index.versions[newest].target);
        readme = (await readFileFromTarball(bytes, 'README.md', MAX_README_BYTES))?.toString('utf8') ?? null;
      } catch (error) {
        if (!isGotongError(error)) throw error;
        reporter.emit({ type: 'warn', code: 'GOTONG_W_README_UNREADABLE', message: t('catalog.readmeUnreadable', { module: fullName, version: newest, code: error.code }) });
      }
    }
    reporter.emit({ type: 'progress', stage: 'catalog', done: ++done, total: moduleNames.length });
    return { namespace, index, readme };
  });
  const records = await readAdoptionRecords(opened.trusted, reporter);
  const advisories: Array<{ module: string; advisories: Advisory[] }> = [];
  for (const module of await advisoryModules(opened.trusted)) {
    const file = await readAdvisories(opened.trusted, module, reporter);
    if (file) advisories.push({ module, advisories: file.advisories });
  }
  const attestations = await readAttestations(reader, targetPaths, reporter);
  return {
    registry: { name, url: redactUrl(opened.location.url), rootSha256: opened.trusted.rootSha256, generatedAt: new Date().toISOString() },
    namespaces,
    modules,
    adoption: { records, advisories },
    attestations,
  };
}
