// Key files and key text from the environment. A private key is read into a
// KeyObject and never echoed: errors name the file or variable, not content.
import { promises as fs } from 'node:fs';
import { GotongError } from '../core/errors.js';
import { generateKeyPair, loadPublicKey, loadSigningKey, type PublicKeyInfo, type SigningKey } from './keys.js';

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
      throw new GotongError('GOTONG_E_USAGE', `${file} already exists; gotong never overwrites a key`, { hint: 'Choose another --out path, or move the old key away first.' });
    } catch (error) {
      if (error instanceof GotongError) throw error;
    }
  }
  try {
    await fs.writeFile(out, pair.privatePem, { mode: 0o600, flag: 'wx' });
    await fs.chmod(out, 0o600);
    await fs.writeFile(publicFile, pair.publicPem, { mode: 0o644, flag: 'wx' });
  } catch (error) {
    throw new GotongError('GOTONG_E_IO', `could not write the key to ${out} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { hint: 'Check that the folder exists and is writable.' });
  }
  return { keyId: pair.keyId, privateFile: out, publicFile, publicKey: pair.publicHex, encrypted: Boolean(passphrase) };
}

async function readKeyText(file: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    throw new GotongError('GOTONG_E_KEY_MISSING', `cannot read the key file ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, {
      hint: 'Check the path; make a key with `gotong keys generate --out FILE`.',
    });
  }
}

export async function readSigningKeyFile(file: string, passphrase?: string): Promise<SigningKey> {
  return loadSigningKey(await readKeyText(file), file, passphrase);
}

/** A public key from a .pub file, or the public half of a private key file. */
export async function readPublicKeyFile(file: string): Promise<PublicKeyInfo> {
  return loadPublicKey(await readKeyText(file), file);
}

export interface KeySources {
  files: string[];
  /** Environment variable holding PEM text, used when no file is given. */
  envVar: string;
  env: NodeJS.ProcessEnv;
  passphrase?: string;
  /** What the key is for, for the error when none is given. */
  purpose: string;
  flag: string;
}

export async function resolveSigningKeys(sources: KeySources): Promise<SigningKey[]> {
  if (sources.files.length > 0) return Promise.all(sources.files.map((f) => readSigningKeyFile(f, sources.passphrase)));
  const text = sources.env[sources.envVar];
  if (text && text.trim().length > 0) return [loadSigningKey(text, `the environment variable ${sources.envVar}`, sources.passphrase)];
  throw new GotongError('GOTONG_E_KEY_MISSING', `no ${sources.purpose} key was given`, {
    hint: `Pass ${sources.flag} FILE, or put the PEM text in the environment variable ${sources.envVar} (in CI, from a secret).`,
  });
}
