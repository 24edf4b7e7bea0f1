// The log's check of one commit's metadata in the layout with one role per
// module, on a real registry signed on the fly: an index is signed through
// its module role, checked against the namespace role that delegates it;
// a module role signed by another key does not verify.
import { mkdtempSync, promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Metadata, MetadataKind, type Targets } from '@tufjs/models';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPair, loadSigningKey, type SigningKey } from '../trust/keys.js';
import { serializeMetadata } from '../trust/metadata-io.js';
import { RegistryWriter } from '../trust/writer.js';
import { CommitMetadata, Documents, namespaceOfRole, signedTargets } from './commit-metadata.js';

const key = (): SigningKey => loadSigningKey(generateKeyPair().privatePem, 'test key');
const INDEX = 'bandung/sipd/index.json';

describe("a commit's metadata with one role per module", () => {
  let dir: string;
  const ci = key();
  /** The metadata folder as the log reads it: file name -> blob id (here the name itself), and the bytes by blob id. */
  let files: Map<string, string>;
  let blobs: Map<string, Buffer>;

  beforeAll(async () => {
    const [admin, online] = [key(), key()];
    dir = mkdtempSync(join(tmpdir(), 'gotong-log-metadata-'));
    const writer = RegistryWriter.create(dir, { rootKeys: [admin], rootSigners: [admin], threshold: 1, onlineKey: online });
    writer.addNamespace('bandung', [ci], 1, [admin]);
    await writer.putTargets('bandung', [{ targetPath: INDEX, bytes: Buffer.from('{"name":"@bandung/sipd"}') }], [ci]);
    writer.refreshTimestamp(online);
    await writer.flush();
    const names = await fs.readdir(join(dir, 'metadata'));
    files = new Map(names.map((name) => [name, name]));
    blobs = new Map(await Promise.all(names.map(async (name): Promise<[string, Buffer]> => [name, await fs.readFile(join(dir, 'metadata', name))])));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('names the namespace of a module role', () => {
    expect([namespaceOfRole('bandung.sipd'), namespaceOfRole('bandung._attestations'), namespaceOfRole('bandung')]).toEqual(['bandung', 'bandung', 'bandung']);
  });

  it('finds an index signed by its module role, verified against the namespace role, and the namespace\'s targets over all its roles', () => {
    const at = new CommitMetadata(new Documents(new Map(blobs), null), files);
    expect(at.signer('bandung', INDEX)).toMatchObject({ name: 'bandung.sipd', file: '1.bandung.sipd.json', problem: null, keyIds: [ci.keyId] });
    expect(at.role('bandung').role?.signed.targets).toEqual({});
    expect(Object.keys(signedTargets(new Documents(new Map(blobs), null), files, 'bandung'))).toEqual([INDEX]);
  });

  it('does not verify a module role signed by a key the namespace role does not delegate to', () => {
    const rogue = key();
    const forged = Metadata.fromJSON(MetadataKind.Targets, JSON.parse(blobs.get('1.bandung.sipd.json')!.toString('utf8'))) as Metadata<Targets>;
    forged.signatures = {};
    forged.sign((data) => rogue.sign(data), true);
    const at = new CommitMetadata(new Documents(new Map([...blobs, ['1.bandung.sipd.json', serializeMetadata(forged)]]), null), files);
    expect(at.signer('bandung', INDEX)).toMatchObject({ name: 'bandung.sipd', keyIds: [rogue.keyId], problem: expect.stringMatching(/1.bandung.sipd.json carries 0 valid signatures/) });
  });
});
