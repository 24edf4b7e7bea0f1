// The layers' arrows point one way: transports (src/registry/) know no
// signatures and no use-case, and verification (src/trust/) knows no
// transport, reading through its own interface (trust/registry-reader.ts);
// reading verified targets (src/verified/) sits below install, info, search
// and the catalog; administration and publishing sit above both and share
// src/change/ below them. Inside src/registry/, running git (git.ts) sits
// below the branch layout (namespaces.ts). And no two files import each
// other, anywhere.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/** The src/ folders each non-test file of `folder` imports from. */
function importedFolders(folder: string): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const name of readdirSync(join(SRC, folder))) {
    if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
    const text = readFileSync(join(SRC, folder, name), 'utf8');
    for (const match of text.matchAll(/(?:from\s*|import\s*\(\s*)'\.\.\/([a-z-]+)\//g)) {
      if (!found.has(match[1])) found.set(match[1], new Set());
      found.get(match[1])!.add(name);
    }
  }
  return found;
}

function offenders(folder: string, forbidden: string[]): string[] {
  const imports = importedFolders(folder);
  return forbidden.flatMap((f) => [...(imports.get(f) ?? [])].map((file) => `${folder}/${file} imports ${f}/`));
}

/** Every non-test .ts file under src/, as a path relative to src/. */
function sourceFiles(folder = ''): string[] {
  return readdirSync(join(SRC, folder), { withFileTypes: true }).flatMap((entry) => {
    const rel = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return sourceFiles(rel);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [rel] : [];
  });
}

/** The src/ files `file` imports, statically or lazily, as paths relative to src/. */
function importedFiles(file: string): Set<string> {
  const text = readFileSync(join(SRC, file), 'utf8');
  const found = new Set<string>();
  for (const match of text.matchAll(/(?:from\s*|import\s*\(\s*)'(\.\.?\/[^']+)\.js'/g)) {
    found.add(relative(SRC, resolve(SRC, dirname(file), `${match[1]}.ts`)).split('\\').join('/'));
  }
  return found;
}

describe('layers', () => {
  it('core imports nothing above it', () => {
    expect(offenders('core', ['manifest', 'trust', 'registry', 'verified', 'archive', 'change', 'publish', 'admin', 'install', 'bundle', 'catalog', 'query', 'cli'])).toEqual([]);
  });

  it('transports import no signatures, no publishing and no administration', () => {
    expect(offenders('registry', ['trust', 'publish', 'admin', 'change', 'verified', 'install', 'catalog', 'query', 'cli'])).toEqual([]);
  });

  it('the trust layer imports no use-case above it and no transport below it', () => {
    expect(offenders('trust', ['registry', 'publish', 'admin', 'change', 'verified', 'install', 'catalog', 'query', 'cli'])).toEqual([]);
  });

  it('what publishing and administration share sits below both', () => {
    expect(offenders('change', ['publish', 'admin', 'install', 'catalog', 'query', 'cli'])).toEqual([]);
    expect(offenders('publish', ['admin', 'cli'])).toEqual([]);
    expect(offenders('admin', ['publish', 'cli'])).toEqual([]);
  });

  it('reading verified targets is a service below install, info, search and the catalog', () => {
    expect(offenders('verified', ['install', 'catalog', 'query', 'publish', 'admin', 'change', 'bundle', 'cli'])).toEqual([]);
    expect(offenders('catalog', ['install'])).toEqual([]);
    expect(offenders('query', ['install'])).toEqual([]);
  });

  it('the messages import nothing of gotong, so every layer may speak through them', () => {
    const all = ['core', 'manifest', 'trust', 'registry', 'verified', 'archive', 'change', 'publish', 'admin', 'install', 'bundle', 'catalog', 'query', 'cli', 'advisory', 'settings', 'publiccode', 'provenance'];
    expect([...offenders('i18n', all), ...offenders('i18n/messages', all)]).toEqual([]);
  });

  it('provenance and rebuilds read the registry as info does, and know no publishing, install or administration', () => {
    expect(offenders('provenance', ['publish', 'admin', 'install', 'change', 'catalog', 'bundle', 'cli'])).toEqual([]);
  });

  it('the archive reader and writer know nothing of the install that uses them', () => {
    expect(offenders('archive', ['install', 'verified', 'registry', 'trust', 'publish', 'catalog', 'query', 'cli'])).toEqual([]);
  });

  it('running git knows nothing of the branch layout above it', () => {
    const text = readFileSync(join(SRC, 'registry', 'git.ts'), 'utf8');
    expect(text).not.toMatch(/from '\.\/(namespaces|clone)\.js'/);
  });

  it('no two files import each other', () => {
    const imports = new Map(sourceFiles().map((file) => [file, importedFiles(file)]));
    const pairs = [...imports].flatMap(([file, imported]) => [...imported].filter((other) => file < other && imports.get(other)?.has(file)).map((other) => `${file} <-> ${other}`));
    expect(pairs).toEqual([]);
  });
});
