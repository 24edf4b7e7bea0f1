// A throwaway gotong world in a temporary folder: its own GOTONG_HOME, real
// Ed25519 keys on disk and a real bare git registry.
import { mkdtempSync, promises as fs, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPair, loadPublicKey, loadSigningKey, type SigningKey } from '../../src/trust/keys.js';

export interface TestWorld {
  root: string;
  env: NodeJS.ProcessEnv;
  path(...parts: string[]): string;
  cleanup(): Promise<void>;
}

export function makeWorld(prefix = 'gotong-test-'): TestWorld {
  const root = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  const env: NodeJS.ProcessEnv = { ...process.env, GOTONG_HOME: join(root, 'home'), NO_COLOR: '1', GOTONG_REGISTRY: '' };
  delete env.GOTONG_SIGNING_KEY;
  delete env.GOTONG_ONLINE_KEY;
  delete env.GOTONG_KEY_PASSPHRASE;
  return {
    root,
    env,
    path: (...parts) => join(root, ...parts),
    cleanup: () => fs.rm(root, { recursive: true, force: true }),
  };
}

export interface KeyFiles {
  privateFile: string;
  publicFile: string;
  signer: SigningKey;
  keyId: string;
}

export async function makeKey(world: TestWorld, name: string): Promise<KeyFiles> {
  const pair = generateKeyPair();
  const privateFile = world.path('keys', `${name}.pem`);
  await fs.mkdir(world.path('keys'), { recursive: true });
  await fs.writeFile(privateFile, pair.privatePem, { mode: 0o600 });
  await fs.writeFile(`${privateFile}.pub`, pair.publicPem);
  const signer = loadSigningKey(pair.privatePem, privateFile);
  loadPublicKey(pair.publicPem, `${privateFile}.pub`);
  return { privateFile, publicFile: `${privateFile}.pub`, signer, keyId: signer.keyId };
}
