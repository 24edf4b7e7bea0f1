// Reading git's porcelain push report: contention is retried, a refusal is
// shown. The reports below are what git 2.39 printed for each case against a
// real bare repository (the integration tests run the real thing).
import { describe, expect, it } from 'vitest';
import { pushRefused, readPushReport, serverLines } from './push-report.js';

const atomicBehind = [
  'To git://127.0.0.1:9418/registry.git',
  '!\tHEAD:refs/heads/main\t[rejected] (fetch first)',
  '!\tHEAD:refs/heads/targets/bandung\t[rejected] (stale info)',
  'Done',
].join('\n');
// git adds this after an atomic push it did not send, although nothing was cut.
const atomicBehindStderr = 'error: atomic push failed for ref refs/heads/main. status: 5\n\nfatal: the remote end hung up unexpectedly\nerror: failed to push some refs\n';

describe('readPushReport', () => {
  it('takes a push that is behind, or a stale lease, for contention', () => {
    expect(readPushReport(atomicBehind, atomicBehindStderr)).toEqual({ kind: 'contended' });
    expect(readPushReport('To /srv/registry.git\n!\tHEAD:refs/heads/main\t[rejected] (non-fast-forward)\nDone\n', '')).toEqual({ kind: 'contended' });
  });

  it('takes a ref the server found moved under it for contention', () => {
    const stdout = 'To /srv/registry.git\n!\tabc:refs/heads/main\t[remote rejected] (failed to update ref)\n!\tdef:refs/heads/targets/bandung\t[remote rejected] (atomic push failure)\nDone\n';
    const stderr = "remote: error: cannot lock ref 'refs/heads/main': is at 1111 but expected 2222\n";
    expect(readPushReport(stdout, stderr)).toEqual({ kind: 'contended' });
  });

  it('takes a declined hook for a refusal, with the server\'s words', () => {
    const stdout = 'To /srv/registry.git\n!\tHEAD:refs/heads/main\t[remote rejected] (pre-receive hook declined)\n!\tHEAD:refs/heads/targets/x\t[remote rejected] (pre-receive hook declined)\nDone\n';
    const stderr = 'remote: GitLab: You are not allowed to push code to protected branches on this project.        \nerror: failed to push some refs\n';
    expect(readPushReport(stdout, stderr)).toEqual({
      kind: 'refused',
      refs: [
        { ref: 'refs/heads/main', reason: 'pre-receive hook declined' },
        { ref: 'refs/heads/targets/x', reason: 'pre-receive hook declined' },
      ],
      serverSays: ['GitLab: You are not allowed to push code to protected branches on this project.'],
    });
  });

  it('takes a failed ref update on a full disk for a refusal, not contention', () => {
    const stdout = 'To /srv/registry.git\n!\tabc:refs/heads/main\t[remote rejected] (failed to update ref)\nDone\n';
    const stderr = "remote: error: unable to write file refs/heads/main.lock: No space left on device\n";
    expect(readPushReport(stdout, stderr).kind).toBe('refused');
  });

  it('leaves a push without a per-ref verdict (a cut connection) to the transport check', () => {
    expect(readPushReport('', 'send-pack: unexpected disconnect while reading sideband packet\nfatal: the remote end hung up unexpectedly\n')).toEqual({ kind: 'failed' });
    expect(readPushReport('To /srv/r.git\n!\tHEAD:refs/heads/main\t[remote failure] (remote failed to report status)\nDone\n', '')).toEqual({ kind: 'failed' });
  });
});

describe('what the server says', () => {
  it('is shown without terminal escapes, control characters or credentials, and bounded', () => {
    const hostile = `remote: \x1b[2J\x1b[31mcabang main dilindungi\x1b[0m\x07\nremote: see https://ci:glpat-rahasia@git.jabar.go.id/help\n${'remote: spam\n'.repeat(100)}`;
    const lines = serverLines(hostile);
    expect(lines[0]).toBe('cabang main dilindungi');
    expect(lines[1]).toBe('see https://***@git.jabar.go.id/help');
    expect(lines.length).toBeLessThanOrEqual(20);
    expect([...lines.join('')].filter((c) => c < ' ' || c === '\x7f')).toEqual([]);
  });

  it('appears in the refusal\'s one-line message and details, with a hint naming the host\'s administrators', () => {
    const error = pushRefused('https://ci:token@git.jabar.go.id/gotong/registry.git', { kind: 'refused', refs: [{ ref: 'refs/heads/main', reason: 'pre-receive hook declined' }], serverSays: ['Cabang main dilindungi.', 'Hubungi admin Diskominfo.'] });
    expect(error.code).toBe('GOTONG_E_PUSH_REFUSED');
    expect(error.message).toBe('the registry host refused the push to https://***@git.jabar.go.id/gotong/registry.git (pre-receive hook declined): Cabang main dilindungi. Hubungi admin Diskominfo.');
    expect(error.message).not.toContain('\n');
    expect(error.hint).toMatch(/administrators/);
    expect(error.details).toEqual({ refs: [{ ref: 'refs/heads/main', reason: 'pre-receive hook declined' }], server: ['Cabang main dilindungi.', 'Hubungi admin Diskominfo.'] });
  });
});
