// `gotong init --setting KEY:TYPE[:required][:secret][:default=VALUE]`: one
// setting a module declares, written on the command line. TYPE is string,
// number, boolean, url, email, enum=A,B,C or region=LEVEL. `default=` comes
// last and takes the rest, so a URL's colons stay in it. Descriptions are
// asked on a terminal or written in gotong.json afterwards (README, "gotong init").
import { GotongError } from '../core/errors.js';
import { quote } from '../manifest/names.js';
import { checkText } from '../settings/check-value.js';
import { REGION_LEVELS, SETTING_TYPES, type RegionLevel, type SettingDeclaration, type SettingType } from '../settings/types.js';

export const SETTING_KEY = /^[a-z][a-z0-9_]{0,63}$/;

const EXAMPLE = 'e.g. --setting city_name:string:required, --setting region_code:region=regency:required, --setting theme:enum=terang,gelap:default=terang or --setting client_secret:string:required:secret';

function refused(spec: string, problem: string): GotongError {
  return new GotongError('GOTONG_E_USAGE', `--setting ${quote(spec)} ${problem}`, { hint: `Write KEY:TYPE[:required][:secret][:default=VALUE], ${EXAMPLE}.` });
}

/** The type part: `enum=A,B`, `region=LEVEL` or a plain type name. */
function typePart(spec: string, part: string): Pick<SettingDeclaration, 'type' | 'values' | 'level'> {
  const [type, argument] = part.includes('=') ? [part.slice(0, part.indexOf('=')), part.slice(part.indexOf('=') + 1)] : [part, undefined];
  if (!(SETTING_TYPES as readonly string[]).includes(type)) throw refused(spec, `has the type ${quote(type)}, which is not one of ${SETTING_TYPES.join(', ')}`);
  if (type === 'enum') {
    const values = (argument ?? '').split(',').map((v) => v.trim()).filter((v) => v !== '');
    if (values.length === 0) throw refused(spec, 'is an enum without its values (enum=kota,kabupaten)');
    return { type, values: [...new Set(values)] };
  }
  if (type === 'region') {
    if (!(REGION_LEVELS as readonly string[]).includes(argument ?? '')) throw refused(spec, `is a region code without a level: write region=${REGION_LEVELS.join(', region=')}`);
    return { type, level: argument as RegionLevel };
  }
  if (argument !== undefined) throw refused(spec, `gives ${type} a value after "=", which only enum and region take`);
  return { type: type as SettingType };
}

export function parseSettingSpec(spec: string): { key: string; declaration: SettingDeclaration } {
  const defaultAt = spec.indexOf(':default=');
  const head = defaultAt === -1 ? spec : spec.slice(0, defaultAt);
  const defaultText = defaultAt === -1 ? undefined : spec.slice(defaultAt + ':default='.length);
  const [key, type, ...marks] = head.split(':');
  if (!SETTING_KEY.test(key ?? '')) throw refused(spec, `has the key ${quote(key ?? '')}: a key is lowercase letters, digits and underscores, starting with a letter (city_name)`);
  if (type === undefined || type === '') throw refused(spec, 'names no type');
  const declaration: SettingDeclaration = typePart(spec, type);
  for (const mark of marks) {
    if (mark === 'required') declaration.required = true;
    else if (mark === 'secret') declaration.secret = true;
    else throw refused(spec, `has ${quote(mark)}, which is none of required, secret or default=VALUE`);
  }
  if (defaultText !== undefined) {
    if (declaration.secret) throw refused(spec, 'gives a secret a default: each city names the environment variable that holds its own');
    const checked = checkText(declaration, defaultText);
    if (!checked.ok || typeof checked.value === 'object') throw refused(spec, `has a default that ${checked.ok ? 'is not a plain value' : checked.problem}`);
    declaration.default = checked.value;
  }
  return { key, declaration };
}
