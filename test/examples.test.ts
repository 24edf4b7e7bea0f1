// The examples are what a new city reads first, and what the demo publishes and
// installs: every manifest must pass the schema, every folder must be the module
// and version its manifest names, and Kubu Raya's portal must resolve to one
// version of each module from the examples alone.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { readManifest, readPublishableManifest } from '../src/manifest/manifest.js';
import { parseModuleName } from '../src/manifest/names.js';
import type { ModuleManifest, PublishableManifest } from '../src/manifest/types.js';
import { applySupplied, missingSettings } from '../src/settings/plan.js';
import { parseStore } from '../src/settings/store.js';

const EXAMPLES = fileURLToPath(new URL('../examples/', import.meta.url));
const BANDUNG = join(EXAMPLES, 'bandung');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

const manifestDirs = walk(EXAMPLES)
  .filter((f) => f.endsWith('/gotong.json'))
  .map((f) => f.slice(0, -'/gotong.json'.length))
  .sort();
const moduleDirs = manifestDirs.filter((d) => d.startsWith(`${BANDUNG}/`));

async function publishedExamples(): Promise<PublishableManifest[]> {
  return Promise.all(moduleDirs.map((d) => readPublishableManifest(d)));
}

/** Highest example version of each module that meets every range asking for it, following dependencies. */
function resolve(root: ModuleManifest, modules: PublishableManifest[]): Map<string, PublishableManifest> {
  const chosen = new Map<string, PublishableManifest>();
  const wants = new Map<string, string[]>();
  const queue: ModuleManifest[] = [root];
  while (queue.length > 0) {
    const from = queue.shift()!;
    for (const [name, range] of Object.entries(from.dependencies ?? {})) {
      wants.set(name, [...(wants.get(name) ?? []), range]);
      const candidates = modules
        .filter((m) => m.name === name && wants.get(name)!.every((r) => semver.satisfies(m.version, r)))
        .sort((a, b) => semver.rcompare(a.version, b.version));
      if (candidates.length === 0) throw new Error(`no example version of ${name} meets ${wants.get(name)!.join(' and ')}`);
      if (chosen.get(name)?.version !== candidates[0].version) {
        chosen.set(name, candidates[0]);
        queue.push(candidates[0]);
      }
    }
  }
  return chosen;
}

describe('examples', () => {
  it('has the Bandung modules at the versions the docs name, and the Kubu Raya portal', () => {
    const found = moduleDirs.map((d) => relative(BANDUNG, d)).sort();
    expect(found).toEqual([
      'command-center-dashboard/1.0.0',
      'e-musrenbang/2.0.0',
      'e-musrenbang/2.1.0',
      'ref-kode-wilayah/1.0.0',
      'ref-kode-wilayah/1.1.0',
      'sabilulungan/1.0.0',
      'sso-asn/1.0.0',
      'sso-asn/1.1.0',
      'ui-kit/1.0.0',
      'ui-kit/1.2.0',
    ]);
    expect(manifestDirs).toContain(join(EXAMPLES, 'kuburaya-portal'));
  });

  it.each(manifestDirs.map((d) => [relative(EXAMPLES, d), d]))('%s/gotong.json passes the schema', async (_label, dir) => {
    const manifest = await readManifest(dir);
    expect(manifest.name).toBeDefined();
  });

  it.each(moduleDirs.map((d) => [relative(BANDUNG, d), d]))('%s is the module and version its folder names, ready to publish', async (label, dir) => {
    const manifest = await readPublishableManifest(dir);
    const [folder, version] = label.split('/');
    expect(parseModuleName(manifest.name)).toMatchObject({ namespace: 'bandung', name: folder });
    expect(manifest.version).toBe(version);
    expect(manifest.publisher).toBe('Diskominfo Kota Bandung');
    expect(manifest.description).toMatchObject({ id: expect.any(String), en: expect.any(String) });
    expect(manifest.repository).toMatch(/^https:\/\/git\.bandung\.go\.id\//);
  });

  it.each(moduleDirs.map((d) => [relative(BANDUNG, d), d]))('%s has a README in Indonesian then English, and stays small', (_label, dir) => {
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(readme.indexOf('Bahasa Indonesia')).toBeGreaterThan(-1);
    expect(readme.indexOf('Bahasa Indonesia')).toBeLessThan(readme.indexOf('English'));
    const files = walk(dir);
    expect(files.length).toBeGreaterThanOrEqual(3);
    const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
    expect(bytes).toBeLessThan(8 * 1024);
  });

  it('every dependency range is met by some example version', async () => {
    const modules = await publishedExamples();
    const workspace = await readManifest(join(EXAMPLES, 'kuburaya-portal'));
    for (const manifest of [...modules, workspace]) {
      for (const [name, range] of Object.entries(manifest.dependencies ?? {})) {
        const met = modules.some((m) => m.name === name && semver.satisfies(m.version, range));
        expect(met, `${manifest.name} needs ${name}@${range}`).toBe(true);
      }
    }
  });

  it('e-musrenbang 2.1.0 needs ui-kit ^1.2.0, which 1.0.0 does not meet', async () => {
    const musrenbang = await readPublishableManifest(join(BANDUNG, 'e-musrenbang', '2.1.0'));
    expect(musrenbang.dependencies).toMatchObject({
      '@bandung/ui-kit': '^1.2.0',
      '@bandung/sso-asn': expect.stringMatching(/^\^/),
      '@bandung/ref-kode-wilayah': expect.stringMatching(/^\^/),
    });
    expect(semver.satisfies('1.0.0', musrenbang.dependencies!['@bandung/ui-kit'])).toBe(false);
  });

  it('Kubu Raya portal resolves to one version of each module', async () => {
    const workspace = await readManifest(join(EXAMPLES, 'kuburaya-portal'));
    expect(workspace).toMatchObject({
      name: '@kuburaya/portal',
      private: true,
      dependencies: {
        '@bandung/e-musrenbang': '^2.1.0',
        '@bandung/sabilulungan': '^1.0.0',
        '@bandung/command-center-dashboard': '^1.0.0',
      },
    });
    const chosen = resolve(workspace, await publishedExamples());
    expect(Object.fromEntries([...chosen].map(([name, m]) => [name, m.version]))).toEqual({
      '@bandung/e-musrenbang': '2.1.0',
      '@bandung/sabilulungan': '1.0.0',
      '@bandung/command-center-dashboard': '1.0.0',
      '@bandung/ref-kode-wilayah': '1.1.0',
      '@bandung/sso-asn': '1.1.0',
      '@bandung/ui-kit': '1.2.0',
    });
    for (const m of chosen.values()) {
      for (const [name, range] of Object.entries(m.dependencies ?? {})) expect(semver.satisfies(chosen.get(name)!.version, range)).toBe(true);
    }
  });

  it('Kubu Raya portal\'s gotong-settings.json gives sso-asn 1.1.0 every required setting, with a secret only by name', async () => {
    const sso = await readPublishableManifest(join(BANDUNG, 'sso-asn', '1.1.0'));
    const store = parseStore(readFileSync(join(EXAMPLES, 'kuburaya-portal', 'gotong-settings.json'), 'utf8'));
    const declared = new Map([[sso.name, sso.settings!]]);
    expect(missingSettings(store, declared)).toEqual([]);
    expect(applySupplied(store, declared, [])).toEqual(store);
    expect(store.modules[sso.name]).toMatchObject({ region_code: '61.12', client_secret: { env: 'SSO_CLIENT_SECRET' } });
  });

  it('ref-kode-wilayah lists the real codes of Bandung and Kubu Raya', () => {
    for (const version of ['1.0.0', '1.1.0']) {
      const csv = readFileSync(join(BANDUNG, 'ref-kode-wilayah', version, 'data', 'kode-wilayah.csv'), 'utf8');
      for (const row of ['32,Jawa Barat,provinsi,', '32.73,Kota Bandung,kota,32', '61,Kalimantan Barat,provinsi,', '61.12,Kabupaten Kubu Raya,kabupaten,61']) {
        expect(csv.split('\n')).toContain(row);
      }
    }
  });

  it('CI pipelines: members publish on a tag with their publisher key alone and wait; only the registry pipeline holds the online key', () => {
    // test/integration/distribution.test.ts runs them; this checks what a reader sees first.
    const read = (file: string) => readFileSync(join(EXAMPLES, 'ci', file), 'utf8');
    const all = ['gitlab-ci.yml', 'github-actions.yml', 'registry/gitlab-ci.yml', 'registry/github-actions.yml'];
    for (const file of all) {
      const text = read(file);
      for (const pin of ['GOTONG_CLI_URL:', 'GOTONG_CLI_INTEGRITY: ', '--offline --ignore-scripts']) expect(text).toContain(pin);
      expect(text).not.toMatch(/\bnpx\b/);
      expect(text).not.toMatch(/BEGIN [A-Z ]*PRIVATE KEY/);
      expect(text).not.toContain('\t');
    }
    for (const file of ['gitlab-ci.yml', 'github-actions.yml']) {
      const text = read(file);
      expect(text).toMatch(/gotong(_bin)?" publish --yes --json --wait --wait-for "\$GOTONG_WAIT_FOR" > "\$[A-Za-z_]+\/gotong-publish\.json"/);
      for (const variable of ['GOTONG_SIGNING_KEY', 'GOTONG_KEY_PASSPHRASE', 'GOTONG_REGISTRY']) expect(text).toContain(variable);
      expect(text).not.toMatch(/ONLINE_KEY/);
    }
    for (const file of ['registry/gitlab-ci.yml', 'registry/github-actions.yml']) {
      const text = read(file);
      for (const command of ['registry accept --json', 'registry refresh', 'registry status']) expect(text).toContain(command);
      expect(text).toMatch(/GOTONG_ONLINE_KEY/);
      expect(text).not.toContain('GOTONG_SIGNING_KEY');
    }
    expect(readFileSync(join(EXAMPLES, 'ci', 'README.md'), 'utf8')).toContain('GOTONG_SIGNING_KEY');
  });
});
