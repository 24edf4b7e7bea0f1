#!/usr/bin/env node
// Writes docs/ERRORS.md from the code table in src/core/errors.ts (via dist/).
// test/docs.test.ts fails when the committed file differs from this output.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const { ERROR_CODES, EXIT, WARNING_CODES } = await import(join(repo, 'dist', 'core', 'errors.js'));

export function renderErrorsDoc() {
  const exitNames = Object.fromEntries(Object.entries(EXIT).map(([name, code]) => [code, name]));
  const lines = [
    '# Error codes and exit codes',
    '',
    'Every error gotong reports has a stable code (never renamed, never reused), a one-line message and a hint.',
    'With `--json` the error is printed on stdout as `{"jsonVersion": 1, "ok": false, "error": {"code", "message", "hint"}}`.',
    'A stack trace appears only with `--verbose`. This file is generated from `src/core/errors.ts` by `node scripts/errors-doc.js`.',
    '',
    '## Exit codes',
    '',
    '| exit code | meaning |',
    '|---|---|',
    '| 0 | success |',
    '| 1 | the command failed because of its input or the workspace (see the code) |',
    '| 2 | usage: unknown flag, missing argument, or a question that needs a terminal |',
    '| 3 | security: verification refused something (signatures, hashes, expiry, rollback, unsafe archive) |',
    '| 4 | the registry could not be reached |',
    '| 5 | `gotong verify` found installed files that differ from what was installed |',
    '| 70 | a bug in gotong |',
    '',
    '## Codes',
    '',
    '| code | exit | when |',
    '|---|---|---|',
    ...Object.entries(ERROR_CODES).map(([code, info]) => `| \`${code}\` | ${info.exit} (${exitNames[info.exit]}) | ${info.summary} |`),
    '',
    '## Warnings',
    '',
    'Warnings are printed on stderr (as JSON lines under `--json`) and never change the exit code.',
    '',
    '| code | when |',
    '|---|---|',
    ...Object.entries(WARNING_CODES).map(([code, summary]) => `| \`${code}\` | ${summary} |`),
    '',
  ];
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(join(repo, 'docs', 'ERRORS.md'), renderErrorsDoc());
}
