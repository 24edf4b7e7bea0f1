// Property tests of everything that reads text a user or another organisation
// wrote: names, specs, versions, ranges, gotong.json, gotong-lock.json and
// module index bytes. Whatever the input, a reader either returns a value or
// throws a GotongError with a GOTONG_E_ code (never a TypeError, a stack
// overflow or a raw ajv/JSON.parse error), and no single call is slow.
import fc from 'fast-check';
import semver from 'semver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GotongError, type ErrorCode } from '../../src/core/errors.js';
import { parseLockfileText, serializeLockfile } from '../../src/manifest/lockfile.js';
import { parseManifestText, serializeManifest } from '../../src/manifest/manifest.js';
import { parseModuleIndex, serializeModuleIndex } from '../../src/manifest/module-index.js';
import { assertRange, assertVersion, isValidVersion, parseModuleName, parseModuleSpec } from '../../src/manifest/names.js';
import { scanJson } from '../../src/manifest/json-text.js';
import { validateDocument } from '../../src/manifest/schema.js';
import { bumpVersion, RELEASE_TYPES } from '../../src/manifest/version-bump.js';
import type { Lockfile, ModuleIndex, ModuleManifest } from '../../src/manifest/types.js';
import { recordCount } from '../helpers/security-counts.js';

const RUNS = 2000;
/** The properties below (one `it` each); with RUNS it fixes the count in docs/SECURITY.md. */
const PROPERTY_COUNT = 18;
/**
 * A call slower than this twice in a row is treated as a hang (catastrophic
 * regex backtracking, a loop). Typical calls take well under a millisecond; the
 * second timing filters out garbage collection and a busy machine.
 */
const SLOW_MS = 1000;

const generated = new Map<string, number>();
const accepted = new Map<string, number>();
let slowest = { ms: 0, property: '' };

/**
 * Runs one reader on one generated input: returns its value, or null after
 * checking that the failure is a GotongError with one of `codes`.
 */
function attempt<T>(property: string, codes: ErrorCode[], run: () => T): T | null {
  generated.set(property, (generated.get(property) ?? 0) + 1);
  const started = performance.now();
  try {
    const value = run();
    accepted.set(property, (accepted.get(property) ?? 0) + 1);
    return value;
  } catch (error) {
    if (!(error instanceof GotongError)) throw error;
    expect(error.code).toMatch(/^GOTONG_E_/);
    expect(codes).toContain(error.code);
    expect(error.message.length).toBeGreaterThan(0);
    expect(error.message).not.toContain('\n');
    expect(error.hint).toBeTruthy();
    return null;
  } finally {
    let ms = performance.now() - started;
    if (ms >= SLOW_MS) ms = retime(run);
    if (ms > slowest.ms) slowest = { ms, property };
    expect(ms, `${property} took ${ms.toFixed(0)} ms on one input, twice`).toBeLessThan(SLOW_MS);
  }
}

function retime(run: () => unknown): number {
  const started = performance.now();
  try {
    run();
  } catch {
    // the outcome was checked the first time
  }
  return performance.now() - started;
}

// ---- sample documents and generic mutations --------------------------------

const INTEGRITY = `sha512-${'Q'.repeat(86)}==`;

const manifest: ModuleManifest = {
  name: '@bandung/e-musrenbang',
  version: '2.1.0',
  description: { id: 'Musyawarah perencanaan pembangunan', en: 'Development planning deliberation' },
  type: 'app',
  category: 'perencanaan',
  keywords: ['musrenbang', 'perencanaan'],
  license: 'Apache-2.0',
  repository: 'https://git.bandung.go.id/diskominfo/e-musrenbang',
  publisher: 'Diskominfo Kota Bandung',
  dependencies: { '@bandung/ref-kode-wilayah': '^1.1.0', '@bandung/sso-asn': '^1.0.0', '@bandung/ui-kit': '^1.2.0' },
};

const lockfile: Lockfile = {
  lockfileVersion: 1,
  registry: { url: 'https://git.gotong.go.id/registry.git', rootSha256: 'c'.repeat(64) },
  requested: { '@bandung/e-musrenbang': '^2.1.0' },
  modules: {
    '@bandung/e-musrenbang': {
      version: '2.1.0', target: 'bandung/e-musrenbang/e-musrenbang-2.1.0.tgz', length: 4096, integrity: INTEGRITY,
      dependencies: { '@bandung/ui-kit': '^1.2.0' },
    },
    '@bandung/ui-kit': { version: '1.2.0', target: 'bandung/ui-kit/ui-kit-1.2.0.tgz', length: 2048, integrity: INTEGRITY, dependencies: {} },
  },
};

const indexEntry = (version: string) => ({
  target: `bandung/ui-kit/ui-kit-${version}.tgz`, length: 2048, sha256: 'a'.repeat(64), integrity: INTEGRITY,
  dependencies: {}, publishedAt: '2025-03-01T08:00:00.000Z', publisherKeyId: 'b'.repeat(64), yanked: false, deprecated: null,
  description: { id: 'Komponen antarmuka', en: 'UI kit' }, type: 'ui', keywords: ['komponen'],
});
const moduleIndex: ModuleIndex = { schemaVersion: 1, name: '@bandung/ui-kit', versions: { '1.0.0': indexEntry('1.0.0'), '1.2.0': indexEntry('1.2.0') } };

type Path = (string | number)[];

function pathsOf(value: unknown, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...at, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...at, k]));
  return out;
}

/** Values that look like what the documents hold, so mutations reach the deeper rules too. */
const plausible = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom('1.0.0', '2.1', 'v1.0.0', '^1.0.0', 'latest', '@bandung/ui-kit', '@Bandung/x', 'bandung/ui-kit/ui-kit-1.0.0.tgz',
    'a'.repeat(64), INTEGRITY, '2025-02-30T00:00:00Z', '2025-03-01T08:00:00Z', 'javascript:alert(1)', 'app', 'plugin', '', '__proto__'),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const keyLike = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('name', 'version', 'dependencies', '__proto__', 'x-extra', '@bandung/sso-asn', '3.0.0'));

type Mutation = { op: 'set' | 'delete' | 'add'; pick: number; key: string; value: unknown };
const mutations = fc.array(
  fc.record({ op: fc.constantFrom<Mutation['op']>('set', 'delete', 'add'), pick: fc.nat(), key: keyLike, value: plausible }),
  { minLength: 1, maxLength: 4 },
);

function mutate<T>(base: T, steps: Mutation[]): unknown {
  let doc: unknown = structuredClone(base);
  for (const step of steps) {
    const paths = pathsOf(doc);
    const path = paths[step.pick % paths.length];
    if (path.length === 0) {
      if (step.op === 'set') doc = step.value;
      continue;
    }
    const parent = path.slice(0, -1).reduce<unknown>((node, k) => (node as Record<string, unknown>)[k as string], doc) as Record<string, unknown>;
    const last = path[path.length - 1] as string;
    if (step.op === 'set') parent[last] = step.value;
    else if (step.op === 'delete') delete parent[last];
    else if (parent && typeof parent === 'object' && !Array.isArray(parent)) Object.defineProperty(parent, step.key, { value: step.value, enumerable: true, writable: true, configurable: true });
  }
  return doc;
}

type TextEdit = { at: number; op: 'insert' | 'delete' | 'replace'; char: string };
const textEdits = fc.array(
  fc.record({
    at: fc.nat(),
    op: fc.constantFrom<TextEdit['op']>('insert', 'delete', 'replace'),
    char: fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', ' ', '\n', 'a', '1', '-', '.', 'e', '\u0000', '\ufeff', 'é', '\ud800'),
  }),
  { minLength: 1, maxLength: 3 },
);

function edit(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of edits) {
    const at = e.at % (out.length + 1);
    if (e.op === 'insert') out = out.slice(0, at) + e.char + out.slice(at);
    else if (e.op === 'delete') out = out.slice(0, at) + out.slice(at + 1);
    else out = out.slice(0, at) + e.char + out.slice(at + 1);
  }
  return out;
}

const check = <Ts extends [unknown, ...unknown[]]>(property: fc.IProperty<Ts>) => fc.assert(property, { numRuns: RUNS });

beforeAll(() => {
  // Compile the schemas before timing anything.
  validateDocument('manifest', manifest, 'warm-up');
});

afterAll(() => {
  const total = [...generated.values()].reduce((a, b) => a + b, 0);
  const lines = [...generated].map(([name, n]) => `  ${String(n).padStart(6)} inputs, ${String(accepted.get(name) ?? 0).padStart(5)} accepted  ${name}`);
  console.log(`property tests: ${total} generated inputs (slowest single call ${slowest.ms.toFixed(1)} ms, ${slowest.property})\n${lines.join('\n')}`);
  expect(total).toBeGreaterThanOrEqual(generated.size * RUNS);
});

afterAll(() => recordCount('inputs generated', RUNS * PROPERTY_COUNT));

// ---- names, specs, versions, ranges ----------------------------------------

const segment = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,63}$/);
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 40 }));

describe(`names and versions (${RUNS} inputs each)`, () => {
  it('parseModuleName accepts exactly @namespace/name', () => {
    check(fc.property(anyText, (text) => {
      const parsed = attempt('parseModuleName(arbitrary)', ['GOTONG_E_NAME_INVALID'], () => parseModuleName(text));
      if (parsed) expect(`@${parsed.namespace}/${parsed.name}`).toBe(text);
    }));
  });

  it('parseModuleName round-trips every valid name', () => {
    check(fc.property(segment, segment, (namespace, name) => {
      const parsed = attempt('parseModuleName(valid)', [], () => parseModuleName(`@${namespace}/${name}`));
      expect(parsed).toEqual({ namespace, name, fullName: `@${namespace}/${name}` });
    }));
  });

  it('parseModuleSpec fails only with a name or range error', () => {
    const rangeish = fc.oneof(anyText, fc.constantFrom('^2.1', '1.2.0', '~1', '*', '>=1.0.0 <2', '1.x || 2.x', 'latest', '', '^', 'v1'));
    check(fc.property(fc.oneof(anyText, fc.tuple(segment, segment, rangeish).map(([n, m, r]) => `@${n}/${m}@${r}`)), (text) => {
      const spec = attempt('parseModuleSpec(arbitrary)', ['GOTONG_E_NAME_INVALID', 'GOTONG_E_RANGE_INVALID'], () => parseModuleSpec(text));
      if (spec) expect(spec.range === null ? spec.fullName : `${spec.fullName}@${spec.range}`).toBe(text);
      if (spec?.range) expect(semver.validRange(spec.range)).not.toBeNull();
    }));
  });

  it('assertVersion agrees with semver in strict mode', () => {
    const versionish = fc.oneof(
      anyText,
      fc.stringMatching(/^[v=]?[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}(-[0-9A-Za-z.-]{0,8})?(\+[0-9A-Za-z.-]{0,8})?$/),
    );
    check(fc.property(versionish, (text) => {
      const ok = attempt('assertVersion(arbitrary)', ['GOTONG_E_VERSION_INVALID'], () => assertVersion(text)) !== null;
      const semverOk = semver.parse(text) !== null && text === text.trim() && !text.startsWith('v') && text.length <= 256;
      expect(ok).toBe(semverOk);
    }));
  });

  it('assertRange accepts what semver.validRange accepts, within limits', () => {
    check(fc.property(fc.oneof(anyText, fc.stringMatching(/^[~^<>=]{0,2}[0-9x*]{1,2}(\.[0-9x*]{1,2}){0,2}( - |\|\| | )?[0-9.]{0,5}$/)), (text) => {
      const ok = attempt('assertRange(arbitrary)', ['GOTONG_E_RANGE_INVALID'], () => assertRange(text)) !== null;
      if (ok) expect(semver.validRange(text)).not.toBeNull();
    }));
  });

  it('bumpVersion gives a new valid version or a clear error', () => {
    const release = fc.oneof(fc.constantFrom(...RELEASE_TYPES), anyText, fc.constantFrom('1.0.0', '2.1.0', 'v3.0.0', '2.1'));
    const current = fc.oneof(fc.constantFrom('2.1.0', '0.0.0', '1.0.0-rc.1', '2.1.0+b'), anyText);
    const preid = fc.option(fc.oneof(fc.constantFrom('rc', 'beta', '01', 'uji coba'), fc.string({ maxLength: 8 })), { nil: undefined });
    check(fc.property(current, release, preid, (cur, rel, id) => {
      const next = attempt('bumpVersion(arbitrary)', ['GOTONG_E_VERSION_INVALID', 'GOTONG_E_USAGE'], () => bumpVersion(cur, rel, id));
      if (next !== null) {
        expect(isValidVersion(next)).toBe(true);
        expect(semver.eq(next, cur)).toBe(false);
      }
    }));
  });
});

// ---- the strict JSON reader ------------------------------------------------

describe(`JSON text (${RUNS} inputs each)`, () => {
  it('scanJson refuses what JSON.parse refuses, and more only for duplicate keys or deep nesting', () => {
    check(fc.property(fc.oneof(anyText, fc.json({ maxDepth: 4 }), fc.tuple(fc.json({ maxDepth: 3 }), textEdits).map(([t, e]) => edit(t, e))), (text) => {
      generated.set('scanJson(arbitrary)', (generated.get('scanJson(arbitrary)') ?? 0) + 1);
      let parses = true;
      try {
        JSON.parse(text);
      } catch {
        parses = false;
      }
      const problem = scanJson(text);
      if (!problem) accepted.set('scanJson(arbitrary)', (accepted.get('scanJson(arbitrary)') ?? 0) + 1);
      if (!parses) expect(problem).not.toBeNull();
      if (parses && problem) expect(problem.message).toMatch(/appears twice|nested more than/);
      if (problem) expect(problem.offset).toBeLessThanOrEqual(text.length);
    }));
  });
});

// ---- gotong.json -------------------------------------------------------------

const MANIFEST_CODES: ErrorCode[] = ['GOTONG_E_MANIFEST_INVALID'];

describe(`gotong.json (${RUNS} inputs each)`, () => {
  it('reads arbitrary text', () => {
    check(fc.property(anyText, (text) => {
      attempt('parseManifestText(arbitrary text)', MANIFEST_CODES, () => parseManifestText(text));
    }));
  });

  it('reads arbitrary JSON values', () => {
    check(fc.property(fc.json({ maxDepth: 5 }), (text) => {
      attempt('parseManifestText(arbitrary JSON)', MANIFEST_CODES, () => parseManifestText(text));
    }));
  });

  it('reads mutations of a valid manifest, and what it accepts writes back the same', () => {
    check(fc.property(mutations, (steps) => {
      const text = JSON.stringify(mutate(manifest, steps));
      const read = attempt('parseManifestText(mutated document)', MANIFEST_CODES, () => parseManifestText(text ?? 'undefined'));
      if (read) expect(parseManifestText(serializeManifest(read))).toEqual(read);
    }));
  });

  it('gives a line and column for every syntax error in an edited file', () => {
    const original = serializeManifest(manifest);
    check(fc.property(textEdits, (edits) => {
      const text = edit(original, edits);
      let error: GotongError | undefined;
      attempt('parseManifestText(edited text)', MANIFEST_CODES, () => {
        try {
          return parseManifestText(text);
        } catch (e) {
          error = e as GotongError;
          throw e;
        }
      });
      if (error?.message.includes('is not valid JSON')) expect(error.details).toMatchObject({ line: expect.any(Number), column: expect.any(Number) });
    }));
  });
});

// ---- gotong-lock.json ----------------------------------------------------------

const LOCK_CODES: ErrorCode[] = ['GOTONG_E_LOCKFILE_INVALID'];

describe(`gotong-lock.json (${RUNS} inputs each)`, () => {
  it('reads arbitrary text and JSON', () => {
    check(fc.property(fc.oneof(anyText, fc.json({ maxDepth: 5 })), (text) => {
      attempt('parseLockfileText(arbitrary)', LOCK_CODES, () => parseLockfileText(text));
    }));
  });

  it('reads mutations of a valid lockfile, and serializes what it accepts deterministically', () => {
    check(fc.property(mutations, (steps) => {
      const text = JSON.stringify(mutate(lockfile, steps)) ?? 'undefined';
      const read = attempt('parseLockfileText(mutated document)', LOCK_CODES, () => parseLockfileText(text));
      if (read) {
        const once = serializeLockfile(read);
        expect(serializeLockfile(parseLockfileText(once))).toBe(once);
      }
    }));
  });

  it('reads edited lockfile text', () => {
    const original = serializeLockfile(lockfile);
    check(fc.property(textEdits, (edits) => {
      attempt('parseLockfileText(edited text)', LOCK_CODES, () => parseLockfileText(edit(original, edits)));
    }));
  });
});

// ---- module index bytes ----------------------------------------------------------

const INDEX_CODES: ErrorCode[] = ['GOTONG_E_REGISTRY_INVALID'];

describe(`module index (${RUNS} inputs each)`, () => {
  it('reads arbitrary bytes', () => {
    check(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      attempt('parseModuleIndex(arbitrary bytes)', INDEX_CODES, () => parseModuleIndex(Buffer.from(bytes), '@bandung/ui-kit'));
    }));
  });

  it('reads arbitrary JSON', () => {
    check(fc.property(fc.json({ maxDepth: 5 }), (text) => {
      attempt('parseModuleIndex(arbitrary JSON)', INDEX_CODES, () => parseModuleIndex(Buffer.from(text), '@bandung/ui-kit'));
    }));
  });

  it('reads mutations of a valid index, and serializes what it accepts to stable bytes', () => {
    check(fc.property(mutations, (steps) => {
      const text = JSON.stringify(mutate(moduleIndex, steps)) ?? 'undefined';
      const read = attempt('parseModuleIndex(mutated document)', INDEX_CODES, () => parseModuleIndex(Buffer.from(text), '@bandung/ui-kit'));
      if (read) {
        expect(read.name).toBe('@bandung/ui-kit');
        const once = serializeModuleIndex(read);
        expect(serializeModuleIndex(parseModuleIndex(once, '@bandung/ui-kit')).equals(once)).toBe(true);
      }
    }));
  });

  it('reads edited index bytes', () => {
    const original = serializeModuleIndex(moduleIndex).toString('utf8');
    check(fc.property(textEdits, (edits) => {
      attempt('parseModuleIndex(edited bytes)', INDEX_CODES, () => parseModuleIndex(Buffer.from(edit(original, edits)), '@bandung/ui-kit'));
    }));
  });
});
