// gotong-settings.json, beside the workspace's gotong.json and outside
// gotong_modules/, so that reinstalling or updating a module keeps what the
// city gave it. It holds no secret, only the names of the environment
// variables that do, so it can be committed with the workspace.
import { join } from 'node:path';
import { GotongError, ioError } from '../core/errors.js';
import { readFileOrNull } from '../core/fsx.js';
import { t } from '../i18n/translate.js';
import { lineColumn, scanJson } from '../manifest/json-text.js';
import { isValidModuleName } from '../manifest/names.js';
import { emptyStore, type SettingsStore } from './plan.js';
import { isEnvReference, type StoredValue } from './types.js';

export const SETTINGS_FILE = 'gotong-settings.json';

export function settingsFile(workspaceDir: string): string {
  return join(workspaceDir, SETTINGS_FILE);
}

function invalid(problem: string): GotongError {
  return new GotongError('GOTONG_E_SETTINGS_FILE_INVALID', t('settings.file.invalid', { file: SETTINGS_FILE, problem }), {
    hint: t('settings.store.invalid.hint', { file: SETTINGS_FILE }),
    details: { file: SETTINGS_FILE },
  });
}

export function isStoredValue(value: unknown): value is StoredValue {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean' || isEnvReference(value);
}

export function parseStore(text: string): SettingsStore {
  const problem = scanJson(text);
  if (problem) {
    const { line, column } = lineColumn(text, problem.offset);
    throw invalid(t('settings.file.notJson', { detail: problem.message, line, column }));
  }
  const data = JSON.parse(text) as unknown;
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(data) || data.settingsVersion !== 1 || !isObject(data.modules)) throw invalid(t('settings.store.shape'));
  for (const [module, values] of Object.entries(data.modules)) {
    if (!isValidModuleName(module)) throw invalid(t('settings.file.notModuleName', { name: JSON.stringify(module) }));
    if (!isObject(values)) throw invalid(t('settings.store.moduleNotObject', { module }));
    for (const [key, value] of Object.entries(values)) {
      if (!isStoredValue(value)) throw invalid(t('settings.store.valueShape', { module, key, envForm: '{ "env": NAME }' }));
    }
  }
  return data as unknown as SettingsStore;
}

export async function readStore(workspaceDir: string): Promise<SettingsStore> {
  const file = settingsFile(workspaceDir);
  let bytes: Buffer | null;
  try {
    bytes = await readFileOrNull(file);
  } catch (error) {
    throw ioError('read', file, error);
  }
  return bytes === null ? emptyStore() : parseStore(bytes.toString('utf8'));
}
