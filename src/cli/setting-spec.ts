// `gotong init --setting KEY:TYPE[:required][:secret][:default=VALUE]`: one
// setting a module declares, written on the command line. TYPE is string,
// number, boolean, url, email, enum=A,B,C or region=LEVEL. `default=` comes
// last and takes the rest, so a URL's colons stay in it. Descriptions are
// asked on a terminal or written in gotong.json afterwards (README, "gotong init").
import { GotongError } from '../core/errors.js';
import { quote } from '../manifest/names.js';
import { checkText } from '../settings/check-value.js';
import { REGION_LEVELS, SETTING_TYPES, type RegionLevel, type SettingDeclaration, type SettingType } from '../settings/types.js';
import { t, type MessageValues } from '../i18n/translate.js';
import type { MessageKey } from '../i18n/messages/index.js';

export const SETTING_KEY = /^[a-z][a-z0-9_]{0,63}$/;

/** A refused --setting: `problem` is the message, which names the spec as written. */
function refused(spec: string, problem: MessageKey, values: MessageValues = {}): GotongError {
  return new GotongError('GOTONG_E_USAGE', t(problem, { ...values, spec: quote(spec) }), { hint: t('cli.settingSpec.hint') });
}

/** The type part: `enum=A,B`, `region=LEVEL` or a plain type name. */
function typePart(spec: string, part: string): Pick<SettingDeclaration, 'type' | 'values' | 'level'> {
  const [type, argument] = part.includes('=') ? [part.slice(0, part.indexOf('=')), part.slice(part.indexOf('=') + 1)] : [part, undefined];
  if (!(SETTING_TYPES as readonly string[]).includes(type)) throw refused(spec, 'cli.settingSpec.unknownType', { type: quote(type), types: SETTING_TYPES.join(', ') });
  if (type === 'enum') {
    const values = (argument ?? '').split(',').map((v) => v.trim()).filter((v) => v !== '');
    if (values.length === 0) throw refused(spec, 'cli.settingSpec.enumWithoutValues');
    return { type, values: [...new Set(values)] };
  }
  if (type === 'region') {
    if (!(REGION_LEVELS as readonly string[]).includes(argument ?? '')) throw refused(spec, 'cli.settingSpec.regionWithoutLevel', { choices: REGION_LEVELS.map((level) => `region=${level}`).join(', ') });
    return { type, level: argument as RegionLevel };
  }
  if (argument !== undefined) throw refused(spec, 'cli.settingSpec.valueForPlainType', { type });
  return { type: type as SettingType };
}

export function parseSettingSpec(spec: string): { key: string; declaration: SettingDeclaration } {
  const defaultAt = spec.indexOf(':default=');
  const head = defaultAt === -1 ? spec : spec.slice(0, defaultAt);
  const defaultText = defaultAt === -1 ? undefined : spec.slice(defaultAt + ':default='.length);
  const [key, type, ...marks] = head.split(':');
  if (!SETTING_KEY.test(key ?? '')) throw refused(spec, 'cli.settingSpec.badKey', { key: quote(key ?? '') });
  if (type === undefined || type === '') throw refused(spec, 'cli.settingSpec.noType');
  const declaration: SettingDeclaration = typePart(spec, type);
  for (const mark of marks) {
    if (mark === 'required') declaration.required = true;
    else if (mark === 'secret') declaration.secret = true;
    else throw refused(spec, 'cli.settingSpec.unknownMark', { mark: quote(mark) });
  }
  if (defaultText !== undefined) {
    if (declaration.secret) throw refused(spec, 'cli.settingSpec.secretDefault');
    const checked = checkText(declaration, defaultText);
    if (!checked.ok) throw refused(spec, 'cli.settingSpec.badDefault', { problem: checked.problem });
    if (typeof checked.value === 'object') throw refused(spec, 'cli.settingSpec.defaultNotPlain');
    declaration.default = checked.value;
  }
  return { key, declaration };
}
