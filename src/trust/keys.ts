// Ed25519 keys as TUF sees them. A key id is the sha256 of the canonical JSON
// of the public key object (TUF spec 1.0, section 4.2 "keyid"). Private keys
// live only in memory as KeyObjects: nothing here ever renders one as text
// except `generateKeyPair`, whose caller writes it to a 0600 file.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign as cryptoSign, KeyObject } from 'node:crypto';
import { canonicalize } from '@tufjs/canonical-json';
import { Key, Signature } from '@tufjs/models';
import './linear-maps.js';
import { GotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';

export interface PublicKeyInfo {
  keyId: string;
  /** Raw 32-byte Ed25519 public key, hex: the TUF keyval.public form. */
  publicHex: string;
  tufKey: Key;
}

export interface SigningKey extends PublicKeyInfo {
  sign(data: Buffer): Signature;
}

export interface GeneratedKeyPair extends PublicKeyInfo {
  privatePem: string;
  publicPem: string;
}

function rawPublicHex(publicKey: KeyObject): string {
  const jwk = publicKey.export({ format: 'jwk' });
  if (jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') {
    throw new GotongError('GOTONG_E_KEY_INVALID', t('trust.keyNotEd25519'), { hint: t('trust.keyNotEd25519.hint') });
  }
  return Buffer.from(jwk.x, 'base64url').toString('hex');
}

/** The canonical JSON of `value` (TUF 1.0 section 4.2), the bytes signatures and key ids are computed over. */
export function canonicalBytes(value: unknown): Buffer {
  return Buffer.from(canonicalize(value as Parameters<typeof canonicalize>[0]));
}

export function tufKeyFromHex(publicHex: string): Key {
  const body = { keytype: 'ed25519', scheme: 'ed25519', keyval: { public: publicHex } };
  const keyId = createHash('sha256').update(canonicalBytes(body)).digest('hex');
  return new Key({ keyID: keyId, keyType: 'ed25519', scheme: 'ed25519', keyVal: { public: publicHex } });
}

function publicInfo(publicKey: KeyObject): PublicKeyInfo {
  const publicHex = rawPublicHex(publicKey);
  const tufKey = tufKeyFromHex(publicHex);
  return { keyId: tufKey.keyID, publicHex, tufKey };
}

export function generateKeyPair(passphrase?: string): GeneratedKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const privatePem = passphrase
    ? privateKey.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase })
    : privateKey.export({ format: 'pem', type: 'pkcs8' });
  const publicPem = publicKey.export({ format: 'pem', type: 'spki' });
  return { ...publicInfo(publicKey), privatePem: String(privatePem), publicPem: String(publicPem) };
}

/** A passphrase and, for errors, what it is ("the passphrase in the environment variable ADMIN_2_PASS"). */
export interface Passphrase {
  value: string;
  from: string;
}

function passphraseError(source: string, passphrase: Passphrase | undefined): GotongError {
  if (passphrase) {
    return new GotongError('GOTONG_E_KEY_PASSPHRASE', t('trust.passphraseWrong', { source, passphrase: passphrase.from }), { hint: t('trust.passphraseWrong.hint') });
  }
  return new GotongError('GOTONG_E_KEY_PASSPHRASE', t('trust.passphraseMissing', { source }), { hint: t('trust.passphraseMissing.hint') });
}

/**
 * Reads a private key from PEM text. `source` names where it came from (a
 * file path or an environment variable) for error messages; the text itself
 * never appears in an error, nor does the passphrase.
 */
export function loadSigningKey(pemText: string, source: string, passphrase?: string | Passphrase): SigningKey {
  const given = typeof passphrase === 'string' ? { value: passphrase, from: t('trust.passphraseGiven') } : passphrase;
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: pemText, format: 'pem', passphrase: given?.value ?? '' });
  } catch (cause) {
    if (pemText.includes('ENCRYPTED PRIVATE KEY')) throw passphraseError(source, given);
    throw new GotongError('GOTONG_E_KEY_INVALID', t('trust.keyNotPrivatePem', { source }), {
      hint: t('trust.keyNotPrivatePem.hint'),
      cause: (cause as Error).name,
    });
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new GotongError('GOTONG_E_KEY_INVALID', t('trust.keyWrongType', { source, type: privateKey.asymmetricKeyType ?? '' }), { hint: t('trust.keyNotEd25519.hint') });
  }
  const info = publicInfo(createPublicKey(privateKey));
  return {
    ...info,
    sign(data: Buffer): Signature {
      return new Signature({ keyID: info.keyId, sig: cryptoSign(null, data, privateKey).toString('hex') });
    },
  };
}

/** Reads a public key from SPKI PEM text (a .pub file) or from a private key PEM. */
export function loadPublicKey(pemText: string, source: string): PublicKeyInfo {
  try {
    return publicInfo(createPublicKey({ key: pemText, format: 'pem' }));
  } catch (cause) {
    if (cause instanceof GotongError) throw cause;
    throw new GotongError('GOTONG_E_KEY_INVALID', t('trust.keyNotPublicPem', { source }), { hint: t('trust.keyNotPublicPem.hint') });
  }
}
