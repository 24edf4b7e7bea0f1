// Reading what settings an installed (or staged) module declares, and
// writing the file it reads them from: <module folder>/.gotong/settings.json,
// replaced atomically so that a running module never reads half of it.
import { join } from 'node:path';
import { readFileOrNull, writeFileAtomic } from '../core/fsx.js';
import { t } from '../i18n/translate.js';
import { validateDocument } from '../manifest/schema.js';
import type { SettingDeclarations } from './types.js';

/** Relative to the installed module's folder. */
export const GENERATED_FILE = '.gotong/settings.json';

export function generatedFile(moduleFolder: string): string {
  return join(moduleFolder, ...GENERATED_FILE.split('/'));
}

/**
 * The settings a module folder's gotong.json declares (empty when none). Its
 * other fields were checked against the signed index when it was placed; the
 * settings are checked here against the schema this gotong knows.
 */
export async function declaredSettings(name: string, moduleFolder: string): Promise<SettingDeclarations> {
  const bytes = await readFileOrNull(join(moduleFolder, 'gotong.json'));
  if (bytes === null) return {};
  const manifest = JSON.parse(bytes.toString('utf8')) as { settings?: unknown };
  if (manifest.settings === undefined) return {};
  return validateDocument('manifest', { settings: manifest.settings }, t('settings.manifestOf', { module: name })).settings ?? {};
}

/** Writes the file only when its text changes; true when it did. */
export async function writeGeneratedIfChanged(moduleFolder: string, text: string): Promise<boolean> {
  const file = generatedFile(moduleFolder);
  const before = await readFileOrNull(file);
  if (before !== null && before.toString('utf8') === text) return false;
  await writeFileAtomic(file, text);
  return true;
}
