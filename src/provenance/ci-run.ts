// Which CI run published a version, read from the standard variables GitLab CI
// and GitHub Actions set in every job. Nothing here is a secret: the run's
// address is what a reviewer opens to see the job log.

export interface CiRun {
  system: 'gitlab-ci' | 'github-actions';
  runUrl: string;
}

/** An http(s) address without credentials, or null: the run URL is shown as a link. */
function webUrl(text: string): string | null {
  try {
    const url = new URL(text);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    url.username = '';
    url.password = '';
    return url.toString();
  } catch {
    return null;
  }
}

export function ciRunOf(env: NodeJS.ProcessEnv): CiRun | null {
  if (env.GITLAB_CI === 'true' && env.CI_JOB_URL) {
    const runUrl = webUrl(env.CI_JOB_URL);
    return runUrl ? { system: 'gitlab-ci', runUrl } : null;
  }
  if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) {
    const attempt = env.GITHUB_RUN_ATTEMPT ? `/attempts/${encodeURIComponent(env.GITHUB_RUN_ATTEMPT)}` : '';
    const runUrl = webUrl(`${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${encodeURIComponent(env.GITHUB_RUN_ID)}${attempt}`);
    return runUrl ? { system: 'github-actions', runUrl } : null;
  }
  return null;
}
