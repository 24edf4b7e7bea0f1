// Whether a value fits a setting's type, pure. Values arrive typed (a values
// file, gotong-settings.json) or as text (--set, a prompt, `gotong config
// set`); text is converted by the declared type first. Messages never repeat
// what was given for a secret.
import { t } from '../i18n/translate.js';
import type { MessageKey } from '../i18n/messages/index.js';
import type { EnvReference, RegionLevel, SettingDeclaration, SettingValue, StoredValue } from './types.js';
import { isEnvReference } from './types.js';

export type Checked = { ok: true; value: StoredValue } | { ok: false; problem: string };

/**
 * The two-digit province codes of Permendagri 58/2021 and the Papua
 * provinces formed in 2022 (93 to 96). A code outside them names no region.
 */
const PROVINCES = new Set(['11', '12', '13', '14', '15', '16', '17', '18', '19', '21', '31', '32', '33', '34', '35', '36', '51', '52', '53', '61', '62', '63', '64', '65', '71', '72', '73', '74', '75', '76', '81', '82', '91', '92', '93', '94', '95', '96']);

/** The code form of each level, and the message that describes it with an example. */
const REGION_FORMS: Record<RegionLevel, { pattern: RegExp; described: MessageKey }> = {
  province: { pattern: /^(\d{2})$/, described: 'settings.type.region.province' },
  regency: { pattern: /^(\d{2})\.(\d{2})$/, described: 'settings.type.region.regency' },
  district: { pattern: /^(\d{2})\.(\d{2})\.(\d{2})$/, described: 'settings.type.region.district' },
  village: { pattern: /^(\d{2})\.(\d{2})\.(\d{2})\.(\d{4})$/, described: 'settings.type.region.village' },
};

/** The environment variable name a secret is read from: upper case, so that a pasted secret is rarely mistaken for one. */
export const ENV_NAME = /^[A-Z_][A-Z0-9_]{0,127}$/;

/** The longest text a string setting takes. */
const MAX_TEXT = 2000;

const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** What a setting of this declaration takes, for messages and prompts. */
export function describeType(decl: SettingDeclaration): string {
  if (decl.secret) return t('settings.type.secret');
  switch (decl.type) {
    case 'string': return t('settings.type.string');
    case 'number': return t('settings.type.number');
    case 'boolean': return t('settings.type.boolean');
    case 'enum': return t('settings.type.enum', { values: (decl.values ?? []).join(', ') });
    case 'url': return t('settings.type.url');
    case 'email': return t('settings.type.email');
    case 'region': return t(REGION_FORMS[decl.level ?? 'regency'].described);
  }
}

function regionProblem(text: string, level: RegionLevel): string | null {
  const match = REGION_FORMS[level].pattern.exec(text);
  if (!match) return t('settings.problem.mustBe', { expected: describeType({ type: 'region', level }) });
  if (!PROVINCES.has(match[1])) return t('settings.problem.notProvince', { code: match[1] });
  if (match.slice(2).some((part) => /^0+$/.test(part))) return t('settings.problem.zeroPart');
  return null;
}

function urlProblem(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return t('settings.problem.url');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return t('settings.problem.urlProtocol', { protocol: url.protocol });
  if (url.username || url.password) return t('settings.problem.urlCredentials');
  return null;
}

function secretValue(value: unknown): Checked {
  let name: string | null = null;
  if (isEnvReference(value)) name = value.env;
  else if (typeof value === 'string' && value.startsWith('env:')) name = value.slice(4);
  if (name === null || !ENV_NAME.test(name)) {
    // The given text may be the secret itself: it is not repeated.
    return { ok: false, problem: t('settings.problem.secret') };
  }
  const reference: EnvReference = { env: name };
  return { ok: true, value: reference };
}

/** Checks a typed value (from JSON or YAML); a string for a number or boolean setting is read as text. */
export function checkValue(decl: SettingDeclaration, value: unknown): Checked {
  if (decl.secret) return secretValue(value);
  if (typeof value === 'string' && (decl.type === 'number' || decl.type === 'boolean')) return checkText(decl, value);
  const shown = typeof value === 'string' ? JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value) : JSON.stringify(value) ?? String(value);
  const wrong = (problem: string): Checked => ({ ok: false, problem: t('settings.problem.got', { problem, shown }) });
  const mustBe = () => t('settings.problem.mustBe', { expected: describeType(decl) });
  switch (decl.type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? { ok: true, value } : wrong(t('settings.problem.number'));
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : wrong(t('settings.problem.boolean'));
    default: {
      if (typeof value !== 'string') return wrong(mustBe());
      let problem: string | null = null;
      if (value.length === 0) problem = t('settings.problem.empty');
      else if (value.length > MAX_TEXT) problem = t('settings.problem.tooLong', { max: MAX_TEXT });
      // eslint-disable-next-line no-control-regex -- control characters are what it looks for
      else if (/[\u0000-\u001f\u007f]/.test(value)) problem = t('settings.problem.control');
      else if (decl.type === 'enum' && !(decl.values ?? []).includes(value)) problem = mustBe();
      else if (decl.type === 'url') problem = urlProblem(value);
      else if (decl.type === 'email' && (!EMAIL.test(value) || value.length > 254)) problem = mustBe();
      else if (decl.type === 'region') problem = regionProblem(value, decl.level ?? 'regency');
      return problem === null ? { ok: true, value } : wrong(problem);
    }
  }
}

/** Checks a value typed as text: `--set`, a prompt's answer, `gotong config set`. */
export function checkText(decl: SettingDeclaration, text: string): Checked {
  if (decl.secret) return secretValue(text);
  if (decl.type === 'number') {
    const trimmed = text.trim();
    const number = trimmed === '' ? Number.NaN : Number(trimmed);
    return Number.isFinite(number) && /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(trimmed) ? { ok: true, value: number } : { ok: false, problem: t('settings.problem.got', { problem: t('settings.problem.number'), shown: JSON.stringify(text) }) };
  }
  if (decl.type === 'boolean') {
    const word = text.trim().toLowerCase();
    if (['true', 'yes', 'ya', 'y', '1'].includes(word)) return { ok: true, value: true };
    if (['false', 'no', 'tidak', 'n', '0'].includes(word)) return { ok: true, value: false };
    return { ok: false, problem: t('settings.problem.got', { problem: t('settings.problem.boolean'), shown: JSON.stringify(text) }) };
  }
  return checkValue(decl, text);
}

/** The plain value a setting has for display: a secret shows where it is read from. */
export function showValue(value: StoredValue | SettingValue): string {
  return isEnvReference(value) ? `env:${value.env}` : String(value);
}
