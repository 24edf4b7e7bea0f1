// What a failed `git push --porcelain` says happened, read from git's report
// rather than guessed from free text: one line per ref, "<flag>\t<from>:<to>\t
// <summary> (<reason>)", and the server's own words on "remote: " lines.
//
// Two failures must not be confused. Someone else moved a ref first (the push
// is behind, a lease is stale, the server found a ref moved under it): the
// publish rebuilds from a fresh fetch and tries again. The server said no for
// a reason of its own (a hook, branch protection, a full disk, permissions):
// trying again cannot help, so the user sees the server's message at once.
import { GotongError } from '../core/errors.js';
import { t } from '../i18n/translate.js';
import { redactUrl } from './redact.js';

export interface RefusedRef {
  ref: string;
  reason: string;
}

export type PushVerdict =
  /** Another writer moved a ref first. */
  | { kind: 'contended' }
  /** The server refused the push for a reason of its own. */
  | { kind: 'refused'; refs: RefusedRef[]; serverSays: string[] }
  /** No ref was judged: the push failed before (transport, a local fault), or its end is unknown. */
  | { kind: 'failed' };

// A ref the server found moved under it while updating ("cannot lock ref …
// is at X but expected Y"), and what --atomic reports for the other refs of
// such a push.
const MOVED_UNDER_IT = /failed to update ref|failed to lock|cannot lock ref|incorrect old value|atomic push fail|atomic transaction failed|transaction failed to start/i;
// Trouble of the host itself, which can also end in "failed to update ref".
const HOST_TROUBLE = /No space left|unable to write|Disk quota|insufficient permission|Permission denied|Read-only file system|Cannot allocate memory|out of memory/i;

// A terminal escape sequence (CSI), and any other control character left after them.
// eslint-disable-next-line no-control-regex
const TERMINAL_ESCAPE = /\x1b\[[0-9;?]*[ -/]*[@-~]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x1f\x7f-\x9f]/g;

const PORCELAIN_REF = /^([ +\-*=!])\t([^\t]*)\t\[([^\]]+)\](?: \((.*)\))?$/;
const MAX_SERVER_LINES = 20;
const MAX_LINE = 300;

/**
 * The server's own lines, safe to show: the registry host may be hostile, so
 * terminal escape sequences and other control characters are removed,
 * credentials in URLs are stripped, and the amount is bounded.
 */
export function serverLines(stderr: string): string[] {
  return stderr
    .split(/\r?\n|\r/)
    .filter((line) => line.startsWith('remote: '))
    .map((line) =>
      redactUrl(
        line
          .slice('remote: '.length)
          .replace(TERMINAL_ESCAPE, '')
          .replace(CONTROL, '')
          .trim(),
      ).slice(0, MAX_LINE),
    )
    .filter((line) => line.length > 0)
    .slice(0, MAX_SERVER_LINES);
}

export function readPushReport(stdout: string, stderr: string): PushVerdict {
  const failed = stdout
    .split('\n')
    .map((line) => PORCELAIN_REF.exec(line))
    .filter((match): match is RegExpExecArray => match !== null && match[1] === '!')
    .map((match) => ({ ref: match[2].split(':').pop() ?? match[2], status: match[3], reason: match[4] ?? '' }));
  if (failed.length === 0) return { kind: 'failed' };
  const serverSays = serverLines(stderr);
  const hostTrouble = serverSays.some((line) => HOST_TROUBLE.test(line));
  const refused = failed.filter((r) => r.status === 'remote rejected' && (hostTrouble || !MOVED_UNDER_IT.test(r.reason)));
  if (refused.length > 0) return { kind: 'refused', refs: refused.map(({ ref, reason }) => ({ ref, reason })), serverSays };
  // "[rejected]" is git's own judgement before sending: non-fast-forward, fetch first, stale info.
  if (failed.every((r) => r.status === 'rejected' || r.status === 'remote rejected')) return { kind: 'contended' };
  return { kind: 'failed' };
}

/** The error for a push the registry host refused: its reasons and its own words, and whom to ask. */
export function pushRefused(url: string, verdict: Extract<PushVerdict, { kind: 'refused' }>): GotongError {
  // git's own reasons ("pre-receive hook declined"), as the host gave them.
  const reasons = [...new Set(verdict.refs.map((r) => r.reason).filter(Boolean))].join(', ') || t('registry.push.refusedReason');
  const words = verdict.serverSays.join(' ');
  const values = { url: redactUrl(url), reasons, words: words.slice(0, 500) };
  return new GotongError('GOTONG_E_PUSH_REFUSED', words ? t('registry.push.refusedSays', values) : t('registry.push.refused', values), {
    hint: t('registry.push.refused.hint'),
    details: { refs: verdict.refs, server: verdict.serverSays },
  });
}
