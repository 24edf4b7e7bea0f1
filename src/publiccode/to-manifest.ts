// What a publiccode.yml tells `gotong init --from-publiccode`: the module's
// name slug, version, descriptions, licence, kind, category and where it
// lives. Pure, on a document that validation (validate.ts) has already
// accepted; the namespace is not in the file (the standard has no such
// notion) and comes from the caller.
import semver from 'semver';
import { t } from '../i18n/translate.js';
import { gotongCategoryOf } from './categories.js';
import { invalidPubliccode, validatePubliccodeFile } from './validate.js';

export interface PubliccodeInitFields {
  /** The software's `name`, as written; the caller makes the module name segment of it. */
  softwareName: string;
  /** SemVer from softwareVersion (`v2.1.0` and `2.1` read as 2.1.0); absent when there is none to read. */
  version?: string;
  description: { id?: string; en?: string };
  license?: string;
  type?: 'app' | 'service' | 'library' | 'data';
  category?: string;
  repository?: string;
  homepage?: string;
  publisher?: string;
}

/** softwareType -> gotong's module kind: what is deployed on its own is an app or a service, what others build on a library. */
const KIND: Record<string, PubliccodeInitFields['type']> = {
  'standalone/web': 'app',
  'standalone/mobile': 'app',
  'standalone/desktop': 'app',
  'standalone/iot': 'app',
  'standalone/other': 'app',
  'standalone/backend': 'service',
  addon: 'library',
  library: 'library',
  configurationFiles: 'data',
};

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

/** The description block of a language: `id` itself, else a regional tag of it (`id-ID`). */
function shortDescription(descriptions: Record<string, unknown>, language: 'id' | 'en'): string | undefined {
  const key = language in descriptions ? language : Object.keys(descriptions).find((tag) => tag.toLowerCase().startsWith(`${language}-`));
  return key === undefined ? undefined : text(record(descriptions[key]).shortDescription);
}

export function versionFromSoftwareVersion(value: unknown): string | undefined {
  const given = typeof value === 'number' ? String(value) : text(value);
  if (given === undefined) return undefined;
  return semver.valid(semver.clean(given) ?? '') ?? semver.coerce(given)?.version ?? undefined;
}

export function fieldsFromPubliccode(document: Record<string, unknown>): PubliccodeInitFields {
  const descriptions = record(document.description);
  const legal = record(document.legal);
  const categories = Array.isArray(document.categories) ? document.categories.filter((c): c is string => typeof c === 'string') : [];
  const version = versionFromSoftwareVersion(document.softwareVersion);
  const type = KIND[String(document.softwareType)];
  const category = gotongCategoryOf(categories);
  const url = text(document.url);
  const landing = text(document.landingURL);
  const publisher = text(legal.repoOwner) ?? text(legal.mainCopyrightOwner);
  const license = text(legal.license);
  return {
    softwareName: text(document.name) ?? '',
    ...(version ? { version } : {}),
    description: { id: shortDescription(descriptions, 'id'), en: shortDescription(descriptions, 'en') },
    ...(license ? { license } : {}),
    ...(type ? { type } : {}),
    ...(category ? { category } : {}),
    ...(url && /^(https?|git|ssh):\/\//.test(url) ? { repository: url } : {}),
    ...(landing && /^https?:\/\//.test(landing) ? { homepage: landing } : {}),
    ...(publisher ? { publisher } : {}),
  };
}

/** Reads and validates the file, and refuses it when it has errors: a module is not started from a broken description. */
export async function readPubliccodeForInit(path: string): Promise<{ file: string; fields: PubliccodeInitFields; report: { errors: number; warnings: number } }> {
  const report = await validatePubliccodeFile(path);
  if (!report.valid || report.document === null) {
    throw invalidPubliccode(report, t('publiccode.initFrom.invalid.hint', { file: report.file }));
  }
  return { file: report.file, fields: fieldsFromPubliccode(report.document), report: { errors: report.errors, warnings: report.warnings } };
}
