// How many attacks, archives, publishers, crashes and inputs the security
// tests try, for the table in docs/SECURITY.md. Each test file records its
// own count per category, with a number fixed by the file's own tables or
// settings, so that it does not depend on which tests a run filtered or skipped:
//
//   await recordCount('archives tried', HOSTILE_ARCHIVES.length);   // top level or afterAll
//
// The file is the calling test file (vitest knows it); pass `import.meta.url`
// as a third argument when calling from outside a test file's run.
// Counts are merged into docs/security-counts.json by (category, file): a file
// replaces only its own entry, so the result is the same whatever order
// parallel workers finish in. The file is rewritten only when a number
// changes. scripts/security-table.js (run by the vitest global teardown)
// renders the table from it.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { withLock, writeFileAtomic } from '../../src/core/fsx.js';

export const SECURITY_CATEGORIES = ['attacks tried', 'archives tried', 'publishers raced', 'crashes injected', 'inputs generated'] as const;
export type SecurityCategory = (typeof SECURITY_CATEGORIES)[number];

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const COUNTS_FILE = join(REPO, 'docs', 'security-counts.json');

type Counts = Record<string, Record<string, number>>;

function readCounts(): Counts {
  try {
    return JSON.parse(readFileSync(COUNTS_FILE, 'utf8')) as Counts;
  } catch {
    return {};
  }
}

function sortedCounts(counts: Counts): Counts {
  const out: Counts = {};
  for (const category of Object.keys(counts).sort()) {
    out[category] = {};
    for (const file of Object.keys(counts[category]).sort()) out[category][file] = counts[category][file];
  }
  return out;
}

/**
 * Records that the current test file (or the one at `fileUrl`) tries `n`
 * things of `category`. Call it once per file and category, with a number
 * fixed by the test's own tables or settings (never by timing or randomness).
 */
export async function recordCount(category: SecurityCategory, n: number, fileUrl?: string): Promise<void> {
  if (!SECURITY_CATEGORIES.includes(category)) throw new Error(`unknown security category "${category}"`);
  if (!Number.isInteger(n) || n < 0) throw new Error(`a security count must be a whole number, not ${n}`);
  const path = fileUrl ? fileURLToPath(fileUrl) : expect.getState().testPath;
  if (!path) throw new Error('recordCount needs import.meta.url when called outside a vitest test file');
  const file = relative(REPO, path).split('\\').join('/');
  await withLock(`${COUNTS_FILE}.lock`, { waitMs: 30_000, what: 'docs/security-counts.json' }, async () => {
    const counts = readCounts();
    if (counts[category]?.[file] === n) return;
    counts[category] = { ...counts[category], [file]: n };
    await writeFileAtomic(COUNTS_FILE, JSON.stringify(sortedCounts(counts), null, 2) + '\n');
  });
}
