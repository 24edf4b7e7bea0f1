// The one gate every gotong JSON document passes: JSON text is scanned with a
// strict reader (syntax errors with line and column, duplicate keys refused so
// that no two JSON parsers can read one signed file differently), then checked
// against the JSON Schemas in registry-schema/ (compiled once) and against the
// rules a schema cannot say (versions and ranges as the `semver` package reads
// them, target paths that must match the name and version).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { GotongError, type ErrorCode } from '../core/errors.js';
import { installMessages } from '../i18n/messages/install.js';
import type { MessageKey } from '../i18n/messages/index.js';
import { t, translateTo } from '../i18n/translate.js';
import { declarationProblem } from '../settings/declarations.js';
import { scanJson, lineColumn } from './json-text.js';
import { assertRange, isValidModuleName, isValidVersion, quote, tarballTarget } from './names.js';
import type { AdoptionRecord, AdvisoryFile, AttestationFile, Lockfile, ModuleIndex, ModuleManifest, RegistryInfo } from './types.js';

export type DocumentKind = 'manifest' | 'lockfile' | 'registry' | 'index' | 'adoption' | 'advisories' | 'attestations';

export interface DocumentTypes {
  manifest: ModuleManifest;
  lockfile: Lockfile;
  registry: RegistryInfo;
  index: ModuleIndex;
  adoption: AdoptionRecord;
  advisories: AdvisoryFile;
  attestations: AttestationFile;
}

interface KindInfo {
  file: string;
  id: string;
  code: ErrorCode;
  hintKey: MessageKey;
  /** The field whose value names the format version; a higher one needs a newer gotong. */
  formatField?: string;
}

// Works from src/manifest/ (vitest) and from dist/manifest/ (built package).
const SCHEMA_DIR = new URL('../../registry-schema/', import.meta.url);

const REGISTRY_HINT = 'manifest.schema.hint.registry';

const KINDS: Record<DocumentKind, KindInfo> = {
  manifest: {
    file: 'gotong.schema.json',
    id: 'https://gotong.go.id/schema/gotong.json',
    code: 'GOTONG_E_MANIFEST_INVALID',
    hintKey: 'manifest.schema.hint.manifest',
  },
  lockfile: {
    file: 'gotong-lock.schema.json',
    id: 'https://gotong.go.id/schema/gotong-lock.json',
    code: 'GOTONG_E_LOCKFILE_INVALID',
    hintKey: 'manifest.schema.hint.lockfile',
    formatField: 'lockfileVersion',
  },
  registry: {
    file: 'registry.schema.json',
    id: 'https://gotong.go.id/schema/registry.json',
    code: 'GOTONG_E_REGISTRY_INVALID',
    hintKey: REGISTRY_HINT,
    formatField: 'protocolVersion',
  },
  index: {
    file: 'module-index.schema.json',
    id: 'https://gotong.go.id/schema/module-index.json',
    code: 'GOTONG_E_REGISTRY_INVALID',
    hintKey: REGISTRY_HINT,
    formatField: 'schemaVersion',
  },
  adoption: {
    file: 'adoption-record.schema.json',
    id: 'https://gotong.go.id/schema/adoption-record.json',
    code: 'GOTONG_E_REGISTRY_INVALID',
    hintKey: REGISTRY_HINT,
    formatField: 'schemaVersion',
  },
  advisories: {
    file: 'advisories.schema.json',
    id: 'https://gotong.go.id/schema/advisories.json',
    code: 'GOTONG_E_REGISTRY_INVALID',
    hintKey: REGISTRY_HINT,
    formatField: 'schemaVersion',
  },
  attestations: {
    file: 'attestations.schema.json',
    id: 'https://gotong.go.id/schema/attestations.json',
    code: 'GOTONG_E_REGISTRY_INVALID',
    hintKey: REGISTRY_HINT,
    formatField: 'schemaVersion',
  },
};

export function schemaFileUrl(kind: DocumentKind): URL {
  return new URL(KINDS[kind].file, SCHEMA_DIR);
}

let validators: Map<DocumentKind, ValidateFunction> | undefined;
const requireHere = createRequire(import.meta.url);

/** The schema files' text and a digest over all of them (scripts/build-validators.js records it). */
export function schemaSources(): { texts: Map<DocumentKind, string>; digest: string } {
  const texts = new Map<DocumentKind, string>();
  const hash = createHash('sha256');
  for (const name of Object.keys(KINDS) as DocumentKind[]) {
    const url = schemaFileUrl(name);
    try {
      texts.set(name, readFileSync(fileURLToPath(url), 'utf8'));
    } catch (cause) {
      throw new GotongError('GOTONG_E_INTERNAL', t('manifest.schema.cannotLoad', { path: fileURLToPath(url) }), {
        hint: t('manifest.schema.cannotLoad.hint'),
        cause,
      });
    }
    hash.update(`${name}\n${texts.get(name)}\n`);
  }
  return { texts, digest: hash.digest('hex') };
}

/** The Ajv options of every validator, compiled here or ahead of time. */
export const AJV_OPTIONS = { strict: true, allErrors: false, verbose: true } as const;

/** A validator per kind, compiled from the schemas now (a few hundred ms). */
export function compileValidators(texts: Map<DocumentKind, string>, extra: Record<string, unknown> = {}) {
  // Loaded only here: the validators built ahead of time need none of Ajv's compiler.
  const { Ajv2020 } = requireHere('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const ajv = new Ajv2020({ ...AJV_OPTIONS, ...extra });
  ajv.addFormat('date-time', { type: 'string', validate: isDateTime });
  for (const [name, text] of texts) ajv.addSchema(JSON.parse(text) as object, KINDS[name].id);
  return { ajv, ids: Object.fromEntries([...texts.keys()].map((name) => [name, KINDS[name].id])) as Record<DocumentKind, string> };
}

type BuiltValidators = { schemaDigest?: string } & Partial<Record<DocumentKind, ValidateFunction>>;

function loadBuiltValidators(): BuiltValidators | null {
  try {
    return requireHere('./validators.generated.cjs') as BuiltValidators;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') return null;
    throw error;
  }
}

function validatorFor(kind: DocumentKind): ValidateFunction {
  if (!validators) {
    const { texts, digest } = schemaSources();
    // `npm run build` writes the validators as code next to this file
    // (scripts/build-validators.js); they are used only while they were
    // built from exactly these schema files. From src/ (tests) they are compiled.
    const built = loadBuiltValidators();
    const kinds = Object.keys(KINDS) as DocumentKind[];
    if (built && built.schemaDigest === digest && kinds.every((kind) => typeof built[kind] === 'function')) {
      validators = new Map(kinds.map((kind) => [kind, built[kind] as ValidateFunction]));
    } else {
      const { ajv, ids } = compileValidators(texts);
      validators = new Map(kinds.map((kind) => [kind, ajv.getSchema(ids[kind])!]));
    }
  }
  return validators.get(kind)!;
}

/** The date-time format (RFC 3339); self-contained, because the build copies its source into the generated validators. */
export function isDateTime(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|[+-](\d{2}):(\d{2}))$/.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const offsetOk = m[7] === undefined || (Number(m[7]) <= 23 && Number(m[8]) <= 59);
  return month >= 1 && month <= 12 && day >= 1 && day <= days && hour <= 23 && minute <= 59 && second <= 60 && offsetOk;
}

/**
 * How a document is named: `label` in messages (a path, or "the registry
 * index …" in the user's language), `file` in the error's details for --json,
 * which stay the same in every language. A plain string is both.
 */
export type DocumentSource = string | NamedSource;

interface NamedSource {
  label: string;
  file: string;
}

/** A document named by a message of `key`: the label in the user's language, the details' name in English. */
export function describedSource(key: MessageKey, values: Record<string, string>): NamedSource {
  return { label: t(key, values), file: translateTo('en', key, values) };
}

function sourceNames(source: DocumentSource): NamedSource {
  return typeof source === 'string' ? { label: source, file: source } : source;
}

/**
 * Parses JSON text as a document of `kind`: strict syntax, then the schema.
 * `source` names the file in messages (e.g. `gotong.json`).
 */
export function parseDocumentText<K extends DocumentKind>(kind: K, text: string, source: DocumentSource): DocumentTypes[K] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const problem = scanJson(body);
  if (problem) {
    const { label, file } = sourceNames(source);
    const { line, column } = lineColumn(body, problem.offset);
    throw new GotongError(KINDS[kind].code, t('manifest.schema.notJson', { source: label, problem: problem.message, line, column }), {
      hint: kind === 'manifest' || kind === 'lockfile' ? t('manifest.schema.notJson.hint', { line, column }) : t(KINDS[kind].hintKey),
      details: { file, line, column },
    });
  }
  return validateDocument(kind, JSON.parse(body), source);
}

/** Checks parsed JSON against the schema of `kind` and gotong's own rules; returns it typed. */
export function validateDocument<K extends DocumentKind>(kind: K, data: unknown, source: DocumentSource): DocumentTypes[K] {
  const info = KINDS[kind];
  const { label, file } = sourceNames(source);
  checkFormatVersion(info, data, label, file);
  const validate = validatorFor(kind);
  if (!validate(data)) {
    const errors = validate.errors ?? [];
    const { message, field, hint } = explain(errors, data, info);
    throw new GotongError(info.code, t('manifest.schema.problem', { source: label, problem: message }), { hint, details: { file, field } });
  }
  const failure = semanticProblem(kind, data);
  if (failure) {
    throw new GotongError(info.code, t('manifest.schema.fieldProblem', { source: label, field: renderPath(failure.path), problem: failure.problem }), {
      hint: failure.hint ?? t(info.hintKey),
      details: { file, field: pointer(failure.path) },
    });
  }
  return data as DocumentTypes[K];
}

function checkFormatVersion(info: KindInfo, data: unknown, label: string, file: string): void {
  if (!info.formatField || !isObject(data)) return;
  const found = data[info.formatField];
  if (typeof found === 'number' && Number.isInteger(found) && found > 1) {
    throw new GotongError(info.code, t('manifest.schema.newerFormat', { source: label, field: info.formatField, found }), {
      hint: t('manifest.schema.newerFormat.hint'),
      details: { file, field: `/${info.formatField}` },
    });
  }
}

// ---- rules the schema cannot express ---------------------------------------

interface Problem {
  path: (string | number)[];
  problem: string;
  hint?: string;
}

function semanticProblem(kind: DocumentKind, data: unknown): Problem | null {
  switch (kind) {
    case 'manifest': {
      const m = data as ModuleManifest;
      if (m.version !== undefined && !isValidVersion(m.version)) return versionProblem(['version'], m.version);
      if (m.dependencies) {
        const found = rangeProblems(['dependencies'], m.dependencies);
        if (found) return found;
        if (m.name !== undefined && Object.hasOwn(m.dependencies, m.name)) {
          return { path: ['dependencies', m.name], problem: t('manifest.schema.selfDependency'), hint: t('manifest.schema.selfDependency.hint') };
        }
      }
      return declarationProblem(m.settings);
    }
    case 'lockfile': {
      const lock = data as Lockfile;
      const found = rangeProblems(['requested'], lock.requested);
      if (found) return found;
      for (const [name, entry] of Object.entries(lock.modules)) {
        const at = ['modules', name];
        const problem = entryProblem(at, name, entry.version, entry.target) ?? rangeProblems([...at, 'dependencies'], entry.dependencies);
        if (problem) return problem;
      }
      return null;
    }
    case 'index': {
      const index = data as ModuleIndex;
      for (const [version, entry] of Object.entries(index.versions)) {
        const at = ['versions', version];
        const problem = entryProblem(at, index.name, version, entry.target) ?? rangeProblems([...at, 'dependencies'], entry.dependencies);
        if (problem) return problem;
      }
      return null;
    }
    case 'adoption': {
      for (const [name, version] of Object.entries((data as AdoptionRecord).modules)) {
        if (!isValidVersion(version)) return versionProblem(['modules', name], version);
      }
      return null;
    }
    case 'advisories': {
      const seen = new Set<string>();
      for (const [i, advisory] of (data as AdvisoryFile).advisories.entries()) {
        if (seen.has(advisory.id)) return { path: ['advisories', i, 'id'], problem: t('manifest.schema.repeatedId', { id: quote(advisory.id) }) };
        seen.add(advisory.id);
        if (rangeProblems(['advisories', i], { range: advisory.range })) return { path: ['advisories', i, 'range'], problem: t('manifest.schema.advisoryRange', { value: quote(advisory.range) }) };
        if (advisory.fixedIn !== null && !isValidVersion(advisory.fixedIn)) return versionProblem(['advisories', i, 'fixedIn'], advisory.fixedIn);
      }
      return null;
    }
    case 'attestations': {
      for (const [i, statement] of (data as AttestationFile).statements.entries()) {
        if (!isValidVersion(statement.version)) return versionProblem(['statements', i, 'version'], statement.version);
      }
      return null;
    }
    case 'registry':
      return null;
  }
}

function versionProblem(path: (string | number)[], value: string): Problem {
  return { path, problem: t('manifest.schema.semverVersion', { value: quote(value) }) };
}

function entryProblem(path: (string | number)[], fullName: string, version: string, target: string): Problem | null {
  if (!isValidVersion(version)) return versionProblem(path[0] === 'versions' ? path : [...path, 'version'], version);
  if (!isValidModuleName(fullName)) return null; // the schema already refused it
  const [namespace, name] = fullName.slice(1).split('/');
  const expected = tarballTarget(namespace, name, version);
  if (target !== expected) return { path: [...path, 'target'], problem: t('manifest.schema.exactly', { expected: quote(expected), value: quote(target) }) };
  return null;
}

function rangeProblems(path: (string | number)[], ranges: Record<string, string>): Problem | null {
  for (const [name, range] of Object.entries(ranges)) {
    try {
      assertRange(range);
    } catch {
      return { path: [...path, name], problem: t('manifest.schema.range', { value: quote(range) }) };
    }
  }
  return null;
}

// ---- turning ajv errors into one plain sentence ----------------------------

function explain(errors: ErrorObject[], data: unknown, info: KindInfo): { message: string; field: string; hint: string } {
  const picked = pick(errors);
  const path = splitPointer(picked.instancePath, data);
  const field = picked.instancePath;
  const at = renderPath(path);
  const got = describeValue(picked.data);
  const hint = t(info.hintKey);
  const p = picked.params as Record<string, unknown>;
  const description = (picked.parentSchema as { description?: string } | undefined)?.description;
  const limit = String(p.limit);
  switch (picked.keyword) {
    case 'required': {
      const missing = String(p.missingProperty);
      return { message: t('manifest.schema.required', { field: renderPath([...path, missing]) }), field: `${field}/${missing}`, hint };
    }
    case 'additionalProperties': {
      const extra = String(p.additionalProperty);
      const known = Object.keys((picked.parentSchema as { properties?: object }).properties ?? {});
      const near = closest(extra, known);
      const list = known.join(', ');
      const fieldHint = near
        ? t('manifest.schema.unknownField.hintNear', { near: quote(near), known: list })
        : known.length > 0 ? t('manifest.schema.unknownField.hintKnown', { known: list }) : t('manifest.schema.unknownField.hint');
      return { message: t('manifest.schema.unknownField', { field: renderPath([...path, extra]) }), field: `${field}/${extra}`, hint: fieldHint };
    }
    case 'propertyNames': {
      const key = String(p.propertyName);
      const inner = errors[errors.length - 2];
      const innerDescription = (inner?.parentSchema as { description?: string } | undefined)?.description;
      const want = innerDescription === undefined ? t('manifest.schema.validKey') : schemaWords(innerDescription);
      return { message: t('manifest.schema.badKey', { field: at, key: quote(key), want }), field, hint };
    }
    case 'type':
      return { message: t('manifest.schema.type', { field: at, type: typeName(String(p.type)), got }), field, hint };
    case 'enum':
      return { message: t('manifest.schema.oneOf', { field: at, values: (p.allowedValues as unknown[]).map(String).join(', '), got }), field, hint };
    case 'const':
      return { message: t('manifest.schema.const', { field: at, value: JSON.stringify(p.allowedValue), got }), field, hint };
    case 'minLength':
      return { message: p.limit === 1 ? t('manifest.schema.notEmpty', { field: at }) : t('manifest.schema.minLength', { field: at, limit }), field, hint };
    case 'maxLength':
      return { message: t('manifest.schema.maxLength', { field: at, limit, length: String((picked.data as string).length) }), field, hint };
    case 'minimum':
      return { message: t('manifest.schema.minimum', { field: at, limit, got }), field, hint };
    case 'maximum':
      return { message: t('manifest.schema.maximum', { field: at, limit, got }), field, hint };
    case 'minItems':
      return { message: t('manifest.schema.minItems', { field: at, limit }), field, hint };
    case 'maxItems':
      return { message: t('manifest.schema.maxItems', { field: at, limit }), field, hint };
    case 'minProperties':
      return { message: t('manifest.schema.notEmpty', { field: at }), field, hint };
    case 'maxProperties':
      // The plural needs a number; the count itself is shown as written, without grouping.
      return { message: t('manifest.schema.maxProperties', { field: at, limit: Number(p.limit) }), field, hint };
    case 'uniqueItems': {
      const list = picked.data as unknown[];
      return { message: t('manifest.schema.duplicateItem', { field: at, value: describeValue(list[p.j as number]) }), field, hint };
    }
    case 'pattern':
    case 'format':
    case 'anyOf':
    case 'oneOf': {
      if (description !== undefined) return { message: t('manifest.schema.want', { field: at, want: schemaWords(description), got }), field, hint };
      const form = p.pattern ?? p.format;
      const message = form === undefined ? t('manifest.schema.formOfSchema', { field: at, got }) : t('manifest.schema.form', { field: at, form: String(form), got });
      return { message, field, hint };
    }
    default:
      return {
        message: picked.message === undefined ? t('manifest.schema.breaks', { field: at }) : t('manifest.schema.other', { field: at, detail: picked.message, keyword: picked.keyword }),
        field,
        hint,
      };
  }
}

/** The schemas' descriptions by their English text, which is how an error names what a field must be. */
const SCHEMA_WORDS = new Map<string, MessageKey>(
  Object.entries(installMessages)
    .filter(([key]) => key.startsWith('manifest.schema.want.'))
    .map(([key, message]) => [message.en, key as MessageKey]),
);

/** A schema's description of a value, in the user's language (as written in the schema when no message holds it). */
export function schemaWords(description: string): string {
  const key = SCHEMA_WORDS.get(description);
  return key === undefined ? description : t(key);
}

/**
 * With allErrors off, ajv stops at the first failing keyword, so the last error
 * is the outermost; for anyOf it is preceded by each branch's reasons. When a
 * branch had the right type, its reason says more than "must be one of these".
 */
function pick(errors: ErrorObject[]): ErrorObject {
  const last = errors[errors.length - 1];
  if (last.keyword !== 'anyOf' && last.keyword !== 'oneOf') return last;
  const inner = errors.slice(0, -1).filter((e) => e.instancePath.startsWith(last.instancePath) && !(e.keyword === 'type' && e.instancePath === last.instancePath));
  return inner.length > 0 ? pick(inner) : last;
}

function typeName(types: string): string {
  const names = types.split(',').map((type) => t('manifest.schema.typeName', { type }));
  return names.reduce((left, right) => t('manifest.schema.typeOr', { left, right }));
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return quote(value, 60);
  if (Array.isArray(value)) return t('manifest.schema.value.list');
  if (value === null) return 'null';
  if (typeof value === 'object') return t('manifest.schema.value.object');
  return String(value);
}

function splitPointer(pointerText: string, data: unknown): (string | number)[] {
  if (pointerText === '') return [];
  const out: (string | number)[] = [];
  let node = data;
  for (const raw of pointerText.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      out.push(Number(key));
      node = node[Number(key)];
    } else {
      out.push(key);
      node = isObject(node) ? node[key] : undefined;
    }
  }
  return out;
}

/** `"versions"."2.1.0"."sha256"`, `"keywords"[2]`, or "the document" for the top level. */
export function renderPath(path: (string | number)[]): string {
  if (path.length === 0) return t('manifest.schema.document');
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i === 0 ? '' : '.'}${quote(s)}`)).join('');
}

function pointer(path: (string | number)[]): string {
  return path.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = word.length <= 4 ? 2 : 3;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2 || a.length > 64) return 99;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
