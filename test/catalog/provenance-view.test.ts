// What of a version's recorded provenance the history may link: commit pages
// only on hosts whose address form is known, built from a plain commit id and
// an http(s) repository; CI runs only at http(s) addresses.
import { describe, expect, it } from 'vitest';
import { commitUrl, provenanceView } from '../../src/catalog/provenance-view.js';

const SHA = '3f2a9c1d0b8e7f6a5c4d3e2f1a0b9c8d7e6f5a4b';

describe('commitUrl', () => {
  it('builds the commit page on GitLab (any gitlab host) and GitHub', () => {
    expect(commitUrl('https://gitlab.bandung.go.id/diskominfo/e-musrenbang.git', SHA)).toBe(`https://gitlab.bandung.go.id/diskominfo/e-musrenbang/-/commit/${SHA}`);
    expect(commitUrl('https://gitlab.com/kuburaya/sub/grup/portal-layanan', SHA.toUpperCase())).toBe(`https://gitlab.com/kuburaya/sub/grup/portal-layanan/-/commit/${SHA}`);
    expect(commitUrl('http://gitlab.internal.kuburayakab.go.id:8080/diskominfo/sipd/', SHA)).toBe(`http://gitlab.internal.kuburayakab.go.id:8080/diskominfo/sipd/-/commit/${SHA}`);
    expect(commitUrl('https://github.com/pemkot-bandung/e-musrenbang.git', SHA)).toBe(`https://github.com/pemkot-bandung/e-musrenbang/commit/${SHA}`);
  });

  it('links nothing it cannot build safely', () => {
    for (const repository of [
      'javascript:alert(1)', 'JaVaScRiPt:alert(1)//gitlab.com/a/b', 'data:text/html,x', 'git+ssh://git@gitlab.bandung.go.id/diskominfo/x.git',
      'git@github.com:pemkot-bandung/x.git', '//gitlab.com/a/b', 'https://user:token@gitlab.com/a/b', 'https://git.bandung.go.id/diskominfo/x',
      'https://gitlab.com/only-one', 'https://github.com/a/b/c', 'https://gitlab.com/a/../b', '',
    ]) {
      expect(commitUrl(repository, SHA), repository).toBeNull();
    }
    for (const commit of ['', 'HEAD', 'main', '3f2a9c', `${SHA}"><b>`, `../${SHA}`, 'g'.repeat(40)]) {
      expect(commitUrl('https://gitlab.com/a/b', commit), commit).toBeNull();
    }
  });
});

describe('provenanceView', () => {
  it('keeps what the index recorded as text and links only http(s) CI runs', () => {
    const view = provenanceView({
      source: { repository: 'https://ci:secret@gitlab.com/a/b', commit: SHA, path: '.', dirty: true },
      ci: { system: 'gitlab-ci', runUrl: 'javascript:alert("run")' },
    });
    expect(view).toEqual({
      source: { repository: 'https://gitlab.com/a/b', commit: SHA, path: '', dirty: true, commitUrl: null },
      ci: { system: 'gitlab-ci', runUrl: null, runText: 'javascript:alert("run")' },
    });
    expect(provenanceView({ ci: { system: 'github-actions', runUrl: 'https://github.com/a/b/actions/runs/1' } })?.ci?.runUrl).toBe('https://github.com/a/b/actions/runs/1');
  });

  it('treats odd values as absent rather than failing', () => {
    expect(provenanceView(undefined)).toBeNull();
    expect(provenanceView('x')).toBeNull();
    expect(provenanceView({ source: { repository: 7, commit: null }, ci: { runUrl: {} } })).toBeNull();
    expect(provenanceView({ source: { commit: 'a'.repeat(5000) } })?.source?.commit).toHaveLength(300);
    expect(provenanceView({ source: { commit: SHA, dirty: 'yes' } })?.source?.dirty).toBe(false);
  });
});
