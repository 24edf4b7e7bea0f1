// The rules of a module's "settings" that its JSON Schema cannot say: an enum
// lists its values, a region names its level, a default fits the type, a
// secret has no default. schema.ts applies them to every gotong.json it reads.
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
      return { path: at(), problem: 'is an enum without "values"', hint: 'List the allowed values, e.g. "values": ["kota", "kabupaten"].' };
    }
    if (decl.type !== 'enum' && decl.values !== undefined) {
      return { path: at('values'), problem: `is only for an enum, and this setting is a ${decl.type}`, hint: 'Remove "values", or make the setting "type": "enum".' };
    }
    if (decl.type === 'region' && decl.level === undefined) {
      return { path: at(), problem: 'is a region code without "level"', hint: 'Add "level": "province" (61), "regency" (61.12), "district" (61.12.01) or "village" (61.12.01.2001).' };
    }
    if (decl.type !== 'region' && decl.level !== undefined) {
      return { path: at('level'), problem: `is only for a region code, and this setting is a ${decl.type}`, hint: 'Remove "level", or make the setting "type": "region".' };
    }
    if (decl.default !== undefined) {
      if (decl.secret) return { path: at('default'), problem: 'is a default for a secret', hint: 'A secret has no default: each city names the environment variable that holds its own.' };
      const checked = checkValue(decl, decl.default);
      if (!checked.ok || typeof checked.value !== typeof decl.default) return { path: at('default'), problem: checked.ok ? `must be a ${decl.type}` : checked.problem, hint: 'Give a default that fits the setting\'s type, or none.' };
    }
  }
  return null;
}
