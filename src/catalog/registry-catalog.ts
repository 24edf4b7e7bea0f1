// `gotong catalog build`: open a registry through TUF and build the static
// catalog from what verified.
import type { Reporter } from '../core/reporter.js';
import { stage } from '../core/reporter.js';
import { openForQuery } from '../query/info.js';
import type { OpenedRegistry } from '../verified/open-registry.js';
import { buildCatalog, type CatalogBuildResult } from './build.js';
import { catalogInputFromRegistry } from './from-registry.js';
import { catalogLanguage } from './i18n.js';

export interface RegistryCatalogOptions {
  cwd: string;
  registry?: string;
  out: string;
  offline?: boolean;
  reporter: Reporter;
  /** Also decides the language the pages open in (GOTONG_LANG or the locale, as for gotong's own messages). */
  env?: NodeJS.ProcessEnv;
}

export interface RegistryCatalogResult extends CatalogBuildResult {
  registry: string;
  modules: number;
  /** The registry as opened and verified (its source names the commit read, for a git registry). */
  opened: OpenedRegistry;
}

export async function buildRegistryCatalog(options: RegistryCatalogOptions): Promise<RegistryCatalogResult> {
  const { opened, reader } = await openForQuery(options);
  const input = await stage(options.reporter, 'read-registry', () => catalogInputFromRegistry(opened, reader, options.reporter, opened.location.name ?? opened.location.label));
  const built = await stage(options.reporter, 'build-catalog', () => buildCatalog(input, options.out, options.reporter, { language: catalogLanguage(options.env ?? process.env) }));
  return { ...built, registry: opened.location.label, modules: input.modules.length, opened };
}
