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
import { declarationProblem } from '../settings/declarations.js';
import { scanJson, lineColumn } from './json-text.js';
import { assertRange, isValidModuleName, isValidVersion, quote, tarballTarget } from './names.js';
import type { AdoptionRecord, AdvisoryFile, Lockfile, ModuleIndex, ModuleManifest, RegistryInfo } from './types.js';

export type DocumentKind = 'manifest' | 'lockfile' | 'registry' | 'index' | 'adoption' | 'advisories';

export interface DocumentTypes {
  manifest: ModuleManifest;
  lockfile: Lockfile;
  registry: RegistryInfo;
  index: ModuleIndex;
  adoption: AdoptionRecord;
  advisories: AdvisoryFile;
}

interface KindInfo {
  file: string;
  id: string;
  code: ErrorCode;
  hint: string;
  /** The field whose value names the format version; a higher one needs a newer gotong. */
  formatField?: string;
}

// Works from src/manifest/ (vitest) and from dist/manifest/ (built package).
const SCHEMA_DIR = new URL('../../registry-schema/', import.meta.url);

const REGISTRY_HINT = 'The registry holds a damaged or foreign file: tell the registry administrators (they can run `gotong registry verify`).';

const KINDS: Record<DocumentKind, KindInfo> = {
  manifest: {
    file: 'gotong.schema.json',
    id: 'https://gotong.go.id/schema/gotong.json',
    code: 'GOTONG_E_MANIFEST_INVALID',
    hint: 'Fix that field and run the command again; registry-schema/gotong.schema.json lists every field.',
  },
  lockfile: {
    file: 'gotong-lock.schema.json',
    id: 'https://gotong.go.id/schema/gotong-lock.json',
    code: 'GOTONG_E_LOCKFILE_INVALID',
    hint: 'Restore gotong-lock.json from version control, or delete it and run `gotong install` to resolve again.',
    formatField: 'lockfileVersion',
  },
  registry: {
    file: 'registry.schema.json',
    id: 'https://gotong.go.id/schema/registry.json',
    code: 'GOTONG_E_REGISTRY_INVALID',
    hint: REGISTRY_HINT,
    formatField: 'protocolVersion',
  },
  index: {
    file: 'module-index.schema.json',
    id: 'https://gotong.go.id/schema/module-index.json',
    code: 'GOTONG_E_REGISTRY_INVALID',
    hint: REGISTRY_HINT,
    formatField: 'schemaVersion',
  },
  adoption: {
    file: 'adoption-record.schema.json',
    id: 'https://gotong.go.id/schema/adoption-record.json',
    code: 'GOTONG_E_REGISTRY_INVALID',
    hint: REGISTRY_HINT,
    formatField: 'schemaVersion',
  },
  advisories: {
    file: 'advisories.schema.json',
    id: 'https://gotong.go.id/schema/advisories.json',
    code: 'GOTONG_E_REGISTRY_INVALID',
    hint: REGISTRY_HINT,
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
      throw new GotongError('GOTONG_E_INTERNAL', `this is a bug in gotong: cannot load the schema ${fileURLToPath(url)}`, {
        hint: 'Reinstall gotong: its registry-schema folder is missing or damaged.',
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
 * Parses JSON text as a document of `kind`: strict syntax, then the schema.
 * `source` names the file in messages (e.g. `gotong.json`).
 */
export function parseDocumentText<K extends DocumentKind>(kind: K, text: string, source: string): DocumentTypes[K] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const problem = scanJson(body);
  if (problem) {
    const { line, column } = lineColumn(body, problem.offset);
    throw new GotongError(KINDS[kind].code, `${source} is not valid JSON: ${problem.message} at line ${line}, column ${column}`, {
      hint: kind === 'manifest' || kind === 'lockfile'
        ? `Fix the JSON at line ${line}, column ${column} (a missing comma, quote or bracket is the usual cause) and run again.`
        : KINDS[kind].hint,
      details: { file: source, line, column },
    });
  }
  return validateDocument(kind, JSON.parse(body), source);
}

/** Checks parsed JSON against the schema of `kind` and gotong's own rules; returns it typed. */
export function validateDocument<K extends DocumentKind>(kind: K, data: unknown, source: string): DocumentTypes[K] {
  const info = KINDS[kind];
  checkFormatVersion(info, data, source);
  const validate = validatorFor(kind);
  if (!validate(data)) {
    const errors = validate.errors ?? [];
    const { message, field, hint } = explain(errors, data, info);
    throw new GotongError(info.code, `${source}: ${message}`, { hint, details: { file: source, field } });
  }
  const failure = semanticProblem(kind, data);
  if (failure) {
    throw new GotongError(info.code, `${source}: ${renderPath(failure.path)} ${failure.problem}`, {
      hint: failure.hint ?? info.hint,
      details: { file: source, field: pointer(failure.path) },
    });
  }
  return data as DocumentTypes[K];
}

function checkFormatVersion(info: KindInfo, data: unknown, source: string): void {
  if (!info.formatField || !isObject(data)) return;
  const found = data[info.formatField];
  if (typeof found === 'number' && Number.isInteger(found) && found > 1) {
    throw new GotongError(info.code, `${source} has ${info.formatField} ${found}, but this gotong reads only ${info.formatField} 1`, {
      hint: 'It was written by a newer gotong: upgrade gotong to the version your team or registry uses.',
      details: { file: source, field: `/${info.formatField}` },
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
          return { path: ['dependencies', m.name], problem: 'names the module itself', hint: 'A module cannot depend on itself: remove that entry.' };
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
        if (seen.has(advisory.id)) return { path: ['advisories', i, 'id'], problem: `repeats the id ${quote(advisory.id)}` };
        seen.add(advisory.id);
        if (rangeProblems(['advisories', i], { range: advisory.range })) return { path: ['advisories', i, 'range'], problem: `must be a version range such as <2.1.1 (got ${quote(advisory.range)})` };
        if (advisory.fixedIn !== null && !isValidVersion(advisory.fixedIn)) return versionProblem(['advisories', i, 'fixedIn'], advisory.fixedIn);
      }
      return null;
    }
    case 'registry':
      return null;
  }
}

function versionProblem(path: (string | number)[], value: string): Problem {
  return { path, problem: `must be a SemVer 2.0 version (got ${quote(value)})` };
}

function entryProblem(path: (string | number)[], fullName: string, version: string, target: string): Problem | null {
  if (!isValidVersion(version)) return versionProblem(path[0] === 'versions' ? path : [...path, 'version'], version);
  if (!isValidModuleName(fullName)) return null; // the schema already refused it
  const [namespace, name] = fullName.slice(1).split('/');
  const expected = tarballTarget(namespace, name, version);
  if (target !== expected) return { path: [...path, 'target'], problem: `must be ${quote(expected)} (got ${quote(target)})` };
  return null;
}

function rangeProblems(path: (string | number)[], ranges: Record<string, string>): Problem | null {
  for (const [name, range] of Object.entries(ranges)) {
    try {
      assertRange(range);
    } catch {
      return { path: [...path, name], problem: `must be a version range such as ^2.1.0 (got ${quote(range)})` };
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
  const got = (value: unknown) => ` (got ${describeValue(value)})`;
  const p = picked.params as Record<string, unknown>;
  const description = (picked.parentSchema as { description?: string } | undefined)?.description;
  switch (picked.keyword) {
    case 'required': {
      const missing = String(p.missingProperty);
      return { message: `${renderPath([...path, missing])} is required`, field: `${field}/${missing}`, hint: info.hint };
    }
    case 'additionalProperties': {
      const extra = String(p.additionalProperty);
      const known = Object.keys((picked.parentSchema as { properties?: object }).properties ?? {});
      const near = closest(extra, known);
      const hint = near
        ? `Did you mean ${quote(near)}? Known fields here: ${known.join(', ')}.`
        : known.length > 0 ? `Remove it; known fields here: ${known.join(', ')}.` : 'Remove it.';
      return { message: `${renderPath([...path, extra])} is not a known field`, field: `${field}/${extra}`, hint };
    }
    case 'propertyNames': {
      const key = String(p.propertyName);
      const inner = errors[errors.length - 2];
      const want = (inner?.parentSchema as { description?: string } | undefined)?.description ?? 'a valid key';
      return { message: `${at} has the key ${quote(key)}, which must be ${want}`, field, hint: info.hint };
    }
    case 'type':
      return { message: `${at} must be ${typeName(String(p.type))}${got(picked.data)}`, field, hint: info.hint };
    case 'enum':
      return { message: `${at} must be one of ${(p.allowedValues as unknown[]).map(String).join(', ')}${got(picked.data)}`, field, hint: info.hint };
    case 'const':
      return { message: `${at} must be ${JSON.stringify(p.allowedValue)}${got(picked.data)}`, field, hint: info.hint };
    case 'minLength':
      return { message: p.limit === 1 ? `${at} must not be empty` : `${at} must be at least ${p.limit} characters`, field, hint: info.hint };
    case 'maxLength':
      return { message: `${at} must be at most ${p.limit} characters (got ${(picked.data as string).length})`, field, hint: info.hint };
    case 'minimum':
    case 'maximum':
      return { message: `${at} must be ${picked.keyword === 'minimum' ? 'at least' : 'at most'} ${p.limit}${got(picked.data)}`, field, hint: info.hint };
    case 'minItems':
    case 'maxItems':
      return { message: `${at} must have ${picked.keyword === 'minItems' ? 'at least' : 'at most'} ${p.limit} entries`, field, hint: info.hint };
    case 'minProperties':
      return { message: `${at} must not be empty`, field, hint: info.hint };
    case 'uniqueItems': {
      const list = picked.data as unknown[];
      return { message: `${at} lists ${describeValue(list[p.j as number])} twice`, field, hint: info.hint };
    }
    case 'pattern':
    case 'format':
    case 'anyOf':
    case 'oneOf':
      return { message: `${at} must be ${description ?? `in the form ${String(p.pattern ?? p.format ?? 'the schema asks for')}`}${got(picked.data)}`, field, hint: info.hint };
    default:
      return { message: `${at} ${picked.message ?? 'breaks the schema'}`, field, hint: info.hint };
  }
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

function typeName(type: string): string {
  const names: Record<string, string> = {
    string: 'a string', number: 'a number', integer: 'a whole number', boolean: 'true or false',
    object: 'an object', array: 'a list', null: 'null',
  };
  return type.split(',').map((t) => names[t] ?? t).join(' or ');
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return quote(value, 60);
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
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
  if (path.length === 0) return 'the document';
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
