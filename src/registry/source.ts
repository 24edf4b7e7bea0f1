// A registry source hands out the raw bytes of registry files by their path
// in the repository. It knows nothing about signatures: it has the shape of
// the trust layer's RegistryReader (trust/registry-reader.ts), which
// verifies everything a source returns. A new transport is one more class of
// this shape, in its own file here.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { GotongError, bug, ioError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { fetchEverything, type BlobPrefetcher } from './blob-prefetch.js';
import type { GitBlobReader } from './git.js';
import { TARGETS_DIR } from '../core/registry-folders.js';
import { namespaceLinks, parseTree } from './namespaces.js';

export interface RegistrySource {
  /** Human-readable, credential-free location for messages. */
  readonly label: string;
  /** The file's bytes, or null when the registry has no such file. Refuses files over maxBytes. */
  read(relPath: string, maxBytes: number): Promise<Buffer | null>;
  /** A local file to copy instead of reading (for big targets from a clone), or null. */
  localFile(relPath: string): string | null;
  /**
   * Moves on to the next copy of the registry when the one read so far
   * served something that failed verification or could not be reached (a
   * mirror list, mirror-list.ts). Returns the label of the copy read from
   * now on, or null when there is none left. Absent: a single copy.
   */
  fallBack?(): string | null;
  /** Files about to be read in turn, to fetch together where requests cost (RegistryReader.soon). */
  soon?(relPaths: string[]): Promise<void>;
}

function tooLarge(relPath: string, maxBytes: number): GotongError {
  return new GotongError('GOTONG_E_TARGET_MISMATCH', t('registry.source.tooLarge', { path: relPath, max: maxBytes }), {
    hint: t('registry.source.tooLarge.hint'),
  });
}

function assertRelative(relPath: string): void {
  if (relPath.startsWith('/') || relPath.split('/').some((s) => s === '..' || s === '')) {
    throw new GotongError('GOTONG_E_REGISTRY_INVALID', t('registry.source.outside', { path: JSON.stringify(relPath) }), {
      hint: t('registry.source.outside.hint'),
    });
  }
}

/** Reads from a folder: a git clone or a plain copy of a registry. */
export class DirectorySource implements RegistrySource {
  constructor(readonly root: string, readonly label: string) {}

  async read(relPath: string, maxBytes: number): Promise<Buffer | null> {
    assertRelative(relPath);
    const path = join(this.root, relPath);
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(path, 'r');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return null;
      throw ioError('read', path, error);
    }
    try {
      const { size } = await handle.stat();
      if (size > maxBytes) throw tooLarge(relPath, maxBytes);
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  }

  localFile(relPath: string): string | null {
    assertRelative(relPath);
    return join(this.root, relPath);
  }
}

/** The most bytes main's targets folder may take: one entry per namespace is a few dozen bytes. */
const MAX_TARGETS_TREE_BYTES = 16 * 1024 * 1024;

/**
 * Reads one commit of a git clone from its object store (git.ts,
 * GitBlobReader): every read in a command sees the same commit, and reading
 * needs no working tree, whose upkeep would grow with the registry. A file
 * under targets/<namespace>/ is read from the namespace's own commit that
 * main links (namespaces.ts), or from main itself in the earlier layout.
 */
export class GitCommitSource implements RegistrySource {
  private links: Promise<Map<string, string>> | null = null;

  constructor(
    readonly dir: string,
    readonly commit: string,
    readonly label: string,
    private readonly reader: GitBlobReader,
    /** In a partial clone: fetches the files read together in one request (blob-prefetch.ts). */
    private readonly prefetcher: BlobPrefetcher | null = null,
  ) {}

  private async readLinks(): Promise<Map<string, string>> {
    const tree = await this.reader.readTree(this.commit, TARGETS_DIR, MAX_TARGETS_TREE_BYTES);
    if (!tree) return new Map();
    if (!tree.bytes) throw tooLarge(TARGETS_DIR, MAX_TARGETS_TREE_BYTES);
    try {
      return namespaceLinks(parseTree(tree.bytes, this.commit.length / 2));
    } catch {
      throw new GotongError('GOTONG_E_REGISTRY_INVALID', t('registry.source.badTree', { folder: TARGETS_DIR, commit: this.commit.slice(0, 12) }), {
        hint: t('registry.source.badTree.hint'),
      });
    }
  }

  /** Which commit holds `relPath`, and its path there. */
  private async locate(relPath: string): Promise<{ commit: string; path: string }> {
    const inTargets = relPath.startsWith(`${TARGETS_DIR}/`) ? relPath.slice(TARGETS_DIR.length + 1) : null;
    const slash = inTargets?.indexOf('/') ?? -1;
    if (inTargets === null || slash <= 0) return { commit: this.commit, path: relPath };
    this.links ??= this.readLinks();
    const link = (await this.links).get(inTargets.slice(0, slash));
    return link ? { commit: link, path: inTargets.slice(slash + 1) } : { commit: this.commit, path: relPath };
  }

  async read(relPath: string, maxBytes: number): Promise<Buffer | null> {
    assertRelative(relPath);
    const { commit, path } = await this.locate(relPath);
    if (this.prefetcher) await this.prefetcher.want(commit, path, commit !== this.commit);
    const found = await this.reader.read(commit, path, maxBytes);
    if (!found) return null;
    if (found.size > maxBytes || !found.bytes) throw tooLarge(relPath, maxBytes);
    return found.bytes;
  }

  localFile(): string | null {
    return null;
  }

  /** Files about to be read in turn: a partial clone fetches those it lacks in one request. */
  async soon(relPaths: string[]): Promise<void> {
    if (!this.prefetcher) return;
    const located = await Promise.all(relPaths.map((relPath) => this.locate(relPath)));
    await Promise.all(located.map(({ commit, path }) => this.prefetcher!.want(commit, path, commit !== this.commit)));
  }

  /** Before reading every file (an audit): a partial clone fetches all it lacks in one request, not one file at a time. */
  async prefetchEverything(): Promise<void> {
    if (!this.prefetcher) return;
    this.links ??= this.readLinks();
    await fetchEverything(this.dir, [this.commit, ...(await this.links).values()]);
  }
}

/**
 * Reads a registry published as static files over HTTP(S) (http.ts). Files
 * that change in place (timestamp.json, registry.json) are revalidated with
 * the validators kept in `cacheDir` (http-cache.ts), so an unchanged registry
 * answers 304s; files named by version or hash are fetched plainly, never
 * revalidated (http-policy.ts, isImmutable).
 */
export class HttpSource implements RegistrySource {
  private client: Promise<import('./http.js').HttpClient> | null = null;

  constructor(
    readonly baseUrl: string,
    readonly label: string,
    private readonly options: { cacheDir: string | null; env?: NodeJS.ProcessEnv } = { cacheDir: null },
  ) {}

  private http(): Promise<import('./http.js').HttpClient> {
    // undici is loaded only by commands that read over HTTP.
    this.client ??= Promise.all([import('./http.js'), import('./http-policy.js')]).then(([{ HttpClient }, { httpPolicy }]) => {
      const env = this.options.env ?? process.env;
      return new HttpClient(httpPolicy(env), this.label, env);
    });
    return this.client;
  }

  async read(relPath: string, maxBytes: number): Promise<Buffer | null> {
    assertRelative(relPath);
    const url = new URL(relPath, this.baseUrl.endsWith('/') ? this.baseUrl : this.baseUrl + '/').toString();
    const [client, { isImmutable }, { HttpValidatorCache }] = await Promise.all([this.http(), import('./http-policy.js'), import('./http-cache.js')]);
    const cache = this.options.cacheDir && !isImmutable(relPath) ? new HttpValidatorCache(this.options.cacheDir) : null;
    const cached = cache ? await cache.get(url) : null;
    const answer = await client.get({ url, maxBytes, validators: cached, what: relPath });
    switch (answer.status) {
      case 'too-large':
        throw tooLarge(relPath, maxBytes);
      case 'missing':
        await cache?.forget(url);
        return null;
      case 'not-modified':
        if (!cached) bug(`${relPath} answered 304 to a request without validators`);
        if (cached.bytes.length > maxBytes) throw tooLarge(relPath, maxBytes);
        return cached.bytes;
      case 'ok':
        if (cache && (answer.validators.etag || answer.validators.lastModified)) await cache.put(url, { bytes: answer.bytes, ...answer.validators });
        return answer.bytes;
    }
  }

  localFile(): string | null {
    return null;
  }

  /** Lets the process exit without waiting for idle connections. */
  async close(): Promise<void> {
    if (this.client) await (await this.client).close();
  }
}

/** Used under --offline: every read is a cache miss with a clear error. */
export class OfflineSource implements RegistrySource {
  constructor(readonly label: string) {}
  async read(relPath: string): Promise<Buffer | null> {
    throw new GotongError('GOTONG_E_OFFLINE_MISS', t('registry.source.offline', { path: relPath }), {
      hint: t('registry.source.offline.hint'),
    });
  }
  localFile(): string | null {
    return null;
  }
}
