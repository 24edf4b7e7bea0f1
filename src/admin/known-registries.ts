// `gotong registry add`: a client records a registry under a name and pins
// its first root, checked against the fingerprint its administrators gave
// out of band. The registry is verified through TUF before it is saved.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { readUserConfig, writeUserConfig } from '../core/config.js';
import { GotongError } from '../core/errors.js';
import { gotongPaths } from '../core/paths.js';
import type { Reporter } from '../core/reporter.js';
import { sha256Hex } from '../trust/metadata-io.js';
import { isValidRoleName } from '../trust/policy.js';
import { redactUrl } from '../registry/git.js';
import { classifyUrl } from '../registry/locate.js';
import { openRegistry } from '../verified/open-registry.js';

export interface AddRegistryOptions {
  name: string;
  url: string;
  rootSha256?: string;
  rootFile?: string;
  reporter: Reporter;
  env?: NodeJS.ProcessEnv;
}

export async function addRegistry(options: AddRegistryOptions): Promise<{ name: string; url: string; rootSha256: string }> {
  if (!isValidRoleName(options.name)) {
    throw new GotongError('GOTONG_E_USAGE', `"${options.name}" is not a valid registry name`, { hint: 'Use lowercase letters, digits and dashes.' });
  }
  let pin = options.rootSha256?.toLowerCase();
  if (options.rootFile) {
    const bytes = await fs.readFile(options.rootFile).catch(() => {
      throw new GotongError('GOTONG_E_USAGE', `cannot read the root file ${options.rootFile}`, { hint: 'Pass the 1.root.json given to you by the registry administrators.' });
    });
    const sha = sha256Hex(bytes);
    if (pin && pin !== sha) throw new GotongError('GOTONG_E_ROOT_MISMATCH', `${options.rootFile} has sha256 ${sha}, not ${pin}`, { hint: 'Check the fingerprint with the registry administrators.' });
    pin = sha;
  }
  if (!pin || !/^[0-9a-f]{64}$/.test(pin)) {
    throw new GotongError('GOTONG_E_USAGE', 'a registry is added with --root-sha256 HEX (64 hex digits) or --root FILE', {
      hint: 'Ask the registry administrators for the fingerprint printed by `gotong registry init`.',
    });
  }
  const env = options.env ?? process.env;
  const config = await readUserConfig(env);
  const { kind, url } = classifyUrl(options.url);
  const existing = config.registries[options.name];
  if (existing && (existing.rootSha256 !== pin || classifyUrl(existing.url).url !== url)) {
    throw new GotongError('GOTONG_E_REGISTRY_EXISTS', `a registry named "${options.name}" is already configured with another URL or root`, {
      hint: `Choose another name, or remove the old entry from ${gotongPaths(env).configFile} and its folder under trust/.`,
    });
  }
  // Start from a clean trust folder so the pin, not an older visit, decides.
  if (!existing) await fs.rm(gotongPaths(env).trustDir(options.name), { recursive: true, force: true });
  await openRegistry({
    location: { id: options.name, name: options.name, url, kind, label: `registry "${options.name}"`, pinnedRootSha256: pin },
    offline: false,
    allowFirstUse: false,
    reporter: options.reporter,
    env,
  });
  config.registries[options.name] = { url: options.url.startsWith('git+') || kind === 'http' ? options.url : url, rootSha256: pin };
  config.defaultRegistry ??= options.name;
  await writeUserConfig(config, env);
  await fs.mkdir(join(gotongPaths(env).home), { recursive: true });
  return { name: options.name, url: redactUrl(url), rootSha256: pin };
}
