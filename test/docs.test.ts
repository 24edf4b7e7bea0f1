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
