// The mirrors a machine reads a configured registry through, before its
// origin (GOTONG_HOME/config.json, the registry's "mirrors"). Each is a URL
// as `registry add` takes them: a static HTTP(S) copy made by `gotong
// mirror --to DIR` and served by a web server, or a git copy made by
// `gotong mirror --to GIT-URL`. Nothing here trusts a mirror: installs
// verify what it serves against the registry's pinned root.
import { resolve } from 'node:path';
import { readUserConfig, writeUserConfig } from '../core/config.js';
import { GotongError } from '../core/errors.js';
import { redactUrl } from '../registry/redact.js';
import { t } from '../i18n/translate.js';

/** A mirror URL as stored: a plain path becomes absolute (it is a git repository, as for `registry add`). */
export function normaliseMirrorUrl(url: string, cwd: string): string {
  if (url.startsWith('-') || url.trim() === '') {
    throw new GotongError('GOTONG_E_USAGE', t('admin.mirrors.urlInvalid', { url }), { hint: t('admin.mirrors.urlInvalid.hint') });
  }
  const isUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) || /^[\w.-]+@[\w.-]+:/.test(url);
  return isUrl ? url : resolve(cwd, url);
}

/** Sets (or with `mirrors` null, only reads) the mirrors of a configured registry; returns them credential-free. */
export async function registryMirrors(name: string, mirrors: string[] | null, env: NodeJS.ProcessEnv = process.env): Promise<{ name: string; mirrors: string[] }> {
  const config = await readUserConfig(env);
  const entry = Object.hasOwn(config.registries, name) ? config.registries[name] : undefined;
  if (!entry) {
    throw new GotongError('GOTONG_E_REGISTRY_UNKNOWN', t('admin.mirrors.unknownRegistry', { name }), {
      hint: t('admin.mirrors.unknownRegistry.hint', { name }),
    });
  }
  if (mirrors) {
    if (mirrors.length > 0) entry.mirrors = [...new Set(mirrors)];
    else delete entry.mirrors;
    await writeUserConfig(config, env);
  }
  return { name, mirrors: (entry.mirrors ?? []).map(redactUrl) };
}
