// A source repository's address as it may be written into a signed index
// that every member reads: without a user name, password or token (CI
// systems put a job token in the clone URL's user part) and without a query
// or fragment, which can carry tokens too.

/** `https://gitlab-ci-token:SECRET@git.bandung.go.id/diskominfo/e-musrenbang.git` -> `https://git.bandung.go.id/diskominfo/e-musrenbang.git`. */
export function publicSourceUrl(url: string): string | null {
  const trimmed = url.trim();
  if (trimmed.length === 0) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
    let parsed: URL;
    try {
      parsed = new URL(trimmed);
    } catch {
      return null;
    }
    if (parsed.protocol === 'file:') return null;
    parsed.username = '';
    parsed.password = '';
    parsed.search = '';
    parsed.hash = '';
    return parsed.toString();
  }
  // scp-like `git@host:group/repo.git`: the user before @ names an account, not a secret, but a `user:password@` does.
  const scp = trimmed.match(/^(?:([^@:/\s]+)@)?([^@:/\s]+):(?!\/\/)([^\s@]+)$/);
  if (scp) return `${scp[1] ? `${scp[1]}@` : ''}${scp[2]}:${scp[3]}`;
  // A local path says nothing to another city.
  return null;
}
