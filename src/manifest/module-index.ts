// A module index target, `<namespace>/<name>/index.json`: every version of
// one module (DESIGN.md "Target paths and the index"). It is signed, so its
// bytes must be a pure function of its content: versions in SemVer order,
// fields in one order. Fields this gotong does not know were written by a
// newer one; they are kept, after the known ones, so rewriting the index to
// add a version never drops them.
import semver from 'semver';
import { bug, GotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { compareText } from './manifest.js';
import { assertVersion, indexTarget, parseModuleName, quote } from './names.js';
import { describedSource, parseDocumentText } from './schema.js';
import type { IndexVersion, ModuleIndex } from './types.js';

const INDEX_FIELDS = ['schemaVersion', 'name', 'versions'] as const;
const VERSION_FIELDS = [
  'target', 'length', 'sha256', 'integrity', 'dependencies', 'publishedAt', 'publisherKeyId', 'yanked', 'yankedReason', 'yankedAt', 'deprecated',
  'description', 'type', 'category', 'keywords', 'license', 'repository', 'homepage', 'publisher', 'publiccode',
] as const;

/** Parses and checks an index target's bytes; the index must be the one for `expectedName`. */
export function parseModuleIndex(bytes: Buffer, expectedName: string): ModuleIndex {
  const { namespace, name } = parseModuleName(expectedName);
  const source = describedSource('manifest.index.source', { path: indexTarget(namespace, name) });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new GotongError('GOTONG_E_REGISTRY_INVALID', t('manifest.notUtf8', { source: source.label }), {
      hint: t('manifest.schema.hint.registry'),
    });
  }
  const index = parseDocumentText('index', text, source);
  if (index.name !== expectedName) {
    throw new GotongError('GOTONG_E_REGISTRY_INVALID', t('manifest.index.otherModule', { source: source.label, found: quote(index.name), expected: expectedName }), {
      hint: t('manifest.index.otherModule.hint'),
      details: { expected: expectedName, found: index.name },
    });
  }
  return index;
}

/** SemVer order; versions equal but for build metadata are ordered by their text, so the order is total. */
export function compareVersions(a: string, b: string): number {
  return semver.compare(a, b) || compareText(a, b);
}

/** The index's versions, oldest first. */
export function indexVersions(index: ModuleIndex): string[] {
  return Object.keys(index.versions).sort(compareVersions);
}

// Object.fromEntries defines own properties, so even a "__proto__" field from a
// newer writer is kept as data.
function ordered<T extends object>(value: T, known: readonly string[], transform: (key: string, v: unknown) => unknown = (_k, v) => v): T {
  const source = value as Record<string, unknown>;
  const present = (key: string) => Object.hasOwn(source, key) && source[key] !== undefined;
  const first = known.filter(present).map((key) => [key, transform(key, source[key])]);
  const rest = Object.keys(source).sort(compareText).filter((key) => !known.includes(key) && present(key)).map((key) => [key, source[key]]);
  return Object.fromEntries([...first, ...rest]) as T;
}

function orderedEntry(entry: IndexVersion): IndexVersion {
  return ordered(entry, VERSION_FIELDS, (key, v) => {
    if (key === 'dependencies') return ordered(v as object, Object.keys(v as object).sort(compareText));
    if (key === 'description' && typeof v === 'object' && v !== null) return ordered(v, ['id', 'en']);
    return v;
  });
}

/** Deterministic bytes of an index: 2-space JSON with a trailing newline, versions in SemVer order. */
export function serializeModuleIndex(index: ModuleIndex): Buffer {
  const versions: Record<string, IndexVersion> = {};
  for (const version of indexVersions(index)) versions[version] = orderedEntry(index.versions[version]);
  const doc = ordered(index, INDEX_FIELDS, (key, v) => (key === 'versions' ? versions : v));
  return Buffer.from(`${JSON.stringify(doc, null, 2)}\n`, 'utf8');
}

/**
 * A copy of `index` (or a new index) with `entry` as `version`. Replacing an
 * existing entry is allowed (yank, deprecate); a second version that differs
 * only in build metadata is not, since SemVer gives both the same precedence.
 */
export function withVersion(index: ModuleIndex | null, name: string, version: string, entry: IndexVersion): ModuleIndex {
  const { namespace, name: short } = parseModuleName(name);
  assertVersion(version);
  if (index && index.name !== name) bug(`withVersion got the index of ${index.name} for ${name}`);
  const expectedTarget = `${namespace}/${short}/${short}-${version}.tgz`;
  if (entry.target !== expectedTarget) bug(`index entry for ${name}@${version} names target ${entry.target}`);
  const versions = { ...(index?.versions ?? {}) };
  const twin = Object.keys(versions).find((v) => v !== version && semver.eq(v, version));
  if (twin) {
    throw new GotongError('GOTONG_E_VERSION_EXISTS', t('manifest.index.buildMetadataTwin', { name, twin, version }), {
      hint: t('manifest.index.buildMetadataTwin.hint'),
      details: { name, version, existing: twin },
    });
  }
  versions[version] = entry;
  const sorted: Record<string, IndexVersion> = {};
  for (const v of Object.keys(versions).sort(compareVersions)) sorted[v] = versions[v];
  return { ...(index ?? {}), schemaVersion: 1, name, versions: sorted };
}

/**
 * The version `latest` means, as npm's dist-tag does: the newest version that
 * is not yanked and not a pre-release, else the newest pre-release that is
 * not yanked; null when every version is yanked.
 */
export function latestVersion(index: ModuleIndex): string | null {
  const live = indexVersions(index).filter((v) => !index.versions[v].yanked).reverse();
  return live.find((v) => semver.prerelease(v) === null) ?? live[0] ?? null;
}

/** Longest yank reason or deprecation message an index entry holds (registry-schema: "note"). */
export const MAX_NOTE_LENGTH = 2000;
// C0 and C1 control characters and DEL: a note is shown on other cities' terminals.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Which note a message names. */
export type NoteKind = 'yank reason' | 'deprecation message' | 'advisory summary';

const NOTE_WORDS: Record<NoteKind, string> = { 'yank reason': 'yank', 'deprecation message': 'deprecation', 'advisory summary': 'advisory' };

/** A yank reason or deprecation message as the index may hold it: one line of printable text. */
export function assertNote(text: string, what: NoteKind): string {
  if (text.length > MAX_NOTE_LENGTH || CONTROL.test(text)) {
    throw new GotongError('GOTONG_E_USAGE', t('manifest.note.invalid', { what: NOTE_WORDS[what], max: MAX_NOTE_LENGTH }), {
      hint: t('manifest.note.invalid.hint'),
    });
  }
  return text;
}
