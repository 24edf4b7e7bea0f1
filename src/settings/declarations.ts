// The rules of a module's "settings" that its JSON Schema cannot say: an enum
// lists its values, a region names its level, a default fits the type, a
// secret has no default. schema.ts applies them to every gotong.json it reads.
import { t } from '../i18n/translate.js';
import { checkValue } from './check-value.js';
import type { SettingDeclarations } from './types.js';

export interface DeclarationProblem {
  path: (string | number)[];
  problem: string;
  hint?: string;
}

export function declarationProblem(settings: SettingDeclarations | undefined): DeclarationProblem | null {
  for (const [key, decl] of Object.entries(settings ?? {})) {
    const at = (field?: string) => (field === undefined ? ['settings', key] : ['settings', key, field]);
    if (decl.type === 'enum' && (decl.values === undefined || decl.values.length === 0)) {
      return { path: at(), problem: t('settings.declaration.enumValues'), hint: t('settings.declaration.enumValues.hint') };
    }
    if (decl.type !== 'enum' && decl.values !== undefined) {
      return { path: at('values'), problem: t('settings.declaration.valuesNotEnum', { type: decl.type }), hint: t('settings.declaration.valuesNotEnum.hint') };
    }
    if (decl.type === 'region' && decl.level === undefined) {
      return { path: at(), problem: t('settings.declaration.regionLevel'), hint: t('settings.declaration.regionLevel.hint') };
    }
    if (decl.type !== 'region' && decl.level !== undefined) {
      return { path: at('level'), problem: t('settings.declaration.levelNotRegion', { type: decl.type }), hint: t('settings.declaration.levelNotRegion.hint') };
    }
    if (decl.default !== undefined) {
      if (decl.secret) return { path: at('default'), problem: t('settings.declaration.secretDefault'), hint: t('settings.declaration.secretDefault.hint') };
      const checked = checkValue(decl, decl.default);
      if (!checked.ok || typeof checked.value !== typeof decl.default) return { path: at('default'), problem: checked.ok ? t('settings.declaration.defaultType', { type: decl.type }) : checked.problem, hint: t('settings.declaration.defaultType.hint') };
    }
  }
  return null;
}
