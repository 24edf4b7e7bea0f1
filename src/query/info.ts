// info and search read module index files through TUF, the same way install does.
import semver from 'semver';
import { GotongError } from '../core/errors.js';
import { gotongPaths } from '../core/paths.js';
import type { Reporter } from '../core/reporter.js';
import { latestVersion } from '../manifest/module-index.js';
import { parseModuleName, parseModuleSpec } from '../manifest/names.js';
import { attestationsAbout, reproducedBy, type Reproduction } from '../provenance/attestations.js';
import type { IndexVersion, LocalizedText } from '../manifest/types.js';
import { ContentCache } from '../verified/cache.js';
import { targetReader, type TargetReader } from '../verified/targets.js';
import { locateRegistry } from '../registry/locate.js';
import { openRegistry, type OpenedRegistry } from '../verified/open-registry.js';
import { readManifest } from '../manifest/manifest.js';
import { pathExists } from '../core/fsx.js';
import { join } from 'node:path';
import { t } from '../i18n/translate.js';

export interface QueryOptions {
  cwd: string;
  registry?: string;
  offline?: boolean;
  reporter: Reporter;
  env?: NodeJS.ProcessEnv;
}

export async function openForQuery(options: QueryOptions): Promise<{ opened: OpenedRegistry; reader: TargetReader }> {
  const workspaceRegistry = (await pathExists(join(options.cwd, 'gotong.json'))) ? (await readManifest(options.cwd)).registry : undefined;
  const location = await locateRegistry({ flag: options.registry, workspace: workspaceRegistry, env: options.env });
  const opened = await openRegistry({ location, offline: options.offline ?? false, allowFirstUse: true, reporter: options.reporter, env: options.env });
  return { opened, reader: targetReader(opened.trusted, new ContentCache(gotongPaths(options.env).cacheDir, options.reporter)) };
}

export interface ModuleInfo {
  name: string;
  latest: string | null;
  description: LocalizedText | null;
  versions: Array<{
    version: string;
    publishedAt: string;
    publisherKeyId: string;
    yanked: boolean;
    yankedReason: string | null;
    deprecated: string | null;
    integrity: string;
    /** Other cities that rebuilt this version to the same tar (rebuild-verify --attest). */
    reproducedBy: Reproduction[];
  }>;
  selected: (IndexVersion & { version: string }) | null;
}

export async function moduleInfo(spec: string, options: QueryOptions): Promise<ModuleInfo> {
  const { fullName, range } = parseModuleSpec(spec);
  const { opened, reader } = await openForQuery(options);
  const index = await reader.loadIndex(fullName);
  const attestations = await attestationsAbout(opened.trusted, reader, parseModuleName(fullName).namespace, options.reporter);
  const all = Object.keys(index.versions).sort(semver.compare);
  const latest = latestVersion(index);
  const chosen = range ? semver.maxSatisfying(all, range) : latest;
  if (range && !chosen) {
    throw new GotongError('GOTONG_E_NO_MATCHING_VERSION', t('query.noMatch', { module: fullName, range }), { hint: t('query.noMatch.hint', { versions: all.join(', ') }) });
  }
  return {
    name: fullName,
    latest,
    description: chosen ? index.versions[chosen].description ?? null : null,
    versions: all.map((version) => {
      const v = index.versions[version];
      const reproduced = reproducedBy(attestations, fullName, version, v.integrity);
      return { version, publishedAt: v.publishedAt, publisherKeyId: v.publisherKeyId, yanked: v.yanked, yankedReason: v.yanked ? v.yankedReason ?? null : null, deprecated: v.deprecated, integrity: v.integrity, reproducedBy: reproduced };
    }),
    selected: chosen ? { version: chosen, ...index.versions[chosen] } : null,
  };
}

export interface SearchHit {
  name: string;
  version: string;
  description: LocalizedText | null;
  keywords: string[];
}

function localizedText(text: LocalizedText | undefined): string {
  if (!text) return '';
  return typeof text === 'string' ? text : [text.id, text.en].filter(Boolean).join(' ');
}

export async function searchModules(text: string, options: QueryOptions): Promise<SearchHit[]> {
  const { opened, reader } = await openForQuery(options);
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  const hits: SearchHit[] = [];
  for (const namespace of await opened.trusted.namespaces()) {
    const targets = await opened.trusted.namespaceTargets(namespace);
    for (const path of Object.keys(targets).filter((p) => p.endsWith('/index.json')).sort()) {
      const fullName = `@${namespace}/${path.split('/')[1]}`;
      const index = await reader.loadIndex(fullName);
      const versions = Object.keys(index.versions).filter((v) => !index.versions[v].yanked).sort(semver.rcompare);
      if (versions.length === 0) continue;
      const entry = index.versions[versions[0]];
      const haystack = [fullName, localizedText(entry.description), ...(entry.keywords ?? []), entry.category ?? ''].join(' ').toLowerCase();
      if (words.every((w) => haystack.includes(w))) {
        hits.push({ name: fullName, version: versions[0], description: entry.description ?? null, keywords: entry.keywords ?? [] });
      }
    }
  }
  return hits;
}
