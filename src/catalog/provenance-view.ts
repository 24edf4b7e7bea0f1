// What a version's history row shows of its provenance (manifest/types.ts
// VersionProvenance: the source repository and commit, whether the tree
// differed from it, the CI run). The index is written and signed by a member,
// so every field is read as untrusted: values are coerced to text and cut,
// a commit becomes a link only when it is a plain commit id in a repository
// at an http(s) address on a host whose commit pages we know the form of, and
// a CI run only when its address is http(s). Anything else is shown as text.
import { webUrl, withoutCredentials } from './urls.js';

const MAX_TEXT = 300;
/** A git commit id: SHA-1 (40) or SHA-256 (64) hex; shorter abbreviations are accepted from 7. */
const COMMIT_ID = /^[0-9a-f]{7,64}$/i;

export interface SourceView {
  /** The repository address as recorded, without any user name or password (text); '' when none was recorded. */
  repository: string;
  /** The commit as recorded (text). */
  commit: string;
  /** The module folder in the repository, '' for its root. */
  path: string;
  dirty: boolean;
  /** The commit's page at the repository's host, when it can be built safely; else null. */
  commitUrl: string | null;
}

export interface CiRunView {
  /** `gitlab-ci`, `github-actions` or what the index says (text). */
  system: string;
  /** The run's address when it is an absolute http(s) URL; else null and `runText` holds what was given. */
  runUrl: string | null;
  runText: string;
}

export interface ProvenanceView {
  source: SourceView | null;
  ci: CiRunView | null;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim().slice(0, MAX_TEXT) : '';
}

type Forge = 'gitlab' | 'github';

/** The hosts whose commit page address we know: GitHub, and GitLab (gitlab.com or a host with a `gitlab` label). */
function forgeOf(hostname: string): Forge | null {
  const host = hostname.toLowerCase();
  if (host === 'github.com' || host === 'www.github.com') return 'github';
  if (host.split('.').includes('gitlab')) return 'gitlab';
  return null;
}

/**
 * The address of `commit` in `repository`: GitLab's `<project>/-/commit/<sha>`
 * or GitHub's `<owner>/<repo>/commit/<sha>`. Null unless the repository is an
 * absolute http(s) address without credentials on a known host naming a
 * project (at least two path segments), and the commit is a plain commit id.
 */
export function commitUrl(repository: string, commit: string): string | null {
  if (!COMMIT_ID.test(commit)) return null;
  const href = webUrl(repository);
  if (!href) return null;
  const url = new URL(href);
  const forge = forgeOf(url.hostname);
  if (!forge) return null;
  const segments = url.pathname.split('/').filter((s) => s !== '');
  if (segments.length > 0) segments[segments.length - 1] = segments[segments.length - 1].replace(/\.git$/i, '');
  if (segments.length < 2 || segments.some((s) => s === '' || s === '-' || s === '.' || s === '..')) return null;
  if (forge === 'github' && segments.length !== 2) return null;
  const project = segments.join('/');
  const tail = forge === 'gitlab' ? `/-/commit/${commit.toLowerCase()}` : `/commit/${commit.toLowerCase()}`;
  return `${url.protocol}//${url.host}/${project}${tail}`;
}

/** The provenance of one version as the history shows it; null when the index entry has none. */
export function provenanceView(value: unknown): ProvenanceView | null {
  if (!value || typeof value !== 'object') return null;
  const p = value as { source?: unknown; ci?: unknown };
  let source: SourceView | null = null;
  if (p.source && typeof p.source === 'object') {
    const s = p.source as Record<string, unknown>;
    const repository = text(s.repository);
    const commit = text(s.commit);
    const path = text(s.path);
    if (commit !== '' || repository !== '') {
      source = { repository: withoutCredentials(repository), commit, path: path === '.' ? '' : path, dirty: s.dirty === true, commitUrl: commitUrl(repository, commit) };
    }
  }
  let ci: CiRunView | null = null;
  if (p.ci && typeof p.ci === 'object') {
    const c = p.ci as Record<string, unknown>;
    const runText = text(c.runUrl);
    if (runText !== '') ci = { system: text(c.system), runUrl: webUrl(runText), runText };
  }
  return source || ci ? { source, ci } : null;
}
