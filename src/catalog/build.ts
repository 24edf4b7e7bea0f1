// buildCatalog: verified registry data in, a static web site out.
//   prepare (view.ts, pure) -> render and write every page into a staging
//   folder beside the output -> swap the staging folder into place.
// The swap means a reader (or `gotong serve`) never sees half a catalog, and
// pages of modules that left the registry do not linger. An existing output
// folder is replaced only if it is empty or holds a catalog gotong built.
import { t } from '../i18n/translate.js';
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { GotongError, ioError } from '../core/errors.js';
import { silentReporter, stage, type Reporter } from '../core/reporter.js';
import { buildCatalogJson, CATALOG_FORMAT } from './catalog-json.js';
import { catalogScript } from './client-script.js';
import { commandCentreJson, planCommandCentre } from './command-centre.js';
import type { Lang } from './i18n.js';
import { cityHistoryPath, cityPath, modulePath } from './layout.js';
import type { CatalogInput } from './model.js';
import { categoriesPage, categoryPage } from './pages-category.js';
import { citiesPage, cityHistoryPage, cityPage } from './pages-city.js';
import { homePage } from './pages-home.js';
import { commandCentrePage } from './pages-command-centre.js';
import { modulePage } from './pages-module.js';
import { NOT_FOUND_PAGE, notFoundPage } from './pages-not-found.js';
import { buildSearchData, searchDataScript } from './search-data.js';
import { CATALOG_CSS, ICON_SVG } from './styles.js';
import { prepareCatalog, type SkippedModule } from './view.js';

export interface CatalogBuildResult {
  outDir: string;
  /** HTML pages written. */
  pages: number;
  totalBytes: number;
  /** assets/search-data.js, loaded by the home page after it is shown. */
  searchDataBytes: number;
  /** index.html alone (the stylesheet and script are shared by every page). */
  homePageBytes: number;
  modules: number;
  versions: number;
  /** Modules left out because their names cannot be catalog paths (also reported as warnings). */
  skipped: SkippedModule[];
}

export interface CatalogBuildOptions {
  /**
   * The language the pages open in (default Indonesian). `gotong catalog
   * build` and `gotong serve` pass the one gotong runs in (catalogLanguage).
   */
  language?: Lang;
}

const WRITE_CONCURRENCY = 16;
const PROGRESS_EVERY = 500;

async function checkOutDir(outDir: string): Promise<boolean> {
  let info;
  try {
    info = await stat(outDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw ioError('read', outDir, error);
  }
  const refuse = () =>
    new GotongError('GOTONG_E_USAGE', t('catalog.outNotCatalog', { dir: outDir }), {
      hint: t('catalog.outNotCatalog.hint'),
    });
  if (!info.isDirectory()) throw refuse();
  const entries = await readdir(outDir);
  if (entries.length === 0) return true;
  try {
    const data = JSON.parse(await readFile(join(outDir, 'catalog.json'), 'utf8')) as { format?: unknown };
    if (data.format === CATALOG_FORMAT) return true;
  } catch {
    // not ours
  }
  throw refuse();
}

/** Replaces outDir by staging; falls back to moving entries when outDir itself cannot be renamed (a mount point, a cwd). */
async function swapIntoPlace(staging: string, outDir: string, exists: boolean, suffix: string): Promise<void> {
  if (!exists) {
    await rename(staging, outDir);
    return;
  }
  const old = `${outDir}.old-${suffix}`;
  try {
    await rename(outDir, old);
  } catch {
    for (const entry of await readdir(outDir)) await rm(join(outDir, entry), { recursive: true, force: true });
    for (const entry of await readdir(staging)) await rename(join(staging, entry), join(outDir, entry));
    await rm(staging, { recursive: true, force: true });
    return;
  }
  await rename(staging, outDir);
  await rm(old, { recursive: true, force: true });
}

export async function buildCatalog(input: CatalogInput, outDir: string, reporter: Reporter = silentReporter, options: CatalogBuildOptions = {}): Promise<CatalogBuildResult> {
  const target = resolve(outDir);
  const language: Lang = options.language === 'en' ? 'en' : 'id';
  const view = await stage(reporter, 'catalog:prepare', async () => prepareCatalog(input, language));
  for (const s of view.skipped) {
    reporter.emit({
      type: 'warn',
      code: 'GOTONG_W_CATALOG_MODULE_SKIPPED',
      message: t('catalog.moduleSkipped', { name: s.name || t('catalog.moduleSkipped.unnamed'), namespace: s.namespace, reason: t(`catalog.skip.${s.reason}`) }),
      hint: t('catalog.moduleSkipped.hint'),
    });
  }
  const exists = await checkOutDir(target);
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const staging = join(dirname(target), `.${basename(target)}.tmp-${suffix}`);

  let pages = 0;
  let totalBytes = 0;
  let searchDataBytes = 0;
  let homePageBytes = 0;
  const createdDirs = new Map<string, Promise<unknown>>();

  const write = async (relative: string, content: string): Promise<number> => {
    const file = join(staging, relative);
    const dir = dirname(file);
    let made = createdDirs.get(dir);
    if (!made) {
      made = mkdir(dir, { recursive: true });
      createdDirs.set(dir, made);
    }
    await made;
    const bytes = Buffer.from(content, 'utf8');
    try {
      await writeFile(file, bytes);
    } catch (error) {
      throw ioError('write', file, error);
    }
    totalBytes += bytes.length;
    if (relative.endsWith('.html')) pages += 1;
    return bytes.length;
  };

  try {
    await mkdir(staging, { recursive: true });
    await stage(reporter, 'catalog:write', async () => {
      const searchData = buildSearchData(view);
      homePageBytes = await write('index.html', homePage(view));
      searchDataBytes = await write('assets/search-data.js', searchDataScript(searchData));
      await write('assets/catalog.css', CATALOG_CSS);
      await write('assets/catalog.js', catalogScript());
      await write('assets/icon.svg', ICON_SVG);
      await write('catalog.json', `${JSON.stringify(buildCatalogJson(view))}\n`);
      await write('cities.html', citiesPage(view));
      await write('categories.html', categoriesPage(view));
      await write(NOT_FOUND_PAGE, notFoundPage(view));
      const centre = planCommandCentre(view, input.adoption);
      await write('command-centre.html', commandCentrePage(view, centre));
      await write('command-centre.json', `${JSON.stringify(commandCentreJson(centre, view.registry))}\n`);

      // Pages are rendered as they are written so memory stays flat at 10,000 modules.
      const jobs: Array<() => Promise<unknown>> = [
        ...view.namespaces.map((ns) => () => write(cityPath(ns.name), cityPage(view, ns))),
        ...view.namespaces.map((ns) => () => write(cityHistoryPath(ns.name), cityHistoryPage(view, ns))),
        ...view.categories.flatMap((c) => {
          const path = c.path;
          return path ? [() => write(path, categoryPage(view, c))] : [];
        }),
        ...view.modules.map((m) => () => write(modulePath(m.namespace, m.name), modulePage(view, m))),
      ];
      let next = 0;
      let done = 0;
      const worker = async () => {
        while (next < jobs.length) {
          const job = jobs[next++];
          await job();
          done += 1;
          if (done % PROGRESS_EVERY === 0 || done === jobs.length) reporter.emit({ type: 'progress', stage: 'catalog:write', done, total: jobs.length });
        }
      };
      await Promise.all(Array.from({ length: WRITE_CONCURRENCY }, worker));
    });
    await stage(reporter, 'catalog:publish', () => swapIntoPlace(staging, target, exists, suffix));
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    // i18n-exempt: an IoAction, which ioError translates.
    if ((error as NodeJS.ErrnoException)?.code && !(error instanceof GotongError)) throw ioError('write the catalog into', target, error);
    throw error;
  }

  return {
    outDir: target,
    pages,
    totalBytes,
    searchDataBytes,
    homePageBytes,
    modules: view.modules.length,
    versions: view.versionCount,
    skipped: view.skipped,
  };
}
