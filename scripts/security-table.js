#!/usr/bin/env node
// Rewrites the table of security test counts in docs/SECURITY.md, between
// <!-- counts:start --> and <!-- counts:end -->, from docs/security-counts.json
// (written by test/helpers/security-counts.ts as the tests load). Entries of
// test files that no longer exist are dropped. The output depends only on the
// counts, never on the time or the order tests ran in, and files are written
// only when their text changes, so a CI run that changes nothing leaves no diff.
//
//   node scripts/security-table.js          rewrite the table
//   node scripts/security-table.js --check  exit 1 if the table is out of date
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- counts:start -->';
const END = '<!-- counts:end -->';

/** Row order and wording; the keys are the categories test files record. */
const CATEGORIES = [
  ['attacks tried', 'TUF attacks tried against a real signed git registry'],
  ['archives tried', 'Hostile archives tried against extraction'],
  ['publishers raced', 'Publishers racing into one registry'],
  ['crashes injected', 'Crashes injected (SIGKILL during install and publish)'],
  ['inputs generated', 'Generated inputs for the parsers (property tests)'],
];

function readCounts(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
}

export function renderTable(counts) {
  const lines = ['| What the tests do | Count | Test files |', '|---|---:|---|'];
  for (const [category, label] of CATEGORIES) {
    const files = Object.entries(counts[category] ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (files.length === 0) {
      lines.push(`| ${label} | – | not recorded yet |`);
      continue;
    }
    const total = files.reduce((sum, [, n]) => sum + n, 0);
    lines.push(`| ${label} | ${total} | ${files.map(([file, n]) => `\`${file}\` (${n})`).join(', ')} |`);
  }
  return lines.join('\n');
}

function writeIfChanged(file, text) {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return false;
  writeFileSync(file, text);
  return true;
}

/** Updates the counts file and the table; returns whether SECURITY.md is (or, with check, would be) changed. */
export function updateSecurityTable({ root = REPO, check = false } = {}) {
  const countsFile = join(root, 'docs', 'security-counts.json');
  const docFile = join(root, 'docs', 'SECURITY.md');
  const counts = readCounts(countsFile);
  const kept = {};
  for (const category of Object.keys(counts).sort()) {
    const files = Object.keys(counts[category]).filter((file) => existsSync(join(root, file))).sort();
    if (files.length > 0) kept[category] = Object.fromEntries(files.map((file) => [file, counts[category][file]]));
  }
  if (!check && Object.keys(counts).length > 0) writeIfChanged(countsFile, JSON.stringify(kept, null, 2) + '\n');
  if (!existsSync(docFile)) return false;
  const doc = readFileSync(docFile, 'utf8');
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${docFile} has no ${START} ... ${END} markers`);
  const next = `${doc.slice(0, start + START.length)}\n${renderTable(kept)}\n${doc.slice(end)}`;
  if (check) return next !== doc;
  return writeIfChanged(docFile, next);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const check = process.argv.includes('--check');
  const changed = updateSecurityTable({ check });
  if (check && changed) {
    console.error('docs/SECURITY.md: the security test counts are out of date; run `node scripts/security-table.js`.');
    process.exit(1);
  }
  if (!check) console.log(changed ? 'docs/SECURITY.md: counts table updated' : 'docs/SECURITY.md: counts table already up to date');
}
