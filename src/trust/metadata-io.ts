// Reading and serialising TUF metadata documents, shared by the writer and
// the registry verifier. Parsing failures become GOTONG_E_METADATA_INVALID:
// a registry file that is not a TUF document is a verification failure.
import { hash } from 'node:crypto';
import { Metadata, MetadataKind, Root, Snapshot, Targets, Timestamp } from '@tufjs/models';
import './linear-maps.js';
import { GotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';

type JSONObject = Parameters<typeof Metadata.fromJSON>[1];

export type AnyMetadata = Metadata<Root> | Metadata<Targets> | Metadata<Snapshot> | Metadata<Timestamp>;

export function parseMetadata(kind: MetadataKind.Root, bytes: Buffer, source: string): Metadata<Root>;
export function parseMetadata(kind: MetadataKind.Targets, bytes: Buffer, source: string): Metadata<Targets>;
export function parseMetadata(kind: MetadataKind.Snapshot, bytes: Buffer, source: string): Metadata<Snapshot>;
export function parseMetadata(kind: MetadataKind.Timestamp, bytes: Buffer, source: string): Metadata<Timestamp>;
export function parseMetadata(kind: MetadataKind, bytes: Buffer, source: string): AnyMetadata {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new GotongError('GOTONG_E_METADATA_INVALID', t('trust.metadataNotJson', { source }), { hint: t('trust.metadataDamaged.hint') });
  }
  try {
    const signedType = (json as { signed?: { _type?: unknown } })?.signed?._type;
    if (signedType !== kind) throw new Error(t('trust.metadataWrongType', { kind, found: JSON.stringify(signedType) ?? 'undefined' }));
    return Metadata.fromJSON(kind as MetadataKind.Root, json as JSONObject);
  } catch (error) {
    throw new GotongError('GOTONG_E_METADATA_INVALID', t('trust.metadataInvalid', { source, kind, detail: (error as Error).message }), { hint: t('trust.metadataDamaged.hint') });
  }
}

export function serializeMetadata(metadata: AnyMetadata): Buffer {
  return Buffer.from(JSON.stringify(metadata.toJSON(), null, 1) + '\n');
}

/**
 * The snapshot without indentation: it lists every role of the registry, one
 * per module (docs/DECISIONS.md, "One role per module"), and every client
 * reads it after any change, so its bytes are kept to the names and versions.
 */
export function serializeSnapshot(metadata: AnyMetadata): Buffer {
  return Buffer.from(JSON.stringify(metadata.toJSON()) + '\n');
}

export function sha256Hex(bytes: Buffer): string {
  return hash('sha256', bytes, 'hex');
}

export function sha512Hex(bytes: Buffer): string {
  return hash('sha512', bytes, 'hex');
}

export function integrityOf(sha512hex: string): string {
  return 'sha512-' + Buffer.from(sha512hex, 'hex').toString('base64');
}

export function isoExpiry(now: Date, days: number): string {
  // TUF wants second precision and a Z suffix.
  return new Date(now.getTime() + days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Default lifetimes in days. The timestamp is short so a frozen mirror is noticed within a week. */
export const DEFAULT_EXPIRY_DAYS = {
  root: 365,
  targets: 365,
  namespace: 365,
  snapshot: 30,
  timestamp: 7,
} as const;

export type ExpiryDays = { [K in keyof typeof DEFAULT_EXPIRY_DAYS]: number };

export const SPEC_VERSION = '1.0.31';
