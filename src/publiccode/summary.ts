// The fields of a valid publiccode.yml that a module's index entry keeps for
// `gotong info`, search and the catalog (registry-schema/module-index.schema.json,
// "publiccode"): what a partner city filters and reads by. Only a file
// without errors is summarised, and the summary holds within the schema's
// limits, so every client can read the index it lands in.
import { t } from '../i18n/translate.js';
import type { PubliccodeSummary } from '../manifest/types.js';

/** The schema's bounds ($defs/shortText, publiccode lists). */
const MAX_TEXT = 200;
const MAX_ITEMS = 50;
// eslint-disable-next-line no-control-regex -- the schema refuses control characters
const CONTROL = /[\u0000-\u001f\u007f]/;

type Json = Record<string, unknown>;

const asObject = (value: unknown): Json => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);

export interface SummaryResult {
  summary: PubliccodeSummary;
  /** Values too long or too many for the index; the caller treats them as errors. */
  problems: string[];
}

/** `document` is the plain data of a publiccode.yml that validated without errors. */
export function publiccodeSummary(document: Json): SummaryResult {
  const problems: string[] = [];
  const text = (value: unknown, path: string): string => {
    const s = String(value);
    if (s.length > MAX_TEXT || s.length === 0 || CONTROL.test(s)) problems.push(t('publiccode.summary.text', { path, max: MAX_TEXT }));
    return s;
  };
  const texts = (value: unknown, path: string): string[] => {
    const list = [...new Set(asList(value).map((v, i) => text(v, `${path}[${i}]`)))];
    if (list.length > MAX_ITEMS) problems.push(t('publiccode.summary.items', { path, count: list.length, max: MAX_ITEMS }));
    return list;
  };
  const optional = <K extends string>(from: Json, keys: readonly K[], path: string): Partial<Record<K, string>> =>
    Object.fromEntries(keys.filter((k) => from[k] !== undefined && from[k] !== null).map((k) => [k, text(from[k], `${path}.${k}`)])) as Partial<Record<K, string>>;

  const audience = asObject(document.intendedAudience);
  const maintenance = asObject(document.maintenance);
  const localisation = asObject(document.localisation);
  const contacts = asList(maintenance.contacts).map((c, i) => ({ name: text(asObject(c).name, `maintenance.contacts[${i}].name`), ...optional(asObject(c), ['email', 'phone', 'affiliation'], `maintenance.contacts[${i}]`) }));
  const contractors = asList(maintenance.contractors).map((c, i) => ({
    name: text(asObject(c).name, `maintenance.contractors[${i}].name`),
    until: String(asObject(c).until),
    ...optional(asObject(c), ['email', 'website'], `maintenance.contractors[${i}]`),
  }));
  if (contacts.length > MAX_ITEMS || contractors.length > MAX_ITEMS) problems.push(t('publiccode.summary.contacts', { max: MAX_ITEMS }));

  const summary: PubliccodeSummary = {
    publiccodeYmlVersion: String(document.publiccodeYmlVersion),
    developmentStatus: String(document.developmentStatus),
    softwareType: String(document.softwareType),
    categories: texts(document.categories, 'categories'),
    platforms: texts(document.platforms, 'platforms'),
    maintenance: { type: String(maintenance.type), contacts, contractors },
    localisation: { localisationReady: localisation.localisationReady === true, availableLanguages: texts(localisation.availableLanguages, 'localisation.availableLanguages') },
  };
  const intendedAudience: PubliccodeSummary['intendedAudience'] = {};
  for (const key of ['countries', 'unsupportedCountries', 'scope'] as const) {
    if (audience[key] !== undefined) intendedAudience[key] = texts(audience[key], `intendedAudience.${key}`);
  }
  if (Object.keys(intendedAudience).length > 0) summary.intendedAudience = intendedAudience;
  return { summary, problems };
}
