// The review accept runs on a proposal's roles, with real hashes of real
// bytes: what passes, and each way roles from a member's pipeline are
// refused before the online key signs them, in the layout gotong wrote
// before module roles and in the one it writes now.
import { Metadata, TargetFile, Targets } from '@tufjs/models';
import { describe, expect, it } from 'vitest';
import { serializeAttestationFile } from '../manifest/attestation-files.js';
import { serializeModuleIndex } from '../manifest/module-index.js';
import type { AttestationFile, AttestationStatement, IndexVersion, ModuleIndex } from '../manifest/types.js';
import { moduleIndex } from '../../test/helpers/index-entries.js';
import { currentLanguage, setLanguage } from '../i18n/translate.js';
import { integrityOf, serializeMetadata, sha256Hex, sha512Hex } from './metadata-io.js';
import { moduleDelegations, type ModuleKeySet } from './module-roles.js';
import { ProposalRefusal, reviewProposal, type CurrentNamespace } from './proposal-review.js';

const NOW = new Date('2026-12-07T00:00:00Z');
const MODULE = '@bandung/e-musrenbang';
const KEY = 'k'.repeat(64);
/** Bandung's publisher key as the targets role lists it (no signature is checked here). */
const KEY_JSON = { keytype: 'ed25519', scheme: 'ed25519', keyval: { public: 'ab'.repeat(32) } };
const keys: ModuleKeySet = { keyIds: [KEY], threshold: 1, keyJSON: { [KEY]: KEY_JSON } };
const topLevel = Targets.fromJSON({
  _type: 'targets', spec_version: '1.0.31', version: 2, expires: '2027-12-01T00:00:00Z', targets: {},
  delegations: { keys: { [KEY]: KEY_JSON }, roles: [{ name: 'bandung', keyids: [KEY], threshold: 1, terminating: true, paths: ['bandung/*/*'] }] },
});
const delegation = topLevel.delegations!.roles!.bandung;

/** Bandung as main signs it: its namespace role and module roles (by name). */
function state(role: Metadata<Targets> | null, modules: Array<[string, Metadata<Targets>]> = []): CurrentNamespace {
  return { role, modules: new Map(modules), delegation, keys };
}

function target(path: string, bytes: Buffer): TargetFile {
  return new TargetFile({ path, length: bytes.length, hashes: { sha256: sha256Hex(bytes), sha512: sha512Hex(bytes) } });
}

/** Where a target's bytes are stored inside the namespace's files. */
const stored = (file: TargetFile) => `${file.path.split('/')[1]}/${file.hashes.sha256}.${file.path.split('/')[2]}`;

function role(version: number, files: TargetFile[], extra: Record<string, unknown> = {}): Metadata<Targets> {
  const targets = Object.fromEntries(files.map((f) => [f.path, f.toJSON()]));
  return new Metadata(Targets.fromJSON({ _type: 'targets', spec_version: '1.0.31', version, expires: '2027-12-01T00:00:00Z', targets, ...extra }));
}

function entry(tarball: TargetFile, extra: Partial<IndexVersion> = {}): Partial<IndexVersion> {
  return { target: tarball.path, length: tarball.length, sha256: tarball.hashes.sha256, integrity: integrityOf(tarball.hashes.sha512), ...extra };
}

const tgz210 = Buffer.from('tarball of e-musrenbang 2.1.0');
const tgz220 = Buffer.from('tarball of e-musrenbang 2.2.0');
const t210 = target('bandung/e-musrenbang/e-musrenbang-2.1.0.tgz', tgz210);
const t220 = target('bandung/e-musrenbang/e-musrenbang-2.2.0.tgz', tgz220);
const index1Bytes = serializeModuleIndex(moduleIndex(MODULE, { '2.1.0': entry(t210) }));
const index1 = target('bandung/e-musrenbang/index.json', index1Bytes);
const current = role(3, [t210, index1]);

function indexWith(versions: Record<string, Partial<IndexVersion>>): { bytes: Buffer; file: TargetFile } {
  const index: ModuleIndex = moduleIndex(MODULE, versions);
  const bytes = serializeModuleIndex(index);
  return { bytes, file: target('bandung/e-musrenbang/index.json', bytes) };
}

/** Reviews a role holding `files` at `version`, adding `added` (file -> bytes) to the namespace. */
function review(next: Metadata<Targets>, added: Array<[TargetFile | string, Buffer]>) {
  const files = new Map(added.map(([f, bytes]) => [typeof f === 'string' ? f : stored(f), bytes]));
  return reviewProposal({ namespace: 'bandung', roleBytes: serializeMetadata(next), added: files }, state(current), async (path) => (path === index1.path ? index1Bytes : null), NOW);
}

async function refusal(work: Promise<unknown>): Promise<string> {
  const error = await work.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ProposalRefusal);
  return (error as Error).message;
}

describe('reviewing a proposed namespace role', () => {
  const index2 = indexWith({ '2.1.0': entry(t210), '2.2.0': entry(t220) });

  it('passes a publish: the next version, the new tarball and index added with their signed hashes', async () => {
    const next = role(4, [t210, t220, index2.file]);
    expect((await review(next, [[t220, tgz220], [index2.file, index2.bytes]])).role.signed.version).toBe(4);
  });

  it('passes a yank: only the index changes, and only the yank fields of an entry', async () => {
    const yanked = indexWith({ '2.1.0': entry(t210, { yanked: true, yankedReason: 'kode wilayah tertukar', yankedAt: '2026-12-06T00:00:00.000Z' }) });
    await expect(review(role(4, [t210, yanked.file]), [[yanked.file, yanked.bytes]])).resolves.toBeDefined();
  });

  it('passes an undone yank that signs again the index file the namespace kept, and checks that file like an added one', async () => {
    const yanked = indexWith({ '2.1.0': entry(t210, { yanked: true, yankedReason: 'kode wilayah tertukar', yankedAt: '2026-12-06T00:00:00.000Z' }) });
    const afterYank = role(3, [t210, yanked.file]);
    const undo = (held: Buffer | null) =>
      reviewProposal({ namespace: 'bandung', roleBytes: serializeMetadata(role(4, [t210, index1])), added: new Map(), held: async (path) => (path === stored(index1) ? held : null) }, state(afterYank), async () => yanked.bytes, NOW);
    await expect(undo(index1Bytes)).resolves.toBeDefined();
    expect(await refusal(undo(Buffer.from('{"name":"@bandung/e-musrenbang"}')))).toMatch(/does not match the signed/);
    expect(await refusal(undo(null))).toMatch(/does not add its file/);
  });

  it('refuses a role that is not the next version, has expired, or lists targets beside delegations', async () => {
    expect(await refusal(review(role(3, [t210, index1]), []))).toMatch(/builds on version 2 .* registry is at version 3/);
    expect(await refusal(review(role(6, [t210, index1]), []))).toMatch(/builds on version 5/);
    expect(await refusal(review(role(4, [t210, index1], { expires: '2026-12-01T00:00:00Z' }), []))).toMatch(/expired/);
    const delegating = role(4, [t210, index1], { delegations: { keys: {}, roles: [] } });
    expect(await refusal(review(delegating, []))).toMatch(/lists targets beside its delegations/);
  });

  it('refuses a role that drops or changes a published tarball, or drops an index', async () => {
    expect(await refusal(review(role(4, [index1]), []))).toMatch(/drops bandung\/e-musrenbang\/e-musrenbang-2.1.0.tgz/);
    const other = target(t210.path, Buffer.from('other bytes'));
    expect(await refusal(review(role(4, [other, index1]), [[other, Buffer.from('other bytes')]]))).toMatch(/changes bandung\/e-musrenbang\/e-musrenbang-2.1.0.tgz/);
    expect(await refusal(review(role(4, [t210]), []))).toMatch(/drops bandung\/e-musrenbang\/index.json/);
  });

  it('refuses new targets without their file, with other bytes, or outside the namespace, and files no target names', async () => {
    const next = role(4, [t210, t220, index2.file]);
    expect(await refusal(review(next, [[index2.file, index2.bytes]]))).toMatch(/does not add its file/);
    expect(await refusal(review(next, [[t220, Buffer.from('tampered')], [index2.file, index2.bytes]]))).toMatch(/does not match the signed/);
    expect(await refusal(review(next, [[t220, tgz220], [index2.file, index2.bytes], ['e-musrenbang/extra.sh', Buffer.from('#!/bin/sh')]]))).toMatch(/adds "e-musrenbang\/extra.sh", which the role does not name/);
    const foreign = target('kuburaya/portal/portal-1.0.0.tgz', tgz220);
    expect(await refusal(review(role(4, [t210, index1, foreign]), [[foreign, tgz220]]))).toMatch(/outside the files of @bandung/);
    const deep = target('bandung/e-musrenbang/x/y.tgz', tgz220);
    expect(await refusal(review(role(4, [t210, index1, deep]), []))).toMatch(/outside the files of @bandung/);
  });

  it('refuses an index that rewrites or removes a published version, or disagrees with its targets', async () => {
    const rewritten = indexWith({ '2.1.0': entry(t210, { dependencies: { '@bandung/ui-kit': '^9.0.0' } }) });
    expect(await refusal(review(role(4, [t210, rewritten.file]), [[rewritten.file, rewritten.bytes]]))).toMatch(/changes the published entry of @bandung\/e-musrenbang@2.1.0/);
    const emptied = indexWith({ '2.2.0': entry(t220) });
    expect(await refusal(review(role(4, [t210, t220, emptied.file]), [[t220, tgz220], [emptied.file, emptied.bytes]]))).toMatch(/removes @bandung\/e-musrenbang@2.1.0/);
    const lying = indexWith({ '2.1.0': entry(t210), '2.2.0': entry(t220, { length: 1 }) });
    expect(await refusal(review(role(4, [t210, t220, lying.file]), [[t220, tgz220], [lying.file, lying.bytes]]))).toMatch(/2.2.0 disagrees with the signed/);
    const unsigned = indexWith({ '2.1.0': entry(t210), '2.2.0': entry(t220) });
    expect(await refusal(review(role(4, [t210, unsigned.file]), [[unsigned.file, unsigned.bytes]]))).toMatch(/names bandung\/e-musrenbang\/e-musrenbang-2.2.0.tgz, which the role does not sign/);
  });

  it('says why in the language of whoever runs accept, and in English for the refused record in the registry', async () => {
    const before = currentLanguage();
    setLanguage('id');
    try {
      const stale = (await review(role(3, [t210, index1]), []).then(() => null, (e: unknown) => e)) as ProposalRefusal;
      expect(stale.message).toBe('usulan ini dibangun di atas versi 2 peran bandung, tetapi registry sudah pada versi 3: terbitkan lagi');
      expect(stale.english).toBe('it builds on version 2 of the bandung role, but the registry is at version 3: publish again');
      // A parser's own message is had in English too.
      const broken = (await reviewProposal({ namespace: 'bandung', roleBytes: Buffer.from('{"signed":'), added: new Map() }, state(current), async () => null, NOW).then(
        () => null,
        (e: unknown) => e,
      )) as ProposalRefusal;
      expect(broken.message).toBe('peran bandung yang diusulkan bukan JSON yang valid');
      expect(broken.english).toBe('the proposed bandung role is not valid JSON');
    } finally {
      setLanguage(before);
    }
  });

  describe('attestations', () => {
    // Bandung attests a Kubu Raya version; the registry publishes @kuburaya/portal@1.0.0.
    const portal = moduleIndex('@kuburaya/portal', { '1.0.0': {} });
    const published = async (path: string) => (path === 'kuburaya/portal/index.json' ? serializeModuleIndex(portal) : null);
    const said: AttestationStatement = {
      module: '@kuburaya/portal',
      version: '1.0.0',
      integrity: portal.versions['1.0.0'].integrity,
      tarSha512: 'a'.repeat(128),
      source: { repository: 'https://git.kuburayakab.go.id/portal.git', commit: 'c'.repeat(40) },
      reproducedAt: '2026-12-06T00:00:00.000Z',
      gotongVersion: '0.9.0',
    };
    const PATH = 'bandung/_attestations/kuburaya.json';
    const fileWith = (statements: AttestationStatement[]) => {
      const doc: AttestationFile = { schemaVersion: 1, namespace: 'bandung', subject: 'kuburaya', statements };
      const bytes = serializeAttestationFile(doc);
      return { bytes, file: target(PATH, bytes) };
    };
    const first = fileWith([said]);
    const withFirst = role(3, [t210, index1, first.file]);

    function attest(next: { bytes: Buffer; file: TargetFile }, before = current) {
      const previous = async (path: string) => (path === PATH && before === withFirst ? first.bytes : path === index1.path ? index1Bytes : null);
      const added = new Map([[stored(next.file), next.bytes]]);
      const proposed = role(4, [t210, index1, next.file]);
      return reviewProposal({ namespace: 'bandung', roleBytes: serializeMetadata(proposed), added }, state(before), previous, NOW, published);
    }

    it('passes a statement about a published version with its integrity, and one appended to it', async () => {
      await expect(attest(first)).resolves.toBeDefined();
      await expect(attest(fileWith([said, { ...said, reproducedAt: '2026-12-06T01:00:00.000Z', gotongVersion: '0.9.1' }]), withFirst)).resolves.toBeDefined();
    });

    it('refuses a statement about a version not published, or with another integrity', async () => {
      expect(await refusal(attest(fileWith([{ ...said, version: '9.0.0' }])))).toMatch(/attests @kuburaya\/portal@9.0.0, which the registry does not publish/);
      expect(await refusal(attest(fileWith([{ ...said, integrity: `sha512-${'Z'.repeat(86)}==` }])))).toMatch(/with integrity sha512-ZZZ.* not the published one/);
    });

    it('refuses a file that drops or changes an earlier statement, or is signed at another place', async () => {
      expect(await refusal(attest(fileWith([]), withFirst))).toMatch(/removes or changes the statement about @kuburaya\/portal@1.0.0/);
      expect(await refusal(attest(fileWith([{ ...said, tarSha512: 'b'.repeat(128) }]), withFirst))).toMatch(/removes or changes/);
      const elsewhere = serializeAttestationFile({ schemaVersion: 1, namespace: 'sumedang', subject: 'kuburaya', statements: [said] });
      expect(await refusal(attest({ bytes: elsewhere, file: target(PATH, elsewhere) }))).toMatch(/claims to be the statements of "sumedang\/kuburaya"/);
    });
  });

  describe('one role per module', () => {
    // Main: Bandung's namespace role v3 delegates bandung.e-musrenbang, whose role v2 lists 2.1.0 and the index.
    const MODULE_ROLE = 'bandung.e-musrenbang';
    const namespaceRole = (version: number, folders: string[], extra: Record<string, unknown> = {}, files: TargetFile[] = []) =>
      role(version, files, { delegations: moduleDelegations('bandung', folders, keys), ...extra });
    const nowNamespace = namespaceRole(3, ['e-musrenbang']);
    const nowModule = role(2, [t210, index1]);
    const sipdTgz = Buffer.from('tarball of sipd 1.0.0');
    const sipd100 = target('bandung/sipd/sipd-1.0.0.tgz', sipdTgz);
    const sipdIndexBytes = serializeModuleIndex(moduleIndex('@bandung/sipd', { '1.0.0': entry(sipd100) }));
    const sipdIndex = target('bandung/sipd/index.json', sipdIndexBytes);

    function propose(next: Metadata<Targets>, modules: Array<[string, Metadata<Targets>]>, added: Array<[TargetFile, Buffer]> = [], before = state(nowNamespace, [[MODULE_ROLE, nowModule]])) {
      const proposal = {
        namespace: 'bandung',
        roleBytes: serializeMetadata(next),
        moduleRoles: new Map(modules.map(([name, metadata]) => [name, serializeMetadata(metadata)])),
        added: new Map(added.map(([f, bytes]) => [stored(f), bytes])),
      };
      return reviewProposal(proposal, before, async (path) => (path === index1.path ? index1Bytes : null), NOW);
    }

    it('passes a publish that re-signs the namespace role and the one module role it touches', async () => {
      const reviewed = await propose(namespaceRole(4, ['e-musrenbang']), [[MODULE_ROLE, role(3, [t210, t220, index2.file])]], [[t220, tgz220], [index2.file, index2.bytes]]);
      expect([reviewed.role.signed.version, reviewed.modules.map((m) => [m.role, m.metadata.signed.version])]).toEqual([4, [[MODULE_ROLE, 3]]]);
    });

    it('passes a new module beside one it leaves as signed, and the move of an older namespace role\'s targets into module roles', async () => {
      const added: Array<[TargetFile, Buffer]> = [[sipd100, sipdTgz], [sipdIndex, sipdIndexBytes]];
      await expect(propose(namespaceRole(4, ['e-musrenbang', 'sipd']), [['bandung.sipd', role(1, [sipd100, sipdIndex])]], added)).resolves.toBeDefined();
      await expect(propose(namespaceRole(4, ['e-musrenbang']), [[MODULE_ROLE, role(1, [t210, index1])]], [], state(current))).resolves.toBeDefined();
    });

    it('refuses what an attacker holding Bandung\'s valid key would try with the roles themselves', async () => {
      const other = 'e'.repeat(64);
      const otherKey = { keytype: 'ed25519', scheme: 'ed25519', keyval: { public: 'cd'.repeat(32) } };
      // A module role that delegates its files on to a key of the attacker's.
      const handsOn = role(3, [t210, index1], { delegations: { keys: { [other]: otherKey }, roles: [{ name: 'penyusup', keyids: [other], threshold: 1, terminating: true, paths: ['bandung/*/*'] }] } });
      expect(await refusal(propose(namespaceRole(4, ['e-musrenbang']), [[MODULE_ROLE, handsOn]]))).toMatch(/proposed bandung.e-musrenbang role delegates to other roles, which a module role never does/);
      // A namespace role that delegates a module role of its own to Kubu Raya's paths, or to another key.
      const reaching = moduleDelegations('bandung', ['e-musrenbang'], keys);
      reaching.roles.push({ name: 'bandung.x', keyids: [KEY], threshold: 1, terminating: true, paths: ['kuburaya/*'] });
      expect(await refusal(propose(role(4, [], { delegations: reaching }), []))).toMatch(/does not delegate its modules as gotong does: .*"bandung.x" other than to bandung\/x\/\* alone/);
      const otherKeys = moduleDelegations('bandung', ['e-musrenbang'], { keyIds: [other], threshold: 1, keyJSON: { [other]: otherKey } });
      expect(await refusal(propose(role(4, [], { delegations: otherKeys }), []))).toMatch(/does not delegate its modules as gotong does: .*with the namespace's keys/);
      // A module role that lists a file of another module.
      const sideways = role(3, [t210, index1, sipd100]);
      expect(await refusal(propose(namespaceRole(4, ['e-musrenbang']), [[MODULE_ROLE, sideways]], [[sipd100, sipdTgz]]))).toMatch(/bandung.e-musrenbang role names "bandung\/sipd\/sipd-1.0.0.tgz", outside its folder bandung\/e-musrenbang\/\*/);
      // A namespace role that lists targets again beside its delegations (which a client would read first).
      const both = namespaceRole(4, ['e-musrenbang'], {}, [t210, t220, index2.file]);
      expect(await refusal(propose(both, [], [[t220, tgz220], [index2.file, index2.bytes]]))).toMatch(/lists targets beside its delegations/);
    });

    it('refuses a module role the namespace role does not delegate, one not the next version or expired, and a delegation signed nowhere', async () => {
      const sipd: [string, Metadata<Targets>] = ['bandung.sipd', role(1, [sipd100, sipdIndex])];
      const added: Array<[TargetFile, Buffer]> = [[sipd100, sipdTgz], [sipdIndex, sipdIndexBytes]];
      expect(await refusal(propose(namespaceRole(4, ['e-musrenbang']), [sipd], added))).toMatch(/signs the module role bandung.sipd, which the proposed bandung role does not delegate/);
      expect(await refusal(propose(namespaceRole(4, ['e-musrenbang']), [[MODULE_ROLE, role(2, [t210, index1])]]))).toMatch(/version 1 of the bandung.e-musrenbang role, but the registry is at version 2/);
      expect(await refusal(propose(namespaceRole(4, ['e-musrenbang', 'sipd']), [['bandung.sipd', role(3, [sipd100, sipdIndex])]], added))).toMatch(/version 2 of the bandung.sipd role, but the registry is at version 0/);
      const expired = role(3, [t210, index1], { expires: '2026-12-01T00:00:00Z' });
      expect(await refusal(propose(namespaceRole(4, ['e-musrenbang']), [[MODULE_ROLE, expired]]))).toMatch(/proposed bandung.e-musrenbang role expired/);
      expect(await refusal(propose(namespaceRole(4, ['e-musrenbang', 'sipd']), []))).toMatch(/delegates bandung.sipd, which neither the registry nor the proposal signs/);
    });

    it('refuses a namespace role that stops delegating a module role with files', async () => {
      expect(await refusal(propose(role(4, [], { delegations: { keys: {}, roles: [] } }), []))).toMatch(/drops bandung\/e-musrenbang\/e-musrenbang-2.1.0.tgz/);
      expect(await refusal(propose(role(4, []), []))).toMatch(/drops bandung\/e-musrenbang\/e-musrenbang-2.1.0.tgz/);
    });
  });

  it('refuses a namespace the registry does not delegate, and bytes that are not metadata', async () => {
    const next = role(4, [t210, index1]);
    await expect(reviewProposal({ namespace: 'bandung', roleBytes: serializeMetadata(next), added: new Map() }, { ...state(current), delegation: undefined }, async () => null, NOW)).rejects.toThrow(/has no namespace bandung/);
    await expect(reviewProposal({ namespace: 'bandung', roleBytes: Buffer.from('{"signed":'), added: new Map() }, state(current), async () => null, NOW)).rejects.toBeInstanceOf(ProposalRefusal);
  });
});
