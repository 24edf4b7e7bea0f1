// publiccode.yml version 0.x as a table of specs: the core schema
// ("The Standard (core)": top-level keys, description, legal, maintenance,
// localisation, dependsOn, and the Dependency, Contact and Contractor
// formats). Top-level two-letter lowercase keys are country sections (`it`
// and others), extensions the core leaves to each country.
import type { MessageKey } from '../i18n/messages/index.js';
import { t } from '../i18n/translate.js';
import { quote } from '../manifest/names.js';
import { child, entry, report, type CheckContext, type Field, type MapNode, type Report, type Spec } from './check.js';
import type { FindingCode } from './findings.js';
import { countryProblem, dateProblem, emailProblem, languageTagProblem, pathOrUrlProblem, repositoryUrlProblem, uriProblem, webUrlProblem } from './formats.js';
import { checkSpdxExpression } from './spdx.js';
import { CATEGORIES, DEVELOPMENT_STATUSES, MAINTENANCE_TYPES, SCOPES, SOFTWARE_TYPES } from './vocabulary.js';

/** Turns a `problem(value): string | null` into a spec check reporting `code`. */
function by(problem: (value: string) => string | null, code: FindingCode): (value: string, report: Report) => void {
  return (value, report) => {
    const message = problem(value);
    if (message !== null) report(code, message);
  };
}

const text: Spec = { type: 'string' };
const webUrl: Spec = { type: 'string', check: by(webUrlProblem, 'bad-url') };
const date: Spec = { type: 'string', check: by(dateProblem, 'bad-date') };
const email: Spec = { type: 'string', check: by(emailProblem, 'bad-email') };
const country: Spec = { type: 'string', check: by(countryProblem, 'bad-country') };
const languageTag: Spec = { type: 'string', check: by(languageTagProblem, 'bad-language-tag') };
const logo: Spec = { type: 'string', check: by(pathOrUrlProblem, 'bad-path'), file: { formats: ['svg', 'svgz', 'png'] } };
const screenshot: Spec = { type: 'string', check: by(pathOrUrlProblem, 'bad-path'), file: { formats: ['png', 'jpg', 'jpeg'] } };
const list = (items: Spec, more: { nonEmpty?: boolean; orSingle?: boolean } = {}): Spec => ({ type: 'list', items, ...more });
const oneOf = (values: readonly string[]): Spec => ({ type: 'string', oneOf: values });

const optional = (spec: Spec): Field => ({ spec });
const required = (spec: Spec): Field => ({ spec, required: true });
const deprecated = (spec: Spec, why: MessageKey): Field => ({ spec, deprecated: why });

const version: Spec = {
  type: 'string',
  check: (value, report) => {
    if (!/^0\.\d+(\.\d+)?$/.test(value)) report('unsupported-version', t('publiccode.version', { value: quote(value) }));
  },
};

const licence: Spec = {
  type: 'string',
  check: (value, report) => {
    const result = checkSpdxExpression(value);
    if (!result.ok) return report('bad-licence', t('publiccode.licence', { value: quote(value), problem: result.message }));
    for (const warning of result.warnings) report('deprecated-licence', warning, 'warning');
  },
};

const dependency: Spec = {
  type: 'object',
  fields: { name: required(text), versionMin: optional(text), versionMax: optional(text), version: optional(text), optional: optional({ type: 'boolean' }) },
};

const contact: Spec = {
  type: 'object',
  fields: { name: required(text), email: optional(email), phone: optional(text), affiliation: optional(text) },
};

const contractor: Spec = {
  type: 'object',
  fields: { name: required(text), until: required(date), email: optional(email), website: optional(webUrl) },
};

/** maintenance/contractors is mandatory for `contract`, maintenance/contacts for `internal` and `community`. */
function maintenanceRules(node: MapNode, path: string, ctx: CheckContext): void {
  const type = entry(node, 'type')?.value;
  if (type?.kind !== 'scalar' || typeof type.value !== 'string') return;
  const needs = type.value === 'contract' ? 'contractors' : type.value === 'internal' || type.value === 'community' ? 'contacts' : null;
  if (needs === null) return;
  const found = entry(node, needs);
  if (found === undefined) {
    report(ctx, type.at, child(path, needs), 'missing-key', t('publiccode.maintenance.missing', { type: quote(type.value) }));
  } else if (found.value.kind === 'seq' && found.value.items.length === 0) {
    report(ctx, found.value.at, child(path, needs), 'empty-list', t('publiccode.maintenance.empty', { type: quote(type.value) }));
  }
}

const descriptionInLanguage: Spec = {
  type: 'object',
  fields: {
    localisedName: optional(text),
    genericName: deprecated({ type: 'string', max: 35 }, 'publiccode.deprecated.genericName'),
    shortDescription: required({ type: 'string', max: 150 }),
    longDescription: optional({ type: 'string', min: 150, max: 10000 }),
    documentation: optional(webUrl),
    apiDocumentation: optional(webUrl),
    features: optional(list(text)),
    screenshots: optional(list(screenshot)),
    videos: optional(list(webUrl)),
    awards: optional(list(text)),
  },
};

/** At least one language; longDescription and features are mandatory "for at least one language". */
function descriptionRules(node: MapNode, path: string, ctx: CheckContext): void {
  if (node.entries.length === 0) {
    report(ctx, node.at, path, 'empty-list', t('publiccode.description.none'));
    return;
  }
  const languages = node.entries.filter((e) => e.value.kind === 'map' && languageTagProblem(e.key) === null);
  if (languages.length === 0) return;
  for (const key of ['longDescription', 'features']) {
    const somewhere = languages.some((language) => {
      const found = entry(language.value as MapNode, key);
      return found !== undefined && !(found.value.kind === 'scalar' && found.value.value === null);
    });
    if (!somewhere) report(ctx, languages[0].value.at, child(child(path, languages[0].key), key), 'missing-key', t('publiccode.description.missing'));
  }
}

export const PUBLICCODE: Spec = {
  type: 'object',
  extensions: /^[a-z]{2}$/,
  fields: {
    publiccodeYmlVersion: required(version),
    name: required(text),
    applicationSuite: optional(text),
    url: required({ type: 'string', check: by(repositoryUrlProblem, 'bad-url') }),
    landingURL: optional(webUrl),
    isBasedOn: optional(list(text, { orSingle: true })),
    organizationUri: optional({ type: 'string', check: by(uriProblem, 'bad-url') }),
    softwareVersion: optional(text),
    releaseDate: optional(date),
    logo: optional(logo),
    monochromeLogo: deprecated(logo, 'publiccode.deprecated.monochromeLogo'),
    inputTypes: deprecated(list(text), 'publiccode.deprecated.leaveOut'),
    outputTypes: deprecated(list(text), 'publiccode.deprecated.leaveOut'),
    platforms: required(list(text, { orSingle: true, nonEmpty: true })),
    categories: required(list(oneOf(CATEGORIES), { nonEmpty: true })),
    usedBy: optional(list(text)),
    roadmap: optional(webUrl),
    developmentStatus: required(oneOf(DEVELOPMENT_STATUSES)),
    softwareType: required(oneOf(SOFTWARE_TYPES)),
    intendedAudience: optional({
      type: 'object',
      fields: { countries: optional(list(country)), unsupportedCountries: optional(list(country)), scope: optional(list(oneOf(SCOPES))) },
    }),
    description: required({ type: 'languages', values: descriptionInLanguage, rules: descriptionRules }),
    legal: required({
      type: 'object',
      fields: { license: required(licence), mainCopyrightOwner: optional(text), repoOwner: optional(text), authorsFile: deprecated(text, 'publiccode.deprecated.authorsFile') },
    }),
    maintenance: required({
      type: 'object',
      fields: { type: required(oneOf(MAINTENANCE_TYPES)), contractors: optional(list(contractor)), contacts: optional(list(contact)) },
      rules: maintenanceRules,
    }),
    localisation: required({
      type: 'object',
      fields: { localisationReady: required({ type: 'boolean' }), availableLanguages: required(list(languageTag, { nonEmpty: true })) },
    }),
    dependsOn: optional({
      type: 'object',
      fields: { open: optional(list(dependency)), proprietary: optional(list(dependency)), hardware: optional(list(dependency)) },
    }),
  },
};
