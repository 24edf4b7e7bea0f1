// yank: a publisher pulls back one version. A yanked version stays in the
// registry, byte for byte, so that a lockfile pinning it still installs (with
// a warning); new resolutions skip it. Yanking is idempotent, and --undo
// brings the version back (docs/DECISIONS.md, "Yank and deprecate").
import { GotongError } from '../core/errors.js';
import { assertNote, indexVersions } from '../manifest/module-index.js';
import { assertVersion, parseModuleSpec } from '../manifest/names.js';
import type { IndexVersion, ModuleIndex } from '../manifest/types.js';
import { changeModuleIndex, type IndexChangeOptions, type IndexEdit } from './index-change.js';
import type { Proposal } from '../change/namespace-change.js';
import { t } from '../i18n/translate.js';

export type YankStatus = 'yanked' | 'already-yanked' | 'unyanked' | 'not-yanked';

export interface YankRequest {
  /** Bring the version back instead. */
  undo?: boolean;
  /** Why, for the people whose installs will warn; null: none given. */
  reason?: string | null;
}

export interface YankOptions extends IndexChangeOptions, YankRequest {
  /** `@namespace/name@version`: one exact version. */
  spec: string;
}

export interface YankResult {
  status: YankStatus;
  name: string;
  version: string;
  /** The reason the index now gives (null: none, or no longer yanked). */
  reason: string | null;
  dryRun: boolean;
  retries: number;
  /** The proposal pushed to a staged registry, else null: the change is on the registry once it is accepted. */
  proposal: Proposal | null;
}

/** The module and the one exact version a yank names. */
export function yankTarget(spec: string): { name: string; version: string } {
  const parsed = parseModuleSpec(spec);
  if (parsed.range === null) {
    throw new GotongError('GOTONG_E_USAGE', t('publish.yank.noVersion', { module: parsed.fullName }), {
      hint: t('publish.yank.noVersion.hint', { module: parsed.fullName }),
    });
  }
  return { name: parsed.fullName, version: assertVersion(parsed.range) };
}

function withoutYank(entry: IndexVersion): IndexVersion {
  const copy = { ...entry, yanked: false };
  delete copy.yankedReason;
  delete copy.yankedAt;
  return copy;
}

/**
 * The pure step: what the index becomes. A second yank is "already-yanked"
 * unless it gives another reason, which then replaces the first (the time of
 * the yank stays the first one's).
 */
export function planYank(index: ModuleIndex, version: string, request: YankRequest, now: Date): IndexEdit<{ status: YankStatus; reason: string | null }> {
  const entry = index.versions[version];
  if (!entry) {
    const published = indexVersions(index);
    throw new GotongError('GOTONG_E_NO_MATCHING_VERSION', t('publish.yank.neverPublished', { name: index.name, version }), {
      hint: published.length > 0 ? t('publish.yank.neverPublished.hint', { versions: published.join(', ') }) : t('publish.yank.neverPublished.none.hint'),
      details: { module: index.name, version, published },
    });
  }
  const edited = (next: IndexVersion): ModuleIndex => ({ ...index, versions: { ...index.versions, [version]: next } });
  if (request.undo) {
    if (!entry.yanked) return { index: null, result: { status: 'not-yanked', reason: null } };
    return { index: edited(withoutYank(entry)), result: { status: 'unyanked', reason: null } };
  }
  // i18n-exempt: a kind id the manifest or trust layer words in the user's language.
  const reason = request.reason?.trim() ? assertNote(request.reason.trim(), 'yank reason') : null;
  const current = entry.yanked ? entry.yankedReason ?? null : undefined;
  if (current !== undefined && (reason === null || reason === current)) return { index: null, result: { status: 'already-yanked', reason: current } };
  const next: IndexVersion = { ...withoutYank(entry), yanked: true, ...(reason === null ? {} : { yankedReason: reason }), yankedAt: entry.yanked && entry.yankedAt ? entry.yankedAt : now.toISOString() };
  return { index: edited(next), result: { status: 'yanked', reason } };
}

export async function yank(options: YankOptions): Promise<YankResult> {
  const { name, version } = yankTarget(options.spec);
  if (options.undo && options.reason) {
    throw new GotongError('GOTONG_E_USAGE', t('publish.yank.reasonWithUndo'), { hint: t('publish.yank.reasonWithUndo.hint') });
  }
  const now = options.now ?? new Date();
  // i18n-exempt: the registry commit message (registry content).
  const message = `${options.undo ? 'unyank' : 'yank'} ${name}@${version}`;
  const change = await changeModuleIndex(name, message, options, (index) => planYank(index, version, options, now));
  return { ...change.result, name, version, dryRun: options.dryRun ?? false, retries: change.retries, proposal: change.proposal };
}
