// What an install says about the versions it leaves in place: a yanked one
// (kept only because the lockfile pins it) and a deprecated one each warn,
// once per module, with the publisher's own words. The words come from
// another organisation, so the human line quotes them with every control
// character escaped; the JSON field carries them as they are.
import type { Reporter } from '../core/reporter.js';
import { t } from '../i18n/translate.js';
import { quote } from '../manifest/names.js';
import type { IndexVersion } from '../manifest/types.js';

export interface VersionWarning {
  code: 'GOTONG_W_VERSION_YANKED' | 'GOTONG_W_VERSION_DEPRECATED';
  module: string;
  version: string;
  /** The yank reason or the deprecation message; null for a yank without a reason. */
  reason: string | null;
  message: string;
}

type VersionState = Pick<IndexVersion, 'yanked' | 'yankedReason' | 'deprecated'>;

/** One warning per module, a yank before a deprecation (a yanked version's users must act first); in name order. */
export function versionWarnings(modules: Iterable<{ name: string; version: string; entry: VersionState }>): VersionWarning[] {
  const warnings: VersionWarning[] = [];
  for (const { name, version, entry } of modules) {
    if (entry.yanked) {
      const reason = typeof entry.yankedReason === 'string' ? entry.yankedReason : null;
      const message = reason === null ? t('install.warn.yankedNoReason', { name, version }) : t('install.warn.yanked', { name, version, reason: quote(reason, 300) });
      warnings.push({ code: 'GOTONG_W_VERSION_YANKED', module: name, version, reason, message });
    } else if (typeof entry.deprecated === 'string') {
      const message = t('install.warn.deprecated', { name, version, message: quote(entry.deprecated, 300) });
      warnings.push({ code: 'GOTONG_W_VERSION_DEPRECATED', module: name, version, reason: entry.deprecated, message });
    }
  }
  return warnings.sort((a, b) => (a.module < b.module ? -1 : a.module > b.module ? 1 : 0));
}

export function reportVersionWarnings(reporter: Reporter, warnings: VersionWarning[]): void {
  for (const warning of warnings) {
    reporter.emit({
      type: 'warn',
      code: warning.code,
      message: warning.message,
      hint: warning.code === 'GOTONG_W_VERSION_YANKED' ? t('install.warn.yanked.hint', { name: warning.module }) : t('install.warn.deprecated.hint'),
    });
  }
}
