// `gotong init`: write a gotong.json. The answers come from the caller (flags
// or prompts in the CLI); this only validates and writes.
import { basename } from 'node:path';
import { GotongError } from '../core/errors.js';
import { pathExists } from '../core/fsx.js';
import { manifestFileName, writeManifest } from '../manifest/manifest.js';
import { assertVersion, parseModuleName } from '../manifest/names.js';
import type { ModuleManifest } from '../manifest/types.js';
import { join } from 'node:path';

export interface InitAnswers {
  name: string;
  version: string;
  description?: string;
  license?: string;
}

/** A sensible default name for a folder: @<namespace>/<folder name, made valid>. */
export function defaultModuleName(dir: string, namespace = 'bandung'): string {
  const slug = basename(dir).toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'modul-baru';
  return `@${namespace}/${slug}`;
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
  await writeManifest(dir, manifest);
  return { path, manifest };
}
