// The shapes of per-city settings: what a module declares in gotong.json
// ("settings"), what a workspace stores for it (gotong-settings.json) and
// what the installed module reads (.gotong/settings.json in its folder).
// docs/SETTINGS.md describes all three.

export const SETTING_TYPES = ['string', 'number', 'boolean', 'enum', 'url', 'email', 'region'] as const;
export type SettingType = (typeof SETTING_TYPES)[number];

/** Levels of the Kemendagri region code: 32, 32.73, 32.73.01, 32.73.01.1001. */
export const REGION_LEVELS = ['province', 'regency', 'district', 'village'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** One setting a module declares. */
export interface SettingDeclaration {
  type: SettingType;
  /** enum only: the allowed values. */
  values?: string[];
  /** region only: the level the code must have. */
  level?: RegionLevel;
  description?: string | { id?: string; en?: string };
  default?: SettingValue;
  required?: boolean;
  /** Never stored: the workspace keeps only the name of the environment variable that holds it. */
  secret?: boolean;
}

export type SettingDeclarations = Record<string, SettingDeclaration>;

export type SettingValue = string | number | boolean;

/** A secret's stored form: where the running module finds it. */
export interface EnvReference {
  env: string;
}

export type StoredValue = SettingValue | EnvReference;

export function isEnvReference(value: unknown): value is EnvReference {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as EnvReference).env === 'string' && Object.keys(value).length === 1;
}
