// Turns what the user typed (a configured name, a git URL, a folder path or
// a static HTTP URL) into one registry location with a stable local id.
//
// URL kinds: `https://…/x.git`, `git+https://…`, `ssh://`, `git://`,
// `file://` and plain paths are git repositories; any other `http(s)://` URL
// is a read-only copy of the registry's files on a static web host.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { readUserConfig } from '../core/config.js';
import { GotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { redactUrl } from './redact.js';

export interface RegistryLocation {
  /** Local id: the configured name, or `url-<hash>` for a URL used directly. */
  id: string;
  name: string | null;
  /** As git or HTTP needs it (may hold credentials: never print it, print `label`). */
  url: string;
  kind: 'git' | 'http';
  label: string;
  pinnedRootSha256: string | null;
  /** Copies to read before `url`, in order, as configured (may hold credentials). */
  mirrors?: string[];
}

export function classifyUrl(url: string): { kind: 'git' | 'http'; url: string } {
  if (url.startsWith('git+http://') || url.startsWith('git+https://')) return { kind: 'git', url: url.slice(4) };
  if (/^https?:\/\//.test(url)) return /\.git\/?$/.test(url) ? { kind: 'git', url } : { kind: 'http', url };
  if (/^(ssh|git|file):\/\//.test(url) || /^[\w.-]+@[\w.-]+:/.test(url)) return { kind: 'git', url };
  return { kind: 'git', url: resolve(url) };
}

function looksLikeUrl(text: string): boolean {
  return text.includes('/') || text.includes(':') || text.startsWith('.');
}

export function urlId(url: string): string {
  return 'url-' + createHash('sha256').update(url).digest('hex').slice(0, 16);
}

export interface LocateInput {
  /** --registry flag value */
  flag?: string;
  /** workspace gotong.json "registry" */
  workspace?: string;
  env?: NodeJS.ProcessEnv;
}

/** Applies flag > GOTONG_REGISTRY > workspace > user default, then resolves names through the config. */
export async function locateRegistry(input: LocateInput): Promise<RegistryLocation> {
  const env = input.env ?? process.env;
  const config = await readUserConfig(env);
  const reference = input.flag ?? (env.GOTONG_REGISTRY || undefined) ?? input.workspace ?? config.defaultRegistry;
  if (!reference) {
    throw new GotongError('GOTONG_E_REGISTRY_UNKNOWN', t('registry.locate.none'), { hint: t('registry.locate.none.hint') });
  }
  const entry = config.registries[reference];
  if (entry) {
    const { kind, url } = classifyUrl(entry.url);
    return { id: reference, name: reference, url, kind, label: `registry "${reference}"`, pinnedRootSha256: entry.rootSha256, mirrors: entry.mirrors ?? [] };
  }
  if (!looksLikeUrl(reference)) {
    throw new GotongError('GOTONG_E_REGISTRY_UNKNOWN', t('registry.locate.unknown', { name: reference }), {
      hint: t('registry.locate.unknown.hint', { name: reference }),
    });
  }
  const { kind, url } = classifyUrl(reference);
  const known = Object.entries(config.registries).find(([, e]) => classifyUrl(e.url).url === url);
  if (known) return { id: known[0], name: known[0], url, kind, label: `registry "${known[0]}"`, pinnedRootSha256: known[1].rootSha256, mirrors: known[1].mirrors ?? [] };
  return { id: urlId(url), name: null, url, kind, label: redactUrl(url), pinnedRootSha256: null };
}
