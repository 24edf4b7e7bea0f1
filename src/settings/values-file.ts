// The settings a city gives on the command line: `--set MODULE:KEY=VALUE`
// and `--values FILE`, a JSON or YAML file shaped like
// { "@kuburaya/portal": { "city_name": "Kabupaten Kubu Raya" } }
// (or a whole gotong-settings.json). YAML goes through gotong's one YAML
// reader (publiccode/yaml-source.ts): YAML 1.2, duplicate keys refused.
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { GotongError, ioError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { lineColumn, scanJson } from '../manifest/json-text.js';
import { isValidModuleName } from '../manifest/names.js';
import { plainValue, readYaml } from '../publiccode/yaml-source.js';
import type { SuppliedValue } from './plan.js';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `@kuburaya/portal:city_name=Kabupaten Kubu Raya` -> module, key and the text after the first `=`. */
export function parseSetFlag(text: string): SuppliedValue {
  const match = /^(@[^:=\s]+\/[^:=\s]+):([^=\s]+)=(.*)$/s.exec(text);
  if (!match || !isValidModuleName(match[1])) {
    throw new GotongError('GOTONG_E_USAGE', t('settings.setFlag.invalid', { text: JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text) }), {
      hint: t('settings.setFlag.invalid.hint'),
    });
  }
  return { module: match[1], key: match[2], value: match[3], text: true, from: '--set' };
}

/** A values file in one line, the same in every language. */
const VALUES_EXAMPLE = '{ "@kuburaya/portal": { "city_name": "Kabupaten Kubu Raya", "region_code": "61.12" } }';

function fileInvalid(name: string, problem: string, hint?: string): GotongError {
  return new GotongError('GOTONG_E_SETTINGS_FILE_INVALID', t('settings.file.invalid', { file: name, problem }), {
    hint: hint ?? t('settings.valuesFile.invalid.hint', { example: VALUES_EXAMPLE }),
    details: { file: name },
  });
}

function parseYaml(text: string, name: string): unknown {
  const read = readYaml(text);
  const problem = read.problems[0];
  if (problem) throw fileInvalid(name, t('settings.file.notYaml', { detail: problem.message, line: problem.line, column: problem.column }));
  return read.root === null ? null : plainValue(read.root);
}

function parseJson(text: string, name: string): unknown {
  const problem = scanJson(text);
  if (problem) {
    const { line, column } = lineColumn(text, problem.offset);
    throw fileInvalid(name, t('settings.file.notJson', { detail: problem.message, line, column }));
  }
  return JSON.parse(text) as unknown;
}

/** The values of a values file's text; `.json` is read as JSON, anything else as YAML (which JSON also is). */
export function parseValuesText(text: string, name: string): SuppliedValue[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const data = extname(name).toLowerCase() === '.json' ? parseJson(body, name) : parseYaml(body, name);
  // A whole gotong-settings.json of another workspace is a values file too.
  const modules = isObject(data) && data.settingsVersion === 1 && isObject(data.modules) ? data.modules : data;
  if (!isObject(modules)) throw fileInvalid(name, t('settings.valuesFile.shape'));
  const supplied: SuppliedValue[] = [];
  for (const [module, values] of Object.entries(modules)) {
    if (!isValidModuleName(module)) throw fileInvalid(name, t('settings.file.notModuleName', { name: JSON.stringify(module) }));
    if (!isObject(values)) throw fileInvalid(name, t('settings.valuesFile.notObject', { module }));
    for (const [key, value] of Object.entries(values)) supplied.push({ module, key, value, text: false, from: name });
  }
  return supplied;
}

export async function readValuesFile(path: string): Promise<SuppliedValue[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw fileInvalid(basename(path), t('settings.valuesFile.missing'), t('settings.valuesFile.missing.hint', { path }));
    throw ioError('read', path, error);
  }
  return parseValuesText(text, basename(path));
}
