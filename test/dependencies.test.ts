// Every declared dependency earns its place: a runtime dependency is imported by
// gotong's own code (it is bundled into every release tarball), and a development
// dependency is imported by a test, script or configuration file, run by a package
// script, or is the type package of something that is.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const PACKAGE = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function files(dir: string): string[] {
  return readdirSync(join(REPO, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'results' || entry.name === 'node_modules' ? [] : files(path);
    return /\.(ts|js|cjs|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** Package names a file imports or requires (bare specifiers only). */
function importedBy(paths: string[]): Set<string> {
  const names = new Set<string>();
  for (const path of paths) {
    const text = readFileSync(join(REPO, path), 'utf8');
    for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^import\s+)['"]([^'"./][^'"]*)['"]/gm)) {
      const parts = match[1].split('/');
      names.add(match[1].startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]);
    }
  }
  return names;
}

const ownCode = files('src').filter((p) => !p.endsWith('.test.ts'));
const developmentCode = [
  ...files('src').filter((p) => p.endsWith('.test.ts')),
  ...files('test'),
  ...files('scripts'),
  ...files('bench'),
  ...readdirSync(REPO).filter((name) => /\.config\.(ts|js|mjs|cjs)$/.test(name)),
];

describe('declared dependencies', () => {
  it('every runtime dependency is imported by gotong itself, not only by tests', () => {
    const used = importedBy(ownCode);
    const unused = Object.keys(PACKAGE.dependencies).filter((name) => !used.has(name));
    expect(unused, 'declared in "dependencies" but never imported under src/').toEqual([]);
  });

  it('every development dependency is imported by a test, script or configuration, or run by a package script', () => {
    const used = importedBy(developmentCode);
    const scripts = Object.values(PACKAGE.scripts).join(' && ');
    const toolOf: Record<string, string> = { typescript: 'tsc', eslint: 'eslint', vitest: 'vitest' };
    const declared = new Set([...Object.keys(PACKAGE.dependencies), ...Object.keys(PACKAGE.devDependencies)]);
    const unused = Object.keys(PACKAGE.devDependencies).filter((name) => {
      if (used.has(name)) return false;
      if (toolOf[name] && new RegExp(`(^|&& |\\s)${toolOf[name]}\\b`).test(scripts)) return false;
      const typed = /^@types\/(.+)$/.exec(name)?.[1];
      return !(typed === 'node' || (typed !== undefined && declared.has(typed)));
    });
    expect(unused, 'declared in "devDependencies" but used nowhere').toEqual([]);
  });
});
