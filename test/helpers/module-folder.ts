// Writes a module folder from a plain map of relative paths to contents (and,
// where given, file modes), for the packing tests.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

export type FolderSpec = Record<string, string | Buffer | { data: string | Buffer; mode: number }>;

export function writeFolder(dir: string, files: FolderSpec): string {
  for (const [rel, value] of Object.entries(files)) {
    const full = join(dir, ...rel.split('/'));
    mkdirSync(dirname(full), { recursive: true });
    if (typeof value === 'string' || Buffer.isBuffer(value)) writeFileSync(full, value);
    else {
      writeFileSync(full, value.data);
      chmodSync(full, value.mode);
    }
  }
  return dir;
}

/** A small module: a manifest, a README, one source file and one executable script. */
export const BASIC_MODULE: FolderSpec = {
  'gotong.json': '{"name":"@bandung/e-musrenbang","version":"2.1.0"}',
  'README.md': '# e-Musrenbang\n',
  'src/app.js': 'export const app = 1;\n',
  'bin/start.sh': { data: '#!/bin/sh\necho start\n', mode: 0o755 },
};

/**
 * Gives each test of the calling file a fresh temporary folder, removed after
 * it, and a writer of BASIC_MODULE plus `files` into a sub-folder of it.
 */
export function moduleFolderPerTest(prefix: string): { tmp: () => string; module: (files: FolderSpec, name?: string) => string } {
  let tmp = '';
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), prefix));
  });
  afterEach(() => {
    rmSync(tmp, { recursive: true, force: true });
  });
  return { tmp: () => tmp, module: (files, name = 'module') => writeFolder(join(tmp, name), { ...BASIC_MODULE, ...files }) };
}
