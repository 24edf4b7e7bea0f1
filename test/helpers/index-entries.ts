// Module index entries and indexes for unit tests of the pure steps that
// read or edit them (yank, deprecate, outdated): well-formed, so that a test
// can write them back through the index's own serializer and schema.
import type { IndexVersion, ModuleIndex } from '../../src/manifest/types.js';

export function indexEntry(fullName: string, version: string, extra: Partial<IndexVersion> = {}): IndexVersion {
  const [namespace, name] = fullName.slice(1).split('/');
  return {
    target: `${namespace}/${name}/${name}-${version}.tgz`,
    length: 4096,
    sha256: 'a'.repeat(64),
    integrity: `sha512-${'Q'.repeat(86)}==`,
    dependencies: {},
    publishedAt: '2025-03-01T08:00:00.000Z',
    publisherKeyId: 'b'.repeat(64),
    yanked: false,
    deprecated: null,
    ...extra,
  };
}

/** An index of `fullName` with these versions (each with its extra fields). */
export function moduleIndex(fullName: string, versions: Record<string, Partial<IndexVersion>>): ModuleIndex {
  return { schemaVersion: 1, name: fullName, versions: Object.fromEntries(Object.entries(versions).map(([v, extra]) => [v, indexEntry(fullName, v, extra)])) };
}
