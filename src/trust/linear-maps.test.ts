// The one-pass fromJSON/toJSON methods (linear-maps.ts) must build exactly
// what @tufjs/models' own methods build: the same JSON, keys in the same
// order, "__proto__" as an ordinary key, and the same errors for malformed
// input. Each generated document is read and written back with the library's
// methods and with gotong's, and the results are compared.
import fc from 'fast-check';
import { Metadata, MetadataKind, Snapshot, Targets } from '@tufjs/models';
import { Delegations } from '@tufjs/models/dist/delegations.js';
import { describe, expect, it } from 'vitest';
import { linearMapsActive, modelMethods, originals } from './linear-maps.js';

const RUNS = 300;

/** Runs `read` with the library's own methods in place, then puts gotong's back. */
function withOriginals<T>(read: () => T): T {
  const linear = modelMethods();
  const put = (m: typeof linear) => {
    Snapshot.fromJSON = m.snapshotFromJSON;
    Snapshot.prototype.toJSON = m.snapshotToJSON;
    Targets.fromJSON = m.targetsFromJSON;
    Targets.prototype.toJSON = m.targetsToJSON;
    Delegations.fromJSON = m.delegationsFromJSON;
    Delegations.prototype.toJSON = m.delegationsToJSON;
  };
  put(originals);
  try {
    return read();
  } finally {
    put(linear);
  }
}

/** The document read and written back, or the error's type and message. */
function roundTrip(kind: MetadataKind.Snapshot | MetadataKind.Targets, signed: unknown): string {
  try {
    const metadata = Metadata.fromJSON(kind as MetadataKind.Snapshot, { signed, signatures: [] } as never);
    return JSON.stringify(metadata.toJSON());
  } catch (error) {
    return `${(error as Error).constructor.name}: ${(error as Error).message}`;
  }
}

function expectSame(kind: MetadataKind.Snapshot | MetadataKind.Targets, signed: unknown): void {
  const expected = withOriginals(() => roundTrip(kind, signed));
  expect(roundTrip(kind, signed)).toBe(expected);
}

const key = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString', 'bandung.json', 'kuburaya/e-musrenbang/index.json', 'é/ü', ''), fc.string({ maxLength: 12 }));
const hex = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: n, maxLength: n });
const hashes = fc.record({ sha256: hex(64) }, { requiredKeys: [] });
const extra = fc.dictionary(fc.constantFrom('x-kode-wilayah', 'custom', '__proto__'), fc.oneof(fc.integer(), fc.string()), { maxKeys: 2 });
const common = (type: string) => ({ _type: fc.constant(type), spec_version: fc.constant('1.0.31'), version: fc.integer({ min: 1, max: 1000 }), expires: fc.constant('2030-01-01T00:00:00Z') });

const metaFile = fc.oneof(fc.record({ version: fc.integer({ min: 1, max: 99 }), length: fc.integer({ min: 1, max: 1e6 }), hashes }, { requiredKeys: ['version'] }), fc.integer(), fc.constant(null));
const snapshot = fc.record({ ...common('snapshot'), meta: fc.oneof(fc.dictionary(key, metaFile, { maxKeys: 30 }), fc.constant(undefined), fc.constant([])) }, { requiredKeys: ['_type', 'spec_version', 'version', 'expires'] });

const targetFile = fc.oneof(fc.record({ length: fc.integer({ min: 0, max: 1e6 }), hashes: fc.record({ sha256: hex(64) }), custom: extra }, { requiredKeys: ['length', 'hashes'] }), fc.string());
const publicKey = fc.record({ keytype: fc.constant('ed25519'), scheme: fc.constant('ed25519'), keyval: fc.record({ public: hex(64) }) });
const role = fc.record({
  name: key,
  keyids: fc.array(hex(64), { maxLength: 2 }),
  threshold: fc.integer({ min: 1, max: 3 }),
  terminating: fc.boolean(),
  paths: fc.array(fc.constantFrom('bandung/*/*', 'kuburaya/*/*', '*'), { minLength: 1, maxLength: 2 }),
});
const delegations = fc.oneof(
  fc.record({ keys: fc.dictionary(hex(64), publicKey, { maxKeys: 5 }), roles: fc.array(role, { maxLength: 12 }) }),
  fc.record({ keys: fc.dictionary(hex(64), publicKey, { maxKeys: 2 }), roles: fc.constant({}) }),
  fc.record({ roles: fc.array(role, { maxLength: 2 }) }),
  fc.constant('not an object'),
);
const targets = fc.record(
  { ...common('targets'), targets: fc.oneof(fc.dictionary(key, targetFile, { maxKeys: 30 }), fc.constant(undefined)), delegations, x: extra },
  { requiredKeys: ['_type', 'spec_version', 'version', 'expires'] },
);

describe('one-pass metadata maps (linear-maps.ts)', () => {
  it('is in use with the installed @tufjs/models', () => {
    expect(linearMapsActive).toBe(true);
  });

  it('reads and writes snapshots exactly as @tufjs/models does', () => {
    fc.assert(fc.property(snapshot, (signed) => expectSame(MetadataKind.Snapshot, signed)), { numRuns: RUNS });
  });

  it('reads and writes targets roles and their delegations exactly as @tufjs/models does', () => {
    fc.assert(fc.property(targets, (signed) => expectSame(MetadataKind.Targets, signed)), { numRuns: RUNS });
  });

  it('keeps "__proto__" an ordinary key and never touches the prototype', () => {
    const signed = { _type: 'snapshot', spec_version: '1.0.31', version: 1, expires: '2030-01-01T00:00:00Z', meta: JSON.parse('{"__proto__": {"version": 7}, "bandung.json": {"version": 2}}') };
    const written = roundTrip(MetadataKind.Snapshot, signed);
    expect(written).toContain('"__proto__":{"version":7}');
    expect(written).toBe(withOriginals(() => roundTrip(MetadataKind.Snapshot, signed)));
    expect(({} as Record<string, unknown>).version).toBeUndefined();
  });
});
