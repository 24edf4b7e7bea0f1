// The documentation stays true: the error table matches the code, and the
// README names every command the CLI has.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { ERROR_CODES, WARNING_CODES } from '../src/core/errors.js';
import { buildProgram } from '../src/cli/main.js';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('documentation', () => {
  it('docs/ERRORS.md is generated from the error table', async () => {
    // @ts-expect-error plain JS script without types
    const { renderErrorsDoc } = await import('../scripts/errors-doc.js');
    expect(read('docs/ERRORS.md')).toBe(renderErrorsDoc());
    for (const code of Object.keys(ERROR_CODES)) expect(read('docs/ERRORS.md')).toContain(code);
  });

  it('every warning code used in the source is in the warning table', () => {
    const used = new Set<string>();
    const walk = (dir: URL) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(new URL(`${entry.name}/`, dir));
        else if (entry.name.endsWith('.ts')) for (const m of readFileSync(new URL(entry.name, dir), 'utf8').matchAll(/GOTONG_W_[A-Z_]+/g)) used.add(m[0]);
      }
    };
    walk(new URL('../src/', import.meta.url));
    expect([...used].sort()).toEqual(Object.keys(WARNING_CODES).sort());
  });

  it('no command in the docs or examples fetches gotong from the npm registry (npx gotong, npm install gotong)', () => {
    const walk = (dir: string): string[] =>
      readdirSync(new URL(`../${dir}`, import.meta.url), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(`${dir}${e.name}/`) : [`${dir}${e.name}`]));
    const docs = ['README.md', ...walk('docs/'), ...walk('examples/'), ...walk('registry-schema/')].filter((p) => /\.(md|ya?ml|json|sh)$/.test(p));
    const offending: string[] = [];
    for (const path of docs) {
      const text = read(path);
      // In Markdown only code is run; prose may warn against these commands.
      const code = path.endsWith('.md') ? [...text.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)].map((m) => m[1]).join('\n') : text;
      for (const line of code.split('\n')) {
        const words = line.trim().split(/\s+/);
        const fetcher = words.findIndex((w, i) => w === 'npx' || (w === 'npm' && ['install', 'i', 'add', 'exec', 'x'].includes(words[i + 1] ?? '')));
        if (fetcher >= 0 && words.slice(fetcher + 1).some((w) => /^['"]?gotong(@[^\s/]*)?['"]?$/.test(w))) offending.push(`${path}: ${line.trim()}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('the README documents every command', () => {
    const readme = read('README.md');
    const names: string[] = [];
    for (const command of buildProgram().commands) {
      if (command.commands.length === 0) names.push(command.name());
      for (const sub of command.commands) names.push(`${command.name()} ${sub.name()}`);
    }
    for (const name of names) expect(readme, name).toContain(`gotong ${name}`);
  });
});
