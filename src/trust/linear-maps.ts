// @tufjs/models 4.1 builds every key-value map of the metadata (the targets
// of a role, the meta of a snapshot, the keys and roles of the delegations)
// with object spread inside reduce: each entry copies every entry before it,
// so a map of n entries costs n²/2 copies. With 550 namespaces that was most
// of the time of a refresh, a publish and `registry verify`
// (docs/PERFORMANCE.md). This module replaces those fromJSON and toJSON
// methods with ones that build the same objects in one pass: same keys in the
// same order, same errors. It does so only for the version it was written
// against; linear-maps.test.ts compares both on real and random
// metadata. Imported for its effect by every module that uses @tufjs/models.
import { createRequire } from 'node:module';
import { Key, MetaFile, Snapshot, TargetFile, Targets } from '@tufjs/models';
import { Signed } from '@tufjs/models/dist/base.js';
import { Delegations } from '@tufjs/models/dist/delegations.js';
import { DelegatedRole, SuccinctRoles } from '@tufjs/models/dist/role.js';

export const LINEAR_FOR_VERSION = '4.1.1';

type Json = Record<string, unknown>;
type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- the library's own untyped JSON shapes

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null;
}

function isObjectRecord(value: unknown): value is Record<string, Json> {
  return isObject(value) && Object.values(value).every(isObject);
}

/** `{ [key]: f(value) }` for every entry, in order; "__proto__" stays an ordinary key, as with a computed key in a literal. */
function mapEntries<T, U>(record: Record<string, T>, f: (key: string, value: T) => U): Record<string, U> {
  const out: Record<string, U> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === '__proto__') Object.defineProperty(out, key, { value: f(key, value), enumerable: true, writable: true, configurable: true });
    else out[key] = f(key, value);
  }
  return out;
}

function metaFromJSON(data: unknown) {
  if (data === undefined) return undefined;
  // i18n-exempt: @tufjs/models's own error text, which these methods keep ("same errors").
  if (!isObjectRecord(data)) throw new TypeError('meta field is malformed');
  return mapEntries(data, (_, meta) => MetaFile.fromJSON(meta as Any));
}

function targetsFromJSON(data: unknown) {
  if (data === undefined) return undefined;
  // i18n-exempt: @tufjs/models's own error text, which these methods keep ("same errors").
  if (!isObjectRecord(data)) throw new TypeError('targets must be an object');
  return mapEntries(data, (path, target) => TargetFile.fromJSON(path, target as Any));
}

function delegationsFromJSON(data: unknown) {
  if (data === undefined) return undefined;
  // i18n-exempt: @tufjs/models's own error text, which these methods keep ("same errors").
  if (!isObject(data)) throw new TypeError('delegations must be an object');
  return Delegations.fromJSON(data as Any);
}

function keysFromJSON(data: unknown) {
  // i18n-exempt: @tufjs/models's own error text, which these methods keep ("same errors").
  if (!isObjectRecord(data)) throw new TypeError('keys is malformed');
  return mapEntries(data, (keyId, key) => Key.fromJSON(keyId, key as Any));
}

function rolesFromJSON(data: unknown) {
  if (data === undefined) return undefined;
  // i18n-exempt: @tufjs/models's own error text, which these methods keep ("same errors").
  if (!Array.isArray(data) || !data.every(isObject)) throw new TypeError('roles is malformed');
  const byName: Record<string, DelegatedRole> = {};
  for (const json of data) {
    const role = DelegatedRole.fromJSON(json as Any);
    if (role.name === '__proto__') Object.defineProperty(byName, role.name, { value: role, enumerable: true, writable: true, configurable: true });
    else byName[role.name] = role;
  }
  return byName;
}

/** The six methods this module replaces, as they are now. */
export function modelMethods() {
  return {
    snapshotFromJSON: Snapshot.fromJSON,
    snapshotToJSON: Snapshot.prototype.toJSON,
    targetsFromJSON: Targets.fromJSON,
    targetsToJSON: Targets.prototype.toJSON,
    delegationsFromJSON: Delegations.fromJSON,
    delegationsToJSON: Delegations.prototype.toJSON,
  };
}

/** The library's own methods, kept for the test that compares both. */
export const originals = modelMethods();

function installedVersion(): string | null {
  try {
    return (createRequire(import.meta.url)('@tufjs/models/package.json') as { version?: string }).version ?? null;
  } catch {
    return null;
  }
}

/** Whether the one-pass methods are in use (false for any other version of @tufjs/models). */
export const linearMapsActive = installedVersion() === LINEAR_FOR_VERSION;

if (linearMapsActive) {
  Snapshot.fromJSON = function fromJSON(data: Any) {
    const { unrecognizedFields, ...commonFields } = Signed.commonFieldsFromJSON(data);
    const { meta, ...rest } = (unrecognizedFields ?? {}) as Json;
    return new Snapshot({ ...commonFields, meta: metaFromJSON(meta), unrecognizedFields: rest as Any });
  };
  Snapshot.prototype.toJSON = function toJSON(this: Snapshot) {
    return {
      _type: this.type,
      meta: mapEntries(this.meta, (_, meta) => meta.toJSON()),
      spec_version: this.specVersion,
      version: this.version,
      expires: this.expires,
      ...this.unrecognizedFields,
    } as Any;
  };

  Targets.fromJSON = function fromJSON(data: Any) {
    const { unrecognizedFields, ...commonFields } = Signed.commonFieldsFromJSON(data);
    const { targets, delegations, ...rest } = (unrecognizedFields ?? {}) as Json;
    return new Targets({ ...commonFields, targets: targetsFromJSON(targets), delegations: delegationsFromJSON(delegations), unrecognizedFields: rest as Any });
  };
  Targets.prototype.toJSON = function toJSON(this: Targets) {
    const json: Json = {
      _type: this.type,
      spec_version: this.specVersion,
      version: this.version,
      expires: this.expires,
      targets: mapEntries(this.targets, (_, target) => target.toJSON()),
      ...this.unrecognizedFields,
    };
    if (this.delegations) json.delegations = this.delegations.toJSON();
    return json as Any;
  };

  Delegations.fromJSON = function fromJSON(data: Any) {
    const { keys, roles, succinct_roles, ...unrecognizedFields } = data;
    const succinctRoles = isObject(succinct_roles) ? SuccinctRoles.fromJSON(succinct_roles as Any) : undefined;
    return new Delegations({ keys: keysFromJSON(keys), roles: rolesFromJSON(roles), unrecognizedFields, succinctRoles });
  };
  Delegations.prototype.toJSON = function toJSON(this: Delegations) {
    const json: Json = { keys: mapEntries(this.keys, (_, key) => key.toJSON()), ...this.unrecognizedFields };
    if (this.roles) json.roles = Object.values(this.roles).map((role) => role.toJSON());
    else if (this.succinctRoles) json.succinct_roles = this.succinctRoles.toJSON();
    return json as Any;
  };
}
