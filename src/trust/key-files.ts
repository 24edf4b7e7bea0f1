// Key files and key text from the environment. A private key is read into a
// KeyObject and never echoed: errors name the file or variable, not content.
import { promises as fs } from 'node:fs';
import { dirname } from 'node:path';
import { GotongError } from '../core/errors.js';
import type { MessageKey } from '../i18n/messages/index.js';
import { t } from '../i18n/translate.js';
import { generateKeyPair, loadPublicKey, loadSigningKey, type Passphrase, type PublicKeyInfo, type SigningKey } from './keys.js';

export interface WrittenKeyPair {
  keyId: string;
  privateFile: string;
  publicFile: string;
  publicKey: string;
  encrypted: boolean;
}

export async function writeKeyPair(out: string, passphrase?: string): Promise<WrittenKeyPair> {
  const pair = generateKeyPair(passphrase);
  const publicFile = `${out}.pub`;
  for (const file of [out, publicFile]) {
    try {
      await fs.access(file);
      throw new GotongError('GOTONG_E_USAGE', t('trust.keyFileExists', { file }), { hint: t('trust.keyFileExists.hint') });
    } catch (error) {
      if (error instanceof GotongError) throw error;
    }
  }
  try {
    // A folder made here for keys is the owner's alone, as `ssh-keygen` makes ~/.ssh.
    await fs.mkdir(dirname(out), { recursive: true, mode: 0o700 });
    await fs.writeFile(out, pair.privatePem, { mode: 0o600, flag: 'wx' });
    await fs.chmod(out, 0o600);
    await fs.writeFile(publicFile, pair.publicPem, { mode: 0o644, flag: 'wx' });
  } catch (error) {
    throw new GotongError('GOTONG_E_IO', t('trust.keyWriteFailed', { file: out, code: (error as NodeJS.ErrnoException).code ?? 'error' }), { hint: t('trust.keyWriteFailed.hint') });
  }
  return { keyId: pair.keyId, privateFile: out, publicFile, publicKey: pair.publicHex, encrypted: Boolean(passphrase) };
}

async function readKeyText(file: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    throw new GotongError('GOTONG_E_KEY_MISSING', t('trust.keyReadFailed', { file, code: (error as NodeJS.ErrnoException).code ?? 'error' }), {
      hint: t('trust.keyReadFailed.hint'),
    });
  }
}

/** Where a private key came from: a file (an absolute path) or an environment variable holding its PEM text. */
export type KeyOrigin = { file: string } | { envVar: string };

/**
 * Finds the passphrase of one encrypted key (from a flag, the environment or
 * a terminal: the command line decides). Asked only for encrypted keys, one
 * key at a time, so several keys may each have their own.
 */
export type PassphraseLookup = (origin: KeyOrigin) => Promise<Passphrase | undefined>;

function isEncryptedPem(pemText: string): boolean {
  return pemText.includes('-----BEGIN ENCRYPTED PRIVATE KEY-----');
}

async function loadFromText(text: string, origin: KeyOrigin, passphrases: PassphraseLookup | undefined): Promise<SigningKey> {
  const source = 'file' in origin ? origin.file : t('trust.keySource.env', { name: origin.envVar });
  const passphrase = isEncryptedPem(text) && passphrases ? await passphrases(origin) : undefined;
  return loadSigningKey(text, source, passphrase);
}

export async function readSigningKeyFile(file: string, passphrases?: PassphraseLookup): Promise<SigningKey> {
  return loadFromText(await readKeyText(file), { file }, passphrases);
}

/** One after the other, so that questions for passphrases come in the order the keys were given. */
export async function readSigningKeyFiles(files: string[], passphrases?: PassphraseLookup): Promise<SigningKey[]> {
  const keys: SigningKey[] = [];
  for (const file of files) keys.push(await readSigningKeyFile(file, passphrases));
  return keys;
}

/**
 * A public key from a .pub file, or the public half of a private key file.
 * An encrypted private key is opened with a passphrase from `passphrases`;
 * without a lookup it is refused with a pointer to its .pub file.
 */
export async function readPublicKeyFile(file: string, passphrases?: PassphraseLookup): Promise<PublicKeyInfo> {
  const text = await readKeyText(file);
  if (!isEncryptedPem(text)) return loadPublicKey(text, file);
  if (!passphrases) {
    throw new GotongError('GOTONG_E_KEY_INVALID', t('trust.encryptedNotPublic', { file }), {
      hint: t('trust.encryptedNotPublic.hint', { file: `${file}.pub` }),
    });
  }
  const key = await loadFromText(text, { file }, passphrases);
  return { keyId: key.keyId, publicHex: key.publicHex, tufKey: key.tufKey };
}

/** What a signing key is for, each with its own sentence when none is given. */
export type KeyPurpose = 'publisher signing' | 'registry online' | 'signing';

const MISSING_KEY = {
  'publisher signing': 'trust.keyMissing.publisher',
  'registry online': 'trust.keyMissing.online',
  signing: 'trust.keyMissing.signing',
} as const satisfies Record<KeyPurpose, MessageKey>;

export interface KeySources {
  files: string[];
  /** Environment variable holding PEM text, used when no file is given. */
  envVar: string;
  env: NodeJS.ProcessEnv;
  passphrases?: PassphraseLookup;
  /** What the key is for, for the error when none is given. */
  purpose: KeyPurpose;
  flag: string;
}

export async function resolveSigningKeys(sources: KeySources): Promise<SigningKey[]> {
  if (sources.files.length > 0) return readSigningKeyFiles(sources.files, sources.passphrases);
  const text = sources.env[sources.envVar];
  if (text && text.trim().length > 0) return [await loadFromText(text, { envVar: sources.envVar }, sources.passphrases)];
  throw new GotongError('GOTONG_E_KEY_MISSING', t(MISSING_KEY[sources.purpose]), {
    hint: t('trust.keyMissing.hint', { flag: sources.flag, envVar: sources.envVar }),
  });
}
