// What a module page shows of the publiccode.yml fields its index entry keeps
// (manifest/types.ts PubliccodeSummary, written by publish from a file that
// validated). The index is written by another organisation and a member can
// sign any index it likes, so the fields are read as untrusted data: every
// value is coerced to the type it should have, lists are cut, and an e-mail
// address or a web site becomes a link only when it is plainly one.
import { webUrl } from './urls.js';

/** The registry schema's bounds: at most 50 items a list, 200 characters a text. */
const MAX_ITEMS = 50;
const MAX_TEXT = 200;

export interface PubliccodeContactView {
  name: string;
  /** Only a plain address (see mailtoAddress); otherwise undefined and `emailText` holds what was given. */
  email?: string;
  emailText?: string;
  phone?: string;
  affiliation?: string;
}

export interface PubliccodeContractorView {
  name: string;
  until: string;
  email?: string;
  emailText?: string;
  /** An absolute http(s) URL, or undefined (then `websiteText` holds what was given). */
  website?: string;
  websiteText?: string;
}

export interface PubliccodeView {
  publiccodeYmlVersion: string;
  developmentStatus: string;
  softwareType: string;
  categories: string[];
  platforms: string[];
  countries: string[];
  unsupportedCountries: string[];
  scope: string[];
  maintenanceType: string;
  contacts: PubliccodeContactView[];
  contractors: PubliccodeContractorView[];
  localisationReady: boolean | undefined;
  availableLanguages: string[];
}

type Json = Record<string, unknown>;

const asObject = (value: unknown): Json => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});

function text(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  const s = String(value).trim();
  return s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s;
}

function texts(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out = new Set<string>();
  for (const item of value.slice(0, MAX_ITEMS)) {
    const s = text(item);
    if (s) out.add(s);
  }
  return [...out];
}

/**
 * A plain e-mail address, safe to put after `mailto:`: letters, digits and
 * `. _ % + -` before the @, a dotted host name after it. Anything else (a
 * `?` that would add headers, quotes, a scheme) is shown as text only.
 */
export function mailtoAddress(value: string): string | undefined {
  return value.length <= 254 && /^[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/.test(value) ? value : undefined;
}

function emailFields(value: unknown): { email?: string; emailText?: string } {
  const given = text(value);
  if (!given) return {};
  const email = mailtoAddress(given);
  return email ? { email } : { emailText: given };
}

function optionalText<K extends string>(key: K, value: unknown): Partial<Record<K, string>> {
  const s = text(value);
  return s ? ({ [key]: s } as Record<K, string>) : {};
}

/** The view of an index entry's `publiccode` field; null when there is none or it is not an object. */
export function publiccodeView(value: unknown): PubliccodeView | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const pc = value as Json;
  const audience = asObject(pc.intendedAudience);
  const maintenance = asObject(pc.maintenance);
  const localisation = asObject(pc.localisation);
  const list = (v: unknown) => (Array.isArray(v) ? v.slice(0, MAX_ITEMS) : []);
  const contacts = list(maintenance.contacts).map((c): PubliccodeContactView => {
    const o = asObject(c);
    return { name: text(o.name), ...emailFields(o.email), ...optionalText('phone', o.phone), ...optionalText('affiliation', o.affiliation) };
  }).filter((c) => c.name || c.email || c.emailText || c.phone);
  const contractors = list(maintenance.contractors).map((c): PubliccodeContractorView => {
    const o = asObject(c);
    const site = text(o.website);
    const href = site ? webUrl(site) : null;
    return {
      name: text(o.name),
      until: text(o.until),
      ...emailFields(o.email),
      ...(href ? { website: href } : site ? { websiteText: site } : {}),
    };
  }).filter((c) => c.name);
  return {
    publiccodeYmlVersion: text(pc.publiccodeYmlVersion),
    developmentStatus: text(pc.developmentStatus),
    softwareType: text(pc.softwareType),
    categories: texts(pc.categories),
    platforms: texts(pc.platforms),
    countries: texts(audience.countries),
    unsupportedCountries: texts(audience.unsupportedCountries),
    scope: texts(audience.scope),
    maintenanceType: text(maintenance.type),
    contacts,
    contractors,
    localisationReady: typeof localisation.localisationReady === 'boolean' ? localisation.localisationReady : undefined,
    availableLanguages: texts(localisation.availableLanguages),
  };
}
