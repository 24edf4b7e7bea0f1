// The pure planning step of settings: which values a workspace gives each
// module once the values supplied on this run are applied, which required
// ones are still missing, and the file each installed module reads. Nothing
// here touches the disk (settle.ts and config.ts do).
import { GotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { checkText, checkValue, describeType } from './check-value.js';
import { isEnvReference, type SettingDeclaration, type SettingDeclarations, type SettingValue, type StoredValue } from './types.js';

/** gotong-settings.json: per module, the values this workspace gives it. Secrets appear only as { "env": NAME }. */
export interface SettingsStore {
  settingsVersion: 1;
  modules: Record<string, Record<string, StoredValue>>;
}

/** One value given on this run: `--set MODULE:KEY=VALUE` (text) or a values file (typed). */
export interface SuppliedValue {
  module: string;
  key: string;
  value: unknown;
  /** True for text typed by a person (converted by type: "12" is a number); false for a file's typed value. */
  text: boolean;
  /** Where it came from, for messages: `--set`, or the values file's name. */
  from: string;
}

export interface MissingSetting {
  module: string;
  key: string;
  declaration: SettingDeclaration;
  /** The stored value no longer fits (a newer version changed the type): why. */
  invalid?: string;
}

/** .gotong/settings.json in an installed module's folder. */
export interface GeneratedSettings {
  settingsVersion: 1;
  module: string;
  /** Every declared setting that is not secret: its value, its default, or null. */
  values: Record<string, SettingValue | null>;
  /** Every secret setting: the environment variable to read it from, or null when it has none. */
  secrets: Record<string, { env: string } | null>;
}

export function emptyStore(): SettingsStore {
  return { settingsVersion: 1, modules: {} };
}

/** Checks one value against its declaration, as the error a user sees. */
export function checkedValue(module: string, key: string, decl: SettingDeclaration, value: unknown, options: { text: boolean; from: string }): StoredValue {
  const checked = options.text && typeof value === 'string' ? checkText(decl, value) : checkValue(decl, value);
  if (!checked.ok) {
    throw new GotongError('GOTONG_E_SETTING_INVALID', t('settings.invalid', { setting: `${module}:${key}`, problem: checked.problem, from: options.from }), {
      hint: t('settings.invalid.hint', { expected: describeType(decl) }),
      details: { module, key, from: options.from },
    });
  }
  return checked.value;
}

export function unknownSetting(module: string, key: string | null, declarations: SettingDeclarations | undefined, from: string): GotongError {
  if (declarations === undefined) {
    return new GotongError('GOTONG_E_SETTING_UNKNOWN', t('settings.unknownModule', { module, from }), {
      hint: t('settings.unknownModule.hint'),
      details: { module, from },
    });
  }
  const known = Object.keys(declarations);
  return new GotongError('GOTONG_E_SETTING_UNKNOWN', t('settings.unknownKey', { module, key: JSON.stringify(key), from }), {
    hint: known.length === 0 ? t('settings.unknownKey.noSettings.hint', { module }) : t('settings.unknownKey.hint', { module, keys: known.join(', ') }),
    details: { module, key, from },
  });
}

/** The store with the supplied values applied; every value is checked, every name must be known. */
export function applySupplied(store: SettingsStore, declared: Map<string, SettingDeclarations>, supplied: SuppliedValue[]): SettingsStore {
  const next: SettingsStore = { settingsVersion: 1, modules: Object.fromEntries(Object.entries(store.modules).map(([m, values]) => [m, { ...values }])) };
  for (const given of supplied) {
    const declarations = declared.get(given.module);
    const decl = declarations && Object.hasOwn(declarations, given.key) ? declarations[given.key] : undefined;
    if (!decl) throw unknownSetting(given.module, given.key, declarations, given.from);
    (next.modules[given.module] ??= {})[given.key] = checkedValue(given.module, given.key, decl, given.value, given);
  }
  return next;
}

/** Required settings with neither a fitting value nor a default, in module and declaration order. */
export function missingSettings(store: SettingsStore, declared: Map<string, SettingDeclarations>): MissingSetting[] {
  const missing: MissingSetting[] = [];
  for (const module of [...declared.keys()].sort()) {
    for (const [key, declaration] of Object.entries(declared.get(module)!)) {
      const values = store.modules[module] ?? {};
      const stored = Object.hasOwn(values, key) ? values[key] : undefined;
      if (stored !== undefined) {
        const checked = checkValue(declaration, stored);
        if (checked.ok) continue;
        if (declaration.required || declaration.default === undefined) missing.push({ module, key, declaration, invalid: checked.problem });
        continue;
      }
      if (declaration.required && declaration.default === undefined) missing.push({ module, key, declaration });
    }
  }
  return missing;
}

/** `how` is a whole sentence saying why nothing was asked (or why the value cannot be removed). */
export function missingError(missing: MissingSetting[], how: string): GotongError {
  const names = missing.map((m) => {
    const setting = `${m.module}:${m.key}`;
    return m.invalid ? t('settings.missing.invalid', { setting, problem: m.invalid }) : setting;
  });
  const example = missing[0];
  const sample = example.declaration.secret ? 'env:SSO_CLIENT_SECRET' : example.declaration.type === 'region' ? '61.12' : 'VALUE';
  return new GotongError('GOTONG_E_SETTINGS_MISSING', t('settings.missing', { count: missing.length, names: names.join(', ') }), {
    hint: t('settings.missing.hint', { how, example: `${example.module}:${example.key}=${sample}` }),
    details: { missing: missing.map((m) => ({ module: m.module, key: m.key, type: m.declaration.type, secret: m.declaration.secret === true })) },
  });
}

/** What the installed module reads: every declared key, with its value, its default or null. */
export function generatedSettings(module: string, declarations: SettingDeclarations, values: Record<string, StoredValue>): GeneratedSettings {
  const out: GeneratedSettings = { settingsVersion: 1, module, values: {}, secrets: {} };
  for (const key of Object.keys(declarations).sort()) {
    const decl = declarations[key];
    const stored = Object.hasOwn(values, key) && checkValue(decl, values[key]).ok ? values[key] : undefined;
    if (decl.secret) out.secrets[key] = stored !== undefined && isEnvReference(stored) ? { env: stored.env } : null;
    else out.values[key] = stored !== undefined && !isEnvReference(stored) ? stored : decl.default ?? null;
  }
  return out;
}

export function serializeGenerated(generated: GeneratedSettings): string {
  return `${JSON.stringify(generated, null, 2)}\n`;
}

/** Sorted by module and key, so that the file diffs well in version control. */
export function serializeStore(store: SettingsStore): string {
  const modules: SettingsStore['modules'] = {};
  for (const module of Object.keys(store.modules).sort()) {
    const values = store.modules[module];
    if (Object.keys(values).length === 0) continue;
    modules[module] = Object.fromEntries(Object.keys(values).sort().map((key) => [key, values[key]]));
  }
  return `${JSON.stringify({ settingsVersion: 1, modules }, null, 2)}\n`;
}
