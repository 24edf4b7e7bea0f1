// The user's configuration in GOTONG_HOME/config.json: named registries and
// their pinned roots. Precedence for the registry to use is flag >
// GOTONG_REGISTRY > workspace gotong.json "registry" > user config default.
import { GotongError } from './errors.js';
import { readFileOrNull, writeFileAtomic } from './fsx.js';
import { gotongPaths } from './paths.js';
import { t } from '../i18n/translate.js';

export interface RegistryEntry {
  url: string;
  /** sha256 of the root metadata file the client trusts first. */
  rootSha256: string;
  /** Copies of the registry to read before the origin, in order (docs/DECISIONS.md, "Mirrors"). */
  mirrors?: string[];
}

export interface UserConfig {
  registries: Record<string, RegistryEntry>;
  defaultRegistry?: string;
  /** The namespace `gotong init` suggests when the publisher key does not tell (set by hand). */
  defaultNamespace?: string;
}

export async function readUserConfig(env: NodeJS.ProcessEnv = process.env): Promise<UserConfig> {
  const file = gotongPaths(env).configFile;
  const bytes = await readFileOrNull(file);
  if (!bytes) return { registries: {} };
  try {
    const parsed = JSON.parse(bytes.toString('utf8')) as UserConfig;
    if (typeof parsed !== 'object' || parsed === null || typeof parsed.registries !== 'object') throw new Error('shape');
    return parsed;
  } catch {
    throw new GotongError('GOTONG_E_IO', t('core.configInvalid', { file }), {
      hint: t('core.configInvalid.hint'),
    });
  }
}

export async function writeUserConfig(config: UserConfig, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await writeFileAtomic(gotongPaths(env).configFile, JSON.stringify(config, null, 2) + '\n', 0o600);
}
