// The flags of `gotong init` as a draft of its answers: a publiccode.yml's
// fields first (--from-publiccode), each flag over them, each checked as it
// is read so that a wrong one is named by its flag. The wizard asks with the
// draft as its defaults; without a terminal the draft is the answer.
import { GotongError } from '../core/errors.js';
import type { PubliccodeInitFields } from '../publiccode/to-manifest.js';
import { assertCategory, assertLicence, assertModuleKind } from '../publish/init-module.js';
import type { SettingDeclarations } from '../settings/types.js';
import type { CommonFlags } from './context.js';
import type { InitDraft } from './init-wizard.js';
import { parseSettingSpec } from './setting-spec.js';
import { t } from '../i18n/translate.js';

export interface InitFlags extends CommonFlags {
  yes?: boolean;
  name?: string;
  version?: string;
  description?: string;
  descriptionId?: string;
  descriptionEn?: string;
  type?: string;
  license?: string;
  category?: string;
  setting?: string[];
  fromPubliccode?: string;
}

export function settingsFromFlags(specs: readonly string[]): SettingDeclarations {
  const settings: SettingDeclarations = {};
  for (const spec of specs) {
    const { key, declaration } = parseSettingSpec(spec);
    if (key in settings) throw new GotongError('GOTONG_E_USAGE', t('cli.settingSpec.twice', { key }), { hint: t('cli.settingSpec.twice.hint') });
    settings[key] = declaration;
  }
  return settings;
}

export function initDraft(flags: InitFlags, fields: PubliccodeInitFields | null, suggestedName: string | undefined): InitDraft {
  const { softwareName: _softwareName, ...publiccode }: PubliccodeInitFields = fields ?? { softwareName: '', description: {} };
  return {
    ...publiccode,
    name: flags.name ?? suggestedName,
    version: flags.version ?? publiccode.version ?? '0.1.0',
    description: { id: flags.descriptionId ?? flags.description ?? publiccode.description.id, en: flags.descriptionEn ?? publiccode.description.en },
    ...(flags.type !== undefined ? { type: assertModuleKind(flags.type) } : {}),
    ...(flags.license !== undefined ? { license: assertLicence(flags.license) } : {}),
    ...(flags.category !== undefined ? { category: assertCategory(flags.category) } : {}),
    settings: settingsFromFlags(flags.setting ?? []),
  };
}
