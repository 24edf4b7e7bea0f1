// Ceremonies on a registry in a temporary folder, with real keys: proposals
// signed one key at a time, reviewed against the current metadata, adopted
// only when every threshold is met, and audited as a client would.
import { mkdtempSync, promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Metadata, MetaFile, Signature, Targets } from '@tufjs/models';
import { afterEach, describe, expect, it } from 'vitest';
import { isGotongError } from '../core/errors.js';
import { currentLanguage, setLanguage } from '../i18n/translate.js';
import { metadataPath, targetStoragePath } from './file-names.js';
import { DirectorySource } from '../registry/source.js';
import { countedSignaturesOnly, missingSignatures, planRootChange, planTargetsChange, proposalFiles, proposalFromFiles, proposalId, signProposal, type Proposal } from './ceremony.js';
import { reviewProposal } from './ceremony-review.js';
import { generateKeyPair, loadSigningKey, type SigningKey } from './keys.js';
import { isoExpiry, serializeMetadata, sha256Hex, sha512Hex, SPEC_VERSION } from './metadata-io.js';
import { verifyRegistry } from './verify-registry.js';
import { RegistryWriter } from './writer.js';

const key = (): SigningKey => loadSigningKey(generateKeyPair().privatePem, 'test key');
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function codeOf(work: () => unknown): Promise<string | null> {
  try {
    await work();
    return null;
  } catch (error) {
    return isGotongError(error) ? `${error.code}: ${error.message}` : String(error);
  }
}

/** Runs `work` with Indonesian as the user's language. */
async function inIndonesian<T>(work: () => Promise<T>): Promise<T> {
  const before = currentLanguage();
  setLanguage('id');
  try {
    return await work();
  } finally {
    setLanguage(before);
  }
}

describe('ceremonies', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await fs.rm(dir, { recursive: true, force: true });
  });

  /**
   * Three administrators (threshold 2), an online key, Bandung with two
   * published modules: in one role per module, or (`oldLayout`) listed in
   * Bandung's own role as gotong wrote it before module roles.
   */
  async function registry(options: { oldLayout?: boolean } = {}) {
    const admins = [key(), key(), key()];
    const online = key();
    const bandung = key();
    const dir = mkdtempSync(join(tmpdir(), 'gotong-ceremony-'));
    dirs.push(dir);
    const writer = RegistryWriter.create(dir, { rootKeys: admins, rootSigners: admins, threshold: 2, onlineKey: online });
    writer.addNamespace('bandung', [bandung], 1, admins);
    writer.addNamespace('kuburaya', [key()], 1, admins);
    const files = [
      { targetPath: 'bandung/sso-asn/sso-asn-1.0.0.tgz', bytes: Buffer.from('sso') },
      { targetPath: 'bandung/sipd/sipd-1.0.0.tgz', bytes: Buffer.from('sipd') },
    ];
    if (options.oldLayout) writer.snapshot.signed.meta['bandung.json'] = new MetaFile({ version: 1 });
    else await writer.putTargets('bandung', files, [bandung]);
    writer.refreshTimestamp(online);
    await writer.flush();
    if (options.oldLayout) {
      const targets: Json = {};
      for (const { targetPath, bytes } of files) {
        const sha256 = sha256Hex(bytes);
        await fs.mkdir(join(dir, targetStoragePath(targetPath, sha256), '..'), { recursive: true });
        await fs.writeFile(join(dir, targetStoragePath(targetPath, sha256)), bytes);
        targets[targetPath] = { length: bytes.length, hashes: { sha256, sha512: sha512Hex(bytes) } };
      }
      const role = new Metadata(Targets.fromJSON({ _type: 'targets', spec_version: SPEC_VERSION, version: 1, expires: isoExpiry(new Date(), 365), targets }));
      role.sign((data) => bandung.sign(data), true);
      await fs.writeFile(join(dir, metadataPath('bandung', 1)), serializeMetadata(role));
    }
    return { admins, online, bandung, dir };
  }

  async function commit(dir: string, proposal: Proposal, online: SigningKey): Promise<void> {
    const writer = await RegistryWriter.load(dir);
    const review = await reviewProposal(writer, proposalId(proposal), proposal);
    await writer.adoptSigned(countedSignaturesOnly(proposal, review.requirements));
    writer.refreshTimestamp(online);
    await writer.flush();
  }

  it('a root change signed one administrator at a time: the id stays, the thresholds are counted, and the result verifies', async () => {
    const { admins, online, dir } = await registry();
    const newOnline = key();
    const writer = await RegistryWriter.load(dir);
    const proposal = planRootChange(writer, { onlineKey: newOnline }, 365);
    const id = proposalId(proposal);
    expect(id).toMatch(/^root-v2-[0-9a-f]{16}$/);
    const first = await reviewProposal(writer, id, proposal);
    expect(first.changes[0]).toBe(`online key (snapshot and timestamp roles): adds key ${newOnline.keyId.slice(0, 12)}; removes key ${online.keyId.slice(0, 12)}`);
    // Said in the administrator's language, and in English for the commit message on main.
    const said = await inIndonesian(() => reviewProposal(writer, id, proposal));
    expect(said.changes[0]).toBe(`kunci online (peran snapshot dan timestamp): menambah kunci ${newOnline.keyId.slice(0, 12)}; menghapus kunci ${online.keyId.slice(0, 12)}`);
    expect(said.changesInEnglish).toEqual(first.changes);
    expect(said.requirements[0].who).toBe('kunci root (root v1 dan v2)');
    expect(missingSignatures(first.requirements)).toEqual([{ document: 'metadata/2.root.json', who: 'the root keys (root v1 and v2)', need: 2, from: admins.map((a) => a.keyId) }]);
    expect(signProposal(proposal, first.requirements, [admins[0]])).toEqual([{ document: 'metadata/2.root.json', keyId: admins[0].keyId }]);
    // What is on the branch after one signature still has the same id: signatures are outside what is signed.
    const onBranch = proposalFromFiles(id, 'root', proposalFiles(proposal));
    const second = await reviewProposal(writer, id, onBranch);
    expect(second.ready).toBe(false);
    expect(missingSignatures(second.requirements)[0]).toMatchObject({ need: 1, from: [admins[1].keyId, admins[2].keyId] });
    signProposal(onBranch, second.requirements, [admins[2]]);
    expect((await reviewProposal(writer, id, onBranch)).ready).toBe(true);
    await commit(dir, onBranch, newOnline);
    const result = await verifyRegistry(new DirectorySource(dir, 'test registry'));
    expect(result.problems).toEqual([]);
    expect(result.rootVersion).toBe(2);
  });

  it('a new set of administrators: the old and the new threshold are both needed, and targets is re-signed by the new keys', async () => {
    const { admins, online, dir } = await registry();
    const newcomer = key();
    const writer = await RegistryWriter.load(dir);
    const proposal = planRootChange(writer, { adminKeys: [admins[1], admins[2], newcomer], threshold: 2 }, 365);
    expect(proposal.documents.map((d) => d.role)).toEqual(['root', 'targets']);
    const review = await reviewProposal(writer, proposalId(proposal), proposal);
    expect(review.requirements.map((r) => [r.who, r.threshold])).toEqual([
      ['the current root keys (root v1)', 2],
      ['the new root keys (root v2)', 2],
      ['the targets keys (root v2)', 2],
    ]);
    // The leaving administrator and the newcomer: old threshold 1 of 2 (the newcomer is not an old key), new 1 of 2 (the leaver is not new).
    signProposal(proposal, review.requirements, [admins[0], newcomer]);
    const half = await reviewProposal(writer, proposalId(proposal), proposal);
    expect(missingSignatures(half.requirements).map((m) => [m.who, m.need])).toEqual([
      ['the current root keys (root v1)', 1],
      ['the new root keys (root v2)', 1],
      ['the targets keys (root v2)', 1],
    ]);
    signProposal(proposal, half.requirements, [admins[1]]);
    expect((await reviewProposal(writer, proposalId(proposal), proposal)).ready).toBe(true);
    await commit(dir, proposal, online);
    expect((await verifyRegistry(new DirectorySource(dir, 'test registry'))).problems).toEqual([]);
  });

  it('refuses a key the proposal does not need, a proposal changed after it was proposed, one that skips a version, and a key listed under another id', async () => {
    const { admins, bandung, dir } = await registry();
    const writer = await RegistryWriter.load(dir);
    const proposal = planRootChange(writer, {}, 365);
    const id = proposalId(proposal);
    const review = await reviewProposal(writer, id, proposal);
    expect(await codeOf(() => signProposal(proposal, review.requirements, [bandung]))).toMatch(/^GOTONG_E_KEY_NOT_DELEGATED/);
    const files = proposalFiles(proposal);
    const edited = JSON.parse(files.get('metadata/2.root.json')!.toString());
    edited.signed.expires = '2099-01-01T00:00:00Z';
    files.set('metadata/2.root.json', Buffer.from(JSON.stringify(edited)));
    expect(await codeOf(() => proposalFromFiles(id, 'root', files))).toMatch(/GOTONG_E_METADATA_INVALID: proposal root-v2-\w+ was changed after it was proposed/);
    const skipping = planRootChange(writer, {}, 365);
    skipping.documents[0].metadata = new Metadata(Object.assign(Object.create(Object.getPrototypeOf(skipping.documents[0].metadata.signed)), skipping.documents[0].metadata.signed, { version: 3 }));
    expect(await codeOf(() => reviewProposal(writer, proposalId(skipping), skipping))).toMatch(/would skip a version/);
    // Kubu Raya's id shown for a key that is really someone else's.
    const lying = planRootChange(writer, { adminKeys: [admins[0], admins[1], key()] }, 365);
    const json = lying.documents[0].metadata.toJSON() as { signed: { keys: Record<string, { keyval: { public: string } }> } };
    json.signed.keys[admins[1].keyId].keyval.public = admins[2].publicHex;
    const forged = { kind: 'root' as const, documents: [{ role: 'root', metadata: Metadata.fromJSON('root' as never, json as never) }, lying.documents[1]] };
    expect(await codeOf(() => reviewProposal(writer, proposalId(forged), forged))).toMatch(/under the id \w+, which is not that key's id/);
  });

  it('a signature over other bytes does not count and never reaches main; a proposal made before main moved on is stale', async () => {
    const { admins, online, dir } = await registry();
    const writer = await RegistryWriter.load(dir);
    const proposal = planRootChange(writer, { threshold: 3 }, 365);
    const id = proposalId(proposal);
    const root = proposal.documents[0].metadata;
    root.signatures[admins[0].keyId] = new Signature({ keyID: admins[0].keyId, sig: admins[0].sign(Buffer.from('something else')).sig });
    const review = await reviewProposal(writer, id, proposal);
    expect(review.requirements.flatMap((r) => r.signedBy)).toEqual([]);
    expect(countedSignaturesOnly(proposal, review.requirements)[0].metadata.signatures).toEqual({});
    // Another ceremony lands first.
    const other = planRootChange(writer, {}, 300);
    signProposal(other, (await reviewProposal(writer, proposalId(other), other)).requirements, [admins[1], admins[2]]);
    await commit(dir, other, online);
    const later = await RegistryWriter.load(dir);
    expect((await reviewProposal(later, id, proposal)).stale).toBe("main's root is at v2 now; this proposal was made against v1");
  });

  it("changing a city's keys needs the city's new key on its namespace role and on each module role, which may list nothing new", async () => {
    const { admins, online, dir } = await registry();
    const bandungNew = key();
    const writer = await RegistryWriter.load(dir);
    const plan = () => planTargetsChange(writer, { action: 'namespace-keys', namespace: 'bandung', publisherKeys: [bandungNew], threshold: 1 });
    const proposal = await plan();
    expect(proposal.documents.map((d) => [d.role, d.metadata.signed.version])).toEqual([['targets', 4], ['bandung', 2], ['bandung.sipd', 2], ['bandung.sso-asn', 2]]);
    const id = proposalId(proposal);
    const review = await reviewProposal(writer, id, proposal);
    expect(review.changes[0]).toMatch(/^@bandung: adds key \w+; removes key \w+$/);
    expect(review.changes[1]).toBe('@bandung v2 and its 2 module roles: its 2 files, unchanged, signed again by its new keys');
    const cityKeys = "@bandung's new publisher keys";
    expect(review.requirements.map((r) => [r.role, r.who, r.keyIds])).toEqual([
      ['targets', 'the targets keys (root v1)', admins.map((a) => a.keyId)],
      ['bandung', cityKeys, [bandungNew.keyId]],
      ['bandung.sipd', cityKeys, [bandungNew.keyId]],
      ['bandung.sso-asn', cityKeys, [bandungNew.keyId]],
    ]);
    signProposal(proposal, review.requirements, [admins[0], admins[1]]);
    expect(missingSignatures((await reviewProposal(writer, id, proposal)).requirements)).toEqual(
      ['metadata/2.bandung.json', 'metadata/2.bandung.sipd.json', 'metadata/2.bandung.sso-asn.json'].map((document) => ({ document, who: cityKeys, need: 1, from: [bandungNew.keyId] })),
    );

    // Slipping a new file into a module role, or a new module into Bandung's role, is refused.
    const edited = async (role: string, edit: (signed: Json) => void) => {
      const sneaky = await plan();
      const document = sneaky.documents.find((d) => d.role === role)!;
      const json = document.metadata.toJSON() as { signed: Json };
      edit(json.signed);
      document.metadata = Metadata.fromJSON('targets' as never, json as never);
      return codeOf(() => reviewProposal(writer, proposalId(sneaky), sneaky));
    };
    const evil = { length: 1, hashes: { sha256: '00'.repeat(32), sha512: '00'.repeat(64) } };
    expect(await edited('bandung.sso-asn', (signed) => (signed.targets['bandung/sso-asn/sso-asn-9.9.9.tgz'] = evil))).toMatch(/changes what bandung.sso-asn, a module role of @bandung, lists/);
    expect(await edited('bandung.sipd', (signed) => (signed.targets['bandung/sso-asn/sso-asn-9.9.9.tgz'] = evil))).toMatch(/changes what bandung.sipd, a module role of @bandung, lists/);
    const evilModule = { name: 'bandung.evil', keyids: [bandungNew.keyId], threshold: 1, terminating: true, paths: ['bandung/evil/*'] };
    expect(await edited('bandung', (signed) => signed.delegations.roles.push(evilModule))).toMatch(/changes what @bandung's role lists or delegates/);
    expect(await edited('bandung', (signed) => (signed.targets['bandung/evil/evil-1.0.0.tgz'] = evil))).toMatch(/changes what @bandung's role lists or delegates/);
    // Without its re-signed roles, Bandung (or one of its modules) would stop verifying the moment targets lands.
    const leaving = async (roles: string[]) => {
      const gap = { kind: 'targets' as const, documents: (await plan()).documents.filter((d) => !roles.includes(d.role)) };
      return codeOf(() => reviewProposal(writer, proposalId(gap), gap));
    };
    expect(await leaving(['bandung', 'bandung.sipd', 'bandung.sso-asn'])).toMatch(/changes @bandung's keys without @bandung's role re-signed by them/);
    expect(await leaving(['bandung.sipd'])).toMatch(/changes @bandung's keys without its module role bandung.sipd re-signed by them/);
    // Nor does it sign a module role Bandung does not have, or one of a city whose keys stay.
    for (const [role, refusal] of [['bandung.evil', /signs bandung.evil, which is not one of the roles @bandung re-signs/], ['kuburaya.portal', /re-signs @kuburaya, whose keys it does not change/]] as const) {
      const extra = await plan();
      extra.documents.push({ role, metadata: writer.unsignedNamespace(null, {}) });
      expect(await codeOf(() => reviewProposal(writer, proposalId(extra), extra))).toMatch(refusal);
    }

    // As the city reads it from the proposal's branch: the module roles' files are in place there too.
    const onBranch = proposalFromFiles(id, 'targets', proposalFiles(proposal));
    expect(onBranch.documents.map((d) => d.role).sort()).toEqual(['bandung', 'bandung.sipd', 'bandung.sso-asn', 'targets']);
    signProposal(onBranch, review.requirements, [bandungNew]);
    await commit(dir, onBranch, online);
    expect((await verifyRegistry(new DirectorySource(dir, 'test registry'))).problems).toEqual([]);
    const after = await RegistryWriter.load(dir);
    for (const module of (await after.moduleRoles('bandung')).values()) expect(Object.keys(module!.signatures)).toEqual([bandungNew.keyId]);
  });

  it("a city whose role was written before module roles has its files moved into module roles by the proposal that changes its keys", async () => {
    const { admins, online, dir } = await registry({ oldLayout: true });
    expect(await verifyRegistry(new DirectorySource(dir, 'test registry'))).toMatchObject({ problems: [], modules: 0, targets: 2 });
    const bandungNew = key();
    const writer = await RegistryWriter.load(dir);
    const proposal = await planTargetsChange(writer, { action: 'namespace-keys', namespace: 'bandung', publisherKeys: [bandungNew], threshold: 1 });
    expect(proposal.documents.map((d) => [d.role, d.metadata.signed.version])).toEqual([['targets', 4], ['bandung', 2], ['bandung.sipd', 1], ['bandung.sso-asn', 1]]);
    const review = await reviewProposal(writer, proposalId(proposal), proposal);
    expect(review.changes[1]).toBe('@bandung v2 and its 2 module roles: its 2 files, unchanged, signed again by its new keys');
    signProposal(proposal, review.requirements, [admins[0], admins[2], bandungNew]);
    await commit(dir, proposal, online);
    expect(await verifyRegistry(new DirectorySource(dir, 'test registry'))).toMatchObject({ problems: [], modules: 2, targets: 2 });
    const after = await RegistryWriter.load(dir);
    expect(Object.keys((await after.loadNamespace('bandung'))!.signed.targets)).toEqual([]);
    expect(Object.keys((await after.namespaceTargets('bandung'))!).sort()).toEqual(['bandung/sipd/sipd-1.0.0.tgz', 'bandung/sso-asn/sso-asn-1.0.0.tgz']);
  });

  it('a removed city stays in the snapshot, its modules are delegated to nobody, and its name is never given out again', async () => {
    const { admins, online, dir } = await registry();
    const writer = await RegistryWriter.load(dir);
    const proposal = await planTargetsChange(writer, { action: 'remove-namespace', namespace: 'bandung' });
    const review = await reviewProposal(writer, proposalId(proposal), proposal);
    expect(review.changes[0]).toBe('removes @bandung: no client installs its modules any more');
    signProposal(proposal, review.requirements, [admins[0], admins[2]]);
    await commit(dir, proposal, online);
    const after = await RegistryWriter.load(dir);
    expect(after.namespaceRole('bandung')).toBeUndefined();
    expect(after.snapshot.signed.meta['bandung.json']).toBeDefined();
    expect((await verifyRegistry(new DirectorySource(dir, 'test registry'))).problems).toEqual([]);
    expect(await codeOf(() => planTargetsChange(after, { action: 'add-namespace', namespace: 'bandung', publisherKeys: [key()], threshold: 1 }))).toMatch(/GOTONG_E_NAMESPACE_EXISTS: the namespace bandung was removed/);
    expect(await codeOf(() => after.addNamespace('bandung', [key()], 1, admins))).toMatch(/GOTONG_E_NAMESPACE_EXISTS/);
  });
});
