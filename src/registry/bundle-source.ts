// An offline bundle (`gotong bundle create`) read as a registry. The format
// (docs/DECISIONS.md, "Offline bundles"): one uncompressed POSIX tar whose
// members are plain files, `gotong-bundle.json` (unsigned, informative) and
// registry files under their repository paths (`metadata/...`,
// `targets/...`, core/registry-folders.ts). Uncompressed, so that a member is read at its
// offset in the file and a bundle of gigabytes never sits in memory.
//
// The file is hostile until TUF has verified what is read from it: it is
// scanned once, refusing links, folders and every other non-plain entry,
// paths outside the registry layout, duplicates, too many members and
// members over the size bounds. Nothing here checks a signature.
import { createReadStream, promises as fs } from 'node:fs';
import { GotongError, ioError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { TarParser, type TarEntryHeader } from '../archive/tar.js';
import { METADATA_DIR, TARGETS_DIR } from '../core/registry-folders.js';
import type { RegistrySource } from './source.js';

export const BUNDLE_MANIFEST_FILE = 'gotong-bundle.json';
export const BUNDLE_FORMAT = 1;

/** What `gotong bundle create` wrote about the bundle; unsigned, so only shown, never trusted. */
export interface BundleManifest {
  bundleFormat: typeof BUNDLE_FORMAT;
  createdAt: string;
  registry: { name: string | null; url: string; rootSha256: string };
  /** name -> version of every module whose tarball the bundle holds. */
  modules: Record<string, string>;
}

const MAX_MEMBERS = 200_000;
const MAX_MANIFEST_BYTES = 1024 * 1024;
const MAX_METADATA_BYTES = 64 * 1024 * 1024;
/** install's own bound for a target (verified/targets.ts MAX_TARGET_BYTES). */
const MAX_TARGET_MEMBER_BYTES = 1280 * 1024 * 1024;

// Role names: `bandung`, and its module roles `bandung.e-musrenbang`, `bandung._attestations`.
const METADATA_NAME = new RegExp(`^${METADATA_DIR}/(?:[0-9]{1,9}\\.)?[a-z0-9][a-z0-9-]{0,63}(?:\\.[a-z0-9_][a-z0-9_-]{0,99})?\\.json$`);
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/;

/** A bundle file not to be used; `message` says what is wrong with it. */
function invalid(message: string): GotongError {
  return new GotongError('GOTONG_E_BUNDLE_INVALID', message, { hint: t('registry.bundleFile.invalid.hint') });
}

/** Which members a bundle may hold, and the most bytes each may have; null: none. */
function memberBound(path: string): number | null {
  if (path === BUNDLE_MANIFEST_FILE) return MAX_MANIFEST_BYTES;
  if (METADATA_NAME.test(path)) return MAX_METADATA_BYTES;
  const segments = path.split('/');
  if (segments[0] === TARGETS_DIR && segments.length >= 2 && segments.length <= 8 && segments.slice(1).every((s) => SEGMENT.test(s))) return MAX_TARGET_MEMBER_BYTES;
  return null;
}

interface Member {
  offset: number;
  size: number;
}

/** Reads the bundle's members from their offsets; missing metadata is "not found" (tuf-js's root walk needs it), a missing target a clear error. */
export class BundleSource implements RegistrySource {
  /** The first file asked for that the bundle lacks (tuf-js reports it only as unverifiable metadata). */
  missing: GotongError | null = null;

  private constructor(
    readonly file: string,
    readonly label: string,
    readonly manifest: BundleManifest,
    private readonly members: Map<string, Member>,
  ) {}

  /** Scans the bundle once: every member is checked before any is read. */
  static async open(file: string, label: string): Promise<BundleSource> {
    const members = new Map<string, Member>();
    let manifestBytes: Buffer[] | null = null;
    let current: { path: string; member: Member } | null = null;
    let chunkStart = 0;
    let chunk: Buffer = Buffer.alloc(0);
    const parser = new TarParser({
      onEntry(header: TarEntryHeader) {
        const shown = JSON.stringify(header.path.slice(0, 200));
        if (header.typeflag !== '0' && header.typeflag !== '\0') throw invalid(t('registry.bundleFile.notPlainFile', { file, path: shown }));
        const bound = memberBound(header.path);
        if (bound === null) throw invalid(t('registry.bundleFile.notRegistryFile', { file, path: shown }));
        if (header.size > bound) throw invalid(t('registry.bundleFile.memberTooLarge', { file, path: header.path, size: header.size, max: bound }));
        if (members.has(header.path)) throw invalid(t('registry.bundleFile.twice', { file, path: header.path }));
        if (members.size >= MAX_MEMBERS) throw invalid(t('registry.bundleFile.tooManyMembers', { file, max: MAX_MEMBERS }));
        current = { path: header.path, member: { offset: -1, size: header.size } };
        members.set(header.path, current.member);
        if (header.path === BUNDLE_MANIFEST_FILE) manifestBytes = [];
      },
      onData(data: Buffer) {
        // The parser hands out views of the chunk it was given: their place in it is their place in the file.
        if (current && current.member.offset < 0) current.member.offset = chunkStart + (data.byteOffset - chunk.byteOffset);
        if (current?.path === BUNDLE_MANIFEST_FILE) manifestBytes!.push(Buffer.from(data));
      },
      onEntryEnd() {
        if (current && current.member.size === 0) current.member.offset = 0;
        current = null;
      },
    });
    const stream = createReadStream(file, { highWaterMark: 1024 * 1024 });
    try {
      for await (const piece of stream) {
        chunk = piece as Buffer;
        parser.write(chunk);
        chunkStart += chunk.length;
        if (parser.ended) break;
      }
      parser.end();
    } catch (error) {
      if (error instanceof GotongError) {
        throw error.code === 'GOTONG_E_BUNDLE_INVALID' ? error : invalid(t('registry.bundleFile.notTar', { file, reason: error.message }));
      }
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new GotongError('GOTONG_E_USAGE', t('registry.bundleFile.absent', { file }), { hint: t('registry.bundleFile.absent.hint') });
      throw ioError('read', file, error);
    } finally {
      stream.destroy();
    }
    if (!manifestBytes) throw invalid(t('registry.bundleFile.noManifest', { file, manifest: BUNDLE_MANIFEST_FILE }));
    return new BundleSource(file, label, parseManifest(file, Buffer.concat(manifestBytes)), members);
  }

  /** Paths of the members under `prefix`. */
  paths(prefix: string): string[] {
    return [...this.members.keys()].filter((path) => path.startsWith(prefix)).sort();
  }

  async read(relPath: string, maxBytes: number): Promise<Buffer | null> {
    const member = this.members.get(relPath);
    if (!member) {
      if (/^metadata\/[0-9]+\.root\.json$/.test(relPath)) return null;
      this.missing ??= new GotongError('GOTONG_E_TARGET_MISSING', t('registry.bundleFile.lacks', { file: this.file, path: relPath }), {
        hint: t('registry.bundleFile.lacks.hint'),
        details: { file: relPath },
      });
      throw this.missing;
    }
    if (member.size > maxBytes) {
      throw new GotongError('GOTONG_E_TARGET_MISMATCH', t('registry.bundleFile.fileTooLarge', { path: relPath, file: this.file, max: maxBytes }), {
        hint: t('registry.bundleFile.fileTooLarge.hint'),
      });
    }
    const bytes = Buffer.alloc(member.size);
    if (member.size === 0) return bytes;
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(this.file, 'r');
    } catch (error) {
      throw ioError('read', this.file, error);
    }
    try {
      const { bytesRead } = await handle.read(bytes, 0, member.size, member.offset);
      if (bytesRead !== member.size) throw invalid(t('registry.bundleFile.changed', { file: this.file }));
      return bytes;
    } finally {
      await handle.close();
    }
  }

  localFile(): string | null {
    return null;
  }
}

function parseManifest(file: string, bytes: Buffer): BundleManifest {
  let json: Partial<BundleManifest>;
  try {
    json = JSON.parse(bytes.toString('utf8')) as Partial<BundleManifest>;
  } catch {
    throw invalid(t('registry.bundleFile.manifestNotJson', { file, manifest: BUNDLE_MANIFEST_FILE }));
  }
  if (typeof json !== 'object' || json === null) throw invalid(t('registry.bundleFile.manifestNotObject', { file, manifest: BUNDLE_MANIFEST_FILE }));
  if (json.bundleFormat !== BUNDLE_FORMAT) {
    throw new GotongError('GOTONG_E_BUNDLE_INVALID', t('registry.bundleFile.format', { file, format: String(JSON.stringify(json.bundleFormat)), supported: BUNDLE_FORMAT }), {
      hint: t('registry.bundleFile.format.hint'),
    });
  }
  const registry = json.registry;
  if (typeof json.createdAt !== 'string' || typeof registry !== 'object' || registry === null || typeof registry.rootSha256 !== 'string' || typeof json.modules !== 'object' || json.modules === null) {
    throw invalid(t('registry.bundleFile.manifestFields', { file, manifest: BUNDLE_MANIFEST_FILE }));
  }
  return json as BundleManifest;
}
