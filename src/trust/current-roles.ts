// The registry's current roles as an administrator watches them (`gotong
// registry status`): for root (the newest of the chain), timestamp, the
// snapshot it names, the targets and namespace roles that snapshot names,
// each role's version, keys, threshold, expiry and how many of its listed
// keys signed it validly. A namespace's module roles are not listed one by
// one (a city may have hundreds): its row carries the earliest expiry and
// the weakest signatures of its namespace role and all its module roles, so
// a module nobody republished raises the alarm as its namespace would.
// Unlike a client, this reads expired metadata instead of refusing it,
// because an expiry that has passed is exactly what it must show. It follows
// what a client checks first (TUF 1.0 sections 5.3 to 5.6: signatures by the
// keys the delegating role lists, expiry); `registry verify`
// (verify-registry.ts) checks everything else.
import { Metadata, MetadataKind, type Key, type Root, type Snapshot, type Targets, type Timestamp } from '@tufjs/models';
import './linear-maps.js';
import { mapLimit } from '../core/concurrency.js';
import { GotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { metadataPath, timestampPath } from './file-names.js';
import type { RegistryReader } from './registry-reader.js';
import { parseMetadata, sha256Hex } from './metadata-io.js';
import { MAX_METADATA_BYTES, MAX_ROOT_VERSIONS } from './verify-registry.js';

export type RoleKind = 'root' | 'timestamp' | 'snapshot' | 'targets' | 'namespace';

export interface CurrentRole {
  name: string;
  kind: RoleKind;
  /** Null for a namespace that is delegated but has published nothing yet. */
  version: number | null;
  keyIds: string[];
  threshold: number;
  expires: string | null;
  /** Listed keys whose signature verifies; null when there is no metadata to sign. */
  signatures: number | null;
  /** Whether a client would accept the signatures (for root: by itself and by the root before it; for a namespace: of its role and every module role). */
  signed: boolean;
  /** A namespace that has published: how many module roles it has (0 when its role lists its targets itself, as before module roles). */
  modules?: number;
  /** A namespace that has published: the role, its own or one of its module roles (`bandung.sipd`), whose expiry `expires` is: the earliest. */
  expiring?: string;
  /** A namespace that has published: the role whose signatures `signatures` and `signed` describe: the weakest. */
  weakest?: string;
}

export interface CurrentRoles {
  /** sha256 of 1.root.json, the file clients pin. */
  rootSha256: string;
  roles: CurrentRole[];
}

type AnySigned = Metadata<Root | Targets | Snapshot | Timestamp>;

/** `why` is a clause whose subject is the file: "is missing". */
function unreadable(rel: string, why: string): GotongError {
  return new GotongError('GOTONG_E_METADATA_INVALID', t('trust.roles.unreadable', { path: rel, why }), { hint: t('trust.roles.unreadable.hint') });
}

async function readRequired(source: RegistryReader, rel: string): Promise<Buffer> {
  const bytes = await source.read(rel, MAX_METADATA_BYTES);
  if (!bytes) throw unreadable(rel, t('trust.roles.missing'));
  return bytes;
}

/** How many distinct keys of `keyIds` (looked up in `keys`) made a valid signature over `metadata`. */
function validSignatures(metadata: AnySigned, keyIds: string[], keys: Record<string, Key>): number {
  let valid = 0;
  for (const id of new Set(keyIds)) {
    const key = keys[id];
    if (!key) continue;
    try {
      key.verifySignature(metadata as never);
      valid++;
    } catch {
      // not signed by this key, or not validly
    }
  }
  return valid;
}

/** Whether `check` (a tuf-js verification, which throws on failure) passes. */
export function verifies(check: () => void): boolean {
  try {
    check();
    return true;
  } catch {
    return false;
  }
}

/** The newest root of the chain 1, 2, … and whether every step verifies (5.3.4 and 5.3.5). */
async function newestRoot(source: RegistryReader): Promise<{ root: Metadata<Root>; chainVerifies: boolean; firstSha256: string }> {
  const firstBytes = await readRequired(source, metadataPath('root', 1));
  let root = parseMetadata(MetadataKind.Root, firstBytes, metadataPath('root', 1));
  let chainVerifies = verifies(() => root.verifyDelegate('root', root));
  for (let version = 2; version < MAX_ROOT_VERSIONS; version++) {
    const rel = metadataPath('root', version);
    const bytes = await source.read(rel, MAX_METADATA_BYTES);
    if (!bytes) break;
    const next = parseMetadata(MetadataKind.Root, bytes, rel);
    if (next.signed.version !== version) throw unreadable(rel, t('trust.roles.claimsVersion', { version: next.signed.version }));
    chainVerifies &&= verifies(() => root.verifyDelegate('root', next)) && verifies(() => next.verifyDelegate('root', next));
    root = next;
  }
  return { root, chainVerifies, firstSha256: sha256Hex(firstBytes) };
}

function topLevel(kind: Exclude<RoleKind, 'namespace'>, metadata: AnySigned, root: Metadata<Root>, signed: boolean): CurrentRole {
  const role = root.signed.roles[kind];
  return {
    name: kind,
    kind,
    version: metadata.signed.version,
    keyIds: [...role.keyIDs],
    threshold: role.threshold,
    expires: metadata.signed.expires,
    signatures: validSignatures(metadata, role.keyIDs, root.signed.keys),
    signed,
  };
}

const MODULE_READS_IN_FLIGHT = 16;

/** One role of a namespace as its row weighs it. */
interface Weighed {
  name: string;
  expires: string;
  signatures: number;
  signed: boolean;
}

/** The earlier expiry; one that is not a date counts as earliest (`registry verify` refuses it). */
function expiresFirst(a: Weighed, b: Weighed): Weighed {
  const [ta, tb] = [Date.parse(a.expires), Date.parse(b.expires)];
  if (Number.isNaN(tb)) return Number.isNaN(ta) ? a : b;
  return Number.isNaN(ta) || ta <= tb ? a : b;
}

/** The weaker signatures: refused before accepted, then fewer valid ones. */
function signedWeaker(a: Weighed, b: Weighed): Weighed {
  if (a.signed !== b.signed) return a.signed ? b : a;
  return b.signatures < a.signatures ? b : a;
}

/**
 * A namespace's module roles as its role delegates them at the snapshot's
 * version, each checked as a client would (signatures by the keys the
 * namespace role names for it). One the snapshot does not list is one no
 * client can fetch: refused, with no signature.
 */
async function moduleRoles(source: RegistryReader, snapshot: Metadata<Snapshot>, namespace: Metadata<Targets>): Promise<Weighed[]> {
  const delegations = namespace.signed.delegations;
  const names = Object.keys(delegations?.roles ?? {}).sort();
  return mapLimit(names, MODULE_READS_IN_FLIGHT, async (name) => {
    const entry = snapshot.signed.meta[`${name}.json`];
    if (!entry) return { name, expires: '', signatures: 0, signed: false };
    const rel = metadataPath(name, entry.version);
    const role = parseMetadata(MetadataKind.Targets, await readRequired(source, rel), rel);
    const signatures = validSignatures(role, delegations!.roles![name].keyIDs, delegations!.keys);
    return { name, expires: role.signed.expires, signatures, signed: verifies(() => namespace.verifyDelegate(name, role)) };
  });
}

/** Reads the current roles of a registry; throws when the metadata a client starts from cannot be read at all. */
export async function readCurrentRoles(source: RegistryReader): Promise<CurrentRoles> {
  const { root, chainVerifies, firstSha256 } = await newestRoot(source);
  const timestamp = parseMetadata(MetadataKind.Timestamp, await readRequired(source, timestampPath()), timestampPath());
  const snapshotRel = metadataPath('snapshot', timestamp.signed.snapshotMeta.version);
  const snapshot = parseMetadata(MetadataKind.Snapshot, await readRequired(source, snapshotRel), snapshotRel);
  const targetsVersion = snapshot.signed.meta['targets.json']?.version;
  if (!targetsVersion) throw unreadable(snapshotRel, t('trust.roles.noTargets'));
  const targetsRel = metadataPath('targets', targetsVersion);
  const targets = parseMetadata(MetadataKind.Targets, await readRequired(source, targetsRel), targetsRel);

  const roles: CurrentRole[] = [
    topLevel('root', root, root, chainVerifies),
    topLevel('timestamp', timestamp, root, verifies(() => root.verifyDelegate('timestamp', timestamp))),
    topLevel('snapshot', snapshot, root, verifies(() => root.verifyDelegate('snapshot', snapshot))),
    topLevel('targets', targets, root, verifies(() => root.verifyDelegate('targets', targets))),
  ];
  const delegations = targets.signed.delegations;
  for (const name of Object.keys(delegations?.roles ?? {}).sort()) {
    const delegation = delegations!.roles![name];
    const entry = snapshot.signed.meta[`${name}.json`];
    const base = { name, kind: 'namespace' as const, keyIds: [...delegation.keyIDs], threshold: delegation.threshold };
    if (!entry) {
      roles.push({ ...base, version: null, expires: null, signatures: null, signed: true });
      continue;
    }
    const rel = metadataPath(name, entry.version);
    const role = parseMetadata(MetadataKind.Targets, await readRequired(source, rel), rel);
    const own: Weighed = { name, expires: role.signed.expires, signatures: validSignatures(role, delegation.keyIDs, delegations!.keys), signed: verifies(() => targets.verifyDelegate(name, role)) };
    const modules = await moduleRoles(source, snapshot, role);
    const expiring = modules.reduce(expiresFirst, own);
    const weakest = modules.reduce(signedWeaker, own);
    roles.push({
      ...base,
      version: role.signed.version,
      expires: expiring.expires,
      signatures: weakest.signatures,
      signed: [own, ...modules].every((r) => r.signed),
      modules: modules.length,
      expiring: expiring.name,
      weakest: weakest.name,
    });
  }
  return { rootSha256: firstSha256, roles };
}
