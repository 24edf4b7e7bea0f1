// Well-known secret files that a module must not ship by accident: a tarball
// goes to every partner region and stays in the registry's history for good.
// Pack refuses these unless gotong.json's "files" names them one by one
// (docs/DECISIONS.md, "Ignore files and secrets"). Names are compared without
// regard to case, so `.ENV` on a case-insensitive disk counts too.

/** Environment files meant to be copied and filled in: they ship, as npm users expect. */
const ENV_EXAMPLES = new Set(['.env.example', '.env.sample', '.env.template']);

/** What a secret file looks like; each has a message `archive.secret.<kind>` that says it in words. */
export type SecretKind = 'env' | 'pem' | 'keyFile' | 'sshKey' | 'pkcs12' | 'npmrc' | 'pemKey';

const BY_NAME: { test: (name: string) => boolean; kind: SecretKind }[] = [
  { test: (n) => (n === '.env' || n.startsWith('.env.')) && !ENV_EXAMPLES.has(n), kind: 'env' },
  { test: (n) => n.endsWith('.pem'), kind: 'pem' },
  { test: (n) => n.endsWith('.key'), kind: 'keyFile' },
  { test: (n) => /^id_(rsa|dsa|ecdsa|ed25519)/.test(n) && !n.endsWith('.pub'), kind: 'sshKey' },
  { test: (n) => n.endsWith('.p12') || n.endsWith('.pfx'), kind: 'pkcs12' },
];

// An .npmrc line that sets a registry credential, such as
// `//registry.npmjs.org/:_authToken=...`; comments (# or ;) do not count.
const NPMRC_CREDENTIAL = /^[ \t]*(?![#;])[^\n]*?(_authToken|_auth|_password)[ \t]*=/m;

// A whole PEM private key: PKCS#8 (what `gotong keys generate` writes, plain
// or encrypted), RSA, EC, OpenSSH... A body of at least 60 base64 characters
// (an Ed25519 key has 64) tells a real key from a shortened example in a README.
const PEM_PRIVATE_KEY = /-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY)-----\r?\n([\s\S]*?)-----END \1-----/g;
const PEM_HEADER_LINE = /^[A-Za-z-]+:.*$/gm;

function holdsPrivateKey(data: Buffer): boolean {
  if (data.indexOf('PRIVATE KEY-----') === -1) return false;
  for (const match of data.toString('latin1').matchAll(PEM_PRIVATE_KEY)) {
    const body = match[2].replace(PEM_HEADER_LINE, '').replace(/\s+/g, '');
    if (/^[A-Za-z0-9+/]{60,}={0,2}$/.test(body)) return true;
  }
  return false;
}

/** What kind of secret the file at `rel` looks like, or null when it looks like none. */
export function secretKind(rel: string, data: Buffer): SecretKind | null {
  const name = rel.slice(rel.lastIndexOf('/') + 1).toLowerCase();
  const byName = BY_NAME.find((rule) => rule.test(name));
  if (byName) return byName.kind;
  if (name === '.npmrc' && NPMRC_CREDENTIAL.test(data.toString('utf8'))) return 'npmrc';
  if (holdsPrivateKey(data)) return 'pemKey';
  return null;
}
