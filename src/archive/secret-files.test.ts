// Pack refuses well-known secret files unless "files" names them one by one;
// an ignored secret is simply left out.
import { describe, expect, it } from 'vitest';
import { moduleFolderPerTest } from '../../test/helpers/module-folder.js';
import { setLanguage } from '../i18n/translate.js';
import { generateKeyPair } from '../trust/keys.js';
import { packModule } from './pack.js';
import { secretKind } from './secret-files.js';

const { module } = moduleFolderPerTest('gotong-secrets-');
const plain = generateKeyPair();
const encrypted = generateKeyPair('rahasia-bandung');

describe('secretKind', () => {
  const secret: [string, string][] = [
    ['.env', 'DB_PASSWORD=x'],
    ['config/.env.production', 'x'],
    ['.ENV.local', 'x'],
    ['tls/server.pem', 'x'],
    ['tls/server.key', 'x'],
    ['deploy/id_rsa', 'x'],
    ['deploy/id_ed25519', 'x'],
    ['deploy/id_ecdsa_sk', 'x'],
    ['sertifikat/bsre.p12', 'x'],
    ['sertifikat/bsre.PFX', 'x'],
    ['.npmrc', 'registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=npm_abc\n'],
    ['sub/.npmrc', '_auth=dXNlcjpwYXNz\n'],
    ['.npmrc', '  //git.jabar.go.id/api/npm/:_password=cmFoYXNpYQ==\n'],
    // gotong's own key files, whatever they are called
    ['keys/ci-publisher', plain.privatePem],
    ['kunci.txt', encrypted.privatePem],
  ];
  const harmless: [string, string][] = [
    ['.env.example', 'DB_PASSWORD='],
    ['.env.sample', 'x'],
    ['.env.template', 'x'],
    ['config/contoh.env', 'x'],
    ['keys/bandung.pem.pub', plain.publicPem],
    ['deploy/id_rsa.pub', 'ssh-rsa AAAA'],
    ['.npmrc', 'registry=https://registry.npmjs.org/\n# //registry.npmjs.org/:_authToken=npm_abc\n; _auth=x\n'],
    ['env.js', 'export const env = process.env;'],
    ['keyboard.js', 'x'],
    ['README.md', '```\n-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEI...\n-----END PRIVATE KEY-----\n```\n'],
  ];

  it.each(secret)('counts %s as secret', (rel, content) => {
    expect(secretKind(rel, Buffer.from(content))).not.toBeNull();
  });

  it.each(harmless)('lets %s through', (rel, content) => {
    expect(secretKind(rel, Buffer.from(content))).toBeNull();
  });
});

describe('pack and secret files', () => {
  it('refuses an .env file, naming it, with a hint, and says how many more there are', async () => {
    const dir = module({ '.env': 'DB_PASSWORD=rahasia\n', 'deploy/bandung-ci.pem': plain.privatePem, '.npmrc': '//registry.npmjs.org/:_authToken=npm_abc\n' });
    const error = await packModule(dir).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'GOTONG_E_PACK_SECRET', details: { path: '.env' } });
    expect((error as Error).message).toContain('".env"');
    expect((error as Error).message).toContain('2 more files');
    expect((error as { hint: string }).hint).toMatch(/\.gotongignore or \.gitignore/);
    expect((error as { hint: string }).hint).toMatch(/"files"/);
    expect(JSON.stringify(error)).not.toContain('PRIVATE KEY');
    expect(JSON.stringify(error)).not.toContain('rahasia');
    expect((error as { details: { secrets: { path: string }[] } }).details.secrets.map((s) => s.path)).toEqual(['.env', '.npmrc', 'deploy/bandung-ci.pem']);
  });

  it('says so in Indonesian when asked, while --json keeps its English kinds', async () => {
    const dir = module({ '.env': 'DB_PASSWORD=rahasia\n', 'tls/server.key': 'x' });
    setLanguage('id');
    try {
      const error = await packModule(dir).catch((e: unknown) => e);
      expect((error as Error).message).toBe('menolak mengemas ".env": berkas ini tampak seperti berkas lingkungan (.env), yang biasanya memuat kata sandi dan token, dan ada 1 berkas lain yang tampak rahasia');
      expect((error as { details: unknown }).details).toMatchObject({ secrets: [{ kind: 'an environment file (.env), which usually holds passwords and tokens' }, { kind: 'a private key file (*.key)' }] });
    } finally {
      setLanguage('en');
    }
  });

  it("refuses gotong's own private key under any name", async () => {
    const dir = module({ 'src/publisher': encrypted.privatePem });
    await expect(packModule(dir)).rejects.toMatchObject({ code: 'GOTONG_E_PACK_SECRET', details: { path: 'src/publisher' } });
  });

  it('leaves out an ignored secret without an error', async () => {
    const dir = module({ '.gitignore': '.env\n', '.env': 'x', 'config/.gotongignore': '*.key\n', 'config/server.key': 'x' });
    const packed = await packModule(dir);
    expect(packed.entries).not.toContain('.env');
    expect(packed.ignored).toEqual(['.env', 'config/server.key']);
  });

  it('packs a secret that "files" names one by one, but not one inside a listed folder', async () => {
    const dir = module({ 'config/app.json': '{}', 'config/tls/server.pem': 'x' });
    await expect(packModule(dir, { files: ['config'] })).rejects.toMatchObject({ code: 'GOTONG_E_PACK_SECRET', details: { path: 'config/tls/server.pem' } });
    const listed = await packModule(dir, { files: ['config', 'config/tls/server.pem'] });
    expect(listed.entries).toContain('config/tls/server.pem');
  });

  it('packs example environment files, public keys and an .npmrc without credentials', async () => {
    const dir = module({ '.env.example': 'DB_PASSWORD=\n', 'keys/bandung.pem.pub': plain.publicPem, '.npmrc': 'save-exact=true\n' });
    const packed = await packModule(dir);
    expect(packed.entries).toEqual(expect.arrayContaining(['.env.example', 'keys/bandung.pem.pub', '.npmrc']));
  });
});
