// `gotong init`: write a gotong.json. The answers come from the caller (flags,
// prompts or a publiccode.yml in the CLI); this suggests a name, checks each
// answer with a message that names what is wrong, and writes.
import { promises as fs } from 'node:fs';
import { basename, join } from 'node:path';
import { GotongError } from '../core/errors.js';
import { pathExists } from '../core/fsx.js';
import { manifestFileName, writeManifest } from '../manifest/manifest.js';
import { assertVersion, parseModuleName, quote } from '../manifest/names.js';
import { validateDocument } from '../manifest/schema.js';
import type { ModuleKind, ModuleManifest } from '../manifest/types.js';
import { checkSpdxExpression } from '../publiccode/spdx.js';
import { declarationProblem } from '../settings/declarations.js';
import type { SettingDeclarations } from '../settings/types.js';
import { suggestNamespace, type NamespaceSuggestion } from './publisher-namespace.js';
import { t } from '../i18n/translate.js';

export const MODULE_KINDS: readonly ModuleKind[] = ['app', 'library', 'data', 'service', 'ui'];
export const DEFAULT_LICENCE = 'Apache-2.0';

export interface InitAnswers {
  name: string;
  version: string;
  description?: { id?: string; en?: string };
  type?: ModuleKind;
  license?: string;
  category?: string;
  repository?: string;
  homepage?: string;
  publisher?: string;
  settings?: SettingDeclarations;
}

/** A folder's (or publiccode.yml name's) text made into a valid module name segment. */
export function moduleSlug(dir: string): string {
  return slugOf(basename(dir)) || 'modul-baru';
}

export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

export interface SuggestedName {
  name: string;
  source: NamespaceSuggestion['source'];
  from: string;
}

/**
 * `@<namespace>/<slug>` (the slug defaults to the folder name) when gotong can
 * tell the user's namespace (publisher-namespace.ts); null when it cannot:
 * there is no default namespace, so one city's modules are never named for another.
 */
export async function suggestModuleName(dir: string, env: NodeJS.ProcessEnv, slug = moduleSlug(dir)): Promise<SuggestedName | null> {
  const suggestion = await suggestNamespace(env);
  return suggestion && { name: `@${suggestion.namespace}/${slug}`, source: suggestion.source, from: suggestion.from };
}

const usage = (message: string, hint: string) => new GotongError('GOTONG_E_USAGE', message, { hint });

export function assertModuleKind(text: string): ModuleKind {
  if (!(MODULE_KINDS as readonly string[]).includes(text)) {
    throw usage(t('publish.init.typeUnknown', { value: quote(text) }), t('publish.init.typeUnknown.hint', { types: MODULE_KINDS.join(', ') }));
  }
  return text as ModuleKind;
}

/** An SPDX licence expression, read by the same parser as publiccode.yml's `legal.license`. */
export function assertLicence(text: string): string {
  const checked = checkSpdxExpression(text);
  if (!checked.ok) {
    throw usage(t('publish.init.licenceInvalid', { value: quote(text), reason: checked.message }), t('publish.init.licenceInvalid.hint'));
  }
  return text;
}

export function assertCategory(text: string): string {
  if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(text)) {
    throw usage(t('publish.init.categoryInvalid', { value: quote(text) }), t('publish.init.categoryInvalid.hint'));
  }
  return text;
}

/** The manifest the answers make, in the order people read gotong.json; pure. */
export function manifestFromAnswers(answers: InitAnswers): ModuleManifest {
  parseModuleName(answers.name);
  assertVersion(answers.version);
  if (answers.type !== undefined) assertModuleKind(answers.type);
  if (answers.category !== undefined) assertCategory(answers.category);
  const license = assertLicence(answers.license ?? DEFAULT_LICENCE);
  const problem = declarationProblem(answers.settings);
  if (problem) throw usage(t('publish.init.settingInvalid', { setting: problem.path.slice(1).join('.'), problem: problem.problem }), problem.hint ?? t('publish.init.settingInvalid.hint'));
  const description = Object.fromEntries(Object.entries(answers.description ?? {}).filter(([, text]) => text !== undefined && text.trim() !== '').map(([lang, text]) => [lang, text!.trim()]));
  return {
    name: answers.name,
    version: answers.version,
    ...(Object.keys(description).length > 0 ? { description } : {}),
    ...(answers.type ? { type: answers.type } : {}),
    ...(answers.category ? { category: answers.category } : {}),
    license,
    ...(answers.repository ? { repository: answers.repository } : {}),
    ...(answers.homepage ? { homepage: answers.homepage } : {}),
    ...(answers.publisher ? { publisher: answers.publisher } : {}),
    dependencies: {},
    ...(answers.settings && Object.keys(answers.settings).length > 0 ? { settings: answers.settings } : {}),
  };
}

export async function initModule(dir: string, answers: InitAnswers): Promise<{ path: string; manifest: ModuleManifest }> {
  const path = join(dir, manifestFileName);
  if (await pathExists(path)) {
    throw new GotongError('GOTONG_E_USAGE', t('publish.init.exists', { path }), { hint: t('publish.init.exists.hint') });
  }
  const manifest = manifestFromAnswers(answers);
  // What publish will demand, checked now: the same schema and rules.
  validateDocument('manifest', manifest, path);
  // `gotong init new-module` makes the folder, as `npm init -w` and `cargo new` do.
  await fs.mkdir(dir, { recursive: true });
  await writeManifest(dir, manifest);
  return { path, manifest };
}
