// deprecate: a publisher tells the users of some versions to move on. The
// versions still resolve and install; every install that places or keeps one
// warns with the message. An empty message takes the deprecation back, as
// `npm deprecate` does (docs/DECISIONS.md, "Yank and deprecate").
import semver from 'semver';
import { GotongError } from '../core/errors.js';
import { assertNote, indexVersions } from '../manifest/module-index.js';
import { parseModuleSpec } from '../manifest/names.js';
import type { IndexVersion, ModuleIndex } from '../manifest/types.js';
import { changeModuleIndex, type IndexChangeOptions, type IndexEdit } from './index-change.js';
import type { Proposal } from '../change/namespace-change.js';
import { t } from '../i18n/translate.js';

export type DeprecateStatus = 'deprecated' | 'undeprecated' | 'unchanged';

export interface DeprecateOptions extends IndexChangeOptions {
  /** `@namespace/name` (every version) or `@namespace/name@RANGE`. */
  spec: string;
  /** The message; an empty one (or only spaces) takes the deprecation back. */
  message: string;
}

export interface DeprecateResult {
  status: DeprecateStatus;
  name: string;
  range: string | null;
  /** The message the versions now carry; null when taken back. */
  message: string | null;
  /** The versions the range matched, oldest first. */
  matched: string[];
  /** Those whose message changed. */
  changed: string[];
  dryRun: boolean;
  retries: number;
  /** The proposal pushed to a staged registry, else null: the change is on the registry once it is accepted. */
  proposal: Proposal | null;
}

interface DeprecationPlan {
  matched: string[];
  changed: string[];
}

/** The pure step: every published version in `range` (pre-releases included) gets `message`, or loses its deprecation when it is null. */
export function planDeprecation(index: ModuleIndex, range: string | null, message: string | null): IndexEdit<DeprecationPlan> {
  const published = indexVersions(index);
  const matched = range === null ? published : published.filter((v) => semver.satisfies(v, range, { includePrerelease: true }));
  if (matched.length === 0) {
    throw new GotongError('GOTONG_E_NO_MATCHING_VERSION', t('publish.deprecate.noMatch', { module: index.name, range }), {
      hint: published.length > 0 ? t('publish.deprecate.noMatch.hint', { versions: published.join(', ') }) : t('publish.deprecate.noMatch.none.hint'),
      details: { module: index.name, range, published },
    });
  }
  const changed = matched.filter((v) => index.versions[v].deprecated !== message);
  if (changed.length === 0) return { index: null, result: { matched, changed } };
  const versions: Record<string, IndexVersion> = { ...index.versions };
  for (const v of changed) versions[v] = { ...versions[v], deprecated: message };
  return { index: { ...index, versions }, result: { matched, changed } };
}

export async function deprecate(options: DeprecateOptions): Promise<DeprecateResult> {
  const { fullName, range } = parseModuleSpec(options.spec);
  const text = options.message.trim();
  // i18n-exempt: a kind id the manifest or trust layer words in the user's language.
  const message = text === '' ? null : assertNote(text, 'deprecation message');
  // i18n-exempt: the registry commit message (registry content).
  const commit = `${message === null ? 'undeprecate' : 'deprecate'} ${fullName}${range === null ? '' : `@${range}`}`;
  const change = await changeModuleIndex(fullName, commit, options, (index) => planDeprecation(index, range, message));
  const { matched, changed } = change.result;
  const status: DeprecateStatus = changed.length === 0 ? 'unchanged' : message === null ? 'undeprecated' : 'deprecated';
  return { status, name: fullName, range, message, matched, changed, dryRun: options.dryRun ?? false, retries: change.retries, proposal: change.proposal };
}
