// `gotong init`: write a gotong.json. The answers come from the caller (flags
// or prompts in the CLI); this suggests a name, validates and writes.
import { promises as fs } from 'node:fs';
import { basename, join } from 'node:path';
import { GotongError } from '../core/errors.js';
import { pathExists } from '../core/fsx.js';
import { manifestFileName, writeManifest } from '../manifest/manifest.js';
import { assertVersion, parseModuleName } from '../manifest/names.js';
import type { ModuleManifest } from '../manifest/types.js';
import { suggestNamespace, type NamespaceSuggestion } from './publisher-namespace.js';

export interface InitAnswers {
  name: string;
  version: string;
  description?: string;
  license?: string;
}

/** A folder's name made into a valid module name segment. */
export function moduleSlug(dir: string): string {
  return basename(dir).toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'modul-baru';
}

export interface SuggestedName {
  name: string;
  source: NamespaceSuggestion['source'];
  from: string;
}

/**
 * `@<namespace>/<folder name>` when gotong can tell the user's namespace
 * (publisher-namespace.ts); null when it cannot: there is no default
 * namespace, so one city's modules are never named for another.
 */
export async function suggestModuleName(dir: string, env: NodeJS.ProcessEnv): Promise<SuggestedName | null> {
  const suggestion = await suggestNamespace(env);
  return suggestion && { name: `@${suggestion.namespace}/${moduleSlug(dir)}`, source: suggestion.source, from: suggestion.from };
}

export async function initModule(dir: string, answers: InitAnswers): Promise<{ path: string; manifest: ModuleManifest }> {
  const path = join(dir, manifestFileName);
  if (await pathExists(path)) {
    throw new GotongError('GOTONG_E_USAGE', `${path} already exists`, { hint: 'Edit it directly, or run `gotong init` in a new folder.' });
  }
  parseModuleName(answers.name);
  assertVersion(answers.version);
  const manifest: ModuleManifest = {
    name: answers.name,
    version: answers.version,
    ...(answers.description ? { description: { id: answers.description } } : {}),
    license: answers.license ?? 'Apache-2.0',
    dependencies: {},
  };
  // `gotong init new-module` makes the folder, as `npm init -w` and `cargo new` do.
  await fs.mkdir(dir, { recursive: true });
  await writeManifest(dir, manifest);
  return { path, manifest };
}
