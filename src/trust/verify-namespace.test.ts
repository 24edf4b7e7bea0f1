// `registry verify` on module roles, against a registry in a temporary folder
// signed with real keys, and against hostile copies of it: each forgery is
// signed by real keys and listed by a fresh snapshot and timestamp, so only
// gotong's rules on module roles (module-roles.ts) stand in its way.
import { mkdtempSync, promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Metadata, MetaFile, Targets } from '@tufjs/models';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectorySource } from '../registry/source.js';
import { metadataPath, targetStoragePath } from './file-names.js';
import { generateKeyPair, loadSigningKey, type SigningKey } from './keys.js';
import { serializeMetadata, sha256Hex, sha512Hex } from './metadata-io.js';
import { verifyRegistry } from './verify-registry.js';
import { RegistryWriter } from './writer.js';

const key = (): SigningKey => loadSigningKey(generateKeyPair().privatePem, 'test key');
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const tarball = (text: string) => Buffer.from(`tarball ${text}`);

describe('registry verify on module roles', () => {
  const admin = key();
  const online = key();
  const bandungCi = key();
  const bandungLead = key();
  const kuburayaCi = key();
  const mallory = key();
  let base: string;
  let copies = 0;

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'gotong-verify-modules-'));
    await fs.mkdir(join(base, 'registry'));
    const writer = RegistryWriter.create(join(base, 'registry'), { rootKeys: [admin], rootSigners: [admin], threshold: 1, onlineKey: online });
    writer.addNamespace('bandung', [bandungCi, bandungLead], 1, [admin]);
    writer.addNamespace('kuburaya', [kuburayaCi], 1, [admin]);
    await writer.putTargets('bandung', [
      { targetPath: 'bandung/sipd/sipd-1.0.0.tgz', bytes: tarball('sipd 1.0.0') },
      { targetPath: 'bandung/e-musrenbang/e-musrenbang-2.1.0.tgz', bytes: tarball('e-musrenbang 2.1.0') },
    ], [bandungCi]);
    await writer.putTargets('kuburaya', [{ targetPath: 'kuburaya/portal/portal-1.0.0.tgz', bytes: tarball('portal 1.0.0') }], [kuburayaCi]);
    writer.refreshTimestamp(online);
    await writer.flush();
  });
  afterAll(() => fs.rm(base, { recursive: true, force: true }));

  /** A fresh copy of the registry to forge in. */
  async function copy(): Promise<string> {
    const dir = join(base, `copy-${++copies}`);
    await fs.cp(join(base, 'registry'), dir, { recursive: true });
    return dir;
  }

  const problems = async (dir: string) => (await verifyRegistry(new DirectorySource(dir, 'test registry'))).problems;

  /** The signed part of a role as it is now, as JSON to edit. */
  async function current(dir: string, role: string): Promise<Json> {
    const writer = await RegistryWriter.load(dir);
    const version = writer.snapshot.signed.meta[`${role}.json`]!.version;
    return JSON.parse(await fs.readFile(join(dir, metadataPath(role, version)), 'utf8')).signed;
  }

  /** The signed entry of a target whose bytes are stored where a client looks for them. */
  async function stored(dir: string, path: string, bytes: Buffer): Promise<Json> {
    const sha256 = sha256Hex(bytes);
    const file = join(dir, targetStoragePath(path, sha256));
    await fs.mkdir(join(file, '..'), { recursive: true });
    await fs.writeFile(file, bytes);
    return { length: bytes.length, hashes: { sha256, sha512: sha512Hex(bytes) } };
  }

  /** Writes each role's next version as given, signed by `signers`, and lists it in a snapshot and timestamp the online key signs. */
  async function forge(dir: string, documents: Array<{ role: string; signed: Json; signers: SigningKey[] }>): Promise<void> {
    const writer = await RegistryWriter.load(dir);
    for (const { role, signed, signers } of documents) {
      const version = (writer.snapshot.signed.meta[`${role}.json`]?.version ?? 0) + 1;
      const metadata = new Metadata(Targets.fromJSON({ ...signed, version }));
      for (const signer of signers) metadata.sign((data) => signer.sign(data), true);
      await fs.writeFile(join(dir, metadataPath(role, version)), serializeMetadata(metadata));
      writer.snapshot.signed.meta[`${role}.json`] = new MetaFile({ version });
    }
    writer.refreshTimestamp(online);
    await writer.flush();
  }

  it('a registry with one role per module verifies, and counts its module roles', async () => {
    const result = await verifyRegistry(new DirectorySource(join(base, 'registry'), 'test registry'));
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ ok: true, namespaces: 2, modules: 3, targets: 3 });
  });

  it("refuses a namespace role that delegates bandung.sipd to a key that is not Bandung's", async () => {
    const dir = await copy();
    const namespace = await current(dir, 'bandung');
    namespace.delegations.keys[mallory.keyId] = mallory.tufKey.toJSON();
    namespace.delegations.roles.find((r: Json) => r.name === 'bandung.sipd').keyids = [mallory.keyId];
    const module = await current(dir, 'bandung.sipd');
    module.targets['bandung/sipd/sipd-9.9.9.tgz'] = await stored(dir, 'bandung/sipd/sipd-9.9.9.tgz', tarball('evil'));
    await forge(dir, [
      { role: 'bandung', signed: namespace, signers: [bandungCi] },
      { role: 'bandung.sipd', signed: module, signers: [mallory] },
    ]);
    expect(await problems(dir)).toEqual([
      { where: 'metadata/2.bandung.json', message: 'the role of bandung delegates "bandung.sipd" other than to bandung/sipd/* alone, terminating, with the namespace\'s keys and threshold' },
    ]);
  });

  it("refuses a namespace role that hands Kubu Raya's paths to a module role, whatever its name", async () => {
    const dir = await copy();
    const namespace = await current(dir, 'bandung');
    const keyids = [bandungCi.keyId, bandungLead.keyId];
    namespace.delegations.roles.push(
      { name: 'bandung.portal', keyids, threshold: 1, terminating: true, paths: ['kuburaya/*'] },
      { name: 'kuburaya.portal', keyids, threshold: 1, terminating: true, paths: ['kuburaya/portal/*'] },
    );
    const evil = await stored(dir, 'kuburaya/portal/portal-9.9.9.tgz', tarball('evil portal'));
    await forge(dir, [
      { role: 'bandung', signed: namespace, signers: [bandungCi] },
      { role: 'bandung.portal', signed: { _type: 'targets', spec_version: namespace.spec_version, expires: namespace.expires, targets: { 'kuburaya/portal/portal-9.9.9.tgz': evil } }, signers: [bandungCi] },
    ]);
    const found = await problems(dir);
    expect(found).toContainEqual({ where: 'metadata/2.bandung.json', message: 'the role of bandung delegates "bandung.portal" other than to bandung/portal/* alone, terminating, with the namespace\'s keys and threshold' });
    expect(found).toContainEqual({ where: 'bandung.portal: kuburaya/portal/portal-9.9.9.tgz', message: "outside the module role's folder bandung/portal/*" });

    // The same delegation under Kubu Raya's name is refused by its name.
    const named = await copy();
    const renamed = await current(named, 'bandung');
    renamed.delegations.roles.push({ name: 'kuburaya.portal', keyids, threshold: 1, terminating: true, paths: ['kuburaya/portal/*'] });
    await forge(named, [{ role: 'bandung', signed: renamed, signers: [bandungCi] }]);
    expect(await problems(named)).toEqual([
      { where: 'metadata/2.bandung.json', message: 'the role of bandung delegates "kuburaya.portal", which is not one of its module roles (bandung.<module>)' },
    ]);
  });

  it("refuses a module role that lists another module's file", async () => {
    const dir = await copy();
    const module = await current(dir, 'bandung.sipd');
    module.targets['bandung/e-musrenbang/e-musrenbang-9.9.9.tgz'] = await stored(dir, 'bandung/e-musrenbang/e-musrenbang-9.9.9.tgz', tarball('evil'));
    await forge(dir, [{ role: 'bandung.sipd', signed: module, signers: [bandungCi] }]);
    expect(await problems(dir)).toEqual([
      { where: 'bandung.sipd: bandung/e-musrenbang/e-musrenbang-9.9.9.tgz', message: "outside the module role's folder bandung/sipd/*" },
    ]);
  });

  it('refuses a module role signed by a revoked key, and a namespace role that still delegates to it', async () => {
    const dir = await copy();
    const writer = await RegistryWriter.load(dir);
    await writer.replaceNamespaceKeys('bandung', [bandungLead], 1, [admin], [bandungLead]);
    writer.refreshTimestamp(online);
    await writer.flush();
    expect(await problems(dir)).toEqual([]);
    const module = await current(dir, 'bandung.sipd');
    module.targets['bandung/sipd/sipd-9.9.9.tgz'] = await stored(dir, 'bandung/sipd/sipd-9.9.9.tgz', tarball('evil'));
    await forge(dir, [{ role: 'bandung.sipd', signed: module, signers: [bandungCi] }]);
    expect(await problems(dir)).toEqual([{ where: 'metadata/3.bandung.sipd.json', message: expect.stringMatching(/^bandung\.sipd was signed by 0\/1 keys/) }]);

    // The revoked key signing the namespace role too, which hands it the module back: refused for both.
    const namespace = await current(dir, 'bandung');
    namespace.delegations.keys = { [bandungCi.keyId]: bandungCi.tufKey.toJSON() };
    namespace.delegations.roles.find((r: Json) => r.name === 'bandung.sipd').keyids = [bandungCi.keyId];
    await forge(dir, [{ role: 'bandung', signed: namespace, signers: [bandungCi] }]);
    // Refused for the namespace role itself, for what it hands out, and for the module roles it no longer verifies.
    expect(await problems(dir)).toEqual([
      { where: 'metadata/3.bandung.json', message: expect.stringMatching(/^bandung was signed by 0\/1 keys/) },
      { where: 'metadata/3.bandung.json', message: expect.stringMatching(/^the role of bandung delegates "bandung.sipd" other than to bandung\/sipd\/\* alone/) },
      { where: 'metadata/2.bandung.e-musrenbang.json', message: expect.stringMatching(/^bandung.e-musrenbang was signed by 0\/1 keys/) },
    ]);
  });

  it('refuses a namespace role that delegates and lists targets, a module role that delegates, and a module role the snapshot does not list', async () => {
    const dir = await copy();
    const namespace = await current(dir, 'bandung');
    const module = await current(dir, 'bandung.sipd');
    namespace.targets = { ...module.targets };
    namespace.delegations.roles.push({ name: 'bandung.sso-asn', keyids: [bandungCi.keyId, bandungLead.keyId], threshold: 1, terminating: true, paths: ['bandung/sso-asn/*'] });
    namespace.delegations.roles.sort((a: Json, b: Json) => (a.name < b.name ? -1 : 1));
    module.delegations = { keys: {}, roles: [] };
    await forge(dir, [
      { role: 'bandung', signed: namespace, signers: [bandungCi] },
      { role: 'bandung.sipd', signed: module, signers: [bandungCi] },
    ]);
    expect(await problems(dir)).toEqual([
      { where: 'metadata/2.bandung.json', message: 'delegates to module roles and lists 1 target itself; a namespace role that delegates lists none' },
      { where: 'metadata/2.bandung.sipd.json', message: 'a module role delegates nothing, but this one has delegations' },
      { where: 'metadata/2.bandung.json', message: 'delegates bandung.sso-asn, which the snapshot does not list' },
    ]);
  });

  it('verifies a namespace role written before module roles, and again once its next change moves its targets into module roles', async () => {
    const dir = await copy();
    const files: Json = {};
    for (const role of ['bandung.sipd', 'bandung.e-musrenbang']) Object.assign(files, (await current(dir, role)).targets);
    const namespace = await current(dir, 'bandung');
    delete namespace.delegations;
    namespace.targets = files;
    await forge(dir, [{ role: 'bandung', signed: namespace, signers: [bandungCi] }]);
    expect(await verifyRegistry(new DirectorySource(dir, 'test registry'))).toMatchObject({ problems: [], modules: 1, targets: 3 });

    const writer = await RegistryWriter.load(dir);
    await writer.putTargets('bandung', [{ targetPath: 'bandung/sipd/sipd-1.1.0.tgz', bytes: tarball('sipd 1.1.0') }], [bandungLead]);
    writer.refreshTimestamp(online);
    await writer.flush();
    expect(Object.keys((await current(dir, 'bandung')).targets)).toEqual([]);
    expect(await verifyRegistry(new DirectorySource(dir, 'test registry'))).toMatchObject({ problems: [], modules: 3, targets: 4 });
  });
});
